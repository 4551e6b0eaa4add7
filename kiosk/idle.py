"""Noticing when a visitor has walked away, and when the next one arrives.

An application-wide event filter sees every touch, mouse, wheel and key event
before any Flickable or handler can consume it, and notes the time. A single
timer, armed for the next deadline, moves the kiosk through three states:

``active``  a visitor is using it;
``warning`` nobody has touched it for the idle timeout: "Are you still there?";
``attract`` the warning ran out: the session was reset, the attract loop plays.

Any activity during the warning keeps the session; any activity during the
attract loop wakes the kiosk. The state changes when the gesture ends, one turn
of the event loop after its release, so the whole touch is delivered while the
full-screen "Still there?" layer or attract loop is still on top, and is
swallowed by it: it never presses the control beneath. A pointer that only
hovers counts as a visitor being there, but wakes nothing.

Time is read from a monotonic clock and each deadline is computed from the last
activity, so timers cannot drift over months, and a busy event loop only makes
a state change late, never early. Noting activity only stores a number: the
timer is not restarted on every event, but re-armed for the rest of the time
when it fires.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

ACTIVE = "active"
WARNING = "warning"
ATTRACT = "attract"

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TouchCancel,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
    }
)
"""What counts as a visitor being there (window events do not)."""

ENDING_EVENTS = frozenset(
    {
        QEvent.Type.TouchEnd,
        QEvent.Type.TouchCancel,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
    }
)
"""The end of a gesture: only then may the warning or the attract loop go away.

