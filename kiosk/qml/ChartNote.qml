// A note pinned to a category: an accent rule on its left, then the words. Under a
// category's bars it needs no heading; under a running count it names its date.
// (Its `html` is built and escaped in Python.)
import QtQuick

Item {
    id: note

    property string text: ""
    property string html: ""        // instead of text: the note with its category in bold

    implicitHeight: words.height

    // A patch of the card's colour under the words, so gridlines pass behind them.
    Rectangle {
        width: Math.min(parent.width, words.x + words.contentWidth + Theme.px(8))
        height: parent.height
        color: Theme.surface
    }

    Rectangle {
        width: Math.max(2, Theme.px(4))
        height: parent.height
        radius: width / 2
        color: Theme.accent
    }

    Text {
        id: words
        objectName: "chartNote"
        x: Theme.px(18)
        width: parent.width - x
        text: note.html.length > 0 ? note.html : note.text
        textFormat: note.html.length > 0 ? Text.StyledText : Text.PlainText
        color: Theme.text
        font.family: Theme.sans
        font.pixelSize: Theme.caption
        lineHeight: 1.08
        wrapMode: Text.Wrap
    }
}
