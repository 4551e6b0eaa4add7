"""Staff access: a hidden gesture, a PIN pad and the staff menu.

Five taps within three seconds in the bottom-left corner (:mod:`kiosk.corner`)
open the PIN pad; the right PIN opens the staff menu: what content is shown and
whether it is valid, and the actions (reload the content, the default language,
a touch test, restart, quit to the desktop). Wrong PINs are slowed down by
:class:`kiosk.pin.PinGuard`; every staff screen closes itself when left alone,
so a menu is never left open to the public, and while one is open the kiosk
neither asks "Are you still there?" nor resets the session.

Python owns the state; StaffLayer.qml shows it. The gesture is seen by an
application event filter, like the idle monitor's: it sees every touch, consumes
none, and a visitor's tap in the corner does exactly what it would do without
it (there is nothing there). The menu's words are English only: they are for
staff, not visitors.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import Property, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QEventPoint, QMouseEvent, QTouchEvent, QWindow

from kiosk import __version__
from kiosk.content import Exhibition, Report
from kiosk.corner import CornerTaps, in_corner
from kiosk.lockdown import Lockdown, is_real_mouse
from kiosk.pin import PIN_LENGTHS, PinError, PinGuard, check_pin_hash
from kiosk.view import Kiosk

log = logging.getLogger("kiosk.staff")

CLOSED, PIN, NOT_SET, MENU, TOUCH_TEST, CONFIRM_QUIT = (
    "closed",
    "pin",
    "notset",
    "menu",
    "touchtest",
    "confirmquit",
)
IDLE_TOKEN = "staff"
"""The idle monitor is held under this name while a staff screen is open."""

WRONG_PIN = "Wrong PIN"
RELOADING = "Reloading the content…"
RELOADED = "Content reloaded"
MAX_DIGITS = PIN_LENGTHS.stop - 1

_PRESSES = frozenset({QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress})
_RELEASES = frozenset({QEvent.Type.TouchEnd, QEvent.Type.MouseButtonRelease})
_POINTER_EVENTS = _PRESSES | _RELEASES | {QEvent.Type.TouchUpdate, QEvent.Type.TouchCancel}


@dataclass(frozen=True)
class StaffTimes:
    """How long each staff screen stays up without a touch."""

    pin_seconds: float = 30.0
    """The PIN pad (and the "not set up" card)."""
    menu_seconds: float = 120.0
    """The menu, the touch test and the quit confirmation."""


@dataclass(frozen=True)
class StaffInfo:
    """What the staff menu says about the content; replaced after each reload."""

    title: str
    edition: str
    kiosk_version: str
    summary: str
    """The validation summary line: panels, pages, languages, errors, warnings."""
    warnings: int
    folder: str

    @classmethod
    def of(cls, exhibition: Exhibition, report: Report | None = None) -> StaffInfo:
        """The menu's facts about ``exhibition``, with ``report``'s validation if given."""
        manifest = exhibition.manifest
        return cls(
            title=manifest.title.in_language(manifest.default_language),
            edition=manifest.edition or "",
            kiosk_version=__version__,
            summary=report.summary() if report is not None else "",
            warnings=len(report.warnings) if report is not None else 0,
            folder=str(report.folder if report is not None else exhibition.folder),
        )


@dataclass(frozen=True)
class StaffOptions:
    """How :func:`kiosk.app.load_window` makes the window's :class:`Staff`."""

    pin_hash: str | None = None
    """The stored PIN hash (``kiosk set-pin``); None: the gesture says access is not set up."""
    info: StaffInfo | None = None
    """What the menu shows; by default made from the exhibition (no validation summary)."""
    lockdown: Lockdown | None = None
    """Kiosk mode's lockdown, told to let the window close when staff quit."""
    times: StaffTimes = StaffTimes()
    clock: Callable[[], float] = time.monotonic
    """A monotonic clock for the PIN guard and the gesture (tests give a fake one)."""

    def make(self, kiosk: Kiosk, parent: QObject | None = None) -> Staff:
        info = self.info or StaffInfo.of(kiosk.exhibition)
        return Staff(
            kiosk,
            self.pin_hash,
            info,
            parent,
            clock=self.clock,
            times=self.times,
            lockdown=self.lockdown,
        )


