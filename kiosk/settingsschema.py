"""The settings file's keys, declared once as records of the content engine.

Each key is a field whose annotation names its kind and whose ``spec(...)`` gives
its one-line description, as in :mod:`kiosk.content.schema`: validation, its
messages and the JSON Schema (:func:`settings_schema`) come from here. The idle
and attract overrides take their kinds from the content's own fields, so their
ranges are the exhibition's. Pure Python: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, ClassVar

from kiosk.content.kinds import INVALID, Context, Kind, LanguageKind, Range, mismatch
from kiosk.content.records import RecordKind, fields_by_name, spec
from kiosk.content.schema import AttractSettings, IdleSettings
from kiosk.content.yamlfile import Node, Scalar
from kiosk.pin import PinError, check_pin_hash

# --- kinds the content does not need --------------------------------------------------------


@dataclass(frozen=True)
class PathKind(Kind):
    """A file or folder path; ``~`` is the home folder, a relative path starts at the file."""

    what: str
    example: str

    def convert(self, node: Node, ctx: Context) -> Any:
        text = node.value if isinstance(node, Scalar) else None
        if not isinstance(text, str):
            return mismatch(node, ctx, self.what)
        if not text.strip():
            ctx.log.error(ctx.at(node), f"the {self.what[2:]} is empty", self._hint())
            return INVALID
        if "\0" in text:
            ctx.log.error(ctx.at(node), f"{text!r} is not {self.what}", self._hint())
            return INVALID
        try:
            return Path(text).expanduser()
        except RuntimeError:  # '~someone' with no such user, or no home at all
            ctx.log.error(ctx.at(node), f"cannot find the home folder in {text!r}", "write it out")
            return INVALID

    def _hint(self) -> str:
        return f"write a path such as {self.example}, or leave the key out for the default"

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "minLength": 1}

    def describe(self) -> str:
        return f"{self.what} (e.g. `{self.example}`)"


@dataclass(frozen=True)
class ScreenKind(Kind):
    """A screen: its number from 0, or its name as the system gives it."""

    def convert(self, node: Node, ctx: Context) -> Any:
        value = node.value if isinstance(node, Scalar) else None
        if isinstance(value, int) and not isinstance(value, bool):
            if value >= 0:
                return value
            ctx.log.error(ctx.at(node), f"{value} is not a screen", "screens count from 0")
            return INVALID
        if isinstance(value, str) and value.strip():
            return value
        return mismatch(node, ctx, self.describe())

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "minLength": 1}]}

    def describe(self) -> str:
        return "a screen number from 0, or a screen name such as HDMI-1"


@dataclass(frozen=True)
class PinHashKind(Kind):
    """A PIN hash written by ``kiosk set-pin``; never echoes what it finds (it may be a PIN)."""

    def convert(self, node: Node, ctx: Context) -> Any:
        value = node.value if isinstance(node, Scalar) else None
        if not isinstance(value, str) or value.strip().isdigit():
            ctx.log.error(ctx.at(node), "expected a PIN hash written by `kiosk set-pin`", _PIN_HINT)
            return INVALID
        try:
            check_pin_hash(value)
        except PinError as exc:
            message, again, _ = str(exc).partition(": set the PIN again")
            hint = "set the PIN again with `kiosk set-pin`" if again else None
            ctx.log.error(ctx.at(node), message, hint)
            return INVALID
        return value

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^scrypt\$"}

    def describe(self) -> str:
        return "a PIN hash written by `kiosk set-pin`"


_PIN_HINT = "never write the PIN itself here; `kiosk set-pin` writes its hash"


def _as_content(record: type, name: str) -> Kind:
    """The kind of a content field, so an override has exactly the content's range."""
    return fields_by_name(record)[name].kind


# --- the file, declared once ------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class IdleOverride:
    """When an unattended kiosk resets, instead of what the exhibition says."""

    record_name: ClassVar[str] = "Idle settings"
    timeout_seconds: Annotated[int, _as_content(IdleSettings, "timeout_seconds")] | None = spec(
        "Seconds without a touch before the kiosk asks 'still there?'.", default=None
    )
    warning_seconds: Annotated[int, _as_content(IdleSettings, "warning_seconds")] | None = spec(
        "Seconds the question stays up before the session resets.", default=None
    )


@dataclass(frozen=True, kw_only=True)
class AttractOverride:
    """The attract loop, instead of what the exhibition says."""

    record_name: ClassVar[str] = "Attract settings"
    slide_seconds: Annotated[int, _as_content(AttractSettings, "slide_seconds")] | None = spec(
        "How long each slide stays up, unless it says otherwise.", default=None
    )


@dataclass(frozen=True, kw_only=True)
class StaffSettings:
    """What lets staff into the staff menu."""

    record_name: ClassVar[str] = "Staff settings"
    pin_hash: Annotated[str, PinHashKind()] | None = spec(
        "The staff PIN's hash, written by `kiosk set-pin`; never the PIN itself.", default=None
    )


@dataclass(frozen=True, kw_only=True)
class LogSettings:
    """Where the kiosk writes its log, and how much of it it keeps."""

    record_name: ClassVar[str] = "Log settings"
    folder: Annotated[Path, PathKind("a folder path", "/var/log/kiosk")] | None = spec(
        "The folder for the log files.", default=None
    )
    max_megabytes: Annotated[int, Range(1, 1000)] = spec(
        "Megabytes a log file grows to before a new one is started.", default=10
    )
    keep_files: Annotated[int, Range(1, 100)] = spec(
        "How many older log files are kept.", default=10
    )


@dataclass(frozen=True, kw_only=True)
class AnalyticsSettings:
    """Anonymous visit statistics, stored on this PC only."""

    record_name: ClassVar[str] = "Analytics settings"
    enabled: bool = spec("Whether to count visits.", default=True)
    database: Annotated[Path, PathKind("a file path", "/var/lib/kiosk/visits.sqlite3")] | None = (
        spec("The file the statistics are stored in.", default=None)
    )


@dataclass(frozen=True, kw_only=True)
class SettingsFile:
    """The settings file of one exhibition PC: every key is optional."""

    record_name: ClassVar[str] = "Settings file"
    content: Annotated[Path, PathKind("a folder path", "/opt/kiosk/content")] | None = spec(
        "The exhibition folder.", default=None
    )
    fullscreen: bool = spec("Fill the whole screen, with no window frame.", default=False)
    screen: Annotated[int | str, ScreenKind()] | None = spec(
        "The screen to show the kiosk on.", default=None
    )
    language: Annotated[str, LanguageKind] | None = spec(
        "The language each session starts in.", default=None
    )
    idle: IdleOverride | None = spec("When the kiosk resets.", default=None)
    attract: AttractOverride | None = spec("The attract loop.", default=None)
    staff: StaffSettings | None = spec("The staff menu.", default=None)
    logs: LogSettings | None = spec("The log files.", default=None)
    analytics: AnalyticsSettings | None = spec("Visit statistics.", default=None)


def settings_schema() -> dict[str, Any]:
    """JSON Schema of the settings file, for editors."""
    defs: dict[str, Any] = {}
    root = RecordKind(SettingsFile).json_schema(defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **root, "$defs": defs}
