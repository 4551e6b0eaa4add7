"""Shared pieces of the Qt benchmarks: the real kiosk window, touch, frames, timing.

Not a benchmark itself. The scripts next to it import it as ``kioskbench``
(Python puts the script's own folder first on ``sys.path``).

Everything a benchmark does runs inside ``app.exec()``: a :class:`Driver` steps
a generator that yields :class:`Wait` and :class:`Until` and is resumed by
single-shot timers, so Qt's own event loop delivers every event, renders every
frame and frees every ``deleteLater``'d object (GUIDE §5), unlike a
``processEvents()`` loop.
"""

from __future__ import annotations

import functools
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPointingDevice
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.app import load_window
from kiosk.content import Exhibition, load_exhibition
from kiosk.view import IdleTimes, Kiosk

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "content"
SIZE = (1920, 1080)


def use_offscreen() -> None:
    """Render without a display, unless the caller chose a platform (e.g. on the kiosk).

    Qt reads the variable when the application object is created, so this must
    run before that (importing PySide6 modules earlier is fine).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def now_ms() -> float:
    return time.perf_counter_ns() / 1e6


# -- statistics ----------------------------------------------------------------------------


def p95(values: Sequence[float]) -> float:
    """The 95th percentile by nearest rank: a value that was really measured."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def summary(values: Sequence[float], unit: str = "ms") -> str:
    return (
        f"median {statistics.median(values):7.1f} {unit}, p95 {p95(values):7.1f} {unit}, "
        f"max {max(values):7.1f} {unit}, n {len(values)}"
    )


# -- driving the event loop ----------------------------------------------------------------


class BenchError(Exception):
    """The UI did not do what the benchmark expected: report this, not a number."""


@dataclass
class Wait:
    """Let the event loop run for ``ms`` milliseconds."""

    ms: float


@dataclass
class Until:
    """Let the event loop run until ``condition()`` holds; fail after ``timeout_s``."""

    condition: Callable[[], bool]
    what: str
    timeout_s: float = 5.0
    poll_ms: int = 2


Step = Wait | Until
Script = Generator[Step, None, None]


class Driver(QObject):
    """Runs a script generator inside ``app.exec()``, resumed by single-shot timers."""

    def __init__(self, app: QGuiApplication, script: Script, limit_s: float = 100.0) -> None:
        super().__init__()
        self._app = app
        self._script = script
        self._limit_ms = limit_s * 1000
        self._started = 0.0
        self._until: Until | None = None
        self._until_deadline = 0.0
        self.error: BaseException | None = None

    def run(self) -> None:
        """Run the script to its end; raise whatever went wrong in it."""
        self._started = now_ms()
        QTimer.singleShot(0, self._resume)
        self._app.exec()
        if self.error is not None:
            raise self.error

    def _resume(self) -> None:
        try:
            if now_ms() - self._started > self._limit_ms:
                raise BenchError(f"gave up after {self._limit_ms / 1000:.0f} s")
            step = next(self._script)
            self._schedule(step)
        except StopIteration:
            self._app.exit(0)
        except BaseException as error:  # reported after exec() returns
            self.error = error
            self._app.exit(1)

    def _schedule(self, step: Step) -> None:
        """Resume after ``step``; Qt makes single shots under 2 s precise timers.

        No context object: in PySide6 6.11, ``singleShot(ms > 0, context, slot)``
        leaks a weakref per call (measured by bench/soak.py), and the driver
        outlives its timers anyway.
        """
        if isinstance(step, Wait):
            QTimer.singleShot(max(0, round(step.ms)), self._resume)
        else:
            self._until = step
            self._until_deadline = now_ms() + step.timeout_s * 1000
            QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        until = self._until
        assert until is not None
        try:
            done = until.condition()
        except BaseException as error:
            self.error = error
            self._app.exit(1)
            return
        if done:
            self._until = None
            self._resume()
        elif now_ms() > self._until_deadline:
            self._until = None
            self.error = BenchError(f"timed out after {until.timeout_s:g} s waiting: {until.what}")
            self._app.exit(1)
        else:
            QTimer.singleShot(until.poll_ms, self._poll)


# -- frames --------------------------------------------------------------------------------


class Frames(QObject):
    """Counts the window's swapped frames and remembers when the last one came."""

    def __init__(self, window: QQuickWindow) -> None:
        super().__init__()
        self.count = 0
        self.last_ms = now_ms()
        self.listeners: list[Callable[[float], None]] = []
        window.frameSwapped.connect(self._swapped, Qt.ConnectionType.DirectConnection)

    def _swapped(self) -> None:
        self.count += 1
        self.last_ms = now_ms()
        for listener in self.listeners:
            listener(self.last_ms)

    def quiet_for(self, ms: float) -> bool:
        return now_ms() - self.last_ms >= ms


def settle(frames: Frames, quiet_ms: float = 150, max_ms: float = 1500) -> Script:
    """Wait until no frame has come for ``quiet_ms`` (animations done), at most ``max_ms``.

    Never fails: a UI with an endless animation just costs ``max_ms`` per call.
    """
    start = now_ms()
    yield Until(
        lambda: frames.quiet_for(quiet_ms) or now_ms() - start > max_ms,
        "frames to settle",
        timeout_s=max_ms / 1000 + 1,
    )


# -- the real kiosk window -----------------------------------------------------------------


@dataclass
class Built:
    """The kiosk window at 1920x1080 on an exhibition, and the state behind it."""

    app: QGuiApplication
    engine: QQmlApplicationEngine
    window: QQuickWindow
    kiosk: Kiosk
    exhibition: Exhibition
    frames: Frames
    qml_warnings: list[str]


