"""The map block: projection, outlines, names that never overlap, and the real map
explored with real touch (tap a place for its card, pinch, drag, the buttons), in
English and Russian, landscape and portrait, on the bundled exhibition."""

from __future__ import annotations

import functools
import math
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk import geo_names
from kiosk.content import Exhibition, load_exhibition
from kiosk.content.schema import MapBlock
from kiosk.geo import MARKER_RADIUS, map_view
from kiosk.geo_basemap import Frame, countries, frame_for, outline_path
from kiosk.geo_boxes import segment_hits
from kiosk.geo_labels import LABEL_SIZE, set_label
from kiosk.geo_names import placed_names, placed_soon
from kiosk.geo_projection import EquidistantConic
from kiosk.geo_text import label_font
from kiosk.preferences import TEXT_SCALES
from kiosk.presenter import Presenter
from tests import layoutcheck
from tests.conftest import BUNDLED, KioskWindow
from tests.qmlhelpers import find_items, shown, walk_items
from tests.touch import centre_of, pinch, swipe, tap, the_item, visible_items

MakeWindow = Callable[..., KioskWindow]

LANDSCAPE, PORTRAIT = (1920, 1080), (1080, 1920)
PANEL, PAGE = "witnesses", 4  # "Places found since the 1990s"


@functools.cache
def bundled() -> Exhibition:
    exhibition = load_exhibition(BUNDLED).exhibition
    assert exhibition is not None
    return exhibition


@functools.cache
def the_map() -> MapBlock:
    panel = next(p for p in bundled().panels if p.id == PANEL)
    return next(b for b in panel.pages[PAGE].blocks if isinstance(b, MapBlock))


def _view(lang: str) -> dict[str, Any]:
    return map_view(Presenter(bundled(), lang), the_map())


def _layouts(view: dict[str, Any], text_scale: float = 1.0) -> list[dict[str, Any]]:
    """The names' layouts in type ``text_scale`` times the standard size."""
    if text_scale == 1:
        layouts: list[dict[str, Any]] = view["layouts"]
        return layouts
    frame = _frame()
    places = tuple(
        (*frame.fraction(p.longitude, p.latitude), MARKER_RADIUS[p.kind]) for p in the_map().points
    )
    names = tuple(point["name"] for point in view["points"])
    return placed_names(names, places, frame, text_scale)[1]


def _frame() -> Frame:
    return frame_for(tuple((p.longitude, p.latitude) for p in the_map().points))


def inside(longitude: float, latitude: float, rings: list[list[list[float]]]) -> bool:
    """Even-odd rule over all of a country's rings."""
    crossings = 0
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > latitude) != (y2 > latitude):
                crossings += x1 + (latitude - y1) * (x2 - x1) / (y2 - y1) > longitude
    return crossings % 2 == 1


def country_at(longitude: float, latitude: float) -> str:
    found = [c.iso_a3 for c in countries() if inside(longitude, latitude, c.rings)]
    assert len(found) == 1, (longitude, latitude, found)
    return found[0]


# -- projection and outlines ------------------------------------------------------------


def test_the_projection_goes_there_and_back() -> None:
    projection = EquidistantConic(central_meridian=56.0)
    for longitude, latitude in [(37.6, 55.75), (28.47, 49.23), (83.77, 53.35), (58.38, 37.95)]:
        x, y = projection.forward(longitude, latitude)
        back = projection.inverse(x, y)
        assert back == pytest.approx((longitude, latitude), abs=1e-9)


def test_north_is_up_and_the_standard_parallels_keep_their_length() -> None:
    projection = EquidistantConic(central_meridian=56.0)
    south, north = projection.forward(56.0, 40.0), projection.forward(56.0, 60.0)
    assert south[0] == pytest.approx(0)
    assert north[0] == pytest.approx(0)
    assert north[1] > south[1]
    for latitude in (47.0, 62.0):  # one degree of longitude is as long as on the globe
        a, b = projection.forward(56.0, latitude), projection.forward(57.0, latitude)
        along = math.hypot(b[0] - a[0], b[1] - a[1])
        assert along == pytest.approx(math.radians(1) * math.cos(math.radians(latitude)), rel=1e-3)


def _path_rings(path: str) -> list[list[list[float]]]:
    """The rings of an 'M x y L x y … Z' path, as lists of [x, y]."""
    rings = []
    for ring in path.split("Z")[:-1]:
        numbers = [float(n) for n in ring.replace("M", " ").replace("L", " ").split()]
        rings.append([[x, y] for x, y in zip(numbers[0::2], numbers[1::2], strict=True)])
    return rings


