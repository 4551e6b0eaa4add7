// The first screen: the exhibition's title and one large card per panel.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: home

    required property QtObject kiosk
    property real reservedRight: 0     // room kept free for the language switch

    readonly property QtObject view: kiosk.view
    readonly property int count: cards.count
    readonly property int columns: Theme.landscape ? (count <= 4 ? Math.max(count, 1) : 3)
                                                   : (count <= 4 ? 1 : 2)
    readonly property int rows: Math.max(1, Math.ceil(count / columns))
    readonly property real cardsWidth: width - 2 * Theme.margin
    readonly property real cardWidth: (cardsWidth - (columns - 1) * Theme.gap) / columns
    readonly property real cardsTop: header.y + header.height + Theme.px(72)
    readonly property real roomForCards: height - cardsTop - Theme.margin - (rows - 1) * Theme.gap
    readonly property real cardHeight: Math.max(Theme.px(300),
                                                Math.min(Theme.px(Theme.landscape ? 660 : 420),
                                                         roomForCards / rows))

    objectName: "homeScreen"

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: grid.y + grid.height + Theme.margin
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height + 1

        Column {
            id: header
            // Beside the language switch when there is room, else below it.
            readonly property bool besideSwitch: home.width - 2 * Theme.margin - home.reservedRight
                                                 >= Theme.px(1100)
            x: Theme.margin
            y: besideSwitch ? Theme.margin : Theme.barHeight + Theme.px(24)
            width: home.width - 2 * Theme.margin - (besideSwitch ? home.reservedRight : 0)
            spacing: Theme.px(20)

            Text {
                objectName: "exhibitionTitle"
                width: Math.min(parent.width, Theme.px(1500))
                text: home.view.title
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.exhibitionTitle
                layer.enabled: Theme.cacheText(font.pixelSize)
                font.bold: true
                lineHeight: 0.92
                wrapMode: Text.Wrap
            }

            Text {
                objectName: "exhibitionSubtitle"
                width: Math.min(parent.width, Theme.px(1300))
                visible: text.length > 0
                text: home.view.subtitle
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.px(34)
                lineHeight: 1.05
                wrapMode: Text.Wrap
            }

            Rectangle {
                width: Theme.px(120)
                height: Math.max(2, Theme.px(5))
                color: Theme.accent
            }
        }

        // Cards placed by their index, not by a Grid: a Grid positions new delegates
        // only at the next polish, and a touch in between would land on a stale place.
        Item {
            id: grid
            x: Theme.margin
            y: Math.max(home.cardsTop,
                        home.height - Theme.margin - home.rows * home.cardHeight
                        - (home.rows - 1) * Theme.gap)
            width: home.cardsWidth
            height: home.rows * home.cardHeight + (home.rows - 1) * Theme.gap

            Repeater {
                id: cards
                model: home.view.panels

                delegate: TouchButton {
                    id: card

                    required property int index
                    required property string title
                    required property string summary
                    required property color colour
                    required property string panelId

                    readonly property color cardInk: Theme.inkOn(colour)

                    objectName: "panelCard"
                    x: (index % home.columns) * (home.cardWidth + Theme.gap)
                    y: Math.floor(index / home.columns) * (home.cardHeight + Theme.gap)
                    width: home.cardWidth
                    height: home.cardHeight
                    text: title
                    showText: false
                    fill: colour
                    ink: cardInk
                    radius: Theme.px(16)
                    onTapped: home.kiosk.navigator.openPanel(index)

                    Text {
                        id: number
                        anchors { left: parent.left; top: parent.top; margins: Theme.px(40) }
                        text: (card.index + 1).toString()
                        color: card.cardInk
                        opacity: 0.75
                        font.family: Theme.serif
                        font.pixelSize: Theme.px(40)
                    }

                    Column {
                        anchors {
                            left: parent.left; right: parent.right; top: number.bottom
                            leftMargin: Theme.px(40)
                            // In a wide card the arrow sits to the right of the words.
                            rightMargin: card.width > Theme.px(700)
                                         ? Theme.px(64) + Theme.control : Theme.px(40)
                            topMargin: Theme.px(20)
                        }
                        spacing: Theme.px(18)

                        Text {
                            objectName: "panelTitle"
                            width: parent.width
                            text: card.title
                            color: card.cardInk
                            font.family: Theme.serif
                            font.pixelSize: Theme.cardTitle
                            layer.enabled: Theme.cacheText(font.pixelSize)
                            font.bold: true
                            lineHeight: 0.92
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                        }

                        Text {
                            objectName: "panelSummary"
                            width: parent.width
                            text: card.summary
                            color: card.cardInk
                            font.family: Theme.sans
                            font.pixelSize: Theme.body
                            lineHeight: 1.08
                            wrapMode: Text.Wrap
                            maximumLineCount: 4
                            elide: Text.ElideRight
                        }
                    }

                    Rectangle {
                        anchors { right: parent.right; bottom: parent.bottom; margins: Theme.px(32) }
                        width: Theme.control
                        height: width
                        radius: width / 2
                        color: "transparent"
                        border.color: card.cardInk
                        border.width: Math.max(1, Theme.px(2))

                        Icon {
                            anchors.centerIn: parent
                            name: "next"
                            colour: card.cardInk
                        }
                    }
                }
            }
        }
    }
}
