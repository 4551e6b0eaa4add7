"""A map's names, set and placed once per language and text size, and ahead of time.

Placing the names at every scale of the ladder takes some tens of milliseconds: too
long to repeat whenever the presenter rebuilds a panel's pages. So each language's
result is kept for the life of the process, and when a map is first built, its
names in the exhibition's other languages are placed on a background thread: a
visitor who then changes language finds them ready. One who asks sooner waits for
that one run to finish; the names are never placed twice.

Names in larger type (the visitor's text size) need other places. They are placed
when first asked for (:func:`placed_soon`, by the view for QML), on the background
thread, never making the GUI thread wait: until then QML keeps the names it has.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from typing import Any

from kiosk.geo_basemap import Frame
from kiosk.geo_labels import LABEL_SIZE, REACH, Label, layouts, set_label
from kiosk.geo_placement import Spot
from kiosk.geo_text import label_font

LADDER = tuple(round(800 * 1.15**step) for step in range(-5, 11))
"""Canvas widths (reference pixels) that names are placed for, ×1.15 a step from 398 (a
map in a narrow column beside large text; QML would otherwise show names placed for a
larger canvas, too close together) by way of 800 (a small map beside text, at 1080p) to
3,240; QML keeps the last layout for larger scales."""

Places = tuple[tuple[float, float, float], ...]
"""Each marker's (x, y) as fractions of the canvas, and its radius in reference pixels."""

Names = tuple[tuple[Label, ...], list[dict[str, Any]]]
"""The names as set, and the ladder of layouts as QML reads it."""

Map = tuple[tuple[str, ...], Places, Frame]
"""A map's names, its places and its frame: what its names' placement depends on."""

_lock = threading.Lock()
_runs: dict[tuple[tuple[str, ...], Places, Frame, float], Future[Names]] = {}
_maps: dict[str, Map] = {}


def map_key(names: tuple[str, ...], places: Places, frame: Frame) -> str:
    """A short name for a map's names in one language, by which QML asks for them in
    another size of type (:func:`placed_soon`); the same for the life of the process."""
    key = f"{hash((names, places, frame)) & 0xFFFFFFFFFFFF:012x}"
    with _lock:
        _maps[key] = (names, places, frame)
    return key


def placed_soon(
    key: str, text_scale: float, ready: Callable[[], None]
) -> list[dict[str, Any]] | None:
    """The ladder of layouts of map ``key``'s names in type ``text_scale`` times the
    standard size, if they are placed; if not, None, and they are placed on the
    background thread, which calls ``ready`` when they are. Never waits."""
    with _lock:
        known = _maps.get(key)
        run = None if known is None else _runs.get((*known, text_scale))
    if known is None:
        return None
    if run is None:
        run = _worker().submit(placed_names, *known, text_scale)
    elif run.done():
        return None if run.exception() is not None else run.result()[1]
    run.add_done_callback(lambda _: ready())
    return None


def placed_names(
    names: tuple[str, ...], places: Places, frame: Frame, text_scale: float = 1.0
) -> Names:
    """The names set and placed at every scale of the ladder (worked out once), in
    type ``text_scale`` times the standard size."""
    key = (names, places, frame, text_scale)
    with _lock:
        run = _runs.get(key)
        mine = run is None
        if run is None:
            run = _runs[key] = Future()
    if mine:
        try:
            run.set_result(_place(names, places, frame, text_scale))
        except BaseException as error:  # the waiting caller sees it too
            run.set_exception(error)
            raise
    return run.result()


def place_in_background(
    other_names: Iterable[tuple[str, ...]], places: Places, frame: Frame, text_scale: float = 1.0
) -> None:
    """Start placing names not yet placed (another language's) on the background thread."""
    for names in other_names:
        with _lock:
            known = (names, places, frame, text_scale) in _runs
        if not known:
            _worker().submit(placed_names, names, places, frame, text_scale)


@cache
def _worker() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-map-names")


def _place(names: tuple[str, ...], places: Places, frame: Frame, text_scale: float) -> Names:
    font = label_font()
    labels = tuple(set_label(name, font, LABEL_SIZE * text_scale) for name in names)
    sizes = [(label.width, label.height) for label in labels]
    shape = frame.canvas.height / frame.canvas.width
    ladder = [
        {
            "scale": layout.scale,
            "home": _fractions(layout.home),
            "spots": [_spot(spot) for spot in layout.spots],
        }
        for layout in layouts(places, sizes, shape, LADDER, _least(frame), _reach(text_scale))
    ]
    return labels, ladder


def _reach(text_scale: float) -> tuple[float, float]:
    """How far names may reach beyond the places: further for larger names."""
    return REACH[0] * text_scale, REACH[1] * text_scale


def places_box(frame: Frame) -> dict[str, float]:
    """The places' extent, without their names, as QML reads a box: what "show all"
    fits where no placement of the names fits the map (a small map, large text)."""
    return _fractions(_least(frame))


def _least(frame: Frame) -> tuple[float, float, float, float]:
    """The places' extent (at least MINIMUM_EXTENT) as fractions of the canvas."""
    box = frame.box_fractions(frame.places)
    return (box["x"], box["y"], box["x"] + box["width"], box["y"] + box["height"])


def _fractions(box: tuple[float, float, float, float]) -> dict[str, float]:
    """A box (left, top, right, bottom) as QML reads it, clamped to the canvas."""
    left, top = max(0.0, box[0]), max(0.0, box[1])
    right, bottom = min(1.0, box[2]), min(1.0, box[3])
    return {"x": left, "y": top, "width": right - left, "height": bottom - top}


def _spot(spot: Spot | None) -> dict[str, Any]:
    """A name's place for QML: its box relative to the marker, and its leader line."""
    if spot is None:
        return {
            "shown": False,
            "x": 0,
            "y": 0,
            "width": 0,
            "height": 0,
            "align": "left",
            "leader": False,
        }
    left, top, right, bottom = spot.box
    row: dict[str, Any] = {
        "shown": True,
        "x": left,
        "y": top,
        "width": right - left,
        "height": bottom - top,
        "align": spot.align,
        "leader": spot.leader is not None,
    }
    if spot.leader is not None:
        x1, y1, x2, y2 = spot.leader
        row |= {
            "leaderX": x1,
            "leaderY": y1,
            "leaderLength": math.hypot(x2 - x1, y2 - y1),
            "leaderAngle": math.degrees(math.atan2(y2 - y1, x2 - x1)),
        }
    return row
