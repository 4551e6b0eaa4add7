// The timeline itself: a horizontal axis, the years under it, and a flag above it for
// each event (or cluster of events) in lanes. One finger drags along the years (with
// a glide when it lets go), two fingers pinch to zoom around their centre, and the
// zoom can be changed by the block's buttons. kiosk/timeline.py lays the flags out
// for a ladder of axis widths and lane counts; this file picks the layout for the
// axis on screen and the lanes that fit, and places what it says.
//
// The visitor's text size (Theme.textScale) needs no layouts of its own: labels,
// gaps and tick spacings all grow with the text, so the layout for an axis A px wide
// at text scale s is the one Python made for A / s at scale 1 (every distance it
// keeps scaled by s). `layoutUnit` is the pixels of one of Python's reference pixels:
// Theme.u × s, or less where the view would not hold the whole span (a label is at
// most half the axis): the labels are then narrower than the text wants and take
// more lines (`labelLines`), so they hold as many words.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: tl

    objectName: "timelineView"

    property var block: ({})
    property QtObject view: null
    property var words: ({})

    readonly property var events: block.events || []
    readonly property var widths: block.widths || [1]
    readonly property var layouts: block.layouts || [[{ lanes: [], flipped: [], clusters: [] }]]

    // -- geometry -----------------------------------------------------------------------
    readonly property real pad: Theme.px(40)
    readonly property real fitWidth: Math.max(1, width - 2 * pad)
    readonly property real textUnit: Theme.u * Theme.textScale
    readonly property real layoutUnit: Math.max(Theme.u, Math.min(textUnit, fitWidth / widths[0]))
    readonly property int labelLines: Math.ceil(3 * textUnit / layoutUnit - 0.01)
    readonly property real minAxis: Math.max(fitWidth, widths[0] * layoutUnit)
    readonly property real maxAxis: Math.max(minAxis, widths[widths.length - 1] * layoutUnit)
    readonly property real labelWidth: Math.floor(((block.label || {}).width || 340) * layoutUnit)
    readonly property real clusterWidth: Math.floor(((block.label || {}).clusterWidth || 230) * layoutUnit)
    readonly property real flagPad: Theme.px(6)
    readonly property real labelLineHeight: 0.92
    readonly property real flagHeight: Math.ceil(dateMetrics.height + Theme.px(2)
                                                 + labelLines * labelMetrics.height * labelLineHeight
                                                 + 2 * flagPad)
    readonly property real laneGap: Theme.px(10)
    readonly property real rulerHeight: Theme.px(10) + Theme.type(56)   // two rows of ticks' names
    readonly property real axisY: height - rulerHeight
    readonly property real laneRoom: axisY - Theme.px(18) + laneGap
    readonly property real minimumHeight: rulerHeight + Theme.px(18) + flagHeight   // one lane
    // The most lanes laid out (block.laneCounts, ascending) that fit the height.
    readonly property var laneCounts: block.laneCounts || [1]
    readonly property int laneChoice: {
        const fit = Math.floor(laneRoom / (flagHeight + laneGap))
        let choice = 0
        while (choice + 1 < laneCounts.length && laneCounts[choice + 1] <= fit)
            choice++
        return choice
    }
    readonly property int lanes: laneCounts[laneChoice]
    readonly property real pitch: Math.min(laneRoom / lanes, 1.25 * (flagHeight + laneGap))

    // -- zoom -----------------------------------------------------------------------------
    property real axisWidth: minAxis          // px; minAxis shows the whole span
    property real offset: 0                   // px of the axis scrolled off to the left
    readonly property real maxOffset: Math.max(0, axisWidth + 2 * pad - width)
    readonly property bool canZoomIn: axisWidth < maxAxis - 0.5
    readonly property bool canZoomOut: axisWidth > minAxis + 0.5
    // The widest laid-out axis not wider than the one on screen (see kiosk/timeline.py).
    readonly property int level: {
        const shown = axisWidth / layoutUnit
        let step = 0
        while (step + 1 < widths.length && widths[step + 1] <= shown)
            step++
        return step
    }
    readonly property var ladder: layouts[laneChoice]
    readonly property var layout: ladder[Math.min(level, ladder.length - 1)]
    readonly property var ruler: (block.rulers || [{}])[level]

    function xOf(fraction) { return pad + fraction * axisWidth }
    function fractionAt(viewX) { return (viewX + offset - pad) / axisWidth }
    function laneY(lane) { return axisY - Theme.px(18) - lane * pitch - flagHeight }

    function scrollTo(newOffset) { offset = Math.max(0, Math.min(maxOffset, newOffset)) }

    // The axis `newWidth` wide, with the moment `fraction` under `viewX`.
    function zoomTo(newWidth, viewX, fraction) {
        axisWidth = Math.max(minAxis, Math.min(maxAxis, newWidth))
        scrollTo(pad + fraction * axisWidth - viewX)
    }

    function zoomBy(factor) { animateZoom(axisWidth * factor, width / 2, fractionAt(width / 2)) }

    function showAll(animated) {
        if (animated)
            animateZoom(minAxis, width / 2, fractionAt(width / 2))
        else
            zoomTo(minAxis, pad, 0)   // its start at the left, even if it is wider than the view
    }

    // From `first` to `last` (fractions along the axis), in the middle, with room either side.
    function zoomOnto(first, last) {
        const middle = (first + last) / 2
        animateZoom(0.8 * fitWidth / Math.max(last - first, 1e-9), xOf(middle) - offset, middle, true)
    }

    function stop() {
        glide.stop()
        zoomAnimation.stop()
    }

    // Zooms to `newWidth` in a short animation (at once without a GPU), keeping
    // `fraction` under `viewX`; `centre` also brings that moment to the middle.
    function animateZoom(newWidth, viewX, fraction, centre) {
        stop()
        zoomAnimation.viewX = viewX
        zoomAnimation.endX = centre ? width / 2 : viewX
        zoomAnimation.fraction = fraction
        zoomAnimation.from = axisWidth
        zoomAnimation.to = Math.max(minAxis, Math.min(maxAxis, newWidth))
        zoomAnimation.start()
    }

    onMinAxisChanged: showAll(false)

    FontMetrics { id: dateMetrics; font.family: Theme.sans; font.pixelSize: Theme.label; font.bold: true }
    FontMetrics { id: labelMetrics; font.family: Theme.sans; font.pixelSize: Theme.caption }

    NumberAnimation {
        id: zoomAnimation
        property real viewX: 0
        property real endX: 0
        property real fraction: 0
        property real shown: 0             // the axis width of this frame
        target: zoomAnimation
        property: "shown"
        duration: Theme.softwareRendering ? 0 : 300
        easing.type: Easing.InOutCubic
        onShownChanged: {
            const t = to === from ? 1 : (shown - from) / (to - from)
            tl.zoomTo(shown, viewX + (endX - viewX) * t, fraction)
        }
    }

    NumberAnimation {
        id: glide
        target: tl
        property: "offset"
        duration: 700
        easing.type: Easing.OutCubic
    }

    // -- what is drawn ---------------------------------------------------------------------
    Item {
        id: viewport
        anchors.fill: parent
        clip: true

        Item {
            id: content
            x: -tl.offset
            width: tl.axisWidth + 2 * tl.pad
            height: parent.height

            TimelineRuler {
                years: tl.block.years || []
                monthNames: tl.block.monthNames || []
                steps: tl.ruler
                axisY: tl.axisY
                gridTop: tl.laneY(tl.lanes - 1)
                pad: tl.pad
                axisWidth: tl.axisWidth
                offset: tl.offset
                viewWidth: tl.width
            }

            // The ranges that clusters gather, as a soft band along the axis.
            Repeater {
                model: tl.layout.clusters
                delegate: Rectangle {
                    required property var modelData
                    readonly property var cluster: tl.block.clusters[modelData.first + "-" + modelData.last]
                    x: tl.xOf(cluster.at) - height / 2
                    y: tl.axisY - height / 2
                    width: (cluster.end - cluster.at) * tl.axisWidth + height
                    height: Theme.px(26)
                    radius: height / 2
                    color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.highContrast ? 0.4 : 0.22)
                }
            }

            Rectangle {
                objectName: "timelineAxis"
                x: tl.pad
                y: tl.axisY - height / 2
                width: tl.axisWidth
                height: Math.max(2, Theme.px(3))
                color: Theme.mutedText
            }

            // Periods: a bar from their first to their last day.
            Repeater {
                model: tl.events
                delegate: Rectangle {
                    required property var modelData
                    visible: modelData.period
                    x: tl.xOf(modelData.at)
                    y: tl.axisY - Theme.px(5) - modelData.track * Theme.px(14)
                    width: Math.max(Theme.px(4), (modelData.end - modelData.at) * tl.axisWidth)
                    height: Theme.px(10)
                    radius: height / 2
                    color: Theme.accent
                }
            }

            // Every event keeps its dot, even in a cluster.
            Repeater {
                model: tl.events
                delegate: Rectangle {
                    required property var modelData
                    required property int index
                    readonly property bool alone: tl.layout.lanes[index] >= 0
                    readonly property string label: modelData.label
                    readonly property int first: index
                    objectName: "timelineDot"
                    x: tl.xOf(modelData.at) - width / 2
                    y: tl.axisY - height / 2
                    width: Theme.px(alone ? 14 : 10)
                    height: width
                    radius: width / 2
                    color: alone ? Theme.accent : Theme.text
                }
            }

            Repeater {
                model: tl.events
                delegate: TimelineFlag {
                    required property var modelData
                    required property int index
                    readonly property int lane: tl.layout.lanes[index]
                    objectName: "timelineEvent"
                    visible: lane >= 0
                    first: index
                    last: index
                    flipped: tl.layout.flipped[index]
                    x: tl.xOf(modelData.at) - pole
                    y: tl.laneY(Math.max(0, lane))
                    width: tl.labelWidth
                    height: tl.flagHeight
                    stemLength: tl.axisY - y - height
                    pad: tl.flagPad
                    lineHeight: tl.labelLineHeight
                    labelLines: tl.labelLines
                    date: modelData.date
                    label: modelData.label
                    onTapped: tl.view.openDetail(tl.block.details[index])
                }
            }

            Repeater {
                model: tl.layout.clusters
                delegate: TimelineFlag {
                    required property var modelData
                    readonly property var info: tl.block.clusters[modelData.first + "-" + modelData.last]
                    objectName: "timelineCluster"
                    cluster: true
                    first: modelData.first
                    last: modelData.last
                    flipped: modelData.flipped
                    x: tl.xOf(info.at) - pole
                    y: tl.laneY(modelData.lane)
                    width: tl.clusterWidth
                    height: tl.flagHeight
                    stemLength: tl.axisY - y - height
                    pad: tl.flagPad
                    lineHeight: tl.labelLineHeight
                    date: info.dates
                    count: info.count
                    action: tl.canZoomIn ? (tl.words.zoom_in || "") : ""
                    onTapped: {
                        if (tl.canZoomIn)
                            tl.zoomOnto(info.at, info.end)
                        else
                            tl.view.openDetail(tl.block.details[modelData.first])
                    }
                }
            }
        }
    }

    // More this way: the edges fade where the timeline goes on beyond them.
    Rectangle {
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; bottomMargin: tl.rulerHeight }
        width: Theme.px(72)
        visible: tl.offset > 1
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: Theme.background }
            GradientStop { position: 1; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
        }
    }

    Rectangle {
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom; bottomMargin: tl.rulerHeight }
        width: Theme.px(72)
        visible: tl.offset < tl.maxOffset - 1
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
            GradientStop { position: 1; color: Theme.background }
        }
    }

    // -- fingers ---------------------------------------------------------------------------
    DragHandler {
        id: drag
        property real startOffset: 0
        target: null
        yAxis.enabled: false
        maximumPointCount: 1
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        onActiveChanged: {
            if (active) {
                tl.stop()
                startOffset = tl.offset
            } else {
                const to = Math.max(0, Math.min(tl.maxOffset, tl.offset - 0.35 * centroid.velocity.x))
                if (Math.abs(to - tl.offset) > 1) {
                    glide.to = to
                    glide.restart()
                }
            }
        }
        onActiveTranslationChanged: {
            if (active)
                tl.scrollTo(startOffset - activeTranslation.x)
        }
    }

    PinchHandler {
        id: pinch
        property real startWidth: 0
        property real fraction: 0
        target: null
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        onActiveChanged: {
            if (active) {
                tl.stop()
                startWidth = tl.axisWidth
                fraction = tl.fractionAt(centroid.position.x)
            }
        }
        onActiveScaleChanged: {
            if (active)
                tl.zoomTo(startWidth * activeScale, centroid.position.x, fraction)
        }
        onCentroidChanged: {
            if (active)
                tl.zoomTo(tl.axisWidth, centroid.position.x, fraction)
        }
    }
}
