"""The longest GUI-thread stall while a visitor swipes through the whole exhibition.

A 2 ms precise ``QTimer`` on the GUI thread notes the gap between its ticks; a
gap minus the 2 ms interval is time the thread could not serve its event loop
(our Python, QML bindings, delegate creation, layout and, offscreen, painting
the frame with the software scene graph, which runs on the GUI thread).

First the window sits idle on the home screen for 2 s: the baseline (in 100 ms
slices, each a sample). Then, in each of the exhibition's languages (switched by
tapping its ``languageButton`` on the home screen, or through the session if
there is none), every panel is opened by tapping its card (the content advisory,
shown once, is accepted through the navigator), every page is reached with one
touch drag across the page list (press at 85 % of its width, 12 moves 16 ms
apart, release at 15 %: right to left), and Home is tapped. After each drag the
page index must have gone up by exactly one once the snap animation has
settled, or the script reports an error instead of a number. The whole
sequence runs from timers inside ``app.exec()`` (GUIDE §5).

Each action (a drag and its snap, a panel opening, going home, a language
switch) is a bucket: its worst stall is one sample of that kind. The time the
benchmark itself spends walking the item tree to find things is subtracted
from the gaps. The frame time (``beforeSynchronizing`` to ``frameSwapped``) is
printed too, to show how much of a stall is painting.

Last line: ``max_gui_stall_ms: N``, the worst stall of the whole sequence, idle
baseline excluded (target: under 50).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

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
    now_ms,
    settle,
    shown,
    summary,
    swipe,
    tap,
    the_item,
    visible_items,
)
from PySide6.QtCore import QObject, QPoint, QPointF, Qt, QTimer

from kiosk.navigation import Navigator

INTERVAL_MS = 2
IDLE_MS = 2000
IDLE_SLICE_MS = 100


@dataclass
class Bucket:
    kind: str
    worst_ms: float = 0.0
    ticks: int = 0
    worst_frame_ms: float = 0.0


class StallMonitor(QObject):
    """A 2 ms timer on the GUI thread; each bucket keeps its worst tick gap."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._excluded = 0.0
        self.buckets: list[Bucket] = []

    def start(self, kind: str) -> None:
        self.buckets.append(Bucket(kind))
        if not self._timer.isActive():
            self._last = now_ms()
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        at = now_ms()
        gap = at - self._last - INTERVAL_MS - self._excluded
        self._last, self._excluded = at, 0.0
        bucket = self.buckets[-1]
        bucket.ticks += 1
        bucket.worst_ms = max(bucket.worst_ms, gap)

    @contextmanager
    def excluded(self) -> Iterator[None]:
        """Time spent inside is the benchmark's own, not the kiosk's: not a stall."""
        start = now_ms()
        try:
            yield
        finally:
            self._excluded += now_ms() - start

    def quietly(self, condition: Callable[[], bool]) -> Callable[[], bool]:
        def checked() -> bool:
            with self.excluded():
                return condition()

        return checked

    def worst(self, kinds: set[str]) -> list[float]:
        return [b.worst_ms for b in self.buckets if b.kind in kinds]

    def worst_frames(self, kinds: set[str]) -> list[float]:
        return [b.worst_frame_ms for b in self.buckets if b.kind in kinds]


class FrameTimes(QObject):
    """How long each frame took, from ``beforeSynchronizing`` to ``frameSwapped``;
    the monitor's current bucket keeps its worst frame."""

    def __init__(self, built: Built, monitor: StallMonitor) -> None:
        super().__init__()
        self.times: list[tuple[str, float]] = []
        self._monitor = monitor
        self._start: float | None = None
        direct = Qt.ConnectionType.DirectConnection
        built.window.beforeSynchronizing.connect(self._begin, direct)
        built.frames.listeners.append(self._end)

    def _begin(self) -> None:
        self._start = now_ms()

    def _end(self, at_ms: float) -> None:
        if self._start is not None:
            took, buckets = at_ms - self._start, self._monitor.buckets
            self.times.append((buckets[-1].kind if buckets else "start", took))
            if buckets:
                buckets[-1].worst_frame_ms = max(buckets[-1].worst_frame_ms, took)
            self._start = None


def switch_language(built: Built, monitor: StallMonitor, code: str, how: list[str]) -> Script:
    session = built.kiosk.session_object()
    if session.current_language() == code:
        how.append(f"{code}: already current")
        return
    monitor.start("language switch")
    with monitor.excluded():
        buttons = [
            b for b in visible_items(built.window, "languageButton") if b.property("code") == code
        ]
    if len(buttons) == 1:
        how.append(f"{code}: tapped its languageButton")
        yield from tap(built.window, centre_of(buttons[0]))
    else:
        how.append(f"{code}: session.setLanguage (no languageButton with code {code!r})")
        session.setLanguage(code)
    yield Until(lambda: session.current_language() == code, f"language {code}")
    yield from settle(built.frames)


