"""The longest GUI-thread stall while a visitor enters the chart, timeline and map pages.

The same 2 ms precise-timer monitor as ``gui_stall.py`` (its docstring explains
the method). In each language, every panel with a chart, a timeline or a map is
opened by tapping its card; the page before each such page is shown through the
navigator (not measured), and then the page itself is entered with one touch
drag across the page list, the way a visitor swipes to it: a bucket per kind
("enter chart", "enter timeline", "enter map"), holding the drag, the page
snap, the creation of the page's items and its build-up animation until the
frames settle. For comparison in the same run, the same panels' other pages
are entered the same way ("enter other page"), and the window first sits idle.

Once on a timeline or map page, the visitor explores it: a pinch to zoom in the
middle of the block and a one-finger drag along it are measured as "explore"
(printed, not in the headline, as the issue's measure is entering the pages).

On every data page the visitor then chooses a larger text size and goes back to the
standard one ("text size", printed apart as well): the largest on chart and timeline
pages, the middle one on map pages, so that on the first map page the names are
placed for a size not yet asked for (on a worker thread) and the page is given them
while it is on screen. Each change is measured until the frames settle (and, on a
map page, until the map shows the names at the new size).

Last line: ``dataviz_max_gui_stall_ms: N``, the worst stall of entering a chart,
timeline or map page (target: under 50, the visitor UI's target in gui_stall.py).
"""

from __future__ import annotations

import argparse
import functools
from typing import Any

from gui_stall import (
    FrameTimes,
    StallMonitor,
    at,
    page_swipe_points,
    switch_language,
    turned,
)
from kioskbench import (
    BenchError,
    Built,
    Driver,
    Script,
    Until,
    Wait,
    build,
    cards_by_panel,
    centre_of,
    settle,
    shown,
    summary,
    swipe,
    tap,
    the_item,
    touch_device,
    visible_items,
)
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest

DATA_TYPES = ("chart", "timeline", "map")
EXPLORED = {"timeline": "timelineBlock", "map": "mapBlock"}
IDLE_SLICES, IDLE_SLICE_MS = 10, 100


def data_kind(page: Any) -> str | None:
    """The first chart, timeline or map type among a page's blocks, if any."""
    types = [block.type for block in page.blocks]
    return next((kind for kind in DATA_TYPES if kind in types), None)


