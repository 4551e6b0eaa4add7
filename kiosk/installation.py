"""``kiosk run``: the kiosk as installed, left alone for months.

It reads the installation's settings (:mod:`kiosk.settings`), logs to rotating
files (:mod:`kiosk.logs`), tells systemd it is alive (:mod:`kiosk.watchdog`),
locks the screen down in kiosk mode (:mod:`kiosk.lockdown`), opens the staff
menu behind its gesture and PIN (:mod:`kiosk.staff`), records anonymous visit
statistics (:mod:`kiosk.analytics`), and follows the content files as they change
(:mod:`kiosk.reload`).

Nothing a curator or an installer gets wrong takes it down. Content with errors
is logged, and the last good content is shown instead: the one on screen while
it runs, the copy kept on disk at the next start (:mod:`kiosk.content.lastgood`),
or, with neither, a calm "being updated" notice until the files are fixed. A
settings file with errors is reported; the last good settings are used if any.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.analytics.recorder import VisitRecorder
from kiosk.analytics.store import VisitStore
from kiosk.app import (
    DEFAULT_SIZE,
    QML_DIR,
    application,
    bundled_fonts,
    last_window,
    load_window,
)
from kiosk.content import Exhibition, Report, load_exhibition
from kiosk.content.lastgood import keep, kept, load_last_good, save_last_good, state_folder
from kiosk.lockdown import Lockdown, show_kiosk_window
from kiosk.logs import (
    install_exception_logging,
    install_qt_message_logging,
    setup_logging,
    stop_logging,
)
from kiosk.reload import LiveContent, log_problems
from kiosk.service import QUIT_TO_DESKTOP
from kiosk.settings import Settings, load_settings, save_setting, settings_path
from kiosk.staff import Staff, StaffInfo, StaffOptions
from kiosk.view import IdleTimes, Kiosk
from kiosk.watchdog import Heartbeat

log = logging.getLogger("kiosk")

CLOSED_QML = QML_DIR / "ClosedWindow.qml"
RESTART = 75
"""The event loop's exit code when staff ask for a restart: the process starts itself again."""
SETTINGS_COPY = "last-good-settings.pickle"


@dataclass(frozen=True)
class Overrides:
    """What the command line says, over the settings file (None: the file's, or the default)."""

    settings: Path | None = None
    folder: Path | None = None
    fullscreen: bool | None = None
    size: tuple[int, int] | None = None
    lang: str | None = None
    idle_seconds: float | None = None
    warning_seconds: float | None = None


def installation_settings(overrides: Overrides) -> Settings | None:
    """The settings file with the command line over it; None if there are none to run with."""
    path = settings_path(overrides.settings)
    report = load_settings(path)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    settings = report.settings
    key = str(path.resolve()) if path is not None else ""
    if settings is not None:
        keep(SETTINGS_COPY, key, settings, state_folder())
    else:
        found = kept(SETTINGS_COPY, key, state_folder())
        if not isinstance(found, Settings):
            print(f"kiosk: {path}: fix the settings file to start the kiosk", file=sys.stderr)
            return None
        print(f"kiosk: {path} has errors: starting with its last good settings", file=sys.stderr)
        settings = found
    return _overridden(settings, overrides)


def _overridden(settings: Settings, overrides: Overrides) -> Settings:
    changes: dict[str, Any] = {
        "content": overrides.folder.resolve() if overrides.folder is not None else None,
        "fullscreen": overrides.fullscreen,
        "language": overrides.lang,
        "idle_seconds": overrides.idle_seconds,
        "warning_seconds": overrides.warning_seconds,
    }
    return dataclasses.replace(settings, **{k: v for k, v in changes.items() if v is not None})


