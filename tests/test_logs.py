"""The log: a rotating file, uncaught exceptions, Qt and QML messages, repeats condensed."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Signal, qCritical, qDebug, qInfo, qWarning
from PySide6.QtQml import QQmlComponent, QQmlEngine
from pytestqt.qtbot import QtBot

from kiosk.logs import (
    RepeatFilter,
    install_exception_logging,
    install_qt_message_logging,
    setup_logging,
    stop_logging,
)

BROKEN_QML = b"""import QtQuick
Item {
    width: nowhere.width
}
"""


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """Logging to tmp_path/logs/kiosk.log only (not to standard error), undone afterwards."""
    path = setup_logging(tmp_path / "logs", also_stderr=False)
    assert path == tmp_path / "logs" / "kiosk.log"
    yield path
    stop_logging()


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _without_time(line: str) -> str:
    """A log line without its leading ISO time stamp."""
    stamp, _, rest = line.partition(" ")
    assert len(stamp) == len("2025-01-31T12:00:00"), line
    return rest


class Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_the_event_loop_goes_on(
    qtbot: QtBot, log_file: Path
) -> None:
    happened: list[str] = []

    def failing_slot() -> None:
        happened.append("slot")
        raise ValueError("no such panel: 'gulag'")

    emitter = Emitter()
    emitter.fired.connect(failing_slot)
    with install_exception_logging():
        QTimer.singleShot(0, emitter.fired.emit)
        QTimer.singleShot(0, failing_slot)
        QTimer.singleShot(30, lambda: happened.append("later timer"))
        qtbot.waitUntil(lambda: "later timer" in happened)
    assert happened == ["slot", "slot", "later timer"]
    lines = _lines(log_file)
    errors = [_without_time(line) for line in lines if " ERROR " in line]
    assert errors == ["ERROR kiosk.errors: uncaught ValueError: no such panel: 'gulag'"] * 2
    assert lines.count("Traceback (most recent call last):") == 2
    assert any("in failing_slot" in line for line in lines)


def test_an_exception_in_a_thread_is_logged(log_file: Path) -> None:
    def work() -> None:
        raise RuntimeError("disk gone")

    with install_exception_logging():
        thread = threading.Thread(target=work, name="loader")
        thread.start()
        thread.join()
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR kiosk.errors: uncaught RuntimeError in thread loader: disk gone" in text
    assert 'raise RuntimeError("disk gone")' in text


def test_the_previous_hooks_come_back() -> None:
    import sys

    before = sys.excepthook, threading.excepthook
    restore = install_exception_logging()
    assert (sys.excepthook, threading.excepthook) != before
    restore()
    restore()  # a second call does nothing
    assert (sys.excepthook, threading.excepthook) == before


def test_a_qml_warning_is_logged_with_its_file_and_line(qtbot: QtBot, log_file: Path) -> None:
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    with install_qt_message_logging():
        component.setData(BROKEN_QML, QUrl("file:///exhibit/Broken.qml"))
        item = component.create()
        qtbot.wait(1)
    # pytest-qt's own handler is back: the warning went to the log, not to the test.
    assert item is not None
    assert [_without_time(line) for line in _lines(log_file)] == [
        "WARNING kiosk.qt: file:///exhibit/Broken.qml:3:5: ReferenceError: nowhere is not defined"
    ]
    item.deleteLater()
    engine.deleteLater()


def test_qt_messages_keep_their_level(log_file: Path) -> None:
    with install_qt_message_logging():
        qDebug("a debug message")  # below INFO: not written
        qInfo("an info message")
        qWarning("a warning")
        qCritical("a critical message")
    assert [_without_time(line) for line in _lines(log_file)] == [
        "INFO kiosk.qt: an info message",
        "WARNING kiosk.qt: a warning",
        "ERROR kiosk.qt: a critical message",
    ]


def test_the_file_rotates_at_max_bytes_and_keeps_keep_files(tmp_path: Path) -> None:
    path = setup_logging(tmp_path, max_bytes=2_000, keep_files=3, also_stderr=False)
    try:
        for number in range(300):
            logging.getLogger("kiosk.test").info("line %03d %s", number, "x" * 60)
    finally:
        stop_logging()
    assert path is not None
    names = sorted(file.name for file in tmp_path.iterdir())
    assert names == ["kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3"]
    assert all(file.stat().st_size <= 2_000 for file in tmp_path.iterdir())
    assert _lines(path)[-1].endswith(f"line 299 {'x' * 60}")


def test_a_message_repeated_many_times_is_condensed(log_file: Path) -> None:
    log = logging.getLogger("kiosk.qt")
    for _ in range(1_000):
        log.warning("Main.qml:12:5: Binding loop detected for property 'width'")
    log.warning("another message")
    stop_logging()  # writes what is still held back
    lines = [_without_time(line) for line in _lines(log_file)]
    repeated = "WARNING kiosk.qt: Main.qml:12:5: Binding loop detected for property 'width'"
    assert lines == [repeated] * 10 + [
        "WARNING kiosk.qt: another message",
        repeated + " [repeated 990 more times in 0 s]",
    ]


def _record(message: str) -> logging.LogRecord:
    return logging.makeLogRecord({"name": "kiosk.qt", "levelno": 30, "msg": message})


def test_repeats_give_one_summary_a_minute_and_pass_again_after_a_quiet_minute() -> None:
    now = [0.0]
    summaries: list[str] = []
    repeats = RepeatFilter(
        lambda record: summaries.append(record.getMessage()),
        limit=3,
        window=60,
        clock=lambda: now[0],
    )

    def send(message: str, count: int = 1) -> list[bool]:
        return [repeats.filter(_record(message)) for _ in range(count)]

    assert send("flood", 10) == [True] * 3 + [False] * 7
    assert send("other") == [True]
    now[0] = 61.0
    assert send("flood", 5) == [False] * 5  # still flooding: held back, no new burst
    assert summaries == ["flood [repeated 7 more times in 61 s]"]
    now[0] = 125.0
    assert send("other") == [True]
    assert summaries[1:] == ["flood [repeated 5 more times in 64 s]"]
    now[0] = 190.0
    assert send("flood") == [True]  # a minute without it: it passes again
    assert summaries[2:] == []


def test_setting_up_twice_adds_no_second_set_of_handlers(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(tmp_path / "one")
    setup_logging(tmp_path / "two")
    try:
        assert len(root.handlers) == len(before) + 2  # one file, one standard error
    finally:
        stop_logging()
    assert root.handlers == before


def test_an_unwritable_folder_logs_to_stderr_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    try:
        assert setup_logging(blocker / "logs") is None
        logging.getLogger("kiosk.test").warning("still logged")
    finally:
        stop_logging()
    lines = [_without_time(line) for line in capsys.readouterr().err.splitlines()]
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"WARNING kiosk.logs: cannot write the log file {blocker}/logs/")
    assert lines[0].endswith("; logging to standard error only")
    assert lines[1] == "WARNING kiosk.test: still logged"


def test_under_systemd_stderr_carries_the_level_for_journald(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOURNAL_STREAM", "8:12345")
    setup_logging(tmp_path)
    try:
        logging.getLogger("kiosk.test").warning("two\nlines")
        logging.getLogger("kiosk.test").info("info")
    finally:
        stop_logging()
    assert capsys.readouterr().err.splitlines() == [
        "<4>WARNING kiosk.test: two",
        "<4>lines",
        "<6>INFO kiosk.test: info",
    ]
