"""The numbers of ``kiosk stats``, from the sessions and wakes of a time range. Pure Python.

Days are the kiosk's local days. A panel *visit* is what a visitor does between
opening a panel and leaving it: the pages they turn in it, one after another,
count as one visit, and its time is the sum of theirs. The home screen is
summed up the same way, under the panel id :data:`~kiosk.analytics.store.HOME`.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from kiosk.analytics.store import HOME, SessionRecord, Visits, iso_utc


@dataclass(frozen=True)
class DayRow:
    day: date
    sessions: int
    median_s: float | None
    mean_s: float | None
    wakes: int


@dataclass(frozen=True)
class PanelRow:
    panel_id: str
    visits: int
    """How many times the panel was opened (pages turned inside it do not count again)."""
    page_views: int
    median_s: float | None
    """The median time of a visit to the panel."""
    mean_s: float | None
    sessions: int
    """How many sessions opened the panel at least once."""
    share: float
    """``sessions`` as a share of all sessions, from 0 to 1."""


@dataclass(frozen=True)
class Summary:
    first_day: date | None
    last_day: date | None
    sessions: int
    median_s: float | None
    mean_s: float | None
    languages: tuple[tuple[str, int], ...]
    """Each session's main language and how many sessions had it, most first."""
    ended_by: tuple[tuple[str, int], ...]
    woke_sessions: int
    """Sessions that began with a touch on the attract loop."""
    wakes: int
    teaser_wakes: int
    """Wakes by a touch on a panel's teaser."""
    days: tuple[DayRow, ...]
    panels: tuple[PanelRow, ...]
    home: PanelRow | None


def day_bounds(
    since: date | None, until: date | None, zone: tzinfo | None = None
) -> tuple[str | None, str | None]:
    """The stored UTC times from the start of ``since`` to the end of ``until`` (local days)."""
    return (
        None if since is None else iso_utc(_midnight(since, zone)),
        None if until is None else iso_utc(_midnight(until + timedelta(days=1), zone)),
    )


def _midnight(day: date, zone: tzinfo | None) -> datetime:
    if zone is None:
        return datetime.combine(day, time(0)).astimezone()  # this computer's time zone
    return datetime.combine(day, time(0), tzinfo=zone)


def local_day(stored: str, zone: tzinfo | None = None) -> date:
    """The local day of a stored UTC time."""
    return datetime.fromisoformat(stored).astimezone(zone).date()


def summarize(
    visits: Visits,
    *,
    since: date | None = None,
    until: date | None = None,
    today: date | None = None,
    zone: tzinfo | None = None,
    panel_order: Sequence[str] = (),
) -> Summary:
    """The report's numbers. Days run from ``since`` (else the first day with data) to
    ``until`` (else ``today`` if ``since`` is given, else the last day with data);
    panels come in ``panel_order`` (the exhibition's), the others after, most visited first."""
    sessions = visits.sessions
    durations = [s.duration_s for s in sessions]
    main = Counter(s.language for s in sessions)
    days = _days(visits, since, until if until or not since else today, zone)
    rows = _panel_rows(sessions)
    order = {panel_id: i for i, panel_id in enumerate(panel_order)}
    panels = sorted(
        (row for row in rows if row.panel_id != HOME),
        key=lambda row: (order.get(row.panel_id, len(order)), -row.visits, row.panel_id),
    )
    return Summary(
        first_day=days[0].day if days else None,
        last_day=days[-1].day if days else None,
        sessions=len(sessions),
        median_s=_median(durations),
        mean_s=_mean(durations),
        languages=tuple(sorted(main.items(), key=lambda item: (-item[1], item[0]))),
        ended_by=tuple(sorted(Counter(s.ended_by for s in sessions).items())),
        woke_sessions=sum(s.woke_from_attract for s in sessions),
        wakes=len(visits.wakes),
        teaser_wakes=sum(1 for wake in visits.wakes if wake.via_panel),
        days=days,
        panels=tuple(panels),
        home=next((row for row in rows if row.panel_id == HOME), None),
    )


def _days(
    visits: Visits, first: date | None, last: date | None, zone: tzinfo | None
) -> tuple[DayRow, ...]:
    by_day: dict[date, list[float]] = {}
    for session in visits.sessions:
        by_day.setdefault(local_day(session.started_at, zone), []).append(session.duration_s)
    wakes = Counter(local_day(wake.at, zone) for wake in visits.wakes)
    seen = sorted({*by_day, *wakes})
    first, last = first or (seen[0] if seen else None), last or (seen[-1] if seen else None)
    if first is None or last is None:
        return ()
    every_day = (first + timedelta(days=i) for i in range((last - first).days + 1))
    return tuple(_day_row(day, by_day.get(day, []), wakes[day]) for day in every_day)


def _day_row(day: date, durations: list[float], wakes: int) -> DayRow:
    return DayRow(day, len(durations), _median(durations), _mean(durations), wakes)


def panel_visits(session: SessionRecord) -> list[tuple[str, int, float]]:
    """A session's panel visits in order: (panel id, pages looked at, seconds)."""
    visits: list[tuple[str, int, float]] = []
    for view in session.views:
        if visits and visits[-1][0] == view.panel_id:
            panel_id, pages, seconds = visits[-1]
            visits[-1] = (panel_id, pages + 1, seconds + view.dwell_s)
        else:
            visits.append((view.panel_id, 1, view.dwell_s))
    return visits


def _panel_rows(sessions: Sequence[SessionRecord]) -> list[PanelRow]:
    times: dict[str, list[float]] = {}
    pages: Counter[str] = Counter()
    opened: Counter[str] = Counter()
    for session in sessions:
        visits = panel_visits(session)
        opened.update({panel_id for panel_id, _, _ in visits})
        for panel_id, count, seconds in visits:
            times.setdefault(panel_id, []).append(seconds)
            pages[panel_id] += count
    return [
        PanelRow(
            panel_id=panel_id,
            visits=len(spent),
            page_views=pages[panel_id],
            median_s=_median(spent),
            mean_s=_mean(spent),
            sessions=opened[panel_id],
            share=opened[panel_id] / len(sessions),
        )
        for panel_id, spent in times.items()
    ]


def _median(values: Iterable[float]) -> float | None:
    values = list(values)
    return statistics.median(values) if values else None


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return statistics.fmean(values) if values else None
