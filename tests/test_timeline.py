"""The timeline: dates in words, an honest axis, labels that never overlap, and the
real block explored by touch (tap, one-finger drag, pinch, the zoom buttons).

The layout is checked in plain Python at every laid-out axis width and lane count,
for the bundled events and for random ones; the window tests drive the real QML on
the real YAML with real touch events (tests/touch.py).
"""

from __future__ import annotations

import datetime
import functools
import random
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.content import Exhibition, load_exhibition
from kiosk.content.schema import TimelineBlock
from kiosk.preferences import TEXT_SCALES
from kiosk.presenter import Presenter
from kiosk.timeline import (
    CLUSTER_WIDTH,
    LABEL_GAP,
    LABEL_WIDTH,
    LANE_COUNTS,
    MIN_AXIS,
    YEAR_LABEL_SPACING,
    Axis,
    Flag,
    MonthNames,
    axis_widths,
    date_in_words,
    flag_layouts,
    lay_out,
    merge_order,
    period_in_words,
    period_tracks,
    ruler_for,
    span_in_words,
)
from tests import layoutcheck
from tests.conftest import BUNDLED, KioskWindow
from tests.qmlhelpers import shown as on_screen
from tests.qmlhelpers import walk_items
from tests.touch import centre_of, pinch, swipe, tap, the_item, visible_items

MakeWindow = Callable[..., KioskWindow]

EN = MonthNames.from_words(
    "January February March April May June July August September October November December",
    "January February March April May June July August September October November December",
)
RU = MonthNames.from_words(
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
)


# -- dates in words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("iso", "names", "words"),
    [
        ("1933", EN, "1933"),
        ("1936-08", EN, "August 1936"),
        ("1937-08-05", EN, "5 August 1937"),
        ("1936-08", RU, "август 1936"),
        ("1937-08-05", RU, "5 августа 1937"),
        ("1938-11-17", RU, "17 ноября 1938"),
    ],
)
def test_a_date_reads_as_words(iso: str, names: MonthNames, words: str) -> None:
    assert date_in_words(iso, names) == words


@pytest.mark.parametrize(
    ("start", "end", "names", "words"),
    [
        ("1930", "1932", EN, "1930–1932"),
        ("1938-03", "1938-04", EN, "March–April 1938"),
        ("1938-03", "1938-04", RU, "март–апрель 1938"),
        ("1937-08-04", "1937-08-05", EN, "4–5 August 1937"),
        ("1937-08", "1938-11", EN, "August 1937 – November 1938"),
        ("1937", "1938-11-17", RU, "1937 – 17 ноября 1938"),
    ],
)
def test_a_period_reads_as_words(start: str, end: str, names: MonthNames, words: str) -> None:
    assert period_in_words(start, end, names) == words


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        ((1936, 8, 1), (1939, 12, 31), "1936–1939"),
        ((1937, 7, 2), (1937, 10, 15), "July–October 1937"),
        ((1937, 8, 4), (1937, 8, 5), "August 1937"),
    ],
)
def test_a_cluster_spans_as_few_words_as_are_true(
    first: tuple[int, int, int], last: tuple[int, int, int], words: str
) -> None:
    assert span_in_words(datetime.date(*first), datetime.date(*last), EN) == words


# -- the axis --------------------------------------------------------------------------------


def test_the_axis_is_linear_in_days() -> None:
    axis = Axis(datetime.date(1930, 1, 1), datetime.date(1998, 1, 1))
    assert axis.fraction(datetime.date(1930, 1, 1)) == 0
    assert axis.fraction(datetime.date(1998, 1, 1)) == 1
    one_day = axis.fraction(datetime.date(1937, 8, 5)) - axis.fraction(datetime.date(1937, 8, 4))
    assert one_day == pytest.approx(1 / axis.days)
    leap = axis.fraction(datetime.date(1937, 1, 1)) - axis.fraction(datetime.date(1936, 1, 1))
    assert leap == pytest.approx(366 / axis.days)


