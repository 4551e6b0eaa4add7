"""Every value of a loaded exhibition, with its kind and where it is written.

The loader keeps clean values, not YAML nodes. Tools that report on content
(``kiosk report``) read each file again with :func:`read_yaml_file` and walk the
values and nodes side by side, guided by the schema: each value comes with the
kind that checked it, the records around it, and its ``file:line:col``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.content.exhibition import (
    BIBLIOGRAPHY_FILE,
    GLOSSARY_FILE,
    MANIFEST_FILE,
    PANELS_FOLDER,
    Exhibition,
)
from kiosk.content.kinds import Kind
from kiosk.content.problems import ContentError, Location
from kiosk.content.records import (
    ListKind,
    MapKind,
    OptionalKind,
    RecordKind,
    TaggedUnionKind,
    record_fields,
)
from kiosk.content.schema import Bibliography, Glossary, Panel
from kiosk.content.yamlfile import Mapping, Node, Sequence, read_yaml_file

_SINGULAR = {"categories": "category", "series": "series"}
"""List keys whose items are not named by dropping the final 's'."""


@dataclass(frozen=True)
class Visit:
    """One value met on the walk."""

    value: Any
    kind: Kind
    where: Location
    """Where the value is written (for a value left out, where its record is)."""
    trail: tuple[str, ...]
    """How a curator finds it in the file: ``("page 2", "block 1 (text)", "text")``."""
    records: tuple[Any, ...]
    """The records around the value, outermost first (the value itself excluded)."""

    @property
    def field(self) -> str:
        """The key the value is given under ('' for a whole file)."""
        return self.trail[-1] if self.trail else ""

    @property
    def what(self) -> str:
        """The trail as one phrase: 'page 2 › block 1 (text) › text'."""
        return " › ".join(self.trail)


def walk_file(root: Node | None, path: Path, record: Any) -> Iterator[Visit]:
    """Every value in ``record`` (a loaded file), with its place in ``root``."""
    yield from _walk(record, RecordKind(type(record)), root, Location(path), (), ())


def walk_exhibition(exhibition: Exhibition) -> Iterator[tuple[Path, Visit]]:
    """Every value of every file of the exhibition, with the file it is in."""
    folder = exhibition.folder
    files: list[tuple[Path, Any]] = [(folder / MANIFEST_FILE, exhibition.manifest)]
    files += [(folder / PANELS_FOLDER / f"{p.id}.yaml", p) for p in exhibition.panels]
    if exhibition.glossary:
        files.append((folder / GLOSSARY_FILE, Glossary(terms=exhibition.glossary)))
    if exhibition.bibliography:
        files.append((folder / BIBLIOGRAPHY_FILE, Bibliography(sources=exhibition.bibliography)))
    for path, record in files:
        for visit in walk_file(_root(path), path, record):
            yield path, visit


def panel_file(exhibition: Exhibition, panel: Panel) -> Path:
    """The file a panel is read from."""
    return exhibition.folder / PANELS_FOLDER / f"{panel.id}.yaml"


def _root(path: Path) -> Node | None:
    """The file's nodes; ``None`` if it cannot be read now (places then fall back)."""
    try:
        return read_yaml_file(path).root
    except ContentError:
        return None


def _walk(
    value: Any,
    kind: Kind,
    node: Node | None,
    where: Location,
    trail: tuple[str, ...],
    records: tuple[Any, ...],
    key: Node | None = None,
) -> Iterator[Visit]:
    """Visit ``value`` and what it holds; an id-keyed entry is placed at its ``key``."""
    place = key or node
    if place is not None:
        where = Location(where.path, place.line, place.column)
    while isinstance(kind, OptionalKind):
        kind = kind.inner
    yield Visit(value, kind, where, trail, records)
    if value is None:
        return
    if isinstance(kind, RecordKind | TaggedUnionKind) and dataclasses.is_dataclass(value):
        yield from _fields(value, node, where, trail, (*records, value))
    elif isinstance(kind, ListKind) and isinstance(value, tuple):
        items = node.items if isinstance(node, Sequence) else []
        for index, item in enumerate(value):
            label = _item_label(trail[-1] if trail else "item", index, item)
            child = items[index] if index < len(items) else None
            yield from _walk(item, kind.item, child, where, (*trail[:-1], label), records)
    elif isinstance(kind, MapKind) and isinstance(value, dict):
        for name, item in value.items():
            key_node, child = _entry(node, name)
            label = f"{_item_label(trail[-1] if trail else 'item', 0, None)} '{name}'"
            yield from _walk(
                item, kind.value, child, where, (*trail[:-1], label), records, key_node
            )


def _fields(
    record: Any,
    node: Node | None,
    where: Location,
    trail: tuple[str, ...],
    records: tuple[Any, ...],
) -> Iterator[Visit]:
    cls: type = type(record)
    for spec in record_fields(cls):
        child = _entry(node, spec.name)[1]
        value = getattr(record, spec.name)
        yield from _walk(value, spec.kind, child, where, (*trail, spec.name), records)


def _entry(node: Node | None, name: str) -> tuple[Node | None, Node | None]:
    """The key and value nodes of ``name`` in a mapping node, if it has them."""
    if isinstance(node, Mapping) and name in node.entries:
        return node.entries[name]
    return None, None


def _item_label(key: str, index: int, item: Any) -> str:
    """'page 2', 'block 1 (text)': a list item named after its list, counting from 1."""
    name = _SINGULAR.get(key, key.removesuffix("s"))
    if item is None:
        return name
    kind = getattr(item, "type", None)
    return f"{name} {index + 1}" + (f" ({kind})" if isinstance(kind, str) else "")
