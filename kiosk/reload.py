"""Hot reload: new content goes live while the kiosk runs; broken content never does.

:class:`ContentWatcher` notices that files changed, waits until nobody is
writing, and loads the exhibition on a worker thread (a load takes a few hundred
milliseconds, which the visitor UI must not stall for). It hands on only a load
that read one consistent set of files: the folders' fingerprint must be the same
before and after, so a file saved halfway through a load, or an editor that saves
by writing a temporary file and renaming it, never yields half an exhibition.

:class:`LiveContent` decides what to do with each load. Valid content replaces
the shown content, keeping the visitor's place; in the kiosk it waits until the
current visitor has left, so no text changes under someone reading it. Invalid
content changes nothing on screen: its problems are logged, and the preview
shows them in a banner until the files are fixed.

Change notifications come from :class:`QFileSystemWatcher` (inotify on Linux,
immediate) and from a slow poll, for file systems that send no notifications
(network shares) and for whatever a watcher may miss.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QFileSystemWatcher, QObject, QTimer, Signal, Slot

from kiosk.content import Exhibition, Report, load_exhibition
from kiosk.content.lastgood import save_last_good
from kiosk.content.problems import Severity
from kiosk.content.snapshot import Fingerprint, fingerprint, watched_folders
from kiosk.idle import ATTRACT, IdleMonitor
from kiosk.view import IdleTimes, Kiosk

log = logging.getLogger("kiosk.content")

SETTLE_MS = 250
"""How long the files must stay unchanged before they are read."""
POLL_MS = 2000
"""How often the files are looked at even without a notification."""


class ContentWatcher(QObject):
    """Loads the exhibition in ``folder`` again whenever its files have changed."""

    loaded = Signal(object)
    """A :class:`Report` of a consistent set of files, valid or not."""
    _finished = Signal(object, object, object)  # report, fingerprint before, after

    def __init__(
        self,
        folder: Path,
        folders: tuple[Path, ...],
        parent: QObject | None = None,
        *,
        settle_ms: int = SETTLE_MS,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._folders = folders or (folder,)
        self._seen = self._loaded = fingerprint(self._folders)
        self._thread: threading.Thread | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self.look)
        self._watcher.directoryChanged.connect(self.look)
        self._settle = _timer(self, settle_ms, single_shot=True, slot=self._settled)
        self._poll = _timer(self, poll_ms, single_shot=False, slot=self.look)
        self._finished.connect(self._on_finished)
        self._watch()
        self._poll.start()

    @Slot()
    @Slot(str)
    def look(self, _path: str = "") -> None:
        """Something may have changed: if so, wait for the writing to stop."""
        now = fingerprint(self._folders)
        if now != self._seen:
            self._seen = now
            self._settle.start()
            self._watch()  # a file replaced by a rename is a new file to watch

    def stop(self) -> None:
        """Stop watching, and wait for a load under way (the application is closing)."""
        self._poll.stop()
        self._settle.stop()
        self._watcher.blockSignals(True)
        if self._thread is not None:
            self._thread.join()

    def _settled(self) -> None:
        now = fingerprint(self._folders)
        if now != self._seen:  # still being written
            self._seen = now
            self._settle.start()
        elif now != self._loaded and self._thread is None:
            self._thread = threading.Thread(
                target=self._load, args=(now,), name="kiosk-content-load", daemon=True
            )
            self._thread.start()

    def _load(self, before: Fingerprint) -> None:
        """On the worker thread: read everything, then check nothing changed meanwhile."""
        report = load_exhibition(self._folder)
        self._finished.emit(report, before, fingerprint(self._folders))

    def _on_finished(self, report: Report, before: Fingerprint, after: Fingerprint) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if after != before:  # changed while being read: read it again once it settles
            self._seen = after
            self._settle.start()
            return
        self._loaded = before
        if report.folders and report.folders != self._folders:  # the asset folder moved
            self._folders = report.folders
            self._watch()
        self.loaded.emit(report)
        self.look()

    def _watch(self) -> None:
        """Watch every folder and file now there (watches on replaced files are lost)."""
        folders = watched_folders(self._folders)
        files = [Path(path) for path, _, _ in self._seen]
        wanted = {str(path) for path in (*folders, *files)}
        current = set(self._watcher.files()) | set(self._watcher.directories())
        if stale := sorted(current - wanted):
            self._watcher.removePaths(stale)
        if new := sorted(wanted - current):
            self._watcher.addPaths(new)


class LiveContent(QObject):
    """Keeps a running kiosk's content up to date, and says what is wrong with it.

    ``at_once``: apply valid content immediately (the preview); otherwise only
    while nobody is using the kiosk (the kiosk itself). Until a kiosk is
    attached (the preview started on broken content), the first valid content
    is handed on through ``firstContent``. ``keep_in``: the folder where each
    valid load is kept for the next start (:mod:`kiosk.content.lastgood`);
    ``prepare``: what the installation changes in each load (its settings).
    """

    problemsChanged = Signal()  # noqa: N815 - Qt signal naming
    contentReplaced = Signal()  # noqa: N815
    firstContent = Signal(object)  # noqa: N815 - the Exhibition

    def __init__(
        self,
        report: Report,
        idle_times: Callable[[Exhibition], IdleTimes],
        *,
        at_once: bool,
        show_problems: bool,
        parent: QObject | None = None,
        watcher: ContentWatcher | None = None,
        keep_in: Path | None = None,
        prepare: Callable[[Exhibition], Exhibition] | None = None,
    ) -> None:
        super().__init__(parent)
        self._keep_in = keep_in
        self._prepare = prepare
        self._kiosk: Kiosk | None = None
        self._idle_times = idle_times
        self._at_once = at_once
        self._show = show_problems
        self._report = report
        self._pending: Exhibition | None = None
        self._session_began = 0.0
        self.watcher = watcher or ContentWatcher(report.folder, report.folders)
        self.watcher.setParent(self)
        self.watcher.loaded.connect(self.take)

    def attach(self, kiosk: Kiosk) -> None:
        """From now on, new content goes to ``kiosk``."""
        self._kiosk = kiosk
        idle = kiosk.idle_monitor()
        self._session_began = idle.last_activity
        idle.sessionEnded.connect(self._on_session_ended)

    @Slot(object)
    def take(self, report: Report, *, at_once: bool = False) -> None:
        """A new load of the content: show it, keep it for later, or only report it."""
        self._report = report
        _log_report(report)
        self.problemsChanged.emit()
        exhibition = report.exhibition
        if exhibition is None:
            return
        if self._keep_in is not None:
            save_last_good(exhibition, self._keep_in)
        if self._prepare is not None:
            exhibition = self._prepare(exhibition)
        if self._kiosk is None:
            self.firstContent.emit(exhibition)
        elif at_once or self._at_once or not self._visitor_present(self._kiosk.idle_monitor()):
            self._apply(self._kiosk, exhibition)
        else:
            self._pending = exhibition
            log.info("new content is ready: it is shown once the current visitor has left")

    def _visitor_present(self, idle: IdleMonitor) -> bool:
        return idle.state != ATTRACT and idle.last_activity > self._session_began

    def _on_session_ended(self) -> None:
        assert self._kiosk is not None
        self._session_began = self._kiosk.idle_monitor().last_activity
        if self._pending is not None:
            self._apply(self._kiosk, self._pending)

    def _apply(self, kiosk: Kiosk, exhibition: Exhibition) -> None:
        self._pending = None
        kiosk.replace_exhibition(exhibition, self._idle_times(exhibition))
        log.info("new content is shown: %s", self._report.summary())
        self.contentReplaced.emit()

    def reload_now(self) -> Report:
        """Read the files again and show them at once (staff asked for it: nobody is reading)."""
        report = load_exhibition(self._report.folder)
        self.take(report, at_once=True)
        return report

    @property
    def report(self) -> Report:
        """The last load of the files: what is shown, or why it is not."""
        return self._report

    def stop(self) -> None:
        self.watcher.stop()

    # -- for the preview's banner --------------------------------------------------------

    def _get_problems(self) -> list[str]:
        return [str(problem) for problem in self._report.problems] if self._show else []

    def _get_error_count(self) -> int:
        return len(self._report.errors) if self._show else 0

    def _get_stale(self) -> bool:
        return self._report.exhibition is None

    problems = Property(list, _get_problems, notify=problemsChanged)
    """Every problem as ``file:line:col: severity: message (hint)``; empty in the kiosk."""
    errorCount = Property(int, _get_error_count, notify=problemsChanged)  # noqa: N815
    stale = Property(bool, _get_stale, notify=problemsChanged)
    """The files have errors, so what is on screen is older than what they say."""


def log_problems(report: Report) -> None:
    """Each problem of ``report`` in the log, at ERROR or WARNING as its severity."""
    for problem in report.problems:
        log.log(logging.ERROR if problem.severity is Severity.ERROR else logging.WARNING, problem)


def _log_report(report: Report) -> None:
    log_problems(report)
    if report.exhibition is None:
        log.error(
            "%s: the content has %d error(s); the last good content stays on screen",
            report.folder,
            len(report.errors),
        )


def _timer(parent: QObject, ms: int, *, single_shot: bool, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setInterval(ms)
    timer.setSingleShot(single_shot)
    timer.timeout.connect(slot)
    return timer
