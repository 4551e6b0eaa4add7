// What every card on top of a screen shares: the screen behind is dimmed and takes
// no touches; tapping the dimmed part outside `card` asks to close (`dismissed`).
// It appears with a quick fade (render-thread Animators) where there is a GPU to
// draw it, at once where there is not; it always closes at once.
import QtQuick

Item {
    id: layer

    property bool shown: false
    property Item card: null
    property bool dismissable: true
    property color shade: Theme.dim

    signal dismissed()

    anchors.fill: parent
    visible: shown

    onShownChanged: if (shown && Theme.fadeDuration > 0) entrance.restart()

    Rectangle {
        id: dim
        anchors.fill: parent
        color: layer.shade
    }

    // Takes every touch that reaches the layer, so nothing underneath reacts.
    TapHandler {
        gesturePolicy: TapHandler.WithinBounds
        onTapped: eventPoint => {
            if (!layer.dismissable)
                return
            const card = layer.card
            const point = card ? card.mapFromItem(layer, eventPoint.position) : null
            if (!card || !card.contains(point))
                layer.dismissed()
        }
    }

    ParallelAnimation {
        id: entrance
        OpacityAnimator { target: dim; from: 0; to: 1; duration: Theme.fadeDuration }
        OpacityAnimator { target: layer.card; from: 0; to: 1; duration: Theme.fadeDuration }
        ScaleAnimator {
            target: layer.card; from: 0.97; to: 1; duration: Theme.fadeDuration
            easing.type: Easing.OutCubic
        }
    }
}
