"""Read one YAML content file safely into a tree of nodes that know their lines.

PyYAML's C parser emits events; this module builds the node tree from them
itself, in one iterative pass, instead of calling ``yaml.load``. That gives, in
the same pass and without recursion:

* a line and column on every node, for precise messages;
* duplicate keys and non-text keys reported instead of silently accepted;
* only plain YAML: ``!!python/...`` and other custom tags are refused;
* limits against hostile files: size, nesting depth, and the number of values
  after expanding aliases (a few hundred bytes of nested aliases, the "billion
  laughs", would otherwise expand to hundreds of millions of values).

Anything wrong is raised as a single :class:`ContentError`; nothing else ever
escapes :func:`parse_yaml`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml

from kiosk.content.problems import ContentError, Location, Problem, Severity

MAX_FILE_BYTES = 1024 * 1024
"""A content file larger than this is refused (a panel is a few kilobytes)."""

MAX_DEPTH = 32
"""Deepest nesting of lists and mappings; real content needs about ten."""

MAX_VALUES = 200_000
"""Most values one file may hold once aliases are expanded."""

_YAML = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_YAML}{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")}
_STR = f"{_YAML}str"


@dataclass(slots=True, eq=False)
class Node:
    """A value in a YAML file; ``line`` and ``column`` count from 1."""

    line: int
    column: int

    kind: ClassVar[str] = "value"


@dataclass(slots=True, eq=False)
class Scalar(Node):
    """A single value. ``text`` is what the file says, ``value`` what YAML makes of it."""

    value: Any = None
    text: str = ""
    plain: bool = True

    kind: ClassVar[str] = "value"


@dataclass(slots=True, eq=False)
class Sequence(Node):
    """A YAML list."""

    items: list[Node] = field(default_factory=list)

    kind: ClassVar[str] = "list"


@dataclass(slots=True, eq=False)
class Mapping(Node):
    """A YAML mapping with text keys; each entry keeps its key node for messages."""

    entries: dict[str, tuple[Scalar, Node]] = field(default_factory=dict)

    kind: ClassVar[str] = "mapping"


@dataclass(slots=True)
class YamlFile:
    """A parsed file: its root node (``None`` if empty) and the problems found on the way."""

    path: Path
    root: Node | None
    problems: list[Problem]


def read_yaml_file(path: Path) -> YamlFile:
    """Parse a content file, or raise :class:`ContentError` if it cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _error(path, 1, 1, _too_large(size), "split it into smaller files")
        data = path.read_bytes()
    except OSError as exc:
        raise _error(path, 1, 1, f"cannot read the file: {exc.strerror}") from exc
    return parse_yaml(data, path)


def parse_yaml(data: bytes, path: Path) -> YamlFile:
    """Parse YAML bytes into nodes, or raise :class:`ContentError`."""
    if len(data) > MAX_FILE_BYTES:
        raise _error(path, 1, 1, _too_large(len(data)), "split it into smaller files")
    text = _decode(data, path)
    try:
        composer = _Composer(text, path)
        return YamlFile(path, composer.compose(), composer.problems)
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, path, text) from None
    except RecursionError:  # pragma: no cover - the composer is iterative
        raise _error(path, 1, 1, "the file is nested too deeply") from None


def _character_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line)
    return lines[line - 1][column - 1 : column] if len(lines) >= line else ""


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


_TYPE_NAMES = {
    "int": "whole number",
    "float": "number",
    "bool": "yes/no value",
    "null": "empty value",
    "timestamp": "date",
    "str": "text",
}


def _too_large(size: int) -> str:
    return (
        f"the file is {-(-size // 1024):,} KB; content files may be at most "
        f"{MAX_FILE_BYTES // 1024:,} KB"
    )


def _error(
    path: Path, line: int, column: int, message: str, hint: str | None = None
) -> ContentError:
    return ContentError(Problem(Location(path, line, column), Severity.ERROR, message, hint))


