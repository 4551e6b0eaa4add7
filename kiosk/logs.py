"""The kiosk's log: a rotating file and standard error, fed by Python, Qt and QML.

A kiosk runs unattended for months, so the log must never fill the disk and an
error must never end the program:

- :func:`setup_logging` writes to ``FOLDER/kiosk.log``, starting a new file at
  ``max_bytes`` and keeping ``keep_files`` older ones, and to standard error (which
  journald keeps under systemd). A folder it cannot write is reported once, and
  the log then goes to standard error only.
- :func:`install_exception_logging` logs an exception that a Qt slot or a thread
  did not catch, with its traceback, and the kiosk carries on.
- :func:`install_qt_message_logging` sends Qt's and QML's own warnings to the log.
- :class:`RepeatFilter` condenses a message repeated many times (a QML binding
  warning on every frame) into one line a minute.

Each ``install_*`` function returns a :class:`Restore`: call it, or use it as a
context manager, to put back what was there before (tests do).
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LOG_NAME = "kiosk.log"
ERRORS = logging.getLogger("kiosk.errors")
QT = logging.getLogger("kiosk.qt")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
ISO_TIME = "%Y-%m-%dT%H:%M:%S"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
MACHINE_NOTES = re.compile(
    r"Couldn't (load|resolve) (va|va-drm|va-x11|va\(in plugin\)|pipewire-0\.3) (library|symbols)"
    r"|PulseAudioService: pa_context_connect\(\) failed"
    r"|No audio device detected"
)
"""Qt Multimedia's warnings that a machine has no video acceleration, sound server or
sound card, a dozen at its first use: logged at DEBUG (not written), because they are
about the machine, not a fault. Narration says once, itself, when it plays silently."""
_added: list[logging.Handler] = []
_previous_level: list[int] = []


class Restore:
    """Undo an installation: call it once, or use it as a context manager."""

    def __init__(self, undo: Callable[[], None]) -> None:
        self._undo: Callable[[], None] | None = undo

    def __call__(self) -> None:
        undo, self._undo = self._undo, None
        if undo is not None:
            undo()

    def __enter__(self) -> Restore:
        return self

    def __exit__(self, *exc: object) -> None:
        self()


def setup_logging(
    folder: Path,
    *,
    max_bytes: int = 10 * 2**20,
    keep_files: int = 10,
    also_stderr: bool = True,
) -> Path | None:
    """Log at INFO and above to ``folder/kiosk.log`` and to standard error.

    A file grows to ``max_bytes``, then becomes ``kiosk.log.1`` (the older ones move
    up one number) and at most ``keep_files`` older files are kept. Calling it again
    replaces what the last call set up. Returns the log file, or None if ``folder``
    cannot be written: the log then goes to standard error only, which says so once.
    """
    stop_logging()
    root = logging.getLogger()
    _previous_level.append(root.level)
    root.setLevel(logging.INFO)
    path = folder / LOG_NAME
    file_handler = _file_handler(path, max_bytes, keep_files)
    if isinstance(file_handler, logging.Handler):
        _add(root, file_handler, logging.Formatter(FORMAT, ISO_TIME))
    if also_stderr or isinstance(file_handler, OSError):
        _add(root, logging.StreamHandler(sys.stderr), _stderr_formatter())
    if isinstance(file_handler, OSError):
        logging.getLogger("kiosk.logs").warning(
            "cannot write the log file %s (%s); logging to standard error only", path, file_handler
        )
        return None
    return path


def stop_logging() -> None:
    """Write the pending repeat summaries, then remove what :func:`setup_logging` added."""
    root = logging.getLogger()
    while _added:
        handler = _added.pop()
        for repeats in handler.filters:
            if isinstance(repeats, RepeatFilter):
                repeats.flush()
        root.removeHandler(handler)
        handler.close()
    if _previous_level:
        root.setLevel(_previous_level.pop())


def _file_handler(path: Path, max_bytes: int, keep_files: int) -> logging.Handler | OSError:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return logging.handlers.RotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=max(keep_files, 1), encoding="utf-8"
        )
    except OSError as error:
        return error


def _add(root: logging.Logger, handler: logging.Handler, formatter: logging.Formatter) -> None:
    handler.setFormatter(formatter)
    handler.addFilter(RepeatFilter(emit=handler.handle))
    root.addHandler(handler)
    _added.append(handler)


def _stderr_formatter() -> logging.Formatter:
    """Under systemd, journald stamps the time and reads the level from a ``<N>`` prefix."""
    if os.environ.get("JOURNAL_STREAM"):
        return _JournalFormatter("%(levelname)s %(name)s: %(message)s")
    return logging.Formatter(FORMAT, ISO_TIME)


class _JournalFormatter(logging.Formatter):
    """Prefix each line with its syslog priority, so ``journalctl -p warning`` works."""

    def format(self, record: logging.LogRecord) -> str:
        prefix = f"<{_syslog_priority(record.levelno)}>"
        return prefix + super().format(record).replace("\n", "\n" + prefix)


def _syslog_priority(level: int) -> int:
    """crit 2, err 3, warning 4, info 6, debug 7."""
    for threshold, priority in ((50, 2), (40, 3), (30, 4), (20, 6)):
        if level >= threshold:
            return priority
    return 7


@dataclass
class _Seen:
    start: float
    count: int = 0
    hidden: int = 0
    muted: bool = False


class RepeatFilter(logging.Filter):
    """Let a message through ``limit`` times a ``window``; then one summary per window.

    A message is the same if its logger, level and text are. Once it has been seen
    ``limit`` times within ``window`` seconds, it is held back, and when the window
    is over ``emit`` receives one record saying how often: ``… [repeated 3600 more
    times in 60 s]``. It stays held back while it keeps coming, and is let through
    again after a whole window without it. The summary is written with the next
    record logged after the window (or at :meth:`flush`).
    """

    def __init__(
        self,
        emit: Callable[[logging.LogRecord], Any],
        *,
        limit: int = 10,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._emit, self._limit, self._window, self._clock = emit, limit, window, clock
        self._seen: dict[tuple[str, int, str], _Seen] = {}
        self._lock = threading.Lock()
        self._next_sweep = 0.0

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "repeat_summary", False):
            return True
        now = self._clock()
        if now >= self._next_sweep:  # at most once a second: cheap under a flood
            self._next_sweep = now + 1.0
            self._summarise(now, ended=lambda seen: now - seen.start >= self._window)
        key = (record.name, record.levelno, record.getMessage())
        with self._lock:
            seen = self._seen.setdefault(key, _Seen(now))
            seen.count += 1
            if seen.muted or seen.count > self._limit:
                seen.hidden += 1
                return False
        return True

    def flush(self) -> None:
        """Write the summaries of every message held back so far."""
        self._summarise(self._clock(), ended=lambda seen: True)

    def _summarise(self, now: float, ended: Callable[[_Seen], bool]) -> None:
        summaries = []
        with self._lock:
            for key, seen in list(self._seen.items()):
                if not ended(seen):
                    continue
                if seen.hidden:
                    summaries.append(_summary(key, seen.hidden, now - seen.start))
                    self._seen[key] = _Seen(now, muted=True)
                else:
                    del self._seen[key]
        for summary in summaries:
            self._emit(summary)


def _summary(key: tuple[str, int, str], hidden: int, seconds: float) -> logging.LogRecord:
    name, level, message = key
    times = "time" if hidden == 1 else "times"
    text = f"{message} [repeated {hidden} more {times} in {seconds:.0f} s]"
    record = logging.getLogger(name).makeRecord(name, level, "(repeated)", 0, text, (), None)
    record.repeat_summary = True
    return record


def install_exception_logging() -> Restore:
    """Log uncaught exceptions (in Qt slots, callbacks and threads) to "kiosk.errors".

    PySide6 hands an exception that a slot raised to ``sys.excepthook`` and goes on
    with the event loop; from here on that hook logs it at ERROR with its traceback,
    so one failing handler never takes the kiosk down. A crash that Python cannot
    catch (a fault in Qt's C++, or systemd's watchdog ending a frozen kiosk with
    SIGABRT) prints every thread's Python stack to standard error, that is to the
    journal, through :mod:`faulthandler`.
    """
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    sys.excepthook = _log_exception
    threading.excepthook = _log_thread_exception
    dump_on_crash = not faulthandler.is_enabled()
    if dump_on_crash:
        faulthandler.enable()

    def undo() -> None:
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
        if dump_on_crash:
            faulthandler.disable()

    return Restore(undo)


def _log_exception(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    ERRORS.error("uncaught %s: %s", kind.__name__, error, exc_info=(kind, error, traceback))


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "?"
    exc_info = (args.exc_type, args.exc_value, args.exc_traceback)
    ERRORS.error(
        "uncaught %s in thread %s: %s",
        args.exc_type.__name__,
        name,
        args.exc_value,
        exc_info=exc_info,
    )


def install_qt_message_logging() -> Restore:
    """Send Qt's and QML's messages to the "kiosk.qt" logger, at the matching level.

    A QML warning keeps its ``file:line:column``; a Qt message from C++ gets the
    source file and line when Qt knows them, and its category when it has one.
    Qt Multimedia's notes about the machine (:data:`MACHINE_NOTES`) go at DEBUG.
    """
    previous = qInstallMessageHandler(_log_qt_message)
    return Restore(lambda: _reinstall(previous))


def _reinstall(handler: Any) -> None:
    qInstallMessageHandler(handler)


def _log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    try:
        level = _QT_LEVELS.get(kind, logging.WARNING)
        if level == logging.WARNING and MACHINE_NOTES.fullmatch(message):
            level = logging.DEBUG
        QT.log(level, "%s", qt_message_text(context, message))
        if level == logging.CRITICAL:  # Qt aborts the process when this returns
            for handler in logging.getLogger().handlers:
                handler.flush()
    except Exception as error:  # never let an exception escape into Qt's C++
        sys.stderr.write(f"kiosk: could not log a Qt message ({error}): {message}\n")


def qt_message_text(context: QMessageLogContext, message: str) -> str:
    """``message``, preceded by the category and the ``file:line`` it does not name."""
    text = message
    if context.file and context.file not in message:
        text = f"{context.file}:{context.line}: {text}"
    category = context.category
    if category and category not in ("default", "qml", "js"):
        text = f"{category}: {text}"
    return text