def application() -> QGuiApplication:
    use_offscreen()
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    return QGuiApplication(sys.argv[:1])


def build(
    folder: Path = BUNDLED,
    lang: str | None = None,
    idle: IdleTimes | None = None,
    size: tuple[int, int] = SIZE,
) -> Built:
    """Load the exhibition and the real Main.qml, as ``kiosk run`` does, and show it."""
    app = application()
    report = load_exhibition(folder)
    if report.exhibition is None or not report.ok:
        raise BenchError("\n".join(map(str, report.problems)))
    engine = QQmlApplicationEngine()
    warnings: list[str] = []

    def record(errors: list[QQmlError]) -> None:
        warnings.extend(error.toString() for error in errors)

    engine.warnings.connect(record)
    window = load_window(engine, report.exhibition, lang, idle)
    if window is None:
        raise BenchError("Main.qml did not load:\n" + "\n".join(warnings))
    window.resize(*size)
    frames = Frames(window)
    window.show()
    kiosk = window.property("kiosk")
    if not isinstance(kiosk, Kiosk):
        raise BenchError("the window has no 'kiosk' property")
    return Built(app, engine, window, kiosk, report.exhibition, frames, warnings)


def shown(built: Built) -> Script:
    """Wait until the window is exposed, has rendered, and shows the panel cards."""
    yield Until(built.window.isExposed, "window exposed")
    yield Until(lambda: built.frames.count > 0, "first frame")
    count = len(built.exhibition.panels)
    yield Until(
        lambda: len(visible_items(built.window, "panelCard")) == count,
        f"{count} visible items named 'panelCard'",
        poll_ms=20,
    )
    yield from settle(built.frames)


# -- items ---------------------------------------------------------------------------------


def walk_items(root: QQuickItem) -> Generator[QQuickItem, None, None]:
    """``root`` and every visual descendant (reaches ListView and Repeater delegates)."""
    yield root
    for child in root.childItems():
        yield from walk_items(child)


def _opacity(item: QQuickItem) -> float:
    opacity = 1.0
    current: QQuickItem | None = item
    while current is not None:
        opacity *= current.opacity()
        current = current.parentItem()
    return opacity


def centre_of(item: QQuickItem) -> QPoint:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def visible_items(window: QQuickWindow, object_name: str) -> list[QQuickItem]:
    """Items named ``object_name`` a finger could reach: visible, opaque, centre on screen."""
    found = []
    for item in walk_items(window.contentItem()):
        if item.objectName() != object_name or not item.isVisible() or _opacity(item) <= 0:
            continue
        centre = centre_of(item)
        if 0 <= centre.x() < window.width() and 0 <= centre.y() < window.height():
            found.append(item)
    return found


def the_item(window: QQuickWindow, object_name: str) -> QQuickItem:
    items = visible_items(window, object_name)
    if len(items) != 1:
        raise BenchError(f"{len(items)} visible items named {object_name!r}, expected 1")
    return items[0]


def cards_by_panel(built: Built) -> dict[int, QQuickItem]:
    """The visible home cards, keyed by the index of the panel each one opens.

    A card says which panel it is by a ``panelId`` or ``index`` property if it has
    one; otherwise cards are taken in reading order (top to bottom, left to right).
    """
    cards = visible_items(built.window, "panelCard")
    ids = [panel.id for panel in built.exhibition.panels]
    keyed: dict[int, QQuickItem] = {}
    for card in cards:
        panel_id, index = card.property("panelId"), card.property("index")
        if isinstance(panel_id, str) and panel_id in ids:
            keyed[ids.index(panel_id)] = card
        elif isinstance(index, int):
            keyed[index] = card
    if len(keyed) == len(cards):
        return keyed
    cards.sort(key=lambda card: (centre_of(card).y(), centre_of(card).x()))
    return dict(enumerate(cards))


# -- touch ---------------------------------------------------------------------------------


@functools.cache
def touch_device() -> QPointingDevice:
    """One touch screen for the whole run (Qt keeps registered devices)."""
    return QTest.createTouchDevice()


def touch(window: QQuickWindow, kind: str, point: QPoint) -> None:
    """Send one touch event (``kind``: press, move or release) for finger 0.

    ``commit(False)`` delivers it synchronously without a nested ``processEvents()``:
    the QML handlers have run when this returns; rendering waits for the event loop.
    """
    sequence = QTest.touchEvent(window, touch_device())
    if kind == "press":
        sequence.press(0, point, window)
    elif kind == "move":
        sequence.move(0, point, window)
    elif kind == "release":
        sequence.release(0, point, window)
    else:
        raise ValueError(kind)
    sequence.commit(False)


def tap(window: QQuickWindow, point: QPoint, hold_ms: float = 50) -> Script:
    """Press, hold ``hold_ms``, release: a finger's tap, with the loop running between."""
    touch(window, "press", point)
    yield Wait(hold_ms)
    touch(window, "release", point)


def swipe(
    window: QQuickWindow, start: QPoint, end: QPoint, steps: int = 12, step_ms: float = 16
) -> Script:
    """Drag one finger from ``start`` to ``end`` in ``steps`` moves ``step_ms`` apart."""
    touch(window, "press", start)
    for step in range(1, steps + 1):
        yield Wait(step_ms)
        x = start.x() + (end.x() - start.x()) * step // steps
        y = start.y() + (end.y() - start.y()) * step // steps
        touch(window, "move", QPoint(x, y))
    touch(window, "release", end)
