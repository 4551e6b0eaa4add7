"""One visitor's session while it lasts: pure bookkeeping on a monotonic clock.

The Qt recorder (:mod:`kiosk.analytics.recorder`) says when the visitor moves,
switches language and leaves; this module turns that into the session's record.
Every time is a monotonic clock reading in seconds; ``until`` is always the time
of the visitor's last activity, and nothing after it is counted: a visitor who
reads a page and walks away is counted up to their last touch, not up to the
reset a minute and a half later (the time they spent reading after it cannot
be told from the time the kiosk stood alone).

Choices:

* The home screen is recorded as a view of the panel :data:`HOME`.
* Cards (glossary, picture, sources, the content advisory) belong to the page
  they open on: they are not views of their own.
* A language switch does not start a new view: a view's language is the one
  the visitor had when they left the page.
* The session's language is the one the visitor spent most time in (on a tie,
  the one they ended in); every language used is kept too, in order of first use.

A change that comes after the last activity (the visitor did not cause it) is
dated at the last activity: no time is ever counted past it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.analytics.store import HOME, SessionRecord, ViewRecord


@dataclass(frozen=True)
class Place:
    """Where the visitor is: a panel id (or :data:`HOME`) and a page index."""

    panel_id: str
    page_index: int = 0


HOME_PLACE = Place(HOME)


@dataclass
class _View:
    place: Place
    language: str
    started: float
    dwell: float = 0.0


class Visit:
    """A session under way: its views, its languages, and when it began."""

    def __init__(self, started: float, place: Place, language: str, woke: bool) -> None:
        self.started = started
        self.woke_from_attract = woke
        self._closed: list[_View] = []
        self._view = _View(place, language, started)
        self._seconds: dict[str, float] = {language: 0.0}
        self._language, self._language_since = language, started

    @property
    def place(self) -> Place:
        return self._view.place

    def move(self, place: Place, at: float, until: float) -> None:
        """The screen changed to ``place`` at ``at``, the last activity being ``until``."""
        if place != self._view.place:
            moment = min(at, until)
            self._close_view(moment)
            self._view = _View(place, self._language, moment)

    def switch_language(self, code: str, at: float, until: float) -> None:
        """The visitor chose ``code`` at ``at``, the last activity being ``until``."""
        if code != self._language:
            moment = min(at, until)
            self._count_language(moment)
            self._seconds.setdefault(code, 0.0)
            self._language, self._language_since = code, moment
            self._view.language = code

    def finish(self, until: float, ended_by: str, utc: Callable[[float], str]) -> SessionRecord:
        """The session's record, ended at the last activity ``until``.

        ``utc`` turns a monotonic time into the stored UTC time. The visit is
        over: call nothing else on it.
        """
        end = max(until, self.started)
        self._close_view(end)
        self._count_language(end)
        return SessionRecord(
            started_at=utc(self.started),
            ended_at=utc(end),
            duration_s=end - self.started,
            language=self._main_language(),
            languages=tuple(self._seconds),
            woke_from_attract=self.woke_from_attract,
            ended_by=ended_by,
            views=tuple(
                ViewRecord(
                    v.place.panel_id, v.place.page_index, v.language, utc(v.started), v.dwell
                )
                for v in self._closed
            ),
        )

    def _close_view(self, end: float) -> None:
        self._view.dwell = max(0.0, end - self._view.started)
        self._closed.append(self._view)

    def _count_language(self, end: float) -> None:
        self._seconds[self._language] += max(0.0, end - self._language_since)
        self._language_since = end

    def _main_language(self) -> str:
        order = list(self._seconds)
        return max(order, key=lambda code: (self._seconds[code], code == self._language))
