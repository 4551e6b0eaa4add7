"""A chart block as QML draws it: every number, position and word, computed here.

QML receives plain data and only places it: the scale (a rounded maximum and a few
ticks with their labels), per category and series where each bar starts and ends
as a fraction of the scale, the value labels as the language writes them
("767,000", "+120,000", "437,000–445,000"), notes, series colours, the points of a
running count placed along time, and a text alternative for screen readers.

Why the chart is drawn with Qt Quick items (Rectangle, Text) and Qt Quick Shapes,
not a charting library: QtGraphs needs an OpenGL context (offscreen and on
machines without a GPU it warns ``QRhiGles2: Failed to create context`` and draws
nothing), QtCharts needs a QApplication and widgets, and matplotlib would paint
pictures of text that neither scale with the screen nor reach a screen reader.
Rectangles and Text share the exhibition's fonts, sizes and colours, stay sharp at
every resolution, can be found by tests through their objectName, and are cheap
for Qt Quick's software renderer; Shapes draw the lines of a running count.

Design decisions (each one a matter of accuracy, since these numbers are people):

* one shared linear scale per chart, always starting at zero, with a rounded
  maximum at or above the largest value: bars are never cut off or exaggerated;
* a range is drawn solid up to its low value and lighter up to its high one, and
  labelled "low–high";
* stacked segments are labelled with their values, the bar with their total;
* steps show each increase as an increase ("+120,000") from zero, never stacked on
  the previous step: the chart may show only some of the increases, so a running
  total would be false;
* a running count places its points by date when every category has one (else
  evenly), joins only neighbouring known values, and leaves a missing value out.
"""

from __future__ import annotations

import datetime
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kiosk.content.schema import ChartBlock, ChartCategory

if TYPE_CHECKING:
    from kiosk.content.schema import Theme
    from kiosk.presenter import Presenter

Value = float | tuple[float, float] | None

STACKED_KINDS = frozenset({"stacked-bars", "steps"})
"""Charts whose series are parts of one bar per category."""

MARKERS = ("circle", "square", "diamond")
"""A running count's point shapes, by series: lines differ in shape, not only colour."""

BASE_COLOURS = ("", "#93b1c6", "#cf8f7e", "#a9c08f")
"""Series colours on a dark surface: the exhibition's accent (""), then slate blue,
clay and sage; each is darkened or lightened until it reads on the theme's surface."""

MIN_CONTRAST = 3.0
"""A bar or line against the surface it is drawn on (WCAG 1.4.11, graphical objects)."""


# -- the scale ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scale:
    """A linear scale from zero to ``top``, with gridlines at ``ticks``."""

    top: float
    ticks: tuple[float, ...]

    def fraction(self, value: float) -> float:
        """Where ``value`` lies on the scale: 0 at zero, 1 at the top."""
        return min(1.0, max(0.0, value / self.top))


def nice_scale(largest: float) -> Scale:
    """A scale from zero to a round number at or above ``largest``, with 3 to 6 ticks.

    The step between ticks is 1, 2, 2.5 or 5 times a power of ten; of the scales
    that fit, the one with the lowest top wins (bars as long as possible), then the
    one closest to four steps (gridlines enough to read, few enough to stay calm).
    """
    if largest <= 0:
        return Scale(1.0, (0.0,))
    best: tuple[float, int, float] | None = None
    power = math.floor(math.log10(largest))
    for exponent in range(power - 2, power + 1):
        for mantissa in (1, 2, 2.5, 5):
            step = mantissa * 10.0**exponent
            if (mantissa == 2.5 and step < 25) or step < 0.1:
                continue  # steps such as 0.25 or 0.05 would print rounded
            steps = math.ceil(round(largest / step, 9))
            if 2 <= steps <= 5:
                candidate = (round(steps * step, 9), abs(steps - 4), step)
                best = candidate if best is None else min(best, candidate)
    assert best is not None, largest  # some step always gives 2 to 5 steps
    top, _, step = best
    count = round(top / step)
    return Scale(top, tuple(round(i * step, 9) for i in range(count + 1)))


