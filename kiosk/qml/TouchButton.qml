// The one button of the interface: a large touch target with an icon and/or a word.
// TapHandler (not MouseArea): a finger gives exactly one `tapped`, never a second one
// from a synthesized mouse click. The pressed look shows in the very next frame.
import QtQuick

Rectangle {
    id: button

    property string text: ""
    property string icon: ""
    property bool showText: true
    property bool iconAfterText: false
    property color fill: "transparent"
    property color ink: Theme.text
    property color outline: "transparent"
    property int fontSize: Theme.buttonText
    property bool bold: false
    property real padding: Theme.px(28)
    property real minimumWidth: Theme.control
    readonly property bool pressed: tap.pressed

    signal tapped()

    implicitHeight: Theme.control
    implicitWidth: Math.max(minimumWidth, label.implicitWidth + 2 * padding)
    radius: Theme.radius
    color: pressed ? Theme.pressedColour(fill, ink) : fill
    border.color: outline
    border.width: outline.a > 0 ? Math.max(1, Theme.px(2)) : 0
    scale: pressed ? 0.97 : 1
    opacity: enabled ? 1 : 0.4

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: button.tapped()

    Row {
        id: label
        anchors.centerIn: parent
        spacing: Theme.px(14)
        layoutDirection: button.iconAfterText ? Qt.RightToLeft : Qt.LeftToRight

        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: button.icon
            colour: button.ink
        }

        Text {
            anchors.verticalCenter: parent.verticalCenter
            visible: button.showText && button.text.length > 0
            text: button.text
            color: button.ink
            font.family: Theme.sans
            font.pixelSize: button.fontSize
            font.bold: button.bold
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.tapped()
    }
}
