"""``kiosk stats``: what the kiosk recorded of its visitors, as a report, CSV and a chart.

The numbers are :mod:`kiosk.analytics.summary`, the text and CSV
:mod:`kiosk.analytics.statstext`, the chart :mod:`kiosk.analytics.chart`; this
module is the command's arguments and its handler. Exit codes are those of
``kiosk validate``: 1 when there is nothing to read, 2 when the command was used
wrongly.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from kiosk.analytics.statstext import Labels, labels_of, report_csv, report_text
from kiosk.analytics.store import StatsError, default_database_path, read_visits
from kiosk.analytics.summary import Summary, day_bounds, summarize
from kiosk.cliargs import EXIT_CONTENT, EXIT_OK, EXIT_USAGE
from kiosk.content import load_exhibition


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``kiosk stats`` to the ``kiosk`` command's subcommands."""
    stats = commands.add_parser(
        "stats",
        help="visitor statistics: sessions, languages, time spent per panel",
        description=(
            "Report what the kiosk recorded of its visitors (anonymous: no text, no "
            "identifiers, no touch positions): sessions per day and their length, "
            "languages, attract-loop wakes, and per panel how often it was opened, "
            "the median time of a visit and the share of sessions that opened it. "
            "Days are this computer's local days."
        ),
    )
    stats.add_argument(
        "--database",
        type=Path,
        metavar="FILE",
        help=(
            "the statistics database (default: the settings file's analytics.database, "
            "else $XDG_STATE_HOME/kiosk/visits.sqlite3)"
        ),
    )
    stats.add_argument(
        "--settings",
        type=Path,
        metavar="FILE",
        help="the kiosk's settings file, for its database (default: as 'kiosk run')",
    )
    stats.add_argument(
        "--since", type=_date, metavar="DATE", help="from this day on, e.g. 2024-05-01"
    )
    stats.add_argument(
        "--until", type=_date, metavar="DATE", help="up to this day, itself included"
    )
    stats.add_argument(
        "--csv",
        metavar="FILE|-",
        help="also write the per-panel and per-day rows as CSV to FILE ('-': print only the CSV)",
    )
    stats.add_argument(
        "--chart",
        type=Path,
        metavar="FILE.png",
        help="save a bar chart of the median time per panel visit as PNG",
    )
    stats.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        help="the exhibition folder, to show panel titles and language names instead of ids",
    )
    stats.set_defaults(handler=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    """Read the database, print the report, write the CSV and chart; return the exit code."""

    if args.since and args.until and args.until < args.since:
        return _fail(f"--until {args.until} is before --since {args.since}", EXIT_USAGE)
    database = _database(args)
    if isinstance(database, int):
        return database
    labels, order = _labels(args.content)
    try:
        visits = read_visits(database, *day_bounds(args.since, args.until))
    except StatsError as error:
        return _fail(f"{error}{_hint(database)}", EXIT_CONTENT)
    summary = summarize(
        visits, since=args.since, until=args.until, today=today(), panel_order=order
    )
    if args.csv == "-":
        print(report_csv(summary, labels), end="")
    else:
        print(report_text(summary, labels, database), end="")
        if args.csv is not None and not _write_csv(Path(args.csv), summary, labels):
            return EXIT_CONTENT
    if args.chart is not None and not _write_chart(args.chart, summary, labels):
        return _fail(f"cannot write the chart to {args.chart}", EXIT_CONTENT)
    return EXIT_OK


def today() -> date:
    """This computer's date: where ``--since`` without ``--until`` ends."""
    return date.today()


def _fail(message: str, code: int) -> int:
    print(f"kiosk stats: {message}", file=sys.stderr)
    return code


def _hint(database: Path) -> str:
    if database.exists():
        return ""
    return (
        " (no visitor has been recorded yet, or statistics are switched off: "
        "analytics.enabled in the settings file)"
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date such as 2024-05-01, not {text!r}"
        ) from None


def _database(args: argparse.Namespace) -> Path | int:
    """--database, else the settings file's database, else the default place."""
    if args.database is not None:
        return Path(args.database)
    from kiosk.settings import load_settings, settings_path

    path = settings_path(args.settings)
    if path is None:
        return default_database_path()
    report = load_settings(path)
    if report.settings is None:
        for problem in report.problems:
            print(problem, file=sys.stderr)
        return _fail(
            f"{path} has errors: fix them, or name the database with --database", EXIT_CONTENT
        )
    return report.settings.database


def _labels(folder: Path | None) -> tuple[Labels, tuple[str, ...]]:
    """Titles and language names from the exhibition, and its panel order (else ids)."""
    if folder is None:
        return Labels(), ()
    exhibition = load_exhibition(folder).exhibition if folder.is_dir() else None
    if exhibition is None:
        print(
            f"kiosk stats: no valid exhibition in '{folder}': panels are shown by their ids",
            file=sys.stderr,
        )
        return Labels(), ()
    return labels_of(exhibition), exhibition.manifest.panels


def _write_csv(path: Path, summary: Summary, labels: Labels) -> bool:
    try:
        path.write_text(report_csv(summary, labels), encoding="utf-8")
    except OSError as error:
        print(f"kiosk stats: cannot write {path}: {error.strerror or error}", file=sys.stderr)
        return False
    return True


def _write_chart(path: Path, summary: Summary, labels: Labels) -> bool:
    """Draw with Qt's offscreen platform (no display needed) in the bundled fonts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from kiosk.analytics.chart import save_chart
    from kiosk.fonts import load_bundled_fonts

    if QGuiApplication.instance() is None:
        QGuiApplication(sys.argv[:1])  # PySide keeps the application alive
    return save_chart(path, summary, labels, load_bundled_fonts().sans)