def test_year_labels_never_crowd_and_months_come_with_the_zoom() -> None:
    axis = Axis(datetime.date(1930, 1, 1), datetime.date(1998, 1, 1))
    widths = axis_widths(axis)
    rulers = [ruler_for(width, axis) for width in widths]
    for width, ruler in zip(widths, rulers, strict=True):
        per_year = width * 365.25 / axis.days
        assert int(ruler["yearStep"]) * per_year >= YEAR_LABEL_SPACING
    assert [r["yearStep"] for r in rulers] == sorted((r["yearStep"] for r in rulers), reverse=True)
    assert rulers[0]["monthStep"] == 0
    assert rulers[-1]["monthStep"] == 1
    assert rulers[-1]["yearStep"] == 1


def test_periods_that_overlap_are_drawn_on_separate_tracks() -> None:
    assert period_tracks([(0.1, 0.3), None, (0.2, 0.4), (0.35, 0.5), (0.6, 0.7)]) == [
        0,
        0,
        1,
        0,
        0,
    ]


# -- flags in lanes ------------------------------------------------------------------------


def assert_laid_out(flags: Sequence[Flag], poles: Sequence[float], width: float) -> None:
    """The flags stand for every event once, in date order, and none overlaps: each
    label lies on the axis, labels in a lane keep LABEL_GAP apart, and no stem rises
    through a label below it (it may run along the edge where that label's stem is)."""
    assert [f.first for f in flags] == [0, *(f.last + 1 for f in flags[:-1])]
    assert flags[-1].last == len(poles) - 1
    boxes = []
    for flag in flags:
        pole = poles[flag.first]
        size = LABEL_WIDTH if flag.first == flag.last else CLUSTER_WIDTH
        start = pole - size if flag.flipped else pole
        assert start >= 0, flag
        assert start + size <= width + 1e-6, flag
        boxes.append((flag.lane, start, start + size, pole))
    for n, (lane, start, end, pole) in enumerate(boxes):
        for other_lane, other_start, other_end, _ in boxes[n + 1 :]:
            if other_lane == lane:
                assert end + LABEL_GAP <= other_start + 1e-6 or other_end + LABEL_GAP <= start
        for lower_lane, lower_start, lower_end, lower_pole in boxes:
            if lower_lane < lane and pole != lower_pole:
                assert not lower_start < pole < lower_end, (pole, lower_start, lower_end)


def bundled_block() -> TimelineBlock:
    exhibition = load_exhibition(BUNDLED).exhibition
    assert exhibition is not None
    return next(
        block
        for panel in exhibition.panels
        for page in panel.pages
        for block in page.blocks
        if isinstance(block, TimelineBlock)
    )


def bundled_fractions() -> tuple[tuple[float, ...], tuple[float, ...]]:
    shown = Presenter(_bundled(), "en").block(bundled_block())
    return tuple(event["at"] for event in shown["events"]), tuple(shown["widths"])


def _bundled() -> Exhibition:
    exhibition = load_exhibition(BUNDLED).exhibition
    assert exhibition is not None
    return exhibition


def test_the_bundled_events_never_overlap_at_any_zoom_and_lane_count() -> None:
    fractions, widths = bundled_fractions()
    for ladder in flag_layouts(fractions, widths):
        for step, flags in enumerate(ladder):
            # Laid out for one width, shown up to the next (and beyond, past the last).
            for width in (widths[step], *widths[step + 1 : step + 2], 3 * widths[-1]):
                assert_laid_out(flags, [f * width for f in fractions], width)


def test_zooming_in_opens_the_clusters() -> None:
    fractions, widths = bundled_fractions()
    for lanes, ladder in zip(LANE_COUNTS, flag_layouts(fractions, widths), strict=True):
        counts = [len(flags) for flags in ladder]
        assert counts == sorted(counts), lanes
        if lanes >= 3:  # days are far enough apart at the closest zoom
            assert counts[-1] == len(fractions), lanes
    three = flag_layouts(fractions, widths)[LANE_COUNTS.index(3)]
    assert any(flag.size > 1 for flag in three[0]), "the whole span needs clusters"


def test_the_densest_events_gather_first() -> None:
    poles = [0, 10, 11, 12, 40, 100]
    order = merge_order(poles)
    assert set(order[:2]) == {1, 2}
    assert order[-1] == 4


events = st.lists(st.floats(0, 1), min_size=1, max_size=40).map(sorted)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events, st.floats(MIN_AXIS, 600_000), st.sampled_from(LANE_COUNTS), st.floats(1, 4))
def test_random_events_never_overlap(
    fractions: list[float], width: float, lanes: int, stretch: float
) -> None:
    poles = [f * width for f in fractions]
    flags = lay_out(poles, width, lanes)
    assert_laid_out(flags, poles, width)
    wider = width * stretch  # what QML shows until the next step of the ladder
    assert_laid_out(flags, [f * wider for f in fractions], wider)


def test_an_axis_too_narrow_for_one_label_is_refused() -> None:
    with pytest.raises(ValueError, match="narrower"):
        lay_out([0.0], MIN_AXIS - 1, 3)


# -- the block's data ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "kicker", "title"),
    [("en", "5 August 1937", "The operation begins"), ("ru", "5 августа 1937", "Начало операции")],
)
def test_the_block_gives_each_event_its_card(language: str, kicker: str, title: str) -> None:
    shown = Presenter(_bundled(), language).block(bundled_block())
    detail = next(d for d in shown["details"] if d["title"] == title)
    assert detail == {"kicker": kicker, "title": title, "html": "", "source": "Werth 2010"}
    assert f"{kicker}: {title}" in shown["description"].splitlines()


def test_the_block_lists_its_events_in_date_order() -> None:
    shown = Presenter(_bundled(), "en").block(bundled_block())
    expected = _expected_labels(BUNDLED, "en")
    assert [event["label"] for event in shown["events"]] == expected
    assert [line.split(": ", 1)[1] for line in shown["description"].splitlines()] == expected
    assert [event["at"] for event in shown["events"]] == sorted(e["at"] for e in shown["events"])


def _date_key(event: Any) -> tuple[int, ...]:
    """An event's date as (year, month, day), a missing month or day as 1: periods
    after single events of the same day."""
    parts = [int(part) for part in event.date.split("-")]
    return (*parts, *[1] * (3 - len(parts)), event.date_to is not None)


# -- the real block, by touch ----------------------------------------------------------------


def _open_timeline(built: KioskWindow, qtbot: QtBot) -> QQuickItem:
    """The page with the exhibition's timeline, entered through the navigator."""
    navigator = built.kiosk.navigator_object()
    for index, panel in enumerate(built.kiosk.exhibition.panels):
        for page, content in enumerate(panel.pages):
            if any(isinstance(block, TimelineBlock) for block in content.blocks):
                navigator.openPanel(index)
                if navigator.overlay == "advisory":
                    navigator.acceptAdvisory()
                navigator.setPageIndex(page)
                qtbot.waitUntil(functools.partial(_settled, built.window, page))
                return the_item(built.window, "timelineView")
    raise LookupError("no timeline")


def _settled(window: QQuickWindow, page: int) -> bool:
    """The page list has slid to ``page``."""
    pages = the_item(window, "pageList")
    left = page * pages.width()
    return bool(abs(pages.property("contentX") - left) < 0.5)


def _wider_than(timeline: QQuickItem, width: float) -> bool:
    return bool(timeline.property("axisWidth") > width)


def _pole(flag: QQuickItem) -> float:
    """Where a flag's stem stands, in the window."""
    return flag.mapToScene(QPointF(flag.property("pole"), 0)).x()


