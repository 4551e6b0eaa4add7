"""The Qt application: the kiosk window on an exhibition, and the curator's preview.

Python owns the state (:class:`kiosk.view.Kiosk`); Main.qml is given that one
object and lays it out. ``kiosk run``, the kiosk as installed, is
:mod:`kiosk.installation`.
"""

from __future__ import annotations

import functools
import logging
import math
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.content import Exhibition, Report, load_exhibition
from kiosk.fonts import FontFamilies, load_bundled_fonts
from kiosk.lockdown import show_kiosk_window
from kiosk.reload import LiveContent
from kiosk.staff import StaffOptions
from kiosk.view import IdleTimes, Kiosk

QML_DIR = Path(__file__).parent / "qml"
MAIN_QML = QML_DIR / "Main.qml"
PROBLEMS_QML = QML_DIR / "ProblemsWindow.qml"
DEFAULT_SIZE = (1280, 720)


def preview(
    folder: Path,
    *,
    size: tuple[int, int] | None,
    lang: str | None,
    place: tuple[str, int] | None = None,
    idle_seconds: float | None = None,
) -> int:
    """The exhibition in a window for its curator, as the files change.

    Every change shows at once, on the same page; problems show in a banner, and
    broken files leave the last good content on screen. ``place``: the panel id and
    page index to open. Idle never fires unless ``idle_seconds`` is given.
    """
    report = load_exhibition(folder)
    _print_problems(report)

    def idle_times(content: Exhibition) -> IdleTimes:
        return IdleTimes.of(content, idle_seconds or math.inf, None)

    app = application()
    _log_to_stderr()
    engine = QQmlApplicationEngine()
    live = LiveContent(report, idle_times, at_once=True, show_problems=True, parent=engine)
    opener = PreviewOpener(engine, live, idle_times, size, lang, place)
    if report.exhibition is not None:
        opener.open(report.exhibition)
    else:
        opener.wait()
    if opener.failed:
        return -1
    return _exec(app, live)


class PreviewOpener:
    """Opens the preview window, or a window of problems until the content loads."""

    def __init__(
        self,
        engine: QQmlApplicationEngine,
        live: LiveContent,
        idle_times: Callable[[Exhibition], IdleTimes],
        size: tuple[int, int] | None,
        lang: str | None,
        place: tuple[str, int] | None,
    ) -> None:
        self.engine, self.live, self.idle_times = engine, live, idle_times
        self.size, self.lang, self.place = size or DEFAULT_SIZE, lang, place
        self.failed = False
        self.waiting: QQuickWindow | None = None

    def wait(self) -> None:
        self.engine.setInitialProperties({"live": self.live, "sansFamily": bundled_fonts().sans})
        self.engine.load(QUrl.fromLocalFile(str(PROBLEMS_QML)))
        self.waiting = last_window(self.engine)
        if self.waiting is None:
            self.failed = True
            return
        self.waiting.resize(*self.size)
        self.waiting.show()
        self.live.firstContent.connect(self.open)

    def open(self, exhibition: Exhibition) -> None:
        lang = self.lang if self.lang in exhibition.languages else None
        window = load_window(self.engine, exhibition, lang, self.idle_times(exhibition), self.live)
        if window is None:
            self.failed = True
            QGuiApplication.exit(-1)
            return
        if self.place is not None:
            kiosk = window.property("kiosk")
            kiosk.open_page(*self.place)
        window.resize(*self.size)
        window.show()
        if self.waiting is not None:
            self.waiting.close()
            self.waiting.deleteLater()
            self.waiting = None


def _print_problems(report: Report) -> None:
    for problem in report.problems:
        print(problem, file=sys.stderr)


def _log_to_stderr() -> None:
    """Content reloads and their problems, with the time, on standard error."""
    if not logging.getLogger().handlers:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr
        )


def application() -> Any:
    """The running Qt application (tests make their own), else a new QGuiApplication."""
    app = QGuiApplication.instance()
    if app is None:
        # Python sees Ctrl-C only once Qt's event loop returns: let it end the process at once.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        app = QGuiApplication(sys.argv[:1])
        app.setApplicationName("kiosk")
    return app


def _exec(app: Any, live: LiveContent) -> int:
    """Run the event loop; then wait for a content load under way, if any."""
    try:
        return int(app.exec())
    finally:
        live.stop()


def last_window(engine: QQmlApplicationEngine) -> QQuickWindow | None:
    roots = engine.rootObjects()
    return roots[-1] if roots and isinstance(roots[-1], QQuickWindow) else None


def show_full_screen(window: QQuickWindow, screen: int | str | None = None) -> None:
    """Cover the whole screen, frameless, with or without a window manager.

    See :func:`kiosk.lockdown.show_kiosk_window`, which this is now.
    """
    show_kiosk_window(window, screen)


def load_window(
    engine: QQmlApplicationEngine,
    exhibition: Exhibition,
    lang: str | None,
    idle: IdleTimes | None = None,
    live: LiveContent | None = None,
    *,
    staff: StaffOptions | None = None,
) -> QQuickWindow | None:
    """Load Main.qml for ``exhibition`` in ``engine``; None if QML failed to load.

    The kiosk's idle monitor and the staff gesture watch every event of the
    application from here on; ``live``, if given, brings it new content as the
    files change. ``staff``: the PIN and the rest of staff access (none set by
    default: the gesture then says so). The window's ``staff`` property is the
    :class:`kiosk.staff.Staff` whose signals the caller connects.
    """
    properties = window_properties(exhibition, lang, engine, idle, staff=staff)
    kiosk = properties["kiosk"]
    app = QGuiApplication.instance()
    if app is not None:
        app.installEventFilter(kiosk.idle_monitor())
        app.installEventFilter(properties["staff"])
    if live is not None:
        live.attach(kiosk)
        properties["live"] = live
    engine.setInitialProperties(properties)
    engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
    return last_window(engine)


def window_properties(
    exhibition: Exhibition,
    lang: str | None,
    engine: QQmlApplicationEngine,
    idle: IdleTimes | None = None,
    *,
    staff: StaffOptions | None = None,
) -> dict[str, Any]:
    """Main.qml's properties: the kiosk state and staff access, parented to ``engine``,
    and the typefaces."""
    kiosk = Kiosk(exhibition, parent=engine, idle=idle)
    if lang is not None:
        kiosk.session_object().setLanguage(lang)
    fonts = bundled_fonts()
    return {
        "kiosk": kiosk,
        "staff": (staff or StaffOptions()).make(kiosk, parent=engine),
        "sansFamily": fonts.sans,
        "serifFamily": fonts.serif,
    }


@functools.cache
def bundled_fonts() -> FontFamilies:
    """The bundled typefaces, registered with Qt once per process (the application must exist)."""
    return load_bundled_fonts()
