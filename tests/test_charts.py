"""Chart blocks: the numbers and places computed in Python, then the charts on screen.

The first half tests kiosk/charts.py as plain functions (the scale, ranges, stacked
totals, steps, missing values, dates, Russian numbers, colours, the text for
screen readers) and the chart checks of the schema. The second half opens the
real window on real YAML and reads what the charts show.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.charts import (
    chart_view,
    closest_points,
    contrast,
    largest_value,
    nice_scale,
    positions_in_time,
    series_colours,
)
from kiosk.content import Exhibition, load_exhibition
from kiosk.content.schema import ChartBlock, ChartCategory, ChartSeries, Theme
from kiosk.content.text import Text
from kiosk.presenter import Presenter
from kiosk.screenshot import SETTLE_MS
from tests import layoutcheck
from tests.conftest import BASE, BUNDLED, KioskWindow
from tests.qmlhelpers import find_items, walk_items
from tests.touch import tap, the_item, visible_items

MakeWindow = Callable[..., KioskWindow]
NBSP = "\u00a0"


@functools.cache
def bundled() -> Exhibition:
    exhibition = load_exhibition(BUNDLED).exhibition
    assert exhibition is not None
    return exhibition


def bundled_charts() -> Iterator[tuple[int, int, ChartBlock]]:
    """(panel index, page index, block) of every chart in the bundled exhibition."""
    for panel_index, panel in enumerate(bundled().panels):
        for page_index, page in enumerate(panel.pages):
            for block in page.blocks:
                if isinstance(block, ChartBlock):
                    yield panel_index, page_index, block


def chart(kind: str, title_start: str = "") -> ChartBlock:
    """The bundled chart of ``kind`` whose English title starts with ``title_start``."""
    return next(
        block
        for _, _, block in bundled_charts()
        if block.chart == kind and block.title["en"].startswith(title_start)
    )


def view(kind: str, title_start: str = "", lang: str = "en") -> dict[str, Any]:
    return chart_view(Presenter(bundled(), lang), chart(kind, title_start))


PLAN = "Planned"  # the bars with a range: plan, NKVD count, historians' estimate


# -- the scale ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("largest", "top", "ticks"),
    [
        (1966, 2000, [0, 500, 1000, 1500, 2000]),
        (820_000, 1_000_000, [0, 250_000, 500_000, 750_000, 1_000_000]),
        (767_000, 800_000, [0, 200_000, 400_000, 600_000, 800_000]),
        (41_305, 50_000, [0, 10_000, 20_000, 30_000, 40_000, 50_000]),
        (35_000, 40_000, [0, 10_000, 20_000, 30_000, 40_000]),
        (30_000, 30_000, [0, 10_000, 20_000, 30_000]),
        (268_950, 300_000, [0, 100_000, 200_000, 300_000]),
        (7, 8, [0, 2, 4, 6, 8]),
    ],
)
def test_the_scale_is_a_round_number_from_zero(
    largest: float, top: float, ticks: list[int]
) -> None:
    scale = nice_scale(largest)
    assert scale.top == top
    assert list(scale.ticks) == ticks


@pytest.mark.parametrize("largest", [0.3, 1, 3, 9.5, 11, 99, 101, 449, 1234, 76_000, 9_999_999])
def test_every_scale_holds_its_largest_value_without_wasting_room(largest: float) -> None:
    scale = nice_scale(largest)
    assert scale.ticks[0] == 0
    assert scale.ticks[-1] == scale.top
    assert largest <= scale.top < 2 * largest
    assert 3 <= len(scale.ticks) <= 6


def test_a_chart_of_nothing_still_has_a_scale() -> None:
    assert nice_scale(0).top == 1
    assert nice_scale(0).ticks == (0.0,)


def test_the_scale_holds_a_range_high_end_and_a_stacked_total() -> None:
    assert largest_value(chart("bars", PLAN)) == 820_000
    assert largest_value(chart("stacked-bars")) == 35_000  # Moscow: 5,000 + 30,000
    assert largest_value(chart("steps")) == 75_950 + 193_000


# -- bars, ranges, stacks and steps -------------------------------------------------------


def test_a_range_is_solid_to_its_low_end_and_labelled_low_to_high() -> None:
    estimate = view("bars", PLAN)["categories"][2]
    shot = estimate["rows"][1]
    assert shot["series"] == "Shot"
    assert shot["label"] == "437,000–445,000"
    (bar,) = shot["segments"]
    assert bar["range"] is True
    assert (bar["start"], bar["solid"], bar["end"]) == (0, 0.437, 0.445)


def test_grouped_bars_name_their_series_and_write_each_value() -> None:
    shown = view("bars", PLAN)
    assert shown["grouped"] is True
    count = shown["categories"][1]
    assert [(row["series"], row["label"]) for row in count["rows"]] == [
        ("Condemned", "767,000"),
        ("Shot", "387,000"),
    ]
    assert count["rows"][0]["segments"][0]["end"] == 0.767
    assert shown["categories"][2]["notes"] == [
        "Adds deaths under torture and executions beyond the approved quotas; "
        "“close to” 820,000 condemned."
    ]


def test_stacked_parts_are_labelled_and_the_bar_with_their_total() -> None:
    moscow = view("stacked-bars")["categories"][0]
    (bar,) = moscow["rows"]
    assert bar["label"] == "35,000"
    assert [(s["label"], s["start"], s["end"]) for s in bar["segments"]] == [
        ("5,000", 0, 0.125),
        ("30,000", 0.125, 0.875),
    ]
    assert moscow["notes"] == ["Khrushchev’s estimate of 10 July 1937: 41,305 people."]


def test_steps_show_each_increase_as_an_increase_never_as_a_running_total() -> None:
    steps = view("steps")["categories"]
    labels = [
        [s["label"] for s in c["rows"][0]["segments"]] + [c["rows"][0]["label"]] for c in steps
    ]
    assert labels == [
        ["75,950", "193,000", "268,950"],
        ["+63,000", "+57,000", "+120,000"],
        ["+48,000", "+9,200", "+57,200"],
    ]
    # Each increase is drawn from zero, not stacked on the steps before it.
    assert [c["rows"][0]["segments"][0]["start"] for c in steps] == [0, 0, 0]


def test_a_missing_bar_value_is_a_dash_not_a_zero() -> None:
    base = load_exhibition(BASE).exhibition
    assert base is not None
    block = next(
        b for p in base.panels for pg in p.pages for b in pg.blocks if isinstance(b, ChartBlock)
    )
    october = chart_view(Presenter(base, "en"), block)["categories"][2]
    assert october["rows"] == [{"series": "", "segments": [], "label": "—", "empty": True}]


def test_a_range_chart_draws_each_range_from_zero_on_one_scale() -> None:
    block = ChartBlock(
        type="chart",
        chart="range",
        title=Text(en="Estimates"),
        categories=(
            ChartCategory(id="a", label=Text(en="First estimate")),
            ChartCategory(id="b", label=Text(en="Second estimate")),
        ),
        series=(ChartSeries(label=Text(en="Shot"), values=((600_000, 675_000), 750_000)),),
        sources=("werth-2010",),
    )
    shown = chart_view(Presenter(bundled(), "en"), block)
    assert shown["grouped"] is False
    assert [t["label"] for t in shown["ticks"]] == ["0", "250,000", "500,000", "750,000"]
    first, second = (c["rows"][0] for c in shown["categories"])
    assert first["label"] == "600,000–675,000"
    assert (first["segments"][0]["solid"], first["segments"][0]["end"]) == (0.8, 0.9)
    assert second["label"] == "750,000"
    assert second["segments"][0]["range"] is False


# -- a running count ----------------------------------------------------------------------


def test_a_running_count_leaves_missing_counts_out() -> None:
    shown = view("cumulative")
    arrested = [p for p in shown["points"] if p["series"] == 0]
    assert [(p["x"], p["label"]) for p in arrested] == [(0, "248,000")]
    assert len(shown["points"]) == 7
    # Lines join neighbouring known counts only: none for a single count.
    assert [len(line["points"]) for line in shown["lines"]] == [3, 3]
    assert [line["colour"] for line in shown["lines"]] == [s["colour"] for s in shown["series"][1:]]


def test_dated_points_are_spaced_by_time() -> None:
    xs = positions_in_time(chart("cumulative").categories)
    # 30 Sept. 1937 → 1 Jan. 1938: 93 days; → 17 Nov. 1938: 413 days.
    assert xs == [0, 93 / 413, 1]
    assert [c["x"] for c in view("cumulative")["categories"]] == xs


def test_undated_points_are_spaced_evenly() -> None:
    assert positions_in_time(chart("steps").categories) == [0, 0.5, 1]
    assert positions_in_time(chart("steps").categories[:1]) == [0.5]


def test_the_closest_values_on_one_date_set_the_chart_height() -> None:
    block = chart("cumulative")
    # 143,000 condemned and 83,600 shot by 30 September 1937, on a scale to 800,000.
    assert closest_points(block, nice_scale(largest_value(block))) == pytest.approx(
        (143_000 - 83_600) / 800_000
    )


def test_a_running_count_names_the_date_of_each_note() -> None:
    notes = view("cumulative")["notes"]
    assert notes[0]["html"] == "<b>30 September 1937</b> — Less than two months after the start."
    assert [n["category"] for n in notes] == ["30 September 1937", "17 November 1938, the end"]


# -- in Russian --------------------------------------------------------------------------


def test_russian_numbers_are_grouped_with_no_break_spaces() -> None:
    plan = view("bars", PLAN, "ru")
    assert plan["categories"][2]["rows"][1]["label"] == f"437{NBSP}000–445{NBSP}000"
    assert [t["label"] for t in plan["ticks"]][-1] == f"1{NBSP}000{NBSP}000"
    steps = view("steps", lang="ru")["categories"]
    assert steps[1]["rows"][0]["label"] == f"+120{NBSP}000"


# -- colours and words --------------------------------------------------------------------


@pytest.mark.parametrize(
    "theme",
    [
        Theme(),
        Theme(background="#ffffff", surface="#f4efe8", text="#1b1713", accent="#d9a45b"),
        Theme(surface="#2a2a2a", accent="#303030"),
    ],
)
def test_series_colours_stand_out_from_the_card_and_from_each_other(theme: Theme) -> None:
    colours = series_colours(theme, 4)
    assert all(contrast(c, theme.surface) >= 3 for c in colours)
    assert len(set(colours)) == 4


def test_the_text_alternative_reads_the_whole_chart() -> None:
    assert view("bars", PLAN)["description"] == (
        "Planned, counted by the NKVD, estimated by historians (people). "
        "The plan of 30 July 1937: Condemned — 269,100; Shot — 76,000. "
        "The NKVD’s own count: Condemned — 767,000; Shot — 387,000. "
        "Estimate by A. Roginski and N. Petrov: Condemned — 820,000; "
        "Shot — 437,000–445,000. "
        "Adds deaths under torture and executions beyond the approved quotas; "
        "“close to” 820,000 condemned. "
        "The NKVD’s count leaves out deaths under torture and during investigation, "
        "and executions the centre never approved."
    )
    stacked = view("stacked-bars", lang="ru")["description"]
    assert stacked.startswith("Некоторые из крупнейших лимитов по приказу №\u00a000447 (человек).")
    assert f"Москва и{NBSP}область: Первая категория: расстрел — 5{NBSP}000;" in stacked
    assert f"Всего — 35{NBSP}000." in stacked
    cumulative = view("cumulative")["description"]
    assert "1 January 1938: Condemned — 575,000; Shot — 258,000." in cumulative


# -- what curators are told ---------------------------------------------------------------

CHART_IN_BASE = """        categories:
          - id: aug-1937
            label:
              en: August 1937
              ru: Август 1937
          - id: sep-1937
            label:
              en: September 1937
              ru: Сентябрь 1937
          - id: oct-1937
