"""Shared test set-up: headless Qt, and the real kiosk window as a fixture.

Qt must never look for a real display in tests: the offscreen platform is
chosen here, when pytest loads this file, before any fixture creates the Qt
application (Qt reads the variable then). Offscreen Qt Quick already renders
with the software scene graph, so nothing else is set.
"""

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.app import load_window
from kiosk.content import Exhibition, Report, load_exhibition
from kiosk.reload import ContentWatcher, LiveContent
from kiosk.staff import StaffOptions
from kiosk.view import IdleTimes, Kiosk

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


BUNDLED = Path(__file__).resolve().parent.parent / "content"
BASE = Path(__file__).resolve().parent / "content" / "base"


@dataclass
class KioskWindow:
    """The real kiosk window on an exhibition, and the state behind it."""

    window: QQuickWindow
    kiosk: Kiosk
    engine: QQmlApplicationEngine
    qml_warnings: list[str] = field(default_factory=list)
    live: LiveContent | None = None


@pytest.fixture(scope="module")
def exhibition() -> Exhibition:
    """The test exhibition in tests/content/base: every block type, two languages."""
    report = load_exhibition(BASE)
    assert report.exhibition is not None, report.problems
    return report.exhibition


@pytest.fixture
def kiosk_window(qtbot: QtBot) -> Iterator[Callable[..., KioskWindow]]:
    """Build the real app (real QML, real content) and check it closes cleanly.

    Call it as ``kiosk_window(folder, size=(w, h), lang=None, idle=None, reload=None,
    staff=None)``; ``idle`` gives short idle times (``IdleTimes(1, 1)``) instead of the
    exhibition's; ``reload`` ("preview" or "kiosk") makes the window follow changes to the
    files, as ``kiosk preview`` or ``kiosk run`` do; ``staff`` sets up staff access (a PIN,
    a fake clock, short timeouts). At teardown every window must be gone, and QML must
    have warned about nothing.
    """
    made: list[KioskWindow] = []

    def make(
        folder: Path = BUNDLED,
        size: tuple[int, int] = (1920, 1080),
        lang: str | None = None,
        idle: IdleTimes | None = None,
        reload: str | None = None,
        staff: StaffOptions | None = None,
    ) -> KioskWindow:
        report = load_exhibition(folder)
        assert report.exhibition is not None, "\n".join(map(str, report.problems))
        engine = QQmlApplicationEngine()
        live = None if reload is None else _live_content(report, reload, idle, engine)
        warnings: list[str] = []

        def record(errors: list[QQmlError]) -> None:
            warnings.extend(error.toString() for error in errors)

        engine.warnings.connect(record)
        window = load_window(engine, report.exhibition, lang, idle, live, staff=staff)
        assert window is not None, warnings
        window.resize(*size)
        # waitExposed is a context manager: called bare, it would not wait at all.
        with qtbot.waitExposed(window):
            window.show()
        kiosk = window.property("kiosk")
        assert isinstance(kiosk, Kiosk)
        made.append(KioskWindow(window, kiosk, engine, warnings, live))
        return made[-1]

    yield make
    for built in made:
        if built.live is not None:
            built.live.stop()
        assert built.qml_warnings == []
        built.window.close()
        built.engine.deleteLater()
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in QGuiApplication.topLevelWindows()))


def _live_content(
    report: Report, mode: str, idle: IdleTimes | None, engine: QQmlApplicationEngine
) -> LiveContent:
    """Hot reload as ``kiosk preview`` ("preview") or ``kiosk run`` ("kiosk") does it,
    with a quick poll so that tests need not wait for the real one."""
    preview = mode == "preview"
    watcher = ContentWatcher(report.folder, report.folders, settle_ms=100, poll_ms=250)
    return LiveContent(
        report,
        lambda content: idle or IdleTimes.of(content),
        at_once=preview,
        show_problems=preview,
        parent=engine,
        watcher=watcher,
    )
