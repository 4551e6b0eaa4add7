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
        "backspace": "M8.5 5 H20.5 V19 H8.5 L2.5 12 Z M11.5 9 L17 14.5 M17 9 L11.5 14.5",
        "play": "M7.5 4.5 L19 12 L7.5 19.5 Z",
        "pause": "M8.5 5 V19 M15.5 5 V19",
        "transcript": "M6 3.5 H14 L18.5 8 V20.5 H6 Z M14 3.5 V8 H18.5 M9 11.5 H15.5 M9 14.5 H15.5 M9 17.5 H13",
        "access": "M13.7 4.3 A1.7 1.7 0 1 1 10.3 4.3 A1.7 1.7 0 1 1 13.7 4.3 M4.5 8.5 L12 10 L19.5 8.5 M12 10 V14.5 M8.5 21 L12 14.5 L15.5 21"
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