"""


def _problems(tmp_path: Path, edit: Callable[[str], str]) -> list[str]:
    """The problems of BASE with its chart block (in panels/two.yaml) edited."""
    folder = tmp_path / "exhibition"
    shutil.copytree(BASE, folder)
    panel = folder / "panels" / "two.yaml"
    text = panel.read_text(encoding="utf-8")
    assert CHART_IN_BASE in text
    panel.write_text(edit(text), encoding="utf-8")
    return [str(problem).replace(f"{folder}/", "") for problem in load_exhibition(folder).problems]


def _dated(*dates: str | None) -> Callable[[str], str]:
    """A running count whose three categories have ``dates`` (None: no date)."""

    def edit(text: str) -> str:
        text = text.replace("chart: bars", "chart: cumulative", 1)
        text = text.replace("values: [1000, [1500, 1700], null]", "values: [1000, 1600, null]")
        for category, date in zip(("aug", "sep", "oct"), dates, strict=True):
            if date is not None:
                line = f"          - id: {category}-1937\n"
                text = text.replace(line, f'{line}            date: "{date}"\n', 1)
        return text

    return edit


def test_a_running_count_with_a_date_on_every_category_is_fine(tmp_path: Path) -> None:
    assert _problems(tmp_path, _dated("1937-08", "1937-09", "1937-10-15")) == []


def test_a_running_count_needs_a_date_on_every_category_or_none(tmp_path: Path) -> None:
    assert _problems(tmp_path, _dated("1937-08", None, "1937-10")) == [
        "panels/two.yaml:13:9: error: categories 'sep-1937' have no date "
        "(give every category a date, or none)"
    ]


def test_a_running_count_needs_its_dates_in_order(tmp_path: Path) -> None:
    assert _problems(tmp_path, _dated("1937-08", "1937-10", "1937-10")) == [
        "panels/two.yaml:13:9: error: category 'oct-1937' (1937-10) does not come after "
        "'sep-1937' (1937-10) (list the categories in time order, each date later than "
        "the one before)"
    ]


def test_only_a_running_count_has_dates(tmp_path: Path) -> None:
    def edit(text: str) -> str:
        line = "          - id: aug-1937\n"
        return text.replace(line, f'{line}            date: "1937-08"\n', 1)

    assert _problems(tmp_path, edit) == [
        "panels/two.yaml:13:9: error: category 'aug-1937' has a date, but only cumulative "
        "charts use dates (remove the dates, or make the chart 'cumulative')",
        "panels/two.yaml:13:9: error: categories 'sep-1937', 'oct-1937' have no date "
        "(give every category a date, or none)",
    ]


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        (
            "[1000, [1700, 1500], null]",
            "series 'Shot' has the range [1700, 1500] (write a range as [low, high])",
        ),
        (
            "[-1000, 1500, null]",
            "series 'Shot' has -1000, below zero (a chart counts from zero: give counts, "
            "not changes)",
        ),
    ],
)
def test_a_value_a_bar_cannot_show_is_reported(tmp_path: Path, values: str, problem: str) -> None:
    def edit(text: str) -> str:
        return text.replace("[1000, [1500, 1700], null]", values)

    assert _problems(tmp_path, edit) == [f"panels/two.yaml:13:9: error: {problem}"]


def test_a_range_is_only_drawn_by_bars(tmp_path: Path) -> None:
    def edit(text: str) -> str:
        return text.replace("chart: bars", "chart: steps", 1)

    assert _problems(tmp_path, edit) == [
        "panels/two.yaml:13:9: error: series 'Shot' has the range [1500, 1700], which a "
        "steps chart cannot show (give one number, or make the chart 'bars' or 'range')"
    ]


# -- on screen ----------------------------------------------------------------------------


def _chart_on_page(built: KioskWindow, qtbot: QtBot, panel: int, page: int) -> QQuickItem:
    """The chart block of ``panel``'s ``page``, opened through the navigator."""
    navigator = built.kiosk.navigator_object()
    navigator.openPanel(panel)
    if navigator.overlay == "advisory":
        navigator.acceptAdvisory()
    navigator.setPageIndex(page)
    return _current_chart(built.window, qtbot, page)


