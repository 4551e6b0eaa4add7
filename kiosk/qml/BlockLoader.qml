// One block of a page, drawn by the component for its type.
pragma ComponentBehavior: Bound
import QtQuick

Loader {
    id: loader

    required property var modelData
    property QtObject view: null
    property var words: ({})

    readonly property string type: modelData.type || ""

    sourceComponent: type === "text" ? textBlock
                   : type === "image" ? imageBlock
                   : type === "quote" ? quoteBlock
                   : type === "figure" ? figureBlock
                   : ["chart", "timeline", "map"].indexOf(type) >= 0 ? dataBlock
                   : null

    Component { id: textBlock; TextBlock { block: loader.modelData; view: loader.view } }
    Component { id: imageBlock; ImageBlock { block: loader.modelData; view: loader.view } }
    Component { id: quoteBlock; QuoteBlock { block: loader.modelData; words: loader.words } }
    Component { id: figureBlock; FigureBlock { block: loader.modelData; words: loader.words } }
    Component { id: dataBlock; DataBlock { block: loader.modelData; words: loader.words } }
}
