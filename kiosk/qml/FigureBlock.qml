// A large number with what it counts: "about / 767,000–820,000 / people shot …".
import QtQuick

Item {
    id: root

    property var block: ({})
    property var words: ({})

    objectName: "figureBlock"
    implicitHeight: column.implicitHeight

    Column {
        id: column
        width: parent.width
        spacing: Theme.px(6)

        Rectangle {
            width: parent.width
            height: Math.max(1, Theme.px(2))
            color: Theme.hairline
        }

        // With no qualifier above it, the number keeps its place of old, when its box was
        // 1.15 em tall: the room its line keeps above the digits stands in for the space.
        Item {
            readonly property real above: Math.max(0, (number.height - Theme.figure * 1.15) / 2)
            width: 1
            height: Theme.px(14) - (qualifier.visible ? 0 : above)
        }

        // The number's line is as tall as its font makes it (digits leave its descent
        // empty): no space between it and the words above and below.
        Column {
            width: parent.width

            Text {
                id: qualifier
                objectName: "figureQualifier"
                width: parent.width
                visible: text.length > 0
                text: root.block.qualifier || ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.body
                font.italic: true
            }

            Text {
                id: number
                objectName: "figureNumber"
                width: parent.width
                text: root.block.number || ""
                color: Theme.accent
                font.family: Theme.serif
                font.pixelSize: Theme.figure
                layer.enabled: Theme.cacheText(font.pixelSize)
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.px(44)
            }

            Text {
                objectName: "figureLabel"
                width: parent.width
                text: [root.block.unit || "", root.block.label || ""].filter(part => part.length > 0)
                                                                  .join(" ")
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.body
                lineHeight: 1.08
                wrapMode: Text.Wrap
            }
        }

        Item { width: 1; height: Theme.px(8) }

        SourceLine {
            width: parent.width
            source: root.block.source || ""
            prefix: root.words.source || ""
        }
    }
}
