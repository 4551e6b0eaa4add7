// The staff PIN pad: twelve large keys, a dot for each digit entered (never the
// digits), and Cancel. A wrong PIN shakes the card and says so; while wrong PINs
// must wait (kiosk/pin.py), the keys are off and the wait counts down.
pragma ComponentBehavior: Bound
import QtQuick

Rectangle {
    id: pad

    required property QtObject staff
    readonly property bool waiting: staff.waitSeconds > 0
    readonly property real inner: Theme.px(48)
    readonly property real keyWidth: Math.max(Theme.control, Theme.px(168))
    readonly property real keyHeight: Math.max(Theme.control, Theme.px(100))
    readonly property real keyGap: Theme.px(16)

    objectName: "pinPad"
    width: keys.width + 2 * inner
    height: column.implicitHeight + 2 * inner
    radius: Theme.px(16)
    color: Theme.surface
    border.color: Theme.hairline
    border.width: Math.max(1, Theme.px(2))
    transform: Translate { id: shift }

    Connections {
        target: pad.staff
        function onPinRejected() { shake.restart() }
    }

    SequentialAnimation {
        id: shake
        NumberAnimation { target: shift; property: "x"; to: -Theme.px(18); duration: 50 }
        NumberAnimation { target: shift; property: "x"; to: Theme.px(14); duration: 70 }
        NumberAnimation { target: shift; property: "x"; to: -Theme.px(8); duration: 60 }
        NumberAnimation { target: shift; property: "x"; to: 0; duration: 50 }
    }

    Column {
        id: column
        x: pad.inner
        y: pad.inner
        width: keys.width
        spacing: Theme.px(24)

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: "Staff access"
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.cardTitle
            font.bold: true
        }

        // One dot per digit entered; empty rings for the shortest PIN still to come.
        Row {
            objectName: "pinDots"
            anchors.horizontalCenter: parent.horizontalCenter
            height: Theme.px(36)
            spacing: Theme.px(20)

            Repeater {
                model: Math.max(4, pad.staff.digits)

                delegate: Rectangle {
                    required property int index
                    readonly property bool entered: index < pad.staff.digits
                    objectName: entered ? "pinDot" : "pinDotEmpty"
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.px(26)
                    height: width
                    radius: width / 2
                    color: entered ? Theme.text : "transparent"
                    border.color: entered ? Theme.text : Theme.mutedText
                    border.width: Math.max(1, Theme.px(2))
                }
            }
        }

        Text {
            objectName: "pinMessage"
            width: parent.width
            height: Theme.px(40)
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: pad.staff.message || "Enter the PIN"
            color: pad.staff.message ? Theme.accent : Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.body
            font.bold: pad.staff.message.length > 0
        }

        Grid {
            id: keys
            columns: 3
            spacing: pad.keyGap

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "ok"]

                delegate: TouchButton {
                    id: key

                    required property string modelData
                    readonly property bool digit: modelData.length === 1
                    readonly property bool ok: modelData === "ok"

                    objectName: digit ? "pinKey" : (ok ? "pinOk" : "pinDelete")
                    width: pad.keyWidth
                    height: pad.keyHeight
                    text: digit ? modelData : (ok ? "OK" : "Delete")
                    icon: modelData === "delete" ? "backspace" : ""
                    showText: modelData !== "delete"
                    fontSize: digit ? Theme.px(44) : Theme.px(34)
                    bold: ok
                    fill: ok ? Theme.accent : Theme.background
                    ink: ok ? Theme.inkOn(Theme.accent) : Theme.text
                    outline: ok ? Theme.accent : Theme.hairline
                    enabled: !pad.waiting && (digit || pad.staff.digits > 0)
                    onTapped: {
                        if (key.digit)
                            pad.staff.enterDigit(key.modelData)
                        else if (key.ok)
                            pad.staff.submit()
                        else
                            pad.staff.deleteDigit()
                    }
                }
            }
        }

        TouchButton {
            objectName: "pinCancel"
            width: parent.width
            text: "Cancel"
            fill: Theme.background
            outline: Theme.hairline
            onTapped: pad.staff.close()
        }
    }
}
