// A picture in a page, decoded off the GUI thread at the size it is shown.
// Tapping it opens the full-screen viewer.
import QtQuick

Item {
    id: root

    property var block: ({})
    property QtObject view: null

    objectName: "imageBlock"
    implicitHeight: column.implicitHeight
    Accessible.role: Accessible.Graphic
    Accessible.name: block.alt || ""
    Accessible.description: [block.caption || "", block.credit || ""].filter(part => part.length > 0)
                                                                      .join("\n")
    Accessible.onPressAction: root.view.openImage(root.block)

    Column {
        id: column
        width: parent.width
        spacing: Theme.px(14)

        Rectangle {
            id: frame
            // As wide as the column, unless that would make the picture too tall: a picture
            // and its caption fit on a 1080p page without scrolling.
            readonly property real aspect: picture.implicitWidth > 0
                                           ? picture.implicitHeight / picture.implicitWidth : 0.66
            width: Math.min(parent.width, Theme.px(520) / aspect)
            height: width * aspect
            color: Theme.surface
            radius: Theme.px(6)
            opacity: tap.pressed ? 0.8 : 1

            Image {
                id: picture
                anchors.fill: parent
                asynchronous: true
                cache: false
                fillMode: Image.PreserveAspectFit
                sourceSize.width: Math.max(1, Math.round(root.width * Screen.devicePixelRatio))
                sourceSize.height: Math.max(1, Math.round(Theme.px(520) * Screen.devicePixelRatio))
                source: root.width > 0 ? (root.block.source || "") : ""
            }

            Rectangle {
                anchors { right: parent.right; bottom: parent.bottom; margins: Theme.px(16) }
                width: Theme.control
                height: width
                radius: width / 2
                color: Qt.rgba(0, 0, 0, 0.6)

                Icon {
                    anchors.centerIn: parent
                    name: "expand"
                    colour: "white"
                }
            }
        }

        Text {
            objectName: "imageCaption"
            width: parent.width
            visible: text.length > 0
            text: root.block.caption || ""
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            lineHeight: 1.08
            wrapMode: Text.Wrap
        }

        Text {
            objectName: "imageCredit"
            width: parent.width
            visible: text.length > 0
            text: root.block.credit || ""
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            wrapMode: Text.Wrap
        }
    }

    TapHandler {
        id: tap
        onTapped: root.view.openImage(root.block)
    }
}
