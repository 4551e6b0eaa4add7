"""``kiosk set-pin`` and ``kiosk settings``: the staff's commands for the settings file.

``kiosk set-pin`` writes the staff PIN's hash, and only that line, into the
settings file (:func:`kiosk.settings.save_setting`); the PIN itself is never
printed, logged or stored. ``kiosk settings`` checks a settings file the way
``kiosk validate`` checks content, then shows the settings the kiosk would run
with. Exit codes are those of ``kiosk validate``: 1 for a file that cannot be
used, 2 for a command used wrongly (or a PIN refused).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from kiosk.cliargs import EXIT_CONTENT, EXIT_OK, EXIT_USAGE
from kiosk.pin import PinError, check_pin_format, hash_pin
from kiosk.settings import (
    MEGABYTE,
    SETTINGS_ENV,
    SYSTEM_SETTINGS,
    Settings,
    SettingsReport,
    load_settings,
    save_setting,
    settings_path,
)
from kiosk.settingsfile import SettingsEditError, check_editable

PIN_KEYS = ("staff", "pin_hash")


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``kiosk set-pin`` and ``kiosk settings`` to the ``kiosk`` command's subcommands."""
    set_pin = commands.add_parser(
        "set-pin",
        help="set the staff PIN in the settings file",
        description=(
            "Ask for the staff PIN (4 to 8 digits) twice, without showing it, and write its "
            "salted hash as staff.pin_hash in the settings file; every other line of the file "
            "stays as it is. The PIN itself is stored nowhere."
        ),
    )
    set_pin.add_argument(
        "--settings",
        type=Path,
        metavar="FILE",
        help=f"the settings file (default: ${SETTINGS_ENV}, else {SYSTEM_SETTINGS} if it exists)",
    )
    set_pin.add_argument(
        "--stdin",
        action="store_true",
        help="read the PIN, once, from the first line of standard input (for scripts)",
    )
    set_pin.set_defaults(handler=run_set_pin)
    settings = commands.add_parser(
        "settings",
        help="check a settings file and show the settings the kiosk runs with",
    )
    settings.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help=f"the settings file (default: ${SETTINGS_ENV}, else {SYSTEM_SETTINGS} if it exists)",
    )
    settings.add_argument("--strict", action="store_true", help="treat warnings as errors")
    settings.set_defaults(handler=run_settings)


# --- kiosk set-pin ---------------------------------------------------------------------


class _RefusedError(Exception):
    """The PIN was not set; the message says why."""


def run_set_pin(args: argparse.Namespace) -> int:
    """Ask for the PIN and write its hash; return the exit code."""

    path = settings_path(args.settings)
    if path is None:
        return _fail(
            f"no settings file: pass --settings FILE (usually {SYSTEM_SETTINGS})", EXIT_USAGE
        )
    try:
        check_editable(path, PIN_KEYS)
    except (SettingsEditError, OSError) as exc:
        return _fail(_why(exc, path), EXIT_CONTENT)
    try:
        pin = _read_pin(args.stdin)
    except _RefusedError as exc:
        return _fail(f"{exc}; nothing was changed", EXIT_USAGE)
    try:
        save_setting(path, PIN_KEYS, hash_pin(pin))
    except (SettingsEditError, OSError) as exc:
        return _fail(_why(exc, path), EXIT_CONTENT)
    print(f"The staff PIN is set: its hash is in {path} (staff.pin_hash).")
    _mention_problems(load_settings(path), path)
    return EXIT_OK


def _read_pin(from_stdin: bool) -> str:
    """The new PIN, checked; raises :class:`_RefusedError` (never with the PIN in its message)."""
    try:
        if from_stdin:
            pin = sys.stdin.readline().strip()
            if not pin:
                raise _RefusedError("no PIN on standard input")
            _check(pin)
            return pin
        pin = getpass.getpass("New staff PIN (4 to 8 digits): ")
        _check(pin)
        if getpass.getpass("The same PIN again: ") != pin:
            raise _RefusedError("the two PINs are not the same")
        return pin
    except (EOFError, KeyboardInterrupt):
        raise _RefusedError("cancelled") from None


