// The words of a card, in a column that scrolls when the card has less room than they
// need: with the largest text, or "within reach" (the lower half of the screen only).
// Then a thin bar beside them and a soft fade at the bottom say that there is more.
// The card sets its height; `implicitHeight` is what the words need.
import QtQuick

Item {
    id: body

    default property alias content: column.data
    property alias spacing: column.spacing
    property color surface: Theme.surface      // the card's colour, for the fade
    property real barGap: Theme.px(20)         // from the words to the bar, in the card's padding
    readonly property bool scrolls: flick.contentHeight > flick.height + 1

    // Back to the first line: a new card, or the same card opened again.
    function toTop() {
        flick.cancelFlick()
        flick.contentY = 0
    }

    implicitHeight: column.implicitHeight
    onVisibleChanged: if (visible) toTop()

    Flickable {
        id: flick
        objectName: "cardFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        interactive: body.scrolls
        clip: body.scrolls

        Column {
            id: column
            width: flick.width
        }
    }

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Math.min(Theme.px(72), parent.height / 4)
        visible: body.scrolls && !flick.atYEnd
        gradient: Gradient {
            GradientStop { position: 0; color: Qt.rgba(body.surface.r, body.surface.g, body.surface.b, 0) }
            GradientStop { position: 1; color: body.surface }
        }
    }

    Rectangle {
        objectName: "scrollBar"
        x: parent.width + body.barGap
        y: flick.visibleArea.yPosition * flick.height
        width: Math.max(3, Theme.px(6))
        height: flick.visibleArea.heightRatio * flick.height
        radius: width / 2
        visible: body.scrolls
        color: Theme.mutedText
        opacity: 0.5
    }
}
