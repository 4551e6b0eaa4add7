"""Noticing when a visitor has walked away, and when the next one arrives.

An application-wide event filter sees every touch, mouse, wheel and key event
before any Flickable or handler can consume it, and notes the time. A single
timer, armed for the next deadline, moves the kiosk through three states:

``active``  a visitor is using it;
``warning`` nobody has touched it for the idle timeout: "Still there?";
``attract`` the warning ran out: the session was reset, the attract loop plays.

Any activity during the warning keeps the session; any activity during the
attract loop wakes the kiosk. The state changes when the touch ends, one turn
of the event loop after its release, so the whole touch is delivered while the
full-screen "Still there?" card or attract loop is still on top, and is
swallowed by it: it never presses the control beneath.

Time is read from a monotonic clock and each deadline is computed from the last
activity, so timers cannot drift over months, and a busy event loop only makes
a state change late, never early.
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
"""What counts as a visitor being there (hover and window events do not)."""

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


class IdleMonitor(QObject):
    """The kiosk's idle state, driven by an event filter and one timer."""

    stateChanged = Signal()  # noqa: N815 - Qt signal naming
    secondsLeftChanged = Signal()  # noqa: N815
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
        self._wake_pending = False
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self.check)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self.secondsLeftChanged)
        self._arm()

    # -- seeing visitors -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in ACTIVITY_EVENTS:
            self.note_activity(ending=kind in ENDING_EVENTS)
        return False

    def note_activity(self, ending: bool = True) -> None:
        """A visitor did something. Cheap: most of the time it only notes the time.

        ``ending``: the gesture is over (a release), so the warning or the attract
        loop may go away once this event has been delivered.
        """
        self._last_activity = self._clock()
        if ending and self._state != ACTIVE and not self._wake_pending:
            self._wake_pending = True
            QTimer.singleShot(0, self._wake)

    @Slot(str)
    def noteTeaser(self, panel_id: str) -> None:  # noqa: N802 - called from QML
        """The waking touch landed on a teaser for this panel (called by the attract loop)."""
        self._teaser = panel_id

    def _wake(self) -> None:
        self._wake_pending = False
        if self._state == WARNING:
            self._set_state(ACTIVE)
        elif self._state == ATTRACT:
            teaser, self._teaser = self._teaser, ""
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

    # -- the clock -----------------------------------------------------------------------

    def _next_deadline(self) -> float | None:
        if self._holds or self._state == ATTRACT:
            return None
        if self._state == WARNING:
            return self._warning_since + self.warning_seconds
        return self._last_activity + self.idle_seconds

    def _arm(self) -> None:
        deadline = self._next_deadline()
        if deadline is None:
            self._deadline.stop()
            return
        wait = max(0.0, deadline - self._clock())
        self._deadline.start(min(math.ceil(wait * 1000), 2**31 - 1))

    @Slot()
    def check(self) -> None:
        """Move on if a deadline has passed; otherwise wait for the rest of it."""
        deadline = self._next_deadline()
        if deadline is not None and self._clock() >= deadline:
            if self._state == ACTIVE:
                self._warning_since = self._clock()
                self._set_state(WARNING)
            elif self._state == WARNING:
                self._set_state(ATTRACT)
                self.sessionEnded.emit()
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
        self._arm()

    @Slot()
    def endSession(self) -> None:  # noqa: N802 - called from QML and by staff tools
        """Go to the attract loop now, as if the warning had run out."""
        self._set_state(ATTRACT)
        self.sessionEnded.emit()
        self._arm()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            if state == WARNING:
                self._countdown.start()
            else:
                self._countdown.stop()
            self.stateChanged.emit()
            self.secondsLeftChanged.emit()

    # -- for QML -------------------------------------------------------------------------

    def _get_state(self) -> str:
        return self._state

    def _get_seconds_left(self) -> int:
        if self._state != WARNING:
            return int(self.warning_seconds)
        left = self._warning_since + self.warning_seconds - self._clock()
        return max(0, math.ceil(left))

    def _get_warning_seconds(self) -> int:
        return math.ceil(self.warning_seconds)

    state = Property(str, _get_state, notify=stateChanged)
    secondsLeft = Property(int, _get_seconds_left, notify=secondsLeftChanged)  # noqa: N815
    warningSeconds = Property(int, _get_warning_seconds, constant=True)  # noqa: N815
