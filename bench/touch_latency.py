"""Touch-to-frame latency: from a finger lifting to the first frame that answers it.

The real kiosk window (real Main.qml, bundled exhibition, 1920x1080, offscreen)
is driven in-process with real touch events (``QTest.touchEvent``), from timers
inside ``app.exec()``. Each tap is a press, 50 ms of the event loop running, and a
release. The clock starts just before the release is sent and stops at the first
``frameSwapped`` after the navigator's state changed (``placeChanged`` or
``overlayChanged``) in answer to it. Every tap must leave the navigator exactly
where the tap should (screen, panel, page, no overlay), or the script reports an
error instead of a number.

Scenarios, repeated ``--reps`` times (the panels in turn), waiting for the frames
to settle (no frame for 100 ms: animations done) between taps:

* open panel: tap a card on the home screen (the content advisory is accepted
  once beforehand through the navigator, so this times the panel opening);
* next page: tap the next-page arrow on the first page;
* back: tap Back on the third page (back to the second; the navigator's rule);
* home: tap Home on the second page.

Two more figures per scenario, from the same release: "state changed", when the
last handler of the navigator's signal had run (the touch handling, our Python
and the QML bindings it triggers; the rest of the latency is layout and painting
the frame), and "settled", the last frame before the screen went still, i.e.
when the answer's transition (slide or fade) has finished.

Offscreen Qt Quick renders with the software scene graph on the GUI thread, so the
latency includes painting the frame on the CPU.

Last line: ``touch_to_frame_p95_ms: N`` (p95 over all taps; target: under 100).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

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
    p95,
    settle,
    shown,
    summary,
    the_item,
    touch,
    visible_items,
)
from PySide6.QtCore import QPoint

from kiosk.navigation import Navigator

SCENARIOS = ("open panel", "next page", "back", "home")
Place = tuple[str, int, int]


@dataclass
class Tap:
    """One timed tap: when the release was sent, the state changed, a frame came."""

    released_ms: float
    changed_ms: float | None = None
    frame_ms: float | None = None


@dataclass
class Results:
    latency: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in SCENARIOS})
    settled: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in SCENARIOS})
    changed: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in SCENARIOS})


class Timer:
    """Watches the navigator and the frames; times one tap at a time."""

    def __init__(self, built: Built, navigator: Navigator) -> None:
        self.current: Tap | None = None
        self.changed_before_release = False
        navigator.placeChanged.connect(self._changed)
        navigator.overlayChanged.connect(self._changed)
        built.frames.listeners.append(self._frame)

    def _changed(self) -> None:
        if self.current is None:
            self.changed_before_release = True
        elif self.current.changed_ms is None:
            self.current.changed_ms = now_ms()

    def _frame(self, at_ms: float) -> None:
        tap = self.current
        if tap is not None and tap.changed_ms is not None and tap.frame_ms is None:
            tap.frame_ms = at_ms


def timed_tap(
    built: Built,
    navigator: Navigator,
    timer: Timer,
    results: Results,
    scenario: str,
    point: QPoint,
    expect: Place,
) -> Script:
    """Tap ``point``, time release-to-frame, and check the navigator went to ``expect``."""
    window = built.window
    timer.current, timer.changed_before_release = None, False
    touch(window, "press", point)
    yield Wait(50)
    if timer.changed_before_release:
        raise BenchError(f"{scenario}: the state changed on the press, before the release")
    tap = timer.current = Tap(now_ms())
    touch(window, "release", point)
    yield Until(lambda: tap.changed_ms is not None, f"{scenario}: a state change after the tap")
    yield Until(lambda: tap.frame_ms is not None, f"{scenario}: a frame after the state change")
    assert tap.frame_ms is not None
    assert tap.changed_ms is not None
    timer.current = None
    yield from settle(built.frames, quiet_ms=100)
    place, overlay = navigator.place(), navigator.overlay
    if place != expect or overlay != "":
        raise BenchError(
            f"{scenario}: the tap led to {place}, overlay {overlay!r}; "
            f"expected {expect}, no overlay"
        )
    results.latency[scenario].append(tap.frame_ms - tap.released_ms)
    results.changed[scenario].append(tap.changed_ms - tap.released_ms)
    results.settled[scenario].append(max(built.frames.last_ms, tap.frame_ms) - tap.released_ms)


def button(built: Built, name: str) -> Script:
    """Wait until exactly one item ``name`` is on screen (it is then ``the_item``)."""
    yield Until(
        lambda: len(visible_items(built.window, name)) == 1,
        f"one visible item named {name!r}",
        poll_ms=20,
    )


def visit(built: Built, reps: int, results: Results) -> Script:
    navigator = built.kiosk.navigator_object()
    window = built.window
    yield from shown(built)
    # The advisory comes once a session, before the first panel: get it out of the way.
    navigator.openPanel(0)
    if navigator.overlay == "advisory":
        navigator.acceptAdvisory()
    if navigator.place() != ("panel", 0, 0) or navigator.overlay:
        raise BenchError(f"accepting the advisory led to {navigator.place()}")
    yield from settle(built.frames)
    navigator.goHome()
    yield from shown(built)
    timer = Timer(built, navigator)
    panels = built.exhibition.panels
    for rep in range(reps):
        panel = rep % len(panels)
        if len(panels[panel].pages) < 3:
            raise BenchError(f"panel {panel} has fewer than 3 pages")
        cards = cards_by_panel(built)
        if panel not in cards:
            raise BenchError(f"no card on screen for panel {panel}")
        point = centre_of(cards[panel])
        yield from timed_tap(
            built, navigator, timer, results, "open panel", point, ("panel", panel, 0)
        )
        # First to second page is timed; second to third only sets up Back.
        for page, timed in ((1, True), (2, False)):
            yield from button(built, "nextButton")
            point = centre_of(the_item(window, "nextButton"))
            if timed:
                yield from timed_tap(
                    built, navigator, timer, results, "next page", point, ("panel", panel, page)
                )
            else:
                navigator.nextPage()
                yield from settle(built.frames, quiet_ms=100)
        yield from button(built, "backButton")
        point = centre_of(the_item(window, "backButton"))
        yield from timed_tap(built, navigator, timer, results, "back", point, ("panel", panel, 1))
        yield from button(built, "homeButton")
        point = centre_of(the_item(window, "homeButton"))
        yield from timed_tap(built, navigator, timer, results, "home", point, ("home", -1, 0))
        yield from shown(built)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=30, help="taps per scenario")
    args = parser.parse_args()

    built = build()
    results = Results()
    try:
        Driver(built.app, visit(built, args.reps, results), limit_s=110).run()
    except BenchError as error:
        raise SystemExit(f"touch_latency: error: {error}") from None
    print(
        "method: in-process, real window 1920x1080 offscreen, QTest touch events; "
        "release sent -> first frameSwapped after the navigator's state change"
    )
    for warning in built.qml_warnings:
        print(f"QML warning: {warning}")
    every: list[float] = []
    for scenario in SCENARIOS:
        every += results.latency[scenario]
        print(f"{scenario:>10}: touch-to-frame {summary(results.latency[scenario])}")
        print(f"{'':>10}  state changed  {summary(results.changed[scenario])}")
        print(f"{'':>10}  settled        {summary(results.settled[scenario])}")
    print(f"{'all taps':>10}: touch-to-frame {summary(every)}")
    print(f"touch_to_frame_p95_ms: {p95(every):.0f}")


if __name__ == "__main__":
    main()
