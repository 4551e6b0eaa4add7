"""``kiosk install-service``: write the systemd user unit that keeps the kiosk running.

The unit's text is :mod:`kiosk.service`; this module finds the paths of this PC
(the ``kiosk`` program that is running, the settings file), writes the unit to
the user's systemd folder or prints it, and tells staff what to type next.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from kiosk.service import DEFAULT_SETTINGS, UNIT_NAME, kiosk_unit

NEXT_STEPS = """\
Next, as this same user (not with sudo):
  systemctl --user daemon-reload          # make systemd read the new file
  systemctl --user enable --now kiosk     # start it now, and with every session
  systemctl --user status kiosk           # is it running?
  journalctl --user -u kiosk -f           # its log, as it is written (Ctrl-C to stop)
The kiosk starts with this user's desktop session: let the PC log this user in
automatically. If `systemctl --user is-active graphical-session.target` says
'inactive', the desktop does not tell systemd it has started: see
docs/INSTALL.md, "Starting at boot".
"""


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``kiosk install-service`` to the ``kiosk`` command's subcommands."""
    install = commands.add_parser(
        "install-service",
        help="start the kiosk with the desktop session, and restart it if it stops",
        description=(
            "Write a systemd user unit that starts 'kiosk run' when this user's desktop "
            "session starts, starts it again 2 seconds after it crashes or is closed, and "
            "restarts it when it freezes for 30 seconds (a watchdog). Run it as the user "
            "who is logged in to the kiosk's screen."
        ),
    )
    install.add_argument(
        "--settings",
        type=Path,
        default=DEFAULT_SETTINGS,
        metavar="FILE",
        help=f"the settings file 'kiosk run' reads (default: {DEFAULT_SETTINGS})",
    )
    install.add_argument(
        "--print", action="store_true", help="print the unit instead of writing it"
    )
    install.add_argument(
        "--user-dir",
        type=Path,
        metavar="DIR",
        help="write the unit into DIR (default: ~/.config/systemd/user)",
    )
    install.set_defaults(handler=install_service)


def install_service(args: argparse.Namespace) -> int:
    """Print or write the unit; return the exit code."""
    settings = Path(os.path.abspath(args.settings))
    text = kiosk_unit(kiosk_command(), settings)
    if args.print:
        print(text, end="")
        return 0
    if os.geteuid() == 0:
        print(
            "kiosk install-service: note: you are root; the unit is for the user who is "
            "logged in to the kiosk's screen: run this command as that user",
            file=sys.stderr,
        )
    if not settings.is_file():
        print(f"kiosk install-service: note: {settings} does not exist yet", file=sys.stderr)
    return _write(args.user_dir or user_unit_folder(), text)


def _write(folder: Path, text: str) -> int:
    path = folder.absolute() / UNIT_NAME
    try:
        unchanged = path.is_file() and path.read_text(encoding="utf-8") == text
        if not unchanged:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"kiosk install-service: cannot write {path}: {error}", file=sys.stderr)
        return 1
    print(f"{path}: {'unchanged' if unchanged else 'written'}")
    print(NEXT_STEPS, end="")
    return 0


def user_unit_folder() -> Path:
    """Where systemd looks for a user's own units: ``$XDG_CONFIG_HOME/systemd/user``."""
    named = os.environ.get("XDG_CONFIG_HOME", "")
    config = Path(named) if named and Path(named).is_absolute() else Path.home() / ".config"
    return config / "systemd" / "user"


def kiosk_command() -> list[str]:
    """The absolute command that starts this kiosk: its ``kiosk`` program if it has one.

    That is the program running now, else the one beside this Python (the same
    virtualenv), else the one on the PATH; failing all, ``python -m kiosk``.
    """
    running = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    beside = Path(sys.executable).parent / "kiosk"
    found = shutil.which("kiosk")
    for candidate in (running, beside, Path(found) if found else None):
        if candidate is not None and candidate.name == "kiosk" and candidate.is_file():
            return [str(candidate.resolve())]
    return [os.path.abspath(sys.executable), "-m", "kiosk"]
