"""A map block as QML draws it: outlines, places, their names and their cards.

Everything that takes thought is worked out once per process and kept: the frame
and projection (:mod:`kiosk.geo_basemap`, :mod:`kiosk.geo_projection`), the outlines
as one SVG path, where each name goes at each scale (:mod:`kiosk.geo_labels`,
:mod:`kiosk.geo_placement`, :mod:`kiosk.geo_names`). QML only scales, pans and picks
the layout of names for its scale. So :func:`map_view` stays cheap when the presenter
rebuilds every page of a panel on a change of language.

The block carries the names placed for standard text; for a visitor's larger text,
QML asks the view for them by the block's ``names`` key (:func:`kiosk.geo_names.placed_soon`:
placed on the background thread the first time, then kept).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.content.schema import MapBlock, MapPoint
from kiosk.geo_basemap import PATH_WIDTH, frame_for, outline_path
from kiosk.geo_labels import LABEL_SIZE, Label
from kiosk.geo_names import map_key, place_in_background, placed_names, places_box

if TYPE_CHECKING:
    from kiosk.content import Exhibition
    from kiosk.presenter import Presenter

KINDS = ("execution-site", "burial-site", "region", "place")
"""Every kind of place, in the order the key lists them."""

MARKER_RADIUS = {"execution-site": 11.0, "burial-site": 9.0, "region": 12.0, "place": 7.0}
"""How far each kind's marker reaches from its centre, in reference pixels."""

CREDIT = "Natural Earth"
"""Where the outlines come from (public domain; credited anyway)."""


def map_view(p: Presenter, block: MapBlock) -> dict[str, Any]:
    """The block as plain data for MapBlock.qml, in the presenter's language."""
    frame = frame_for(tuple((point.longitude, point.latitude) for point in block.points))
    places = tuple(
        (*frame.fraction(point.longitude, point.latitude), MARKER_RADIUS[point.kind])
        for point in block.points
    )
    names = _names(p, block)
    labels, ladder = placed_names(names, places, frame)
    others = (_names(type(p)(p.exhibition, code), block) for code in p.exhibition.languages)
    place_in_background((names for names in others), places, frame)
    points = [
        _point(p, point, place, label)
        for point, place, label in zip(block.points, places, labels, strict=True)
    ]
    return {
        "type": "map",
        "kind": p.word("map"),
        "title": p.text(block.title),
        "source": p.short_citations(s for point in block.points for s in point.sources),
        "outline": outline_path(frame),
        "canvasWidth": PATH_WIDTH,
        "canvasHeight": PATH_WIDTH * frame.canvas.height / frame.canvas.width,
        "labelSize": LABEL_SIZE,
        "places": places_box(frame),
        "points": points,
        "details": [point["detail"] for point in points],
        "layouts": ladder,
        # For the names in larger type: their lines are the same (they break at widths
        # in em), their places not; QML asks for them by this key.
        "names": map_key(names, places, frame),
        "kinds": [
            {"kind": kind, "word": kind_word(p, kind)}
            for kind in KINDS
            if any(point.kind == kind for point in block.points)
        ],
        "credit": f"{p.word('map')}: {CREDIT}",
        "description": describe(p, block),
    }


def prepare_maps(exhibition: Exhibition) -> None:
    """Work out every map of ``exhibition`` in every language, ahead of time.

    The first :func:`map_view` of a map takes some tens of milliseconds (the base map
    is read, the outlines projected, the names placed); after that, a millisecond or
    two. Called on a background thread when content is loaded, this spares the first
    visitor who opens the panel that pause. Pure: it only fills the caches.
    """
    from kiosk.presenter import Presenter

    for code in exhibition.languages:
        presenter = Presenter(exhibition, code)
        for panel in exhibition.panels:
            for page in panel.pages:
                for block in page.blocks:
                    if isinstance(block, MapBlock):
                        map_view(presenter, block)


def kind_word(p: Presenter, kind: str) -> str:
    """'Execution site', 'Место захоронения': what a kind of place is called."""
    return p.word(kind.replace("-", "_"))


def describe(p: Presenter, block: MapBlock) -> str:
    """The places and what they are, as text: for a screen reader, in place of the map."""
    return "; ".join(f"{p.text(point.name)} ({kind_word(p, point.kind)})" for point in block.points)


def _names(p: Presenter, block: MapBlock) -> tuple[str, ...]:
    return tuple(p.text(point.name) for point in block.points)


def _point(
    p: Presenter, point: MapPoint, place: tuple[float, float, float], label: Label
) -> dict[str, Any]:
    x, y, radius = place
    detail = {
        "kicker": kind_word(p, point.kind),
        "title": p.text(point.name),
        "html": p.rich_text(point.text) if point.text else "",
        "source": p.short_citations(point.sources),
    }
    return {
        "name": p.text(point.name),
        "kind": point.kind,
        "kindWord": kind_word(p, point.kind),
        "x": x,
        "y": y,
        "radius": radius,
        "label": label.text,
        "detail": detail,
    }
