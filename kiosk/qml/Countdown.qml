// The seconds left, in a ring that empties as they run out: smoothly where there
// is a GPU, a step a second where the CPU paints.
import QtQuick
import QtQuick.Shapes

Item {
    id: root

    property int seconds: 0
    property int total: 1
    property bool running: false
    property real size: 150
    property real progress: 1
    readonly property real stroke: Math.max(4, size * 0.07)
    readonly property real share: Math.max(0, Math.min(1, seconds / Math.max(1, total)))

    width: size
    height: size

    onRunningChanged: restart()
    onShareChanged: if (!smoothly.running) progress = share

    function restart() {
        smoothly.stop()
        progress = share
        if (running && !Theme.softwareRendering) {
            smoothly.duration = seconds * 1000
            smoothly.start()
        }
    }

    NumberAnimation { id: smoothly; target: root; property: "progress"; to: 0 }

    Shape {
        anchors.fill: parent

        ShapePath {
            strokeColor: Theme.hairline
            strokeWidth: root.stroke
            fillColor: "transparent"
            PathAngleArc {
                centerX: root.size / 2; centerY: root.size / 2
                radiusX: (root.size - root.stroke) / 2; radiusY: radiusX
                startAngle: 0; sweepAngle: 360
            }
        }

        ShapePath {
            strokeColor: Theme.accent
            strokeWidth: root.stroke
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            PathAngleArc {
                centerX: root.size / 2; centerY: root.size / 2
                radiusX: (root.size - root.stroke) / 2; radiusY: radiusX
                startAngle: -90
                sweepAngle: 360 * root.progress
            }
        }
    }

    Text {
        objectName: "countdownSeconds"
        anchors.centerIn: parent
        text: root.seconds
        color: Theme.text
        font.family: Theme.serif
        font.pixelSize: Math.round(root.size * 0.42)
        font.bold: true
    }
}