def _middle(item: QQuickItem) -> float:
    return item.mapToScene(QPointF(item.width() / 2, 0)).x()


def _rect(item: QQuickItem) -> tuple[float, float, float, float]:
    corner = item.mapToScene(QPointF(0, 0))
    return corner.x(), corner.y(), corner.x() + item.width(), corner.y() + item.height()


def _laid_out(timeline: QQuickItem, name: str) -> list[QQuickItem]:
    """Every shown item named ``name`` in the timeline, on screen or scrolled off it."""
    return [i for i in walk_items(timeline) if i.objectName() == name and i.isVisible()]


def _flags(timeline: QQuickItem) -> list[QQuickItem]:
    return _laid_out(timeline, "timelineEvent") + _laid_out(timeline, "timelineCluster")


def _assert_apart(timeline: QQuickItem) -> None:
    """No two flags of the timeline (on screen or not) overlap."""
    boxes = [_rect(flag) for flag in _flags(timeline)]
    for n, (left, top, right, bottom) in enumerate(boxes):
        for other in boxes[n + 1 :]:
            apart = right <= other[0] or other[2] <= left or bottom <= other[1] or other[3] <= top
            assert apart, (boxes[n], other)


def _assert_in_date_order(timeline: QQuickItem, labels: list[str]) -> None:
    """Dots and flags stand left to right in the order of ``labels`` (the dates')."""

    def place(item: QQuickItem, x: float) -> tuple[float, int]:
        """Left to right; events of the same day (at the same x) in the order given."""
        return round(x, 1), int(item.property("first"))

    dots = sorted(_laid_out(timeline, "timelineDot"), key=lambda dot: place(dot, _middle(dot)))
    assert [dot.property("label") for dot in dots] == labels
    flags = sorted(_flags(timeline), key=lambda flag: place(flag, _pole(flag)))
    firsts = [flag.property("first") for flag in flags]
    assert firsts == sorted(firsts)
    for flag in _laid_out(timeline, "timelineEvent"):
        assert flag.property("label") == labels[flag.property("first")]


def _expected_labels(folder: Path, language: str) -> list[str]:
    exhibition = load_exhibition(folder).exhibition
    assert exhibition is not None
    block = next(
        b
        for p in exhibition.panels
        for page in p.pages
        for b in page.blocks
        if isinstance(b, TimelineBlock)
    )
    presenter = Presenter(exhibition, language)
    return [presenter.text(e.label) for e in sorted(block.events, key=_date_key)]


