"""How wide a map label will be, without Qt: advance widths read from the bundled font.

Labels are placed in Python (:mod:`kiosk.geo_labels`) before QML draws them, so
Python must know how much room each name takes. The advance widths come from the
``hmtx`` table of PT Sans itself (read with ``struct``; the file is parsed once per
process), so an estimate is exact up to kerning, which only ever tightens a line.
If the font file is missing, a generous average width stands in.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LABEL_FONT = Path(__file__).resolve().parent.parent / "assets" / "fonts" / "PTS55F.ttf"
"""PT Sans Regular, the face of the map's labels (kiosk.fonts registers it with Qt;
that module imports Qt, so the path is spelled out here)."""

FALLBACK_ADVANCE = 0.62
"""An em fraction wider than almost every PT Sans letter, for a missing font file."""

LINE_HEIGHT = 1.3
"""A line of PT Sans as Qt lays it out (ascent + descent + gap are 1.295 em)."""


@dataclass(frozen=True)
class FontWidths:
    """Advance widths in em, by character; ``default`` for characters the font lacks."""

    widths: dict[str, float]
    default: float

    def width(self, text: str) -> float:
        """The advance of ``text`` in em (kerning ignored: it only makes text narrower)."""
        return sum(self.widths.get(character, self.default) for character in text)


@cache
def label_font(path: Path = LABEL_FONT) -> FontWidths:
    """The label face's widths, read once; a generous stand-in if the file is missing."""
    try:
        return read_widths(path.read_bytes())
    except (OSError, ValueError, struct.error):
        return FontWidths({}, FALLBACK_ADVANCE)


def read_widths(font: bytes) -> FontWidths:
    """Every Basic Multilingual Plane character's advance width, from a TrueType file."""
    tables = _tables(font)
    units = struct.unpack_from(">H", font, tables["head"] + 18)[0]
    metrics_count = struct.unpack_from(">H", font, tables["hhea"] + 34)[0]
    hmtx = tables["hmtx"]
    advances = [
        struct.unpack_from(">H", font, hmtx + 4 * i)[0] / units for i in range(metrics_count)
    ]
    glyphs = _bmp_glyphs(font, tables["cmap"])
    widths = {chr(code): advances[min(glyph, metrics_count - 1)] for code, glyph in glyphs.items()}
    return FontWidths(widths, max(advances))


def _tables(font: bytes) -> dict[str, int]:
    """Each table's tag and offset, from the font's table directory."""
    count = struct.unpack_from(">H", font, 4)[0]
    records = (struct.unpack_from(">4sIII", font, 12 + 16 * i) for i in range(count))
    return {tag.decode("latin-1"): offset for tag, _checksum, offset, _length in records}


def _bmp_glyphs(font: bytes, cmap: int) -> dict[int, int]:
    """Character code → glyph index, from the cmap's Unicode BMP subtable (format 4)."""
    count = struct.unpack_from(">H", font, cmap + 2)[0]
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", font, cmap + 4 + 8 * i)
        table = cmap + offset
        if (platform, encoding) in {(3, 1), (0, 3)} and _u16(font, table) == 4:
            return _format4(font, table)
    raise ValueError("no Unicode BMP character map")


def _format4(font: bytes, table: int) -> dict[int, int]:
    segments = _u16(font, table + 6) // 2
    ends_at = table + 14
    starts_at = ends_at + 2 * segments + 2
    deltas_at = starts_at + 2 * segments
    ranges_at = deltas_at + 2 * segments
    glyphs: dict[int, int] = {}
    for s in range(segments):
        end, start = _u16(font, ends_at + 2 * s), _u16(font, starts_at + 2 * s)
        delta, range_offset = _u16(font, deltas_at + 2 * s), _u16(font, ranges_at + 2 * s)
        for code in range(start, min(end, 0xFFFE) + 1):
            if range_offset == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                at = ranges_at + 2 * s + range_offset + 2 * (code - start)
                glyph = _u16(font, at)
                glyph = (glyph + delta) & 0xFFFF if glyph else 0
            if glyph:
                glyphs[code] = glyph
    return glyphs


def _u16(font: bytes, at: int) -> int:
    value: int = struct.unpack_from(">H", font, at)[0]
    return value
