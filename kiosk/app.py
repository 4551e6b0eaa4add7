"""The Qt application: load an exhibition and show it in a Qt Quick window.

Content problems are reported before any window opens. Python owns the state
(:class:`kiosk.view.Kiosk`); Main.qml is given that one object and lays it out.
"""

from __future__ import annotations

import functools
import signal
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.content import Exhibition, load_exhibition
from kiosk.fonts import FontFamilies, load_bundled_fonts
from kiosk.view import IdleTimes, Kiosk

QML_DIR = Path(__file__).parent / "qml"
MAIN_QML = QML_DIR / "Main.qml"
DEFAULT_SIZE = (1280, 720)


def run(
    folder: Path,
    *,
    fullscreen: bool,
    size: tuple[int, int] | None,
    lang: str | None,
    idle_seconds: float | None = None,
    warning_seconds: float | None = None,
) -> int:
    """Show the exhibition in ``folder`` until the window closes; return the exit code."""
    report = load_exhibition(folder)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    exhibition = report.exhibition
    if not report.ok or exhibition is None:
        return 1
    if lang is not None and lang not in exhibition.languages:
        known = ", ".join(exhibition.languages)
        print(f"kiosk: unknown language '{lang}' (this exhibition has: {known})", file=sys.stderr)
        return 2
    idle = IdleTimes.of(exhibition, idle_seconds, warning_seconds)
    return _exec(_application(), exhibition, lang, idle, fullscreen=fullscreen, size=size)


def _application() -> Any:
    """The running Qt application (tests make their own), else a new QGuiApplication."""
    app = QGuiApplication.instance()
    if app is None:
        # Python sees Ctrl-C only once Qt's event loop returns: let it end the process at once.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        app = QGuiApplication(sys.argv[:1])
        app.setApplicationName("kiosk")
    return app


def _exec(
    app: Any,
    exhibition: Exhibition,
    lang: str | None,
    idle: IdleTimes,
    *,
    fullscreen: bool,
    size: tuple[int, int] | None,
) -> int:
    """Run the event loop; the engine is freed here, before the application."""
    engine = QQmlApplicationEngine()
    window = load_window(engine, exhibition, lang, idle)
    if window is None:
        return -1
    if fullscreen:
        show_full_screen(window)
    else:
        window.resize(*(size or DEFAULT_SIZE))
        window.show()
    return int(app.exec())


def show_full_screen(window: QQuickWindow) -> None:
    """Cover the whole screen, with or without a window manager.

    Kiosk PCs often run X with no window manager at all, and there
    ``showFullScreen`` alone leaves the window at its old size in a corner: it is
    the window manager that makes a window full screen. So the window is first
    given the screen's geometry itself.
    """
    window.setGeometry(window.screen().geometry())
    window.showFullScreen()


def load_window(
    engine: QQmlApplicationEngine,
    exhibition: Exhibition,
    lang: str | None,
    idle: IdleTimes | None = None,
) -> QQuickWindow | None:
    """Load Main.qml for ``exhibition`` in ``engine``; None if QML failed to load.

    The kiosk's idle monitor watches every event of the application from here on.
    """
    properties = window_properties(exhibition, lang, engine, idle)
    app = QGuiApplication.instance()
    if app is not None:
        app.installEventFilter(properties["kiosk"].idle_monitor())
    engine.setInitialProperties(properties)
    engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        return None
    return roots[0]


def window_properties(
    exhibition: Exhibition,
    lang: str | None,
    engine: QQmlApplicationEngine,
    idle: IdleTimes | None = None,
) -> dict[str, Any]:
    """Main.qml's properties: the kiosk state, parented to ``engine``, and the typefaces."""
    kiosk = Kiosk(exhibition, parent=engine, idle=idle)
    if lang is not None:
        kiosk.session_object().setLanguage(lang)
    fonts = bundled_fonts()
    return {"kiosk": kiosk, "sansFamily": fonts.sans, "serifFamily": fonts.serif}


@functools.cache
def bundled_fonts() -> FontFamilies:
    """The bundled typefaces, registered with Qt once per process (the application must exist)."""
    return load_bundled_fonts()
