// A line icon drawn on a 24×24 grid and scaled to `size`: crisp at any resolution,
// independent of the fonts.
import QtQuick
import QtQuick.Shapes

Item {
    id: icon

    property string name: ""
    property color colour: Theme.text
    property real size: Theme.iconSize
    property real strokeWidth: 2.2

    readonly property var paths: ({
        "home": "M3 11 L12 3.5 L21 11 M5.5 9 V20.5 H10 V14.5 H14 V20.5 H18.5 V9",
        "back": "M20 12 H4.5 M10.5 6 L4.5 12 L10.5 18",
        "previous": "M15 4 L7 12 L15 20",
        "next": "M9 4 L17 12 L9 20",
        "close": "M5.5 5.5 L18.5 18.5 M18.5 5.5 L5.5 18.5",
        "sources": "M3 5 H9.5 Q12 5 12 7.5 V20 Q12 18 9.5 18 H3 Z M21 5 H14.5 Q12 5 12 7.5 V20 Q12 18 14.5 18 H21 Z",
        "expand": "M14 4 H20 V10 M10 20 H4 V14 M20 4 L13.5 10.5 M4 20 L10.5 13.5",
        "pinch": "M9 9 L4 4 M4 9 V4 H9 M15 15 L20 20 M20 15 V20 H15",
        "backspace": "M8.5 5 H20.5 V19 H8.5 L2.5 12 Z M11.5 9 L17 14.5 M17 9 L11.5 14.5"
    })

    implicitWidth: size
    implicitHeight: size
    visible: name.length > 0

    Shape {
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer

        ShapePath {
            scale: Qt.size(icon.size / 24, icon.size / 24)
            strokeColor: icon.colour
            strokeWidth: icon.strokeWidth * icon.size / 24
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: icon.paths[icon.name] || "" }
        }
    }
}