def largest_value(block: ChartBlock) -> float:
    """The largest number the chart draws: a stacked bar's total, a range's high end."""
    if block.chart in STACKED_KINDS:
        totals = [sum(_parts(block, index)) for index in range(len(block.categories))]
        return max(totals, default=0.0)
    return max((_high(v) for s in block.series for v in s.values if v is not None), default=0.0)


def _parts(block: ChartBlock, index: int) -> list[float]:
    """The numbers stacked in category ``index``, in series order (missing ones left out)."""
    values = [s.values[index] for s in block.series]
    return [_high(v) for v in values if v is not None]


def _high(value: float | tuple[float, float]) -> float:
    return value[1] if isinstance(value, tuple) else value


def _low(value: float | tuple[float, float]) -> float:
    return value[0] if isinstance(value, tuple) else value


# -- colours ------------------------------------------------------------------------------


def series_colours(theme: Theme, count: int) -> list[str]:
    """One colour per series, each with a contrast of at least 3:1 on the surface."""
    base = [theme.accent if c == "" else c for c in BASE_COLOURS]
    return [readable_on(base[i % len(base)], theme.surface) for i in range(count)]


def readable_on(colour: str, surface: str) -> str:
    """``colour``, moved toward white or black (whichever the surface is not) until it
    has a contrast of at least 3:1 with ``surface``."""
    target = "#ffffff" if luminance(surface) < 0.18 else "#000000"
    for step in range(21):
        mixed = mix(colour, target, step / 20)
        if contrast(mixed, surface) >= MIN_CONTRAST:
            return mixed
    return target


def mix(colour: str, other: str, amount: float) -> str:
    """``colour`` moved ``amount`` (0..1) of the way to ``other``, as #rrggbb."""
    a, b = _rgb(colour), _rgb(other)
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two #rrggbb colours: 1 (none) to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def luminance(colour: str) -> float:
    """The WCAG relative luminance of a #rrggbb colour."""

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rgb(colour: str) -> tuple[int, int, int]:
    hexa = colour.lstrip("#")[-6:]
    return int(hexa[0:2], 16), int(hexa[2:4], 16), int(hexa[4:6], 16)


# -- time ---------------------------------------------------------------------------------


def day_number(date: str) -> int:
    """A date written 1937, 1937-09 or 1937-09-30 as a day count (its first day)."""
    parts = [int(part) for part in date.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2]).toordinal()


def positions_in_time(categories: Sequence[ChartCategory]) -> list[float]:
    """Each category's place along the time axis, 0 to 1: by date when every category
    has one, else evenly spaced."""
    count = len(categories)
    dates = [c.date for c in categories]
    if count > 1 and all(dates):
        days = [day_number(d) for d in dates if d]
        span = (days[-1] - days[0]) or 1
        return [(day - days[0]) / span for day in days]
    if count == 1:
        return [0.5]
    return [index / (count - 1) for index in range(count)]


# -- the view -----------------------------------------------------------------------------


