// A page's narration, under its title: Listen / Pause, how far it has played, and
// its transcript (opened in the detail card). The player is Python's
// (kiosk/narration.py) and serves the page on screen, so only that page's bar shows
// it playing. Without Qt Multimedia, or without a recording in the visitor's
// language, the bar offers the transcript alone.
import QtQuick

Item {
    id: bar

    property var narration: ({})      // the page's: transcript (HTML) and audio (a recording in this language)
    property QtObject player: null    // kiosk/narration.py: available, playing, position, duration
    property QtObject view: null
    property var words: ({})
    property string pageTitle: ""
    property bool current: false      // the page is the one on screen

    readonly property bool canPlay: player !== null && player.available && narration.audio === true
    readonly property bool playing: current && player !== null && player.playing
    readonly property int position: current && player !== null ? player.position : 0
    readonly property int duration: current && player !== null ? player.duration : 0
    readonly property string times: duration > 0 ? clock(position) + " / " + clock(duration) : ""

    // 75000 ms → "1:15"
    function clock(ms) {
        const seconds = Math.floor(ms / 1000)
        const rest = seconds % 60
        return Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest
    }

    objectName: "narrationBar"
    implicitHeight: Theme.control

    TouchButton {
        id: listenButton
        objectName: "listenButton"
        visible: bar.canPlay
        icon: bar.playing ? "pause" : "play"
        text: (bar.playing ? bar.words.pause : bar.words.listen) || ""
        bold: true
        fill: Theme.surface
        outline: Theme.accent
        onTapped: bar.player.toggle()
    }

    // How far it has played: "0:42 / 1:30" over a slim line; "Audio" until it has played.
    Item {
        id: progress
        objectName: "narrationProgress"
        visible: bar.canPlay
        x: listenButton.width + Theme.gap
        width: transcriptButton.x - Theme.gap - x
        height: parent.height

        Accessible.role: Accessible.ProgressBar
        Accessible.name: [bar.words.narration || "", bar.times].filter(part => part.length > 0)
                                                                .join(" ")

        Text {
            id: timeText
            objectName: "narrationTime"
            width: parent.width
            y: track.y - height - Theme.px(10)
            text: bar.times.length > 0 ? bar.times : (bar.words.narration || "")
            elide: Text.ElideRight
            color: Theme.mutedText
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            font.letterSpacing: bar.times.length > 0 ? 0 : Theme.px(2)
            font.capitalization: bar.times.length > 0 ? Font.MixedCase : Font.AllUppercase
            font.features: { "tnum": 1 }   // figures of one width: the time does not jiggle
        }

        Rectangle {
            id: track
            y: Math.round(parent.height * 0.68)
            width: parent.width
            height: Math.max(2, Theme.px(6))
            radius: height / 2
            color: Theme.hairline

            Rectangle {
                objectName: "narrationPlayed"
                width: bar.duration > 0 ? parent.width * Math.min(1, bar.position / bar.duration) : 0
                height: parent.height
                radius: parent.radius
                color: Theme.accent
            }
        }
    }

    TouchButton {
        id: transcriptButton
        objectName: "transcriptButton"
        x: bar.canPlay ? bar.width - width : 0
        icon: "transcript"
        text: bar.words.transcript || ""
        fill: "transparent"
        outline: Theme.hairline
        onTapped: bar.view.openDetail({
            kicker: bar.words.narration || "",
            title: bar.pageTitle,
            html: bar.narration.transcript || "",
            source: ""
        })
    }
}
