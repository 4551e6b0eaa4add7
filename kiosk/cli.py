"""The ``kiosk`` command: run the kiosk, validate content, print the schema.

Exit codes follow compilers: 0 all good, 1 the content has errors (or warnings
with ``--strict``), 2 the command itself was used wrongly.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.cliargs import (  # noqa: F401 - EXIT_* are part of the command's interface
    DEFAULT_FOLDER,
    EXIT_CONTENT,
    EXIT_OK,
    EXIT_USAGE,
    folder_argument,
)
from kiosk.content import Report, load_exhibition
from kiosk.content.problems import did_you_mean
from kiosk.content.schema import FILE_RECORDS
from kiosk.export_command import add_command as add_export
from kiosk.newcmd import add_command as add_new
from kiosk.reportcmd import add_command as add_report
from kiosk.servicecmd import add_command as add_service
from kiosk.settingscmd import add_command as add_settings
from kiosk.statscmd import add_command as add_stats


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kiosk`` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    result: int = args.handler(args)
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_run(commands)
    _add_preview(commands)
    _add_validate(commands)
    _add_schema(commands)
    _add_screenshot(commands)
    add_export(commands)
    add_report(commands)
    add_stats(commands)
    add_new(commands)
    add_service(commands)
    add_settings(commands)
    return parser


def _add_run(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = commands.add_parser(
        "run",
        help="show the exhibition on this screen",
        description=(
            "Show the exhibition, as installed: with the settings file (--settings, else "
            "$KIOSK_SETTINGS, else /etc/kiosk/settings.yaml if there is one), logs, the "
            "staff menu and visit statistics. Options given here override the file."
        ),
    )
    run.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=None,
        metavar="DIR",
        help="the exhibition folder (default: the settings' content, else content)",
    )
    run.add_argument("--settings", type=Path, metavar="FILE", help="the installation's settings")
    run.add_argument(
        "--fullscreen",
        action="store_true",
        default=None,
        help="kiosk mode: full screen, frameless, locked down",
    )
    run.add_argument("--size", type=_size, metavar="WxH", help="window size, e.g. 1920x1080")
    run.add_argument("--lang", metavar="CODE", help="the default language")
    run.add_argument(
        "--idle-seconds",
        type=_seconds,
        metavar="S",
        help="ask 'still there?' after S seconds without a touch (default: the exhibition's)",
    )
    run.add_argument(
        "--warning-seconds",
        type=_seconds,
        metavar="S",
        help="reset the session S seconds after asking (default: the exhibition's)",
    )
    run.set_defaults(handler=_run)


def _add_preview(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    preview = commands.add_parser(
        "preview",
        help="show the exhibition in a window that follows your edits",
        description=(
            "Show the exhibition in a window and keep it up to date as you edit its files. "
            "Valid changes appear on the same page within a second; problems appear in a "
            "banner, and the last good content stays on screen until they are fixed."
        ),
    )
    folder_argument(preview)
    preview.add_argument("--panel", metavar="ID", help="open this panel (its id, as in panels:)")
    preview.add_argument(
        "--page", type=_page_number, default=1, metavar="N", help="open this page (default: 1)"
    )
    preview.add_argument("--lang", metavar="CODE", help="start in this language")
    preview.add_argument("--size", type=_size, metavar="WxH", help="window size, e.g. 1920x1080")
    preview.add_argument(
        "--idle-seconds",
        type=_seconds,
        metavar="S",
        help="ask 'still there?' after S seconds without a touch (default: never, in a preview)",
    )
    preview.set_defaults(handler=_preview)


def _add_validate(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    validate = commands.add_parser("validate", help="check an exhibition's content files")
    folder_argument(validate)
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="report as lines of text (default) or as JSON",
    )
    validate.set_defaults(handler=_validate)


def _add_schema(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    schema = commands.add_parser("schema", help="print the content schema")
    schema.add_argument(
        "--file", choices=tuple(FILE_RECORDS), help="only the schema of this kind of file"
    )
    schema.add_argument(
        "--format",
        choices=("json", "markdown"),
        default="json",
        help="JSON Schema for editors (default) or the Markdown reference",
    )
    schema.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="write one NAME.schema.json per kind of file into DIR",
    )
    schema.add_argument(
        "--into",
        type=Path,
        metavar="FILE",
        help="with --format markdown: replace the reference part of FILE (docs/CONTENT.md)",
    )
    schema.set_defaults(handler=_schema)


def _add_screenshot(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    screenshot = commands.add_parser(
        "screenshot", help="save every screen as a PNG file, without a display"
    )
    folder_argument(screenshot)
    screenshot.add_argument(
        "--out", type=Path, required=True, metavar="FOLDER", help="write the PNG files here"
    )
    screenshot.add_argument(
        "--size",
        type=_size,
        default=(1920, 1080),
        metavar="WxH",
        help="window size (default: 1920x1080)",
    )
    screenshot.add_argument(
        "--lang",
        metavar="CODE",
        help="the language (default: the exhibition's); 'all': one subfolder per language",
    )
    screenshot.add_argument(
        "--only",
        type=_block_types,
        default=frozenset(),
        metavar="TYPES",
        help="only the pages with these block types, e.g. chart,timeline,map",
    )
    access = screenshot.add_argument_group("as a visitor who chose, on the accessibility card")
    access.add_argument(
        "--text-size",
        type=int,
        choices=(1, 2, 3),
        default=1,
        help="the text size step: 1 standard (default), 2 larger, 3 largest",
    )
    access.add_argument("--high-contrast", action="store_true", help="white text on black")
    access.add_argument(
        "--low-reach", action="store_true", help="everything in the lower half of the screen"
    )
    screenshot.set_defaults(handler=_screenshot)


def _block_types(text: str) -> frozenset[str]:
    from kiosk.screenshot import block_types

    known = block_types()
    types = frozenset(t.strip() for t in text.split(",") if t.strip())
    unknown = sorted(types - known)
    if unknown or not types:
        raise argparse.ArgumentTypeError(
            f"unknown block type '{', '.join(unknown)}' (use: {', '.join(sorted(known))})"
        )
    return types


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0):
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1920x1080, not {text!r}")
    return int(width), int(height)


def _page_number(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a page number such as 1 or 3, not {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < 86_400:
        raise argparse.ArgumentTypeError(f"expected a number of seconds such as 90, not {text!r}")
    return seconds


def _existing_folder(folder: Path, command: str) -> bool:
    if folder.is_dir():
        return True
    print(f"kiosk {command}: '{folder}' is not a folder", file=sys.stderr)
    return False


def _validate(args: argparse.Namespace) -> int:
    if not _existing_folder(args.folder, "validate"):
        return EXIT_USAGE
    report = load_exhibition(args.folder)
    failed = bool(report.errors) or (args.strict and bool(report.warnings))
    if args.format == "json":
        print(json.dumps(_report_json(report, failed), ensure_ascii=False, indent=2))
    else:
        for problem in report.problems:
            print(problem)
        strict = " (--strict: warnings count as errors)" if args.strict and report.warnings else ""
        print(f"{args.folder}: {report.summary()}{strict}")
    return EXIT_CONTENT if failed else EXIT_OK


def _report_json(report: Report, failed: bool) -> dict[str, object]:
    stats = report.stats
    return {
        "folder": str(report.folder),
        "ok": not failed,
        "problems": [p.as_dict() for p in report.problems],
        "summary": {
            "panels": stats.panels,
            "pages": stats.pages,
            "languages": list(stats.languages),
            "assets": stats.assets,
            "errors": len(report.errors),
            "warnings": len(report.warnings),
        },
    }


def _schema(args: argparse.Namespace) -> int:
    from kiosk.content.export import json_schema, markdown_reference, replace_reference

    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        for kind in FILE_RECORDS:
            text = json.dumps(json_schema(kind), ensure_ascii=False, indent=2) + "\n"
            (args.out / f"{kind}.schema.json").write_text(text, encoding="utf-8")
        return EXIT_OK
    if args.format == "markdown" and args.into is not None:
        document = args.into.read_text(encoding="utf-8") if args.into.is_file() else ""
        args.into.write_text(replace_reference(document), encoding="utf-8")
    elif args.format == "markdown":
        print(markdown_reference(), end="")
    else:
        print(json.dumps(json_schema(args.file), ensure_ascii=False, indent=2))
    return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    from kiosk.display import missing_display_message

    message = missing_display_message()
    if message is not None:
        print(message, file=sys.stderr)
        return EXIT_CONTENT
    if args.folder is not None and not _existing_folder(args.folder, "run"):
        return EXIT_USAGE
    from kiosk.installation import Overrides, installation_settings, run_installation

    settings = installation_settings(
        Overrides(
            settings=args.settings,
            folder=args.folder,
            fullscreen=args.fullscreen,
            lang=args.lang,
            idle_seconds=args.idle_seconds,
            warning_seconds=args.warning_seconds,
        )
    )
    if settings is None:
        return EXIT_CONTENT
    return run_installation(settings, args.size)


def _preview(args: argparse.Namespace) -> int:
    from kiosk.display import missing_display_message

    message = missing_display_message()
    if message is not None:
        print(message, file=sys.stderr)
        return EXIT_CONTENT
    if not _existing_folder(args.folder, "preview"):
        return EXIT_USAGE
    place = _preview_place(args)
    if isinstance(place, int):
        return place
    from kiosk.app import preview

    return preview(
        args.folder, size=args.size, lang=args.lang, place=place, idle_seconds=args.idle_seconds
    )


def _preview_place(args: argparse.Namespace) -> tuple[str, int] | int | None:
    """The panel and page index to open, or the exit code if they do not exist.

    They are checked against the content as it is now; content with errors cannot
    be checked, and the preview then opens them once the errors are fixed.
    """
    if args.panel is None:
        return None
    report = load_exhibition(args.folder)
    exhibition = report.exhibition
    if exhibition is None:
        return args.panel, args.page - 1
    panel = exhibition.panel(args.panel)
    if panel is None:
        ids = [p.id for p in exhibition.panels]
        hint = did_you_mean(args.panel, ids) or "the panels are: " + ", ".join(ids)
        print(f"kiosk preview: no panel '{args.panel}' ({hint})", file=sys.stderr)
        return EXIT_USAGE
    if args.page > len(panel.pages):
        pages = len(panel.pages)
        print(
            f"kiosk preview: panel '{args.panel}' has {pages} page{'s' * (pages != 1)}, "
            f"not {args.page}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return args.panel, args.page - 1


def _screenshot(args: argparse.Namespace) -> int:
    if not _existing_folder(args.folder, "screenshot"):
        return EXIT_USAGE
    from kiosk.screenshot import VisitorChoices, take_screenshots

    access = VisitorChoices(args.text_size - 1, args.high_contrast, args.low_reach)
    return take_screenshots(
        args.folder, args.out, size=args.size, lang=args.lang, only=args.only, access=access
    )


if __name__ == "__main__":
    sys.exit(main())