def chart_view(p: Presenter, block: ChartBlock) -> dict[str, Any]:
    """Everything QML needs to draw ``block`` in the presenter's language.

    Common keys: ``chart`` (the kind), ``line`` (a running count, drawn as lines),
    ``grouped`` (bars of several series side by side, each named beside its bar),
    ``series`` (label, colour, marker), ``ticks`` (``at`` 0..1, ``label``), ``title``,
    ``unit``, ``caption``, ``source`` and ``description`` (the text alternative).
    Bars add ``categories`` (label, notes, rows of segments); a running count adds
    ``categories`` (label, ``x``), ``points``, ``lines``, ``notes`` and ``pointGap``.
    """
    scale = nice_scale(largest_value(block))
    colours = series_colours(p.exhibition.manifest.theme, len(block.series))
    view: dict[str, Any] = {
        "type": "chart",
        "kind": p.word("chart"),
        "chart": block.chart,
        "line": block.chart == "cumulative",
        "grouped": block.chart in ("bars", "range") and len(block.series) > 1,
        "title": p.text(block.title),
        "unit": p.text(block.unit),
        "caption": p.text(block.caption),
        "source": p.short_citations(block.sources),
        "series": [
            {"label": p.text(s.label), "colour": colours[i], "marker": MARKERS[i % len(MARKERS)]}
            for i, s in enumerate(block.series)
        ],
        "ticks": [{"at": scale.fraction(t), "label": p.number(t)} for t in scale.ticks],
        "description": describe(p, block),
    }
    if block.chart == "cumulative":
        view.update(_line_view(p, block, scale, colours))
    else:
        view["categories"] = _bar_categories(p, block, scale, colours)
    return view


def value_label(p: Presenter, value: Value, *, increase: bool = False) -> str:
    """A value as it is written on the chart: 767,000; 437,000–445,000; +120,000."""
    if value is None:
        return ""
    sign = "+" if increase else ""
    if isinstance(value, tuple):
        return f"{sign}{p.number(value[0])}–{p.number(value[1])}"
    return sign + p.number(value)


def notes_of(p: Presenter, block: ChartBlock, category: ChartCategory) -> list[str]:
    """The notes pinned to ``category``, in the order written."""
    return [p.text(note.text) for note in block.notes if note.category == category.id]


def _is_increase(block: ChartBlock, index: int) -> bool:
    """In a steps chart, every category after the first is an increase."""
    return block.chart == "steps" and index > 0


# -- bars -----------------------------------------------------------------------------------


def _bar_categories(
    p: Presenter, block: ChartBlock, scale: Scale, colours: list[str]
) -> list[dict[str, Any]]:
    """Per category: its label, notes, and its rows of bars (one per series, or one
    stacked row)."""
    rows = _stacked_row if block.chart in STACKED_KINDS else _grouped_rows
    return [
        {
            "label": p.text(category.label),
            "notes": notes_of(p, block, category),
            "rows": rows(p, block, index, scale, colours),
        }
        for index, category in enumerate(block.categories)
    ]


def _grouped_rows(
    p: Presenter, block: ChartBlock, index: int, scale: Scale, colours: list[str]
) -> list[dict[str, Any]]:
    """One bar per series, labelled with its value at its end."""
    rows = []
    for number, series in enumerate(block.series):
        value = series.values[index]
        segments = [] if value is None else [_segment(value, 0.0, scale, colours[number], "")]
        rows.append(
            {
                "series": p.text(series.label) if len(block.series) > 1 else "",
                "segments": segments,
                "label": value_label(p, value) if value is not None else "—",
                "empty": value is None,
            }
        )
    return rows


def _stacked_row(
    p: Presenter, block: ChartBlock, index: int, scale: Scale, colours: list[str]
) -> list[dict[str, Any]]:
    """One bar of each series' part, each part labelled, the total at the bar's end."""
    increase = _is_increase(block, index)
    segments, start = [], 0.0
    for number, series in enumerate(block.series):
        value = series.values[index]
        if value is None or _high(value) <= 0:
            continue
        label = value_label(p, value, increase=increase)
        segments.append(_segment(value, start, scale, colours[number], label))
        start += _high(value)
    parts = _parts(block, index)
    total = value_label(p, sum(parts), increase=increase) if parts else "—"
    return [{"series": "", "segments": segments, "label": total, "empty": not parts}]


def _segment(
    value: float | tuple[float, float], start: float, scale: Scale, colour: str, label: str
) -> dict[str, Any]:
    """A bar or part of one, from ``start`` to ``start + value``, as fractions of the scale.

    A range is solid up to its low value (``solid``) and lighter up to its high one.
    """
    return {
        "start": scale.fraction(start),
        "solid": scale.fraction(start + _low(value)),
        "end": scale.fraction(start + _high(value)),
        "range": isinstance(value, tuple),
        "colour": colour,
        "label": label,
    }


