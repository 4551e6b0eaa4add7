// A chart, timeline or map, shown for now as a tidy table on a card: its kind,
// title, one row per label with its values, a caption and the source.
pragma ComponentBehavior: Bound
import QtQuick

Rectangle {
    id: root

    property var block: ({})
    property var words: ({})
    readonly property real pad: Theme.px(36)
    readonly property real labelWidth: Math.round(column.width * 0.4)

    objectName: "dataBlock"
    implicitHeight: column.implicitHeight + 2 * pad
    radius: Theme.radius
    color: Theme.surface

    Column {
        id: column
        x: root.pad
        y: root.pad
        width: root.width - 2 * root.pad
        spacing: Theme.px(14)

        Text {
            objectName: "dataKind"
            text: root.block.kind || ""
            color: Theme.accent
            font.family: Theme.sans
            font.pixelSize: Theme.label
            font.bold: true
            font.capitalization: Font.AllUppercase
            font.letterSpacing: Theme.px(2.5)
        }

        Text {
            objectName: "dataTitle"
            width: parent.width
            text: root.block.title || ""
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.px(36)
            font.bold: true
            lineHeight: 0.95
            wrapMode: Text.Wrap
        }

        Item { width: 1; height: Theme.px(4) }

        Column {
            objectName: "dataRows"
            width: parent.width

            Repeater {
                model: root.block.rows || []

                delegate: Item {
                    id: row

                    required property var modelData

                    width: column.width
                    height: Math.max(rowLabel.height, values.height) + 2 * Theme.px(14)

                    Rectangle {
                        width: parent.width
                        height: Math.max(1, Theme.px(2))
                        color: Theme.hairline
                    }

                    Text {
                        id: rowLabel
                        y: Theme.px(14)
                        width: root.labelWidth - Theme.gap
                        text: row.modelData.label || ""
                        color: Theme.text
                        font.family: Theme.sans
                        font.pixelSize: Theme.px(26)
                        font.bold: true
                        lineHeight: 1.05
                        wrapMode: Text.Wrap
                    }

                    Column {
                        id: values
                        x: root.labelWidth
                        y: Theme.px(14)
                        width: parent.width - x
                        spacing: Theme.px(4)

                        Repeater {
                            model: row.modelData.values || []

                            delegate: Text {
                                required property string modelData
                                width: values.width
                                text: modelData
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.px(26)
                                lineHeight: 1.05
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }

        Rectangle {
            width: parent.width
            height: Math.max(1, Theme.px(2))
            color: Theme.hairline
        }

        Text {
            objectName: "dataCaption"
            width: parent.width
            visible: text.length > 0
            text: root.block.caption || ""
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.caption
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
