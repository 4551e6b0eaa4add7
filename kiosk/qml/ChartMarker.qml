// A series' mark: a circle, a square or a diamond in its colour, so that the
// lines of a running count differ in shape as well as in colour.
import QtQuick

Rectangle {
    property string shape: "circle"
    property real size: Theme.px(18)
    property color colour: Theme.accent

    readonly property bool diamond: shape === "diamond"

    // A diamond is a square turned by 45°: a smaller square covers the same area.
    width: diamond ? Math.round(size * 0.82) : size
    height: width
    radius: shape === "circle" ? width / 2 : Theme.px(3)
    rotation: diamond ? 45 : 0
    color: colour
    border.width: Math.max(1, Theme.px(2))
    border.color: Theme.surface
    antialiasing: true
}
