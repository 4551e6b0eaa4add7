// The curator's preview only: what is wrong with the content files, at the foot of
// the screen, until they are fixed. With errors, everything above it is still the
// last good content, and the banner says so. The kiosk itself never shows this
// banner (its LiveContent gives no problems): there, problems go to the log.
import QtQuick

Rectangle {
    id: banner

    required property QtObject live
    property real maxHeight: parent ? parent.height * 0.45 : 400
    property bool nothingShown: false     // no content has loaded yet: nothing to fall back on
    readonly property var problems: live ? live.problems : []
    readonly property int errors: live ? live.errorCount : 0
    readonly property real pad: Theme.px(28)

    objectName: "problemBanner"
    visible: problems.length > 0
    height: Math.min(heading.height + list.contentHeight + 3 * pad, maxHeight)
    color: errors > 0 ? "#3a1613" : "#2e2714"

    Rectangle {
        width: parent.width
        height: Math.max(2, Theme.px(4))
        color: banner.errors > 0 ? "#e2705f" : Theme.accent
    }

    // The banner takes its own clicks: nothing beneath it is pressed by mistake.
    MouseArea { anchors.fill: parent }

    Text {
        id: heading
        objectName: "problemHeading"
        x: banner.pad
        y: banner.pad
        width: parent.width - 2 * banner.pad
        color: "#ffffff"
        font.family: Theme.sans
        font.pixelSize: Theme.caption
        font.bold: true
        wrapMode: Text.Wrap
        text: {
            const warnings = banner.problems.length - banner.errors
            const also = warnings > 0 ? " and " + count(warnings, "warning") : ""
            if (banner.errors > 0)
                return count(banner.errors, "error") + also + " in the content files."
                     + (banner.nothingShown ? ""
                                            : " The screen shows the last content without errors.")
            return count(warnings, "warning") + ": the content is shown, but "
                 + "`kiosk validate --strict` refuses it."
        }

        function count(n, noun) { return n + " " + noun + (n === 1 ? "" : "s") }
    }

    ListView {
        id: list
        objectName: "problemList"
        anchors {
            left: parent.left; right: parent.right; top: heading.bottom; bottom: parent.bottom
            leftMargin: banner.pad; rightMargin: banner.pad
            topMargin: banner.pad / 2; bottomMargin: banner.pad
        }
        clip: true
        spacing: Theme.px(10)
        boundsBehavior: Flickable.StopAtBounds
        model: banner.problems

        delegate: Text {
            required property string modelData
            width: ListView.view.width
            text: modelData
            color: modelData.indexOf(": error: ") >= 0 ? "#ffd2c9" : "#f0d58c"
            font.family: Theme.sans
            font.pixelSize: Theme.caption
            textFormat: Text.PlainText
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        }
    }
}
