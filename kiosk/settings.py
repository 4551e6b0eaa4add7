"""Installation settings: one YAML file per exhibition PC, checked like the content.

The file's keys are declared once, as records of the content engine, in
:mod:`kiosk.settingsschema`, so a settings file gets the same messages as an
exhibition file: ``/etc/kiosk/settings.yaml:3:1: warning: unknown key
'fulscreen' (did you mean 'fullscreen'?)``. :func:`load_settings` never raises
for a bad file: it returns every problem, and the settings only when there are
no errors. :class:`Settings` is the flat, resolved view the rest of the kiosk
uses. Pure Python: no Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.kinds import Context
from kiosk.content.problems import (
    Checked,
    ContentError,
    Location,
    Problem,
    ProblemLog,
    sorted_problems,
)
from kiosk.content.records import RecordKind
from kiosk.content.yamlfile import Mapping, Node, read_yaml_file
from kiosk.settingsfile import SettingsEditError, save_setting
from kiosk.settingsschema import (
    AnalyticsSettings,
    AttractOverride,
    IdleOverride,
    LogSettings,
    SettingsFile,
    settings_schema,
)

__all__ = [
    "SETTINGS_ENV",
    "SYSTEM_SETTINGS",
    "Settings",
    "SettingsEditError",
    "SettingsFile",
    "SettingsReport",
    "default_settings",
    "load_settings",
    "save_setting",
    "settings_path",
    "settings_schema",
]

SETTINGS_ENV = "KIOSK_SETTINGS"
"""The environment variable that names the settings file."""

SYSTEM_SETTINGS = Path("/etc/kiosk/settings.yaml")
"""The settings file used when none is named, if it exists."""

DEFAULT_CONTENT = Path("content")
MEGABYTE = 1024 * 1024


# --- the resolved settings --------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """The settings the kiosk runs with: flat, typed, every path absolute."""

    path: Path | None
    """The file they came from; ``None`` for the defaults."""
    content: Path
    fullscreen: bool
    screen: int | str | None
    """A screen index from 0, a screen name, or ``None`` for the primary screen."""
    language: str | None
    """``None``: the exhibition's default language."""
    idle_seconds: float | None
    warning_seconds: float | None
    slide_seconds: float | None
    """``None``: what the exhibition says."""
    pin_hash: str | None
    log_folder: Path
    log_max_bytes: int
    log_keep_files: int
    analytics: bool
    database: Path


@dataclass(frozen=True)
class SettingsReport(Checked):
    """A settings file read: the settings if they are usable, and every problem found."""

    settings: Settings | None
    problems: tuple[Problem, ...] = ()
    given: frozenset[str] = field(default_factory=frozenset)
    """The keys the file sets, as ``section.key`` (``idle.timeout_seconds``)."""


def settings_path(explicit: Path | None) -> Path | None:
    """The settings file to use: ``explicit``, else $KIOSK_SETTINGS, else the system's if any."""
    if explicit is not None:
        return explicit
    named = os.environ.get(SETTINGS_ENV)
    if named:
        return Path(named)
    try:
        SYSTEM_SETTINGS.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:  # there, but not for us to read: load_settings says so
        pass
    return SYSTEM_SETTINGS


def default_settings() -> Settings:
    """The settings without a settings file."""
    return _resolve(SettingsFile(), None)


def load_settings(path: Path | None) -> SettingsReport:
    """Read and check a settings file (``None``: the defaults); never raises for a bad file."""
    if path is None:
        return SettingsReport(default_settings())
    log = ProblemLog()
    root = _read(path, log)
    record = (
        SettingsFile()
        if root is None
        else RecordKind(SettingsFile).convert(root, Context(path, log))
    )
    problems = tuple(sorted_problems(log))
    if log.errors or not isinstance(record, SettingsFile):
        return SettingsReport(None, problems, _given(root))
    return SettingsReport(_resolve(record, path), problems, _given(root))


def _read(path: Path, log: ProblemLog) -> Node | None:
    try:
        parsed = read_yaml_file(path)
    except ContentError as exc:
        if isinstance(exc.__cause__, FileNotFoundError):
            hint = f"check the path; `kiosk set-pin --settings {path}` creates one"
            log.error(Location(path), "the settings file does not exist", hint)
        elif isinstance(exc.__cause__, IsADirectoryError):
            log.error(Location(path), "this is a folder, not a settings file", "name the file")
        else:
            log.add(exc.problem)
        return None
    for problem in parsed.problems:
        log.add(problem)
    return parsed.root


def _given(root: Node | None) -> frozenset[str]:
    if not isinstance(root, Mapping):
        return frozenset()
    keys: set[str] = set()
    for name, (_, value) in root.entries.items():
        inner = value.entries if isinstance(value, Mapping) else {}
        keys.update([name] if not inner else (f"{name}.{key}" for key in inner))
    return frozenset(keys)


def _resolve(file: SettingsFile, path: Path | None) -> Settings:
    """The flat settings, with relative paths starting at the file's folder."""
    base = path.absolute().parent if path is not None else Path.cwd()
    idle, attract = file.idle or IdleOverride(), file.attract or AttractOverride()
    logs, analytics = file.logs or LogSettings(), file.analytics or AnalyticsSettings()
    state = _state_home() / "kiosk"
    return Settings(
        path=path.absolute() if path is not None else None,
        content=_absolute(base, file.content or DEFAULT_CONTENT),
        fullscreen=file.fullscreen,
        screen=file.screen,
        language=file.language,
        idle_seconds=_seconds(idle.timeout_seconds),
        warning_seconds=_seconds(idle.warning_seconds),
        slide_seconds=_seconds(attract.slide_seconds),
        pin_hash=file.staff.pin_hash if file.staff is not None else None,
        log_folder=_absolute(base, logs.folder or state / "logs"),
        log_max_bytes=logs.max_megabytes * MEGABYTE,
        log_keep_files=logs.keep_files,
        analytics=analytics.enabled,
        database=_absolute(base, analytics.database or state / "visits.sqlite3"),
    )


def _seconds(value: int | None) -> float | None:
    return None if value is None else float(value)


def _absolute(base: Path, path: str | Path) -> Path:
    return Path(os.path.normpath(base / path))


def _state_home() -> Path:
    """$XDG_STATE_HOME, or ~/.local/state (the variable counts only if it is absolute)."""
    named = os.environ.get("XDG_STATE_HOME", "")
    if named and Path(named).is_absolute():
        return Path(named)
    try:
        return Path.home() / ".local" / "state"
    except RuntimeError:  # no home folder at all: a service user without one
        return Path("/var/lib/kiosk")
