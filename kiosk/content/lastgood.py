"""The last content that loaded without errors, kept on disk for the next start.

A kiosk that loses power while a curator's change is half saved, or restarts
after someone broke a file, must still open on the exhibition rather than on a
black screen. Every time the content loads cleanly, the loaded
:class:`Exhibition` is written to the kiosk's state folder; at the next start,
if the files have errors, that copy is shown instead (and the errors logged)
until the files are fixed.

The copy is a pickle of the frozen records the loader built: exact, fast (a few
milliseconds) and written only by the kiosk itself, into a folder only the
kiosk's user can write. It is tied to the kiosk version and the content folder,
and anything unreadable (another version, a truncated file) is ignored: it is a
fallback, never a source of truth.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kiosk import __version__
from kiosk.content.exhibition import Exhibition

log = logging.getLogger(__name__)

FILE_NAME = "last-good-content.pickle"


@dataclass(frozen=True)
class _Saved:
    version: str
    key: str
    value: object


def state_folder() -> Path:
    """Where the kiosk keeps what it needs between runs ($XDG_STATE_HOME/kiosk)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "kiosk"


def save_last_good(exhibition: Exhibition, folder: Path | None = None) -> bool:
    """Keep ``exhibition`` as the last good content; False (and a warning) if it cannot be."""
    key = str(exhibition.folder.resolve())
    return keep(FILE_NAME, key, exhibition, folder or state_folder())


def load_last_good(content: Path, folder: Path | None = None) -> Exhibition | None:
    """The last good content of the exhibition in ``content``, if one was kept by this version."""
    found = kept(FILE_NAME, str(content.resolve()), folder or state_folder())
    return found if isinstance(found, Exhibition) else None


def keep(name: str, key: str, value: object, folder: Path) -> bool:
    """Write ``value`` to ``folder/name``, for :func:`kept` with the same ``key``.

    Replaced by a rename, so a reader never sees half a file. There is no fsync: it
    runs on the GUI thread after each reload, and a copy lost to a power cut is
    only a fallback lost (an unreadable one is ignored).
    """
    target = folder / name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}-", dir=target.parent)
        with os.fdopen(handle, "wb") as file:
            pickle.dump(_Saved(__version__, key, value), file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)
    except OSError as error:
        log.warning("cannot keep a good copy in %s: %s", target.parent, error)
        return False
    return True


def kept(name: str, key: str, folder: Path) -> object | None:
    """What :func:`keep` wrote under ``key`` with this kiosk version, else None."""
    source = folder / name
    try:
        with source.open("rb") as file:
            saved = pickle.load(file)  # written by the kiosk itself: see above
    except FileNotFoundError:
        return None
    except Exception as error:  # any damage means: no fallback
        log.warning("the good copy kept in %s is unreadable: %s", source, error)
        return None
    if not isinstance(saved, _Saved) or saved.version != __version__ or saved.key != key:
        return None
    return saved.value
