// Every work the open panel cites, in full: a drawer that slides in from the right.
pragma ComponentBehavior: Bound
import QtQuick

OverlayLayer {
    id: layer

    required property QtObject kiosk
    readonly property var words: kiosk.session.words
    readonly property var sources: kiosk.navigator.overlayData.sources || []
    readonly property real pad: Theme.px(48)

    objectName: "sourcesOverlay"
    shown: kiosk.navigator.overlay === "sources"
    card: drawer
    onDismissed: kiosk.navigator.closeOverlay()
    Accessible.name: words.sources_title || ""
    Accessible.description: sources.join("\n")
    onShownChanged: if (shown) slide.restart()

    Item {
        id: frame
        anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
        width: Theme.landscape ? Math.min(Theme.px(900), parent.width * 0.6) : parent.width * 0.92
        clip: true

        Rectangle {
            id: drawer
            objectName: "sourcesDrawer"
            width: frame.width
            height: frame.height
            color: Theme.surface

            Rectangle {
                width: Math.max(1, Theme.px(2))
                height: parent.height
                color: Theme.hairline
            }

            TouchButton {
                id: closeButton
                objectName: "closeButton"
                x: layer.pad
                y: (Theme.barHeight - height) / 2
                icon: "close"
                text: layer.words.close || ""
                fill: Theme.background
                outline: Theme.hairline
                onTapped: layer.kiosk.navigator.closeOverlay()
            }

            Text {
                id: title
                objectName: "sourcesTitle"
                x: layer.pad
                y: Theme.barHeight + Theme.px(24)
                width: parent.width - 2 * layer.pad
                text: layer.words.sources_title || ""
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.type(44)
                font.bold: true
                wrapMode: Text.Wrap
            }

            ListView {
                id: list
                objectName: "sourcesList"
                anchors {
                    top: title.bottom; bottom: parent.bottom; left: parent.left; right: parent.right
                    topMargin: Theme.px(32)
                }
                leftMargin: layer.pad
                rightMargin: layer.pad
                bottomMargin: layer.pad
                clip: true
                spacing: Theme.px(28)
                boundsBehavior: Flickable.StopAtBounds
                model: layer.sources

                delegate: Item {
                    id: entry

                    required property int index
                    required property string modelData

                    width: list.width - list.leftMargin - list.rightMargin
                    height: citation.height

                    Text {
                        width: Theme.px(56)
                        text: (entry.index + 1) + "."
                        color: Theme.accent
                        font.family: Theme.sans
                        font.pixelSize: Theme.type(28)
                        font.bold: true
                    }

                    Text {
                        id: citation
                        x: Theme.px(56)
                        width: parent.width - x
                        text: entry.modelData
                        color: Theme.text
                        font.family: Theme.sans
                        font.pixelSize: Theme.type(28)
                        lineHeight: 1.1
                        wrapMode: Text.Wrap
                    }
                }
            }

            Rectangle {
                objectName: "scrollBar"
                x: parent.width - width - Theme.px(12)
                y: list.y + list.visibleArea.yPosition * list.height
                width: Math.max(3, Theme.px(6))
                height: list.visibleArea.heightRatio * list.height
                radius: width / 2
                visible: list.contentHeight > list.height
                color: Theme.mutedText
                opacity: 0.5
            }
        }
    }

    XAnimator {
        id: slide
        target: drawer
        from: frame.width
        to: 0
        duration: Theme.slideDuration
        easing.type: Easing.OutCubic
    }
}