Were they to go at the press, the release would land on whatever lies beneath,
and a mouse-emulating touchscreen (or a mouse) would press it.
"""

NEVER = math.inf
"""Idle seconds for a kiosk that must not fall idle on its own (``kiosk screenshot``)."""

_LONGEST_WAIT_MS = 24 * 3600 * 1000
"""A timer is never armed for longer; it re-arms for the rest when it fires."""


class IdleMonitor(QObject):
    """The kiosk's idle state, driven by an event filter and one timer."""

    stateChanged = Signal()  # noqa: N815 - Qt signal naming
    secondsLeftChanged = Signal()  # noqa: N815
    timesChanged = Signal()  # noqa: N815
    sessionEnded = Signal()  # noqa: N815
    """The warning ran out: everything must go back to how a new visitor finds it."""
    woken = Signal(str)
    """The kiosk left the attract loop; the argument is the teaser's panel id, or ''."""

    def __init__(
        self,
        idle_seconds: float,
        warning_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self.warning_seconds = warning_seconds
        self._clock = clock
        self._state = ACTIVE
        self._last_activity = clock()
        self._warning_since = 0.0
        self._holds: set[str] = set()
        self._teaser = ""
        self._deadline = _single_shot(self, self.check)
        self._waker = _single_shot(self, self._wake)
        self._countdown = _single_shot(self, self._tick)
        self._seconds_left = self._get_seconds_left()
        self._arm()

    # -- seeing visitors -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in ACTIVITY_EVENTS:
            self.note_activity(ending=kind in ENDING_EVENTS)
        return False

    def note_activity(self, ending: bool = True) -> None:
        """A visitor did something. Cheap: while active it only notes the time.

        ``ending``: the gesture is over (a release), so the warning or the attract
        loop may go away once this event has been delivered.
        """
        self._last_activity = self._clock()
        if ending and self._state != ACTIVE and not self._waker.isActive():
            self._waker.start()

    @Slot(str)
    def noteTeaser(self, panel_id: str) -> None:  # noqa: N802 - called from QML
        """The waking touch landed on a teaser for this panel (told by the attract loop)."""
        self._teaser = panel_id

    def _wake(self) -> None:
        teaser, self._teaser = self._teaser, ""
        if self._state == WARNING:
            self._set_state(ACTIVE)
        elif self._state == ATTRACT:
            self._set_state(ACTIVE)
            self.woken.emit(teaser)
        self._arm()

    # -- media that plays without touches ------------------------------------------------

    @Slot(str)
    def hold(self, token: str) -> None:
        """Pause idle while something plays (audio, video); ``token`` names it."""
        self._holds.add(token)
        if self._state == WARNING:
            self._set_state(ACTIVE)
        self._arm()

    @Slot(str)
    def release(self, token: str) -> None:
        """The media named ``token`` stopped: the idle clock starts again from now."""
        if token in self._holds:
            self._holds.discard(token)
            self._last_activity = self._clock()
            self._arm()

    @property
    def held(self) -> bool:
        return bool(self._holds)

    @property
    def last_activity(self) -> float:
        """When a visitor last did something, on the monitor's clock."""
        return self._last_activity

    # -- the clock -----------------------------------------------------------------------

    def _next_deadline(self) -> float:
        if self._holds or self._state == ATTRACT:
            return math.inf
        if self._state == WARNING:
            return self._warning_since + self.warning_seconds
        return self._last_activity + self.idle_seconds

    def _arm(self) -> None:
        deadline = self._next_deadline()
        if math.isinf(deadline):
            self._deadline.stop()
        else:
            self._deadline.start(_milliseconds(deadline - self._clock()))

    @Slot()
    def check(self) -> None:
        """Move on if the deadline has passed; else wait for the rest of the time."""
        if self._clock() >= self._next_deadline():
            if self._state == ACTIVE:
                self._warning_since = self._clock()
                self._set_state(WARNING)
            elif self._state == WARNING:
                self._end_session()
        self._arm()

    @Slot()
    def extend(self) -> None:
        """Keep the session: the "Continue" button (any touch does the same)."""
        self.note_activity()

    @Slot()
    def askNow(self) -> None:  # noqa: N802 - for staff tools and screenshots
        """Ask "Are you still there?" now, as if the idle time had run out."""
        self._warning_since = self._clock()
        self._set_state(WARNING)
        self._tick()
        self._arm()

    @Slot()
    def endSession(self) -> None:  # noqa: N802 - for staff tools and screenshots
        """Go to the attract loop now, as if the warning had run out."""
        self._end_session()
        self._arm()

    def _end_session(self) -> None:
        """Reset first, then loop: the loop starts on the new session's language and screen."""
        self.sessionEnded.emit()
        self._set_state(ATTRACT)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit()
            self._tick()

    # -- the countdown -------------------------------------------------------------------

    def _tick(self) -> None:
        """Say how many seconds are left when the number changes, and only then."""
        seconds = self._get_seconds_left()
        if seconds != self._seconds_left:
            self._seconds_left = seconds
            self.secondsLeftChanged.emit()
        if self._state == WARNING and seconds > 1:  # after the last second, the loop
            # The next whole second, from the clock: a timer firing early only re-arms.
            left = self._warning_since + self.warning_seconds - self._clock()
            self._countdown.start(_milliseconds(left - (seconds - 1)))
        else:
            self._countdown.stop()

    # -- for QML -------------------------------------------------------------------------

    def set_times(self, idle_seconds: float, warning_seconds: float) -> None:
        """New idle and warning times (new content may bring them); they count from now on."""
        self.idle_seconds, self.warning_seconds = idle_seconds, warning_seconds
        self.timesChanged.emit()
        self._arm()

    def _get_state(self) -> str:
        return self._state

    def _get_seconds_left(self) -> int:
        if self._state != WARNING:
            return math.ceil(self.warning_seconds)
        left = self._warning_since + self.warning_seconds - self._clock()
        return max(0, math.ceil(left))

    def _get_warning_seconds(self) -> int:
        return math.ceil(self.warning_seconds)

    state = Property(str, _get_state, notify=stateChanged)
    secondsLeft = Property(int, _get_seconds_left, notify=secondsLeftChanged)  # noqa: N815
    """Whole seconds until the session ends, while the kiosk asks; counts down by one."""
    warningSeconds = Property(int, _get_warning_seconds, notify=timesChanged)  # noqa: N815


def _single_shot(parent: QObject, slot: Callable[[], None]) -> QTimer:
    """A timer the monitor owns and re-arms (no timer objects are made per event)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer


def _milliseconds(seconds: float) -> int:
    """A timer interval for ``seconds``: rounded up, at least 0, at most a day."""
    return min(max(0, math.ceil(seconds * 1000)), _LONGEST_WAIT_MS)
