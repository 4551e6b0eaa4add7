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
    // Where a card may be: below the top bar (the accessibility and language buttons
    // stay above every card), clear of the bottom edge. A card taller than that room
    // scrolls its words (CardBody); one that fits is centred.
    readonly property real cardTop: Theme.barHeight
    readonly property real cardRoom: height - cardTop - Theme.px(24)
    // A card's padding: a little less where "within reach" leaves it half the screen.
    readonly property real cardPad: Theme.px(Theme.lowReach ? 36 : 56)

    signal dismissed()

    function cardY(cardHeight) {
        return Math.max(cardTop, Math.round((height - cardHeight) / 2))
    }

    // A card's width: `least`, or what ≈55 characters of its text (`textSize`) need
    // inside its padding, as the visitor's text size grows; within the screen's margins.
    function cardWidth(least, textSize, pad) {
        return Math.min(Math.max(least, 27 * textSize + 2 * pad), width - 2 * Theme.margin)
    }

    anchors.fill: parent
    visible: shown

    // For a screen reader the layer is the card's dialog: each card gives it a name
    // (its title) and, where its text is not otherwise read, a description.
    Accessible.role: Accessible.Dialog

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