# -- a running count ------------------------------------------------------------------------


def _line_view(p: Presenter, block: ChartBlock, scale: Scale, colours: list[str]) -> dict[str, Any]:
    """Points along time, lines between neighbouring known values, labels on every point."""
    xs = positions_in_time(block.categories)
    points, lines = [], []
    for number, series in enumerate(block.series):
        for index, value in enumerate(series.values):
            if value is not None:
                points.append(_point(p, scale, xs, index, value, number, colours[number]))
        lines.extend(_polylines(series.values, xs, scale, colours[number]))
    return {
        "categories": [
            {"label": p.text(c.label), "x": xs[i]} for i, c in enumerate(block.categories)
        ],
        "notes": [
            {"category": p.text(c.label), "text": text, "html": _note_html(p.text(c.label), text)}
            for c in block.categories
            for text in notes_of(p, block, c)
        ],
        "points": points,
        "lines": lines,
        "pointGap": closest_points(block, scale),
    }


def _note_html(category: str, note: str) -> str:
    """'<b>30 September 1937</b> — Less than two months after the start.'"""
    return f"<b>{_escape(category)}</b> — {_escape(note)}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _point(
    p: Presenter, scale: Scale, xs: list[float], index: int, value: Value, series: int, colour: str
) -> dict[str, Any]:
    assert value is not None
    return {
        "x": xs[index],
        "y": scale.fraction(_high(value)),
        "label": value_label(p, value),
        "series": series,
        "colour": colour,
        "marker": MARKERS[series % len(MARKERS)],
        "labelLeft": xs[index] > 0.5,
    }


def _polylines(
    values: Sequence[Value], xs: list[float], scale: Scale, colour: str
) -> list[dict[str, Any]]:
    """The series' lines: runs of two or more neighbouring known values, as [x, y] pairs."""
    runs: list[list[list[float]]] = [[]]
    for x, value in zip(xs, values, strict=True):
        if value is None:
            runs.append([])
        else:
            runs[-1].append([x, scale.fraction(_high(value))])
    return [{"colour": colour, "points": run} for run in runs if len(run) > 1]


def closest_points(block: ChartBlock, scale: Scale) -> float:
    """The smallest height between two points on the same date, as a fraction of the
    scale: QML makes the chart tall enough that their labels do not overlap."""
    gaps = [1.0]
    for index in range(len(block.categories)):
        values = [s.values[index] for s in block.series]
        ys = sorted(scale.fraction(_high(v)) for v in values if v is not None)
        gaps.extend(b - a for a, b in itertools.pairwise(ys))
    return min(gaps)


# -- the text alternative ----------------------------------------------------------------


def describe(p: Presenter, block: ChartBlock) -> str:
    """The chart in words, for screen readers: the title, then each category with its
    series' values, ranges and notes, then the caption."""
    unit = p.text(block.unit)
    sentences = [p.text(block.title) + (f" ({unit})" if unit else "") + "."]
    for index, category in enumerate(block.categories):
        sentences.append(_describe_category(p, block, index, category))
    if block.caption:
        sentences.append(p.text(block.caption))
    return " ".join(sentences)


def _describe_category(p: Presenter, block: ChartBlock, index: int, category: ChartCategory) -> str:
    increase = _is_increase(block, index)
    values = [
        f"{p.text(s.label)} — {value_label(p, s.values[index], increase=increase)}"
        for s in block.series
        if s.values[index] is not None
    ]
    parts = _parts(block, index)
    if block.chart in STACKED_KINDS and len(parts) > 1:
        values.append(f"{p.word('total')} — {value_label(p, sum(parts), increase=increase)}")
    text = p.text(category.label) + (": " + "; ".join(values) if values else "") + "."
    notes = notes_of(p, block, category)
    return " ".join([text, *notes])
