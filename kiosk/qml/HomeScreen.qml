// The first screen: the exhibition's title and one large card per panel.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: home

    required property QtObject kiosk
    property real reservedRight: 0     // room kept free for the language switch

    readonly property QtObject view: kiosk.view
    readonly property int count: cards.count
    // Up to four cards in a row, in as few rows as fit (7 panels: 4 + 3); in portrait
    // two columns once there are more than three. Larger text takes fewer columns.
    // Past two rows the screen scrolls.
    readonly property int widest: Theme.landscape ? (Theme.textScale > 1.1 ? 3 : 4)
                                                  : (Theme.textScale > 1.3 ? 1 : 2)
    readonly property int columns: Theme.landscape ? Math.max(1, Math.min(widest, count <= 4 ? count
                                                                : Math.ceil(count / 2)))
                                                   : (count <= 3 ? 1 : widest)
    readonly property int rows: Math.max(1, Math.ceil(count / columns))
    readonly property real cardsWidth: width - 2 * Theme.margin
    readonly property real cardWidth: (cardsWidth - (columns - 1) * Theme.gap) / columns
    // "Within reach" shows the title in the band above; the cards start below the
    // accessibility and language buttons.
    readonly property real cardsTop: Theme.lowReach ? Theme.barHeight + Theme.px(8)
                                                    : header.y + header.height + Theme.px(rows > 1 ? 48 : 72)
    readonly property real roomForCards: height - cardsTop - Theme.margin - (rows - 1) * Theme.gap
    // Tall enough for every card's whole title and summary.
    readonly property real neededHeight: {
        let most = 0
        for (let i = 0; i < cards.count; ++i) {
            const card = cards.itemAt(i)
            if (card)
                most = Math.max(most, card.neededHeight)
        }
        return most
    }
    readonly property real roomyHeight: Math.max(Theme.px(260),
                                                 Math.min(Theme.px(Theme.landscape ? 660 : 420),
                                                          roomForCards / rows))
    // At the standard size every card fits one screen (a long summary is trimmed to
    // whole lines); larger text takes the room it needs and the screen scrolls.
    readonly property real cardHeight: Theme.textScale > 1 ? Math.max(roomyHeight, neededHeight)
                                                           : roomyHeight
    // Small cards: smaller titles and padding, so a title and some summary still fit.
    readonly property bool compact: roomyHeight < Theme.px(420) || cardWidth < Theme.px(500)

    objectName: "homeScreen"

    // A new visitor finds the home screen at its top.
    Connections {
        target: home.kiosk
        function onSessionReset() {
            flick.cancelFlick()
            flick.contentY = 0
        }
    }

    Flickable {
        id: flick
        objectName: "homeFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: grid.y + grid.height + Theme.margin
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height + 1

        Column {
            id: header
            visible: !Theme.lowReach
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
                // Two rows of cards in landscape need the height a second title line takes.
                font.pixelSize: Theme.landscape && home.rows > 1 ? Theme.type(62)
                                                                 : Theme.exhibitionTitle
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
                font.pixelSize: Theme.type(34)
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
                    readonly property real pad: Theme.px(home.compact ? 28 : 40)
                    readonly property real neededHeight: words.anchors.topMargin + arrow.height
                        + arrow.anchors.margins + cardTitle.implicitHeight + words.spacing
                        + wholeSummary.implicitHeight + pad

                    objectName: "panelCard"
                    x: (index % home.columns) * (home.cardWidth + Theme.gap)
                    y: Math.floor(index / home.columns) * (home.cardHeight + Theme.gap)
                    width: home.cardWidth
                    height: home.cardHeight
                    text: title
                    showText: false
                    fill: colour
                    ink: cardInk
                    // In high contrast the cards are black like the screen: outlined.
                    outline: Theme.highContrast ? Theme.text : "transparent"
                    radius: Theme.px(16)
                    onTapped: home.kiosk.navigator.openPanel(index)

                    Text {
                        anchors { left: parent.left; verticalCenter: arrow.verticalCenter }
                        anchors.leftMargin: card.pad
                        text: (card.index + 1).toString()
                        color: card.cardInk
                        opacity: 0.75
                        font.family: Theme.serif
                        font.pixelSize: Theme.type(home.compact ? 32 : 40)
                    }

                    // The whole card is the button; the arrow only says so.
                    Rectangle {
                        id: arrow
                        anchors { right: parent.right; top: parent.top }
                        anchors.margins: card.pad - Theme.px(8)
                        width: Theme.px(home.compact ? 60 : 72)
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

                    Column {
                        id: words
                        anchors {
                            left: parent.left; right: parent.right; top: arrow.bottom
                            leftMargin: card.pad; rightMargin: card.pad
                            topMargin: Theme.px(home.compact ? 10 : 20)
                        }
                        spacing: Theme.px(home.compact ? 12 : 18)

                        Text {
                            id: cardTitle
                            objectName: "panelTitle"
                            width: parent.width
                            text: card.title
                            color: card.cardInk
                            font.family: Theme.serif
                            font.pixelSize: home.compact ? Theme.type(36) : Theme.cardTitle
                            layer.enabled: Theme.cacheText(font.pixelSize)
                            font.bold: true
                            lineHeight: 0.92
                            wrapMode: Text.Wrap
                            maximumLineCount: Theme.textScale > 1 ? 12 : 3
                            elide: Text.ElideRight
                        }

                        Text {
                            id: summaryText
                            // As many whole lines as the card has room for under the title.
                            readonly property real room: card.height - words.y - cardTitle.height
                                                         - words.spacing - card.pad
                            objectName: "panelSummary"
                            width: parent.width
                            visible: maximumLineCount > 0
                            text: card.summary
                            color: card.cardInk
                            font.family: Theme.sans
                            font.pixelSize: Theme.body
                            lineHeight: 1.08
                            wrapMode: Text.Wrap
                            maximumLineCount: Math.min(4, Math.floor(room / (summaryMetrics.height
                                                                             * lineHeight)))
                            elide: Text.ElideRight

                            FontMetrics {
                                id: summaryMetrics
                                font: summaryText.font
                            }
                        }

                        // The summary's whole height, measured only: never drawn.
                        Text {
                            id: wholeSummary
                            width: parent.width
                            height: 0
                            visible: false
                            text: card.summary
                            font: summaryText.font
                            lineHeight: summaryText.lineHeight
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
