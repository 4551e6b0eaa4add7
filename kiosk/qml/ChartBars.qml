// Horizontal bars on one scale from zero (bars, ranges, stacked bars and steps).
// Horizontal, because category labels such as "Estimate by A. Roginski and N.
// Petrov" read best on a line of their own above their bars, and a value reads
// best written at its bar's end. Grouped bars name their series in a column on the
// left. The scale is made just short enough that every value fits after its bar.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: chart

    property var block: ({})
    property real grown: 1

    readonly property bool grouped: block.grouped === true
    readonly property bool stacked: block.chart === "stacked-bars" || block.chart === "steps"
    readonly property real gap: Theme.px(12)
    // As thick as the values written in and beside the bars need, at every text size.
    readonly property real barHeight: stacked ? Theme.type(44) : Theme.type(36)
    readonly property int valueSize: Theme.type(26)
    readonly property real gutter: grouped ? widest(block.series, nameFont) + Theme.px(20) : 0
    readonly property real plotX: gutter
    readonly property real plotWidth: fitted(width - gutter)

    implicitHeight: rows.height + Theme.px(12) + axis.height

    FontMetrics {
        id: valueFont
        font.family: Theme.sans
        font.pixelSize: chart.valueSize
        font.bold: true
    }

    FontMetrics {
        id: nameFont
        font.family: Theme.sans
        font.pixelSize: Theme.caption
    }

    function widest(list, metrics) {
        metrics.font  // measured in this font: a new font family measures again
        return Math.ceil(Math.max(0, ...(list || []).map(item => metrics.advanceWidth(item.label))))
    }

    // The scale's length: as long as the room allows, short enough that every value
    // (or total) fits after its bar's end; never under 60 % of the room (a value that
    // still does not fit is written inside its bar).
    function fitted(room) {
        valueFont.font  // measured in this font: a new font family measures again
        let plot = room
        for (const category of block.categories || []) {
            for (const bar of category.rows) {
                const segments = bar.segments
                const end = segments.length > 0 ? segments[segments.length - 1].end : 0
                const needed = valueFont.advanceWidth(bar.label) + gap + Theme.px(4)
                if (end > 0)
                    plot = Math.min(plot, (room - needed) / end)
            }
        }
        return Math.max(room * 0.6, Math.floor(plot))
    }

    // Gridlines behind the bars; zero drawn stronger: every bar starts there.
    Repeater {
        model: chart.block.ticks || []
        delegate: Rectangle {
            required property var modelData
            required property int index
            x: Math.round(chart.plotX + modelData.at * chart.plotWidth - width / 2)
            width: Math.max(1, Theme.px(index === 0 ? 3 : 2))
            height: rows.height + Theme.px(12)
            color: index === 0 ? Theme.mutedText : Theme.hairline
            opacity: index === 0 ? 0.6 : 1
        }
    }

    Column {
        id: rows
        width: parent.width
        spacing: Theme.px(22)

        Repeater {
            model: chart.block.categories || []

            delegate: Column {
                id: category

                required property var modelData

                width: rows.width
                spacing: Theme.px(8)

                // The label on a patch of the card's colour, so gridlines pass behind it.
                Item {
                    width: parent.width
                    height: label.height

                    Rectangle {
                        x: -Theme.px(6)
                        width: Math.min(label.contentWidth + Theme.px(12), parent.width - x)
                        height: parent.height
                        color: Theme.surface
                    }

                    Text {
                        id: label
                        objectName: "chartCategory"
                        width: parent.width
                        text: category.modelData.label
                        color: Theme.text
                        font.family: Theme.sans
                        font.pixelSize: Theme.type(26)
                        font.bold: true
                        lineHeight: 1.05
                        wrapMode: Text.Wrap
                    }
                }

                Repeater {
                    model: category.modelData.rows

                    delegate: ChartBarRow {
                        width: rows.width
                        plotX: chart.plotX
                        plotWidth: chart.plotWidth
                        barHeight: chart.barHeight
                        valueSize: chart.valueSize
                        grown: chart.grown
                    }
                }

                Repeater {
                    model: category.modelData.notes

                    delegate: ChartNote {
                        required property string modelData
                        x: chart.plotX
                        width: rows.width - x
                        text: modelData
                    }
                }
            }
        }
    }

    ChartAxis {
        id: axis
        y: rows.height + Theme.px(12)
        width: parent.width
        plotX: chart.plotX
        plotWidth: chart.plotWidth
        ticks: chart.block.ticks || []
        unit: chart.block.unit || ""
    }
}
