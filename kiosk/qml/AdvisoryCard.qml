// The content advisory, before the first panel of a visit: read, then Continue.
import QtQuick

OverlayLayer {
    id: layer

    required property QtObject kiosk
    readonly property var words: kiosk.session.words
    readonly property real pad: Theme.px(56)

    objectName: "advisoryOverlay"
    shown: kiosk.navigator.overlay === "advisory"
    card: card
    onDismissed: kiosk.navigator.closeOverlay()

    Rectangle {
        id: card
        objectName: "advisoryCard"
        anchors.centerIn: parent
        width: Math.min(Theme.px(1040), parent.width - 2 * Theme.margin)
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
            spacing: Theme.px(28)

            Text {
                objectName: "advisoryTitle"
                width: parent.width
                text: layer.words.advisory_title || ""
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.pageTitle
                layer.enabled: Theme.cacheText(font.pixelSize)
                font.bold: true
                wrapMode: Text.Wrap
            }

            Rectangle {
                width: Theme.px(96)
                height: Math.max(2, Theme.px(5))
                color: Theme.accent
            }

            Text {
                objectName: "advisoryText"
                width: parent.width
                text: layer.kiosk.view.advisory
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.px(34)
                lineHeight: Theme.lineHeight
                wrapMode: Text.Wrap
            }

            Item { width: 1; height: Theme.px(8) }

            TouchButton {
                objectName: "continueButton"
                width: parent.width
                height: Math.round(Theme.control * 1.15)
                text: layer.words.resume || ""
                icon: "next"
                iconAfterText: true
                fontSize: Theme.px(32)
                bold: true
                fill: Theme.accent
                ink: Theme.inkOn(Theme.accent)
                onTapped: layer.kiosk.navigator.acceptAdvisory()
            }
        }
    }
}
