"""A map's names: set on one to three lines, and placed at every scale of a ladder.

Pure functions on boxes in *reference pixels* (pixels at 1080p; QML multiplies by
``Theme.u``). Names keep their pixel size while the map zooms, so a placement holds
for one scale: :func:`layouts` works one out (:mod:`kiosk.geo_placement`) for each
step of a ladder of scales, each from the one before, and QML shows the one for the
largest scale not above its own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.geo_boxes import Box, union
from kiosk.geo_placement import Marker, Spot, place_labels
from kiosk.geo_text import LINE_HEIGHT, FontWidths

LABEL_SIZE = 22
"""The names' font size in reference pixels at standard text (captions are ≥ 22 px at
1080p); a visitor's larger text multiplies it, and names are placed again for it."""

SINGLE_LINE_LIMIT = 7.5
"""Names wider than this (in em) are broken into lines (three at most) where they balance best."""


@dataclass(frozen=True)
class Label:
    """A place's name as set: its lines and the box they fill."""

    lines: tuple[str, ...]
    width: float
    height: float

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def set_label(name: str, font: FontWidths, size: float = LABEL_SIZE) -> Label:
    """``name`` on as few lines as keep each within SINGLE_LINE_LIMIT (three at most),
    broken between words where the lines balance best."""
    lines = _balanced_lines(name.split(" "), font, _line_count(name, font))
    width = max(font.width(line) for line in lines) * size
    return Label(lines, math.ceil(width) + 1, math.ceil(len(lines) * LINE_HEIGHT * size))


def _line_count(name: str, font: FontWidths) -> int:
    return min(3, len(name.split(" ")), math.ceil(font.width(name) / SINGLE_LINE_LIMIT))


def _balanced_lines(words: list[str], font: FontWidths, count: int) -> tuple[str, ...]:
    """``words`` in ``count`` lines, the widest as narrow as it can be."""
    if count <= 1:
        return (" ".join(words),)
    splits = [
        (" ".join(words[:i]), *_balanced_lines(words[i:], font, count - 1))
        for i in range(1, len(words) - count + 2)
    ]
    return min(splits, key=lambda lines: max(font.width(line) for line in lines))


REACH = (160.0, 110.0)
"""How far (x, y, reference pixels) names may reach beyond the outermost places, at
standard text (names of larger text reach as much further as they are larger)."""

HOME_PAD = 6.0
"""Room kept around the places and their names when "show all" fits them on screen."""


@dataclass(frozen=True)
class Layout:
    """The names' spots at one scale, and the box "show all" must fit on screen at
    that scale (every place and name, in fractions of the canvas: left, top, right,
    bottom)."""

    scale: float
    spots: list[Spot | None]
    home: Box


def layouts(
    places: Sequence[tuple[float, float, float]],
    sizes: Sequence[tuple[float, float]],
    canvas_shape: float,
    ladder: Sequence[float],
    least: Box = (1.0, 1.0, 0.0, 0.0),
    reach: tuple[float, float] = REACH,
) -> list[Layout]:
    """One layout per scale of ``ladder`` (the canvas's width in reference pixels,
    smallest first), each starting from the one before, until one puts every name
    right beside its marker: that one holds at every larger scale too, so the list
    stops there.

    ``places``: each marker's (x, y) as fractions of the canvas and its radius in
    reference pixels; ``sizes``: each name's box; ``canvas_shape``: the canvas's
    height / width; ``least``: a box (fractions of the canvas) that "show all" shows
    at the least, so that two places close together still come with a map around them;
    ``reach``: how far (x, y) names may reach beyond the outermost places.
    """
    found: list[Layout] = []
    for width in ladder:
        height = width * canvas_shape
        markers = [Marker(fx * width, fy * height, r) for fx, fy, r in places]
        extent = union([m.box() for m in markers])
        # Within reach of the places, and on the canvas: "show all" shows no more.
        bounds = (
            max(0.0, extent[0] - reach[0]),
            max(0.0, extent[1] - reach[1]),
            min(width, extent[2] + reach[0]),
            min(height, extent[3] + reach[1]),
        )
        spots = place_labels(markers, sizes, bounds, found[-1].spots if found else ())
        home = _home(markers, spots, width, height)
        found.append(Layout(width, spots, union([home, least]) if least[0] < least[2] else home))
        if all(spot is not None and spot.leader is None for spot in spots):
            break
    return found


def _home(
    markers: Sequence[Marker], spots: Sequence[Spot | None], width: float, height: float
) -> Box:
    boxes = [m.box() for m in markers]
    boxes += [spot.moved(m.x, m.y)[0] for m, spot in zip(markers, spots, strict=True) if spot]
    left, top, right, bottom = union(boxes)
    return (
        (left - HOME_PAD) / width,
        (top - HOME_PAD) / height,
        (right + HOME_PAD) / width,
        (bottom + HOME_PAD) / height,
    )
