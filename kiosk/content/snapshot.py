"""What an exhibition's files look like on disk now, to notice that they changed.

A fingerprint lists every file under the watched folders with its size and
modification time. Two equal fingerprints taken a moment apart mean nobody is
writing; a fingerprint taken before and after a load that still match mean the
load read one consistent set of files, never half of an edit. Editors' own
scratch files (``.file.swp``, ``file~``, ``#file#``, vim's ``4913``) are left out,
so opening a file in an editor does not count as a change.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

Fingerprint = frozenset[tuple[str, int, int]]
"""``(path, size, mtime in ns)`` of every file; folders count through their files."""


def fingerprint(folders: Iterable[Path]) -> Fingerprint:
    """The files under ``folders`` now (missing folders simply contribute nothing)."""
    entries = set()
    for path in _files(folders):
        try:
            status = path.stat()
        except OSError:  # removed between listing and reading: it is simply gone
            continue
        entries.add((str(path), status.st_size, status.st_mtime_ns))
    return frozenset(entries)


def watched_folders(folders: Iterable[Path]) -> list[Path]:
    """Every folder under ``folders``, themselves included: a watcher needs each one."""
    found: list[Path] = []
    for folder in dict.fromkeys(folders):
        if folder.is_dir():
            found.append(folder)
            found.extend(Path(top) / name for top, names, _ in _walk(folder) for name in names)
    return found


def is_scratch_file(name: str) -> bool:
    """An editor's backup, swap or test file rather than content."""
    return (
        name.startswith((".", "#", "~"))
        or name.endswith(("~", ".swp", ".swx", ".tmp", ".part"))
        or name == "4913"
    )


def _files(folders: Iterable[Path]) -> Iterator[Path]:
    for folder in dict.fromkeys(folders):
        for top, _, names in _walk(folder):
            yield from (Path(top) / name for name in names if not is_scratch_file(name))


def _walk(folder: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    """``os.walk`` without hidden folders (``.git``), and silent about unreadable ones."""
    for top, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        yield top, folders, names
