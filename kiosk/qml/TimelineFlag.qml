// One flag of the timeline: a stem rising from the axis to a label beside it (to its
// right, or to its left if `flipped`). An event's flag shows its date and name; a
// cluster's shows the years it gathers, how many events, and that a tap zooms in.
// The whole label is the touch target (at least Theme.control in both directions).
import QtQuick

Item {
    id: flag

    property string date: ""
    property string label: ""
    property bool flipped: false
    property bool cluster: false
    property int count: 0
    property string action: ""           // a cluster's word for what a tap does
    property int first: -1               // the events it stands for, in date order
    property int last: -1
    property real stemLength: 0          // from the label's bottom down to the axis
    property real pad: Theme.px(8)
    property real lineHeight: 0.95
    property int labelLines: 3           // an event's name takes at most this many lines
    readonly property bool pressed: tap.pressed
    readonly property real stemWidth: Math.max(2, Theme.px(4))
    readonly property color ink: cluster ? Theme.text : Theme.accent
    readonly property real pole: flipped ? width - stemWidth / 2 : stemWidth / 2   // the stem's x

    signal tapped()

    Accessible.role: Accessible.Button
    Accessible.name: cluster ? date + " (" + count + ")" + (action ? ": " + action : "")
                             : date + ": " + label
    Accessible.onPressAction: flag.tapped()

    Rectangle {
        objectName: "timelineStem"
        x: flag.flipped ? flag.width - width : 0
        width: flag.stemWidth
        height: flag.height + flag.stemLength
        color: flag.ink
    }

    Rectangle {
        x: flag.flipped ? 0 : flag.stemWidth
        width: flag.width - flag.stemWidth
        height: flag.height
        color: flag.pressed ? Theme.pressedColour(Theme.surface, Theme.text) : Theme.surface
        // A cluster is outlined; in high contrast every label is (its ground is then
        // hardly lighter than the page's).
        readonly property bool outlined: flag.cluster || Theme.highContrast
        border.color: outlined ? Theme.hairline : "transparent"
        border.width: outlined ? Math.max(1, Theme.px(2)) : 0
    }

    Column {
        x: flag.flipped ? flag.pad : flag.stemWidth + flag.pad + Theme.px(4)
        y: flag.pad
        width: flag.width - flag.stemWidth - 2 * flag.pad - Theme.px(4)
        spacing: Theme.px(2)

        Text {
            objectName: "timelineDate"
            width: parent.width
            text: flag.date
            color: Theme.accent
            font.family: Theme.sans
            font.pixelSize: Theme.label
            font.bold: true
            horizontalAlignment: flag.flipped ? Text.AlignRight : Text.AlignLeft
            lineHeight: flag.lineHeight
            wrapMode: Text.Wrap
            maximumLineCount: flag.cluster ? 2 : 1
            elide: Text.ElideRight
        }

        Text {
            objectName: "timelineLabel"
            width: parent.width
            visible: !flag.cluster
            text: flag.label
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            lineHeight: flag.lineHeight
            horizontalAlignment: flag.flipped ? Text.AlignRight : Text.AlignLeft
            wrapMode: Text.Wrap
            maximumLineCount: flag.labelLines
            elide: Text.ElideRight
        }

        Row {
            visible: flag.cluster
            layoutDirection: flag.flipped ? Qt.RightToLeft : Qt.LeftToRight
            width: parent.width
            spacing: Theme.px(14)

            Text {
                objectName: "timelineCount"
                anchors.verticalCenter: parent.verticalCenter
                text: flag.count
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.type(44)
                font.bold: true
            }

            Row {
                anchors.verticalCenter: parent.verticalCenter
                visible: flag.action.length > 0
                layoutDirection: flag.flipped ? Qt.RightToLeft : Qt.LeftToRight
                spacing: Theme.px(8)

                // A plus in a ring: "zoom in", not "16 + …".
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.px(30)
                    height: width
                    radius: width / 2
                    color: "transparent"
                    border.color: Theme.mutedText
                    border.width: Math.max(1, Theme.px(2))

                    Rectangle {
                        anchors.centerIn: parent
                        width: Theme.px(14); height: Math.max(1, Theme.px(2))
                        color: Theme.mutedText
                    }

                    Rectangle {
                        anchors.centerIn: parent
                        width: Math.max(1, Theme.px(2)); height: Theme.px(14)
                        color: Theme.mutedText
                    }
                }

                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    text: flag.action
                    color: Theme.mutedText
                    font.family: Theme.sans
                    font.pixelSize: Theme.caption
                }
            }
        }
    }

    TapHandler {
        id: tap
        onTapped: flag.tapped()
    }
}
