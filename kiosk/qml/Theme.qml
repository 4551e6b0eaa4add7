// Shared sizes, colours and typefaces of the visitor interface.
// Main.qml feeds it the window size, the exhibition's theme colours and the font
// families; every size is in the scale unit `u` (1 at 1080 px on the short side),
// so the layout scales from 1280×720 to 3840×2160, landscape or portrait.
pragma Singleton
import QtQuick

QtObject {
    // -- set by Main.qml -------------------------------------------------------------
    property real windowWidth: 1920
    property real windowHeight: 1080
    property var colours: ({})
    property string sans: ""
    property string serif: ""
    property bool softwareRendering: false   // Qt Quick paints with the CPU (no GPU)
    // The visitor's accessibility choices (kiosk/preferences.py), reset for each visitor.
    property real textScale: 1               // 1, 1.25 or 1.5: every text size grows
    property bool highContrast: false        // `colours` are then the high-contrast theme
    property bool lowReach: false            // everything in the lower half of the screen

    // -- scale -------------------------------------------------------------------------
    readonly property real u: Math.min(windowWidth, windowHeight) / 1080
    readonly property bool landscape: windowWidth >= windowHeight
    function px(n) { return Math.round(n * u) }
    // A text size: `n` px at 1080p, times the visitor's text scale. Spaces and
    // controls use px(); only type grows, and layouts reflow around it.
    function type(n) { return Math.round(n * u * textScale) }

    // -- colours (from the exhibition's theme) ---------------------------------------
    readonly property color background: colours.background || "#14110f"
    readonly property color surface: colours.surface || "#221e1b"
    readonly property color text: colours.text || "#f2ede6"
    readonly property color mutedText: colours.mutedText || "#c4bbb0"
    readonly property color accent: colours.accent || "#d9a45b"
    readonly property color dim: Qt.rgba(0, 0, 0, 0.72)
    readonly property color hairline: Qt.rgba(text.r, text.g, text.b, highContrast ? 0.6 : 0.18)

    // -- type ---------------------------------------------------------------------------
    readonly property int body: type(30)          // ≥ 28 px at 1080p
    readonly property int caption: type(24)       // ≥ 22 px at 1080p
    readonly property int label: type(22)         // small capitals: kinds, "Glossary"
    readonly property int buttonText: type(28)
    readonly property int exhibitionTitle: type(76)
    readonly property int pageTitle: type(54)
    readonly property int cardTitle: type(42)
    readonly property int panelTitle: type(34)
    readonly property int quote: type(38)
    readonly property int figure: type(96)
    // PT Sans lines are 1.29 em: 1.17 gives 1.5 em (45 px at 1080p), so a linked
    // word is a touch target as tall as its line.
    readonly property real lineHeight: 1.17
    readonly property int measure: 27 * body     // ≈ 55 characters per line, at every size

    // -- space and touch ----------------------------------------------------------------
    readonly property int control: Math.max(44, px(84))   // touch targets: ≥ 64 px at 1080p
    readonly property int iconSize: Math.max(24, px(36))
    readonly property int margin: px(64)
    readonly property int gap: px(32)
    readonly property int smallGap: px(16)
    readonly property int radius: px(12)
    readonly property int barHeight: control + 2 * px(18)
    // Fades repaint the whole screen on every frame: cheap on a GPU, 40-60 ms a frame
    // for the CPU at 1080p. Without a GPU, screens and cards appear at once instead.
    readonly property int fadeDuration: softwareRendering ? 0 : 180
    readonly property int slideDuration: 250

    // Qt's raster engine caches glyphs only below 64 px: larger text is filled as
    // paths every time its part of the screen is repainted (a fade repaints all of
    // it, every frame). With no GPU, such text is drawn once into a layer instead.
    function cacheText(pixelSize) { return softwareRendering && pixelSize >= 64 }

    // -- helpers for colours the content chooses --------------------------------------
    function luminance(c) {
        function channel(v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
    // The theme's text or background colour, whichever reads better on `fill`.
    function inkOn(fill) {
        return contrast(fill, text) >= contrast(fill, background) ? text : background
    }
    // A control's colour while a finger is on it: its ink laid over its fill at 22 %,
    // so even a see-through button turns visibly lighter (or darker) in one frame.
    function pressedColour(fill, ink) {
        const t = 0.22, alpha = t + fill.a * (1 - t)
        function mix(i, f) { return (i * t + f * fill.a * (1 - t)) / alpha }
        return Qt.rgba(mix(ink.r, fill.r), mix(ink.g, fill.g), mix(ink.b, fill.b), alpha)
    }

    // -- for screen readers ---------------------------------------------------------------
    // The words of the presenter's simple HTML (paragraphs, links, bold), as a screen
    // reader reads a Text's accessible name: no tags, paragraphs on their own lines.
    function plainText(html) {
        return (html || "").replace(/<\/p>/g, "\n").replace(/<[^>]*>/g, "")
                           .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")
                           .trim()
    }
}
