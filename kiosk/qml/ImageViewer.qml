// An image on its own, as large as the screen allows: pinch to zoom, drag to
// look around, double-tap to fit again. Caption and credit below; Close above.
import QtQuick

OverlayLayer {
    id: layer

    required property QtObject kiosk
    readonly property var words: kiosk.session.words
    readonly property var image: kiosk.navigator.overlayData
    readonly property real edge: Theme.px(24)

    objectName: "imageViewer"
    shown: kiosk.navigator.overlay === "image"
    shade: Theme.background
    card: content
    dismissable: false
    Accessible.name: image.alt || ""
    Accessible.description: image.caption || ""
    onShownChanged: fit()

    function fit() {
        picture.scale = 1
        picture.x = 0
        picture.y = 0
    }

    Item {
        id: content
        anchors.fill: parent

        TouchButton {
            id: closeButton
            objectName: "closeButton"
            x: layer.edge
            y: (Theme.barHeight - height) / 2
            icon: "close"
            text: layer.words.close || ""
            fill: Theme.surface
            outline: Theme.hairline
            onTapped: layer.kiosk.navigator.closeOverlay()
        }

        Item {
            id: stage
            objectName: "imageStage"
            anchors {
                top: parent.top; bottom: captions.top; left: parent.left; right: parent.right
                topMargin: Theme.barHeight; bottomMargin: Theme.gap
                leftMargin: Theme.margin; rightMargin: Theme.margin
            }
            clip: true
            // The surface that zooms (a double tap fits the picture again).
            Accessible.role: Accessible.Canvas
            Accessible.name: layer.image.alt || ""
            Accessible.description: layer.words.zoom_hint || ""

            Image {
                id: picture
                objectName: "fullImage"
                width: stage.width
                height: stage.height
                asynchronous: true
                cache: false
                fillMode: Image.PreserveAspectFit
                // Decoded at twice the shown size, so zooming in stays sharp.
                sourceSize.width: Math.max(1, Math.round(stage.width * 2 * Screen.devicePixelRatio))
                sourceSize.height: Math.max(1, Math.round(stage.height * 2 * Screen.devicePixelRatio))
                source: layer.shown && stage.width > 0 ? (layer.image.source || "") : ""
                Accessible.role: Accessible.Graphic
                Accessible.name: layer.image.alt || ""
                Accessible.description: [layer.image.caption || "", layer.image.credit || ""]
                                        .filter(part => part.length > 0).join("\n")
            }

            PinchHandler {
                target: picture
                rotationAxis.enabled: false
                scaleAxis.minimum: 1
                scaleAxis.maximum: 4
                onActiveChanged: if (!active && picture.scale <= 1.01) layer.fit()
            }

            DragHandler {
                target: picture
                enabled: picture.scale > 1.01
            }

            TapHandler {
                onDoubleTapped: layer.fit()
            }
        }

        Column {
            id: captions
            anchors {
                left: parent.left; right: parent.right; bottom: parent.bottom
                leftMargin: Theme.margin; rightMargin: Theme.margin; bottomMargin: Theme.px(40)
            }
            spacing: Theme.px(10)

            Text {
                objectName: "viewerCaption"
                width: Math.min(parent.width, Theme.measure * 1.3)
                visible: text.length > 0
                text: layer.image.caption || ""
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.body
                lineHeight: 1.08
                wrapMode: Text.Wrap
            }

            Text {
                objectName: "viewerCredit"
                width: parent.width
                visible: text.length > 0
                text: layer.image.credit || ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.caption
                wrapMode: Text.Wrap
            }

            Row {
                spacing: Theme.px(12)
                topPadding: Theme.px(6)

                Icon {
                    anchors.verticalCenter: parent.verticalCenter
                    name: "pinch"
                    colour: Theme.mutedText
                    size: Theme.px(30)
                }

                Text {
                    objectName: "zoomHint"
                    anchors.verticalCenter: parent.verticalCenter
                    text: layer.words.zoom_hint || ""
                    color: Theme.mutedText
                    font.family: Theme.sans
                    font.pixelSize: Theme.caption
                }
            }
        }
    }
}
