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
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: root

    property var block: ({})
    property var words: ({})
    property QtObject view: null
    property bool current: false
    property real fillHeight: 0

    readonly property bool wide: width > height * 1.2
    readonly property real edge: Theme.px(14)

    objectName: "mapBlock"
    implicitHeight: fillHeight

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
            font.pixelSize: hint.stacked ? Theme.px(22) : Theme.caption
            lineHeight: 1.05
            wrapMode: Text.Wrap
        }
    }

    // The title, on one line if a slightly smaller size allows it: every line the
    // title takes is a line less of map.
    TextMetrics {
        id: titleMetrics
        font.family: Theme.serif
        font.pixelSize: Theme.px(28)
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
        font.pixelSize: titleMetrics.advanceWidth > width ? Theme.px(26) : Theme.px(28)
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
            width: Theme.px(206)
            color: Theme.background

            Rectangle {
                width: Math.max(1, Theme.px(2))
                height: parent.height
                color: Theme.hairline
            }

            Column {
                x: root.edge + Theme.px(6)
                y: zoomButtons.y - side.y + zoomButtons.height + Theme.px(24)
                width: side.width - x - root.edge
                spacing: Theme.px(22)

                MapHint { width: parent.width; visible: root.wide; stacked: true }
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

        // Today's borders, not 1937's; and whose outlines these are.
        Rectangle {
            id: note
            objectName: "mapNote"
            anchors { left: mapView.left; right: mapView.right; bottom: mapView.bottom }
            height: Math.max(borders.height, credit.height) + 2 * Theme.px(8)
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
                anchors.verticalCenter: parent.verticalCenter
                width: credit.x - x - Theme.gap
                text: root.words.map_borders || ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.px(22)
                wrapMode: Text.Wrap
            }

            Text {
                id: credit
                objectName: "mapCredit"
                x: parent.width - width - root.edge
                anchors.bottom: borders.bottom
                text: root.block.credit || ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.px(22)
            }
        }
    }

    Column {
        id: footer
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.px(8)

        MapKey { width: parent.width }
        MapHint { width: parent.width; visible: !root.wide }

        SourceLine {
            width: parent.width
            source: root.block.source || ""
            prefix: root.words.source || ""
        }
    }
}
