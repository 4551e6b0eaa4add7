// A running count: counts up the side, time along the bottom. Each point sits at
// its date (or evenly, without dates), lines (Qt Quick Shapes) join neighbouring
// known counts, every point carries its value, and a missing count is simply not
// drawn. The chart is tall enough that two values on the same date keep apart
// (Python gives the closest pair, `pointGap`). It builds up from left to right, as
// time runs.
//
// Each value is written beside its point (right of it in the first half of the
// chart, left of it in the second), or, where that would touch another point or
// value (large text, a narrow card), on its other side, above it or below it
// (`valuePlaces`). A date wider than the plot may reach left under the scale's values.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes

Item {
    id: chart

    property var block: ({})
    property real grown: 1

    readonly property real labelHeight: Math.ceil(valueFont.height)
    readonly property real markerSize: Theme.px(20)
    readonly property real gap: Theme.px(14)
    readonly property real plotX: widestTick() + gap
    readonly property real plotY: Math.ceil(labelHeight / 2) + Theme.px(4)
    readonly property real plotWidth: width - plotX - markerSize
    // Digits are shorter than their line: 0.85 of a line between two values' centres
    // still leaves a clear gap between them.
    readonly property real plotHeight: Math.max(Theme.px(300), Math.min(Theme.type(480),
                                           labelHeight * 0.85 / (block.pointGap || 1)))
    readonly property var categories: block.categories || []
    readonly property real dateLine: Math.ceil(valueFont.height * 1.1)
    readonly property var dateLayout: layDates(categories, plotWidth)
    readonly property real valueOffset: markerSize / 2 + Theme.px(8)
    readonly property var valuePlaces: placeValues(block.points || [], plotWidth, plotHeight)

    implicitHeight: dates.y + dates.height

    FontMetrics {
        id: valueFont
        font.family: Theme.sans
        font.pixelSize: Theme.caption
        font.bold: true
    }

    FontMetrics {
        id: tickFont
        font.family: Theme.sans
        font.pixelSize: Theme.type(22)
    }

    function widestTick() {
        tickFont.font  // measured in this font: a new font family measures again
        const ticks = block.ticks || []
        return Math.ceil(Math.max(0, ...ticks.map(tick => tickFont.advanceWidth(tick.label))))
    }

    // Where each date's label goes: under its point, starting there (the last one
    // ending there, and any reaching no further left than the chart), on the first
    // line where it keeps clear of the label before it. A guide runs down from the
    // point to its label.
    function layDates(list, plot) {
        valueFont.font  // measured in this font: a new font family measures again
        const ends = []
        const room = plot + markerSize / 2 + plotX
        return list.map((category, index) => {
            const width = Math.min(room, Math.ceil(valueFont.advanceWidth(category.label)) + 2)
            const at = category.x * plot
            const last = index === list.length - 1 && index > 0
            const wanted = list.length === 1 ? at - width / 2 : last ? at - width : at
            const x = Math.max(Theme.px(6) - plotX, Math.min(plot + markerSize / 2 - width, wanted))
            let line = 0
            while (line < ends.length && ends[line] + gap > x)
                ++line
            ends[line] = x + width
            return { x: x, width: width, line: line }
        })
    }

    // Where each point's value goes, as its box's offset from the point: the first of
    // beside (the preferred side, then the other), above and below that stays on the
    // chart and keeps clear of every point, the scale's values and the values placed
    // before it; beside on the preferred side if none does.
    function placeValues(points, plot, height) {
        valueFont.font  // measured in this font: a new font family measures again
        tickFont.font
        // Values keep clear of each other by their digits, 0.85 of their line (as above).
        const h = labelHeight, digits = 0.85 * h, m = markerSize / 2 + Theme.px(2)
        const clear = Theme.px(4)
        const spots = points.map(p => ({ x: p.x * plot, y: (1 - p.y) * height }))
        const placed = (block.ticks || []).map(tick => {
            const w = tickFont.advanceWidth(tick.label)
            return { x: -gap - w, y: (1 - tick.at) * height - digits / 2, w: w, h: digits }
        })
        const touches = (a, b) => a.x < b.x + b.w + clear && b.x < a.x + a.w + clear
                                  && a.y < b.y + b.h && b.y < a.y + a.h
        return points.map((point, index) => {
            const w = Math.ceil(valueFont.advanceWidth(point.label))
            const at = spots[index]
            const right = { x: valueOffset, y: -h / 2 }, left = { x: -valueOffset - w, y: -h / 2 }
            const options = [point.labelLeft ? left : right, point.labelLeft ? right : left,
                             { x: -w / 2, y: -m - h }, { x: -w / 2, y: m }]
            const free = options.find(o => {
                const box = { x: at.x + o.x, y: at.y + o.y + (h - digits) / 2, w: w, h: digits }
                if (box.x < -plotX || box.x + w > plot + markerSize / 2 || at.y + o.y < -plotY)
                    return false
                if (spots.some((s, j) => touches(box, { x: s.x - m, y: s.y - m, w: 2 * m, h: 2 * m })))
                    return false
                return !placed.some(other => touches(box, other))
            }) || options[0]
            placed.push({ x: at.x + free.x, y: at.y + free.y + (h - digits) / 2, w: w, h: digits })
            return free
        })
    }

    // Gridlines with their values; zero drawn stronger: the count starts there.
    Repeater {
        model: chart.block.ticks || []

        delegate: Item {
            id: tick

            required property var modelData
            required property int index

            y: chart.plotY + (1 - modelData.at) * chart.plotHeight
            width: chart.width

            Rectangle {
                x: chart.plotX
                y: -height / 2
                width: chart.plotWidth + chart.markerSize / 2
                height: Math.max(1, Theme.px(tick.index === 0 ? 3 : 2))
                color: tick.index === 0 ? Theme.mutedText : Theme.hairline
                opacity: tick.index === 0 ? 0.6 : 1
            }

            Text {
                objectName: "chartTick"
                x: chart.plotX - chart.gap - implicitWidth
                y: -height / 2
                text: tick.modelData.label
                color: Theme.mutedText
                font: tickFont.font
            }
        }
    }

    // A faint guide from each date's points down to its label.
    Repeater {
        model: chart.categories

        delegate: Rectangle {
            required property var modelData
            required property int index

            readonly property var place: chart.dateLayout[index]

            x: Math.round(chart.plotX + modelData.x * chart.plotWidth - width / 2)
            y: chart.plotY
            width: Math.max(1, Theme.px(2))
            height: chart.plotHeight + Theme.px(14) + (place ? place.line * chart.dateLine : 0)
            color: Theme.hairline
        }
    }

    // The lines, points and values, revealed from left to right while the chart
    // builds up (clipped only then: at rest nothing is cut).
    Item {
        id: reveal

        readonly property real margin: Theme.px(240)

        x: chart.plotX - margin
        y: chart.plotY - margin
        width: margin + chart.plotWidth * chart.grown + (chart.grown >= 1 ? margin : 0)
        height: chart.plotHeight + 2 * margin
        clip: chart.grown < 1

        Item {
            id: plot
            x: reveal.margin
            y: reveal.margin
            width: chart.plotWidth
            height: chart.plotHeight

            Repeater {
                model: chart.block.lines || []

                delegate: Shape {
                    id: line

                    required property var modelData

                    anchors.fill: parent
                    antialiasing: true

                    ShapePath {
                        strokeColor: line.modelData.colour
                        strokeWidth: Math.max(2, Theme.px(4))
                        fillColor: "transparent"
                        joinStyle: ShapePath.RoundJoin
                        capStyle: ShapePath.RoundCap

                        PathPolyline {
                            path: line.modelData.points.map(
                                      p => Qt.point(p[0] * plot.width, (1 - p[1]) * plot.height))
                        }
                    }
                }
            }

            Repeater {
                model: chart.block.points || []

                delegate: Item {
                    id: point

                    required property var modelData
                    required property int index
                    readonly property var place: chart.valuePlaces[index] || ({ x: 0, y: 0 })

                    x: modelData.x * plot.width
                    y: (1 - modelData.y) * plot.height

                    ChartMarker {
                        objectName: "chartPoint"
                        x: -width / 2
                        y: -height / 2
                        size: chart.markerSize
                        shape: point.modelData.marker
                        colour: point.modelData.colour
                    }

                    // A patch of the card's colour under the digits: a line may pass
                    // under a value but never through it.
                    Rectangle {
                        x: value.x - Theme.px(4)
                        y: value.y + value.height * 0.1
                        width: value.implicitWidth + Theme.px(8)
                        height: Math.round(value.height * 0.8)
                        radius: Theme.px(4)
                        color: Theme.surface
                    }

                    Text {
                        id: value
                        objectName: "chartValue"
                        x: point.place.x
                        y: point.place.y
                        text: point.modelData.label
                        color: Theme.text
                        font: valueFont.font
                    }
                }
            }
        }
    }

    // The dates (or other categories) under their points.
    Item {
        id: dates
        // Below the zero's value too: a long date may reach left under the scale.
        y: chart.plotY + chart.plotHeight + Math.max(Theme.px(16), Math.ceil(tickFont.height / 2) + Theme.px(2))
        width: chart.width
        height: childrenRect.height

        Repeater {
            model: chart.categories

            delegate: Text {
                required property var modelData
                required property int index

                readonly property var place: chart.dateLayout[index]
                readonly property bool last: index === chart.categories.length - 1 && index > 0

                objectName: "chartCategory"
                x: chart.plotX + place.x + (last ? -Theme.px(6) : Theme.px(6))
                y: place.line * chart.dateLine
                width: place.width
                text: modelData.label
                color: Theme.text
                font: valueFont.font
                horizontalAlignment: last ? Text.AlignRight : Text.AlignLeft
                elide: Text.ElideRight
            }
        }
    }
}
