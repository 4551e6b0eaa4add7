// The curator's preview, started on content that cannot be shown yet: the problems,
// and nothing else. kiosk/app.py replaces this window with the exhibition as soon
// as the files load without errors.
import QtQuick

Window {
    id: root

    required property QtObject live
    property string sansFamily: ""

    title: "kiosk preview: waiting for content without errors"
    color: "#14110f"

    Binding { target: Theme; property: "windowWidth"; value: root.width }
    Binding { target: Theme; property: "windowHeight"; value: root.height }
    Binding { target: Theme; property: "sans"; value: root.sansFamily }

    Column {
        id: intro
        x: Theme.margin
        y: Theme.margin
        width: root.width - 2 * Theme.margin
        spacing: Theme.gap

        Text {
            width: parent.width
            text: "The exhibition cannot be shown yet"
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.cardTitle
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            text: "Fix the problems below and save the files: the exhibition appears "
                + "here by itself."
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.body
            wrapMode: Text.Wrap
        }
    }

    ProblemBanner {
        live: root.live
        nothingShown: true
        anchors { left: parent.left; right: parent.right; top: intro.bottom; topMargin: Theme.gap }
        maxHeight: root.height - intro.y - intro.height - Theme.gap
    }
}
