// The scale under horizontal bars: tick values at their gridlines, the first
// aligned to its left, the last to its right, and what the values count.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: axis

    property var ticks: []
    property string unit: ""
    property real plotX: 0
    property real plotWidth: 100

    implicitHeight: unitText.visible ? unitText.y + unitText.height : labelHeight
    readonly property real labelHeight: Math.ceil(Theme.px(22) * 1.3)

    Repeater {
        model: axis.ticks

        delegate: Text {
            required property var modelData
            required property int index

            readonly property real at: axis.plotX + modelData.at * axis.plotWidth
            readonly property bool first: index === 0
            readonly property bool last: index === axis.ticks.length - 1 && index > 0

            objectName: "chartTick"
            x: first ? at : last ? at - implicitWidth : at - implicitWidth / 2
            text: modelData.label
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.px(22)
        }
    }

    Text {
        id: unitText
        objectName: "chartUnit"
        y: axis.labelHeight + Theme.px(2)
        width: axis.plotX + axis.plotWidth
        visible: text.length > 0
        text: axis.unit
        color: Theme.mutedText
        font.family: Theme.sans
        font.pixelSize: Theme.px(22)
        horizontalAlignment: Text.AlignRight
    }
}
