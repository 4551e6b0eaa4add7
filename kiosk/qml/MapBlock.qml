// A map block: its title, the map (MapView) in a plain frame, and its sources. It
// fills the height the page leaves it (`fillHeight`), so the page never scrolls
// under a finger exploring the map.
//
// On the map: the note that its borders are today's (and whose outlines they are)
// along its bottom; the zoom buttons at its top right; once the visitor has zoomed
// in, "show all" at its bottom left. Under the map, the key. A wide block
// (landscape) keeps the hint in a column on the map's right, under the buttons, so
// the map keeps as much height as it can; a tall one (portrait) has it under the
// key. The map's "show all" view leaves room for all of these, so no place or name
// is ever hidden under them.
//
// Larger text (Theme.textScale) takes more of the block: the side column widens
// with it, a wide block keeps the hint beside the map only while it fits there, and
// the block grows beyond the room the page gives it (the page then scrolls) rather
// than leave the map less than `minimumMap` tall.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: root

    property var block: ({})
    property var words: ({})
    property QtObject view: null
    property bool current: false
    property real fillHeight: 0

    readonly property real edge: Theme.px(14)
    readonly property real minimumMap: Theme.type(300)   // names grow with the text: so does the map
    readonly property real frameTop: title.height + (title.text.length > 0 ? Theme.px(14) : 0)
    // The hint beside the map, under the buttons, if the block is wide and it fits
    // there (decided on the room the page gives, not on the block's own height, which
    // follows from it).
    readonly property real sideHintTop: root.edge + Theme.control + Theme.px(24)
    readonly property real wideFrame: fillHeight - frameTop - Theme.px(12) - key.height
                                      - source.height - footer.spacing
    readonly property bool wide: width > fillHeight * 1.2
                                 && sideHintTop + sideHint.implicitHeight + root.edge
                                    <= wideFrame - note.height
                                 && width - side.width >= Theme.px(400)

    objectName: "mapBlock"
    implicitHeight: Math.max(fillHeight, frameTop + note.height + minimumMap + Theme.px(12)
                                         + footer.height)

    Accessible.role: Accessible.Graphic
    Accessible.name: block.title || ""
    Accessible.description: block.description || ""

    // A visitor who leaves the page finds the whole map again when they come back.
    onCurrentChanged: if (!current) mapView.showAll(false)

    // The kinds of place, each with its marker.
    component MapKey: Flow {
        objectName: "mapKey"
        spacing: Theme.px(8)

        Repeater {
            model: root.block.kinds || []

            delegate: Row {
                id: keyItem
                required property var modelData
                spacing: Theme.px(10)
                rightPadding: Theme.px(20)

                Item {
                    width: Theme.px(26)
                    height: Theme.px(26)
                    anchors.verticalCenter: parent.verticalCenter
                    MapMarker {
                        anchors.centerIn: parent
                        kind: keyItem.modelData.kind
                        radius: Theme.px(10)
                    }
                }

                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    text: keyItem.modelData.word
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.caption
                }
            }
        }
    }

    // How to use the map: the pinch icon beside the words, or above them in a column.
    component MapHint: Item {
        id: hint

        property bool stacked: false

        implicitHeight: stacked ? hintIcon.height + Theme.px(8) + hintText.height
                                : Math.max(hintIcon.height, hintText.height)

        Icon {
            id: hintIcon
            name: "pinch"
            colour: Theme.mutedText
            size: Theme.px(30)
            // Without a GPU, a shape below the page's visible part (a block taller
            // than the screen) leaves traces outside the page's clip while the page
            // slides in; drawn into a layer, it is clipped like a picture.
            layer.enabled: Theme.softwareRendering
        }

        Text {
            id: hintText
            objectName: "mapHint"
            x: hint.stacked ? 0 : hintIcon.width + Theme.px(12)
            y: hint.stacked ? hintIcon.height + Theme.px(8) : 0
            width: hint.width - x
            text: root.words.map_hint || ""
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: hint.stacked ? Theme.type(22) : Theme.caption
            lineHeight: 1.05
            wrapMode: Text.Wrap
        }
    }

    // The title, on one line if a slightly smaller size allows it: every line the
    // title takes is a line less of map.
    TextMetrics {
        id: titleMetrics
        font.family: Theme.serif
        font.pixelSize: Theme.type(28)
        font.bold: true
        text: title.text
    }

    Text {
        id: title
        objectName: "mapTitle"
        width: parent.width
        text: root.block.title || ""
        color: Theme.text
        font.family: Theme.serif
        font.pixelSize: titleMetrics.advanceWidth > width ? Theme.type(26) : Theme.type(28)
        font.bold: true
        lineHeight: 0.95
        wrapMode: Text.Wrap
    }

    // The map's frame: a plain neatline, as on a printed map.
    Rectangle {
        id: frame
        anchors {
            top: title.bottom; topMargin: title.text.length > 0 ? Theme.px(14) : 0
            bottom: footer.top; bottomMargin: Theme.px(12)
        }
        width: parent.width
        color: "transparent"
        border.color: Theme.hairline
        border.width: Math.max(1, Theme.px(2))

        MapView {
            id: mapView
            anchors.fill: parent
            anchors.margins: frame.border.width
            block: root.block
            view: root.view
            insetRight: root.wide ? side.width : zoomButtons.width + 2 * root.edge
            insetBottom: note.height
        }

        // Beside a wide map: a column for the buttons, the key and the hint.
        Rectangle {
            id: side
            objectName: "mapSide"
            visible: root.wide
            anchors { top: mapView.top; bottom: note.top; right: mapView.right }
            width: Math.max(Theme.px(206), Theme.type(180))
            color: Theme.background

            Rectangle {
                width: Math.max(1, Theme.px(2))
                height: parent.height
                color: Theme.hairline
            }

            Column {
                x: root.edge + Theme.px(6)
                y: root.sideHintTop
                width: side.width - x - root.edge
                spacing: Theme.px(22)

                MapHint { id: sideHint; width: parent.width; stacked: true }
            }
        }

        Grid {
            id: zoomButtons
            anchors { top: mapView.top; right: mapView.right; margins: root.edge }
            columns: root.wide ? 2 : 1
            spacing: Theme.px(12)
            layoutDirection: Qt.RightToLeft

            TouchButton {
                objectName: "zoomInButton"
                text: "+"
                fontSize: Theme.px(44)
                fill: Theme.surface
                outline: Theme.hairline
                enabled: mapView.zoom < mapView.maxZoom - 0.001
                Accessible.name: root.words.zoom_in || ""
                onTapped: mapView.zoomStep(1.6)
            }

            TouchButton {
                objectName: "zoomOutButton"
                text: "\u2212"
                fontSize: Theme.px(44)
                fill: Theme.surface
                outline: Theme.hairline
                enabled: mapView.zoom > 1.001
                Accessible.name: root.words.zoom_out || ""
                onTapped: mapView.zoomStep(1 / 1.6)
            }
        }

        // Back to the whole map: only needed, so only shown, once the visitor has zoomed in.
        TouchButton {
            objectName: "showAllButton"
            anchors { left: mapView.left; bottom: note.top; margins: root.edge }
            icon: "expand"
            text: root.words.show_all || ""
            fill: Theme.surface
            outline: Theme.hairline
            visible: opacity > 0
            opacity: mapView.zoom > 1.001 ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: Theme.fadeDuration } }
            onTapped: mapView.showAll(true)
        }

        // Today's borders, not 1937's; and whose outlines these are: beside the note,
        // or under it where the credit would leave the note less than two thirds of
        // the width.
        Rectangle {
            id: note
            objectName: "mapNote"
            readonly property real inset: Theme.px(8)
            readonly property bool stacked: credit.implicitWidth + Theme.gap
                                            > (width - 2 * root.edge) / 3
            anchors { left: mapView.left; right: mapView.right; bottom: mapView.bottom }
            height: (stacked ? borders.height + credit.height
                             : Math.max(borders.height, credit.height)) + 2 * inset
            color: Theme.background

            Rectangle {
                width: parent.width
                height: Math.max(1, Theme.px(2))
                color: Theme.hairline
            }

            Text {
                id: borders
                objectName: "mapBorders"
                x: root.edge
                y: note.stacked ? note.inset : (note.height - height) / 2
                width: note.stacked ? note.width - 2 * root.edge : credit.x - x - Theme.gap
                text: root.words.map_borders || ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.type(22)
                wrapMode: Text.Wrap
            }

            Text {
                id: credit
                objectName: "mapCredit"
                x: parent.width - width - root.edge
                y: note.stacked ? borders.y + borders.height : borders.y + borders.height - height
                text: root.block.credit || ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.type(22)
            }
        }
    }

    Column {
        id: footer
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.px(8)

        MapKey { id: key; width: parent.width }
        MapHint { width: parent.width; visible: !root.wide }

        SourceLine {
            id: source
            width: parent.width
            source: root.block.source || ""
            prefix: root.words.source || ""
        }
    }
}
