"""``kiosk run`` as installed: settings, last good content, staff actions, statistics.

Each test runs the real event loop of :func:`run_installation` on a copy of the
test exhibition, with its state (logs, kept copies, statistics) in a temporary
folder, and acts from a timer inside the loop, as a visitor or staff would.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk import installation
from kiosk.content import load_exhibition
from kiosk.content.lastgood import save_last_good
from kiosk.corner import corner_side
from kiosk.installation import (
    RESTART,
    Overrides,
    installation_settings,
    run_installation,
)
from kiosk.pin import hash_pin
from kiosk.service import QUIT_TO_DESKTOP
from kiosk.settings import Settings, load_settings
from kiosk.staff import Staff
from kiosk.view import Kiosk
from tests.conftest import BASE
from tests.touch import tap, visible_items

PIN = "2468"


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The kiosk's state folder ($XDG_STATE_HOME/kiosk), empty, in the test's folder."""
    home = tmp_path / "state-home"
    monkeypatch.setenv("XDG_STATE_HOME", str(home))
    monkeypatch.delenv("KIOSK_SETTINGS", raising=False)
    return home / "kiosk"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "exhibition"
    shutil.copytree(BASE, copy)
    return copy


def write_settings(tmp_path: Path, folder: Path, extra: str = "") -> Path:
    path = tmp_path / "settings.yaml"
    path.write_text(
        f"content: {folder}\n"
        f"staff:\n  pin_hash: {hash_pin(PIN)}\n"
        f"logs:\n  folder: {tmp_path / 'logs'}\n"
        f"analytics:\n  database: {tmp_path / 'visits.sqlite3'}\n" + extra,
        encoding="utf-8",
    )
    return path


def settings_of(path: Path, **overrides: object) -> Settings:
    settings = installation_settings(Overrides(settings=path, **overrides))  # type: ignore[arg-type]
    assert settings is not None
    return settings


def when_shown(act: Callable[[QQuickWindow], None]) -> None:
    """Run ``act`` on the kiosk's window once it is on screen (from inside the event loop)."""

    def look() -> None:
        shown = [w for w in QGuiApplication.topLevelWindows() if w.isExposed()]
        if not shown:
            QTimer.singleShot(20, look)
            return
        assert isinstance(shown[0], QQuickWindow)
        act(shown[0])

    QTimer.singleShot(0, look)


def staff_menu(window: QQuickWindow) -> Staff:
    """Open the staff menu the way staff do: the gesture's result, then the PIN."""
    staff = window.property("staff")
    assert isinstance(staff, Staff)
    staff.open()
    for digit in PIN:
        staff.enterDigit(digit)
    staff.submit()
    assert staff.property("state") == "menu"
    return staff


def test_staff_quit_to_the_desktop_ends_with_its_exit_code(
    qtbot: QtBot, state: Path, folder: Path, tmp_path: Path
) -> None:
    settings = settings_of(write_settings(tmp_path, folder))
    seen: list[str] = []

    def quit_from_the_menu(window: QQuickWindow) -> None:
        seen.append(window.title())
        staff = staff_menu(window)
        staff.askQuit()
        staff.confirmQuit()

    when_shown(quit_from_the_menu)
    assert run_installation(settings, (800, 600)) == QUIT_TO_DESKTOP
    assert seen == ["Test exhibition"]
    assert "kiosk stops (exit code 3)" in (tmp_path / "logs" / "kiosk.log").read_text()


