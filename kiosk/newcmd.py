"""``kiosk new panel ID [DIR]``: start a new panel, and list it in the manifest.

The file's text comes from :mod:`kiosk.content.scaffold`; this module is the
command's arguments, its checks and what it tells the curator. Exit codes are
those of ``kiosk validate``: 2 for a command used wrongly (a bad id, a panel that
exists), 1 for an exhibition whose manifest cannot be read.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from kiosk.cliargs import EXIT_CONTENT, EXIT_OK, EXIT_USAGE, folder_argument
from kiosk.content import load_exhibition
from kiosk.content.exhibition import MANIFEST_FILE, PANELS_FOLDER
from kiosk.content.kinds import ID_PATTERN, IdKind
from kiosk.content.scaffold import ManifestEdit, add_to_manifest, panel_yaml
from kiosk.content.text import PLACEHOLDER


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``kiosk new`` (with ``kiosk new panel``) to the ``kiosk`` command's subcommands."""
    new = commands.add_parser("new", help="start a new panel from a commented template")
    kinds = new.add_subparsers(dest="new_kind", metavar="WHAT", required=True)
    panel = kinds.add_parser(
        "panel",
        help="write panels/ID.yaml and add ID to the panels in exhibition.yaml",
        description=(
            "Write panels/ID.yaml with one page and one text block, in every language of the "
            "exhibition, each key explained in a comment; then add ID at the end of the "
            "panels: list in exhibition.yaml, keeping your comments and layout. Texts start "
            f"with '{PLACEHOLDER}' until you write them: 'kiosk validate --strict' fails "
            "until then."
        ),
    )
    panel.add_argument(
        "panel_id", metavar="ID", help="the panel's id: lower-case letters, digits and dashes"
    )
    folder_argument(panel)
    panel.set_defaults(handler=new_panel)


def new_panel(args: argparse.Namespace) -> int:
    """Write the panel's file and list it; return the exit code."""

    folder: Path = args.folder
    panel_id: str = args.panel_id
    path = folder / PANELS_FOLDER / f"{panel_id}.yaml"
    refusal = _refusal(folder, panel_id, path)
    if refusal is not None:
        print(f"kiosk new panel: {refusal}", file=sys.stderr)
        return EXIT_USAGE
    languages = load_exhibition(folder).stats.languages
    manifest = folder / MANIFEST_FILE
    if not languages:
        print(
            f"kiosk new panel: cannot read the languages from {manifest}; "
            f"'kiosk validate {folder}' says why",
            file=sys.stderr,
        )
        return EXIT_CONTENT
    text = manifest.read_bytes().decode("utf-8")  # as it is: line endings, a BOM
    path.parent.mkdir(exist_ok=True)
    _write(path, panel_yaml(panel_id, languages, text))
    print(f"Created {path}: one page with one text block, in {', '.join(languages)}.")
    edit = add_to_manifest(text, panel_id, manifest)
    if edit.text is not None:
        _write(manifest, edit.text)
    print(_manifest_news(edit, manifest, panel_id))
    print(_next_steps(folder, path, panel_id))
    return EXIT_OK


def _refusal(folder: Path, panel_id: str, path: Path) -> str | None:
    """Why the panel cannot be made, if it cannot."""
    if not re.fullmatch(ID_PATTERN, panel_id):
        return f"'{panel_id}' is not a panel id ({IdKind.hint}, e.g. '{IdKind.example}')"
    if not folder.is_dir():
        return f"'{folder}' is not a folder"
    if path.exists():
        return f"{path} already exists; choose another id, or edit that file"
    return None


def _manifest_news(edit: ManifestEdit, manifest: Path, panel_id: str) -> str:
    if edit.already:
        return f"'{panel_id}' is listed already in {manifest}:{edit.line}."
    if edit.text is not None:
        return f"Added '{panel_id}' to the panels in {manifest}:{edit.line}."
    where = f"{manifest}:{edit.line}" if edit.line else str(manifest)
    news = f"\n{where}: not changed: {edit.reason}.\nSo that visitors see the panel, {edit.todo}"
    return news + (f":\n\n{edit.entry}" if edit.entry else ".")


def _next_steps(folder: Path, path: Path, panel_id: str) -> str:
    return (
        "\nNext:\n"
        f"  1. Write the panel in {path}: replace each text starting with {PLACEHOLDER}\n"
        f"  2. Look at it:   kiosk preview {folder} --panel {panel_id}\n"
        f"  3. Check it:     kiosk validate {folder} --strict"
    )


def _write(path: Path, text: str) -> None:
    """Write ``text`` whole or not at all, so a running kiosk never reads half a file."""
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as handle:
        handle.write(text)
    if path.exists():
        shutil.copymode(path, handle.name)
    os.replace(handle.name, path)
