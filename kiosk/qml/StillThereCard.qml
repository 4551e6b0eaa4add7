// "Are you still there?": after a while without a touch, a calm question with a
// countdown. Any touch anywhere keeps the session (the idle monitor sees it first);
// this layer takes that touch, to the last lifted finger, so that it presses
// nothing beneath, not even the Continue button's own place on the screen below.
import QtQuick

Item {
    id: layer

    required property QtObject kiosk
    readonly property QtObject idle: kiosk.idle
    readonly property var words: kiosk.session.words
    readonly property bool asking: idle.state === "warning"
    readonly property real pad: Theme.px(56)

    objectName: "stillThere"
    anchors.fill: parent
    visible: asking || shield.busy

    // A slow fade where there is a GPU; at once where the CPU paints.
    onAskingChanged: if (asking && Theme.fadeDuration > 0) entrance.restart()

    OpacityAnimator {
        id: entrance
        target: dim; from: 0; to: 1; duration: 600
        easing.type: Easing.InOutQuad
    }

    Rectangle {
        id: dim
        anchors.fill: parent
        visible: layer.asking
        color: Theme.dim

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
                        anchors.verticalCenter: parent.verticalCenter
                        size: Theme.px(150)
                        seconds: layer.idle.secondsLeft
                        total: layer.idle.warningSeconds
                        running: layer.asking
                    }

                    Text {
                        objectName: "stillThereTitle"
                        width: parent.width - countdown.width - parent.spacing
                        height: Math.max(countdown.height, implicitHeight)
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
                    id: stillThereHint
                    objectName: "stillThereHint"
                    width: parent.width
                    text: (layer.words.still_there_hint || "")
                          .replace("{seconds}", layer.idle.secondsLeft)
                    color: Theme.mutedText
                    font.family: Theme.sans
                    font.pixelSize: Theme.type(32)
                    lineHeight: Theme.lineHeight
                    wrapMode: Text.Wrap
                }

                // The shield above takes its touch; the monitor has seen it by then.
                TouchButton {
                    objectName: "stillThereContinue"
                    width: parent.width
                    height: Math.round(Theme.control * 1.3)
                    text: layer.words.resume || ""
                    icon: "next"
                    iconAfterText: true
                    fontSize: Theme.type(36)
                    bold: true
                    fill: Theme.accent
                    ink: Theme.inkOn(Theme.accent)
                    onTapped: layer.idle.extend()
                }
            }
        }
    }

    TouchShield {
        id: shield
        anchors.fill: parent
        Accessible.role: Accessible.AlertMessage
        Accessible.name: layer.words.still_there || ""
        Accessible.description: stillThereHint.text
        Accessible.onPressAction: layer.idle.extend()
    }
}
