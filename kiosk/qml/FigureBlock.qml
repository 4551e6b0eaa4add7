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

        Item { width: 1; height: Theme.px(14) }

        Text {
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
            objectName: "figureNumber"
            width: parent.width
            height: Math.round(Theme.figure * 1.15)
            text: root.block.number || ""
            color: Theme.accent
            font.family: Theme.serif
            font.pixelSize: Theme.figure
            layer.enabled: Theme.cacheText(font.pixelSize)
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.px(44)
            verticalAlignment: Text.AlignVCenter
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

        Item { width: 1; height: Theme.px(8) }

        SourceLine {
            width: parent.width
            source: root.block.source || ""
            prefix: root.words.source || ""
        }
    }
}
