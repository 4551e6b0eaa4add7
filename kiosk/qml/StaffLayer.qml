// Staff access, above everything (the attract loop and "Still there?" included):
// the PIN pad, the card saying no PIN is set, the staff menu and the touch test.
// Python (kiosk/staff.py) owns the state and every decision; this file shows it.
// While it is up, nothing beneath takes a touch.
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: staffLayer

    property QtObject staff: null
    readonly property string mode: staff ? staff.state : "closed"

    objectName: "staffLayer"
    anchors.fill: parent
    visible: mode !== "closed"

    Rectangle {
        anchors.fill: parent
        color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.94)
    }

    // Below the cards' buttons, above the kiosk: touches that miss a button end here.
    TouchShield {
        anchors.fill: parent
        Accessible.role: Accessible.Dialog
        Accessible.name: "Staff access"
    }

    PinPad {
        anchors.centerIn: parent
        staff: staffLayer.staff
        visible: staffLayer.mode === "pin"
    }

    StaffCard {
        objectName: "staffNotSet"
        anchors.centerIn: parent
        visible: staffLayer.mode === "notset"
        title: "Staff access is not set up"
        onClosed: staffLayer.staff.close()

        Text {
            width: parent.width
            text: "No staff PIN is set on this kiosk. To set one, run <b>kiosk set-pin</b> "
                  + "on this computer, then restart the kiosk."
            textFormat: Text.StyledText
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.body
            lineHeight: Theme.lineHeight
            wrapMode: Text.Wrap
        }
    }

    StaffMenu {
        anchors.centerIn: parent
        staff: staffLayer.staff
        visible: staffLayer.mode === "menu" || staffLayer.mode === "confirmquit"
    }

    Loader {
        anchors.fill: parent
        active: staffLayer.mode === "touchtest"
        sourceComponent: TouchTest { staff: staffLayer.staff }
    }
}
