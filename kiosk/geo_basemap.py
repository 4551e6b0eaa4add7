"""The base map under a map block: its frame, and the country outlines cut to it.

A map's *frame* is worked out from its places alone: the projection is centred
on them, and the *canvas* (everything that is drawn) is their extent, with room
for their names, widened so that a screen of any shape, from tall to wide, is
filled with land and sea rather than an empty band. What "show all" shows (the
places and their names) is worked out with the names, in :mod:`kiosk.geo_labels`.
Everything is in *plane* units: Earth radii, x to the east, y downwards (as on
screen).

The outlines are Natural Earth's (kiosk/maps/countries-110m.json, read once per
process): every country that reaches into the canvas, projected and written as
one SVG path that a single Qt Quick ``ShapePath`` fills and strokes (one path
parses and paints faster than a hundred). The result is cached per frame, so only the first map
block of a process pays for it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kiosk.geo_projection import EquidistantConic

BASEMAP = Path(__file__).resolve().parent / "maps" / "countries-110m.json"

PATH_WIDTH = 1000.0
"""The canvas's width in outline-path units; the height follows its shape."""

NAMES_ROOM = 0.25
"""Room around the places for their names, as a fraction of their extent (each side)."""

MINIMUM_EXTENT = (0.16, 0.1)
"""The smallest extent of the places, in Earth radii (about 1,000 by 640 km): one place
is not a map."""

SCREEN_SHAPES = (0.7, 2.6)
"""The tallest and widest screens (width / height) the canvas fills without a gap."""

Point = tuple[float, float]


@dataclass(frozen=True)
class Box:
    """A rectangle in plane units, y downwards."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def grown(self, dx: float, dy: float) -> Box:
        return Box(self.left - dx, self.top - dy, self.right + dx, self.bottom + dy)

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.top <= y <= self.bottom


@dataclass(frozen=True)
class Frame:
    """Where a map's places are drawn: its projection, their extent and the canvas."""

    projection: EquidistantConic
    places: Box
    canvas: Box

    def plane(self, longitude: float, latitude: float) -> Point:
        """Degrees → plane units (y downwards)."""
        x, y = self.projection.forward(longitude, latitude)
        return x, -y

    def fraction(self, longitude: float, latitude: float) -> Point:
        """Degrees → where on the canvas, as fractions of its width and height."""
        x, y = self.plane(longitude, latitude)
        return (x - self.canvas.left) / self.canvas.width, (
            y - self.canvas.top
        ) / self.canvas.height

    def degrees(self, fx: float, fy: float) -> Point:
        """Fractions of the canvas → (longitude, latitude): the inverse of :meth:`fraction`."""
        x = self.canvas.left + fx * self.canvas.width
        y = self.canvas.top + fy * self.canvas.height
        return self.projection.inverse(x, -y)

    def box_fractions(self, box: Box) -> dict[str, float]:
        """A box as fractions of the canvas, as QML reads it."""
        c = self.canvas
        return {
            "x": (box.left - c.left) / c.width,
            "y": (box.top - c.top) / c.height,
            "width": box.width / c.width,
            "height": box.height / c.height,
        }


@cache
def frame_for(places: tuple[Point, ...]) -> Frame:
    """The frame around ``places`` (longitude, latitude pairs); see the module docstring."""
    longitudes = [lon for lon, _ in places]
    latitudes = [lat for _, lat in places]
    projection = EquidistantConic(
        central_meridian=round((min(longitudes) + max(longitudes)) / 2, 1),
        reference_latitude=round((min(latitudes) + max(latitudes)) / 2, 1),
    )
    plane = [(x, -y) for x, y in (projection.forward(lon, lat) for lon, lat in places)]
    extent = _extent_of(plane)
    return Frame(projection, extent, _canvas_around(extent))


def _extent_of(plane: Sequence[Point]) -> Box:
    xs, ys = [x for x, _ in plane], [y for _, y in plane]
    box = Box(min(xs), min(ys), max(xs), max(ys))
    return box.grown(
        max(0.0, (MINIMUM_EXTENT[0] - box.width) / 2),
        max(0.0, (MINIMUM_EXTENT[1] - box.height) / 2),
    )


def _canvas_around(extent: Box) -> Box:
    room = extent.grown(extent.width * NAMES_ROOM, extent.height * NAMES_ROOM)
    tallest, widest = SCREEN_SHAPES
    width = max(room.width, room.height * widest)
    height = max(room.height, room.width / tallest)
    return room.grown((width - room.width) / 2, (height - room.height) / 2)


# -- outlines ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    """A country's name, ISO code, rings of [longitude, latitude] and their extent.

    Rings stay the lists JSON gives: turning 10,000 pairs into tuples would double
    the time the base map takes to load.
    """

    name: str
    iso_a3: str
    rings: list[list[list[float]]]
    extent: Box  # in degrees: west, south, east, north


@cache
def countries(path: Path = BASEMAP) -> tuple[Country, ...]:
    """The base map's countries, read once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Country(c["name"], c["iso_a3"], c["rings"], _extent(c["rings"])) for c in data["countries"]
    )


def _extent(rings: list[list[list[float]]]) -> Box:
    longitudes = [lon for ring in rings for lon, _ in ring]
    latitudes = [lat for ring in rings for _, lat in ring]
    return Box(min(longitudes), min(latitudes), max(longitudes), max(latitudes))


@cache
def outline_path(frame: Frame) -> str:
    """Every country that reaches into the canvas, as one SVG path in path units.

    Rings are kept whole: Qt clips what lies beyond the view for free, and cutting
    them to the canvas here took longer than everything else put together.
    """
    canvas = frame.canvas
    reach = _degrees_covered(frame, canvas)
    left, top, unit = canvas.left, canvas.top, PATH_WIDTH / canvas.width
    project = frame.projection.projector()
    parts = []
    for country in countries():
        if _overlap(country.extent, reach):
            for ring in country.rings:
                points = [((x - left) * unit, (y - top) * unit) for x, y in project.ring(ring)]
                parts.append(_svg_ring(points))
    return "".join(parts)


def _degrees_covered(frame: Frame, box: Box, samples: int = 48) -> Box:
    """The longitudes and latitudes a plane box spans (west, south, east, north), found
    along its edges; with the pole inside it, every longitude."""
    edge = [i / samples for i in range(samples + 1)]
    rim = [(box.left + t * box.width, box.top) for t in edge]
    rim += [(box.left + t * box.width, box.bottom) for t in edge]
    rim += [(box.left, box.top + t * box.height) for t in edge]
    rim += [(box.right, box.top + t * box.height) for t in edge]
    degrees = [frame.projection.inverse(x, -y) for x, y in rim]
    longitudes, latitudes = [d[0] for d in degrees], [d[1] for d in degrees]
    if box.contains(*frame.plane(0.0, 90.0)):
        return Box(-180.0, min(latitudes), 180.0, 90.0)
    return Box(min(longitudes), min(latitudes), max(longitudes), max(latitudes))


def _overlap(a: Box, b: Box) -> bool:
    return a.left <= b.right and b.left <= a.right and a.top <= b.bottom and b.top <= a.bottom


def _svg_ring(points: Sequence[Point]) -> str:
    """'M x y L x y … Z', to a tenth of a unit."""
    return "M" + "L".join([f"{x:.1f} {y:.1f}" for x, y in points]) + "Z"
