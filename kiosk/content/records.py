"""Kinds built from type annotations: records, lists, unions and id-keyed maps.

A schema record is a frozen dataclass whose fields are declared with
:func:`spec`: the annotation gives the kind, the ``doc`` gives the one-line
description that the JSON Schema and the curator reference are built from.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

from kiosk.content.kinds import (
    INVALID,
    BoolKind,
    Context,
    EnumKind,
    IdKind,
    Kind,
    LanguageKind,
    MinItems,
    NumberKind,
    Range,
    StrKind,
    mismatch,
)
from kiosk.content.problems import did_you_mean
from kiosk.content.text import Text, TextKind
from kiosk.content.yamlfile import Mapping, Node, Scalar, Sequence


def spec(doc: str, *, default: Any = dataclasses.MISSING, internal: bool = False) -> Any:
    """Declare a schema field: its one-line description and, if optional, its default.

    An ``internal`` field is set by the loader (a panel's id is its file name) and is
    not written in content files.
    """
    return dataclasses.field(default=default, metadata={"doc": doc, "internal": internal})


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record, as read from its declaration."""

    name: str
    kind: Kind
    doc: str
    required: bool
    default: Any


@functools.cache
def record_fields(cls: type) -> tuple[FieldSpec, ...]:
    """The fields a schema record declares, in order, with their kinds."""
    hints = typing.get_type_hints(cls, include_extras=True)
    return tuple(
        FieldSpec(
            f.name,
            kind_for(hints[f.name]),
            f.metadata["doc"],
            f.default is dataclasses.MISSING,
            f.default,
        )
        for f in dataclasses.fields(cls)
        if not f.metadata["internal"]
    )


@functools.cache
def fields_by_name(cls: type) -> dict[str, FieldSpec]:
    """The fields of a record by key, for looking up each key a file gives."""
    return {f.name: f for f in record_fields(cls)}


@functools.cache
def union_tags(options: tuple[type, ...]) -> dict[str, type]:
    """The records of a tagged union by the value of their ``type`` field."""
    return {get_args(typing.get_type_hints(c)["type"])[0]: c for c in options}


@functools.cache
def kind_for(annotation: Any) -> Kind:
    """The kind that checks values of a type annotation."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is typing.Annotated:
        return _annotated(args[0], args[1:])
    simple = _SIMPLE.get(annotation)
    if simple is not None:
        return simple
    if origin is tuple:
        return _tuple(args)
    if origin is Literal:
        return EnumKind(tuple(str(a) for a in args))
    if origin in (Union, types.UnionType):
        return _union(args)
    if origin is dict:
        return MapKind(kind_for(args[1]))
    if dataclasses.is_dataclass(annotation):
        return RecordKind(annotation)  # type: ignore[arg-type]
    raise TypeError(f"no content kind for {annotation!r}")


_SIMPLE: dict[Any, Kind] = {
    str: StrKind(),
    int: NumberKind(integer=True),
    float: NumberKind(),
    bool: BoolKind(),
    Text: TextKind(),
}


def _annotated(base: Any, extras: tuple[Any, ...]) -> Kind:
    for extra in extras:
        if isinstance(extra, Kind):
            return extra
    kind = kind_for(base)
    for extra in extras:
        if isinstance(extra, Range) and isinstance(kind, NumberKind):
            kind = dataclasses.replace(kind, minimum=extra.minimum, maximum=extra.maximum)
        elif isinstance(extra, MinItems) and isinstance(kind, ListKind):
            kind = dataclasses.replace(kind, min_items=extra.count)
    return kind


def _tuple(args: tuple[Any, ...]) -> Kind:
    if len(args) == 2 and args[1] is Ellipsis:
        return ListKind(kind_for(args[0]))
    return ListKind(kind_for(args[0]), min_items=len(args), max_items=len(args))


def _union(args: tuple[Any, ...]) -> Kind:
    options = tuple(a for a in args if a is not type(None))
    if len(options) < len(args):
        inner = kind_for(options[0] if len(options) == 1 else Union[options])  # noqa: UP007
        return OptionalKind(inner)
    if all(dataclasses.is_dataclass(a) for a in options):
        return TaggedUnionKind(options)
    return ShapeUnionKind(tuple(kind_for(a) for a in options))


@dataclass(frozen=True)
class ListKind(Kind):
    """A list of values of one kind."""

    item: Kind
    min_items: int = 0
    max_items: int | None = None

    def convert(self, node: Node, ctx: Context) -> Any:
        if not isinstance(node, Sequence):
            return mismatch(node, ctx, self.describe())
        items = [self.item.convert(child, ctx) for child in node.items]
        if not self.min_items <= len(items) <= (self.max_items or len(items)):
            ctx.log.error(ctx.at(node), f"expected {self._count()}, found {len(items)}")
            return INVALID
        return INVALID if any(i is INVALID for i in items) else tuple(items)

    def _count(self) -> str:
        if self.max_items == self.min_items:
            return f"exactly {self.min_items} items"
        return f"at least {self.min_items} item{'s' * (self.min_items != 1)}"

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self.item.json_schema(defs)}
        if self.min_items:
            schema["minItems"] = self.min_items
        if self.max_items is not None:
            schema["maxItems"] = self.max_items
        return schema

    def describe(self) -> str:
        if self.max_items == self.min_items:
            return f"a list of {self.min_items}: {self.item.describe()}"
        least = f" (at least {self.min_items})" if self.min_items else ""
        return f"a list{least} of: {self.item.describe()}"


@dataclass(frozen=True)
class OptionalKind(Kind):
    """A value that may also be left empty."""

    inner: Kind

    def convert(self, node: Node, ctx: Context) -> Any:
        if isinstance(node, Scalar) and node.value is None:
            return None
        return self.inner.convert(node, ctx)

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [self.inner.json_schema(defs), {"type": "null"}]}

    def describe(self) -> str:
        return self.inner.describe()


@dataclass(frozen=True)
class ShapeUnionKind(Kind):
    """One of several kinds, chosen by the value's shape (single value or list)."""

    options: tuple[Kind, ...]

    def convert(self, node: Node, ctx: Context) -> Any:
        wanted = ListKind if isinstance(node, Sequence) else (NumberKind, StrKind, BoolKind)
        for option in self.options:
            if isinstance(option, wanted):
                return option.convert(node, ctx)
        return mismatch(node, ctx, self.describe())

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [o.json_schema(defs) for o in self.options]}

    def describe(self) -> str:
        return " or ".join(o.describe() for o in self.options)


