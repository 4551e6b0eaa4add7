// The first kiosk window: the exhibition's title and its panels as cards.
// Python (kiosk/app.py) sets every required property; this file only lays out.
import QtQuick

Window {
    id: root

    required property string exhibitionTitle
    required property string exhibitionSubtitle
    required property var panels
    required property color backgroundColour
    required property color surfaceColour
    required property color textColour
    required property color mutedTextColour
    required property color accentColour

    readonly property int margin: 64
    readonly property int bodySize: 28

    title: exhibitionTitle
    color: backgroundColour

    Column {
        id: header
        objectName: "header"
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: root.margin }
        spacing: 12

        Text {
            objectName: "exhibitionTitle"
            width: parent.width
            text: root.exhibitionTitle
            color: root.textColour
            font.pixelSize: 56
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }

        Text {
            objectName: "exhibitionSubtitle"
            width: parent.width
            visible: text.length > 0
            text: root.exhibitionSubtitle
            color: root.mutedTextColour
            font.pixelSize: 30
            wrapMode: Text.WordWrap
        }

        Rectangle { width: 96; height: 4; color: root.accentColour }
    }

    ListView {
        id: panelList
        objectName: "panelList"
        anchors {
            left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom
            leftMargin: root.margin; rightMargin: root.margin; topMargin: 40
        }
        clip: true
        spacing: 20
        bottomMargin: root.margin
        model: root.panels

        delegate: Rectangle {
            id: card

            required property string panelId
            required property string title
            required property string summary
            required property color colour

            objectName: "panelCard"
            width: ListView.view.width
            height: Math.max(120, texts.implicitHeight + 48)
            radius: 8
            color: root.surfaceColour

            Rectangle {
                objectName: "panelColourBar"
                width: 16
                height: parent.height
                radius: 8
                color: card.colour
            }

            Column {
                id: texts
                anchors {
                    left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                    leftMargin: 48; rightMargin: 32
                }
                spacing: 8

                Text {
                    objectName: "panelTitle"
                    width: parent.width
                    text: card.title
                    color: root.textColour
                    font.pixelSize: 36
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }

                Text {
                    objectName: "panelSummary"
                    width: parent.width
                    text: card.summary
                    color: root.mutedTextColour
                    font.pixelSize: root.bodySize
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
