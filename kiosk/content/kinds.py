"""The kinds of value a content field can hold, and how each one is checked.

A kind turns a YAML node into a clean Python value, logging a precise problem
when it cannot, and describes itself twice more: as JSON Schema (for editors)
and as a short phrase (for the curator docs). Schema fields name their kind in
their type annotation, so each field is declared exactly once.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from kiosk.content.problems import Location, ProblemLog, did_you_mean
from kiosk.content.yamlfile import Node, Scalar, Sequence


class _Invalid:
    """The result of converting a node that had an error (already logged)."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Final = _Invalid()


@dataclass(frozen=True)
class PendingRef:
    """A reference to an id (a source, a glossary term, a panel) checked once all is read."""

    target: str
    id: str
    location: Location


@dataclass
class Context:
    """What conversion needs to know about the exhibition, and what it collects."""

    path: Path
    log: ProblemLog
    languages: tuple[str, ...] = ()
    resolve_asset: Callable[[str, Location], str | None] | None = None
    refs: list[PendingRef] = field(default_factory=list)
    translated: dict[str, int] = field(default_factory=dict)
    untranslated: dict[str, list[Location]] = field(default_factory=dict)

    def at(self, node: Node) -> Location:
        return Location(self.path, node.line, node.column)


class Kind:
    """Base of all kinds: converts a node, and describes itself for schema and docs."""

    def convert(self, node: Node, ctx: Context) -> Any:
        raise NotImplementedError

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError


def found(node: Node) -> str:
    """How a node looks to a curator: 'a list', 'a mapping', 'the number 3', ..."""
    if isinstance(node, Scalar):
        return _scalar_found(node)
    return "a list" if isinstance(node, Sequence) else "a mapping"


def _scalar_found(node: Scalar) -> str:
    value = node.value
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{node.text}', which YAML reads as yes/no"
    if isinstance(value, int | float):
        return f"the number {node.text}"
    if isinstance(value, datetime.date):
        return f"the date {node.text}"
    return f"the text {node.text!r}"


def mismatch(node: Node, ctx: Context, expected: str) -> _Invalid:
    """Log 'expected X, found Y' with a hint for the usual YAML surprises."""
    hint = None
    if isinstance(node, Scalar) and node.value is None:
        hint = "the value is missing after the ':'"
    elif isinstance(node, Scalar) and expected.endswith("text") and node.plain:
        hint = f'put it in quotes: "{node.text}"'
    elif isinstance(node, Scalar) and "number" in expected and isinstance(node.value, str):
        hint = _digits_hint(node.value)
    ctx.log.error(ctx.at(node), f"expected {expected}, found {found(node)}", hint)
    return INVALID


def _digits_hint(text: str) -> str:
    """'767 000' or '767,000' -> 'write it without spaces or separators: 767000'."""
    digits = re.sub(r"[\s,_'\u00a0\u202f]", "", text)
    if digits.replace(".", "", 1).isdigit():
        return f"write it without spaces or separators: {digits}"
    return "write it in digits, without spaces or separators, e.g. 20000"


@dataclass(frozen=True)
class StrKind(Kind):
    """Plain text, optionally matching a pattern (ids, colours)."""

    what: str = "text"
    pattern: str | None = None
    hint: str | None = None
    example: str | None = None

    def convert(self, node: Node, ctx: Context) -> Any:
        if not isinstance(node, Scalar) or not isinstance(node.value, str):
            return mismatch(node, ctx, self.what if self.pattern is None else "text")
        if self.pattern is not None and not re.fullmatch(self.pattern, node.value):
            ctx.log.error(ctx.at(node), f"{node.value!r} is not {self.what}", self.hint)
            return INVALID
        return node.value

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string"}
        if self.pattern is not None:
            schema["pattern"] = f"^(?:{self.pattern})$"
        return schema

    def describe(self) -> str:
        return self.what + (f" (e.g. `{self.example}`)" if self.example else "")


ID_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
IdKind = StrKind(
    "an id", ID_PATTERN, "ids use lower-case letters, digits and dashes", "butovo-1937"
)
ColourKind = StrKind("a colour", r"#[0-9a-fA-F]{6}", "write colours as #RRGGBB", "#8a3b2e")
LanguageKind = StrKind(
    "a language code",
    r"[a-z]{2,3}(?:-[A-Z]{2})?",
    "use a two-letter code such as 'en' or 'ru'",
    "ru",
)


