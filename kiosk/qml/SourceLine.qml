// "Source: Werth 2010" under a quote, figure or data card.
import QtQuick

Text {
    property string source: ""
    property string prefix: ""

    objectName: "sourceLine"
    visible: source.length > 0
    text: prefix.length > 0 ? prefix + ": " + source : source
    color: Theme.mutedText
    font.family: Theme.sans
    font.pixelSize: Theme.caption
    lineHeight: 1.05
    wrapMode: Text.Wrap
}
