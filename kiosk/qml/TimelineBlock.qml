// A timeline of dated events, explored with the fingers: its title, the timeline
// itself (TimelineView: drag along the years, pinch to zoom, tap an event to open its
// card), large zoom buttons for visitors who cannot pinch, and a hint. It fills the
// height PageView leaves it (`fillHeight`), so the page never scrolls under a finger
// that explores it. kiosk/timeline.py computes everything shown; these files place it.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: root

    property var block: ({})
    property var words: ({})
    property QtObject view: null
    property bool current: false
    property real fillHeight: 0

    objectName: "timelineBlock"
    // The room the page leaves it, but never so little that one lane of flags, the axis
    // and its years do not fit (large text in the screen's lower half only): the block
    // then grows beyond that room, and the page scrolls.
    implicitHeight: Math.max(fillHeight, timeline.minimumHeight + Theme.px(16)
                             + (Theme.landscape ? Math.max(header.height, buttons.height)
                                                : header.height + Theme.px(20) + footer.height
                                                  + Theme.px(16) + buttons.height))
    onCurrentChanged: if (!current) timeline.stop()

    Accessible.role: Accessible.List
    Accessible.name: [block.kind || "", block.title || ""].filter(part => part.length > 0)
                                                          .join(": ")
    Accessible.description: block.description || ""

    // Landscape: the title and the hint on the left, the buttons on the right, above the
    // timeline. Portrait (a tall screen): the buttons and the hint below it, within reach.
    Column {
        id: header
        width: Theme.landscape ? parent.width - buttons.width - Theme.gap : parent.width
        spacing: Theme.px(6)

        Text {
            objectName: "timelineTitle"
            width: parent.width
            visible: text.length > 0
            text: root.block.title || ""
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.type(36)
            font.bold: true
            lineHeight: 0.95
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        Row {
            id: hintRow
            visible: Theme.landscape
            width: parent.width
            spacing: Theme.px(12)

            Icon {
                anchors.verticalCenter: parent.verticalCenter
                name: "pinch"
                colour: Theme.mutedText
            }

            Text {
                objectName: "timelineHint"
                anchors.verticalCenter: parent.verticalCenter
                width: hintRow.width - Theme.iconSize - hintRow.spacing
                text: root.words.timeline_hint || ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.caption
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }

    TimelineView {
        id: timeline
        anchors {
            top: Theme.landscape && buttons.height > header.height ? buttons.bottom : header.bottom
            topMargin: Theme.px(16)
            bottom: Theme.landscape ? parent.bottom : footer.top
            bottomMargin: Theme.landscape ? 0 : Theme.px(20)
        }
        width: parent.width
        block: root.block
        view: root.view
        words: root.words
    }

    Row {
        id: buttons
        x: Theme.landscape ? parent.width - width : 0
        y: Theme.landscape ? 0 : parent.height - height
        spacing: Theme.smallGap

        TouchButton {
            objectName: "zoomOutButton"
            text: "−  " + (root.words.zoom_out || "")
            Accessible.name: root.words.zoom_out || ""
            fill: Theme.background
            outline: Theme.hairline
            enabled: timeline.canZoomOut
            onTapped: timeline.zoomBy(0.5)
        }

        TouchButton {
            objectName: "zoomInButton"
            text: "+  " + (root.words.zoom_in || "")
            Accessible.name: root.words.zoom_in || ""
            fill: Theme.background
            outline: Theme.hairline
            enabled: timeline.canZoomIn
            onTapped: timeline.zoomBy(2)
        }

        TouchButton {
            objectName: "showAllButton"
            text: root.words.show_all || ""
            fill: Theme.background
            outline: Theme.hairline
            enabled: timeline.canZoomOut
            onTapped: timeline.showAll(true)
        }
    }

    // Portrait only: the hint above the buttons.
    Row {
        id: footer
        visible: !Theme.landscape
        y: buttons.y - height - Theme.px(16)
        width: parent.width
        spacing: Theme.px(12)

        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: "pinch"
            colour: Theme.mutedText
        }

        Text {
            objectName: "timelineHint"
            anchors.verticalCenter: parent.verticalCenter
            width: footer.width - Theme.iconSize - footer.spacing
            text: root.words.timeline_hint || ""
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
