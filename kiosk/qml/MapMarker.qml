// A place's marker, its shape telling what the place is (colour only helps):
// a diamond for an execution site, a square for a burial site, a ring for a
// region, a dot for any other place. `radius` is how far it reaches from its centre.
import QtQuick

Item {
    id: marker

    property string kind: "place"
    property real radius: Theme.px(8)
    readonly property real outline: Math.max(1, Theme.px(2))
    readonly property color ink: kind === "burial-site" ? Theme.text
                               : kind === "place" ? Theme.mutedText
                               : Theme.accent

    implicitWidth: 2 * radius
    implicitHeight: 2 * radius

    // Execution site: a diamond whose corners reach `radius`.
    Rectangle {
        visible: marker.kind === "execution-site"
        anchors.centerIn: parent
        width: marker.radius * Math.SQRT2
        height: width
        rotation: 45
        antialiasing: true
        color: marker.ink
        border.color: Theme.background
        border.width: marker.outline
    }

    // Burial site: a square a little inside `radius`.
    Rectangle {
        visible: marker.kind === "burial-site"
        anchors.centerIn: parent
        width: marker.radius * 1.7
        height: width
        color: marker.ink
        border.color: Theme.background
        border.width: marker.outline
    }

    // Region: an open ring, for an area rather than a spot.
    Rectangle {
        visible: marker.kind === "region"
        anchors.fill: parent
        radius: width / 2
        color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.55)
        border.color: marker.ink
        border.width: Math.max(2, Theme.px(3.5))
    }

    // Any other place: a dot.
    Rectangle {
        visible: marker.kind === "place"
        anchors.centerIn: parent
        width: marker.radius * 1.6
        height: width
        radius: width / 2
        color: marker.ink
        border.color: Theme.background
        border.width: marker.outline
    }
}
