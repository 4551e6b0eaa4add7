"""Kiosk mode: keys that would leave the kiosk, closing, context menus, the pointer."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.lockdown import BLOCKED_KEYS, Lockdown, blocked_key, choose_screen, show_kiosk_window
from tests.conftest import BASE, KioskWindow
from tests.touch import tap

MakeWindow = Callable[..., KioskWindow]
Key = Qt.Key
Mod = Qt.KeyboardModifier

ESCAPES = [
    ("Esc", Key.Key_Escape, Mod.NoModifier),
    ("Alt+F4", Key.Key_F4, Mod.AltModifier),
    ("Ctrl+Q", Key.Key_Q, Mod.ControlModifier),
    ("Ctrl+W", Key.Key_W, Mod.ControlModifier),
    ("Alt+Tab", Key.Key_Tab, Mod.AltModifier),
    ("Alt+Shift+Tab", Key.Key_Backtab, Mod.AltModifier | Mod.ShiftModifier),
    ("F11", Key.Key_F11, Mod.NoModifier),
    ("Ctrl+Alt+Delete", Key.Key_Delete, Mod.ControlModifier | Mod.AltModifier),
    ("Ctrl+Alt+T", Key.Key_T, Mod.ControlModifier | Mod.AltModifier),
    ("Menu", Key.Key_Menu, Mod.NoModifier),
    ("Super", Key.Key_Super_L, Mod.NoModifier),
    ("Ctrl+Shift+Esc", Key.Key_Escape, Mod.ControlModifier | Mod.ShiftModifier),
]


class Recorder(QObject):
    """Notes the events that reach the window itself (after the application's filters)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QEvent.Type] = []
        self.keys: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        self.seen.append(event.type())
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            self.keys.append(event.key())
        return False


@pytest.fixture
def locked(kiosk_window: MakeWindow, qtbot: QtBot) -> Iterator[tuple[KioskWindow, Lockdown]]:
    """The real window in kiosk mode; the lockdown lets go before the window is closed."""
    built = kiosk_window(BASE)
    lockdown = Lockdown(cursor_hide_ms=150)
    lockdown.install()
    yield built, lockdown
    lockdown.allow_close()
    lockdown.uninstall()


def _recorder(window: QWindow) -> Recorder:
    recorder = Recorder()
    window.installEventFilter(recorder)
    return recorder


@pytest.mark.parametrize(("name", "key", "modifiers"), ESCAPES)
def test_the_table_swallows_each_way_out(name: str, key: Key, modifiers: Mod) -> None:
    assert blocked_key(key, modifiers) is not None, name


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [(Key.Key_A, Mod.NoModifier), (Key.Key_Q, Mod.NoModifier), (Key.Key_F4, Mod.NoModifier)],
)
def test_ordinary_keys_pass(key: Key, modifiers: Mod) -> None:
    assert blocked_key(key, modifiers) is None


def test_every_entry_says_what_it_prevents() -> None:
    assert all(entry.does for entry in BLOCKED_KEYS)


@pytest.mark.parametrize(("name", "key", "modifiers"), ESCAPES)
def test_keys_that_would_leave_the_kiosk_do_nothing(
    locked: tuple[KioskWindow, Lockdown], qtbot: QtBot, name: str, key: Key, modifiers: Mod
) -> None:
    built, _ = locked
    recorder = _recorder(built.window)
    QTest.keyClick(built.window, key, modifiers)
    QTest.keyClick(built.window, Key.Key_A)  # an ordinary key gets through: the recorder works
    qtbot.wait(50)
    # QTest presses the modifier keys on their own first; those alone are harmless.
    alone = {Key.Key_Alt, Key.Key_Control, Key.Key_Shift}
    assert [k for k in recorder.keys if k not in alone] == [Key.Key_A], name
    assert QEvent.Type.Close not in recorder.seen
    assert built.window.isVisible()
    assert built.kiosk.navigator_object().place() == ("home", -1, 0)


def test_the_window_refuses_to_close_until_staff_allow_it(
    locked: tuple[KioskWindow, Lockdown], qtbot: QtBot
) -> None:
    built, lockdown = locked
    assert built.window.close() is False
    assert built.window.isVisible()
    lockdown.allow_close()
    assert built.window.close() is True
    qtbot.waitUntil(lambda: not built.window.isVisible())


def test_context_menus_and_the_right_button_do_nothing(
    locked: tuple[KioskWindow, Lockdown], qtbot: QtBot
) -> None:
    built, _ = locked
    recorder = _recorder(built.window)
    point = QPoint(200, 200)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, built.window.mapToGlobal(point)
    )
    QGuiApplication.sendEvent(built.window, event)
    QTest.mouseClick(built.window, Qt.MouseButton.RightButton, pos=point)
    qtbot.wait(50)
    swallowed = {
        QEvent.Type.ContextMenu,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
    }
    assert not swallowed & set(recorder.seen)


def _cursor_shape() -> Qt.CursorShape | None:
    cursor = QGuiApplication.overrideCursor()
    return cursor.shape() if cursor is not None else None


def test_the_pointer_shows_only_while_a_real_mouse_moves(
    locked: tuple[KioskWindow, Lockdown], qtbot: QtBot
) -> None:
    built, lockdown = locked
    assert _cursor_shape() == Qt.CursorShape.BlankCursor
    tap(built.window, QPoint(300, 300))  # a finger: the pointer stays hidden
    assert _cursor_shape() == Qt.CursorShape.BlankCursor
    QTest.mouseMove(built.window, QPoint(400, 400))
    assert _cursor_shape() == Qt.CursorShape.ArrowCursor
    assert lockdown.cursor_visible
    qtbot.waitUntil(lambda: _cursor_shape() == Qt.CursorShape.BlankCursor, timeout=2000)


def test_uninstalling_gives_the_pointer_back(qapp: QGuiApplication) -> None:
    lockdown = Lockdown()
    lockdown.install()
    assert _cursor_shape() == Qt.CursorShape.BlankCursor
    lockdown.uninstall()
    assert QGuiApplication.overrideCursor() is None


def test_the_kiosk_window_is_frameless_and_covers_its_screen(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window(BASE, size=(800, 600))
    screen = QGuiApplication.primaryScreen()
    show_kiosk_window(built.window, 0)
    qtbot.waitUntil(lambda: built.window.geometry() == screen.geometry())
    assert built.window.flags() & Qt.WindowType.FramelessWindowHint
    assert built.window.screen() is screen


def test_a_screen_by_name_or_index(qapp: QGuiApplication) -> None:
    primary = QGuiApplication.primaryScreen()
    assert choose_screen(primary.name()) is primary
    assert choose_screen("0") is primary
    assert choose_screen(None, primary) is primary


@pytest.mark.parametrize("screen", ["HDMI-9", 7])
def test_an_unknown_screen_is_logged_and_the_primary_used(
    qapp: QGuiApplication, caplog: pytest.LogCaptureFixture, screen: str | int
) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.lockdown"):
        assert choose_screen(screen) is QGuiApplication.primaryScreen()
    assert f"no screen {screen!r}" in caplog.text