class Staff(QObject):
    """The state of staff access, for StaffLayer.qml, and the event filter that opens it."""

    stateChanged = Signal()  # noqa: N815 - Qt signal naming
    digitsChanged = Signal()  # noqa: N815
    messageChanged = Signal()  # noqa: N815
    waitSecondsChanged = Signal()  # noqa: N815
    infoChanged = Signal()  # noqa: N815
    pinRejected = Signal()  # noqa: N815
    """A wrong PIN: the pad shakes."""
    reloadRequested = Signal()  # noqa: N815
    restartRequested = Signal()  # noqa: N815
    quitRequested = Signal()  # noqa: N815
    """Staff confirmed "Quit to the desktop"; the lockdown already lets the window close."""
    languageChosen = Signal(str)  # noqa: N815
    """The installation's default language is now this code (to keep in the settings)."""

    def __init__(
        self,
        kiosk: Kiosk,
        pin_hash: str | None,
        info: StaffInfo,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        times: StaffTimes | None = None,
        lockdown: Lockdown | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._pin_hash = _usable(pin_hash)
        self._info = info
        self._times = times or StaffTimes()
        self._lockdown = lockdown
        self._guard = PinGuard(clock)
        self._taps = CornerTaps(clock)
        self._state = CLOSED
        self._entry = ""
        self._message = ""
        self._wait = 0
        self._timeout = _single_shot(self, self.close)
        self._countdown = _single_shot(self, self.tick)
        self._opener = _single_shot(self, self.open)

    # -- the gesture, and touches while open ---------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in _POINTER_EVENTS and isinstance(watched, QWindow):
            if self._state != CLOSED:
                self._arm_timeout()
            elif isinstance(event, QTouchEvent):
                self._touch(watched, event)
            elif isinstance(event, QMouseEvent) and _left_button(event):
                self._mouse(watched, event)
        return False

    def _touch(self, window: QWindow, event: QTouchEvent) -> None:
        points = event.points()
        kind = event.type()
        if kind == QEvent.Type.TouchBegin:
            self._taps.press(_point_in_corner(window, points[0]), len(points))
        elif kind == QEvent.Type.TouchUpdate:
            if any(point.state() == QEventPoint.State.Pressed for point in points):
                self._taps.press(False)  # a second finger: not a tap
        elif kind == QEvent.Type.TouchEnd:
            self._released(_point_in_corner(window, points[0]))
        else:
            self._taps.reset()

    def _mouse(self, window: QWindow, event: QMouseEvent) -> None:
        position = event.position()
        inside = in_corner(position.x(), position.y(), window.width(), window.height())
        if event.type() == QEvent.Type.MouseButtonPress:
            self._taps.press(inside)
        else:
            self._released(inside)

    def _released(self, inside: bool) -> None:
        if self._taps.release(inside):
            self._opener.start()  # once this release has been delivered

    # -- opening and closing ---------------------------------------------------------------

    @Slot()
    def open(self) -> None:
        """The gesture was made: the PIN pad, or the card saying no PIN is set."""
        if self._state == CLOSED:
            self._taps.reset()
            self._set_state(PIN if self._pin_hash is not None else NOT_SET)
            self.tick()

    @Slot()
    def close(self) -> None:
        """Close whatever staff screen is open; the visitors' kiosk is back."""
        self._set_state(CLOSED)

    def _set_state(self, state: str) -> None:
        if state == self._state:
            return
        was_closed, self._state = self._state == CLOSED, state
        self._entry, self._message = "", ""
        idle = self._kiosk.idle_monitor()
        if state == CLOSED:
            self._timeout.stop()
            idle.release(IDLE_TOKEN)
        else:
            if was_closed:
                idle.hold(IDLE_TOKEN)
            self._arm_timeout()
        self.stateChanged.emit()
        self.digitsChanged.emit()
        self.messageChanged.emit()
        if state == MENU:
            self.infoChanged.emit()  # the languages may have changed with the content

    def _arm_timeout(self) -> None:
        pad = self._state in (PIN, NOT_SET)
        seconds = self._times.pin_seconds if pad else self._times.menu_seconds
        self._timeout.start(math.ceil(seconds * 1000))

    # -- the PIN pad -----------------------------------------------------------------------

    @Slot(str)
    def enterDigit(self, digit: str) -> None:  # noqa: N802 - called from QML
        if self._state != PIN or self._wait > 0 or len(self._entry) >= MAX_DIGITS:
            return
        if len(digit) == 1 and digit in "0123456789":
            self._entry += digit
            self._set_message("")
            self.digitsChanged.emit()

    @Slot()
    def deleteDigit(self) -> None:  # noqa: N802
        if self._state == PIN and self._entry:
            self._entry = self._entry[:-1]
            self.digitsChanged.emit()

    @Slot()
    def submit(self) -> None:
        """Check the PIN entered: the menu if right; else "Wrong PIN", and perhaps a wait."""
        if self._state != PIN or not self._entry or self._pin_hash is None:
            return
        pin, self._entry = self._entry, ""
        self.digitsChanged.emit()
        right = self._guard.attempt(pin, self._pin_hash)
        if right:
            log.info("staff menu opened")
            self._set_state(MENU)
            return
        if right is False:
            log.warning("staff access: a wrong PIN (%d since the last right one)", self.failures)
            self._set_message(WRONG_PIN)
            self.pinRejected.emit()
        self.tick()

    @property
    def failures(self) -> int:
        return self._guard.failures

    @Slot()
    def tick(self) -> None:
        """Follow the wait PinGuard imposes, a whole second at a time, on its clock."""
        left = self._guard.wait_seconds()
        seconds = math.ceil(left)
        if seconds != self._wait:
            self._wait = seconds
            self.waitSecondsChanged.emit()
            self.messageChanged.emit()
        if seconds > 0 and self._state == PIN:
            self._countdown.start(max(1, math.ceil((left - (seconds - 1)) * 1000)))
        else:
            self._countdown.stop()

    # -- the menu --------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        if self._state == MENU:
            self._set_message(RELOADING)
            self.reloadRequested.emit()

    @Slot(str)
    def chooseLanguage(self, code: str) -> None:  # noqa: N802
        """Make ``code`` the default language: now, and for every next visitor."""
        if self._state == MENU and self._kiosk.set_default_language(code):
            self._kiosk.session_object().setLanguage(code)
            self.infoChanged.emit()
            self.languageChosen.emit(code)

    @Slot()
    def openTouchTest(self) -> None:  # noqa: N802
        if self._state == MENU:
            self._set_state(TOUCH_TEST)

    @Slot()
    def backToMenu(self) -> None:  # noqa: N802
        """From the touch test or the quit confirmation back to the menu."""
        if self._state in (TOUCH_TEST, CONFIRM_QUIT):
            self._set_state(MENU)

    @Slot()
    def restart(self) -> None:
        if self._state == MENU:
            log.info("staff asked to restart the kiosk")
            self.close()
            self.restartRequested.emit()

    @Slot()
    def askQuit(self) -> None:  # noqa: N802
        if self._state == MENU:
            self._set_state(CONFIRM_QUIT)

    @Slot()
    def confirmQuit(self) -> None:  # noqa: N802
        """Quit to the desktop, confirmed: the window may close now."""
        if self._state == CONFIRM_QUIT:
            log.info("staff asked to quit to the desktop")
            if self._lockdown is not None:
                self._lockdown.allow_close()
            self.close()
            self.quitRequested.emit()

    # -- for the integrator ----------------------------------------------------------------

    def set_info(self, info: StaffInfo) -> None:
        """New facts for the menu, after the content was loaded again."""
        self._info = info
        if self._message == RELOADING:
            self._set_message(RELOADED)
        self.infoChanged.emit()

    def set_pin_hash(self, pin_hash: str | None) -> None:
        """A new PIN (the settings changed); None turns staff access off."""
        self._pin_hash = _usable(pin_hash)

    # -- properties for QML ------------------------------------------------------------------

    def _set_message(self, message: str) -> None:
        if message != self._message:
            self._message = message
            self.messageChanged.emit()

    def _get_state(self) -> str:
        return self._state

    def _get_digits(self) -> int:
        return len(self._entry)

    def _get_message(self) -> str:
        if self._state == PIN and self._wait > 0:
            return f"Try again in {self._wait}\u00a0s"
        return self._message

    def _get_wait_seconds(self) -> int:
        return self._wait

    def _get_info(self) -> dict[str, Any]:
        return asdict(self._info)

    def _get_languages(self) -> list[dict[str, Any]]:
        session = self._kiosk.session_object()
        default = session.default_language()
        return [
            {"code": language.code, "name": language.name, "isDefault": language.code == default}
            for language in self._kiosk.exhibition.manifest.languages
        ]

    state = Property(str, _get_state, notify=stateChanged)
    digits = Property(int, _get_digits, notify=digitsChanged)
    """How many digits are entered (never the digits themselves)."""
    message = Property(str, _get_message, notify=messageChanged)
    waitSeconds = Property(int, _get_wait_seconds, notify=waitSecondsChanged)  # noqa: N815
    info = Property(dict, _get_info, notify=infoChanged)
    languages = Property(list, _get_languages, notify=infoChanged)


def _left_button(event: QMouseEvent) -> bool:
    """A real mouse's left button (a touch's synthesized mouse is seen as the touch)."""
    return event.button() == Qt.MouseButton.LeftButton and is_real_mouse(event)


def _point_in_corner(window: QWindow, point: QEventPoint) -> bool:
    position = point.position()
    return in_corner(position.x(), position.y(), window.width(), window.height())


def _usable(pin_hash: str | None) -> str | None:
    """``pin_hash`` if it is a hash :func:`kiosk.pin.hash_pin` wrote, else None (logged)."""
    if pin_hash is None:
        return None
    try:
        check_pin_hash(pin_hash)
    except PinError as error:
        log.error("staff access is off: %s", error)
        return None
    return pin_hash


def _single_shot(parent: QObject, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer
