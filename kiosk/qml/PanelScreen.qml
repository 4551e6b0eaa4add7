// An open panel: a header band in the panel's colour (Home, Back, title, Sources),
// the pages side by side in a horizontal ListView, and a footer with large
// Previous / Next buttons and the page indicator.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: screen

    required property QtObject kiosk
    property real reservedRight: 0     // room kept free for the language switch

    readonly property QtObject view: kiosk.view
    readonly property QtObject navigator: kiosk.navigator
    readonly property var words: kiosk.session.words
    readonly property color panelColour: view.panelColour
    readonly property color headerInk: Theme.inkOn(panelColour)
    readonly property color quietFill: Qt.rgba(0, 0, 0, 0.22)
    readonly property color quietOutline: Qt.rgba(headerInk.r, headerInk.g, headerInk.b, 0.55)
    readonly property real edge: Theme.px(24)
    // Home and Back as words take this much; with larger text there may not be room
    // for them beside the title (landscape) or the language switch (portrait): they
    // are then icons only, their words kept as their accessible names.
    readonly property real wordButtonsWidth: buttonWidth(homeMetrics.advanceWidth)
                                             + buttonWidth(backMetrics.advanceWidth) + Theme.smallGap
    readonly property bool iconButtons: Theme.landscape
        ? width - reservedRight - Theme.gap - sourcesButton.width - Theme.gap - edge
          - wordButtonsWidth - Theme.gap < Theme.px(460)
        : width - reservedRight - Theme.gap - edge - wordButtonsWidth < 0

    function buttonWidth(textWidth) {
        return Math.max(Theme.control, Theme.iconSize + Theme.px(14) + textWidth + 2 * Theme.px(28))
    }

    TextMetrics { id: homeMetrics; font.family: Theme.sans; font.pixelSize: Theme.buttonText; text: screen.words.home || "" }
    TextMetrics { id: backMetrics; font.family: Theme.sans; font.pixelSize: Theme.buttonText; text: screen.words.back || "" }

    objectName: "panelScreen"

    // -- header ------------------------------------------------------------------------
    Rectangle {
        id: header
        objectName: "panelHeader"
        width: parent.width
        height: Theme.landscape ? Math.max(Theme.barHeight, heading.height + 2 * Theme.px(10))
                                : Theme.barHeight + Math.max(Theme.control, heading.height) + screen.edge
        color: screen.panelColour

        // In high contrast the header is black like the page: a rule between them.
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Math.max(1, Theme.px(2))
            visible: Theme.highContrast
            color: Theme.hairline
        }

        TouchButton {
            id: homeButton
            objectName: "homeButton"
            x: screen.edge
            y: (Theme.barHeight - height) / 2
            icon: "home"
            text: screen.words.home || ""
            showText: !screen.iconButtons
            fill: screen.quietFill
            ink: screen.headerInk
            outline: screen.quietOutline
            onTapped: screen.navigator.goHome()
        }

        TouchButton {
            id: backButton
            objectName: "backButton"
            x: homeButton.x + homeButton.width + Theme.smallGap
            y: homeButton.y
            icon: "back"
            text: screen.words.back || ""
            showText: !screen.iconButtons
            fill: screen.quietFill
            ink: screen.headerInk
            outline: screen.quietOutline
            onTapped: screen.navigator.back()
        }

        TouchButton {
            id: sourcesButton
            objectName: "sourcesButton"
            x: header.width - width - (Theme.landscape ? screen.reservedRight + Theme.gap
                                                        : screen.edge)
            y: Theme.landscape ? homeButton.y
                               : Theme.barHeight + (header.height - Theme.barHeight - screen.edge
                                                    - height) / 2
            icon: "sources"
            text: screen.words.sources || ""
            fill: screen.quietFill
            ink: screen.headerInk
            outline: screen.quietOutline
            onTapped: screen.view.openSources()
        }

        Text {
            id: heading
            objectName: "panelHeading"
            x: Theme.landscape ? backButton.x + backButton.width + Theme.gap : screen.edge
            width: sourcesButton.x - Theme.gap - x
            y: Theme.landscape ? (header.height - height) / 2
                               : Theme.barHeight + (header.height - Theme.barHeight - screen.edge
                                                    - height) / 2
            text: screen.view.panelTitle
            color: screen.headerInk
            font.family: Theme.serif
            font.pixelSize: Theme.panelTitle
            layer.enabled: Theme.cacheText(font.pixelSize)
            font.bold: true
            lineHeight: 0.9
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }

    // -- pages ---------------------------------------------------------------------------
    ListView {
        id: pageList
        objectName: "pageList"
        anchors { top: header.bottom; bottom: footer.top; left: parent.left; right: parent.right }
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        preferredHighlightBegin: 0
        preferredHighlightEnd: width
        highlightMoveVelocity: -1
        highlightMoveDuration: Theme.slideDuration
        boundsBehavior: Flickable.StopAtBounds
        flickDeceleration: 4000
        clip: true
        model: screen.view.pages

        delegate: PageView {
            width: pageList.width
            height: pageList.height
            view: screen.view
            words: screen.words
        }

        // A swipe moves the navigator once the page has settled (a touch during the
        // snap only stops it); the navigator moves the list (below).
        onMovementEnded: screen.navigator.setPageIndex(currentIndex)

        function follow(immediately) {
            const page = screen.navigator.pageIndex
            if (page < 0 || page >= count)
                return
            if (immediately)
                positionViewAtIndex(page, ListView.Beginning)
            currentIndex = page
        }
    }

    Connections {
        target: screen.navigator
        function onPlaceChanged() { pageList.follow(false) }
    }

    // The pages were rebuilt (another panel, or another language): same page, no slide.
    Connections {
        target: screen.view
        function onPanelChanged() { pageList.follow(true) }
    }

    // -- footer --------------------------------------------------------------------------
    Rectangle {
        id: footer
        objectName: "panelFooter"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.barHeight + Theme.px(12)
        color: Theme.surface

        Rectangle {
            width: parent.width
            height: Math.max(1, Theme.px(2))
            color: Theme.hairline
        }

        TouchButton {
            id: previousButton
            objectName: "previousButton"
            anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter }
            visible: screen.navigator.pageIndex > 0
            icon: "previous"
            text: screen.words.previous_page || ""
            showText: Theme.landscape
            minimumWidth: Theme.landscape ? Theme.px(300) : Theme.control * 1.5
            fill: Theme.background
            outline: Theme.hairline
            onTapped: screen.navigator.previousPage()
        }

        Column {
            anchors.centerIn: parent
            spacing: Theme.px(12)

            Row {
                objectName: "pageDots"
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.px(14)

                Repeater {
                    model: screen.navigator.pageCount

                    delegate: Rectangle {
                        required property int index
                        readonly property bool current: index === screen.navigator.pageIndex
                        width: Theme.px(current ? 36 : 14)
                        height: Theme.px(14)
                        radius: height / 2
                        color: current ? Theme.accent : Theme.mutedText
                        opacity: current ? 1 : 0.6
                    }
                }
            }

            Text {
                objectName: "pageIndicator"
                anchors.horizontalCenter: parent.horizontalCenter
                text: screen.view.pageIndicator
                color: Theme.mutedText
                font.family: Theme.sans
                font.pixelSize: Theme.caption
            }
        }

        TouchButton {
            id: nextButton
            objectName: "nextButton"
            anchors { right: parent.right; rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
            visible: screen.navigator.pageIndex < screen.navigator.pageCount - 1
            icon: "next"
            iconAfterText: true
            text: screen.words.next_page || ""
            showText: Theme.landscape
            bold: true
            minimumWidth: Theme.landscape ? Theme.px(300) : Theme.control * 1.5
            fill: Theme.accent
            ink: Theme.inkOn(Theme.accent)
            onTapped: screen.navigator.nextPage()
        }
    }
}
