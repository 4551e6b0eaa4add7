// The frame every staff card shares: a calm dark card, its title and a Close button.
// What the card says goes inside it, in a column.
import QtQuick

Rectangle {
    id: card

    property string title: ""
    property bool closable: true
    property real pad: Theme.px(48)
    default property alias content: column.data

    signal closed()

    width: Math.min(Theme.px(1160), parent.width - 2 * Theme.margin)
    height: heading.height + column.implicitHeight + 2 * pad + Theme.gap
    radius: Theme.px(16)
    color: Theme.surface
    border.color: Theme.hairline
    border.width: Math.max(1, Theme.px(2))

    Item {
        id: heading
        x: card.pad
        y: card.pad
        width: card.width - 2 * card.pad
        height: Theme.control

        Text {
            objectName: "staffCardTitle"
            anchors { left: parent.left; right: close.left; rightMargin: Theme.gap }
            anchors.verticalCenter: parent.verticalCenter
            text: card.title
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.cardTitle
            font.bold: true
            elide: Text.ElideRight
        }

        TouchButton {
            id: close
            objectName: "staffClose"
            anchors.right: parent.right
            visible: card.closable
            icon: "close"
            text: "Close"
            fill: Theme.background
            outline: Theme.hairline
            onTapped: card.closed()
        }
    }

    Column {
        id: column
        x: card.pad
        y: heading.y + heading.height + Theme.gap
        width: card.width - 2 * card.pad
        spacing: Theme.px(24)
    }
}
