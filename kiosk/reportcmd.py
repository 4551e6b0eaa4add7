"""``kiosk report``: a curator's report on an exhibition, for a terminal or for tools.

The report itself is :mod:`kiosk.content.report` (pure data) and
:mod:`kiosk.content.reportformat` (text and JSON); this module is the command's
arguments and its handler. Exit codes are those of ``kiosk validate``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kiosk.cliargs import EXIT_CONTENT, EXIT_OK, EXIT_USAGE, folder_argument
from kiosk.content import Report, load_exhibition
from kiosk.content.report import ExhibitionReport, build_report
from kiosk.content.reportformat import report_json, report_text


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``kiosk report`` to the ``kiosk`` command's subcommands."""
    report = commands.add_parser(
        "report",
        help="how much text each panel has, and what is left to do",
        description=(
            "Report on an exhibition: per panel and language, the words against the "
            "limits 'kiosk validate' applies and the time it takes to read them; then "
            "missing translations, unused files and glossary terms, and numbers in the "
            "text with no source. Content with errors is listed and not reported on."
        ),
    )
    folder_argument(report)
    report.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="aligned text for a terminal (default) or JSON for tools",
    )
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    """Load and check the exhibition, then print the report; return the exit code."""

    folder: Path = args.folder
    if not folder.is_dir():
        print(f"kiosk report: '{folder}' is not a folder", file=sys.stderr)
        return EXIT_USAGE
    loaded = load_exhibition(folder)
    exhibition = loaded.exhibition
    if args.format == "json":
        report = build_report(exhibition) if exhibition is not None else None
        print(json.dumps(_json(loaded, report), ensure_ascii=False, indent=2))
    else:
        for problem in loaded.problems:
            print(problem)
        if exhibition is None:
            print(f"{folder}: {loaded.summary()}; fix the errors first")
        else:
            print(("\n" if loaded.problems else "") + report_text(build_report(exhibition)), end="")
    return EXIT_OK if exhibition is not None else EXIT_CONTENT


def _json(loaded: Report, report: ExhibitionReport | None) -> dict[str, object]:
    return {
        "folder": str(loaded.folder),
        "ok": report is not None,
        "problems": [problem.as_dict() for problem in loaded.problems],
        "report": None if report is None else report_json(report),
    }