def _current_chart(window: QQuickWindow, qtbot: QtBot, page: int) -> QQuickItem:
    """The chart on ``page`` once that page is on screen and the chart has built up."""
    found: list[QQuickItem] = []

    def shown() -> bool:
        found[:] = [
            chart
            for delegate in find_items(the_item(window, "pageList"), "pageDelegate")
            if delegate.property("index") == page and delegate.property("current")
            for chart in find_items(delegate, "chartBlock")
        ]
        return len(found) == 1 and found[0].property("grown") == 1

    qtbot.waitUntil(shown)
    return found[0]


def _texts(chart: QQuickItem, name: str) -> list[str]:
    """The texts of the chart's items named ``name`` that are drawn, top to bottom."""
    items = [item for item in find_items(chart, name) if _drawn(item, chart)]
    items.sort(key=lambda item: (item.mapToItem(chart, 0, 0).y(), item.mapToItem(chart, 0, 0).x()))
    return [str(item.property("text")) for item in items]


def _drawn(item: QQuickItem, top: QQuickItem) -> bool:
    """Visible and not see-through, up to ``top``."""
    while item is not None and item is not top:
        if not item.isVisible() or item.opacity() <= 0:
            return False
        item = item.parentItem()
    return True


def _expected_values(shown: dict[str, Any]) -> list[str]:
    """Every value label the chart should write, as Python made them."""
    if shown["line"]:
        return [point["label"] for point in shown["points"]]
    rows = [row for category in shown["categories"] for row in category["rows"]]
    parts = [s["label"] for row in rows for s in row["segments"] if s["label"]]
    return [row["label"] for row in rows] + parts


