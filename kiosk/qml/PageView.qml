// One page of a panel: its title and blocks in a vertical Flickable (long pages
// scroll). In landscape, text reads in a column of ≈55 characters and the page's
// figures, quotes, images and data sit beside it; otherwise blocks follow in order.
// A timeline or a map is explored with the fingers (drag, pinch), so it never sits
// where the page itself scrolls: it fills the room left on screen, beside the text
// in landscape (or across the page if it is alone), under it in portrait.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: page

    required property int index
    required property string title
    required property var blocks
    required property var narration          // {} unless the page has narration (NarrationBar)
    property QtObject view: null
    property var words: ({})

    // Text on the left; figures, quotes and pictures beside it. A chart, timeline or
    // map goes beside the text too, unless something else already does: then under it.
    readonly property var besideTypes: ["figure", "quote", "image"]
    readonly property var explorerTypes: ["timeline", "map"]
    readonly property bool hasExplorer: blocks.some(block => explorerTypes.includes(block.type))
    readonly property bool current: ListView.isCurrentItem
    readonly property bool dataBeside: !blocks.some(block => besideTypes.includes(block.type))
    readonly property var mainBlocks: blocks.filter(block => !isBeside(block))
    readonly property var asideBlocks: blocks.filter(block => isBeside(block))

    function isBeside(block) {
        return block.type !== "text" && (dataBeside || besideTypes.includes(block.type))
    }

    readonly property real room: width - 2 * Theme.margin
    readonly property real columnGap: Theme.px(96)
    // Beside the text, an aside keeps the width it has with the standard text size: as
    // the text grows, its column gives way first, down to ≈45 characters a line (still
    // the best length to read); where even that leaves the aside less than its
    // minimum, the page is one column, as in portrait, and the aside goes under the text.
    readonly property real asideFull: Theme.px(700)
    readonly property real asideMinimum: Theme.px(600)
    readonly property real besideWidth: Math.max(22 * Theme.body,
                                                 Math.min(Theme.measure, room - columnGap - asideFull))
    // Decided on the text size alone (at the window's full width), not on the page's
    // width of the moment: a page that is being resized keeps its blocks.
    readonly property bool asideSqueezed: {
        const full = Theme.windowWidth - 2 * Theme.margin
        const beside = Math.max(22 * Theme.body, Math.min(Theme.measure, full - columnGap - asideFull))
        return full - columnGap - beside < asideMinimum
    }
    readonly property bool twoColumns: Theme.landscape && mainBlocks.length > 0
                                       && asideBlocks.length > 0 && room >= Theme.px(1400)
                                       && !asideSqueezed
    readonly property bool alone: mainBlocks.length === 0
    readonly property real mainWidth: twoColumns ? besideWidth
                                    : hasExplorer && alone ? room : Math.min(Theme.measure, room)
    readonly property real asideWidth: hasExplorer ? room - mainWidth - columnGap
                                                   : Math.min(asideFull, room - mainWidth - columnGap)
    readonly property real bottomPad: Theme.px(48)

    // What is left of the screen below `y` (in a column's coordinates) for a block
    // that fills it; never so little that it cannot be explored.
    function roomBelow(y) {
        return Math.max(Theme.px(520), flick.height - content.y - columns.y - y - bottomPad)
    }

    objectName: "pageDelegate"

    Flickable {
        id: flick
        objectName: "pageFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: content.y + content.height + page.bottomPad
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height + 1
        clip: true

        Item {
            id: content
            x: Math.round((page.width - width) / 2)
            y: Theme.px(44)
            width: page.twoColumns ? page.mainWidth + page.columnGap + page.asideWidth
                                   : page.mainWidth
            height: columns.y + Math.max(mainColumn.height, asideColumn.height)

            Text {
                id: pageTitle
                objectName: "pageTitle"
                width: parent.width
                text: page.title
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.pageTitle
                layer.enabled: Theme.cacheText(font.pixelSize)
                font.bold: true
                lineHeight: 0.92
                wrapMode: Text.Wrap
            }

            Loader {
                id: narrationBar
                y: pageTitle.height + Theme.px(28)
                width: Math.min(page.mainWidth, Theme.measure)   // with the text it reads
                active: (page.narration.transcript || "").length > 0
                visible: active
                sourceComponent: NarrationBar {
                    narration: page.narration
                    player: page.view ? page.view.narration : null
                    view: page.view
                    words: page.words
                    pageTitle: page.title
                    current: page.current
                }
            }

            Item {
                id: columns
                y: (narrationBar.active ? narrationBar.y + narrationBar.height : pageTitle.height)
                   + Theme.px(36)
                width: parent.width

                Column {
                    id: mainColumn
                    width: page.mainWidth
                    spacing: Theme.px(44)

                    Repeater {
                        model: page.twoColumns ? page.mainBlocks : page.blocks
                        delegate: BlockLoader {
                            width: mainColumn.width
                            view: page.view
                            words: page.words
                            current: page.current
                            fillHeight: page.roomBelow(y)
                        }
                    }
                }

                Column {
                    id: asideColumn
                    x: page.mainWidth + page.columnGap
                    width: page.asideWidth
                    spacing: Theme.px(44)

                    Repeater {
                        model: page.twoColumns ? page.asideBlocks : []
                        delegate: BlockLoader {
                            width: asideColumn.width
                            view: page.view
                            words: page.words
                            current: page.current
                            fillHeight: page.roomBelow(y)
                        }
                    }
                }
            }
        }
    }

    // More below: a soft fade at the bottom edge and a thin position bar.
    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.px(96)
        visible: flick.interactive && !flick.atYEnd
        gradient: Gradient {
            GradientStop { position: 0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
            GradientStop { position: 1; color: Theme.background }
        }
    }

    Rectangle {
        objectName: "scrollBar"
        x: page.width - width - Theme.px(12)
        y: flick.visibleArea.yPosition * flick.height
        width: Math.max(3, Theme.px(6))
        height: flick.visibleArea.heightRatio * flick.height
        radius: width / 2
        visible: flick.interactive
        color: Theme.mutedText
        opacity: 0.5
    }
}