def test_the_outline_is_one_svg_path_with_land_under_every_place() -> None:
    frame = _frame()
    path = outline_path(frame)
    assert path.startswith("M")
    assert path.endswith("Z")
    rings = _path_rings(path)
    assert 50 < len(rings) < 400
    height = 1000 * frame.canvas.height / frame.canvas.width
    for place in the_map().points:
        fx, fy = frame.fraction(place.longitude, place.latitude)
        assert inside(fx * 1000, fy * height, rings), place.name["en"]
    assert not inside(
        1000 * frame.fraction(50.0, 42.0)[0], height * frame.fraction(50.0, 42.0)[1], rings
    ), "the Caspian Sea is water"


def test_every_place_is_on_the_canvas_where_the_projection_puts_it() -> None:
    frame = _frame()
    for point in the_map().points:
        fx, fy = frame.fraction(point.longitude, point.latitude)
        assert 0 < fx < 1
        assert 0 < fy < 1
        assert frame.degrees(fx, fy) == pytest.approx((point.longitude, point.latitude))


# -- names ------------------------------------------------------------------------------


def test_a_long_name_is_set_on_balanced_lines() -> None:
    font = label_font()
    assert set_label("Levashovo", font).lines == ("Levashovo",)
    assert set_label("Leningrad and its region", font).lines == ("Leningrad", "and its region")
    three = set_label("Ленинград и\u00a0Ленинградская область", font)
    assert three.lines == ("Ленинград", "и\u00a0Ленинградская", "область")


Rect = tuple[float, float, float, float]


def _rects(
    view: dict[str, Any], layout: dict[str, Any]
) -> Iterator[tuple[str, Rect, dict[str, Any]]]:
    """Each shown name's box at the layout's scale, in reference pixels."""
    width = layout["scale"]
    height = width * view["canvasHeight"] / view["canvasWidth"]
    for point, spot in zip(view["points"], layout["spots"], strict=True):
        if spot["shown"]:
            x, y = point["x"] * width + spot["x"], point["y"] * height + spot["y"]
            yield point["name"], (x, y, x + spot["width"], y + spot["height"]), spot


def _apart(a: Rect, b: Rect) -> bool:
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


@pytest.mark.parametrize("text_scale", TEXT_SCALES)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_no_name_overlaps_another_a_marker_or_a_leader_at_any_scale(
    lang: str, text_scale: float
) -> None:
    view = _view(lang)
    font = label_font()
    for layout in _layouts(view, text_scale):
        width = layout["scale"]
        height = width * view["canvasHeight"] / view["canvasWidth"]
        markers = [
            (
                p["x"] * width - p["radius"],
                p["y"] * height - p["radius"],
                p["x"] * width + p["radius"],
                p["y"] * height + p["radius"],
            )
            for p in view["points"]
        ]
        rects = list(_rects(view, layout))
        for name, box, _spot in rects:  # each box holds its name at the visitor's text size
            size = set_label(name, font, LABEL_SIZE * text_scale)
            assert box[2] - box[0] >= size.width - 1e-6, name
            assert box[3] - box[1] >= size.height - 1e-6, name
        for i, (name, box, _spot) in enumerate(rects):
            for other_name, other, _ in rects[i + 1 :]:
                assert _apart(box, other), (width, name, other_name)
            for marker in markers:
                assert _apart(box, marker), (width, name, "covers a marker")
        for point, spot in zip(view["points"], layout["spots"], strict=True):
            if spot.get("leader"):
                x1 = point["x"] * width + spot["leaderX"]
                y1 = point["y"] * height + spot["leaderY"]
                angle = math.radians(spot["leaderAngle"])
                x2 = x1 + spot["leaderLength"] * math.cos(angle)
                y2 = y1 + spot["leaderLength"] * math.sin(angle)
                for name, box, _ in rects:
                    if name != point["name"]:
                        assert not segment_hits((x1, y1, x2, y2), box), (width, point["name"], name)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_from_a_small_map_beside_text_up_every_name_is_shown(lang: str) -> None:
    layouts = _layouts(_view(lang))
    shown = [
        sum(spot["shown"] for spot in layout["spots"])
        for layout in layouts
        if layout["scale"] >= 900
    ]
    assert shown
    assert all(count == len(the_map().points) for count in shown)
    assert not any(spot["leader"] for spot in layouts[-1]["spots"]), "zoomed in, names sit beside"


