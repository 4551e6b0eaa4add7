"""What every ``kiosk`` subcommand shares: exit codes and the exhibition folder argument.

Its own module, so that each command's module (``reportcmd``, ``newcmd``, …) can
use them without importing :mod:`kiosk.cli`, which imports those modules.
"""

from __future__ import annotations

import argparse
from pathlib import Path

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2
"""As compilers: all good; the content (or settings) has errors; the command was misused."""
DEFAULT_FOLDER = Path("content")


def folder_argument(parser: argparse.ArgumentParser) -> None:
    """The optional exhibition folder, ``DIR``, defaulting to ``content``."""
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=DEFAULT_FOLDER,
        metavar="DIR",
        help=f"the exhibition folder (default: {DEFAULT_FOLDER})",
    )
