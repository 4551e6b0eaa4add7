// The time scale under the timeline's axis: a tick for each year (labelled every 1,
// 2, 5, 10… years, as kiosk/timeline.py's `ruler_for` says for this zoom), faint lines up
// through the lanes at labelled years, and, zoomed in far enough, the months: their
// names on the first row, the year on the second, kept in view while its months are.
// Months are made only for the years on screen.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: root

    property var years: []
    property var monthNames: []
    property var steps: ({})
    property real axisY: 0
    property real gridTop: 0
    property real pad: 0
    property real axisWidth: 1
    property real offset: 0
    property real viewWidth: 0

    readonly property int yearStep: steps.yearStep || 0
    readonly property int monthStep: steps.monthStep || 0
    readonly property bool showMonths: monthStep > 0
    readonly property real tickWidth: Math.max(1, Theme.px(2))
    readonly property real textGap: Theme.px(8)
    readonly property real firstRow: Theme.px(10)
    readonly property real secondRow: firstRow + Theme.type(26)   // under a month's name, at any text size
    readonly property color gridColour: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.09)

    Repeater {
        model: root.years

        delegate: Item {
            id: year

            required property var modelData
            required property int index
            readonly property real span: index + 1 < root.years.length
                                         ? (root.years[index + 1].at - modelData.at) * root.axisWidth : 0
            readonly property bool labelled: root.yearStep > 0 && modelData.year % root.yearStep === 0
            readonly property bool onScreen: x + span >= root.offset && x <= root.offset + root.viewWidth

            x: root.pad + modelData.at * root.axisWidth
            y: root.axisY
            visible: root.steps.yearTicks || labelled

            Rectangle {
                objectName: "timelineGridLine"
                visible: year.labelled
                x: -width / 2
                y: root.gridTop - root.axisY
                width: root.tickWidth
                height: root.axisY - root.gridTop
                color: root.gridColour
            }

            Rectangle {
                x: -width / 2
                width: root.tickWidth
                height: Theme.px(year.labelled ? 18 : 10)
                color: Theme.mutedText
            }

            Text {
                objectName: "timelineYear"
                // With months shown, the year stays in view as long as its months are.
                x: root.showMonths
                   ? Math.max(root.textGap, Math.min(root.offset + root.textGap - year.x,
                                                     year.span - width - root.textGap))
                   : root.textGap
                y: root.showMonths ? root.secondRow : root.firstRow
                visible: year.labelled && (year.span > 0 || !root.showMonths)
                text: year.modelData.year
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.label
                font.bold: true
            }

            Loader {
                active: root.steps.monthTicks === true && year.onScreen
                sourceComponent: Repeater {
                    model: year.modelData.months

                    delegate: Item {
                        required property real modelData
                        required property int index
                        readonly property bool labelled: root.showMonths && index % root.monthStep === 0

                        x: (modelData - year.modelData.at) * root.axisWidth

                        Rectangle {
                            x: -width / 2
                            visible: parent.index > 0
                            width: root.tickWidth
                            height: Theme.px(parent.labelled ? 14 : 8)
                            color: Theme.mutedText
                        }

                        Text {
                            objectName: "timelineMonth"
                            x: root.textGap
                            y: root.firstRow
                            visible: parent.labelled
                            text: root.monthNames[parent.index] || ""
                            color: Theme.mutedText
                            font.family: Theme.sans
                            font.pixelSize: Theme.label
                        }
                    }
                }
            }
        }
    }
}
