// A glossary word explained: the term, its definition and its source.
import QtQuick

OverlayLayer {
    id: layer

    required property QtObject kiosk
    readonly property var words: kiosk.session.words
    readonly property var term: kiosk.navigator.overlayData
    readonly property real pad: cardPad

    objectName: "glossaryOverlay"
    shown: kiosk.navigator.overlay === "glossary"
    card: card
    onDismissed: kiosk.navigator.closeOverlay()
    onTermChanged: body.toTop()
    Accessible.name: term.term || ""
    Accessible.description: term.definition || ""

    Rectangle {
        id: card
        objectName: "glossaryCard"
        x: Math.round((parent.width - width) / 2)
        y: layer.cardY(height)
        width: layer.cardWidth(Theme.px(1000), Theme.type(32), layer.pad)
        height: Math.min(body.y + body.implicitHeight + layer.pad, layer.cardRoom)
        radius: Theme.px(16)
        color: Theme.surface
        border.color: Theme.hairline
        border.width: Math.max(1, Theme.px(2))

        // The kind and Close stay at the top; the words scroll if they must.
        Item {
            id: header
            x: layer.pad
            y: layer.pad
            width: parent.width - 2 * layer.pad
            height: closeButton.height

            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: layer.words.glossary || ""
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
                objectName: "glossaryTerm"
                width: parent.width
                text: layer.term.term || ""
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.pageTitle
                layer.enabled: Theme.cacheText(font.pixelSize)
                font.bold: true
                wrapMode: Text.Wrap
            }

            Text {
                objectName: "glossaryDefinition"
                width: parent.width
                text: layer.term.definition || ""
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.type(32)
                lineHeight: Theme.lineHeight
                wrapMode: Text.Wrap
            }

            SourceLine {
                width: parent.width
                source: layer.term.source || ""
                prefix: layer.words.source || ""
            }
        }
    }
}