@dataclass(frozen=True)
class NumberKind(Kind):
    """A whole number or a decimal, within optional bounds."""

    integer: bool = False
    minimum: float | None = None
    maximum: float | None = None

    def convert(self, node: Node, ctx: Context) -> Any:
        value = node.value if isinstance(node, Scalar) else None
        ok = isinstance(value, int) if self.integer else isinstance(value, int | float)
        if isinstance(value, bool) or not ok or not isinstance(node, Scalar):
            return mismatch(node, ctx, "a whole number" if self.integer else "a number")
        assert isinstance(value, int | float)
        if not math.isfinite(value):
            ctx.log.error(
                ctx.at(node), f"{node.text} is not a usable number", "write the number in digits"
            )
            return INVALID
        if (self.minimum is not None and value < self.minimum) or (
            self.maximum is not None and value > self.maximum
        ):
            ctx.log.error(ctx.at(node), f"{node.text} is out of range", self._range())
            return INVALID
        return value

    def _range(self) -> str:
        low = "" if self.minimum is None else f"{self.minimum:g}"
        high = "" if self.maximum is None else f"{self.maximum:g}"
        if low and high:
            return f"use a value from {low} to {high}"
        return f"use a value of at least {low}" if low else f"use a value of at most {high}"

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "integer" if self.integer else "number"}
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        return schema

    def describe(self) -> str:
        base = "a whole number" if self.integer else "a number"
        return (
            f"{base} ({self._range()[4:]})"
            if (self.minimum, self.maximum) != (None, None)
            else base
        )


@dataclass(frozen=True)
class BoolKind(Kind):
    """``true`` or ``false``."""

    def convert(self, node: Node, ctx: Context) -> Any:
        if isinstance(node, Scalar) and isinstance(node.value, bool):
            return node.value
        return mismatch(node, ctx, "true or false")

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "boolean"}

    def describe(self) -> str:
        return "`true` or `false`"


DATE_PATTERN = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"


@dataclass(frozen=True)
class DateKind(Kind):
    """A calendar date: a year, a year and month, or a full date."""

    def convert(self, node: Node, ctx: Context) -> Any:
        value = node.value if isinstance(node, Scalar) else None
        if isinstance(value, datetime.date):
            return value.isoformat()[:10]
        if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
            return str(value)
        if isinstance(value, str) and re.fullmatch(DATE_PATTERN, value) and _real_date(value):
            return value
        if isinstance(value, str):
            ctx.log.error(
                ctx.at(node),
                f"{value!r} is not a date",
                "write dates as 1937, 1937-08 or 1937-08-05",
            )
            return INVALID
        return mismatch(node, ctx, "a date")

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": ["string", "integer"], "pattern": f"^{DATE_PATTERN}$"}

    def describe(self) -> str:
        return "a date: `1937`, `1937-08` or `1937-08-05`"


def _real_date(text: str) -> bool:
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class EnumKind(Kind):
    """One word out of a fixed set."""

    choices: tuple[str, ...]

    def convert(self, node: Node, ctx: Context) -> Any:
        if not isinstance(node, Scalar) or not isinstance(node.value, str):
            return mismatch(node, ctx, f"one of {self._listed()}")
        if node.value not in self.choices:
            hint = did_you_mean(node.value, self.choices) or f"use one of {self._listed()}"
            ctx.log.error(ctx.at(node), f"unknown value {node.value!r}", hint)
            return INVALID
        return node.value

    def _listed(self) -> str:
        return ", ".join(f"'{c}'" for c in self.choices)

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        if len(self.choices) == 1:
            return {"const": self.choices[0]}
        return {"enum": list(self.choices)}

    def describe(self) -> str:
        return " or ".join(f"`{c}`" for c in self.choices)


@dataclass(frozen=True)
class RefKind(Kind):
    """The id of something defined elsewhere: a source, a glossary term, a panel."""

    target: str

    def convert(self, node: Node, ctx: Context) -> Any:
        value = IdKind.convert(node, ctx)
        if value is not INVALID:
            ctx.refs.append(PendingRef(self.target, value, ctx.at(node)))
        return value

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return IdKind.json_schema(defs)

    def describe(self) -> str:
        return f"the id of a {self.target}"


@dataclass(frozen=True)
class AssetKind(Kind):
    """A file in the exhibition's asset folder, e.g. ``photos/butovo.jpg``."""

    media: str
    extensions: tuple[str, ...]

    def convert(self, node: Node, ctx: Context) -> Any:
        value = StrKind("a file path").convert(node, ctx)
        if value is INVALID:
            return value
        if not value.lower().endswith(self.extensions):
            ctx.log.error(
                ctx.at(node),
                f"{value!r} is not a supported {self.media} file",
                f"use a {', '.join(self.extensions)} file",
            )
            return INVALID
        if ctx.resolve_asset is not None and ctx.resolve_asset(value, ctx.at(node)) is None:
            return INVALID
        return value

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^[^/\\].*$"}

    def describe(self) -> str:
        return f"an {self.media} file in the asset folder ({', '.join(self.extensions)})"


@dataclass(frozen=True)
class Range:
    """Annotation marker: bounds for a number field."""

    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class MinItems:
    """Annotation marker: the least number of items a list field needs."""

    count: int