def _check(pin: str) -> None:
    try:
        check_pin_format(pin)
    except PinError as exc:
        raise _RefusedError(str(exc)) from None


def _why(exc: Exception, path: Path) -> str:
    if isinstance(exc, PermissionError):
        return f"cannot write {exc.filename or path}: permission denied (run it with sudo?)"
    if isinstance(exc, OSError):
        return f"cannot use {exc.filename or path}: {exc.strerror or exc}"
    return f"{exc}; nothing was changed"


def _mention_problems(report: SettingsReport, path: Path) -> None:
    if not report.problems:
        return
    for problem in report.problems:
        print(problem, file=sys.stderr)
    news = ": the kiosk cannot use it until they are fixed" if report.errors else ""
    print(f"Note: {path} has {_counts(report)} besides the PIN{news}.", file=sys.stderr)


def _fail(message: str, code: int) -> int:
    print(f"kiosk set-pin: {message}", file=sys.stderr)
    return code


# --- kiosk settings --------------------------------------------------------------------


def run_settings(args: argparse.Namespace) -> int:
    """Check the settings file and print the effective settings; return the exit code."""

    path = settings_path(args.file)
    report = load_settings(path)
    for problem in report.problems:
        print(problem)
    if path is None:
        print(
            f"No settings file (none given, no ${SETTINGS_ENV}, no {SYSTEM_SETTINGS}): "
            "the defaults apply."
        )
    else:
        strict = " (--strict: warnings count as errors)" if args.strict and report.warnings else ""
        print(f"{path}: {_counts(report)}{strict}")
    if report.settings is None:
        return EXIT_CONTENT
    print()
    print(effective_text(report.settings, report.given), end="")
    return EXIT_CONTENT if args.strict and report.warnings else EXIT_OK


def effective_text(settings: Settings, given: frozenset[str] = frozenset()) -> str:
    """The settings as staff read them, one key of the file a line; the PIN only as set or not."""
    rows = [(key, value, key in given) for key, value in _shown(settings)]
    width = max(len(key) for key, _, _ in rows)
    lines = ["The kiosk runs with" + (" (* = from the settings file):" if given else ":")]
    lines += [f"{'*' if mine else ' '} {key:<{width}}  {value}" for key, value, mine in rows]
    return "\n".join(lines) + "\n"


def _shown(s: Settings) -> list[tuple[str, str]]:
    exhibitions = "the exhibition's"
    return [
        ("content", _folder(s.content)),
        ("fullscreen", _yes_no(s.fullscreen)),
        ("screen", "the primary screen" if s.screen is None else str(s.screen)),
        ("language", s.language or f"{exhibitions} default"),
        ("idle.timeout_seconds", _seconds(s.idle_seconds) or exhibitions),
        ("idle.warning_seconds", _seconds(s.warning_seconds) or exhibitions),
        ("attract.slide_seconds", _seconds(s.slide_seconds) or exhibitions),
        ("staff.pin_hash", "set" if s.pin_hash else "not set"),
        ("logs.folder", str(s.log_folder)),
        ("logs.max_megabytes", f"{s.log_max_bytes // MEGABYTE}"),
        ("logs.keep_files", str(s.log_keep_files)),
        ("analytics.enabled", _yes_no(s.analytics)),
        ("analytics.database", str(s.database)),
    ]


def _folder(path: Path) -> str:
    return str(path) if path.is_dir() else f"{path}  (no such folder)"


def _yes_no(value: bool) -> str:
    return "true" if value else "false"


def _seconds(value: float | None) -> str | None:
    return None if value is None else f"{value:g} s"


def _counts(report: SettingsReport) -> str:
    errors, warnings = len(report.errors), len(report.warnings)
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
