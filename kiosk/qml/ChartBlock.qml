// A chart on a card: its kind, title, what each series is, the chart itself,
// the notes of a running count, a caption and the source.
//
// Drawn with Rectangles, Text and Qt Quick Shapes (kiosk/charts.py says why not
// QtGraphs, QtCharts or matplotlib): the same fonts and colours as the rest of the
// page, sharp at any size, and cheap for the software renderer. Python computes
// every position (as fractions of the scale), label and colour; this file and the
// Chart*.qml parts only place them and play the build-up.
//
// Build-up: when the chart's page comes on screen (`current`), every bar grows from
// zero together (so the bars keep their proportions at every frame) in one short
// animation of one number, `grown`, that only the chart's own area follows. It
// plays on entry only: a new language or width does not replay it. It is shorter
// than `kiosk screenshot` lets a page settle (SETTLE_MS, 400 ms).
pragma ComponentBehavior: Bound
import QtQuick

Rectangle {
    id: root

    property var block: ({})
    property var words: ({})
    property QtObject view: null
    property bool current: false
    property real fillHeight: 0

    // 0 → 1 while the chart builds up; 0 while its page is off screen.
    property real grown: 0
    readonly property int buildDuration: 350
    readonly property real pad: Theme.px(32)
    readonly property var series: block.series || []
    readonly property bool line: block.line === true
    // Grouped bars name their series beside each bar; other charts in a key.
    readonly property bool showKey: block.grouped !== true

    objectName: "chartBlock"
    implicitHeight: column.implicitHeight + 2 * pad
    radius: Theme.radius
    color: Theme.surface

    Accessible.role: Accessible.Chart
    Accessible.name: block.title || ""
    Accessible.description: block.description || ""

    NumberAnimation {
        id: buildUp
        target: root
        property: "grown"
        from: 0
        to: 1
        duration: root.buildDuration
        easing.type: Easing.OutCubic
    }

    function enter() {
        if (current) {
            buildUp.restart()
        } else {
            buildUp.stop()
            grown = 0
        }
    }

    onCurrentChanged: enter()
    Component.onCompleted: enter()

    Column {
        id: column
        x: root.pad
        y: root.pad
        width: root.width - 2 * root.pad
        spacing: Theme.px(18)

        Column {
            width: parent.width
            spacing: Theme.px(8)

            Text {
                objectName: "chartKind"
                text: root.block.kind || ""
                color: Theme.accent
                font.family: Theme.sans
                font.pixelSize: Theme.label
                font.bold: true
                font.capitalization: Font.AllUppercase
                font.letterSpacing: Theme.px(2.5)
            }

            Text {
                objectName: "chartTitle"
                width: parent.width
                text: root.block.title || ""
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.type(36)
                font.bold: true
                lineHeight: 0.95
                wrapMode: Text.Wrap
            }
        }

        ChartKey {
            width: parent.width
            visible: root.showKey
            series: root.series
            markers: root.line
        }

        Loader {
            width: parent.width
            sourceComponent: root.line ? lineChart : barChart
        }

        Column {
            width: parent.width
            visible: notes.count > 0
            spacing: Theme.px(10)

            Repeater {
                id: notes
                model: root.line ? root.block.notes || [] : []

                delegate: ChartNote {
                    required property var modelData
                    width: parent.width
                    text: modelData.text
                    html: modelData.html
                }
            }
        }

        Rectangle {
            width: parent.width
            height: Math.max(1, Theme.px(2))
            color: Theme.hairline
        }

        Text {
            objectName: "chartCaption"
            width: parent.width
            visible: text.length > 0
            text: root.block.caption || ""
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            lineHeight: 1.08
            wrapMode: Text.Wrap
        }

        SourceLine {
            width: parent.width
            source: root.block.source || ""
            prefix: root.words.source || ""
        }
    }

    Component {
        id: barChart
        ChartBars { block: root.block; grown: root.grown }
    }

    Component {
        id: lineChart
        ChartLine { block: root.block; grown: root.grown }
    }
}