def page_swipe_points(built: Built, monitor: StallMonitor) -> tuple[QPoint, QPoint]:
    with monitor.excluded():
        pages = the_item(built.window, "pageList")
        top_left = pages.mapToScene(QPointF(0, 0))
    y = int(top_left.y() + pages.height() / 2)
    right = int(top_left.x() + pages.width() * 0.85)
    left = int(top_left.x() + pages.width() * 0.15)
    return QPoint(right, y), QPoint(left, y)


def at(navigator: Navigator, place: tuple[str, int, int]) -> Callable[[], bool]:
    return lambda: navigator.place() == place


def turned(navigator: Navigator, page: int) -> Callable[[], bool]:
    """The page index has reached ``page`` (or gone past it: checked once settled)."""
    return lambda: navigator.place()[2] >= page


def tour(built: Built, monitor: StallMonitor, swipes: list[int], how: list[str]) -> Script:
    navigator = built.kiosk.navigator_object()
    window = built.window
    yield from shown(built)
    for _ in range(IDLE_MS // IDLE_SLICE_MS):
        monitor.start("idle")
        yield Wait(IDLE_SLICE_MS)
    for code in built.exhibition.languages:
        yield from switch_language(built, monitor, code, how)
        for panel, content in enumerate(built.exhibition.panels):
            monitor.start("open panel")
            with monitor.excluded():
                cards = cards_by_panel(built)
            if panel not in cards:
                raise BenchError(f"no card on screen for panel {panel}")
            yield from tap(window, centre_of(cards[panel]))
            if navigator.overlay == "advisory":
                navigator.acceptAdvisory()
            yield Until(at(navigator, ("panel", panel, 0)), f"panel {panel} open")
            yield from settle(built.frames)
            yield Until(
                monitor.quietly(lambda: len(visible_items(window, "pageList")) == 1),
                "one visible pageList",
                poll_ms=20,
            )
            for page in range(1, len(content.pages)):
                monitor.start("swipe")
                start, end = page_swipe_points(built, monitor)
                yield from swipe(window, start, end)
                yield Until(turned(navigator, page), f"panel {panel}: swipe to page {page}")
                yield from settle(built.frames)
                if navigator.place() != ("panel", panel, page):
                    raise BenchError(
                        f"swipe to page {page} of panel {panel} led to {navigator.place()}"
                    )
                swipes[0] += 1
            monitor.start("home")
            with monitor.excluded():
                home = centre_of(the_item(window, "homeButton"))
            yield from tap(window, home)
            yield Until(at(navigator, ("home", -1, 0)), "home")
            yield from settle(built.frames)
            yield Until(
                monitor.quietly(
                    lambda: len(visible_items(window, "panelCard")) == len(built.exhibition.panels)
                ),
                "every panel card visible",
                poll_ms=20,
            )
    monitor.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    built = build()
    monitor = StallMonitor()
    frames = FrameTimes(built, monitor)
    swipes, how = [0], list[str]()
    try:
        Driver(built.app, tour(built, monitor, swipes, how), limit_s=110).run()
    except BenchError as error:
        raise SystemExit(f"gui_stall: error: {error}") from None
    print(
        f"method: {INTERVAL_MS} ms precise QTimer on the GUI thread, worst tick gap minus "
        "the interval, per action; real window 1920x1080 offscreen, QTest touch drags"
    )
    for warning in built.qml_warnings:
        print(f"QML warning: {warning}")
    for line in how:
        print(f"language {line}")
    print(f"swipes: {swipes[0]}, each advanced the page by exactly one")
    kinds = ["idle", "language switch", "open panel", "swipe", "home"]
    for kind in kinds:
        worst = monitor.worst({kind})
        if worst:
            print(f"{kind:>15}: worst stall per action {summary(worst)}")
            frames_worst = monitor.worst_frames({kind})
            print(f"{'':>15}  worst frame per action {summary(frames_worst)}")
    touring = set(kinds) - {"idle"}
    frame_times = [ms for kind, ms in frames.times if kind in touring]
    print(f"{'every frame':>15}: {summary(frame_times)} (while touring)")
    tour_worst = monitor.worst(touring)
    idle = max(monitor.worst({"idle"}))
    print(f"idle baseline max_gui_stall_ms: {idle:.1f}")
    print(f"max_gui_stall_ms: {max(tour_worst):.1f}")


if __name__ == "__main__":
    main()
