"""A timeline block as QML draws it: dates in words, a linear time axis, and event
labels laid out so that they never overlap, at any zoom the visitor can reach.

Pure Python (no Qt): every number QML needs is computed here and unit-tested
(tests/test_timeline.py); the Timeline*.qml files only place what it says.

The design, and why:

* **An honest axis.** Time runs linearly, day by day, from 1 January of the first
  event's year to 1 January after the last event's end, with year ticks (labelled
  every 1, 2, 5, 10… years as the zoom allows) and, zoomed in, month ticks and names.
  An event sits on the first day of its date (an event of "1933" on the 1933 tick,
  where its label's date points the eye); a period is a bar from its first to its
  last day.
* **Flags in lanes.** Each event is a flag: a stem rising from its place on the axis
  to a label (its date in words, its name in up to three lines) in one of a few
  lanes above the axis, as many as the height allows. A label reads to the right of
  its stem (to the left near the end of the axis). Flags are placed from the last
  event to the first, each in the lowest free lane, so a crowd of close events
  becomes a staircase whose earliest flag is on top: no stem crosses a label, and
  the labels read from top to bottom in date order. A whole label is a touch target.
* **Clusters instead of overlaps.** Where a zoom has no room for every label, the
  densest runs of events gather into one cluster flag (its dates, how many events,
  "Zoom in"), which zooms in on them when tapped; clusters gather in the order that
  keeps them shortest (``merge_order``), as few as the lanes allow, and open again
  wherever there is room. Every event keeps its dot on the axis, so the density of
  1937–1938 shows even when its events share a flag. The timeline opens on its whole
  span, 1930 to 1997, because the story is "before, during and after": the clusters
  show where the events crowd, and a tap, a pinch or the large + button opens them.
* **Layouts computed once, here.** Where labels go depends on the axis's width in
  pixels and on the number of lanes, so this module lays them out for a ladder of
  axis widths (each ``LEVEL_RATIO`` times the one before, up to the closest zoom,
  where a day is ``DAY_AT_CLOSEST_ZOOM`` px) and for each of ``LANE_COUNTS``; QML
  shows the layout of the widest step not wider than the axis on screen. That is
  safe: every distance a layout keeps (between labels, between a stem and a label,
  from a label to the axis's ends) grows as the axis is stretched, so a layout made
  for a narrower axis never overlaps on a wider one. The layouts are the same in
  every language and are kept for the next one.

Sizes are in pixels at 1080p and standard text (QML multiplies them by ``Theme.u``
and by the visitor's text scale, ``Theme.textScale``). A larger text size needs no
layouts of its own: every size here (label widths, gaps, tick spacings) grows with the
text, so the layout for an axis ``A`` px wide at text scale ``s`` is exactly the one for
``A / s`` at scale 1, and QML looks it up there.
"""

from __future__ import annotations

import datetime
import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from kiosk.content.schema import TimelineBlock, TimelineEvent

if TYPE_CHECKING:
    from kiosk.presenter import Presenter

LABEL_WIDTH = 340.0
"""A flag's label: its date and up to three lines of its name."""
CLUSTER_WIDTH = 230.0
"""A cluster's label: its dates, how many events it gathers, and "Zoom in"."""
LABEL_GAP = 28.0
"""The least room between two labels in one lane."""
STEM_CLEARANCE = 14.0
"""The least room between a stem and a label it passes."""
MIN_AXIS = 2 * LABEL_WIDTH
"""The narrowest axis laid out: every label fits on one side or the other of its stem."""
DAY_AT_CLOSEST_ZOOM = 24.0
"""How wide a day is at the closest zoom: days far apart, months about 730 px."""
LEVEL_RATIO = 1.5
"""Each laid-out axis width is this many times the one before."""
LANE_COUNTS = (1, 2, 3, 4, 6)
"""The numbers of lanes laid out (QML uses the most that fit its height): one for the
visitor's largest text on a landscape screen (a flag is then 186 px tall, and PageView
may leave a timeline no more than 520 px, its title and buttons included); more than
six would make the stems long and the flags hard to follow."""
YEAR_LABEL_SPACING = 96.0
"""The least distance between two labelled year ticks ("1937" is about 50 px wide)."""
MONTH_LABEL_SPACING = 150.0
"""The least distance between two labelled month ticks ("September" is about 100 px)."""
TICK_SPACING = 8.0
"""The least distance between two unlabelled ticks."""
YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)
MONTH_STEPS = (1, 3, 6)


