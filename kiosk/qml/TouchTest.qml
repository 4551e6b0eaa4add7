// The touch test, for checking a touch panel's calibration: a circle and crosshair
// under every finger (up to ten at once), with its position in window pixels. The
// crosses are targets near each corner (below the heading) and in the middle: a
// finger on a target should draw its circle around it.
pragma ComponentBehavior: Bound
import QtQuick

Rectangle {
    id: test

    required property QtObject staff
    property var points: []             // the fingers down now: {id, x, y}
    property string last: ""
    readonly property real marker: Theme.px(120)
    readonly property color ink: Theme.accent

    objectName: "touchTest"
    color: Theme.background

    // Where a well-calibrated finger lands.
    Repeater {
        model: [[0.08, 0.25], [0.92, 0.25], [0.5, 0.5], [0.08, 0.9], [0.92, 0.9]]

        delegate: Item {
            required property var modelData
            x: test.width * modelData[0]
            y: test.height * modelData[1]

            Rectangle { x: -Theme.px(30); width: Theme.px(60); height: Math.max(1, Theme.px(2)); color: Theme.mutedText }
            Rectangle { y: -Theme.px(30); height: Theme.px(60); width: Math.max(1, Theme.px(2)); color: Theme.mutedText }
        }
    }

    MultiPointTouchArea {
        id: area
        objectName: "touchTestArea"
        Accessible.role: Accessible.Canvas
        Accessible.name: "Touch test"
        anchors.fill: parent
        mouseEnabled: true
        maximumTouchPoints: 10
        onTouchUpdated: touchPoints => {
            test.points = touchPoints.map(p => ({ id: p.pointId, x: p.x, y: p.y }))
            if (touchPoints.length > 0)
                test.last = test.position(touchPoints[touchPoints.length - 1])
        }
        onCanceled: test.points = []
    }

    function position(point) { return Math.round(point.x) + ", " + Math.round(point.y) }

    Repeater {
        model: test.points

        delegate: Item {
            required property var modelData
            objectName: "touchMarker"
            x: modelData.x
            y: modelData.y

            // A cross-hair across the whole screen shows how far off a finger lands.
            Rectangle { x: -parent.x; width: test.width; height: 1; color: test.ink; opacity: 0.5 }
            Rectangle { y: -parent.y; height: test.height; width: 1; color: test.ink; opacity: 0.5 }

            Rectangle {
                x: -width / 2
                y: -height / 2
                width: test.marker
                height: width
                radius: width / 2
                color: Qt.rgba(test.ink.r, test.ink.g, test.ink.b, 0.18)
                border.color: test.ink
                border.width: Math.max(2, Theme.px(3))
            }

            // Beside the circle, on whichever side stays on the screen.
            Text {
                readonly property real room: test.marker / 2 + Theme.px(8)
                x: parent.x + room + width > test.width ? -room - width : room
                y: parent.y - test.marker / 2 - height < 0 ? test.marker / 2 : -test.marker / 2 - height
                text: test.position(parent.modelData)
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.caption
            }
        }
    }

    Column {
        x: Theme.margin
        y: Theme.px(40)
        width: parent.width - 2 * Theme.margin - done.width - Theme.gap
        spacing: Theme.px(8)

        Text {
            text: "Touch test"
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.cardTitle
            font.bold: true
        }
        Text {
            width: parent.width
            text: "Touch anywhere, with one finger or several: a circle shows where each "
                  + "touch lands. The crosses are targets."
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "touchTestCount"
            text: test.points.length === 1 ? "1 touch" : test.points.length + " touches"
                  + (test.points.length === 0 && test.last ? " (the last at " + test.last + ")"
                                                           : "")
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.caption
        }
    }

    TouchButton {
        id: done
        objectName: "touchTestDone"
        anchors { right: parent.right; top: parent.top; margins: Theme.px(40) }
        text: "Done"
        bold: true
        fill: Theme.accent
        ink: Theme.inkOn(Theme.accent)
        onTapped: test.staff.backToMenu()
    }
}
