// One block of a page, drawn by the component for its type.
pragma ComponentBehavior: Bound
import QtQuick

Loader {
    id: loader

    required property var modelData
    property QtObject view: null
    property var words: ({})
    property bool current: false     // the block's page is the one on screen
    property real fillHeight: 0      // the height left for it on screen, for blocks that fill it

    readonly property string type: modelData.type || ""

    sourceComponent: type === "text" ? textBlock
                   : type === "image" ? imageBlock
                   : type === "quote" ? quoteBlock
                   : type === "figure" ? figureBlock
                   : type === "chart" ? chartBlock
                   : type === "timeline" ? timelineBlock
                   : type === "map" ? mapBlock
                   : null

    Component { id: textBlock; TextBlock { block: loader.modelData; view: loader.view } }
    Component { id: imageBlock; ImageBlock { block: loader.modelData; view: loader.view } }
    Component { id: quoteBlock; QuoteBlock { block: loader.modelData; words: loader.words } }
    Component { id: figureBlock; FigureBlock { block: loader.modelData; words: loader.words } }
    Component {
        id: chartBlock
        ChartBlock {
            block: loader.modelData; words: loader.words; view: loader.view
            current: loader.current; fillHeight: loader.fillHeight
        }
    }
    Component {
        id: timelineBlock
        TimelineBlock {
            block: loader.modelData; words: loader.words; view: loader.view
            current: loader.current; fillHeight: loader.fillHeight
        }
    }
    Component {
        id: mapBlock
        MapBlock {
            block: loader.modelData; words: loader.words; view: loader.view
            current: loader.current; fillHeight: loader.fillHeight
        }
    }
}
