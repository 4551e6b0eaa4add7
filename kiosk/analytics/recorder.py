"""Recording visits from the kiosk's signals: sessions, page views and attract-loop wakes.

One line attaches it to a kiosk: ``VisitRecorder.attach(kiosk, VisitStore(path))``.

A session begins at the first visitor activity after a reset: the touch that
wakes the attract loop, or the first touch on a kiosk that has just started (or
that staff have reset). It ends when the kiosk resets it, and is counted up to
the visitor's last activity (the idle monitor's), never up to the reset: the
idle time and the "Are you still there?" countdown are not part of a visit.
What a session records is explained in :mod:`kiosk.analytics.visit`.

A reset moves the kiosk home and back to the default language, and those
changes are the kiosk's, not the visitor's. They come just before
``Kiosk.sessionReset``, in the same turn of the event loop; so each change is
noted with its time and applied to the session a turn later, and the changes
still waiting when the reset arrives are dropped with it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot

from kiosk.analytics.store import IDLE, SHUTDOWN, STAFF, VisitStore, WakeRecord, iso_utc
from kiosk.analytics.visit import HOME_PLACE, Place, Visit
from kiosk.idle import ATTRACT, WARNING
from kiosk.navigation import PANEL
from kiosk.view import Kiosk

_FIRST_TOUCH = frozenset(
    {
        QEvent.Type.TouchBegin,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
    }
)
"""What begins a session on a kiosk that is not in the attract loop (a hover does not)."""


def utc_now() -> datetime:
    return datetime.now(UTC)


class VisitRecorder(QObject):
    """Listens to a kiosk and writes each finished session and each wake to the store.

    ``monotonic`` measures durations and ``wall`` dates them; ``activity`` is the
    time of the visitor's last activity on the ``monotonic`` clock (by default the
    kiosk's idle monitor's, whose clock is ``time.monotonic``). Tests pass fakes.
    """

    def __init__(
        self,
        kiosk: Kiosk,
        store: VisitStore,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = utc_now,
        activity: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk, self._store = kiosk, store
        self._idle = kiosk.idle_monitor()
        self._monotonic, self._wall = monotonic, wall
        self._activity = activity or (lambda: self._idle.last_activity)
        self._visit: Visit | None = None
        self._pending: list[tuple[float, Place | str]] = []
        self._closed = self._paused = self._watching = False
        self._apply = QTimer(self)
        self._apply.setSingleShot(True)
        self._apply.setInterval(0)
        self._apply.timeout.connect(self._apply_pending)
        kiosk.navigator_object().placeChanged.connect(self._on_place)
        kiosk.session_object().languageChanged.connect(self._on_language)
        kiosk.sessionReset.connect(self._on_reset)
        self._idle.woken.connect(self._on_woken)
        self._idle.stateChanged.connect(self._watch)
        self._watch()

    @classmethod
    def attach(
        cls,
        kiosk: Kiosk,
        store: VisitStore,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = utc_now,
        activity: Callable[[], float] | None = None,
    ) -> VisitRecorder:
        """Record ``kiosk``'s visits into ``store`` until the application quits.

        The recorder is the kiosk's child, and closes the open session
        (``shutdown``) and the store when the application is about to quit.
        """
        recorder = cls(
            kiosk, store, monotonic=monotonic, wall=wall, activity=activity, parent=kiosk
        )
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(recorder.close)
        return recorder

    # -- the visitor ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The first touch after a reset begins a session (a wake begins it in the loop)."""
        if event.type() in _FIRST_TOUCH and self._visit is None:
            self._begin(woke=False)
        return False

    def _watch(self) -> None:
        """See the application's events only while a first touch would begin a session:
        not during a session, nor in the attract loop (a wake begins it there)."""
        wanted = self._visit is None and not (self._closed or self._paused)
        wanted = wanted and self._idle.state != ATTRACT
        app = QCoreApplication.instance()
        if app is not None and wanted != self._watching:
            self._watching = wanted
            if wanted:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)

    def _on_woken(self, panel_id: str) -> None:
        if self._closed or self._paused:
            return
        self._store.add_wake(WakeRecord(iso_utc(self._wall()), panel_id or None))
        if self._visit is None:
            self._begin(woke=True)

    def _begin(self, woke: bool) -> None:
        language = self._kiosk.session_object().current_language()
        self._visit = Visit(self._monotonic(), self._place(), language, woke)
        self._watch()

    def _on_place(self) -> None:
        if self._visit is not None:
            self._note(self._place())

    def _on_language(self) -> None:
        if self._visit is not None:
            self._note(self._kiosk.session_object().current_language())

    def _note(self, change: Place | str) -> None:
        """Keep a change for a turn of the event loop: a reset may be making it."""
        self._pending.append((self._monotonic(), change))
        self._apply.start()

    def _apply_pending(self) -> None:
        pending, self._pending = self._pending, []
        visit, until = self._visit, self._activity()
        if visit is None:
            return
        for at, change in pending:
            if isinstance(change, Place):
                visit.move(change, at, until)
            else:
                visit.switch_language(change, at, until)

    def _place(self) -> Place:
        screen, index, page = self._kiosk.navigator_object().place()
        panels = self._kiosk.exhibition.panels
        if screen == PANEL and 0 <= index < len(panels):
            return Place(panels[index].id, page)
        return HOME_PLACE

    # -- the end of a session ---------------------------------------------------------------

    def _on_reset(self) -> None:
        """The kiosk reset the session: when the warning ran out (idle), else staff."""
        self._pending.clear()
        self._apply.stop()
        self._finish(IDLE if self._idle.state == WARNING else STAFF)

    @Slot()
    def end_session(self, ended_by: str = STAFF) -> None:
        """End the open session now (``staff`` unless told otherwise); no-op if none."""
        self._apply_pending()
        self._finish(ended_by)

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        """Staff have the screen (True): end the open session (``staff``) and begin none
        until they give it back (False)."""
        if paused:
            self.end_session(STAFF)
        self._paused = paused
        self._watch()

    @Slot()
    def close(self) -> None:
        """The kiosk is closing: end the open session (``shutdown``) and close the store."""
        if not self._closed:
            self.end_session(SHUTDOWN)
            self._closed = True
            self._watch()
            self._store.close()

    def _finish(self, ended_by: str) -> None:
        visit, self._visit = self._visit, None
        self._watch()
        if visit is None:
            return
        now, wall = self._monotonic(), self._wall()

        def utc(moment: float) -> str:
            return iso_utc(wall - timedelta(seconds=now - moment))

        self._store.add_session(visit.finish(min(self._activity(), now), ended_by, utc))

    @property
    def in_session(self) -> bool:
        """Whether a visitor's session is being recorded now."""
        return self._visit is not None