@dataclass(frozen=True)
class RecordKind(Kind):
    """A mapping with declared fields; unknown keys are warnings."""

    cls: type

    def convert(self, node: Node, ctx: Context) -> Any:
        if not isinstance(node, Mapping):
            return mismatch(node, ctx, f"a mapping ({_title(self.cls)})")
        fields = fields_by_name(self.cls)
        values, ok = {}, True
        for name, (key, value) in node.entries.items():
            spec_ = fields.get(name)
            if spec_ is None:
                ctx.log.warning(
                    ctx.at(key),
                    f"unknown key '{name}'",
                    did_you_mean(name, fields) or f"{_title(self.cls)} has: {', '.join(fields)}",
                )
                continue
            values[name] = _convert_field(spec_, value, ctx)
            ok = ok and values[name] is not INVALID
        for spec_ in fields.values():
            if spec_.required and spec_.name not in node.entries:
                ctx.log.error(
                    ctx.at(node),
                    f"missing required key '{spec_.name}'",
                    f"add '{spec_.name}:' with {_lower_first(spec_.doc)}",
                )
                ok = False
        return self._checked(self.cls(**values), node, ctx) if ok else INVALID

    @staticmethod
    def _checked(record: Any, node: Node, ctx: Context) -> Any:
        """Run the record's own cross-field ``check``, if it has one."""
        check = getattr(record, "check", None)
        if check is None:
            return record
        before = len(ctx.log.problems)
        check(
            lambda message, hint, *keys: ctx.log.error(ctx.at(_inside(node, keys)), message, hint)
        )
        return record if len(ctx.log.problems) == before else INVALID

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        name = self.cls.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = self._schema(defs)
        return {"$ref": f"#/$defs/{name}"}

    def _schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        fields = record_fields(self.cls)
        return {
            "type": "object",
            "title": _title(self.cls),
            "description": _doc(self.cls),
            "properties": {
                f.name: {**f.kind.json_schema(defs), "description": f.doc} for f in fields
            },
            "required": [f.name for f in fields if f.required],
            "additionalProperties": False,
        }

    def describe(self) -> str:
        return f"a mapping: [{_title(self.cls)}](#{_title(self.cls).lower().replace(' ', '-')})"


@dataclass(frozen=True)
class TaggedUnionKind(Kind):
    """One of several records, chosen by the value of its ``type`` key."""

    options: tuple[type, ...]

    def convert(self, node: Node, ctx: Context) -> Any:
        tags = union_tags(self.options)
        listed = ", ".join(tags)
        if not isinstance(node, Mapping):
            return mismatch(node, ctx, f"a mapping with a 'type' ({listed})")
        entry = node.entries.get("type")
        if entry is None:
            ctx.log.error(ctx.at(node), "missing required key 'type'", f"use one of: {listed}")
            return INVALID
        tag = entry[1]
        cls = tags.get(tag.value) if isinstance(tag, Scalar) else None
        if cls is None:
            shown = tag.text if isinstance(tag, Scalar) else "?"
            hint = did_you_mean(str(shown), tags) or f"use one of: {listed}"
            ctx.log.error(ctx.at(tag), f"unknown type '{shown}'", hint)
            return INVALID
        return RecordKind(cls).convert(node, ctx)

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"oneOf": [RecordKind(c).json_schema(defs) for c in self.options]}

    def describe(self) -> str:
        return "one of: " + ", ".join(
            RecordKind(c).describe()[len("a mapping: ") :] for c in self.options
        )