def _bars(chart: QQuickItem) -> list[QQuickItem]:
    return find_items(chart, "chartBar")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_chart_writes_its_values_and_categories(
    kiosk_window: MakeWindow, qtbot: QtBot, lang: str
) -> None:
    built = kiosk_window(lang=lang)
    presenter = Presenter(bundled(), lang)
    kinds = set()
    for panel, page, block in bundled_charts():
        shown = chart_view(presenter, block)
        on_screen = _chart_on_page(built, qtbot, panel, page)
        assert sorted(_texts(on_screen, "chartValue")) == sorted(_expected_values(shown))
        categories = [c["label"] for c in shown["categories"]]
        assert sorted(_texts(on_screen, "chartCategory")) == sorted(categories)
        notes = _texts(on_screen, "chartNote")
        assert len(notes) == len(block.notes)
        kinds.add(block.chart)
    assert kinds == {"bars", "stacked-bars", "steps", "cumulative"}


def _where(kind: str, title_start: str = "") -> tuple[int, int]:
    return next((p, pg) for p, pg, b in bundled_charts() if b is chart(kind, title_start))


def test_a_range_is_drawn_to_its_low_end_and_lighter_to_its_high_end(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window()
    on_screen = _chart_on_page(built, qtbot, *_where("bars", PLAN))
    assert "437,000–445,000" in _texts(on_screen, "chartValue")
    condemned_767, shot_387 = _bars(on_screen)[2:4]
    shot_range = _bars(on_screen)[5]
    # One scale: 387,000 is drawn at 387/767 of 767,000; the range's solid part at 437,000.
    scale = condemned_767.width() / 767_000
    assert shot_387.width() == pytest.approx(387_000 * scale, abs=1.5)
    assert shot_range.width() == pytest.approx(437_000 * scale, abs=1.5)


def test_steps_write_plus_signs_and_no_running_total(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window()
    values = _texts(_chart_on_page(built, qtbot, *_where("steps")), "chartValue")
    increases = ["+63,000", "+57,000", "+120,000", "+48,000", "+9,200", "+57,200"]
    assert sorted(v for v in values if v.startswith("+")) == sorted(increases)
    assert sorted(v for v in values if not v.startswith("+")) == ["193,000", "268,950", "75,950"]
    for running_total in ("388,950", "446,150"):
        assert running_total not in values


def test_a_running_count_draws_no_point_for_a_missing_count(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window()
    on_screen = _chart_on_page(built, qtbot, *_where("cumulative"))
    points = [p for p in find_items(on_screen, "chartPoint") if _drawn(p, on_screen)]
    assert len(points) == 7  # 3 series × 3 dates, less the 2 arrest counts not given
    arrested = [p for p in points if p.property("shape") == "circle"]
    assert len(arrested) == 1
    dates = [d for d in find_items(on_screen, "chartCategory") if _drawn(d, on_screen)]
    assert [d.property("text") for d in sorted(dates, key=lambda d: d.x())] == [
        "30 September 1937",
        "1 January 1938",
        "17 November 1938, the end",
    ]
    # Placed by date: 1 January 1938 is 93 of the 413 days along.
    xs = [p.mapToItem(on_screen, 0, 0).x() for p in points if p.property("shape") == "square"]
    first, second, last = sorted(xs)
    assert (second - first) / (last - first) == pytest.approx(93 / 413, abs=0.01)


def test_a_screen_reader_reads_the_chart(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(lang="ru")
    on_screen = _chart_on_page(built, qtbot, *_where("bars", PLAN))
    reader = QAccessible.queryAccessibleInterface(on_screen)
    assert reader is not None
    assert reader.role() == QAccessible.Role.Chart
    shown = view("bars", PLAN, "ru")
    assert reader.text(QAccessible.Text.Name) == shown["title"]
    assert reader.text(QAccessible.Text.Description) == shown["description"]
    assert f"Расстреляно — 437{NBSP}000–445{NBSP}000" in shown["description"]


def test_the_bars_build_up_on_entry_and_end_at_full_size(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window()
    navigator = built.kiosk.navigator_object()
    panel, page = _where("stacked-bars")
    navigator.openPanel(panel)
    if navigator.overlay == "advisory":
        navigator.acceptAdvisory()
    qtbot.waitUntil(lambda: len(_charts_on_page(built.window, page)) == 1)
    waiting = _charts_on_page(built.window, page)[0]
    assert waiting.property("grown") == 0  # the page beside the one on screen
    assert all(bar.width() == 0 for bar in _bars(waiting))

    navigator.setPageIndex(page)
    seen = []
    for _ in range(100):
        seen.append(waiting.property("grown"))
        if seen[-1] == 1:
            break
        QTest.qWait(10)
    assert any(0 < grown < 1 for grown in seen), seen
    bars = _bars(_current_chart(built.window, qtbot, page))
    assert len(bars) == 10
    assert all(bar.width() == bar.property("fullWidth") > 0 for bar in bars)


def _charts_on_page(window: QQuickWindow, page: int) -> list[QQuickItem]:
    return [
        chart
        for delegate in find_items(the_item(window, "pageList"), "pageDelegate")
        if delegate.property("index") == page
        for chart in find_items(delegate, "chartBlock")
    ]


def test_the_build_up_is_over_before_a_screenshot_is_taken(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window()
    on_screen = _chart_on_page(built, qtbot, *_where("cumulative"))
    assert on_screen.property("buildDuration") < SETTLE_MS


# -- what the curator wrote is what the visitor sees ------------------------------------------


def _exhibition_copy(tmp_path: Path) -> Path:
    """content/ and its assets, copied: a folder a test may edit."""
    shutil.copytree(BUNDLED, tmp_path / "content")
    shutil.copytree(BUNDLED.parent / "assets", tmp_path / "assets")
    return tmp_path / "content"


def test_a_chart_shows_the_values_in_the_content(
    kiosk_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = _exhibition_copy(tmp_path)
    panel = folder / "panels" / "mechanisms.yaml"
    text = panel.read_text(encoding="utf-8")
    assert text.count("values: [5000, 8000, 5000, 5500, 4000]") == 1
    panel.write_text(
        text.replace(
            "values: [5000, 8000, 5000, 5500, 4000]", "values: [5000, 8000, 5000, 5500, 4321]"
        ),
        encoding="utf-8",
    )
    built = kiosk_window(folder)
    window, navigator = built.window, built.kiosk.navigator_object()
    qtbot.waitUntil(lambda: len(visible_items(window, "panelCard")) == 7)
    cards = sorted(visible_items(window, "panelCard"), key=lambda c: (c.y(), c.x()))
    tap(window, cards[1])  # "How the operation worked"
    qtbot.waitUntil(lambda: len(visible_items(window, "continueButton")) == 1)
    tap(window, the_item(window, "continueButton"))
    qtbot.waitUntil(lambda: navigator.place() == ("panel", 1, 0))
    qtbot.waitUntil(lambda: len(visible_items(window, "nextButton")) == 1)
    tap(window, the_item(window, "nextButton"))
    qtbot.waitUntil(lambda: navigator.place() == ("panel", 1, 1))
    values = _texts(_current_chart(window, qtbot, 1), "chartValue")
    assert "4,321" in values  # Leningrad's first category…
    assert "14,321" in values  # …and Leningrad's total
    assert "4,000" not in values


def test_a_new_window_size_redraws_the_chart_without_building_it_up_again(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window()
    on_screen = _chart_on_page(built, qtbot, *_where("bars", "The 17th Party Congress"))
    before = [bar.width() for bar in _bars(on_screen)]
    built.window.resize(1600, 1000)
    qtbot.waitUntil(lambda: [bar.width() for bar in _bars(on_screen)] != before)
    assert on_screen.property("grown") == 1
    assert all(bar.width() == bar.property("fullWidth") > 0 for bar in _bars(on_screen))


# -- the visitor's text size ----------------------------------------------------------------


def _words(chart: QQuickItem) -> list[tuple[str, layoutcheck.Rect]]:
    """Every piece of text the chart draws (title, key, values, categories, scale,
    notes, caption, source), where its letters are."""
    texts = [
        item
        for item in walk_items(chart)
        if item.property("contentWidth") is not None
        and _drawn(item, chart)
        and str(item.property("text"))
    ]
    for text in texts:
        assert not text.property("truncated"), text.property("text")
    return [(str(text.property("text")), layoutcheck.ink_box(text)) for text in texts]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("step", [0, 1, 2])
def test_at_every_text_size_no_words_of_a_chart_touch_or_leave_it(
    kiosk_window: MakeWindow, qtbot: QtBot, lang: str, size: tuple[int, int], step: int
) -> None:
    built = kiosk_window(lang=lang, size=size)
    built.kiosk.session_object().preferences().setTextSize(step)
    for panel, page, _block in bundled_charts():
        on_screen = _chart_on_page(built, qtbot, panel, page)
        words = _words(on_screen)
        layoutcheck.assert_within(words, layoutcheck.rect(on_screen))
        layoutcheck.assert_apart(words)
