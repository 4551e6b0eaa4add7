"""Weeks of a kiosk's life in minutes: does memory grow, do objects pile up?

The real window (960x540, offscreen) runs in accelerated time, every step driven
by timers inside ``app.exec()`` (GUIDE §5), on the test exhibition, which has
every kind of attract slide; its picture is replaced by a generated 1920x1080
JPEG, so each cycle really decodes a photograph-sized image (``--folder``
chooses another exhibition):

* attract-loop cycles: the loop shows every slide with its own timers, each
  for 1/1000 of its time (a picture from when it is decoded); a cycle ends
  when the loop comes back to the first slide;
* visitor sessions: a touch wakes the loop, the visitor opens a panel (the
  content advisory first), turns a page, switches language, opens a glossary
  card, and walks away; every other visitor answers "Are you still there?"
  once before walking away for good. With idle and warning times of 20 ms the
  kiosk asks, resets the session and returns to the attract loop.

After a warm-up (50 cycles and 50 sessions) it notes the resident memory
(VmRSS) and the live QObjects (those under the window and the engine, plus
Python's tracked objects): that is the baseline. Then it runs the full count
and notes them again.

Last line: ``soak_rss_growth_mb: N``, the growth from the warm-up to the end
(target: under 5).
"""

from __future__ import annotations

import argparse
import functools
import gc
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from kioskbench import REPO, BenchError, Built, Driver, Script, Until, Wait, build, shown, tap
from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

from kiosk.idle import ACTIVE, ATTRACT, WARNING
from kiosk.view import IdleTimes

TEST_EXHIBITION = REPO / "tests" / "content" / "base"
SOAK_IDLE = IdleTimes(idle_seconds=0.02, warning_seconds=0.02)
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
    pictures: int = 0
    answered: int = 0
    samples: dict[str, Sample] = field(default_factory=dict)
    _last_index: int = 0

    @functools.cached_property
    def loop(self) -> QObject:
        """Found once: each lookup would make PySide a new wrapper for the QML item."""
        loop = self.built.window.findChild(QObject, "attractLoop")
        if loop is None:
            raise BenchError("no item named 'attractLoop'")
        return loop

    def count_pictures(self) -> None:
        """Count each attract-loop picture decoded and shown (progress reaching 1)."""
        for picture in self.built.window.findChildren(QObject, "attractPicture"):
            cast(Any, picture).progressChanged.connect(self._on_progress)  # QML's signal

    def _on_progress(self, progress: float) -> None:
        if progress >= 1.0:
            self.pictures += 1

    def count_cycles(self, target: int) -> bool:
        """Polled every 2 ms: a cycle ends when the loop wraps to its first slide."""
        index = int(self.loop.property("index"))
        if index < self._last_index:
            self.cycles += 1
        self._last_index = index
        return self.cycles >= target

    def sample(self, name: str) -> Script:
        yield Wait(300)  # let deleteLater'd objects go, inside the event loop
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


@contextmanager
def test_exhibition_with_a_photograph() -> Iterator[Path]:
    """The test exhibition, copied, its picture replaced by a noisy 1920x1080 JPEG."""
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as temporary:
        folder = Path(temporary) / "base"
        shutil.copytree(TEST_EXHIBITION, folder)
        image = QImage(1920, 1080, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        gradient = QLinearGradient(0, 0, 1920, 1080)
        gradient.setColorAt(0, QColor("#8a3b2e"))
        gradient.setColorAt(1, QColor("#2e5b8a"))
        painter.fillRect(image.rect(), gradient)
        for n in range(4000):  # detail, so the JPEG is as costly to decode as a photograph
            painter.fillRect((n * 7919) % 1920, (n * 104729) % 1080, 9, 9, QColor(n % 255, 90, 40))
        painter.end()
        if not image.save(str(folder / "assets" / "photos" / "letter.jpg"), quality=90):
            raise BenchError("could not write the soak's picture")
        yield folder


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
    terms = list(built.exhibition.glossary)
    middle = QPoint(window.width() // 2, window.height() // 2)
    for number in range(count):
        yield Until(lambda: idle.state == ATTRACT, "the attract loop", timeout_s=5)
        yield from tap(window, middle, hold_ms=5)
        yield Until(lambda: idle.state == ACTIVE, "waking", timeout_s=5)
        navigator.openPanel(number % panels)
        if navigator.overlay == "advisory":
            navigator.acceptAdvisory()
        navigator.nextPage()
        session.setLanguage(languages[(number + 1) % len(languages)])
        if terms:
            kiosk.view_object().openTerm(terms[number % len(terms)])
        yield Wait(5)
        if number % 2:
            yield Until(lambda: idle.state != ACTIVE, "still there?", timeout_s=5)
            if idle.state == WARNING:  # 20 ms: a poll may find the loop already
                soak.answered += 1
                yield from tap(window, middle, hold_ms=1)
                yield Until(lambda: idle.state == ACTIVE, "continuing", timeout_s=5)
        soak.sessions += 1
    yield Until(lambda: idle.state == ATTRACT, "the last reset", timeout_s=5)


def script(soak: Soak, cycles: int, visits: int) -> Script:
    yield from shown(soak.built)
    soak.loop.setProperty("timeScale", TIME_SCALE)
    soak.count_pictures()
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
    parser.add_argument(
        "--folder", type=Path, help="soak this exhibition (default: the test exhibition)"
    )
    args = parser.parse_args()
    with test_exhibition_with_a_photograph() as base:
        built = build(args.folder or base, idle=SOAK_IDLE, size=(960, 540))
        soak = Soak(built)
        Driver(built.app, script(soak, args.cycles, args.sessions), limit_s=900).run()
    if built.qml_warnings:
        raise BenchError("QML warned:\n" + "\n".join(built.qml_warnings))
    start, end = soak.samples["warm-up"], soak.samples["end"]
    print(f"attract cycles: {soak.cycles}, visitor sessions: {soak.sessions}")
    print(f"'still there?' answered: {soak.answered}")
    print(f"attract-loop pictures decoded and shown: {soak.pictures}")
    print(f"live QObjects growth: {end.qobjects - start.qobjects}")
    print(f"Python objects growth: {end.python_objects - start.python_objects}")
    print(f"soak_rss_growth_mb: {end.rss_mb - start.rss_mb:.1f}")


if __name__ == "__main__":
    main()
