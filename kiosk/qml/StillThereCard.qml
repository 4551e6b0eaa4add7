// "Are you still there?": after a while without a touch, a calm question with a
// countdown. Any touch anywhere keeps the session (the idle monitor sees it first);
// this layer only makes sure that touch presses nothing underneath.
import QtQuick

Rectangle {
    id: layer

    required property QtObject kiosk
    readonly property QtObject idle: kiosk.idle
    readonly property var words: kiosk.session.words
    readonly property real pad: Theme.px(56)

    objectName: "stillThere"
    anchors.fill: parent
    visible: idle.state === "warning"
    color: Theme.dim

    // Takes every touch and click, so nothing beneath is pressed.
    MultiPointTouchArea { anchors.fill: parent; mouseEnabled: true }

    Rectangle {
        id: card
        objectName: "stillThereCard"
        anchors.centerIn: parent
        width: Math.min(Theme.px(980), parent.width - 2 * Theme.margin)
        height: column.implicitHeight + 2 * layer.pad
        radius: Theme.px(16)
        color: Theme.surface
        border.color: Theme.hairline
        border.width: Math.max(1, Theme.px(2))

        Column {
            id: column
            x: layer.pad
            y: layer.pad
            width: parent.width - 2 * layer.pad
            spacing: Theme.px(32)

            Row {
                width: parent.width
                spacing: Theme.px(36)

                Countdown {
                    id: countdown
                    objectName: "stillThereCountdown"
                    size: Theme.px(150)
                    seconds: layer.idle.secondsLeft
                    total: layer.idle.warningSeconds
                    running: layer.visible
                }

                Text {
                    objectName: "stillThereTitle"
                    width: parent.width - countdown.width - parent.spacing
                    height: countdown.height
                    verticalAlignment: Text.AlignVCenter
                    text: layer.words.still_there || ""
                    color: Theme.text
                    font.family: Theme.serif
                    font.pixelSize: Theme.pageTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                }
            }

            Text {
                objectName: "stillThereHint"
                width: parent.width
                text: (layer.words.still_there_hint || "")
                      .replace("{seconds}", layer.idle.secondsLeft)
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.px(32)
                lineHeight: Theme.lineHeight
                wrapMode: Text.Wrap
            }

            TouchButton {
                objectName: "stillThereContinue"
                width: parent.width
                height: Math.round(Theme.control * 1.3)
                text: layer.words.resume || ""
                icon: "next"
                iconAfterText: true
                fontSize: Theme.px(36)
                bold: true
                fill: Theme.accent
                ink: Theme.inkOn(Theme.accent)
                onTapped: layer.idle.extend()
            }
        }
    }
}
