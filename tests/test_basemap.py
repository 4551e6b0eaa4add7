"""The bundled base map: Natural Earth's country outlines, converted by tools/make_basemap.py."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from kiosk.content import load_exhibition
from kiosk.content.schema import MapBlock
from tests.conftest import BUNDLED

BASEMAP = Path(__file__).resolve().parents[1] / "kiosk" / "maps" / "countries-110m.json"


@cache
def basemap() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BASEMAP.read_text(encoding="utf-8"))
    return data


def inside(longitude: float, latitude: float, rings: list[list[list[float]]]) -> bool:
    """Even-odd rule over all rings (holes included)."""
    crossings = 0
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > latitude) != (y2 > latitude):
                x = x1 + (latitude - y1) * (x2 - x1) / (y2 - y1)
                crossings += x > longitude
    return crossings % 2 == 1


def test_the_map_says_where_it_comes_from_and_that_its_borders_are_todays() -> None:
    data = basemap()
    assert data["source"].startswith("Natural Earth, 1:110m")
    assert data["licence"].startswith("public domain")
    assert "present-day borders" in data["note"]


def test_every_ring_is_a_closed_outline_of_real_coordinates() -> None:
    countries = basemap()["countries"]
    assert len(countries) == 177
    for country in countries:
        for ring in country["rings"]:
            assert len(ring) >= 4, country["name"]
            assert ring[0] == ring[-1], country["name"]
            for longitude, latitude in ring:
                assert -180 <= longitude <= 180
                assert -90 <= latitude <= 90


def _map_points() -> list[tuple[str, float, float]]:
    exhibition = load_exhibition(BUNDLED).exhibition
    assert exhibition is not None
    blocks = [
        block
        for panel in exhibition.panels
        for page in panel.pages
        for block in page.blocks
        if isinstance(block, MapBlock)
    ]
    return [(p.name["en"], p.latitude, p.longitude) for b in blocks for p in b.points]


@pytest.mark.parametrize(("name", "latitude", "longitude"), _map_points())
def test_each_place_of_the_exhibition_lies_in_a_country_of_the_former_ussr(
    name: str, latitude: float, longitude: float
) -> None:
    former_ussr = {"RUS", "UKR", "BLR", "KAZ", "UZB", "TKM", "KGZ", "TJK", "GEO", "ARM", "AZE"}
    former_ussr |= {"MDA", "LTU", "LVA", "EST"}
    found = [
        country["iso_a3"]
        for country in basemap()["countries"]
        if inside(longitude, latitude, country["rings"])
    ]
    assert len(found) == 1, (name, found)
    assert found[0] in former_ussr, (name, found)
