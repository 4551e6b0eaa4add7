"""Weeks of a kiosk's life in minutes: does memory grow, do objects pile up?

The real window on the bundled exhibition (960x540, offscreen) runs in
accelerated time, every step driven by timers inside ``app.exec()`` (GUIDE §5):

* attract-loop cycles: the loop shows every slide of the exhibition's attract
  selection, each for a thousandth of its time, and a cycle ends when it comes
  back to the first slide;
* visitor sessions: a touch wakes the loop, the visitor opens a panel (the
  content advisory first), turns a page, switches language, opens a glossary
  card, and walks away; with idle and warning times of 50 ms the kiosk asks
  "still there?", resets the session and returns to the attract loop.

After a warm-up (50 cycles and 50 sessions) it notes the resident memory
(VmRSS) and the live QObjects (those under the window and the engine, plus
Python's tracked objects); then it runs the full count and notes them again.

Last line: ``soak_rss_growth_mb: N``, the growth from the warm-up to the end
(target: under 5).
"""

from __future__ import annotations

import argparse
import functools
import gc
from dataclasses import dataclass, field
from pathlib import Path

from kioskbench import BenchError, Built, Driver, Script, Until, Wait, build, shown, tap
from PySide6.QtCore import QObject, QPoint

from kiosk.idle import ACTIVE, ATTRACT
from kiosk.view import IdleTimes

SOAK_IDLE = IdleTimes(idle_seconds=0.05, warning_seconds=0.05)
TIME_SCALE = 0.001
WARM_UP = 50


@dataclass
class Sample:
    rss_mb: float
    qobjects: int
    python_objects: int

    def __str__(self) -> str:
        return (
            f"rss {self.rss_mb:7.1f} MB, live QObjects {self.qobjects:6d}, "
            f"Python objects {self.python_objects:8d}"
        )


@dataclass
class Soak:
    built: Built
    cycles: int = 0
    sessions: int = 0
    samples: dict[str, Sample] = field(default_factory=dict)
    _last_index: int = 0

    @functools.cached_property
    def loop(self) -> QObject:
        """Found once: each lookup would make PySide a new wrapper for the QML item."""
        loop = self.built.window.findChild(QObject, "attractLoop")
        if loop is None:
            raise BenchError("no item named 'attractLoop'")
        return loop

    def count_cycles(self, target: int) -> bool:
        """Polled every 2 ms: a cycle ends when the loop wraps to its first slide."""
        index = int(self.loop.property("index"))
        if index < self._last_index:
            self.cycles += 1
        self._last_index = index
        return self.cycles >= target

    def sample(self, name: str) -> Script:
        yield Wait(200)  # let deleteLater'd objects go, inside the event loop
        gc.collect()
        window, engine = self.built.window, self.built.engine
        self.samples[name] = Sample(
            resident_mb(),
            len(window.findChildren(QObject)) + len(engine.findChildren(QObject)),
            len(gc.get_objects()),
        )
        print(f"{name:>8}: {self.samples[name]}", flush=True)


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise BenchError("no VmRSS in /proc/self/status")


def attract_cycles(soak: Soak, count: int) -> Script:
    idle = soak.built.kiosk.idle_monitor()
    if idle.state != ATTRACT:
        idle.endSession()
    target = soak.cycles + count
    yield Until(lambda: soak.count_cycles(target), f"{count} attract cycles", timeout_s=600)


def sessions(soak: Soak, count: int) -> Script:
    built = soak.built
    kiosk, window = built.kiosk, built.window
    navigator, session, idle = (
        kiosk.navigator_object(),
        kiosk.session_object(),
        kiosk.idle_monitor(),
    )
    panels = len(built.exhibition.panels)
    languages = built.exhibition.languages
    for number in range(count):
        yield Until(lambda: idle.state == ATTRACT, "the attract loop", timeout_s=5)
        yield from tap(window, QPoint(window.width() // 2, window.height() // 3), hold_ms=5)
        yield Until(lambda: idle.state == ACTIVE, "waking", timeout_s=5)
        navigator.openPanel(number % panels)
        if navigator.overlay == "advisory":
            navigator.acceptAdvisory()
        navigator.nextPage()
        session.setLanguage(languages[(number + 1) % len(languages)])
        terms = list(built.exhibition.glossary)
        if terms:
            kiosk.view_object().openTerm(terms[number % len(terms)])
        yield Wait(5)
        soak.sessions += 1
    yield Until(lambda: idle.state == ATTRACT, "the last reset", timeout_s=5)


def script(soak: Soak, cycles: int, visits: int) -> Script:
    yield from shown(soak.built)
    soak.loop.setProperty("timeScale", TIME_SCALE)
    yield from attract_cycles(soak, WARM_UP)
    yield from sessions(soak, WARM_UP)
    yield from soak.sample("warm-up")
    yield from attract_cycles(soak, cycles)
    yield from sessions(soak, visits)
    yield from attract_cycles(soak, 1)
    yield from soak.sample("end")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1000, help="attract-loop cycles")
    parser.add_argument("--sessions", type=int, default=1000, help="visitor sessions")
    args = parser.parse_args()
    built = build(idle=SOAK_IDLE, size=(960, 540))
    soak = Soak(built)
    Driver(built.app, script(soak, args.cycles, args.sessions), limit_s=900).run()
    if built.qml_warnings:
        raise BenchError("QML warned:\n" + "\n".join(built.qml_warnings))
    start, end = soak.samples["warm-up"], soak.samples["end"]
    print(f"attract cycles: {soak.cycles}, visitor sessions: {soak.sessions}")
    print(f"live QObjects growth: {end.qobjects - start.qobjects}")
    print(f"Python objects growth: {end.python_objects - start.python_objects}")
    print(f"soak_rss_growth_mb: {end.rss_mb - start.rss_mb:.1f}")


if __name__ == "__main__":
    main()
