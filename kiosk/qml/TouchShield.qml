// Takes every touch and click that lands on it, from the first finger down to the
// last one up, so nothing beneath sees any part of it. `busy` while a finger is
// down: a layer that has just been dismissed stays (see-through) until it lifts.
import QtQuick

MultiPointTouchArea {
    id: shield

    property int down: 0
    readonly property bool busy: down > 0

    signal touched(point position)

    objectName: "touchShield"
    mouseEnabled: true

    onPressed: points => {
        shield.down += points.length
        for (const point of points)
            shield.touched(Qt.point(point.x, point.y))
    }
    onReleased: points => shield.down = Math.max(0, shield.down - points.length)
    onCanceled: shield.down = 0

    // A touch screen that never reports the lift must not leave a layer up for good.
    Timer {
        interval: 5000
        running: shield.busy
        onTriggered: shield.down = 0
    }
}
