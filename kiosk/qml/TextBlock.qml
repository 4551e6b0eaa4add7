// Body text: paragraphs with glossary words underlined in the accent colour.
// Tapping such a word opens its glossary card (Python decides what a link means).
import QtQuick

Item {
    id: root

    property var block: ({})
    property QtObject view: null

    objectName: "textBlock"
    implicitHeight: body.implicitHeight

    Text {
        id: body
        width: parent.width
        text: root.block.html || ""
        textFormat: Text.StyledText
        wrapMode: Text.Wrap
        color: Theme.text
        linkColor: Theme.accent
        font.family: Theme.sans
        font.pixelSize: Theme.body
        lineHeight: Theme.lineHeight
        onLinkActivated: link => root.view.openLink(link)
        Accessible.role: Accessible.StaticText
        Accessible.name: Theme.plainText(text)
    }
}
