// One button per language, each in its own name; the current one is filled.
// Lives on top of every screen and card, always in the same corner.
pragma ComponentBehavior: Bound
import QtQuick

Row {
    id: languageSwitch

    required property QtObject session

    spacing: Theme.px(10)
    Accessible.role: Accessible.Grouping
    Accessible.name: session.words.language || ""

    Repeater {
        model: languageSwitch.session.languages

        delegate: TouchButton {
            required property string name
            required property string code
            required property bool current

            objectName: "languageButton"
            text: name
            bold: current
            fill: current ? Theme.accent : Qt.rgba(0, 0, 0, 0.25)
            ink: current ? Theme.inkOn(Theme.accent) : Theme.text
            outline: current ? Theme.accent : Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.55)
            padding: Theme.px(24)
            Accessible.checkable: true
            Accessible.checked: current
            onTapped: languageSwitch.session.setLanguage(code)
        }
    }
}
