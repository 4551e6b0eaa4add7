// The staff menu, after the right PIN: what is shown and whether it is valid, then
// the actions. Quitting to the desktop asks once more. Every action is a call to
// kiosk/staff.py, which decides; the menu closes itself after two minutes alone.
pragma ComponentBehavior: Bound
import QtQuick

StaffCard {
    id: menu

    required property QtObject staff
    readonly property var info: staff.info
    readonly property bool confirming: staff.state === "confirmquit"
    readonly property real labelWidth: Theme.px(250)

    objectName: "staffMenu"
    title: "Staff menu"
    onClosed: staff.close()

    // -- what is shown ---------------------------------------------------------------
    Column {
        width: parent.width
        spacing: Theme.px(10)

        Repeater {
            model: [
                ["Exhibition", menu.info.title || ""],
                ["Edition", menu.info.edition || "not given"],
                ["Content check", menu.info.summary || "not checked"],
                ["Warnings", menu.info.warnings > 0
                             ? menu.info.warnings + " (kiosk validate lists them)" : "none"],
                ["Content folder", menu.info.folder || ""],
                ["Kiosk version", menu.info.kiosk_version || ""]
            ]

            delegate: Row {
                required property var modelData
                width: parent.width

                Text {
                    width: menu.labelWidth
                    text: parent.modelData[0]
                    color: Theme.mutedText
                    font.family: Theme.sans
                    font.pixelSize: Theme.caption
                    lineHeight: 1.1
                }

                Text {
                    objectName: "staffInfo"
                    width: parent.width - menu.labelWidth
                    text: parent.modelData[1]
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.caption
                    lineHeight: 1.1
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                }
            }
        }
    }

    Rectangle {
        width: parent.width
        height: Math.max(1, Theme.px(2))
        color: Theme.hairline
    }

    // -- the default language ------------------------------------------------------------
    Item {
        width: parent.width
        height: Theme.control

        Text {
            anchors.verticalCenter: parent.verticalCenter
            width: menu.labelWidth
            text: "Default language"
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            wrapMode: Text.Wrap
        }

        Row {
            x: menu.labelWidth
            spacing: Theme.px(10)

            Repeater {
                model: menu.staff.languages

                delegate: TouchButton {
                    required property var modelData
                    objectName: "staffLanguage"
                    text: modelData.name
                    bold: modelData.isDefault
                    enabled: !menu.confirming
                    fill: modelData.isDefault ? Theme.accent : Theme.background
                    ink: modelData.isDefault ? Theme.inkOn(Theme.accent) : Theme.text
                    outline: modelData.isDefault ? Theme.accent : Theme.hairline
                    Accessible.checkable: true
                    Accessible.checked: modelData.isDefault
                    onTapped: menu.staff.chooseLanguage(modelData.code)
                }
            }
        }
    }

    // -- the actions ---------------------------------------------------------------------
    Flow {
        width: parent.width
        spacing: Theme.px(16)
        visible: !menu.confirming

        TouchButton {
            objectName: "staffReload"
            text: "Reload content"
            fill: Theme.background
            outline: Theme.hairline
            onTapped: menu.staff.reload()
        }
        TouchButton {
            objectName: "staffTouchTest"
            text: "Touch test"
            fill: Theme.background
            outline: Theme.hairline
            onTapped: menu.staff.openTouchTest()
        }
        TouchButton {
            objectName: "staffRestart"
            text: "Restart"
            fill: Theme.background
            outline: Theme.hairline
            onTapped: menu.staff.restart()
        }
        TouchButton {
            objectName: "staffQuit"
            text: "Quit to the desktop"
            fill: Theme.background
            outline: Theme.hairline
            onTapped: menu.staff.askQuit()
        }
    }

    Column {
        objectName: "staffConfirm"
        width: parent.width
        spacing: Theme.px(16)
        visible: menu.confirming

        Text {
            width: parent.width
            text: "Quit to the desktop? The exhibition stays off until the kiosk is started again."
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.body
            lineHeight: Theme.lineHeight
            wrapMode: Text.Wrap
        }

        Row {
            spacing: Theme.px(16)

            TouchButton {
                objectName: "staffConfirmQuit"
                text: "Quit to the desktop"
                bold: true
                fill: Theme.accent
                ink: Theme.inkOn(Theme.accent)
                onTapped: menu.staff.confirmQuit()
            }
            TouchButton {
                objectName: "staffCancelQuit"
                text: "Cancel"
                fill: Theme.background
                outline: Theme.hairline
                onTapped: menu.staff.backToMenu()
            }
        }
    }

    Text {
        objectName: "staffMessage"
        width: parent.width
        visible: text.length > 0
        text: menu.staff.message
        color: Theme.accent
        font.family: Theme.sans
        font.pixelSize: Theme.caption
        wrapMode: Text.Wrap
    }
}