def run_installation(settings: Settings, size: tuple[int, int] | None = None) -> int:
    """Run the kiosk with ``settings`` until staff quit; return the exit code."""
    setup_logging(
        settings.log_folder, max_bytes=settings.log_max_bytes, keep_files=settings.log_keep_files
    )
    with install_exception_logging(), install_qt_message_logging():
        log.info("kiosk starts: content %s, settings %s", settings.content, settings.path)
        app = application()
        heartbeat = Heartbeat()
        app.aboutToQuit.connect(heartbeat.stopping)
        installation = Installation(settings, size or DEFAULT_SIZE, heartbeat)
        stop_on_term = _StopOnTerm(installation)
        code = int(app.exec()) if installation.start() else 1
        stop_on_term.remove()
        installation.stop()
        log.info("kiosk stops (exit code %d)", code)
    stop_logging()
    if code == RESTART:
        _start_again()
    return code


class Installation(QObject):
    """The running kiosk's parts, wired together: content, window, staff, statistics."""

    def __init__(self, settings: Settings, size: tuple[int, int], heartbeat: Heartbeat) -> None:
        super().__init__()
        self.settings, self.size, self.heartbeat = settings, size, heartbeat
        self.engine = QQmlApplicationEngine()
        self.lockdown: Lockdown | None = None
        self.staff: Staff | None = None
        self.waiting: QQuickWindow | None = None
        self.recorder: VisitRecorder | None = None
        self.live = LiveContent(
            load_exhibition(settings.content),
            self.idle_times,
            at_once=False,
            show_problems=False,
            parent=self.engine,
            keep_in=state_folder(),
            prepare=self.prepare,
        )

    # -- start and stop ------------------------------------------------------------------

    def start(self) -> bool:
        """Open the window on the content, the kept copy, or the notice; False if QML failed."""
        if self.settings.fullscreen:
            self.lockdown = Lockdown(parent=self.engine)
            self.lockdown.install()
        exhibition = self._first_content(self.live.report)
        if exhibition is not None:
            return self.open(exhibition)
        self.live.firstContent.connect(self.open)
        return self._show_notice()

    def stop(self) -> None:
        """After the event loop: stop watching, close the statistics and the windows."""
        self.live.stop()
        if self.recorder is not None:
            self.recorder.close()
        if self.lockdown is not None:
            self.lockdown.allow_close()
            self.lockdown.uninstall()
        for root in self.engine.rootObjects():
            if isinstance(root, QQuickWindow):
                root.close()
        self.engine.deleteLater()

    def _first_content(self, report: Report) -> Exhibition | None:
        log_problems(report)
        if report.exhibition is not None:
            save_last_good(report.exhibition)
            return self.prepare(report.exhibition)
        kept_copy = load_last_good(self.settings.content)
        if kept_copy is None:
            log.error("%s has errors and no good copy was kept: showing a notice", report.folder)
            return None
        log.error("%s has errors: showing the good copy kept from before", report.folder)
        return self.prepare(kept_copy)

    def _show_notice(self) -> bool:
        fonts = bundled_fonts()
        self.engine.setInitialProperties({"sansFamily": fonts.sans, "serifFamily": fonts.serif})
        self.engine.load(QUrl.fromLocalFile(str(CLOSED_QML)))
        self.waiting = last_window(self.engine)
        if self.waiting is None:
            return False
        self._show(self.waiting)
        return True

    def open(self, exhibition: Exhibition) -> bool:
        """Show ``exhibition`` in the kiosk window, with staff access and statistics."""
        options = StaffOptions(
            pin_hash=self.settings.pin_hash,
            info=StaffInfo.of(exhibition, self.live.report),
            lockdown=self.lockdown,
        )
        window = load_window(
            self.engine, exhibition, None, self.idle_times(exhibition), self.live, staff=options
        )
        if window is None:
            QGuiApplication.exit(1)
            return False
        kiosk: Kiosk = window.property("kiosk")
        self._set_language(kiosk)
        self._wire_staff(window.property("staff"), kiosk)
        if self.settings.analytics:
            self.recorder = VisitRecorder.attach(kiosk, VisitStore(self.settings.database))
            self._pause_statistics_for_staff(window.property("staff"), self.recorder)
        window.frameSwapped.connect(self.heartbeat.ready, Qt.ConnectionType.SingleShotConnection)
        self._show(window)
        if self.waiting is not None:
            self.waiting.close()
            self.waiting.deleteLater()
            self.waiting = None
        return True

    def _show(self, window: QQuickWindow) -> None:
        if self.settings.fullscreen:
            show_kiosk_window(window, self.settings.screen)
        else:
            window.resize(*self.size)
            window.show()

    # -- the installation's settings over the content's ---------------------------------

    def idle_times(self, exhibition: Exhibition) -> IdleTimes:
        return IdleTimes.of(exhibition, self.settings.idle_seconds, self.settings.warning_seconds)

    def prepare(self, exhibition: Exhibition) -> Exhibition:
        """The exhibition as this installation shows it: its own slide time, if it sets one."""
        seconds = self.settings.slide_seconds
        if seconds is None:
            return exhibition
        attract = dataclasses.replace(exhibition.manifest.attract, slide_seconds=int(seconds))
        manifest = dataclasses.replace(exhibition.manifest, attract=attract)
        return dataclasses.replace(exhibition, manifest=manifest)

    def _set_language(self, kiosk: Kiosk) -> None:
        code = self.settings.language
        if code is None:
            return
        if kiosk.set_default_language(code):
            kiosk.session_object().setLanguage(code)  # the first session starts in it too
        else:
            known = ", ".join(kiosk.exhibition.languages)
            log.warning("the settings language %r is not the exhibition's (%s)", code, known)

    # -- staff -----------------------------------------------------------------------------

    def _wire_staff(self, staff: Staff, kiosk: Kiosk) -> None:
        self.staff = staff
        staff.reloadRequested.connect(self._reload)
        staff.restartRequested.connect(lambda: QGuiApplication.exit(RESTART))
        staff.quitRequested.connect(lambda: QGuiApplication.exit(QUIT_TO_DESKTOP))
        staff.languageChosen.connect(self._save_language)
        self.live.problemsChanged.connect(lambda: self._refresh_staff_info(kiosk))

    @staticmethod
    def _pause_statistics_for_staff(staff: Staff, recorder: VisitRecorder) -> None:
        """Staff at the PIN pad or in the menu are not visitors: their time is not counted."""

        def follow() -> None:
            recorder.set_paused(staff.property("state") != "closed")

        staff.stateChanged.connect(follow)

    def _reload(self) -> None:
        log.info("staff asked for the content to be read again")
        self.live.reload_now()

    def _refresh_staff_info(self, kiosk: Kiosk) -> None:
        if self.staff is not None:
            self.staff.set_info(StaffInfo.of(kiosk.exhibition, self.live.report))

    def _save_language(self, code: str) -> None:
        path = self.settings.path
        if path is None:
            log.warning("no settings file: the language %s is kept only until a restart", code)
            return
        try:
            save_setting(path, ("language",), code)
        except (OSError, ValueError) as error:
            log.warning("cannot save the language %s in %s: %s", code, path, error)
        else:
            log.info("staff made %s the default language (saved in %s)", code, path)


class _StopOnTerm:
    """``systemctl stop`` (SIGTERM) ends the kiosk cleanly: the visit in progress is
    recorded, the log says so, systemd hears STOPPING=1.

    Python runs a signal handler only between bytecodes, never while Qt's event
    loop waits in C++: a timer gives it a turn twice a second.
    """

    def __init__(self, installation: Installation) -> None:
        self.installation = installation
        self.previous = signal.signal(signal.SIGTERM, self._stop)
        self.wake = QTimer()
        self.wake.timeout.connect(lambda: None)
        self.wake.start(500)

    def _stop(self, _number: int, _frame: object) -> None:
        log.info("asked to stop (SIGTERM)")
        if self.installation.lockdown is not None:
            self.installation.lockdown.allow_close()
        QGuiApplication.exit(0)

    def remove(self) -> None:
        self.wake.stop()
        signal.signal(signal.SIGTERM, self.previous)


def _start_again() -> None:
    """Replace this process with a fresh kiosk, same arguments (same PID for systemd)."""
    log.info("restarting, as staff asked")
    logging.shutdown()
    os.execv(sys.executable, [sys.executable, "-m", "kiosk", *sys.argv[1:]])