def _shuffled_copy(folder: Path) -> Path:
    """The bundled exhibition with the timeline's events shuffled and two added."""
    content = folder / "content"
    shutil.copytree(BUNDLED, content)
    (folder / "assets").symlink_to(BUNDLED.parent / "assets")
    path = content / "panels" / "memory.yaml"
    panel = yaml.safe_load(path.read_text(encoding="utf-8"))
    block = next(
        b for page in panel["pages"] for b in page.get("blocks", []) if b["type"] == "timeline"
    )
    block["events"] += [
        {"date": "1940-06-15", "label": {"en": "An added day", "ru": "Добавленный день"}},
        {"date": "1937-08-05", "label": {"en": "An added twin", "ru": "Добавленный близнец"}},
    ]
    for added in block["events"][-2:]:
        added["sources"] = ["werth-2010"]
    random.Random(1937).shuffle(block["events"])
    path.write_text(yaml.safe_dump(panel, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return content


@pytest.mark.parametrize("language", ["en", "ru"])
def test_events_appear_in_date_order(
    kiosk_window: MakeWindow, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    for folder in (BUNDLED, _shuffled_copy(tmp_path / "shuffled")):
        built = kiosk_window(folder, lang=language)
        timeline = _open_timeline(built, qtbot)
        labels = _expected_labels(folder, language)
        _assert_in_date_order(timeline, labels)
        tap(built.window, the_item(built.window, "zoomInButton"))
        tap(built.window, the_item(built.window, "zoomInButton"))
        _assert_in_date_order(timeline, labels)
        built.window.close()


def _zoom_onto(built: KioskWindow, qtbot: QtBot, timeline: QQuickItem, label: str) -> QQuickItem:
    """Tap the clusters that hold the event ``label`` until it has its own flag."""
    index = [event["label"] for event in timeline.property("block")["events"]].index(label)
    for _ in range(12):
        for flag in visible_items(built.window, "timelineEvent"):
            if flag.property("label") == label:
                return flag
        cluster = next(
            c
            for c in _laid_out(timeline, "timelineCluster")
            if c.property("first") <= index <= c.property("last")
        )
        before = float(timeline.property("axisWidth"))
        tap(built.window, centre_of(cluster))
        qtbot.waitUntil(functools.partial(_wider_than, timeline, before))
    raise AssertionError(f"{label!r} never got its own flag")


@pytest.mark.parametrize(
    ("language", "kicker", "title"),
    [("en", "5 August 1937", "The operation begins"), ("ru", "5 августа 1937", "Начало операции")],
)
def test_an_event_opens_its_card_by_touch(
    kiosk_window: MakeWindow, qtbot: QtBot, language: str, kicker: str, title: str
) -> None:
    built = kiosk_window(lang=language)
    window, navigator = built.window, built.kiosk.navigator_object()
    timeline = _open_timeline(built, qtbot)
    flag = _zoom_onto(built, qtbot, timeline, title)
    place = navigator.place()
    tap(window, centre_of(flag))
    qtbot.waitUntil(lambda: len(visible_items(window, "detailCard")) == 1)
    assert the_item(window, "detailKicker").property("text") == kicker
    assert the_item(window, "detailTitle").property("text") == title
    source = built.kiosk.session_object().current_words()["source"]
    sources = [s.property("text") for s in visible_items(window, "sourceLine")]
    assert f"{source}: Werth 2010" in sources
    tap(window, centre_of(the_item(window, "closeButton")))
    qtbot.waitUntil(lambda: not visible_items(window, "detailCard"))
    assert navigator.place() == place


def _fraction_at(timeline: QQuickItem, scene_x: float) -> float:
    """The moment (0…1 along the axis) under ``scene_x``."""
    view_x = scene_x - timeline.mapToScene(QPointF(0, 0)).x()
    offset, pad = timeline.property("offset"), timeline.property("pad")
    return float((view_x + offset - pad) / timeline.property("axisWidth"))


def test_pinching_zooms_around_the_fingers(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window()
    timeline = _open_timeline(built, qtbot)
    centre = centre_of(timeline)
    fingers = QPoint(int(centre.x() - timeline.width() / 5), centre.y())
    moment = _fraction_at(timeline, fingers.x())
    before = timeline.property("axisWidth")
    pinch(built.window, fingers, 120, 420)
    assert timeline.property("axisWidth") > 2.5 * before
    assert _fraction_at(timeline, fingers.x()) == pytest.approx(moment, abs=0.004)
    _assert_apart(timeline)
    pinch(built.window, fingers, 600, 60)
    assert timeline.property("axisWidth") == pytest.approx(before)  # no narrower than all


def test_one_finger_drags_along_the_years_not_the_pages(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window()
    navigator = built.kiosk.navigator_object()
    timeline = _open_timeline(built, qtbot)
    place = navigator.place()
    tap(built.window, the_item(built.window, "zoomInButton"))
    tap(built.window, the_item(built.window, "zoomInButton"))
    start = timeline.property("offset")
    centre = centre_of(timeline)
    swipe(built.window, QPoint(centre.x() + 300, centre.y()), QPoint(centre.x() - 300, centre.y()))
    qtbot.waitUntil(lambda: timeline.property("offset") >= start + 600)
    assert navigator.place() == place
    later = timeline.property("offset")
    swipe(built.window, QPoint(centre.x() - 300, centre.y()), QPoint(centre.x() + 300, centre.y()))
    qtbot.waitUntil(lambda: timeline.property("offset") <= later - 600)
    assert navigator.place() == place


def test_the_buttons_zoom(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window()
    window = built.window
    timeline = _open_timeline(built, qtbot)
    whole = timeline.property("axisWidth")
    zoom_in, zoom_out = the_item(window, "zoomInButton"), the_item(window, "zoomOutButton")
    show_all = the_item(window, "showAllButton")
    for button in (zoom_in, zoom_out, show_all):
        assert min(button.width(), button.height()) >= 64
    assert not zoom_out.isEnabled()
    assert not show_all.isEnabled()
    tap(window, zoom_in)
    assert timeline.property("axisWidth") == pytest.approx(2 * whole)
    tap(window, zoom_in)
    tap(window, zoom_out)
    assert timeline.property("axisWidth") == pytest.approx(2 * whole)
    while zoom_in.isEnabled():
        tap(window, zoom_in)
    assert timeline.property("axisWidth") == pytest.approx(timeline.property("maxAxis"))
    assert len(visible_items(window, "timelineMonth")) > 0
    tap(window, show_all)
    assert timeline.property("axisWidth") == pytest.approx(whole)
    assert timeline.property("offset") == 0


@pytest.mark.parametrize(
    ("language", "size"), [("en", (1920, 1080)), ("ru", (1920, 1080)), ("ru", (1080, 1920))]
)
def test_flags_never_overlap_at_any_zoom(
    kiosk_window: MakeWindow, qtbot: QtBot, language: str, size: tuple[int, int]
) -> None:
    built = kiosk_window(lang=language, size=size)
    timeline = _open_timeline(built, qtbot)
    widths = timeline.property("block")["widths"]
    whole = timeline.property("axisWidth")
    seen = set()
    for width in [whole, *(w for w in widths if w > whole), timeline.property("maxAxis")]:
        for stretch in (1.0, 1.45):
            timeline.setProperty("axisWidth", min(width * stretch, timeline.property("maxAxis")))
            qtbot.wait(10)
            _assert_apart(timeline)
            for flag in _laid_out(timeline, "timelineEvent"):
                seen.add(flag.property("label"))
                for text in walk_items(flag):
                    assert not text.property("truncated"), flag.property("label")
    assert len(seen) == len(timeline.property("block")["events"])
    for flag in _flags(timeline):
        assert min(flag.width(), flag.height()) >= 64


def test_the_block_fills_the_page_and_describes_its_events(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window()
    _open_timeline(built, qtbot)
    block = the_item(built.window, "timelineBlock")
    assert block.height() == pytest.approx(block.property("fillHeight"))
    assert not the_item(built.window, "pageFlick").property("interactive")
    description = str(block.property("block")["description"])
    assert description.splitlines() == [
        f"{d['kicker']}: {d['title']}" for d in block.property("block")["details"]
    ]
    assert "5 August 1937: The operation begins" in description


# -- the visitor's text size -----------------------------------------------------------------


def _set_text_size(built: KioskWindow, qtbot: QtBot, step: int) -> None:
    """The visitor chooses text size ``step`` (0 standard) on the accessibility card."""
    built.kiosk.session_object().preferences().setTextSize(step)
    with qtbot.waitSignal(built.window.frameSwapped):  # rows and columns placed, as drawn
        built.window.update()


def _texts_in(item: QQuickItem) -> list[QQuickItem]:
    """The Text items shown in ``item``."""
    return [t for t in walk_items(item) if t.property("contentWidth") is not None and on_screen(t)]


def _assert_flags_hold_their_words(timeline: QQuickItem) -> None:
    """Each flag shows all its words (none cut short), inside its label, and every flag
    stands inside the timeline, from top to bottom, and along its axis."""
    view = layoutcheck.rect(timeline)
    content = layoutcheck.rect(the_content(timeline))
    for flag in _flags(timeline):
        box = layoutcheck.rect(flag)
        assert view[1] - 0.5 <= box[1], flag.property("date")
        assert box[3] <= view[3] + 0.5, flag.property("date")
        assert layoutcheck.within(box, content), flag.property("date")
        if timeline.property("axisWidth") <= timeline.property("fitWidth") + 0.5:
            assert layoutcheck.within(box, view), flag.property("date")
        for text in _texts_in(flag):
            assert not text.property("truncated"), text.property("text")
            assert layoutcheck.within(layoutcheck.text_box(text), box), text.property("text")


def the_content(timeline: QQuickItem) -> QQuickItem:
    """What scrolls in the timeline: the axis with its padding either side."""
    axis = next(i for i in walk_items(timeline) if i.objectName() == "timelineAxis")
    content = axis.parentItem()
    assert content is not None
    return content


def _assert_ruler_reads(timeline: QQuickItem) -> None:
    """The years and months shown under the axis keep apart, above the timeline's
    bottom edge."""
    view = layoutcheck.rect(timeline)
    shown = []
    for name in ("timelineYear", "timelineMonth"):
        for text in _laid_out(timeline, name):
            if not on_screen(text):
                continue
            box = layoutcheck.ink_box(text)
            if box[2] < view[0] or box[0] > view[2]:
                continue  # scrolled off to one side
            assert box[3] <= view[3] + 0.5, text.property("text")
            shown.append((str(text.property("text")), box))
    layoutcheck.assert_apart(shown)


def _assert_block_reads(built: KioskWindow) -> None:
    """The title, hint and buttons stay in the block, apart from the timeline."""
    block = the_item(built.window, "timelineBlock")
    timeline = the_item(built.window, "timelineView")
    outer, view = layoutcheck.rect(block), layoutcheck.rect(timeline)
    parts = [
        (str(text.property("objectName")), layoutcheck.ink_box(text))
        for name in ("timelineTitle", "timelineHint")
        for text in visible_items(built.window, name)
    ]
    parts += [
        (name, layoutcheck.rect(the_item(built.window, name)))
        for name in ("zoomInButton", "zoomOutButton", "showAllButton")
    ]
    layoutcheck.assert_within(parts, outer)
    layoutcheck.assert_apart([*parts, ("timeline", view)])


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("step", [0, 1, 2])
def test_at_every_text_size_flags_and_years_keep_apart_and_in_the_block(
    kiosk_window: MakeWindow, qtbot: QtBot, language: str, size: tuple[int, int], step: int
) -> None:
    built = kiosk_window(lang=language, size=size)
    timeline = _open_timeline(built, qtbot)
    _set_text_size(built, qtbot, step)
    scale = TEXT_SCALES[step]
    unit = min(size) / 1080
    # Labels as wide as the text wants, or (the whole span in a narrow view) narrower,
    # on more lines.
    widths = timeline.property("block")["widths"]
    fitting = max(unit, min(unit * scale, timeline.property("fitWidth") / widths[0]))
    assert timeline.property("layoutUnit") == pytest.approx(fitting)
    assert timeline.property("labelWidth") == pytest.approx(LABEL_WIDTH * fitting, abs=1)
    assert timeline.property("labelLines") * fitting >= 3 * unit * scale - 1e-6
    assert timeline.property("minAxis") == pytest.approx(timeline.property("fitWidth"))
    _assert_block_reads(built)
    whole, widest = timeline.property("axisWidth"), timeline.property("maxAxis")
    for width in [whole, *(w * fitting for w in widths if w * fitting > whole), widest]:
        for stretch in (1.0, 1.45):
            timeline.setProperty("axisWidth", min(width * stretch, widest))
            qtbot.wait(10)
            _assert_apart(timeline)
            _assert_flags_hold_their_words(timeline)
            _assert_ruler_reads(timeline)
    timeline.setProperty("axisWidth", whole)
