"""``kiosk export``: the whole exhibition as a PDF booklet for fact-checking on paper.

The booklet itself is built by :mod:`kiosk.booklet` (pure Python) and printed by
:mod:`kiosk.proof` (Qt's PDF writer); this module is the command's arguments and
its handler. Qt is imported only when the command runs, so ``kiosk --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cliargs import EXIT_CONTENT, EXIT_OK, EXIT_USAGE, folder_argument
from kiosk.content import Exhibition, load_exhibition

"""As documented in kiosk/cli.py."""

ALL_LANGUAGES = "all"


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``kiosk export`` to the ``kiosk`` command's subcommands."""
    export = commands.add_parser(
        "export",
        help="write a PDF booklet of the whole exhibition for proofreading",
        description=(
            "Write every text, figure, quotation, picture credit, chart, timeline and map "
            "of the exhibition, each with the full citation of its sources and its place in "
            "the files, as an A4 PDF for fact-checking on paper. Content with errors is "
            "reported and no PDF is written; warnings are listed in the booklet."
        ),
    )
    folder_argument(export)
    export.add_argument(
        "--pdf", type=Path, required=True, metavar="FILE", help="write the booklet to this file"
    )
    export.add_argument(
        "--lang",
        metavar="CODE",
        help="the language (default: the exhibition's); 'all': one section per language",
    )
    export.set_defaults(handler=export_booklet)


def export_booklet(args: argparse.Namespace) -> int:
    """Check the content, then write the booklet; return the exit code."""
    folder: Path = args.folder
    if not folder.is_dir():
        return _usage(f"'{folder}' is not a folder")
    report = load_exhibition(folder)
    for problem in report.problems:
        print(problem, file=sys.stderr)  # noqa: T201 - a command's report
    exhibition = report.exhibition
    if exhibition is None or not report.ok:
        print(f"{folder}: {report.summary()}; no PDF written", file=sys.stderr)  # noqa: T201
        return EXIT_CONTENT
    languages = _languages(exhibition, args.lang)
    if languages is None:
        known = ", ".join((*exhibition.languages, ALL_LANGUAGES))
        return _usage(f"unknown language '{args.lang}' (this exhibition has: {known})")
    from kiosk.proof import export_pdf

    try:
        pages = export_pdf(report, languages, args.pdf)
    except OSError as error:
        return _usage(f"cannot write '{args.pdf}': {error.strerror or error}")
    print(f"{args.pdf}: {pages} pages ({', '.join(languages)})")  # noqa: T201
    return EXIT_OK


def _languages(exhibition: Exhibition, lang: str | None) -> list[str] | None:
    """The languages to print, the default first, or None for an unknown one."""
    default = exhibition.manifest.default_language
    if lang == ALL_LANGUAGES:
        return [default, *(code for code in exhibition.languages if code != default)]
    code = lang or default
    return [code] if code in exhibition.languages else None


def _usage(message: str) -> int:
    print(f"kiosk export: {message}", file=sys.stderr)  # noqa: T201
    return EXIT_USAGE