def pinch(built: Built, centre: QPoint, start: int, end: int, steps: int = 10) -> Script:
    """Two fingers either side of ``centre`` moved from ``start`` to ``end`` px apart."""
    window, device = built.window, touch_device()

    def fingers(gap: int) -> tuple[QPoint, QPoint]:
        return QPoint(centre.x() - gap // 2, centre.y()), QPoint(centre.x() + gap // 2, centre.y())

    first, second = fingers(start)
    QTest.touchEvent(window, device).press(0, first, window).press(1, second, window).commit()
    for step in range(1, steps + 1):
        yield Wait(16)
        first, second = fingers(start + (end - start) * step // steps)
        QTest.touchEvent(window, device).move(0, first, window).move(1, second, window).commit()
    QTest.touchEvent(window, device).release(0, first, window).release(1, second, window).commit()


def explore(built: Built, monitor: StallMonitor, kind: str) -> Script:
    """Pinch the timeline or map open in its middle, then drag it sideways."""
    with monitor.excluded():
        blocks = visible_items(built.window, EXPLORED[kind])
    if len(blocks) != 1:
        raise BenchError(f"{len(blocks)} visible {EXPLORED[kind]} items on the {kind} page")
    block = blocks[0]
    centre = centre_of(block)
    monitor.start("explore")
    yield from pinch(built, centre, 200, 500)
    yield from settle(built.frames)
    with monitor.excluded():
        corner = block.mapToScene(QPointF(0, 0))
    y = int(corner.y() + block.height() * 0.55)
    start = QPoint(int(corner.x() + block.width() * 0.7), y)
    end = QPoint(int(corner.x() + block.width() * 0.3), y)
    yield from swipe(built.window, start, end)
    yield from settle(built.frames)


TEXT_STEPS = {"chart": 2, "timeline": 2, "map": 1}
"""The text size step chosen on each kind of page (0 is standard)."""


def map_scale(built: Built) -> float | None:
    """The text scale the map on screen shows its names for (None if no map is)."""
    views = visible_items(built.window, "mapView")
    return float(views[0].property("textScale")) if len(views) == 1 else None


def change_text_size(built: Built, monitor: StallMonitor, kind: str) -> Script:
    """Choose the larger text size for ``kind``'s page, then the standard one again."""
    preferences = built.kiosk.session_object().preferences()
    for step in (TEXT_STEPS[kind], 0):
        monitor.start("text size")
        frames = built.frames.count
        preferences.setTextSize(step)
        yield Until(functools.partial(later_frame, built, frames), "a frame at the new size")
        yield from settle(built.frames)
        if kind == "map":
            scale = float(preferences.property("textScale"))
            shown = functools.partial(map_at, built, scale)
            yield Until(monitor.quietly(shown), f"the map's names at text scale {scale}")
            yield from settle(built.frames)


def later_frame(built: Built, count: int) -> bool:
    return built.frames.count > count


def map_at(built: Built, scale: float) -> bool:
    return map_scale(built) == scale


def title_y(built: Built, monitor: StallMonitor) -> int:
    """Half way down the current page's title, in window coordinates."""
    with monitor.excluded():
        pages = the_item(built.window, "pageList")
        top = pages.mapToScene(QPointF(0, 0)).y()
        titles = [t for t in visible_items(built.window, "pageTitle") if t.height() > 0]
    if not titles:
        return int(top + 40)
    return int(min(t.mapToScene(QPointF(0, t.height() / 2)).y() for t in titles))


def enter(built: Built, monitor: StallMonitor, panel: int, page: int, kind: str) -> Script:
    """Show page ``page - 1`` at once, then swipe to ``page`` as the bucket ``kind``."""
    navigator = built.kiosk.navigator_object()
    navigator.setPageIndex(page - 1)
    yield from settle(built.frames)
    monitor.start(kind)
    start, end = page_swipe_points(built, monitor)
    # Along the page title, above the blocks: a drag on a timeline or a map moves
    # the timeline or the map, not the pages.
    start.setY(title_y(built, monitor))
    end.setY(start.y())
    yield from swipe(built.window, start, end)
    yield Until(turned(navigator, page), f"panel {panel}: swipe to page {page}")
    yield from settle(built.frames)
    if navigator.place() != ("panel", panel, page):
        raise BenchError(f"swipe to page {page} of panel {panel} led to {navigator.place()}")


def open_panel(built: Built, monitor: StallMonitor, panel: int) -> Script:
    navigator = built.kiosk.navigator_object()
    navigator.goHome()
    yield from settle(built.frames)
    monitor.start("open panel")
    with monitor.excluded():
        cards = cards_by_panel(built)
    if panel not in cards:
        raise BenchError(f"no card on screen for panel {panel}")
    yield from tap(built.window, centre_of(cards[panel]))
    if navigator.overlay == "advisory":
        navigator.acceptAdvisory()
    yield Until(at(navigator, ("panel", panel, 0)), f"panel {panel} open")
    yield from settle(built.frames)


def tour(built: Built, monitor: StallMonitor, entered: list[str], how: list[str]) -> Script:
    yield from shown(built)
    for _ in range(IDLE_SLICES):
        monitor.start("idle")
        yield Wait(IDLE_SLICE_MS)
    panels = built.exhibition.panels
    for code in built.exhibition.languages:
        yield from switch_language(built, monitor, code, how)
        for index, panel in enumerate(panels):
            kinds = [data_kind(page) for page in panel.pages]
            if not any(kinds):
                continue
            yield from open_panel(built, monitor, index)
            for page, kind in enumerate(kinds[1:], start=1):
                yield from enter(built, monitor, index, page, f"enter {kind or 'other page'}")
                if kind:
                    entered.append(f"{code} {panel.id} p{page + 1}: {kind}")
                if kind in EXPLORED:
                    yield from explore(built, monitor, kind)
                if kind:
                    yield from change_text_size(built, monitor, kind)
    monitor.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    built = build()
    monitor = StallMonitor()
    frames = FrameTimes(built, monitor)
    entered: list[str] = []
    how: list[str] = []
    try:
        Driver(built.app, tour(built, monitor, entered, how), limit_s=200).run()
    except BenchError as error:
        raise SystemExit(f"dataviz_stall: error: {error}") from None
    print(
        "method: 2 ms precise QTimer on the GUI thread, worst tick gap minus the interval, "
        "per action; real window 1920x1080 offscreen, QTest touch drags and pinches"
    )
    for warning in built.qml_warnings:
        print(f"QML warning: {warning}")
    print(f"entered {len(entered)} data pages: " + "; ".join(entered))
    headline = [f"enter {kind}" for kind in DATA_TYPES]
    for kind in ["idle", "open panel", "enter other page", *headline, "explore", "text size"]:
        worst = monitor.worst({kind})
        if worst:
            print(f"{kind:>16}: worst stall per action {summary(worst)}")
            print(f"{'':>16}  worst frame per action {summary(monitor.worst_frames({kind}))}")
    frame_times = [ms for kind, ms in frames.times if kind in headline]
    if frame_times:
        print(f"{'every frame':>16}: {summary(frame_times)} (entering data pages)")
    print(f"idle baseline max_gui_stall_ms: {max(monitor.worst({'idle'})):.1f}")
    other = monitor.worst({"enter other page"})
    if other:
        print(f"other pages max_gui_stall_ms: {max(other):.1f}")
    text_size = monitor.worst({"text size"})
    if text_size:
        print(f"text size max_gui_stall_ms: {max(text_size):.1f}")
    worst = monitor.worst(set(headline))
    if not worst:
        raise SystemExit("dataviz_stall: error: the exhibition has no chart, timeline or map")
    print(f"dataviz_max_gui_stall_ms: {max(worst):.1f}")


if __name__ == "__main__":
    main()