def _decode(data: bytes, path: Path) -> str:
    """Strict UTF-8, with the position of the first bad byte when it is not."""
    if b"\x00" in data:
        line, column = _position(data, data.index(b"\x00"))
        raise _error(
            path,
            line,
            column,
            "the file contains binary data, not text",
            "is this really a YAML file? Content files are plain text",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        raise _error(
            path,
            line,
            column,
            f"the file is not UTF-8 text (byte 0x{data[exc.start]:02X} cannot start a character)",
            "save the file as UTF-8 in your editor; it may be in Latin-1 or Windows-1252",
        ) from None


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


_SYNTAX_HINTS = (
    ("tab character", "indent with spaces, not tabs"),
    (
        "did not find expected ',' or '}'",
        "inside { }, a text containing ':' or ',' must be put in quotes",
    ),
    (
        "did not find expected ',' or ']'",
        "inside [ ], a text containing ',' or ':' must be put in quotes",
    ),
    ("mapping values are not allowed", "a text containing ': ' must be put in quotes"),
    (
        "could not find expected ':'",
        "each line of a mapping needs 'key: value'; "
        "check the indentation and close any open quotes",
    ),
    ("did not find expected key", "check the indentation: items of one mapping line up"),
    ("did not find expected '-' indicator", "check the indentation: items of one list line up"),
    ("found unexpected end of stream", "a quote or bracket is opened but never closed"),
    (
        "unacceptable character",
        "the file contains a control character; retype the text around here",
    ),
)


def _syntax_error(exc: yaml.YAMLError, path: Path, text: str) -> ContentError:
    if isinstance(exc, yaml.reader.ReaderError):
        line, column = _text_position(text, exc.position)
        return _error(
            path,
            line,
            column,
            f"YAML syntax error: unacceptable character #x{exc.character:04x}"
            if isinstance(exc.character, int)
            else f"YAML syntax error: {exc.reason}",
            "the file contains an invisible "
            "control character here; delete and retype the text around it",
        )
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = str(getattr(exc, "problem", None) or exc)
    context = str(getattr(exc, "context", None) or "")
    opened = getattr(exc, "context_mark", None)
    if "quoted scalar" in context and opened is not None:
        return _error(
            path,
            opened.line + 1,
            opened.column + 1,
            "YAML syntax error: a quoted text starting here is never closed",
            "add the closing quote mark",
        )
    if _character_at(text, line, column) == "\t":
        problem = "a tab character is used here"
    hint = next((h for needle, h in _SYNTAX_HINTS if needle in problem), None)
    return _error(path, line, column, f"YAML syntax error: {problem}", hint)


def _text_position(text: str, offset: int) -> tuple[int, int]:
    """Line and column of a character offset into the decoded text."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


class _Composer:
    """Builds nodes from parser events without recursion, enforcing the limits."""

    def __init__(self, text: str, path: Path) -> None:
        self.loader = yaml.CSafeLoader(text)
        self.resolvers: dict[str, list[tuple[str, Any]]] = self.loader.yaml_implicit_resolvers
        self.path = path
        self.stack: list[Sequence | Mapping] = []
        self.pending_keys: list[Scalar | None] = []
        self.opened_at: list[int] = []
        self.anchors: dict[str, tuple[Node, int | None]] = {}
        self.open_anchors: list[str | None] = []
        self.values = 0
        self.root: Node | None = None
        self.problems: list[Problem] = []

    def compose(self) -> Node | None:
        try:
            return self._run()
        finally:
            self.loader.dispose()

    def _run(self) -> Node | None:
        documents = 0
        get_event, scalar, attach = self.loader.get_event, self._scalar, self._attach
        while True:
            event: Any = get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent:  # most events: kept on the shortest path
                attach(scalar(event), event.anchor)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                self._open(event)
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                self._close()
            elif kind is yaml.AliasEvent:
                self._alias(event)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    self._fail(
                        event,
                        "the file holds more than one YAML document ('---')",
                        "keep one document per file",
                    )
            elif kind is yaml.StreamEndEvent:
                return self.root

    def _fail(self, event: Any, message: str, hint: str | None = None) -> None:
        mark = event.start_mark
        raise _error(self.path, mark.line + 1, mark.column + 1, message, hint)

    def _count(self, event: Any, amount: int = 1) -> None:
        self.values += amount
        if self.values > MAX_VALUES:
            self._fail(
                event,
                f"the file expands to more than {MAX_VALUES:,} values",
                "aliases (*name) may not be used to multiply content; write it out",
            )

    def _scalar(self, event: Any) -> Scalar:
        self.values += 1
        if self.values > MAX_VALUES:
            self._count(event, 0)
        mark, text, plain = event.start_mark, event.value, not event.style
        tag = self._scalar_tag(event, text, plain)
        value = text if tag is _STR else self._construct(event, tag)
        return Scalar(mark.line + 1, mark.column + 1, value, text, plain)

    def _scalar_tag(self, event: Any, text: str, plain: bool) -> str:
        """The scalar's type: what an explicit tag says, else what YAML reads plain text as."""
        tag = event.tag
        if tag is None or tag == "!":
            if not plain or not event.implicit[0]:
                return _STR
            for resolved, pattern in self.resolvers.get(text[:1], ()):
                if pattern.match(text):
                    return resolved if resolved in _SCALAR_TAGS else _STR
            return _STR
        if tag not in _SCALAR_TAGS:
            self._fail(
                event,
                f"the tag '{_short_tag(tag)}' is not allowed",
                "content files use plain YAML only: text, numbers, lists and mappings",
            )
        return _STR if tag == _STR else str(tag)

    def _construct(self, event: Any, tag: str) -> Any:
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark)
        try:
            value = self.loader.yaml_constructors[tag](self.loader, node)
        except Exception:  # a hostile '!!bool 1' raises KeyError, '!!float' IndexError, ...
            self._fail(
                event,
                f"'{_shortened(event.value)}' is not a valid {_TYPE_NAMES[tag.rsplit(':', 1)[1]]}",
                "dates are written 1937-08-05" if tag.endswith("timestamp") else None,
            )
        if isinstance(value, datetime.datetime) and value.tzinfo is not None:
            value = value.replace(tzinfo=None)
        return value

    def _open(self, event: Any) -> None:
        self._count(event)
        tag = event.tag
        if tag is not None and tag not in (f"{_YAML}map", f"{_YAML}seq", "!"):
            self._fail(
                event,
                f"the tag '{_short_tag(tag)}' is not allowed",
                "content files use plain YAML only: text, numbers, lists and mappings",
            )
        if len(self.stack) >= MAX_DEPTH:
            self._fail(
                event,
                f"the content is nested more than {MAX_DEPTH} levels deep",
                "flatten the structure; panels need about ten levels at most",
            )
        mark = event.start_mark
        node: Sequence | Mapping
        if type(event) is yaml.MappingStartEvent:
            node = Mapping(mark.line + 1, mark.column + 1)
        else:
            node = Sequence(mark.line + 1, mark.column + 1)
        self._attach(node, None)
        self.stack.append(node)
        self.pending_keys.append(None)
        self.opened_at.append(self.values)
        self.open_anchors.append(event.anchor)
        if event.anchor is not None:
            self.anchors[event.anchor] = (node, None)

    def _close(self) -> None:
        node = self.stack.pop()
        self.pending_keys.pop()
        anchor = self.open_anchors.pop()
        size = self.values - self.opened_at.pop() + 1
        if anchor is not None:
            self.anchors[anchor] = (node, size)

    def _alias(self, event: Any) -> None:
        node, size = self.anchors.get(event.anchor, (None, 0))
        if node is None:
            self._fail(
                event,
                f"the alias '*{event.anchor}' has no anchor '&{event.anchor}'",
                f"an alias needs '&{event.anchor}' on a value earlier in the file",
            )
        if size is None:
            self._fail(
                event,
                f"the alias '*{event.anchor}' refers to a value that contains it",
                "recursive structures are not allowed",
            )
        self._count(event, size or 1)
        assert node is not None
        self._attach(node, None)

    def _attach(self, node: Node, anchor: str | None) -> None:
        if anchor is not None:
            self.anchors[anchor] = (node, 1)
        if not self.stack:
            self.root = node
            return
        parent = self.stack[-1]
        if isinstance(parent, Sequence):
            parent.items.append(node)
            return
        key = self.pending_keys[-1]
        if key is None:
            self.pending_keys[-1] = self._key(node, parent)
            return
        if key is not _SKIP:
            parent.entries[key.value] = (key, node)
        self.pending_keys[-1] = None

    def _key(self, node: Node, parent: Mapping) -> Scalar:
        """The key node, or ``_SKIP`` (with a problem logged) when the entry is dropped."""
        if not isinstance(node, Scalar) or not isinstance(node.value, str):
            what = (
                f"the key {node.text!r} is not text"
                if isinstance(node, Scalar)
                else (f"a key is a {node.kind}, not text")
            )
            return self._skip(
                node,
                what,
                "keys are names like 'title'; quote a key that looks like a number or yes/no",
            )
        if node.text == "<<" and node.plain:
            return self._skip(
                node, "merge keys ('<<') are not supported", "write the keys out in full"
            )
        if node.value in parent.entries:
            first = parent.entries[node.value][0]
            return self._skip(
                node,
                f"duplicate key '{node.value}' (first given on line {first.line})",
                "remove one of the two",
            )
        return node

    def _skip(self, node: Node, message: str, hint: str) -> Scalar:
        where = Location(self.path, node.line, node.column)
        self.problems.append(Problem(where, Severity.ERROR, message, hint))
        return _SKIP


_SKIP = Scalar(0, 0)
"""Stands in for a rejected key: the entry's value is read and then dropped."""


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_YAML) :] if tag.startswith(_YAML) else tag
