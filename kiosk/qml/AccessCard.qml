// The accessibility card, opened from the button beside the language switch on every
// screen: three text sizes, high contrast, and "within reach" (everything in the lower
// half of the screen). The choices are the visitor's (kiosk/preferences.py) and are
// undone when the session resets; the card says so.
pragma ComponentBehavior: Bound
import QtQuick

OverlayLayer {
    id: layer

    required property QtObject kiosk
    readonly property var words: kiosk.session.words
    readonly property QtObject access: kiosk.session.access
    readonly property real pad: Theme.px(48)

    objectName: "accessOverlay"
    shown: kiosk.navigator.overlay === "access"
    card: card
    onDismissed: kiosk.navigator.closeOverlay()
    Accessible.name: words.accessibility || ""

    Rectangle {
        id: card
        objectName: "accessCard"
        x: Math.round((parent.width - width) / 2)
        y: layer.cardY(height)
        width: Math.min(Theme.px(1000), parent.width - 2 * Theme.px(24))
        height: Math.min(column.implicitHeight + 2 * layer.pad, layer.cardRoom)
        radius: Theme.px(16)
        color: Theme.surface
        border.color: Theme.hairline
        border.width: Math.max(1, Theme.px(2))

        // Scrolls only when the largest text makes the card taller than the room.
        Flickable {
            anchors { fill: parent; margins: layer.pad }
            contentHeight: column.implicitHeight
            clip: contentHeight > height
            interactive: contentHeight > height + 1
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: column
                width: parent.width
                spacing: Theme.px(28)

                Item {
                    width: parent.width
                    height: Math.max(closeButton.height, title.height)

                    Text {
                        id: title
                        objectName: "accessTitle"
                        anchors.verticalCenter: parent.verticalCenter
                        width: closeButton.x - Theme.gap
                        text: layer.words.accessibility || ""
                        color: Theme.text
                        font.family: Theme.serif
                        font.pixelSize: Theme.cardTitle
                        font.bold: true
                        wrapMode: Text.Wrap
                    }

                    TouchButton {
                        id: closeButton
                        objectName: "accessCloseButton"
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                        icon: "close"
                        text: layer.words.close || ""
                        fill: Theme.background
                        outline: Theme.hairline
                        onTapped: layer.kiosk.navigator.closeOverlay()
                    }
                }

                // -- text size: one "A" per step, drawn at the size it gives -----------------
                Column {
                    width: parent.width
                    spacing: Theme.px(14)

                    Text {
                        text: layer.words.text_size || ""
                        color: Theme.text
                        font.family: Theme.sans
                        font.pixelSize: Theme.buttonText
                        font.bold: true
                    }

                    Row {
                        objectName: "textSizes"
                        spacing: Theme.px(16)

                        Repeater {
                            model: layer.access.textSizes

                            delegate: TouchButton {
                                required property int index
                                required property string modelData
                                readonly property bool current: layer.access.textSize === index

                                objectName: "textSizeButton"
                                width: Theme.control * 1.6
                                text: "A"
                                fontSize: Theme.px(30 + 12 * index)
                                bold: true
                                fill: current ? Theme.accent : Theme.background
                                ink: current ? Theme.inkOn(Theme.accent) : Theme.text
                                outline: current ? Theme.accent : Theme.hairline
                                Accessible.name: layer.words[modelData] || ""
                                Accessible.checkable: true
                                Accessible.checked: current
                                onTapped: layer.access.setTextSize(index)
                            }
                        }
                    }

                    Text {
                        objectName: "textSizeName"
                        text: layer.words[layer.access.textSizes[layer.access.textSize]] || ""
                        color: Theme.mutedText
                        font.family: Theme.sans
                        font.pixelSize: Theme.caption
                    }
                }

                AccessToggle {
                    objectName: "highContrastToggle"
                    width: parent.width
                    label: layer.words.high_contrast || ""
                    hint: layer.words.high_contrast_hint || ""
                    onWord: layer.words.switch_on || ""
                    offWord: layer.words.switch_off || ""
                    checked: layer.access.highContrast
                    onToggled: layer.access.setHighContrast(!checked)
                }

                AccessToggle {
                    objectName: "lowReachToggle"
                    width: parent.width
                    label: layer.words.low_reach || ""
                    hint: layer.words.low_reach_hint || ""
                    onWord: layer.words.switch_on || ""
                    offWord: layer.words.switch_off || ""
                    checked: layer.access.lowReach
                    onToggled: layer.access.setLowReach(!checked)
                }

                Text {
                    objectName: "accessHint"
                    width: parent.width
                    text: layer.words.accessibility_hint || ""
                    color: Theme.mutedText
                    font.family: Theme.sans
                    font.pixelSize: Theme.caption
                    lineHeight: Theme.lineHeight
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
