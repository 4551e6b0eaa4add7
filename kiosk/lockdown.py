"""Kiosk mode: the window stays full screen and visitors cannot leave it.

:class:`Lockdown` is an application-wide event filter, installed only by
``kiosk run --fullscreen``. It swallows the key combinations that close, leave or
switch away from a window (:data:`BLOCKED_KEYS`), refuses every request to close
the window until the staff menu asks to quit (:meth:`Lockdown.allow_close`),
swallows context menus and the right mouse button, and hides the pointer unless a
real mouse moves (a touch screen's synthesized mouse never shows it).

What an application cannot block, because it never reaches it, is listed in
docs/INSTALL.md ("Kiosk mode") with how to switch it off on the system: the X server's
virtual-terminal switch (Ctrl+Alt+F1…F12) and kill switch (Ctrl+Alt+Backspace),
the window manager's own shortcuts and edge gestures, the power button.

:func:`show_kiosk_window` puts the window on the chosen screen, frameless and
full screen, with or without a window manager.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QCursor,
    QGuiApplication,
    QInputDevice,
    QKeyEvent,
    QMouseEvent,
    QScreen,
    QWindow,
)

log = logging.getLogger("kiosk.lockdown")

Key = Qt.Key
Mod = Qt.KeyboardModifier


@dataclass(frozen=True)
class BlockedKey:
    """A key combination the kiosk swallows: ``key`` (None: any key) with ``modifiers`` held."""

    key: Key | None
    modifiers: Mod
    does: str
    """What it would do: for the docs and the log."""

    def matches(self, key: int, modifiers: Mod) -> bool:
        held = modifiers & self.modifiers == self.modifiers
        return held and (self.key is None or key == self.key)


NONE = Mod.NoModifier
BLOCKED_KEYS: tuple[BlockedKey, ...] = (
    BlockedKey(Key.Key_Escape, NONE, "leaves full screen, closes dialogs"),
    BlockedKey(Key.Key_F4, Mod.AltModifier, "closes the window"),
    BlockedKey(Key.Key_Q, Mod.ControlModifier, "quits the application"),
    BlockedKey(Key.Key_W, Mod.ControlModifier, "closes the window"),
    BlockedKey(Key.Key_Tab, Mod.AltModifier, "switches to another window"),
    BlockedKey(Key.Key_Backtab, Mod.AltModifier, "switches to another window"),
    BlockedKey(Key.Key_F11, NONE, "leaves full screen"),
    BlockedKey(None, Mod.ControlModifier | Mod.AltModifier, "system shortcuts"),
    BlockedKey(None, Mod.MetaModifier, "the desktop's launcher and shortcuts"),
    BlockedKey(Key.Key_Super_L, NONE, "opens the desktop's launcher"),
    BlockedKey(Key.Key_Super_R, NONE, "opens the desktop's launcher"),
    BlockedKey(Key.Key_Meta, NONE, "opens the desktop's launcher"),
    BlockedKey(Key.Key_Menu, NONE, "opens a context menu"),
    BlockedKey(Key.Key_Close, NONE, "closes the window (multimedia keyboards)"),
)
"""Every key combination the kiosk swallows (press, release and shortcut override)."""

KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride})
RIGHT_BUTTON_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
    }
)
CURSOR_EVENTS = frozenset({QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress})

CURSOR_HIDE_MS = 3000
"""The pointer hides again after this long without a real mouse moving."""


def blocked_key(key: int, modifiers: Mod) -> BlockedKey | None:
    """The entry of :data:`BLOCKED_KEYS` that swallows ``key`` with ``modifiers``, if any."""
    return next((entry for entry in BLOCKED_KEYS if entry.matches(key, modifiers)), None)


def is_real_mouse(event: QMouseEvent) -> bool:
    """A mouse event from a mouse (or touchpad), not one Qt made up from a touch."""
    if event.source() != Qt.MouseEventSource.MouseEventNotSynthesized:
        return False
    device = event.pointingDevice()
    kinds = (QInputDevice.DeviceType.Mouse, QInputDevice.DeviceType.TouchPad)
    return device is None or device.type() in kinds


class Lockdown(QObject):
    """Keeps visitors in the kiosk: keys, closing, context menus and the pointer."""

    def __init__(self, parent: QObject | None = None, *, cursor_hide_ms: int = CURSOR_HIDE_MS):
        super().__init__(parent)
        self._close_allowed = False
        self._installed = False
        self._cursor_visible = False
        self._hide_cursor = QTimer(self)
        self._hide_cursor.setSingleShot(True)
        self._hide_cursor.setInterval(cursor_hide_ms)
        self._hide_cursor.timeout.connect(self._on_mouse_gone)

    def install(self) -> None:
        """Watch every event of the application, and hide the pointer."""
        app = QGuiApplication.instance()
        if self._installed or app is None:
            return
        app.installEventFilter(self)
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        self._installed, self._cursor_visible = True, False

    def uninstall(self) -> None:
        """Stop watching, and give the pointer back (for tests, and before quitting)."""
        app = QGuiApplication.instance()
        if not self._installed or app is None:
            return
        app.removeEventFilter(self)
        self._hide_cursor.stop()
        QGuiApplication.restoreOverrideCursor()
        self._installed = False

    def allow_close(self) -> None:
        """Let the window close from now on: staff asked to quit to the desktop."""
        self._close_allowed = True

    @property
    def close_allowed(self) -> bool:
        return self._close_allowed

    @property
    def cursor_visible(self) -> bool:
        return self._cursor_visible

    # -- the filter --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in KEY_EVENTS and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind == QEvent.Type.Close:
            return self._close(watched, event)
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in CURSOR_EVENTS and isinstance(event, QMouseEvent) and is_real_mouse(event):
            self._on_mouse()
        if kind in RIGHT_BUTTON_EVENTS and isinstance(event, QMouseEvent):
            return event.button() == Qt.MouseButton.RightButton
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if blocked_key(event.key(), event.modifiers()) is None:
            return False
        # Accepting the override keeps any shortcut from firing; the press is then swallowed.
        event.accept()
        return True

    def _close(self, watched: QObject, event: QEvent) -> bool:
        if self._close_allowed or not isinstance(watched, QWindow):
            return False
        log.info("kiosk mode: a request to close the window was refused")
        event.ignore()
        return True

    # -- the pointer -------------------------------------------------------------------

    def _on_mouse(self) -> None:
        if not self._cursor_visible:
            self._cursor_visible = True
            QGuiApplication.changeOverrideCursor(QCursor(Qt.CursorShape.ArrowCursor))
        self._hide_cursor.start()

    def _on_mouse_gone(self) -> None:
        if self._installed:
            self._cursor_visible = False
            QGuiApplication.changeOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))


# -- the window ------------------------------------------------------------------------------


def choose_screen(screen: int | str | None, current: QScreen | None = None) -> QScreen:
    """The screen named by ``screen``: an index, a name (``QScreen.name()``) or None.

    None keeps ``current`` (else the primary screen); a screen that does not exist
    is logged and the primary screen is used, so a kiosk always shows something.
    """
    primary = QGuiApplication.primaryScreen()
    screens = QGuiApplication.screens()
    if screen is None:
        return current or primary
    if isinstance(screen, str) and screen.isdigit():
        screen = int(screen)
    if isinstance(screen, int) and 0 <= screen < len(screens):
        return screens[screen]
    found = next((s for s in screens if s.name() == screen), None)
    if found is not None:
        return found
    known = ", ".join(f"{i} ({s.name()})" for i, s in enumerate(screens))
    log.warning("no screen %r (there are: %s): using the primary screen", screen, known)
    return primary


def show_kiosk_window(window: QWindow, screen: int | str | None = None) -> None:
    """Show ``window`` frameless and full screen on ``screen`` (see :func:`choose_screen`).

    Kiosk PCs often run X with no window manager at all, and there
    ``showFullScreen`` alone leaves the window at its old size in a corner: it is
    the window manager that makes a window full screen. So the window is first
    given the screen's geometry itself.
    """
    target = choose_screen(screen, window.screen())
    window.setFlags(window.flags() | Qt.WindowType.FramelessWindowHint)
    window.setScreen(target)
    window.setGeometry(target.geometry())
    window.showFullScreen()
