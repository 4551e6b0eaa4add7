// What each series of a stacked bar or running count is: its colour (and, for a
// running count, the shape of its points) beside its name, in series order.
// Grouped bars name their series beside each bar instead.
pragma ComponentBehavior: Bound
import QtQuick

Flow {
    id: key

    property var series: []
    property bool markers: false     // a running count: the point shapes, not squares

    objectName: "chartKey"
    spacing: Theme.px(8)

    Repeater {
        model: key.series

        delegate: Row {
            id: entry

            required property var modelData

            spacing: Theme.px(12)
            rightPadding: Theme.px(24)

            Item {
                width: Theme.px(26)
                height: name.height

                ChartMarker {
                    anchors.centerIn: parent
                    size: key.markers ? Theme.px(20) : Theme.px(24)
                    shape: key.markers ? entry.modelData.marker : "square"
                    colour: entry.modelData.colour
                }
            }

            Text {
                id: name
                objectName: "chartSeries"
                text: entry.modelData.label
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.caption
                // A long name wraps rather than leaving the card.
                width: Math.min(implicitWidth, key.width - Theme.px(38))
                wrapMode: Text.Wrap
            }
        }
    }
}
