"""The kiosk's typefaces: PT Sans and PT Serif, shipped in ``assets/fonts/``.

The exhibition is bilingual (English and Russian), so the UI needs one family
that is designed for Cyrillic as carefully as for Latin. Whatever a kiosk's
operating system happens to have installed is not that: it differs from machine
to machine and often draws Cyrillic from a fallback font. The bundled files are
registered with Qt for this process only, so every kiosk looks the same.

A kiosk must keep running when a font is missing: it is better to show the
exhibition in Qt's default faces than to show nothing. So loading never raises;
it logs a warning and hands back Qt's default family names instead.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger("kiosk.fonts")

FONTS_DIR = Path(__file__).resolve().parent.parent / "assets" / "fonts"
"""Where the font files live: resolved from the package, not the working directory."""

SANS_FAMILY = "PT Sans"
"""The bundled sans serif, for body text and controls (as the font files name it)."""

SERIF_FAMILY = "PT Serif"
"""The bundled serif, for headings and quotations (as the font files name it)."""

FONT_SUFFIXES = (".ttf", ".otf")


@dataclass(frozen=True)
class FontFamilies:
    """The family names to give ``font.family`` in QML, exactly as Qt reports them."""

    sans: str
    serif: str


def load_bundled_fonts(folder: Path = FONTS_DIR) -> FontFamilies:
    """Register every font file in ``folder`` with Qt and return the UI's two families.

    Call it once the QGuiApplication exists and before QML is loaded: Qt's font
    database belongs to the application, and text laid out earlier would keep
    the default faces. A family that did not load falls back, on its own, to
    Qt's default family for its style (with a warning), so one bad file does
    not change the other family.
    """
    if QGuiApplication.instance() is None:
        # Qt's font database cannot be used yet; the generic names still let
        # fontconfig choose something sensible once text is drawn.
        log.warning("fonts: no QGuiApplication yet, bundled fonts not loaded")
        return FontFamilies(sans="sans-serif", serif="serif")
    loaded = _register(folder)
    return FontFamilies(
        sans=_pick(SANS_FAMILY, loaded, QFont.StyleHint.SansSerif),
        serif=_pick(SERIF_FAMILY, loaded, QFont.StyleHint.Serif),
    )


def _register(folder: Path) -> set[str]:
    """Add each .ttf/.otf file in ``folder`` to Qt; return the families Qt read from them."""
    try:
        files = sorted(
            path
            for path in folder.iterdir()
            if path.is_file() and path.suffix.lower() in FONT_SUFFIXES
        )
    except OSError as error:
        log.warning("fonts: cannot read font folder %s: %s", folder, error)
        return set()
    if not files:
        log.warning("fonts: no .ttf or .otf files in %s", folder)
    families: set[str] = set()
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            # Qt says no more than -1, for an unreadable file and a corrupt one alike.
            log.warning("fonts: Qt could not load font file %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families


def _pick(family: str, loaded: set[str], hint: QFont.StyleHint) -> str:
    """``family`` if a bundled file provided it, else Qt's default family for ``hint``."""
    if family in loaded:
        return family
    fallback = QFont()
    fallback.setStyleHint(hint)
    name = fallback.defaultFamily()
    log.warning("fonts: %s was not loaded, falling back to %s", family, name)
    return name
