// One switch of the accessibility card: the whole row is the touch target; a label
// and what it does on the left, a switch drawn on the right with its state in words.
import QtQuick

Rectangle {
    id: toggle

    property string label: ""
    property string hint: ""
    property bool checked: false
    property string onWord: ""
    property string offWord: ""

    signal toggled()

    implicitHeight: Math.max(Theme.control, words.implicitHeight + 2 * Theme.px(18))
    radius: Theme.radius
    color: tap.pressed ? Theme.pressedColour(Theme.background, Theme.text) : Theme.background
    border.color: checked ? Theme.accent : Theme.hairline
    border.width: Math.max(1, Theme.px(checked ? 3 : 2))

    Accessible.role: Accessible.CheckBox
    Accessible.name: label
    Accessible.description: hint
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.onPressAction: toggle.toggled()
    Accessible.onToggleAction: toggle.toggled()

    Column {
        id: words
        anchors {
            left: parent.left; leftMargin: Theme.px(28)
            right: state.left; rightMargin: Theme.gap
            verticalCenter: parent.verticalCenter
        }
        spacing: Theme.px(4)

        Text {
            width: parent.width
            text: toggle.label
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.buttonText
            font.bold: true
            wrapMode: Text.Wrap
        }

        Text {
            width: parent.width
            visible: text.length > 0
            text: toggle.hint
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            wrapMode: Text.Wrap
        }
    }

    Row {
        id: state
        anchors { right: parent.right; rightMargin: Theme.px(28); verticalCenter: parent.verticalCenter }
        spacing: Theme.px(16)

        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: toggle.checked ? toggle.onWord : toggle.offWord
            color: toggle.checked ? Theme.accent : Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            font.bold: toggle.checked
        }

        // The switch: a track with a knob, filled when on.
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.px(88)
            height: Theme.px(48)
            radius: height / 2
            color: toggle.checked ? Theme.accent : "transparent"
            border.color: toggle.checked ? Theme.accent : Theme.mutedText
            border.width: Math.max(1, Theme.px(3))

            Rectangle {
                width: parent.height - 2 * Theme.px(9)
                height: width
                radius: width / 2
                y: Theme.px(9)
                x: toggle.checked ? parent.width - width - Theme.px(9) : Theme.px(9)
                color: toggle.checked ? Theme.inkOn(Theme.accent) : Theme.mutedText
            }
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: toggle.toggled()
    }
}