@dataclass(frozen=True)
class MapKind(Kind):
    """A mapping from ids to values, in the order written (glossary, bibliography)."""

    value: Kind

    def convert(self, node: Node, ctx: Context) -> Any:
        if not isinstance(node, Mapping):
            return mismatch(node, ctx, "a mapping of ids")
        result, ok = {}, True
        for key_text, (key, value) in node.entries.items():
            if IdKind.convert(key, ctx) is INVALID:
                ok = False
                continue
            result[key_text] = self.value.convert(value, ctx)
            ok = ok and result[key_text] is not INVALID
        return result if ok else INVALID

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "propertyNames": IdKind.json_schema(defs),
            "additionalProperties": self.value.json_schema(defs),
        }

    def describe(self) -> str:
        return f"a mapping from ids to {self.value.describe()}"


@dataclass(frozen=True)
class PerLanguageKind(MapKind):
    """One value per language, such as a recording: ``{en: narration/en.mp3, ru: …}``.

    Unlike text, a value left out for a language is reported here, as a warning
    in the value's own words (``what``): the kiosk then has none to offer in it.
    """

    what: str = "value"
    missing: str = "add {code}: with it"
    """The hint for a language left out; ``{code}`` is replaced by its code."""

    def convert(self, node: Node, ctx: Context) -> Any:
        if not isinstance(node, Mapping) or not node.entries:
            return self._not_per_language(node, ctx)
        result, ok = {}, True
        for code, (key, value) in node.entries.items():
            if ctx.languages and code not in ctx.languages:
                _foreign_language(code, key, ctx)
                continue
            result[code] = self.value.convert(value, ctx)
            ok = ok and result[code] is not INVALID
        for code in ctx.languages:
            if code not in node.entries:
                hint = self.missing.replace("{code}", code)
                ctx.log.warning(ctx.at(node), f"missing the '{code}' {self.what}", hint)
        return result if ok else INVALID

    def _not_per_language(self, node: Node, ctx: Context) -> Any:
        example = ", ".join(f"{code}: …" for code in ctx.languages or ("en",))
        hint = f"give one per language: {{{example}}}"
        if isinstance(node, Mapping):
            ctx.log.error(ctx.at(node), f"no {self.what} is given", hint)
            return INVALID
        if isinstance(node, Scalar) and isinstance(node.value, str):
            found = "found a single one"
            ctx.log.error(ctx.at(node), f"expected a {self.what} per language, {found}", hint)
            return INVALID
        return mismatch(node, ctx, f"a {self.what} per language")

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "propertyNames": LanguageKind.json_schema(defs),
            "additionalProperties": self.value.json_schema(defs),
            "minProperties": 1,
        }

    def describe(self) -> str:
        return f"per language, {self.value.describe()}"


def _foreign_language(code: str, key: Node, ctx: Context) -> None:
    listed = ", ".join(ctx.languages)
    hint = did_you_mean(code, ctx.languages) or "add it to the languages in exhibition.yaml"
    where = ctx.at(key)
    ctx.log.warning(where, f"'{code}' is not one of the exhibition's languages ({listed})", hint)


def _inside(node: Node, keys: tuple[str, ...]) -> Node:
    """The node reached from ``node`` through the mapping ``keys``, as far as they go."""
    for key in keys:
        if not isinstance(node, Mapping) or key not in node.entries:
            break
        node = node.entries[key][1]
    return node


def _convert_field(field: FieldSpec, node: Node, ctx: Context) -> Any:
    """Convert one field's value; an empty list where items are needed names the field."""
    kind = field.kind
    if (
        isinstance(kind, ListKind)
        and kind.min_items
        and isinstance(node, Sequence)
        and (not node.items)
    ):
        ctx.log.error(
            ctx.at(node),
            f"'{field.name}' is empty",
            f"give at least {kind.min_items}: {_lower_first(field.doc)}",
        )
        return INVALID
    return kind.convert(node, ctx)


def _title(cls: type) -> str:
    return str(getattr(cls, "record_name", None) or cls.__name__)


def _doc(cls: type) -> str:
    return " ".join((cls.__doc__ or "").split())


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:].rstrip(".")