# -- dates ---------------------------------------------------------------------------------


def first_day(iso: str) -> datetime.date:
    """The first day a date stands for: 1937 → 1 January 1937, 1937-08 → 1 August 1937."""
    parts = [int(part) for part in iso.split("-")]
    return datetime.date(*[*parts, 1, 1][:3])


def day_after(iso: str) -> datetime.date:
    """The day after the last day a date stands for: 1937 → 1 January 1938."""
    parts = [int(part) for part in iso.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0] + 1, 1, 1)
    if len(parts) == 2:
        year, month = parts
        return datetime.date(year + month // 12, month % 12 + 1, 1)
    return datetime.date(*parts) + datetime.timedelta(days=1)


@dataclass(frozen=True)
class MonthNames:
    """The language's month names: alone ("August 1936") and with a day ("5 August")."""

    alone: tuple[str, ...]
    with_day: tuple[str, ...]

    @classmethod
    def from_words(cls, months: str, months_of: str) -> MonthNames:
        """From the interface words ``months`` and ``months_of``: 12 names each."""
        return cls(tuple(months.split()), tuple(months_of.split()))


def date_in_words(iso: str, names: MonthNames) -> str:
    """'1933', 'August 1936', '5 August 1937' (Russian: '5 августа 1937')."""
    parts = [int(part) for part in iso.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{names.alone[parts[1] - 1]} {parts[0]}"
    return f"{parts[2]} {names.with_day[parts[1] - 1]} {parts[0]}"


def period_in_words(start: str, end: str, names: MonthNames) -> str:
    """'1930–1932', 'March–April 1938', '4–5 August 1937', 'August 1937 – March 1938'.

    A part the two ends share (the year; the year and month) is written once.
    """
    a, b = start.split("-"), end.split("-")
    if len(a) == len(b) == 2 and a[0] == b[0]:
        return f"{names.alone[int(a[1]) - 1]}–{date_in_words(end, names)}"
    if len(a) == len(b) == 3 and a[:2] == b[:2]:
        return f"{int(a[2])}–{date_in_words(end, names)}"
    first, last = date_in_words(start, names), date_in_words(end, names)
    dash = " – " if " " in first + last else "–"
    return first + dash + last


def span_in_words(first: datetime.date, last: datetime.date, names: MonthNames) -> str:
    """From ``first`` to ``last`` (both days) as briefly as is true: '1936–1939',
    'July–October 1937', 'August 1937'."""
    if first.year != last.year:
        return f"{first.year}–{last.year}"
    if first.month != last.month:
        return period_in_words(f"{first:%Y-%m}", f"{last:%Y-%m}", names)
    return date_in_words(f"{first:%Y-%m}", names)


def when_in_words(event: TimelineEvent, names: MonthNames) -> str:
    """An event's date, or its period, in words."""
    if event.date_to:
        return period_in_words(event.date, event.date_to, names)
    return date_in_words(event.date, names)


# -- the axis ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Axis:
    """Whole years of time, from ``start`` (a 1 January) to ``end`` (a later 1 January)."""

    start: datetime.date
    end: datetime.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def fraction(self, day: datetime.date) -> float:
        """Where ``day`` begins along the axis: 0 at its start, 1 at its end."""
        return (day - self.start).days / self.days


def axis_for(events: Sequence[TimelineEvent]) -> Axis:
    """The whole years from the first event's start to the last event's end."""
    first = min(first_day(event.date) for event in events)
    last = max(day_after(event.date_to or event.date) for event in events)
    end_year = last.year if (last.month, last.day) == (1, 1) else last.year + 1
    return Axis(datetime.date(first.year, 1, 1), datetime.date(end_year, 1, 1))


@functools.lru_cache(maxsize=16)
def year_ticks(axis: Axis) -> list[dict[str, Any]]:
    """Every 1 January on the axis, with where each month of its year begins."""
    ticks = []
    for year in range(axis.start.year, axis.end.year + 1):
        months = []
        if year < axis.end.year:
            months = [axis.fraction(datetime.date(year, month, 1)) for month in range(1, 13)]
        ticks.append(
            {"at": axis.fraction(datetime.date(year, 1, 1)), "year": year, "months": months}
        )
    return ticks


def ruler_for(width: float, axis: Axis) -> dict[str, int | bool]:
    """Which ticks an axis ``width`` px wide shows, so that no two tick labels touch.

    ``yearStep``: label every Nth year; ``monthStep``: label every Nth month (0: no
    month labels); ``yearTicks`` / ``monthTicks``: draw a tick for every year / month.
    """
    year = width * 365.25 / axis.days
    month = year / 12
    return {
        "yearStep": next((s for s in YEAR_STEPS if s * year >= YEAR_LABEL_SPACING), 0),
        "monthStep": next((s for s in MONTH_STEPS if s * month >= MONTH_LABEL_SPACING), 0),
        "yearTicks": year >= TICK_SPACING,
        "monthTicks": month >= TICK_SPACING,
    }


def period_tracks(spans: Sequence[tuple[float, float] | None]) -> list[int]:
    """A track for each period so that periods that overlap in time are drawn apart.

    ``spans`` are (start, end) along the axis, None for events that are not periods
    (they get track 0). Tracks are given greedily in order: the lowest free one.
    """
    ends: list[float] = []
    tracks = []
    for span in spans:
        if span is None:
            tracks.append(0)
            continue
        track = next((t for t, end in enumerate(ends) if end <= span[0]), len(ends))
        if track == len(ends):
            ends.append(span[1])
        else:
            ends[track] = span[1]
        tracks.append(track)
    return tracks


# -- flags in lanes ------------------------------------------------------------------------


class Flag(NamedTuple):
    """One label on the timeline: an event (``first == last``) or a cluster of events.

    Its stem rises from the place of its first event to ``lane`` (0: next to the
    axis); its label reads to the right of the stem, or to the left if ``flipped``.
    """

    first: int
    last: int
    lane: int
    flipped: bool

    @property
    def size(self) -> int:
        """How many events the flag stands for."""
        return self.last - self.first + 1


class Label(NamedTuple):
    """Where a flag's label lies along the axis, and its stem, at one of its ends."""

    start: float
    end: float
    pole: float
    flipped: bool  # the stem is at its end, not its start

    def crossed_by(self, stem: float) -> bool:
        """Whether a stem at ``stem`` would run through this label or too close to its
        words (running beside the label's own stem does no harm)."""
        if self.flipped:
            return self.start - STEM_CLEARANCE <= stem < self.pole
        return self.pole < stem <= self.end + STEM_CLEARANCE


def label_at(pole: float, first: int, last: int, axis: float) -> Label:
    """The label of a flag for events ``first``…``last`` at ``pole``, on an axis ``axis``
    px wide: to the right of its stem, unless it would run past the end of the axis."""
    width = LABEL_WIDTH if first == last else CLUSTER_WIDTH
    if pole + width <= axis:
        return Label(pole, pole + width, pole, False)
    return Label(pole - width, pole, pole, True)


def merge_order(poles: Sequence[float]) -> list[int]:
    """The order in which neighbouring events gather into clusters as the axis narrows.

    Always the two neighbouring groups whose union is shortest (complete linkage along
    the axis): the densest runs of events gather first, and a cluster does not reach
    across a quiet stretch of years while a crowd elsewhere is still apart. Each entry
    is a boundary ``b``, between event ``b`` and event ``b + 1``.
    """
    groups = [(index, index) for index in range(len(poles))]
    order = []
    while len(groups) > 1:
        join = min(
            range(len(groups) - 1),
            key=lambda g: poles[groups[g + 1][1]] - poles[groups[g][0]],
        )
        order.append(groups[join][1])
        groups[join : join + 2] = [(groups[join][0], groups[join + 1][1])]
    return order


def groups_after(count: int, order: Sequence[int], merges: int) -> list[tuple[int, int]]:
    """The runs of ``count`` events (first, last) once ``order``'s first ``merges``
    boundaries are gone."""
    gone = set(order[:merges])
    groups, first = [], 0
    for boundary in range(count - 1):
        if boundary not in gone:
            groups.append((first, boundary))
            first = boundary + 1
    groups.append((first, count - 1))
    return groups


@dataclass(slots=True)
class _Lane:
    """What takes room in a lane so far (flags are placed from right to left): its
    leftmost label, and the stems of higher flags that rise through it."""

    leftmost: Label | None = None
    stems: list[float] = field(default_factory=list)

    def fits(self, label: Label) -> bool:
        if self.leftmost is not None and label.end + LABEL_GAP > self.leftmost.start:
            return False
        for stem in reversed(self.stems):  # the leftmost stem is the last
            if stem > label.end + STEM_CLEARANCE:
                return True
            if stem != label.pole and label.crossed_by(stem):
                return False
        return True

    def lets_pass(self, stem: float) -> bool:
        """Whether a stem can rise through this lane (all its labels begin right of it,
        but for a label turned back from the end of the axis)."""
        left = self.leftmost
        return left is None or stem == left.pole or not left.crossed_by(stem)


def place(
    groups: Sequence[tuple[int, int]],
    poles: Sequence[float],
    axis: float,
    lanes: int,
    ranks: Sequence[int] | None = None,
) -> list[Flag] | None:
    """A flag for each group (first, last) in ``lanes`` lanes, or None if one finds no lane.

    Flags are placed from the last to the first, each in the lowest lane where it
    fits: an event close before another steps up a lane, so a crowd makes a staircase
    whose earliest flag is on top, and labels read from top to bottom in date order.
    Labels never overlap (``LABEL_GAP`` apart at least), and no stem runs through a
    label. With ``ranks`` (each boundary's place in the merge order), a cluster is
    split in two (where it was merged last) if both halves and all the flags before
    them still find a lane.
    """
    taken = [_Lane() for _ in range(lanes)]
    flags = []
    pending = list(groups)
    while pending:
        first, last = pending.pop()
        if ranks is not None and first < last:
            cut = max(range(first, last), key=ranks.__getitem__)
            halves = [(first, cut), (cut + 1, last)]
            # Both halves must fit, and so must every flag before them, or the split
            # would only push a cluster further along.
            trial = [*reversed(halves), *reversed(pending)]
            if _all_fit(taken, [label_at(poles[a], a, b, axis) for a, b in trial]):
                pending += halves
                continue
        label = label_at(poles[first], first, last, axis)
        lane = _free_lane(taken, label)
        if lane is None:
            return None
        _take(taken, lane, label)
        flags.append(Flag(first, last, lane, label.flipped))
    flags.reverse()
    return flags


def _free_lane(taken: list[_Lane], label: Label) -> int | None:
    """The lane for ``label``, given the flags after it: the lowest free one, or for a
    label turned back from the end of the axis the highest, so that the stems of the
    flags before it can still rise past it."""
    free = None
    for lane, here in enumerate(taken):
        if here.fits(label):
            free = lane
            if not label.flipped:
                break
        if not here.lets_pass(label.pole):
            break
    return free


def _take(taken: list[_Lane], lane: int, label: Label) -> Label | None:
    """Put ``label`` in ``lane``; returns what it replaces there as the leftmost."""
    replaced, taken[lane].leftmost = taken[lane].leftmost, label
    for below in taken[:lane]:
        below.stems.append(label.pole)
    return replaced


def _all_fit(taken: list[_Lane], labels: Sequence[Label]) -> bool:
    """Whether ``labels``, from right to left, all find a lane (nothing is kept)."""
    undo = []
    for label in labels:
        lane = _free_lane(taken, label)
        if lane is None:
            break
        undo.append((lane, _take(taken, lane, label)))
    for lane, replaced in reversed(undo):
        taken[lane].leftmost = replaced
        for below in taken[:lane]:
            below.stems.pop()
    return len(undo) == len(labels)


def lay_out(
    poles: Sequence[float],
    width: float,
    lanes: int,
    order: Sequence[int] | None = None,
    narrower: Sequence[Flag] | None = None,
) -> list[Flag]:
    """Flags for events at ``poles`` (px along an axis ``width`` px wide, in date order):
    as few clusters as the lanes allow, gathered in ``merge_order``.

    ``narrower``: the flags laid out for a narrower axis. They still fit this one (every
    distance they keep grows with the axis), so the search starts below their number
    of merges, and they are kept if it finds nothing better.
    """
    if width < MIN_AXIS:
        raise ValueError(f"an axis of {width} px is narrower than {MIN_AXIS} px")
    order = merge_order(poles) if order is None else order
    best = list(narrower) if narrower is not None else None
    low, high = 0, len(order) if best is None else len(poles) - len(best)
    step = 1
    while low < high:  # fewer merges, by steps that double until one fails to place…
        fewer = max(low, high - step)
        tried = place(groups_after(len(poles), order, fewer), poles, width, lanes)
        if tried is None:
            low = fewer + 1
            break
        high, best, step = fewer, tried, 2 * step
    while low < high:  # … then halving the gap between what places and what fails
        middle = (low + high) // 2
        tried = place(groups_after(len(poles), order, middle), poles, width, lanes)
        if tried is None:
            low = middle + 1
        else:
            high, best = middle, tried
    if best is None:  # one flag for all, which always fits an axis of MIN_AXIS
        best = place(groups_after(len(poles), order, len(order)), poles, width, lanes)
        assert best is not None
    # The fewest merges are decided for the whole axis, by the most crowded stretch:
    # elsewhere a cluster opens again where there is room.
    groups = [(flag.first, flag.last) for flag in best]
    split = place(groups, poles, width, lanes, _ranks(order))
    return split if split is not None and len(split) > len(best) else best


def _ranks(order: Sequence[int]) -> list[int]:
    """Each boundary's place in ``order``: the later merged, the higher."""
    ranks = [0] * (len(order) + 1)
    for rank, boundary in enumerate(order):
        ranks[boundary] = rank
    return ranks


def axis_widths(axis: Axis) -> list[float]:
    """The ladder of axis widths laid out, from ``MIN_AXIS`` to the closest zoom."""
    widest = axis.days * DAY_AT_CLOSEST_ZOOM
    steps = max(1, math.ceil(math.log(widest / MIN_AXIS, LEVEL_RATIO)))
    return [MIN_AXIS * LEVEL_RATIO**step for step in range(steps)] + [widest]


@functools.lru_cache(maxsize=16)
def flag_layouts(
    fractions: tuple[float, ...], widths: tuple[float, ...]
) -> tuple[tuple[tuple[Flag, ...], ...], ...]:
    """For each of ``LANE_COUNTS``, the flags at each of ``widths``; each list
    stops at the first width where every event has its own flag (wider ones need no
    other). The same in every language, so it is kept for the next one."""
    order = merge_order(fractions)
    layouts = []
    for lanes in LANE_COUNTS:
        ladder: list[tuple[Flag, ...]] = []
        for width in widths:
            poles = [f * width for f in fractions]
            narrower = ladder[-1] if ladder else None
            ladder.append(tuple(lay_out(poles, width, lanes, order, narrower)))
            if len(ladder[-1]) == len(fractions):
                break
        layouts.append(tuple(ladder))
    return tuple(layouts)


# -- the block -----------------------------------------------------------------------------


def timeline_view(p: Presenter, block: TimelineBlock) -> dict[str, Any]:
    """Everything the timeline shows, in the presenter's language."""
    names = MonthNames.from_words(p.word("months"), p.word("months_of"))
    events = sorted(block.events, key=lambda e: (first_day(e.date), e.date_to is not None))
    axis = axis_for(events)
    days = [(first_day(e.date), day_after(e.date_to or e.date)) for e in events]
    starts = tuple(axis.fraction(first) for first, _ in days)
    ends = [
        axis.fraction(after) if e.date_to else None
        for (_, after), e in zip(days, events, strict=True)
    ]
    widths = tuple(axis_widths(axis))
    details = [_detail(p, event, names) for event in events]
    rows = _event_rows(starts, ends, details)
    layouts = layout_rows(starts, widths)
    return {
        "type": "timeline",
        "kind": p.word("timeline"),
        "title": p.text(block.title),
        "description": "\n".join(f"{d['kicker']}: {d['title']}" for d in details),
        "events": rows,
        "details": details,
        "years": year_ticks(axis),
        "monthNames": list(names.alone),
        "label": {"width": LABEL_WIDTH, "clusterWidth": CLUSTER_WIDTH, "gap": LABEL_GAP},
        "widths": list(widths),
        "rulers": [ruler_for(width, axis) for width in widths],
        "laneCounts": list(LANE_COUNTS),
        "layouts": layouts,
        "clusters": _cluster_rows(layouts, rows, days, names),
    }


def _detail(p: Presenter, event: TimelineEvent, names: MonthNames) -> dict[str, str]:
    """What the event's card shows."""
    return {
        "kicker": when_in_words(event, names),
        "title": p.text(event.label),
        "html": p.rich_text(event.text) if event.text else "",
        "source": p.short_citations(event.sources),
    }


def _event_rows(
    starts: Sequence[float], ends: Sequence[float | None], details: list[dict[str, str]]
) -> list[dict[str, Any]]:
    """Each event as QML draws it: its flag's words, its place and, for a period, its end."""
    spans = [
        (start, end) if end is not None else None for start, end in zip(starts, ends, strict=True)
    ]
    tracks = period_tracks(spans)
    return [
        {
            "label": detail["title"],
            "date": detail["kicker"],
            "at": start,
            "end": start if end is None else end,
            "period": end is not None,
            "track": track,
        }
        for start, end, detail, track in zip(starts, ends, details, tracks, strict=True)
    ]


@functools.lru_cache(maxsize=16)
def layout_rows(
    fractions: tuple[float, ...], widths: tuple[float, ...]
) -> list[list[dict[str, Any]]]:
    """The flag layouts as QML reads them, ``layouts[i][step]`` for ``LANE_COUNTS[i]``: the
    ``lane`` of each event's own flag (-1: the event is in a cluster), whether it is
    ``flipped``, and the ``clusters`` (first, last, lane, flipped). The same in every
    language, so kept for the next one (and never changed by its readers)."""
    rows = []
    for ladder in flag_layouts(fractions, widths):
        rows.append([_layout_row(flags, len(fractions)) for flags in ladder])
    return rows


def _layout_row(flags: tuple[Flag, ...], count: int) -> dict[str, Any]:
    lanes, flipped = [-1] * count, [False] * count
    clusters = []
    for flag in flags:
        if flag.size == 1:
            lanes[flag.first], flipped[flag.first] = flag.lane, flag.flipped
        else:
            clusters.append(
                {"first": flag.first, "last": flag.last, "lane": flag.lane, "flipped": flag.flipped}
            )
    return {"lanes": lanes, "flipped": flipped, "clusters": clusters}


def _cluster_rows(
    layouts: list[list[dict[str, Any]]],
    rows: list[dict[str, Any]],
    days: list[tuple[datetime.date, datetime.date]],
    names: MonthNames,
) -> dict[str, dict[str, Any]]:
    """What each cluster of the layouts shows, by ``"first-last"``: its dates in words,
    how many events it gathers, and their range along the axis."""
    shown = {}
    for ladder in layouts:
        for layout in ladder:
            for cluster in layout["clusters"]:
                first, last = cluster["first"], cluster["last"]
                key = f"{first}-{last}"
                if key in shown:
                    continue
                members = range(first, last + 1)
                last_day = max(days[i][1] for i in members) - datetime.timedelta(days=1)
                shown[key] = {
                    "dates": span_in_words(days[first][0], last_day, names),
                    "count": last - first + 1,
                    "at": rows[first]["at"],
                    "end": max(rows[i]["end"] for i in members),
                }
    return shown
