// The visitor interface. Python (kiosk/app.py) gives it one object, `kiosk`, with
// the session (language, words), the navigator (where the visitor is) and the view
// (what to show), and `staff` for staff access. This file only puts the screens and
// cards on top of each other.
import QtQuick

Window {
    id: root

    required property QtObject kiosk
    property QtObject live: null           // new content as files change (kiosk/reload.py)
    property QtObject staff: null          // staff access: PIN pad and menu (kiosk/staff.py)
    property string sansFamily: ""
    property string serifFamily: ""

    readonly property QtObject navigator: kiosk.navigator
    readonly property real reservedRight: corner.width + Theme.px(24)
    // "Within reach": the visitor interface in the lower part of the screen only,
    // within 122 cm of the floor (ADA / Smithsonian reach ranges): the lower half
    // of a tall portrait screen, the lower 60 % of a landscape one, whose top edge
    // is lower.
    readonly property real stageHeight: !Theme.lowReach ? height
                                        : Math.round(height * (Theme.landscape ? 0.6 : 0.5))

    title: kiosk.view.title
    color: Theme.background

    Binding { target: Theme; property: "windowWidth"; value: root.width }
    Binding { target: Theme; property: "windowHeight"; value: root.height }
    Binding { target: Theme; property: "colours"; value: root.kiosk.view.theme }
    Binding { target: Theme; property: "textScale"; value: root.kiosk.session.access.textScale }
    Binding { target: Theme; property: "highContrast"; value: root.kiosk.session.access.highContrast }
    Binding { target: Theme; property: "lowReach"; value: root.kiosk.session.access.lowReach }
    Binding { target: Theme; property: "sans"; value: root.sansFamily }
    Binding { target: Theme; property: "serif"; value: root.serifFamily }
    Binding {
        target: Theme; property: "softwareRendering"
        value: stage.GraphicsInfo.api === GraphicsInfo.Software
    }

    LowReachBand {
        kiosk: root.kiosk
        width: root.width
        height: root.height - root.stageHeight
        visible: Theme.lowReach
    }

    // Sized from the window itself: the content item gets its size a little later,
    // and the first frames must already be laid out at the real size. Sizes still
    // scale with the whole window (Theme.u) when "within reach" halves the stage.
    Item {
        id: stage
        objectName: "stage"
        y: root.height - height
        width: root.width
        height: root.stageHeight

        HomeScreen {
            id: home
            anchors.fill: parent
            kiosk: root.kiosk
            reservedRight: root.reservedRight
            visible: root.navigator.screen === "home"
            onVisibleChanged: if (visible && Theme.fadeDuration > 0) homeFade.restart()

            OpacityAnimator on opacity {
                id: homeFade
                from: 0; to: 1; duration: Theme.fadeDuration; running: false
            }
        }

        PanelScreen {
            id: panel
            anchors.fill: parent
            kiosk: root.kiosk
            reservedRight: root.reservedRight
            visible: root.navigator.screen === "panel"
            onVisibleChanged: if (visible && Theme.fadeDuration > 0) panelFade.restart()

            OpacityAnimator on opacity {
                id: panelFade
                from: 0; to: 1; duration: Theme.fadeDuration; running: false
            }
        }

        AdvisoryCard { kiosk: root.kiosk }
        GlossaryCard { kiosk: root.kiosk }
        DetailCard { kiosk: root.kiosk }
        SourcesDrawer { kiosk: root.kiosk }
        ImageViewer { kiosk: root.kiosk }
        AccessCard { kiosk: root.kiosk }

        // Above every screen and card, always in the same corner: accessibility and
        // the languages.
        Row {
            id: corner
            anchors { right: parent.right; rightMargin: Theme.px(24); top: parent.top }
            anchors.topMargin: (Theme.barHeight - Theme.control) / 2
            spacing: Theme.px(10)

            TouchButton {
                readonly property bool open: root.navigator.overlay === "access"
                objectName: "accessButton"
                icon: "access"
                text: root.kiosk.session.words.accessibility || ""
                showText: false
                fill: open ? Theme.accent : Qt.rgba(0, 0, 0, 0.25)
                ink: open ? Theme.inkOn(Theme.accent) : Theme.text
                outline: open ? Theme.accent : Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.55)
                onTapped: root.navigator.openAccessibility()
            }

            LanguageSwitch {
                id: languageSwitch
                objectName: "languageSwitch"
                session: root.kiosk.session
            }
        }

        // Above everything, the language switch included: nothing beneath takes a touch.
        StillThereCard { kiosk: root.kiosk }
        AttractLoop { kiosk: root.kiosk }

        // The preview's list of problems in the content files (empty in the kiosk).
        ProblemBanner {
            live: root.live
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        }

        // Staff access, above absolutely everything.
        StaffLayer { staff: root.staff }
    }
}