def test_staff_restart_starts_the_kiosk_again(
    qtbot: QtBot, state: Path, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    restarted: list[bool] = []
    monkeypatch.setattr(installation, "_start_again", lambda: restarted.append(True))
    settings = settings_of(write_settings(tmp_path, folder))

    when_shown(lambda window: staff_menu(window).restart())
    assert run_installation(settings, (800, 600)) == RESTART
    assert restarted == [True]


def test_the_settings_shape_the_kiosk(
    qtbot: QtBot, state: Path, folder: Path, tmp_path: Path
) -> None:
    extra = "language: ru\nidle:\n  timeout_seconds: 300\nattract:\n  slide_seconds: 20\n"
    settings = settings_of(write_settings(tmp_path, folder, extra))
    found: list[object] = []

    def look(window: QQuickWindow) -> None:
        kiosk = window.property("kiosk")
        assert isinstance(kiosk, Kiosk)
        found.append(kiosk.session_object().current_language())  # the first visitor's
        kiosk.session_object().setLanguage("en")
        kiosk.resetSession()
        found.append(kiosk.session_object().current_language())  # every next visitor's
        found.append(kiosk.exhibition.manifest.attract.slide_seconds)
        found.append(kiosk.idle_monitor().idle_seconds)
        window.close()

    when_shown(look)
    assert run_installation(settings, (800, 600)) == 0
    assert found == ["ru", "ru", 20, 300]


def test_broken_content_at_start_shows_the_good_copy_kept_before(
    qtbot: QtBot, state: Path, folder: Path, tmp_path: Path
) -> None:
    exhibition = load_exhibition(folder).exhibition
    assert exhibition is not None
    save_last_good(exhibition, state)
    (folder / "exhibition.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    settings = settings_of(write_settings(tmp_path, folder))
    titles: list[str] = []

    def look(window: QQuickWindow) -> None:
        titles.append(window.title())
        window.close()

    when_shown(look)
    assert run_installation(settings, (800, 600)) == 0
    assert titles == ["Test exhibition"]
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "exhibition.yaml:2:1: error: YAML syntax error" in log
    assert "showing the good copy kept from before" in log


def test_broken_content_without_a_copy_shows_a_notice_until_it_is_fixed(
    qtbot: QtBot, state: Path, folder: Path, tmp_path: Path
) -> None:
    manifest = folder / "exhibition.yaml"
    good = manifest.read_text(encoding="utf-8")
    manifest.write_text("title: [unclosed\n", encoding="utf-8")
    settings = settings_of(write_settings(tmp_path, folder))
    titles: list[str] = []

    def notice_then_fix(window: QQuickWindow) -> None:
        titles.append(window.title())
        manifest.write_text(good, encoding="utf-8")
        wait_for_the_exhibition()

    def wait_for_the_exhibition() -> None:
        shown = [w.title() for w in QGuiApplication.topLevelWindows() if w.isExposed()]
        if shown == ["Test exhibition"]:
            titles.append(shown[0])
            for window in QGuiApplication.topLevelWindows():
                window.close()
            return
        QTimer.singleShot(50, wait_for_the_exhibition)

    when_shown(notice_then_fix)
    assert run_installation(settings, (800, 600)) == 0
    assert titles == ["kiosk: waiting for content without errors", "Test exhibition"]


def test_a_broken_settings_file_falls_back_to_its_last_good_version(
    state: Path, folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_settings(tmp_path, folder, "language: ru\n")
    assert settings_of(path).language == "ru"
    path.write_text(path.read_text() + "fullscreen: maybe\n", encoding="utf-8")

    settings = installation_settings(Overrides(settings=path))

    assert settings is not None
    assert settings.language == "ru"
    assert not settings.fullscreen
    err = capsys.readouterr().err
    assert f"{path}:9:13: error: expected true or false" in err
    assert "has errors: starting with its last good settings" in err


def test_a_broken_settings_file_with_no_good_version_stops_the_start(
    state: Path, folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_settings(tmp_path, folder, "fullscreen: maybe\n")
    assert installation_settings(Overrides(settings=path)) is None
    assert "fix the settings file to start the kiosk" in capsys.readouterr().err


def test_the_command_line_overrides_the_settings(state: Path, folder: Path, tmp_path: Path) -> None:
    path = write_settings(tmp_path, folder, "language: ru\nfullscreen: true\n")
    other = tmp_path / "other"
    shutil.copytree(BASE, other)
    settings = settings_of(path, folder=other, lang="en", idle_seconds=40.0)
    assert (settings.content, settings.language, settings.fullscreen) == (other, "en", True)
    assert settings.idle_seconds == 40.0


def test_a_visit_is_counted_in_the_settings_database(
    qtbot: QtBot, state: Path, folder: Path, tmp_path: Path
) -> None:
    settings = settings_of(write_settings(tmp_path, folder))

    def visit(window: QQuickWindow) -> None:
        kiosk = window.property("kiosk")
        assert isinstance(kiosk, Kiosk)
        tap(window, visible_items(window, "panelCard")[0])
        QTimer.singleShot(100, kiosk.idle_monitor().endSession)
        QTimer.singleShot(300, window.close)

    when_shown(visit)
    assert run_installation(settings, (800, 600)) == 0
    with sqlite3.connect(tmp_path / "visits.sqlite3") as db:
        (sessions,) = db.execute("select count(*) from sessions").fetchone()
    assert sessions == 1


def test_kiosk_mode_cannot_be_closed_but_staff_can_quit(
    qtbot: QtBot, state: Path, folder: Path, tmp_path: Path
) -> None:
    settings = settings_of(write_settings(tmp_path, folder, "fullscreen: true\n"))
    still_open: list[bool] = []

    def try_to_leave(window: QQuickWindow) -> None:
        QTest.keyClick(window, Qt.Key.Key_Escape)
        QTest.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        window.close()
        still_open.append(window.isVisible())
        still_open.append(bool(window.flags() & Qt.WindowType.FramelessWindowHint))
        staff = staff_menu(window)
        staff.askQuit()
        staff.confirmQuit()

    when_shown(try_to_leave)
    assert run_installation(settings) == QUIT_TO_DESKTOP
    assert still_open == [True, True]


def test_the_shipped_settings_file_is_valid() -> None:
    shipped = Path(__file__).resolve().parents[1] / "deploy" / "settings.yaml"
    report = load_settings(shipped)
    assert report.problems == ()
    assert report.settings is not None
    assert report.settings.fullscreen
    assert report.settings.content == Path("/home/kiosk/kiosk/content")


def test_staff_time_is_not_counted_as_a_visit(
    qtbot: QtBot, state: Path, folder: Path, tmp_path: Path
) -> None:
    settings = settings_of(write_settings(tmp_path, folder))

    def staff_visit(window: QQuickWindow) -> None:
        side = corner_side(window.width(), window.height())
        for _ in range(5):
            tap(window, QPoint(side // 2, window.height() - side // 2))
        staff = window.property("staff")
        assert isinstance(staff, Staff)
        QTimer.singleShot(50, lambda: finish(window, staff))

    def finish(window: QQuickWindow, staff: Staff) -> None:
        assert staff.property("state") == "pin"
        staff.close()
        window.close()

    when_shown(staff_visit)
    assert run_installation(settings, (800, 600)) == 0
    with sqlite3.connect(tmp_path / "visits.sqlite3") as db:
        ended = [row[0] for row in db.execute("select ended_by from sessions")]
    assert ended == ["staff"]


def test_systemctl_stop_ends_the_kiosk_cleanly(state: Path, folder: Path, tmp_path: Path) -> None:
    """The real command under a fake systemd: ready once shown, a clean stop on SIGTERM."""
    notify = tmp_path / "notify"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(notify))
    listener.settimeout(30)
    environment = {
        **os.environ,
        "NOTIFY_SOCKET": str(notify),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(state.parent),
    }
    command = [sys.executable, "-m", "kiosk", "run", "--settings"]
    kiosk = subprocess.Popen([*command, str(write_settings(tmp_path, folder))], env=environment)
    try:
        assert listener.recv(4096) == b"READY=1"
        kiosk.send_signal(signal.SIGTERM)
        assert kiosk.wait(timeout=30) == 0
        assert listener.recv(4096) == b"STOPPING=1"
    finally:
        kiosk.kill()
        listener.close()
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "asked to stop (SIGTERM)" in log
    assert "kiosk stops (exit code 0)" in log
