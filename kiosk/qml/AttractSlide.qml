// One slide of the attract loop, laid out by its type: a key figure, a quotation,
// a picture, a panel teaser, or the exhibition's title (when no slides are chosen).
// The loop owns two of these and cross-fades between them: they are given slide
// after slide and never re-created. Where there is a GPU, text drifts and pictures
// pan slowly, with render-thread animators; where the CPU paints, nothing moves.
import QtQuick

Item {
    id: slideView

    property var slide: ({})
    property var words: ({})
    property real seconds: 8            // how long it stays up: its slow motion's length
    readonly property string type: slide.type || ""
    readonly property real column: Math.min(width, Theme.px(1300))
    // Ready to be seen: a picture once decoded (or failed), anything else at once.
    readonly property bool ready: type !== "image" || picture.status === Image.Ready
                                  || picture.status === Image.Error

    // The teaser's panel id if `point` (in this item) falls on the teaser card, else "".
    function panelAt(point) {
        if (type !== "teaser")
            return ""
        return teaser.contains(teaser.mapFromItem(slideView, point)) ? (slide.panelId || "") : ""
    }

    function startMotion() {
        stopMotion()
        if (Theme.softwareRendering)
            return
        const duration = Math.max(1000, seconds * 1000)
        if (type === "image") {
            zoom.duration = duration
            zoom.start()
        } else if (type !== "teaser") {     // a touch target stays where it is
            drift.duration = duration
            drift.start()
        }
    }

    function stopMotion() {
        drift.stop()
        zoom.stop()
        content.x = 0
        picture.scale = 1
    }

    XAnimator {
        id: drift
        target: content; from: Theme.px(18); to: -Theme.px(18)
        easing.type: Easing.InOutSine
    }

    ScaleAnimator {
        id: zoom
        target: picture; from: 1; to: 1.08
        easing.type: Easing.InOutSine
    }

    Item {
        id: content
        width: slideView.width
        height: slideView.height

        // -- a key figure ----------------------------------------------------------------
        Column {
            objectName: "attractFigure"
            visible: slideView.type === "figure"
            anchors.centerIn: parent
            width: slideView.column
            spacing: Theme.px(18)

            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: text.length > 0
                text: slideView.slide.qualifier || ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.px(44)
                font.italic: true
            }
            Text {
                objectName: "attractNumber"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: slideView.slide.number || ""
                color: Theme.accent
                font.family: Theme.serif
                font.pixelSize: Theme.px(200)
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.px(72)
                lineHeight: 0.9
                layer.enabled: Theme.cacheText(font.pixelSize)
            }
            Text {
                width: Math.min(parent.width, Theme.px(1100))
                anchors.horizontalCenter: parent.horizontalCenter
                horizontalAlignment: Text.AlignHCenter
                text: [slideView.slide.unit || "", slideView.slide.label || ""]
                      .filter(part => part.length > 0).join(" ")
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.px(44)
                lineHeight: Theme.lineHeight
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: (slideView.slide.source || "").length > 0
                text: (slideView.words.source || "") + ": " + (slideView.slide.source || "")
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.caption
                wrapMode: Text.Wrap
            }
        }

        // -- a quotation -----------------------------------------------------------------
        Column {
            objectName: "attractQuote"
            visible: slideView.type === "quote"
            anchors.centerIn: parent
            width: slideView.column
            spacing: Theme.px(32)

            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: slideView.slide.text || ""
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.px(64)
                font.italic: true
                lineHeight: 1.1
                wrapMode: Text.Wrap
                layer.enabled: Theme.cacheText(font.pixelSize)
            }
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.px(96)
                height: Math.max(2, Theme.px(5))
                color: Theme.accent
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: slideView.slide.attribution ? "— " + slideView.slide.attribution : ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.px(34)
                lineHeight: Theme.lineHeight
                wrapMode: Text.Wrap
            }
        }

        // -- a panel teaser: the card is a touch target into the panel ----------------
        Rectangle {
            id: teaser
            readonly property color ink: Theme.inkOn(color)
            readonly property real pad: Theme.px(64)

            objectName: "attractTeaser"
            visible: slideView.type === "teaser"
            anchors.centerIn: parent
            width: slideView.column
            height: Math.min(slideView.height, teaserColumn.implicitHeight + 2 * pad)
            radius: Theme.px(16)
            color: slideView.slide.colour || Theme.surface

            Column {
                id: teaserColumn
                x: teaser.pad
                y: teaser.pad
                width: parent.width - 2 * teaser.pad
                spacing: Theme.px(24)

                Text {
                    text: slideView.slide.panelIndex !== undefined ? slideView.slide.panelIndex + 1
                                                                    : ""
                    color: teaser.ink
                    opacity: 0.75
                    font.family: Theme.serif
                    font.pixelSize: Theme.px(48)
                }
                Text {
                    width: parent.width - arrow.width - Theme.gap
                    text: slideView.slide.title || ""
                    color: teaser.ink
                    font.family: Theme.serif
                    font.pixelSize: Theme.px(88)
                    font.bold: true
                    lineHeight: 0.95
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    layer.enabled: Theme.cacheText(font.pixelSize)
                }
                Text {
                    width: Math.min(parent.width, Theme.px(1000))
                    text: slideView.slide.text || ""
                    color: teaser.ink
                    font.family: Theme.sans
                    font.pixelSize: Theme.px(42)
                    lineHeight: Theme.lineHeight
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                }
            }

            // The whole card opens the panel; the arrow only says so, as on the home screen.
            Rectangle {
                id: arrow
                anchors { right: parent.right; top: parent.top; margins: teaser.pad - Theme.px(8) }
                width: Theme.px(96)
                height: width
                radius: width / 2
                color: "transparent"
                border.color: teaser.ink
                border.width: Math.max(1, Theme.px(3))

                Icon {
                    anchors.centerIn: parent
                    name: "next"
                    colour: teaser.ink
                    size: Theme.px(44)
                }
            }
        }

        // -- the exhibition's title, when no slides are chosen -------------------------
        Column {
            objectName: "attractTitle"
            visible: slideView.type === "title"
            anchors.centerIn: parent
            width: slideView.column
            spacing: Theme.px(28)

            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: slideView.slide.title || ""
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.px(110)
                font.bold: true
                lineHeight: 0.92
                wrapMode: Text.Wrap
                layer.enabled: Theme.cacheText(font.pixelSize)
            }
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.px(120)
                height: Math.max(2, Theme.px(5))
                color: Theme.accent
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: text.length > 0
                text: slideView.slide.text || ""
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.px(44)
                lineHeight: Theme.lineHeight
                wrapMode: Text.Wrap
            }
        }
    }

    // -- a picture: whole, then slowly closer --------------------------------------------
    Item {
        id: frame
        objectName: "attractImage"
        visible: slideView.type === "image"
        anchors {
            left: parent.left; right: parent.right; top: parent.top
            bottom: caption.visible ? caption.top : parent.bottom
            bottomMargin: caption.visible ? Theme.px(20) : 0
        }
        clip: true

        Image {
            id: picture
            objectName: "attractPicture"
            anchors.fill: parent
            // Only while shown: the picture is freed with the slide.
            source: slideView.type === "image" ? (slideView.slide.source || "") : ""
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            cache: false        // pictures that come round again and again stay out of the cache
            // Decoded at the size shown (a little more for the zoom), never at full size.
            sourceSize.width: Math.max(1, Math.round(frame.width * 1.1 * Screen.devicePixelRatio))
            sourceSize.height: Math.max(1, Math.round(frame.height * 1.1 * Screen.devicePixelRatio))
            Accessible.role: Accessible.Graphic
            Accessible.name: slideView.slide.alt || ""
        }
    }

    Text {
        id: caption
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        visible: slideView.type === "image" && text.length > 0
        horizontalAlignment: Text.AlignHCenter
        text: [slideView.slide.caption || "", slideView.slide.credit || ""]
              .filter(part => part.length > 0).join(" · ")
        color: Theme.mutedText
        font.family: Theme.sans
        font.pixelSize: Theme.caption
        wrapMode: Text.Wrap
    }
}
