"""Asset paths: resolved only inside the exhibition's asset folder.

Content names images and recordings by paths relative to the asset folder. A
path that is absolute, climbs out with ``..``, or is a link to a file outside the
folder is refused, so content can never make the kiosk read arbitrary files.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from kiosk.content.problems import did_you_mean

AUDIO_EXTENSIONS = (".mp3", ".ogg", ".opus", ".m4a", ".wav", ".flac")
"""Recordings the kiosk plays (Qt Multimedia with FFmpeg decodes each of them)."""

_EXAMPLES = {"image": "photos/butovo.jpg", "audio file": "narration/butovo-en.mp3"}
"""A path of each kind of file, for hints."""

_SIGNATURES = {
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".webp": (b"RIFF",),
    ".svg": (b"<", b"\xef\xbb\xbf<"),
}


class AssetError(Exception):
    """An asset path that cannot be used; ``hint`` says how to fix it."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class AssetFolder:
    """The folder an exhibition's images live in."""

    root: Path
    label: str
    """How curators know the folder, e.g. ``assets/`` — used in messages."""

    def resolve(self, relative: str) -> Path:
        """The real file behind ``relative``, or :class:`AssetError` saying why not."""
        parts = _checked_parts(relative, self.label, _noun(relative))
        candidate = self.root.joinpath(*parts)
        real = Path(os.path.realpath(candidate))
        if not real.is_relative_to(self.real_root):
            raise AssetError(
                f"'{relative}' is a link to a file outside {self.label}",
                f"copy the file into {self.label} instead of linking to it",
            )
        if not real.is_file():
            raise AssetError(
                f"{_noun(relative)} '{relative}' not found in {self.label}",
                did_you_mean(relative, self.files())
                or f"put the file in {self.label} or correct the path",
            )
        _check_signature(real, relative)
        return real

    @functools.cached_property
    def real_root(self) -> Path:
        return Path(os.path.realpath(self.root))

    def files(self) -> list[str]:
        """Every file in the folder, as content would name it (for hints)."""
        if not self.root.is_dir():
            return []
        return sorted(
            p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if p.is_file()
        )


def _noun(relative: str) -> str:
    """What content names by ``relative``: an image, or a recording by its extension."""
    return "audio file" if relative.lower().endswith(AUDIO_EXTENSIONS) else "image"


def _checked_parts(relative: str, label: str, noun: str = "image") -> tuple[str, ...]:
    example = _EXAMPLES[noun]
    if not relative.strip():
        raise AssetError(
            f"the {noun} path is empty",
            f"give the file's path inside {label}, e.g. '{example}'",
        )
    if (
        PurePosixPath(relative).is_absolute()
        or PureWindowsPath(relative).is_absolute()
        or (PureWindowsPath(relative).drive)
    ):
        raise AssetError(
            f"'{relative}' is an absolute path",
            f"give the path inside {label}, e.g. '{example}'",
        )
    parts = tuple(PureWindowsPath(relative).parts)
    if ".." in parts:
        raise AssetError(
            f"'{relative}' points outside {label}",
            f"keep {noun}s inside {label} and give the path from there",
        )
    if "\\" in relative:
        raise AssetError(
            f"'{relative}' is not a usable path",
            f"use '/' between folders, not '\\': '{example}'",
        )
    return parts


def _check_signature(path: Path, relative: str) -> None:
    """Catch files whose contents do not match their name (a renamed .bmp, a stub)."""
    signatures = _SIGNATURES.get(path.suffix.lower())
    if not signatures:
        return
    with path.open("rb") as handle:
        head = handle.read(16)
    if path.suffix.lower() == ".svg":
        head = head.lstrip()
    if not head.startswith(signatures) or (path.suffix.lower() == ".webp" and b"WEBP" not in head):
        raise AssetError(
            f"'{relative}' is not a {path.suffix[1:].upper()} image",
            "the file's contents do not match its name; export it again",
        )
