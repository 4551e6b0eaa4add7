// The content advisory, before the first panel of a visit: read, then Continue.
import QtQuick

OverlayLayer {
    id: layer

    required property QtObject kiosk
    readonly property var words: kiosk.session.words
    readonly property real pad: cardPad

    objectName: "advisoryOverlay"
    shown: kiosk.navigator.overlay === "advisory"
    card: card
    onDismissed: kiosk.navigator.closeOverlay()
    Accessible.name: words.advisory_title || ""
    Accessible.description: kiosk.view.advisory

    Rectangle {
        id: card
        // From the words to Continue: the column's spacing, a little more, and again.
        readonly property real below: 2 * body.spacing + Theme.px(8)

        objectName: "advisoryCard"
        x: Math.round((parent.width - width) / 2)
        y: layer.cardY(height)
        width: layer.cardWidth(Theme.px(1040), Theme.type(34), layer.pad)
        height: Math.min(2 * layer.pad + body.implicitHeight + below + continueButton.height,
                         layer.cardRoom)
        radius: Theme.px(16)
        color: Theme.surface
        border.color: Theme.hairline
        border.width: Math.max(1, Theme.px(2))

        // The words scroll if they must; Continue stays at the bottom of the card.
        CardBody {
            id: body
            x: layer.pad
            y: layer.pad
            width: parent.width - 2 * layer.pad
            height: continueButton.y - card.below - y
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
                font.pixelSize: Theme.type(34)
                lineHeight: Theme.lineHeight
                wrapMode: Text.Wrap
            }
        }

        TouchButton {
            id: continueButton
            objectName: "continueButton"
            x: layer.pad
            y: card.height - layer.pad - height
            width: parent.width - 2 * layer.pad
            height: Math.round(Theme.control * 1.15)
            text: layer.words.resume || ""
            icon: "next"
            iconAfterText: true
            fontSize: Theme.type(32)
            bold: true
            fill: Theme.accent
            ink: Theme.inkOn(Theme.accent)
            onTapped: layer.kiosk.navigator.acceptAdvisory()
        }
    }
}
