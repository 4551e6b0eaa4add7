// A quotation: serif italic beside an accent rule, then who said it and the source.
import QtQuick

Item {
    id: root

    property var block: ({})
    property var words: ({})

    objectName: "quoteBlock"
    implicitHeight: column.implicitHeight

    Rectangle {
        width: Math.max(3, Theme.px(6))
        height: column.height
        radius: width / 2
        color: Theme.accent
    }

    Column {
        id: column
        x: Theme.px(40)
        width: parent.width - x
        spacing: Theme.px(18)

        Text {
            objectName: "quoteText"
            width: parent.width
            text: root.block.text || ""
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.quote
            layer.enabled: Theme.cacheText(font.pixelSize)
            font.italic: true
            lineHeight: 1.08
            wrapMode: Text.Wrap
        }

        Text {
            objectName: "quoteAttribution"
            width: parent.width
            visible: text.length > 0
            text: root.block.attribution ? "— " + root.block.attribution : ""
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.type(26)
            lineHeight: 1.08
            wrapMode: Text.Wrap
        }

        SourceLine {
            width: parent.width
            source: root.block.source || ""
            prefix: root.words.source || ""
        }
    }
}
