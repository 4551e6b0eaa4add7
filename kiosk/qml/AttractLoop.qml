// The attract loop: while nobody uses the kiosk, the exhibition's chosen figures,
// quotes and panel teasers follow one another, calmly, with an invitation to touch
// in each of the exhibition's languages. The first touch is swallowed here: the
// idle monitor wakes the kiosk (into the teaser's panel, if it was one).
import QtQuick

Rectangle {
    id: loop

    required property QtObject kiosk
    readonly property var slides: kiosk.view.attractSlides
    readonly property var invitations: kiosk.view.invitations
    property int index: 0
    property real timeScale: 1   // the soak benchmark runs the loop in accelerated time
    property int invitationIndex: 0
    readonly property var current: slides.length > 0 ? slides[Math.min(index, slides.length - 1)]
                                                      : ({})
    readonly property bool calm: !Theme.softwareRendering   // motion only where it is cheap

    objectName: "attractLoop"
    anchors.fill: parent
    visible: kiosk.idle.state === "attract"
    color: Theme.background

    onVisibleChanged: {
        index = 0
        invitationIndex = 0
        if (visible)
            show()
    }

    function show() {
        if (calm) {
            fadeIn.restart()
            drift.restart()
        }
    }

    Timer {
        id: advance
        objectName: "attractTimer"
        interval: Math.max(1, (loop.current.seconds || 8) * 1000 * loop.timeScale)
        running: loop.visible && loop.slides.length > 1
        repeat: true
        onTriggered: {
            loop.index = (loop.index + 1) % loop.slides.length
            loop.show()
        }
    }

    Timer {
        interval: 3500
        running: loop.visible && loop.invitations.length > 1
        repeat: true
        onTriggered: loop.invitationIndex = (loop.invitationIndex + 1) % loop.invitations.length
    }

    // Every touch and click lands here and nowhere else.
    MultiPointTouchArea {
        objectName: "attractTouch"
        anchors.fill: parent
        mouseEnabled: true
        onPressed: loop.kiosk.idle.noteTeaser(loop.current.type === "teaser"
                                              ? loop.current.panelId : "")
    }

    Text {
        id: heading
        anchors { left: parent.left; top: parent.top; margins: Theme.margin }
        width: parent.width - 2 * Theme.margin
        text: loop.kiosk.view.title
        color: Theme.mutedText
        font.family: Theme.serif
        font.pixelSize: Theme.panelTitle
        elide: Text.ElideRight
    }

    Item {
        id: stage
        objectName: "attractSlide"
        anchors {
            left: parent.left; right: parent.right; top: heading.bottom; bottom: invitation.top
            leftMargin: Theme.margin * 2; rightMargin: Theme.margin * 2
        }

        OpacityAnimator on opacity {
            id: fadeIn
            from: 0; to: 1; duration: 1200; running: false
            easing.type: Easing.InOutQuad
        }
        ScaleAnimator on scale {
            id: drift
            from: 1; to: 1.03
            duration: Math.max(1000, (loop.current.seconds || 8) * 1000)
            running: false
        }

        Column {
            objectName: "attractFigure"
            visible: loop.current.type === "figure"
            anchors.centerIn: parent
            width: Math.min(parent.width, Theme.px(1400))
            spacing: Theme.px(18)

            Text {
                width: parent.width
                visible: text.length > 0
                text: loop.current.qualifier || ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.px(40)
                font.italic: true
            }
            Text {
                width: parent.width
                text: loop.current.number || ""
                color: Theme.accent
                font.family: Theme.serif
                font.pixelSize: Theme.px(190)
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.px(60)
                layer.enabled: Theme.cacheText(font.pixelSize)
            }
            Text {
                width: parent.width
                text: [loop.current.unit || "", loop.current.label || ""]
                      .filter(part => part.length > 0).join(" ")
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.px(44)
                lineHeight: Theme.lineHeight
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: (loop.kiosk.session.words.source || "") + ": " + (loop.current.source || "")
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.caption
            }
        }

        Column {
            objectName: "attractQuote"
            visible: loop.current.type === "quote"
            anchors.centerIn: parent
            width: Math.min(parent.width, Theme.px(1400))
            spacing: Theme.px(30)

            Text {
                width: parent.width
                text: loop.current.text || ""
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.px(64)
                font.italic: true
                lineHeight: 1.1
                wrapMode: Text.Wrap
            }
            Rectangle { width: Theme.px(96); height: Math.max(2, Theme.px(5)); color: Theme.accent }
            Text {
                width: parent.width
                text: loop.current.attribution || ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.px(34)
                wrapMode: Text.Wrap
            }
        }

        Rectangle {
            objectName: "attractTeaser"
            visible: loop.current.type === "teaser"
            anchors.centerIn: parent
            width: Math.min(parent.width, Theme.px(1400))
            height: teaserColumn.implicitHeight + 2 * Theme.px(64)
            radius: Theme.px(16)
            color: loop.current.colour || Theme.surface

            Column {
                id: teaserColumn
                x: Theme.px(64)
                y: Theme.px(64)
                width: parent.width - 2 * Theme.px(64)
                spacing: Theme.px(24)

                Text {
                    text: loop.current.panelIndex !== undefined ? loop.current.panelIndex + 1 : ""
                    color: Theme.mutedText
                    font.family: Theme.serif
                    font.pixelSize: Theme.px(44)
                }
                Text {
                    width: parent.width
                    text: loop.current.title || ""
                    color: Theme.text
                    font.family: Theme.serif
                    font.pixelSize: Theme.px(84)
                    font.bold: true
                    lineHeight: 0.95
                    wrapMode: Text.Wrap
                }
                Text {
                    width: parent.width
                    text: loop.current.text || ""
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.px(42)
                    lineHeight: Theme.lineHeight
                    wrapMode: Text.Wrap
                }
            }
        }

        Column {
            objectName: "attractImage"
            visible: loop.current.type === "image"
            anchors.fill: parent
            spacing: Theme.px(16)

            Image {
                width: parent.width
                height: parent.height - caption.height - parent.spacing
                source: loop.current.type === "image" ? loop.current.source : ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                cache: false   // a rotating picture must not pile up in the cache for weeks
            }
            Text {
                id: caption
                width: parent.width
                text: [loop.current.caption || "", loop.current.credit || ""]
                      .filter(part => part.length > 0).join(" · ")
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.caption
                wrapMode: Text.Wrap
            }
        }
    }

    Text {
        id: invitation
        objectName: "attractInvitation"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 2 * Theme.margin
        horizontalAlignment: Text.AlignHCenter
        text: loop.invitations[loop.invitationIndex] || ""
        color: Theme.accent
        font.family: Theme.sans
        font.pixelSize: Theme.px(44)
        font.bold: true
        wrapMode: Text.Wrap
    }
}
