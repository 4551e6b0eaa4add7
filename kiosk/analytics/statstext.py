"""``kiosk stats`` as text for a terminal and as CSV for a spreadsheet. Pure Python."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kiosk.analytics.store import HOME
from kiosk.analytics.summary import DayRow, PanelRow, Summary
from kiosk.content import Exhibition

HOME_LABEL = "Home screen"
LONGEST_LABEL = 40
LEGEND = (
    "Times count up to each visitor's last touch, not up to the reset.\n"
    "Opened: visits to the panel (pages turned inside it count once); Pages: pages\n"
    "looked at in it; Median time: of a visit; Sessions: the share of sessions that\n"
    "opened the panel.\n"
)


@dataclass(frozen=True)
class Labels:
    """Names to show for panel ids and language codes (from the exhibition, if given)."""

    panels: Mapping[str, str] = field(default_factory=dict)
    languages: Mapping[str, str] = field(default_factory=dict)

    def panel(self, panel_id: str) -> str:
        if panel_id == HOME:
            return HOME_LABEL
        return _shortened(self.panels.get(panel_id, panel_id))

    def language(self, code: str) -> str:
        return self.languages.get(code, code)


def labels_of(exhibition: Exhibition) -> Labels:
    """Panel titles and language names in the exhibition's default language."""
    default = exhibition.manifest.default_language
    return Labels(
        panels={p.id: p.title.in_language(default, default) for p in exhibition.panels},
        languages={language.code: language.name for language in exhibition.manifest.languages},
    )


def duration(seconds: float | None) -> str:
    """``45 s``, ``2 min 05 s``, ``1 h 02 min``; a dash for no value."""
    if seconds is None:
        return "–"
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        return f"{whole // 60} min {whole % 60:02d} s"
    return f"{whole // 3600} h {whole % 3600 // 60:02d} min"


def long_date(day: date) -> str:
    return f"{day:%a} {day.day} {day:%B %Y}"


def date_range(summary: Summary) -> str:
    """``Wed 1 May 2024 – Tue 7 May 2024``, one date for one day, or 'no recorded days'."""
    first, last = summary.first_day, summary.last_day
    if first is None or last is None:
        return "no recorded days"
    if first == last:
        return long_date(first)
    return f"{long_date(first)} – {long_date(last)}"


# --- text ------------------------------------------------------------------------------------


def report_text(summary: Summary, labels: Labels, database: Path) -> str:
    """The whole report, as printed by ``kiosk stats``."""
    parts = [f"Visitor statistics, {date_range(summary)}\n", _overview(summary, labels)]
    if summary.days:
        parts.append(_days_table(summary.days))
    if summary.sessions:
        parts.append(_panels_table(summary, labels) + "\n" + LEGEND)
    parts.append(f"Database: {database}\n")
    return "\n".join(parts)


def _overview(summary: Summary, labels: Labels) -> str:
    total = summary.sessions
    if not total:
        return _lines([("Sessions", "none"), ("Attract loop", _wakes(summary))])
    days = len(summary.days)
    languages = ", ".join(
        f"{labels.language(code)} {_percent(count, total)} ({count})"
        for code, count in summary.languages
    )
    return _lines(
        [
            ("Sessions", f"{total} on {_plural(days, 'day')} ({total / days:.1f} a day)"),
            (
                "Session length",
                f"median {duration(summary.median_s)}, mean {duration(summary.mean_s)}",
            ),
            ("Languages", languages),
            ("Attract loop", _wakes(summary)),
            ("How they ended", ", ".join(f"{how} {n}" for how, n in summary.ended_by)),
        ]
    )


def _wakes(summary: Summary) -> str:
    began = f"; {_plural(summary.woke_sessions, 'session')} began with one"
    return f"{_plural(summary.wakes, 'wake')}, {summary.teaser_wakes} on a panel's teaser" + (
        began if summary.sessions else ""
    )


def _days_table(days: Sequence[DayRow]) -> str:
    rows = [
        [f"{d.day:%a %Y-%m-%d}", str(d.sessions), duration(d.median_s), str(d.wakes)] for d in days
    ]
    return _table(["Day", "Sessions", "Median length", "Wakes"], rows, "lrrr")


def _panels_table(summary: Summary, labels: Labels) -> str:
    panels = [*summary.panels, *([summary.home] if summary.home else [])]
    rows = [
        [
            labels.panel(p.panel_id),
            str(p.visits),
            str(p.page_views),
            duration(p.median_s),
            _percent(p.sessions, summary.sessions),
        ]
        for p in panels
    ]
    return _table(["Panel", "Opened", "Pages", "Median time", "Sessions"], rows, "lrrrr")


def _lines(pairs: Sequence[tuple[str, str]]) -> str:
    width = max(len(label) for label, _ in pairs) + 2
    return "".join(f"{label:<{width}}{value}\n" for label, value in pairs)


def _table(header: list[str], rows: list[list[str]], align: str) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        padded = (
            cell.ljust(width) if side == "l" else cell.rjust(width)
            for cell, width, side in zip(cells, widths, align, strict=True)
        )
        return "  ".join(padded).rstrip() + "\n"

    return "".join(line(row) for row in [header, *rows])


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LONGEST_LABEL else text[: LONGEST_LABEL - 1].rstrip() + "…"


# --- CSV -------------------------------------------------------------------------------------

PANEL_COLUMNS = (
    "panel_id",
    "title",
    "visits",
    "page_views",
    "median_visit_s",
    "mean_visit_s",
    "sessions",
    "share_of_sessions_percent",
)
DAY_COLUMNS = ("date", "weekday", "sessions", "median_session_s", "mean_session_s", "wakes")


def report_csv(summary: Summary, labels: Labels) -> str:
    """Two tables, one after the other with a blank line between: panels, then days."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PANEL_COLUMNS)
    for row in [*summary.panels, *([summary.home] if summary.home else [])]:
        writer.writerow(_panel_cells(row, labels))
    writer.writerow([])
    writer.writerow(DAY_COLUMNS)
    for day in summary.days:
        writer.writerow(
            [
                day.day.isoformat(),
                f"{day.day:%a}",
                day.sessions,
                _seconds(day.median_s),
                _seconds(day.mean_s),
                day.wakes,
            ]
        )
    return out.getvalue()


def _panel_cells(row: PanelRow, labels: Labels) -> list[object]:
    title = HOME_LABEL if row.panel_id == HOME else labels.panels.get(row.panel_id, "")
    return [
        row.panel_id,
        title,
        row.visits,
        row.page_views,
        _seconds(row.median_s),
        _seconds(row.mean_s),
        row.sessions,
        f"{100 * row.share:.1f}",
    ]


def _seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"