def test_the_key_the_cards_and_the_description_say_what_each_place_is() -> None:
    view = _view("en")
    assert [k["word"] for k in view["kinds"]] == ["Execution site", "Burial site", "Region"]
    butovo = view["points"][0]["detail"]
    assert butovo["kicker"] == "Execution site"
    assert butovo["title"] == "Butovo shooting range"
    assert "20,765" in butovo["html"]
    assert butovo["source"] == "Werth 2010; Golovkova 1999"
    assert view["description"].startswith(
        "Butovo shooting range (Execution site); Levashovo (Burial site)"
    )
    assert view["credit"] == "Map: Natural Earth"
    ru = _view("ru")
    assert ru["points"][0]["detail"]["kicker"] == "Место расстрелов"
    assert "20\u00a0765" in ru["points"][0]["detail"]["html"]


def test_the_view_is_cheap_once_the_map_is_known() -> None:
    _view("en"), _view("ru")
    started = time.perf_counter()
    for _ in range(10):
        _view("en")
        _view("ru")
    assert (time.perf_counter() - started) / 20 < 0.01


def test_every_marker_kind_has_a_radius() -> None:
    assert set(MARKER_RADIUS) == {"execution-site", "burial-site", "region", "place"}


# -- the real map, by touch -------------------------------------------------------------


def _open_map(
    kiosk_window: MakeWindow, qtbot: QtBot, size: tuple[int, int], lang: str
) -> KioskWindow:
    built = kiosk_window(size=size, lang=lang)
    navigator = built.kiosk.navigator_object()
    navigator.openPanel([p.id for p in bundled().panels].index(PANEL))
    if navigator.overlay == "advisory":
        navigator.acceptAdvisory()
    navigator.setPageIndex(PAGE)
    qtbot.waitUntil(lambda: _settled(built.window))
    return built


def _settled(window: QQuickWindow) -> bool:
    """The map's page is on screen, at rest (the page list no longer slides)."""
    pages = the_item(window, "pageList")
    at_rest = pages.property("contentX") == PAGE * pages.width() and not pages.property("moving")
    return at_rest and len(visible_items(window, "mapView")) == 1


def _map(window: QQuickWindow) -> QQuickItem:
    return the_item(window, "mapView")


def _points(window: QQuickWindow) -> dict[str, QQuickItem]:
    return {str(p.property("name")): p for p in find_items(_map(window), "mapPoint")}


def _outline(window: QQuickWindow) -> QQuickItem:
    return find_items(_map(window), "mapOutline")[0]


