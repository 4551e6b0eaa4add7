// One bar: a series' value (with the series named on the left, when bars are
// grouped) or a stack of the series' parts. The value is written at the bar's end,
// outside it where there is room, inside it otherwise; a stacked part is labelled
// inside itself, or just under the bar where it is too narrow.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: row

    required property var modelData       // {series, segments, label, empty}
    property real plotX: 0
    property real plotWidth: 100
    property real barHeight: Theme.px(38)
    property int valueSize: Theme.px(26)
    property real grown: 1

    readonly property var segments: modelData.segments || []
    readonly property var lastSegment: segments.length > 0 ? segments[segments.length - 1] : null
    readonly property real barEnd: plotX + (lastSegment ? lastSegment.end * plotWidth : 0)
    readonly property real gap: Theme.px(12)
    readonly property real separator: Math.max(1, Theme.px(3))
    readonly property bool labelOutside: barEnd + gap + value.implicitWidth <= width + 1
    readonly property bool anyBelow: {
        for (let i = 0; i < partLabels.count; ++i) {
            const label = partLabels.itemAt(i) as PartLabel
            if (label && label.visible && !label.fits)
                return true
        }
        return false
    }

    implicitHeight: barHeight + (anyBelow ? Theme.px(6) + Theme.caption * 1.3 : 0)

    Text {
        objectName: "chartSeriesName"
        width: Math.max(0, row.plotX - Theme.px(20))
        height: row.barHeight
        visible: text.length > 0
        text: row.modelData.series
        color: Theme.mutedText
        font.family: Theme.sans
        font.pixelSize: Theme.caption
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    // The bar (or each part of it): solid to the value, or to a range's low end.
    Repeater {
        model: row.segments

        delegate: Item {
            id: part

            required property var modelData
            required property int index

            readonly property color colour: modelData.colour
            readonly property real gapAfter: index < row.segments.length - 1 ? row.separator : 0

            x: row.plotX + modelData.start * row.plotWidth * row.grown
            width: (modelData.end - modelData.start) * row.plotWidth * row.grown
            height: row.barHeight

            Rectangle {
                objectName: "chartBar"
                readonly property real fullWidth: Math.max(0, (part.modelData.solid - part.modelData.start)
                                                              * row.plotWidth - part.gapAfter)
                width: fullWidth * row.grown
                height: parent.height
                color: part.colour
            }

            // A range: lighter from its low end to its high end, closed by a tick.
            Rectangle {
                visible: part.modelData.range
                x: (part.modelData.solid - part.modelData.start) * row.plotWidth * row.grown
                width: (part.modelData.end - part.modelData.solid) * row.plotWidth * row.grown
                height: parent.height
                color: Qt.rgba(part.colour.r, part.colour.g, part.colour.b, 0.42)
            }

            Rectangle {
                visible: part.modelData.range
                x: parent.width - width / 2
                y: -Theme.px(6)
                width: Math.max(2, Theme.px(3))
                height: parent.height + 2 * Theme.px(6)
                color: part.colour
            }
        }
    }

    // A stacked part's value: inside it, or under the bar (in the part's colour, after
    // the label before it) where it does not fit.
    Repeater {
        id: partLabels
        model: row.segments

        delegate: PartLabel {
            required property var modelData
            required property int index

            readonly property real startX: row.plotX + modelData.start * row.plotWidth
            readonly property real room: (modelData.end - modelData.start) * row.plotWidth
            readonly property PartLabel before: index > 0 ? partLabels.itemAt(index - 1) as PartLabel
                                                          : null
            readonly property real afterBefore: before && !before.fits && before.visible
                                                ? before.x + before.implicitWidth + row.gap : 0

            objectName: "chartValue"
            fits: implicitWidth + Theme.px(8) <= room - row.separator
            visible: text.length > 0
            x: fits ? startX + (room - row.separator - implicitWidth) / 2
                    : Math.max(startX + Theme.px(8), afterBefore)
            y: fits ? (row.barHeight - height) / 2 : row.barHeight + Theme.px(6)
            opacity: row.grown
            text: modelData.label
            color: fits ? Theme.inkOn(modelData.colour) : modelData.colour
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            font.bold: true
        }
    }

    // The bar's value, or a stack's total, at its end; a dash where there is none.
    Text {
        id: value
        objectName: "chartValue"
        x: row.labelOutside ? row.barEnd + row.gap : row.barEnd - row.gap - implicitWidth
        height: row.barHeight
        opacity: row.grown
        text: row.modelData.label
        color: row.modelData.empty ? Theme.mutedText
             : row.labelOutside ? Theme.text : Theme.inkOn(row.lastSegment.colour)
        font.family: Theme.sans
        font.pixelSize: row.valueSize
        font.bold: true
        verticalAlignment: Text.AlignVCenter
    }

    component PartLabel: Text {
        property bool fits: true      // inside its part of the bar (else under the bar)
    }
}
