// A timeline event or a map place, opened by tapping it: a kicker (its date, or
// what kind of place it is), its name, what happened and the source.
import QtQuick

OverlayLayer {
    id: layer

    required property QtObject kiosk
    readonly property var words: kiosk.session.words
    readonly property var detail: kiosk.navigator.overlayData
    readonly property real pad: cardPad

    objectName: "detailOverlay"
    shown: kiosk.navigator.overlay === "detail"
    card: card
    onDismissed: kiosk.navigator.closeOverlay()
    Accessible.name: detail.title || ""
    Accessible.description: detail.kicker || ""
    onDetailChanged: body.toTop()

    Rectangle {
        id: card
        objectName: "detailCard"
        x: Math.round((parent.width - width) / 2)
        y: layer.cardY(height)
        width: layer.cardWidth(Theme.px(1000), Theme.type(32), layer.pad)
        height: Math.min(body.y + body.implicitHeight + layer.pad, layer.cardRoom)
        radius: Theme.px(16)
        color: Theme.surface
        border.color: Theme.hairline
        border.width: Math.max(1, Theme.px(2))

        // The kicker and Close stay at the top; the words (a long transcript, large
        // type) scroll if they must.
        Item {
            id: header
            x: layer.pad
            y: layer.pad
            width: parent.width - 2 * layer.pad
            height: closeButton.height

            Text {
                objectName: "detailKicker"
                anchors.verticalCenter: parent.verticalCenter
                width: closeButton.x - Theme.gap
                elide: Text.ElideRight
                text: layer.detail.kicker || ""
                color: Theme.accent
                font.family: Theme.sans
                font.pixelSize: Theme.label
                font.bold: true
                font.capitalization: Font.AllUppercase
                font.letterSpacing: Theme.px(2.5)
            }

            TouchButton {
                id: closeButton
                objectName: "closeButton"
                anchors.right: parent.right
                icon: "close"
                text: layer.words.close || ""
                fill: Theme.background
                outline: Theme.hairline
                onTapped: layer.kiosk.navigator.closeOverlay()
            }
        }

        CardBody {
            id: body
            x: layer.pad
            y: header.y + header.height + spacing
            width: header.width
            height: parent.height - y - layer.pad
            spacing: Theme.px(24)

            Text {
                objectName: "detailTitle"
                width: parent.width
                text: layer.detail.title || ""
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.pageTitle
                layer.enabled: Theme.cacheText(font.pixelSize)
                font.bold: true
                wrapMode: Text.Wrap
            }

            Text {
                objectName: "detailText"
                width: parent.width
                visible: text.length > 0
                text: layer.detail.html || ""
                textFormat: Text.StyledText
                linkColor: Theme.accent
                onLinkActivated: link => layer.kiosk.view.openLink(link)
                Accessible.role: Accessible.StaticText
                Accessible.name: Theme.plainText(text)
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.type(32)
                lineHeight: Theme.lineHeight
                wrapMode: Text.Wrap
            }

            SourceLine {
                width: parent.width
                source: layer.detail.source || ""
                prefix: layer.words.source || ""
            }
        }
    }
}