def _at_path(window: QQuickWindow, scene: QPointF) -> QPointF:
    """The point of the outline's path (its own units) under a point of the screen."""
    return _outline(window).mapFromScene(scene)


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT])
def test_each_marker_lies_where_its_place_is_on_the_outline(
    kiosk_window: MakeWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    window = _open_map(kiosk_window, qtbot, size, "en").window
    frame, outline = _frame(), _outline(window)
    width, height = outline.width(), outline.height()
    points = _points(window)
    assert len(points) == len(the_map().points)
    for place in the_map().points:
        marker = centre_of(points[place.name["en"]])
        fx, fy = frame.fraction(place.longitude, place.latitude)
        drawn = outline.mapToScene(QPointF(fx * width, fy * height))
        assert abs(drawn.x() - marker.x()) <= 1.5
        assert abs(drawn.y() - marker.y()) <= 1.5
        path = _at_path(window, QPointF(marker))
        longitude, latitude = frame.degrees(path.x() / width, path.y() / height)
        assert country_at(longitude, latitude) == country_at(place.longitude, place.latitude)


@pytest.mark.parametrize(
    ("size", "lang"), [(LANDSCAPE, "en"), (LANDSCAPE, "ru"), (PORTRAIT, "en"), (PORTRAIT, "ru")]
)
def test_every_name_shows_and_none_overlaps_another(
    kiosk_window: MakeWindow, qtbot: QtBot, size: tuple[int, int], lang: str
) -> None:
    window = _open_map(kiosk_window, qtbot, size, lang).window
    labels = [label for label in find_items(_map(window), "mapLabel") if label.isVisible()]
    assert len(labels) == len(the_map().points)
    room = _area(_map(window))
    boxes = []
    for label in labels:
        top_left = label.mapToScene(QPointF(0, 0))
        # The words fit the box Python placed them in: what was checked is what is seen.
        assert float(label.property("implicitWidth")) <= label.width() + 0.5, label.property("text")
        right, bottom = top_left.x() + label.width(), top_left.y() + label.height()
        box = (top_left.x(), top_left.y(), right, bottom)
        assert _within(box, room), label.property("text")
        boxes.append((str(label.property("text")), box))
    for i, (name, a) in enumerate(boxes):
        for other, b in boxes[i + 1 :]:
            assert _apart(a, b), (name, other)


def _area(view: QQuickItem) -> Rect:
    """The part of the map "show all" fits the places and names into, on screen."""
    corner = view.mapToScene(QPointF(0, 0))
    width = float(view.property("areaWidth")) + 2 * float(view.property("pad"))
    height = float(view.property("areaHeight")) + 2 * float(view.property("pad"))
    return (corner.x(), corner.y(), corner.x() + width, corner.y() + height)


def _within(box: Rect, room: Rect) -> bool:
    return room[0] <= box[0] and room[1] <= box[1] and box[2] <= room[2] and box[3] <= room[3]


def _card_texts(window: QQuickWindow) -> list[str]:
    card = the_item(window, "detailCard")
    return [str(item.property("text")) for item in walk_items(card) if item.property("text")]


@pytest.mark.parametrize(
    ("lang", "name", "kicker", "source"),
    [
        ("en", "Turkmenistan", "Region", "Source: Werth 2010; Khlevniuk 1998"),
        ("ru", "Туркмения", "Регион", "Источник: Werth 2010; Khlevniuk 1998"),
    ],
)
def test_tapping_a_place_opens_its_card(
    kiosk_window: MakeWindow, qtbot: QtBot, lang: str, name: str, kicker: str, source: str
) -> None:
    built = _open_map(kiosk_window, qtbot, LANDSCAPE, lang)
    window = built.window
    tap(window, _points(window)[name])
    qtbot.waitUntil(lambda: len(visible_items(window, "detailCard")) == 1)
    assert the_item(window, "detailTitle").property("text") == name
    assert the_item(window, "detailKicker").property("text") == kicker
    assert source in _card_texts(window)


def test_tapping_a_name_opens_its_card_where_markers_crowd(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    window = _open_map(kiosk_window, qtbot, LANDSCAPE, "en").window
    labels = {str(label.property("text")): label for label in find_items(_map(window), "mapLabel")}
    tap(window, labels["Moscow and\nits region"])
    qtbot.waitUntil(lambda: len(visible_items(window, "detailCard")) == 1)
    assert the_item(window, "detailTitle").property("text") == "Moscow and its region"
    assert "35,000" in str(the_item(window, "detailText").property("text"))


def test_every_marker_is_a_large_enough_touch_target(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    window = _open_map(kiosk_window, qtbot, LANDSCAPE, "en").window
    for point in _points(window).values():
        assert point.width() >= 64
        assert point.height() >= 64


def _area_centre(window: QQuickWindow) -> QPoint:
    view = _map(window)
    pad = float(view.property("pad"))
    centre = QPointF(pad + view.property("areaWidth") / 2, pad + view.property("areaHeight") / 2)
    return view.mapToScene(centre).toPoint()


def test_a_pinch_zooms_around_the_fingers(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    window = _open_map(kiosk_window, qtbot, LANDSCAPE, "en").window
    view = _map(window)
    centre = _area_centre(window) + QPoint(-60, 30)
    under = _at_path(window, QPointF(centre))
    pinch(window, centre, 100, 250)
    assert 2.0 < view.property("zoom") < 3.0
    still = _outline(window).mapToScene(under)
    assert abs(still.x() - centre.x()) <= 3
    assert abs(still.y() - centre.y()) <= 3


def test_zoom_stops_at_its_limits(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    window = _open_map(kiosk_window, qtbot, LANDSCAPE, "en").window
    view = _map(window)
    for _ in range(3):
        pinch(window, _area_centre(window), 60, 400)
    assert view.property("zoom") == pytest.approx(view.property("maxZoom"))
    pinch(window, _area_centre(window), 400, 60)
    pinch(window, _area_centre(window), 400, 60)
    assert view.property("zoom") == pytest.approx(1)


def test_a_drag_pans_the_zoomed_map_and_never_past_its_edges(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = _open_map(kiosk_window, qtbot, LANDSCAPE, "en")
    window, navigator = built.window, built.kiosk.navigator_object()
    view = _map(window)
    pinch(window, _area_centre(window), 100, 300)
    start = _area_centre(window)
    end = start + QPoint(150, 60)
    under = _at_path(window, QPointF(start))
    swipe(window, start, end)
    moved = _outline(window).mapToScene(under)
    assert abs(moved.x() - end.x()) <= 2
    assert abs(moved.y() - end.y()) <= 2
    assert navigator.place()[2] == PAGE, "dragging the map does not turn the page"
    swipe(window, _area_centre(window), _area_centre(window) + QPoint(600, 400))
    swipe(window, _area_centre(window), _area_centre(window) + QPoint(600, 400))
    assert view.property("originX") == pytest.approx(view.property("boxX"))
    assert view.property("originY") == pytest.approx(view.property("boxY"))
    assert navigator.place()[2] == PAGE


def test_the_buttons_zoom_and_show_all(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    window = _open_map(kiosk_window, qtbot, LANDSCAPE, "en").window
    view = _map(window)
    assert not visible_items(window, "showAllButton")
    tap(window, the_item(window, "zoomInButton"))
    qtbot.waitUntil(lambda: view.property("zoom") == pytest.approx(1.6))
    tap(window, the_item(window, "zoomInButton"))
    qtbot.waitUntil(lambda: view.property("zoom") == pytest.approx(2.56))
    tap(window, the_item(window, "zoomOutButton"))
    qtbot.waitUntil(lambda: view.property("zoom") == pytest.approx(1.6))
    qtbot.waitUntil(lambda: len(visible_items(window, "showAllButton")) == 1)
    tap(window, the_item(window, "showAllButton"))
    qtbot.waitUntil(lambda: view.property("zoom") == pytest.approx(1))
    assert view.property("originX") == pytest.approx(view.property("boxX"))
    assert view.property("originY") == pytest.approx(view.property("boxY"))


def test_the_map_says_its_borders_are_todays_and_whose_they_are(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = _open_map(kiosk_window, qtbot, PORTRAIT, "ru")
    window = built.window
    words = built.kiosk.session_object().current_words()
    assert the_item(window, "mapBorders").property("text") == words["map_borders"]
    assert the_item(window, "mapCredit").property("text") == "Карта: Natural Earth"
    assert the_item(window, "mapHint").property("text") == words["map_hint"]


def _accessible(item: QQuickItem) -> tuple[str, str]:
    """What a screen reader reads for an item: its name and description (spaces plain)."""
    interface = QAccessible.queryAccessibleInterface(item)
    assert interface is not None
    texts = (interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description))
    name, description = (text.replace("\u00a0", " ") for text in texts)
    return name, description


def test_a_screen_reader_hears_the_places_and_what_they_are(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    window = _open_map(kiosk_window, qtbot, LANDSCAPE, "ru").window
    name, description = _accessible(the_item(window, "mapBlock"))
    assert name == "Места расстрелов и захоронений, лимиты некоторых регионов"
    assert description.startswith(
        "Бутовский полигон (Место расстрелов); Левашовская пустошь (Место"
    )
    assert description.endswith("Туркмения (Регион)")
    assert _accessible(_points(window)["Сандармох"])[0] == "Сандармох, Место захоронения"
    assert _accessible(the_item(window, "zoomInButton"))[0] == "Крупнее"
    assert _accessible(the_item(window, "zoomOutButton"))[0] == "Мельче"


def test_at_show_all_a_swipe_across_the_map_still_turns_the_page(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = _open_map(kiosk_window, qtbot, LANDSCAPE, "en")
    navigator = built.kiosk.navigator_object()
    start = _area_centre(built.window) + QPoint(200, 0)
    swipe(built.window, start, start - QPoint(500, 0))
    qtbot.waitUntil(lambda: navigator.place()[2] == PAGE + 1)


def test_a_visitor_who_comes_back_finds_the_whole_map(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = _open_map(kiosk_window, qtbot, LANDSCAPE, "en")
    window, navigator = built.window, built.kiosk.navigator_object()
    pinch(window, _area_centre(window), 100, 300)
    assert _map(window).property("zoom") > 2
    view = _map(window)
    navigator.setPageIndex(PAGE + 1)
    qtbot.waitUntil(lambda: not visible_items(window, "mapView"))
    assert view.property("zoom") == 1
    navigator.setPageIndex(PAGE)
    qtbot.waitUntil(lambda: _settled(window))
    assert _map(window).property("originX") == pytest.approx(_map(window).property("boxX"))


def test_maps_can_be_worked_out_ahead_of_the_first_visitor() -> None:
    from kiosk.geo import prepare_maps

    prepare_maps(bundled())
    started = time.perf_counter()
    _view("en"), _view("ru")
    assert time.perf_counter() - started < 0.05


# -- the visitor's text size -------------------------------------------------------------


def _block_texts(window: QQuickWindow) -> list[tuple[str, layoutcheck.Rect]]:
    """The words around the map (title, note, credit, key, hint, source) where drawn."""
    block = the_item(window, "mapBlock")
    view = _map(window)
    return [
        (str(text.property("text")), layoutcheck.ink_box(text))
        for text in walk_items(block)
        if text.property("contentWidth") is not None
        and shown(text)
        and text.objectName() != "mapLabel"
        and not view.isAncestorOf(text)
    ]


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT])
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("step", [0, 1, 2])
def test_at_every_text_size_names_keep_apart_and_on_the_map(
    kiosk_window: MakeWindow, qtbot: QtBot, lang: str, size: tuple[int, int], step: int
) -> None:
    built = _open_map(kiosk_window, qtbot, size, lang)
    window = built.window
    built.kiosk.session_object().preferences().setTextSize(step)
    # The names are placed for a new size on a worker thread, then shown at that size
    # (the page then gets them: its blocks are made anew).
    qtbot.waitUntil(lambda: _text_scale(window) == TEXT_SCALES[step], timeout=10_000)
    qtbot.waitUntil(lambda: _settled(window))
    with qtbot.waitSignal(window.frameSwapped):  # rows and columns placed, as drawn
        window.update()
    view = _map(window)
    unit = min(size) / 1080
    labels = [label for label in find_items(view, "mapLabel") if label.isVisible()]
    assert labels
    room = _area(view)
    boxes = []
    for label in labels:
        name = str(label.property("text"))
        spot = label.property("spot")
        font = label.property("font")
        assert font.pixelSize() == int(LABEL_SIZE * TEXT_SCALES[step] * unit), name
        # The words fit the box Python placed them in, at the visitor's size.
        assert float(label.property("implicitWidth")) <= label.width() + 0.5, name
        assert label.height() <= spot["height"] * unit + 1, name
        box = layoutcheck.rect(label)
        assert layoutcheck.within(box, room), name
        boxes.append((name, box))
    layoutcheck.assert_apart(boxes)
    around = _block_texts(window)
    layoutcheck.assert_within(around, layoutcheck.rect(the_item(window, "mapBlock")))
    layoutcheck.assert_apart(around)
    if step == 0:
        assert len(labels) == len(the_map().points)


def _text_scale(window: QQuickWindow) -> float | None:
    """The text scale the map on screen has its names placed for (None while none is)."""
    views = visible_items(window, "mapView")
    return float(views[0].property("textScale")) if len(views) == 1 else None


def test_names_in_larger_type_are_placed_when_asked_for_and_never_waited_for() -> None:
    view = _view("ru")
    called = threading.Event()
    asked = placed_soon(view["names"], 1.4, called.set)  # a size no one asked for yet
    assert asked is None
    assert called.wait(10)
    assert placed_soon(view["names"], 1.4, called.set) == _layouts(view, 1.4)
    assert placed_soon("no such map", 1.4, called.set) is None


def test_a_larger_text_size_is_laid_out_off_the_gui_thread_once(
    kiosk_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if no map's names had been placed in larger type yet in this process.
    standard = {key: run for key, run in geo_names._runs.items() if key[3] == 1}
    monkeypatch.setattr(geo_names, "_runs", standard)
    built = _open_map(kiosk_window, qtbot, LANDSCAPE, "en")
    window = built.window
    preferences = built.kiosk.session_object().preferences()
    preferences.setTextSize(1)
    # Until the names are placed for the new size, they stay as they were (in their size).
    assert _text_scale(window) == 1
    qtbot.waitUntil(lambda: _text_scale(window) == 1.25, timeout=10_000)
    preferences.setTextSize(0)
    assert _text_scale(window) == 1
    preferences.setTextSize(1)  # known now: at once
    assert _text_scale(window) == 1.25
