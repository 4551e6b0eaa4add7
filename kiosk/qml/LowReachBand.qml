// The upper half of the screen while "within reach" is on: every control and the
// reading area are below it, in reach from a wheelchair; up here only what the
// visitor is looking at, named quietly, and nothing to touch.
import QtQuick

Rectangle {
    id: band

    required property QtObject kiosk
    readonly property QtObject view: kiosk.view
    readonly property bool inPanel: kiosk.navigator.screen === "panel"

    objectName: "lowReachBand"
    color: Theme.background
    Accessible.ignored: true

    Column {
        anchors {
            left: parent.left; right: parent.right; bottom: parent.bottom
            margins: Theme.margin
        }
        spacing: Theme.px(20)

        Text {
            width: parent.width
            text: band.view.title
            color: Theme.mutedText
            font.family: Theme.serif
            font.pixelSize: Theme.type(40)
            font.bold: true
            wrapMode: Text.Wrap
        }

        Text {
            width: parent.width
            visible: !band.inPanel && text.length > 0
            text: band.view.subtitle
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.type(34)
            wrapMode: Text.Wrap
        }

        Text {
            width: parent.width
            visible: band.inPanel
            text: band.view.panelTitle
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.type(60)
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }

        Rectangle {
            width: Theme.px(120)
            height: Math.max(2, Theme.px(5))
            color: Theme.accent
        }
    }
}
