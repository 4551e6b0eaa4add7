// The map itself: the country outlines, the places and their names, explored with
// the fingers. Two fingers zoom around their centre (and move the map with them);
// once zoomed in, one finger drags the map (at "show all" a swipe still turns the
// page); a tap on a place or its name opens its card. Python (kiosk/geo.py) has
// projected everything and placed the names; this file scales, pans and picks the
// names' layout for the current scale and the visitor's text size.
//
// Units: the outline is drawn in path units (the canvas is block.canvasWidth wide);
// `unit` is screen pixels per path unit; (originX, originY) is the path point at the
// view's top-left corner. "Show all" fits the home box (every place and its name)
// into the area the overlays leave (insets); panning never goes beyond what
// "show all" shows.
//
// Touch: one MultiPointTouchArea over the whole map follows one or two fingers, and
// keeps them from the page list (a Flickable around it) while they explore the map.
// Taps go through it too and are matched to the name or marker under the finger, so
// places a few pixels apart (Moscow and Butovo) never both answer one tap.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes

Item {
    id: map

    property var block: ({})
    property QtObject view: null
    property real insetRight: 0
    property real insetBottom: 0
    readonly property real pad: Theme.px(16)
    // Land a tint of the text colour on the ground; stronger in high contrast, where
    // the ground is black and a faint tint would leave land and sea alike.
    readonly property color land: Qt.tint(Theme.background, Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b,
                                                                    Theme.highContrast ? 0.2 : 0.11))

    readonly property real canvasWidth: block.canvasWidth || 1000
    readonly property real canvasHeight: block.canvasHeight || 1000
    readonly property var points: block.points || []
    // The names as Python placed them for the visitor's text size: the block's own for
    // standard text, others asked of the view. Until the view has them (a worker thread
    // places them the first time a size is chosen), the names stay as placed for
    // standard text, and in its size: always where they fit.
    readonly property var larger: {
        if (!view || !block.names || Theme.textScale === 1)
            return null
        view.mapNamesCount  // asked again whenever more names are placed
        return view.mapNames(block.names, Theme.textScale)
    }
    readonly property real textScale: larger ? Theme.textScale : 1
    readonly property var layouts: larger || block.layouts || []

    // -- the view ------------------------------------------------------------------------
    readonly property real areaWidth: Math.max(1, width - insetRight - 2 * pad)
    readonly property real areaHeight: Math.max(1, height - insetBottom - 2 * pad)
    // "Show all": the largest layout of names whose home box (every place and name)
    // fits the area at that layout's own scale; fit: pixels per path unit then. If
    // none does (a small map, large text), the places alone, with the names of the
    // layout for that scale that fall within the map (`trimmed`); the others show
    // once the visitor zooms in or pans.
    readonly property int homeIndex: {
        for (let i = layouts.length - 1; i >= 0; --i)
            if (canvasWidth * fitOf(layouts[i].home) / Theme.u >= layouts[i].scale)
                return i
        return -1
    }
    readonly property var home: homeIndex >= 0 ? layouts[homeIndex].home
                                               : block.places || ({ x: 0, y: 0, width: 1, height: 1 })
    readonly property real fit: fitOf(home)
    readonly property real maxZoom: 10
    property real zoom: 1
    property real originX: 0
    property real originY: 0
    readonly property real unit: fit * zoom
    // What "show all" shows, in path units: the limits of panning.
    readonly property real boxX: (home.x + home.width / 2) * canvasWidth - (pad + areaWidth / 2) / fit
    readonly property real boxY: (home.y + home.height / 2) * canvasHeight - (pad + areaHeight / 2) / fit
    readonly property real boxWidth: width / fit
    readonly property real boxHeight: height / fit

    // The names' layout: the home one at "show all"; zoomed in, the one for the
    // ladder's largest scale not above the canvas's width now, in reference pixels.
    readonly property int layoutIndex: {
        if (zoom < 1.001 && homeIndex >= 0)
            return homeIndex
        const scale = canvasWidth * unit / Theme.u + 0.5
        let chosen = homeIndex
        for (let i = homeIndex + 1; i < layouts.length; ++i)
            if (layouts[i].scale <= scale)
                chosen = i
        return chosen
    }
    readonly property var spots: layoutIndex >= 0 ? layouts[layoutIndex].spots : []
    readonly property bool trimmed: homeIndex < 0 && zoom < 1.001

    // Whether a place's name shows: placed at this scale, and at a trimmed "show all"
    // wholly within the part of the map no button or note covers.
    function named(place, spot) {
        if (spot.shown !== true)
            return false
        if (!trimmed)
            return true
        const x = screenX(place.x) + spot.x * Theme.u, y = screenY(place.y) + spot.y * Theme.u
        return x >= 0 && y >= 0 && x + spot.width * Theme.u <= width - insetRight
               && y + spot.height * Theme.u <= height - insetBottom
    }

    function fitOf(box) {
        return Math.max(0.01, Math.min(areaWidth / (box.width * canvasWidth),
                                       areaHeight / (box.height * canvasHeight)))
    }

    function screenX(fraction) { return (fraction * canvasWidth - originX) * unit }
    function screenY(fraction) { return (fraction * canvasHeight - originY) * unit }

    function clampView() {
        originX = Math.max(boxX, Math.min(boxX + boxWidth - width / unit, originX))
        originY = Math.max(boxY, Math.min(boxY + boxHeight - height / unit, originY))
    }

    // Zoom by `factor`, keeping the path point under (x, y) where it is on screen.
    function zoomAbout(x, y, factor) {
        const px = originX + x / unit, py = originY + y / unit
        zoom = Math.max(1, Math.min(maxZoom, zoom * factor))
        originX = px - x / unit
        originY = py - y / unit
        clampView()
    }

    function panBy(dx, dy) {
        originX -= dx / unit
        originY -= dy / unit
        clampView()
    }

    // The buttons: zoom by `factor` around the middle of the area, gliding there.
    function zoomStep(factor) {
        glide.stop()
        const x = pad + areaWidth / 2, y = pad + areaHeight / 2
        const px = originX + x / unit, py = originY + y / unit
        const target = Math.max(1, Math.min(maxZoom, zoom * factor))
        const targetUnit = fit * target
        glideTo(target,
                Math.max(boxX, Math.min(boxX + boxWidth - width / targetUnit, px - x / targetUnit)),
                Math.max(boxY, Math.min(boxY + boxHeight - height / targetUnit, py - y / targetUnit)))
    }

    function showAll(animated) {
        glide.stop()
        if (animated) {
            glideTo(1, boxX, boxY)
        } else {
            zoom = 1
            originX = boxX
            originY = boxY
        }
    }

    function glideTo(target, x, y) {
        zoomGlide.to = target
        xGlide.to = x
        yGlide.to = y
        glide.start()
    }

    function open(place) {
        if (view)
            view.openDetail(place.detail)
    }

    // The place a tap at (x, y) means: a name under the finger, else the nearest
    // marker within a fingertip's reach (half a touch target).
    function placeAt(x, y) {
        const reach = Theme.px(8)
        for (let i = labels.count - 1; i >= 0; --i) {
            const label = labels.itemAt(i)
            if (label && label.visible && x >= label.x - reach && x <= label.x + label.width + reach
                    && y >= label.y - reach && y <= label.y + label.height + reach)
                return label.modelData
        }
        let nearest = null, distance = Theme.control / 2
        for (let j = 0; j < markers.count; ++j) {
            const marker = markers.itemAt(j)
            const d = Math.hypot(marker.x + marker.width / 2 - x, marker.y + marker.height / 2 - y)
            if (d <= distance) {
                nearest = marker.modelData
                distance = d
            }
        }
        return nearest
    }

    objectName: "mapView"
    clip: true
    onWidthChanged: showAll(false)
    onHeightChanged: showAll(false)
    onFitChanged: showAll(false)
    // What "show all" shows moves (names placed for another text size, a new size of
    // the block): at "show all", follow it; zoomed in, stay within it.
    onBoxXChanged: keepInBox()
    onBoxYChanged: keepInBox()

    function keepInBox() {
        if (glide.running)
            return
        if (zoom < 1.001) {
            originX = boxX
            originY = boxY
        } else {
            clampView()
        }
    }
    Component.onCompleted: showAll(false)

    ParallelAnimation {
        id: glide
        readonly property int duration: Theme.softwareRendering ? 0 : 220
        NumberAnimation { id: zoomGlide; target: map; property: "zoom"; duration: glide.duration; easing.type: Easing.OutCubic }
        NumberAnimation { id: xGlide; target: map; property: "originX"; duration: glide.duration; easing.type: Easing.OutCubic }
        NumberAnimation { id: yGlide; target: map; property: "originY"; duration: glide.duration; easing.type: Easing.OutCubic }
    }

    // -- land and sea --------------------------------------------------------------------
    // Drawn into a layer the size of the view: Qt's software renderer otherwise leaves
    // traces of the outlines outside the view's clip while the page slides in. The
    // layer is a whole number of pixels: one of 509.45 px is scaled to fit on every
    // frame, which makes each frame of a pinch four times slower without a GPU.
    Item {
        width: Math.ceil(map.width)
        height: Math.ceil(map.height)
        layer.enabled: true

        Rectangle {
            anchors.fill: parent
            color: Qt.tint(Theme.background, Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.025))
        }

        Item {
            x: -map.originX * map.unit
            y: -map.originY * map.unit
            width: map.canvasWidth
            height: map.canvasHeight
            scale: map.unit
            transformOrigin: Item.TopLeft

            Shape {
                objectName: "mapOutline"
                anchors.fill: parent
                asynchronous: true

                // Borders as thin at every zoom. Without a GPU, Qt draws a line of at
                // most one pixel in ~25 ms a frame (its fast path), one of 1.2 px in
                // ~180 ms: too slow for a pinch, which repaints on every frame.
                ShapePath {
                    fillColor: map.land
                    strokeColor: Qt.tint(Theme.background, Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b,
                                                                   Theme.highContrast ? 0.55 : 0.34))
                    strokeWidth: (Theme.softwareRendering ? 0.99 : Math.max(1, Theme.px(1.2))) / map.unit
                    joinStyle: ShapePath.BevelJoin
                    PathSvg { path: map.block.outline || "" }
                }
            }
        }
    }

    // -- leader lines, markers and names -------------------------------------------------
    Repeater {
        model: map.points

        delegate: Rectangle {
            required property var modelData
            required property int index
            readonly property var spot: map.spots[index] || ({})
            readonly property real thickness: Math.max(1, Theme.px(1.5))

            visible: spot.leader === true && map.named(modelData, spot)
            x: map.screenX(modelData.x) + (spot.leaderX || 0) * Theme.u
            y: map.screenY(modelData.y) + (spot.leaderY || 0) * Theme.u - thickness / 2
            width: (spot.leaderLength || 0) * Theme.u
            height: thickness
            rotation: spot.leaderAngle || 0
            transformOrigin: Item.Left
            antialiasing: true
            color: Theme.mutedText
            opacity: 0.8
        }
    }

    Repeater {
        id: markers
        model: map.points

        // A touch target as large as any control, centred on the place.
        delegate: Item {
            id: point

            required property var modelData
            readonly property string name: modelData.name

            objectName: "mapPoint"
            x: map.screenX(modelData.x) - width / 2
            y: map.screenY(modelData.y) - height / 2
            width: Theme.control
            height: Theme.control
            // Sites above regions: at Moscow, Butovo's marker is the one on top.
            z: ["region", "place", "burial-site", "execution-site"].indexOf(modelData.kind)

            Accessible.role: Accessible.Button
            Accessible.name: modelData.name + ", " + modelData.kindWord
            Accessible.onPressAction: map.open(point.modelData)

            MapMarker {
                anchors.centerIn: parent
                kind: point.modelData.kind
                radius: point.modelData.radius * Theme.u
            }
        }
    }

    Repeater {
        id: labels
        model: map.points

        delegate: Text {
            required property var modelData
            required property int index
            readonly property var spot: map.spots[index] || ({})

            objectName: "mapLabel"
            z: 10
            visible: map.named(modelData, spot)
            x: map.screenX(modelData.x) + (spot.x || 0) * Theme.u
            y: map.screenY(modelData.y) + (spot.y || 0) * Theme.u
            width: (spot.width || 0) * Theme.u
            text: modelData.label
            horizontalAlignment: spot.align === "right" ? Text.AlignRight
                               : spot.align === "center" ? Text.AlignHCenter
                               : Text.AlignLeft
            color: modelData.kind === "region" ? Theme.mutedText : Theme.text
            style: Text.Outline
            styleColor: map.land
            font.family: Theme.sans
            // Never larger than Python measured it (22 × 1.25 is 27.5 px, not 28).
            font.pixelSize: Math.floor((map.block.labelSize || 22) * Theme.u * map.textScale)
        }
    }

    // -- fingers ---------------------------------------------------------------------------
    // A MultiPointTouchArea, the touch item Qt makes to nest in a Flickable (the page
    // list): it claims the fingers once they move (gestureStarted) if they explore the
    // map: two fingers always, one once the map is zoomed in. One finger on the map at
    // "show all" is left to the page list, so a swipe still turns the page.
    MultiPointTouchArea {
        id: fingers

        // For a screen reader: the surface that pans and zooms; its places are buttons.
        Accessible.role: Accessible.Canvas
        Accessible.name: [map.block.kind || "", map.block.title || ""].filter(part => part.length > 0)
                                                                      .join(": ")

        property int count: 0          // fingers down, as of the last event
        property point centre           // their centre then
        property real spread: 0         // the distance between two of them then
        property bool moved: false      // they have gone beyond a tap

        anchors.fill: parent
        z: 20
        maximumTouchPoints: 2
        mouseEnabled: true
        touchPoints: [TouchPoint { id: first }, TouchPoint { id: second }]

        function down() { return [first, second].filter(point => point.pressed) }

        // Start measuring afresh whenever a finger lands or lifts.
        function rest() {
            const points = down()
            count = points.length
            if (count > 0)
                centre = Qt.point(points.reduce((s, p) => s + p.x, 0) / count,
                                  points.reduce((s, p) => s + p.y, 0) / count)
            spread = count === 2 ? Math.hypot(first.x - second.x, first.y - second.y) : 0
        }

        onPressed: {
            glide.stop()
            if (count === 0)
                moved = false
            rest()
            if (count === 2)
                moved = true
        }
        onReleased: touchPoints => {
            const tap = !moved && count === 1 && down().length === 0
            rest()
            if (tap) {
                const place = map.placeAt(touchPoints[0].x, touchPoints[0].y)
                if (place)
                    map.open(place)
            }
        }
        onCanceled: {
            count = 0
            moved = true
        }
        onUpdated: {
            const points = down()
            if (points.length !== count || count === 0)
                return rest()
            const x = points.reduce((s, p) => s + p.x, 0) / count
            const y = points.reduce((s, p) => s + p.y, 0) / count
            const finger = points[0]
            if (!moved && count === 1
                    && Math.hypot(finger.x - finger.startX, finger.y - finger.startY) < Qt.styleHints.startDragDistance)
                return
            moved = true
            if (count === 2 && spread > 0) {
                const now = Math.hypot(first.x - second.x, first.y - second.y)
                map.zoomAbout(x, y, now / spread)
                spread = now
            }
            map.panBy(x - centre.x, y - centre.y)
            centre = Qt.point(x, y)
        }
        onGestureStarted: gesture => {
            if (count === 2 || map.zoom > 1.001)
                gesture.grab()
        }
    }
}
