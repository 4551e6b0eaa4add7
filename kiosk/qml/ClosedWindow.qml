// The kiosk, started on content with errors and no good copy kept from before:
// a calm notice for visitors (the problems go to the log, for staff). kiosk/app.py
// replaces this window with the exhibition as soon as the files load without errors.
// The content cannot say which languages to use, so the notice uses the two the
// kiosk knows itself.
import QtQuick

Window {
    id: root

    property string sansFamily: ""
    property string serifFamily: ""

    title: "kiosk: waiting for content without errors"
    color: Theme.background

    Binding { target: Theme; property: "windowWidth"; value: root.width }
    Binding { target: Theme; property: "windowHeight"; value: root.height }
    Binding { target: Theme; property: "sans"; value: root.sansFamily }
    Binding { target: Theme; property: "serif"; value: root.serifFamily }

    Column {
        objectName: "closedNotice"
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.margin, Theme.measure)
        spacing: Theme.gap * 2

        Repeater {
            model: [
                { title: "This exhibit is being updated",
                  text: "Please come back a little later." },
                { title: "Экспозиция обновляется",
                  text: "Пожалуйста, загляните немного позже." }
            ]
            delegate: Column {
                required property var modelData
                width: parent.width
                spacing: Theme.gap / 2

                Text {
                    width: parent.width
                    text: modelData.title
                    color: Theme.text
                    font.family: Theme.serif
                    font.pixelSize: Theme.pageTitle
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
                Text {
                    width: parent.width
                    text: modelData.text
                    color: Theme.mutedText
                    font.family: Theme.sans
                    font.pixelSize: Theme.body
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
