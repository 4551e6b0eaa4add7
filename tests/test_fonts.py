"""The bundled typefaces load, cover both exhibition languages, and never stop the kiosk."""

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics

from kiosk.fonts import FONTS_DIR, SANS_FAMILY, SERIF_FAMILY, FontFamilies, load_bundled_fonts

WS = QFontDatabase.WritingSystem


def _qt_defaults() -> FontFamilies:
    """Qt's own default families, which the loader falls back to."""
    sans, serif = QFont(), QFont()
    sans.setStyleHint(QFont.StyleHint.SansSerif)
    serif.setStyleHint(QFont.StyleHint.Serif)
    return FontFamilies(sans=sans.defaultFamily(), serif=serif.defaultFamily())


def test_bundled_folder_has_fonts_and_licence() -> None:
    files = {path.name for path in FONTS_DIR.iterdir()}
    assert {"copyright", "README.md"} <= files
    assert any(name.endswith(".ttf") for name in files)


def test_bundled_fonts_load(qapp: object) -> None:
    families = load_bundled_fonts()
    assert families == FontFamilies(sans=SANS_FAMILY, serif=SERIF_FAMILY)


@pytest.mark.parametrize("family", [SANS_FAMILY, SERIF_FAMILY])
def test_families_cover_latin_and_cyrillic(qapp: object, family: str) -> None:
    load_bundled_fonts()
    systems = QFontDatabase.writingSystems(family)
    assert WS.Latin in systems
    assert WS.Cyrillic in systems
    font = QFont(family)
    # Qt really uses the bundled face, not a substitute of another name.
    assert QFontInfo(font).family() == family
    metrics = QFontMetrics(font)
    for char in "ЖжЁёЩщЫыЭэЮюЯя№«»—AaQqZz":
        assert metrics.inFontUcs4(ord(char)), char


@pytest.mark.parametrize("family", [SANS_FAMILY, SERIF_FAMILY])
def test_families_have_regular_italic_bold(qapp: object, family: str) -> None:
    load_bundled_fonts()
    assert {"Regular", "Italic", "Bold"} <= set(QFontDatabase.styles(family))


def test_missing_folder_falls_back(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.fonts"):
        families = load_bundled_fonts(tmp_path / "absent")
    assert families == _qt_defaults()
    assert families.sans
    assert families.serif
    messages = [r.getMessage() for r in caplog.records if r.name == "kiosk.fonts"]
    assert any("absent" in message for message in messages)
    assert all(r.levelno == logging.WARNING for r in caplog.records)


def test_empty_folder_falls_back(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.fonts"):
        families = load_bundled_fonts(tmp_path)
    assert families == _qt_defaults()
    assert any("no .ttf or .otf" in r.getMessage() for r in caplog.records)


def test_corrupt_file_falls_back(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "broken.ttf").write_bytes(b"not a font")
    (tmp_path / "notes.txt").write_text("ignored: not a font file")
    with caplog.at_level(logging.WARNING, logger="kiosk.fonts"):
        families = load_bundled_fonts(tmp_path)
    assert families == _qt_defaults()
    messages = [r.getMessage() for r in caplog.records]
    assert any("broken.ttf" in message for message in messages)
    assert not any("notes.txt" in message for message in messages)


def test_one_family_missing_keeps_the_other(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for path in FONTS_DIR.glob("PTS*.ttf"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    with caplog.at_level(logging.WARNING, logger="kiosk.fonts"):
        families = load_bundled_fonts(tmp_path)
    # PT Serif may still be registered by an earlier test in this process; the
    # loader decides by what this folder provided, so it falls back regardless.
    assert families == FontFamilies(sans=SANS_FAMILY, serif=_qt_defaults().serif)
    assert any(SERIF_FAMILY in r.getMessage() for r in caplog.records)
