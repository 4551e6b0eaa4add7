// The scale under horizontal bars: tick values at their gridlines, the first
// aligned to its left, the last to its right, and what the values count. Where the
// values would touch (large text, a narrow card), only every `labelStep`-th is
// written, counted back from the last (the scale's top), and zero.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: axis

    property var ticks: []
    property string unit: ""
    property real plotX: 0
    property real plotWidth: 100

    implicitHeight: unitText.visible ? unitText.y + unitText.height : labelHeight
    readonly property real labelHeight: Math.ceil(tickFont.height)
    readonly property real labelGap: Theme.px(16)
    readonly property int labelStep: {
        for (let step = 1; step < ticks.length; ++step)
            if (labelsApart(step))
                return step
        return Math.max(1, ticks.length - 1)   // zero and the top only
    }

    FontMetrics {
        id: tickFont
        font.family: Theme.sans
        font.pixelSize: Theme.type(22)
    }

    function labelled(index, step) {
        return index === 0 || (ticks.length - 1 - index) % step === 0
    }

    // Where tick `index`'s value begins, `width` wide: the first starts at its tick,
    // the last ends at it, the others are centred on theirs.
    function labelX(index, width) {
        const at = plotX + ticks[index].at * plotWidth
        return index === 0 ? at : index === ticks.length - 1 ? at - width : at - width / 2
    }

    function labelsApart(step) {
        tickFont.font  // measured in this font: a new font family measures again
        let end = -Infinity
        for (let i = 0; i < ticks.length; ++i) {
            if (!labelled(i, step))
                continue
            const width = tickFont.advanceWidth(ticks[i].label)
            const x = labelX(i, width)
            if (x < end + labelGap)
                return false
            end = x + width
        }
        return true
    }

    Repeater {
        model: axis.ticks

        delegate: Text {
            required property var modelData
            required property int index

            objectName: "chartTick"
            visible: axis.labelled(index, axis.labelStep)
            x: axis.labelX(index, implicitWidth)
            text: modelData.label
            color: Theme.mutedText
            font: tickFont.font
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
        font: tickFont.font
        horizontalAlignment: Text.AlignRight
    }
}
