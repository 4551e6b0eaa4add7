// The attract loop: while nobody uses the kiosk, the exhibition's chosen figures,
// quotes, pictures and panel teasers follow one another, calmly, with "touch to
// begin" in each of the exhibition's languages in turn. Two slide views take
// turns, cross-fading with render-thread animators where there is a GPU and
// cutting where the CPU paints; nothing is created per slide, so weeks of looping
// leave nothing behind. The session beneath is already reset to the home screen.
//
// The touch that wakes the kiosk lands on this layer and nowhere else, from the
// first finger down to the last one up; on a teaser card it opens that panel.
import QtQuick

Item {
    id: loop

    required property QtObject kiosk
    readonly property bool attracting: kiosk.idle.state === "attract"
    readonly property var slides: kiosk.view.attractSlides
    readonly property var invitations: kiosk.view.invitations
    property int index: 0
    property int invitationIndex: 0
    property bool paused: false        // `kiosk screenshot` turns the slides itself
    property real timeScale: 1         // bench/soak.py runs the loop in accelerated time
    readonly property var current: slideAt(index)
    readonly property bool fades: Theme.fadeDuration > 0
    property Item front: first
    property Item coming: null         // a slide whose picture is still being decoded

    objectName: "attractLoop"
    anchors.fill: parent
    visible: attracting || shield.busy

    onAttractingChanged: attracting ? begin() : end()
    onIndexChanged: if (attracting) show()
    onSlidesChanged: if (attracting) show()

    // Read by the handlers below, which may run before `current` follows `index`.
    function slideAt(i) {
        return slides[Math.min(i, slides.length - 1)] || ({})
    }

    function begin() {
        invitationIndex = 0
        invitation.opacity = 1
        if (index === 0)
            show()
        else
            index = 0       // shows it
    }

    function end() {
        coming = null
        fadeIn.stop()
        fadeOut.stop()
        nextInvitation.stop()
        for (const view of [first, second]) {
            view.stopMotion()
            view.opacity = 0
            view.slide = ({})     // frees a picture at once
        }
    }

    // Give the slide at `index` to the view that is not in front; bring it up once
    // it is ready (a picture decoded), so it never fades in half-drawn. Its time
    // starts then.
    function show() {
        fadeIn.stop()       // a cross-fade still running ends first (and may clear its
        fadeOut.stop()      // outgoing view, which is about to be given the new slide)
        // A slide still waiting for its picture is replaced in the same view.
        const incoming = coming || (front === first ? second : first)
        const slide = slideAt(index)
        coming = null
        incoming.seconds = (slide.seconds || 8) * timeScale
        incoming.slide = slide
        coming = incoming
        if (incoming.ready)
            reveal()
    }

    function reveal() {
        const incoming = coming
        const outgoing = front
        if (!incoming || incoming === outgoing)
            return
        coming = null
        fadeIn.stop()
        fadeOut.stop()
        outgoing.stopMotion()
        incoming.z = 1
        outgoing.z = 0
        front = incoming
        incoming.startMotion()
        if (fades) {
            incoming.opacity = 0
            fadeIn.target = incoming
            fadeIn.restart()
            fadeOut.target = outgoing
            fadeOut.from = outgoing.opacity
            fadeOut.restart()
        } else {
            incoming.opacity = 1
            outgoing.opacity = 0
            outgoing.slide = ({})
        }
    }

    function turnInvitation() {
        invitationIndex = (invitationIndex + 1) % invitations.length
    }

    // The old slide fades out, the new one fades in as it goes: never two texts
    // legible over each other.
    SequentialAnimation {
        id: fadeIn
        property Item target: null
        PauseAnimation { duration: 500 }
        OpacityAnimator {
            target: fadeIn.target; from: 0; to: 1; duration: 1000
            easing.type: Easing.InOutQuad
        }
    }

    OpacityAnimator {
        id: fadeOut
        to: 0; duration: 700
        easing.type: Easing.InOutQuad
        onFinished: if (target && target !== loop.front) target.slide = ({})
    }

    Connections {
        target: loop.coming
        function onReadyChanged() {
            if (loop.coming.ready)
                loop.reveal()
        }
    }

    // A picture that never finishes loading must not stop the loop.
    Timer {
        interval: 3000
        running: loop.coming !== null
        onTriggered: loop.reveal()
    }

    Timer {
        objectName: "attractTimer"
        interval: Math.max(1, (loop.current.seconds || 8) * 1000 * loop.timeScale)
        running: loop.attracting && !loop.paused && loop.coming === null
                 && loop.slides.length > 1
        repeat: true
        onTriggered: loop.index = (loop.index + 1) % loop.slides.length
    }

    // "Touch to begin", in one language after another.
    Timer {
        interval: 4000
        running: loop.attracting && loop.invitations.length > 1
        repeat: true
        onTriggered: loop.fades ? nextInvitation.restart() : loop.turnInvitation()
    }

    SequentialAnimation {
        id: nextInvitation
        OpacityAnimator { target: invitation; from: 1; to: 0; duration: 500 }
        ScriptAction { script: loop.turnInvitation() }
        OpacityAnimator { target: invitation; from: 0; to: 1; duration: 500 }
    }

    Rectangle {
        anchors.fill: parent
        visible: loop.attracting
        color: Theme.background

        Text {
            id: heading
            objectName: "attractHeading"
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
            text: loop.kiosk.view.title
            color: Theme.mutedText
            font.family: Theme.serif
            font.pixelSize: Theme.panelTitle
            elide: Text.ElideRight
        }

        Item {
            id: stage
            objectName: "attractStage"
            anchors {
                left: parent.left; right: parent.right; top: heading.bottom; bottom: invitation.top
                leftMargin: Theme.margin * 2; rightMargin: Theme.margin * 2
                topMargin: Theme.gap; bottomMargin: Theme.gap
            }

            AttractSlide {
                id: first
                anchors.fill: parent
                opacity: 0
                words: loop.kiosk.session.words
            }
            AttractSlide {
                id: second
                anchors.fill: parent
                opacity: 0
                words: loop.kiosk.session.words
            }
        }

        Text {
            id: invitation
            objectName: "attractInvitation"
            anchors {
                left: parent.left; right: parent.right; bottom: parent.bottom
                margins: Theme.margin
            }
            horizontalAlignment: Text.AlignHCenter
            text: loop.invitations[loop.invitationIndex] || ""
            color: Theme.accent
            font.family: Theme.sans
            font.pixelSize: Theme.type(48)
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    TouchShield {
        id: shield
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: loop.kiosk.session.words.touch_to_begin || ""
        Accessible.description: loop.kiosk.view.title
        Accessible.onPressAction: loop.kiosk.idle.extend()
        onTouched: position => {
            if (loop.attracting)
                loop.kiosk.idle.noteTeaser(loop.front.panelAt(shield.mapToItem(loop.front,
                                                                                position)))
        }
    }
}
