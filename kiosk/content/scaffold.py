"""A new panel's file, written from the schema, and its id added to the manifest.

:func:`panel_yaml` writes ``panels/ID.yaml`` with a comment above each key, taken
from the key's declaration in :mod:`kiosk.content.schema`, so the explanations
never drift from what the validator checks. Every text starts with
:data:`~kiosk.content.text.PLACEHOLDER`, which the validator warns of.

:func:`add_to_manifest` adds the id to the ``panels:`` list of ``exhibition.yaml``
as one inserted line, placed and indented from the line numbers the YAML reader
records, so the curator's comments and layout stay as they were. Where that cannot
be done safely it changes nothing and says what the curator should write.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.content.kinds import EnumKind, Kind
from kiosk.content.problems import ContentError
from kiosk.content.records import (
    ListKind,
    OptionalKind,
    RecordKind,
    TaggedUnionKind,
    fields_by_name,
    union_tags,
)
from kiosk.content.schema import Page, Panel, TextBlock
from kiosk.content.text import PLACEHOLDER
from kiosk.content.yamlfile import Mapping, Node, Scalar, Sequence, parse_yaml

PANEL_COLOUR = "#4a5a6a"
"""A new panel's colour until the curator chooses one: a dark slate, like the bundled panels'."""

COMMENT_WIDTH = 92
"""Comments are wrapped to this many characters, indentation included."""

_SCHEMA_LINE = re.compile(
    r"#\s*yaml-language-server:\s*\$schema=(?P<path>\S+)exhibition\.schema\.json"
)
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\(#[^)]*\)")
_LINE = re.compile(r"[^\r\n\x85\u2028\u2029]*(?:\r\n|[\r\n\x85\u2028\u2029]|$)")
"""One line and its ending, as YAML counts lines (it does not break at \\f or \\v)."""


@dataclass(frozen=True)
class Fill:
    """Text for the curator to write, in every language: ``REPLACE: <what>``."""

    what: str


@dataclass(frozen=True)
class Item:
    """A record to write: its schema class and the keys to give, in schema order."""

    cls: type
    values: dict[str, Any]


NEW_PANEL = Item(
    Panel,
    {
        "title": Fill("the panel's title"),
        "summary": Fill("one short line that invites visitors in"),
        "theme_colour": PANEL_COLOUR,
        "pages": [
            Item(
                Page,
                {
                    "title": Fill("the first page's title"),
                    "blocks": [
                        Item(
                            TextBlock,
                            {
                                "type": "text",
                                "text": Fill("the text of the first page, in short sentences."),
                            },
                        )
                    ],
                    "sources": [],
                },
            )
        ],
    },
)
"""What ``kiosk new panel`` writes: one page with one text block, to be replaced."""


def panel_yaml(panel_id: str, languages: tuple[str, ...], manifest_text: str = "") -> str:
    """The file ``panels/ID.yaml`` of a new panel, in the exhibition's languages.

    If the manifest's first line points editors at its JSON Schema, the panel's
    first line points at the panel schema next to it.
    """
    head = []
    match = _SCHEMA_LINE.match(manifest_text.lstrip("\ufeff"))
    if match is not None and not match["path"].startswith(("/", "http:", "https:")):
        head.append(f"# yaml-language-server: $schema=../{match['path']}panel.schema.json")
    head += [
        f"# The panel '{panel_id}', written by `kiosk new panel`.",
        f"# Replace every text that starts with {PLACEHOLDER} (the word included) with yours;",
        "# until then, `kiosk validate --strict` fails. Every key, with an example:",
        "# the reference at the end of docs/CONTENT.md.",
        "",
    ]
    return "\n".join([*head, *_record(NEW_PANEL, 0, languages)]) + "\n"


def _record(item: Item, indent: int, languages: tuple[str, ...]) -> list[str]:
    fields = fields_by_name(item.cls)
    lines = []
    for name, spec in fields.items():
        if name in item.values:
            lines += _comment(_explain(spec.doc, spec.kind), indent)
            lines += _value(name, spec.kind, item.values[name], indent, languages)
    return lines


def _value(name: str, kind: Kind, value: Any, indent: int, languages: tuple[str, ...]) -> list[str]:
    pad = " " * indent
    if isinstance(value, Fill):
        texts = [f"{pad}  {code}: {_quoted(f'{PLACEHOLDER} {value.what}')}" for code in languages]
        return [f"{pad}{name}:", *texts]
    if isinstance(value, list) and not value:
        return [f"{pad}{name}: []"]
    if isinstance(value, list):
        return [
            f"{pad}{name}:",
            *(x for item in value for x in _list_item(item, indent, languages)),
        ]
    plain = isinstance(kind, EnumKind) and re.fullmatch(r"[a-z][a-z-]*", value)
    return [f"{pad}{name}: {value if plain else _quoted(value)}"]


def _list_item(item: Item, indent: int, languages: tuple[str, ...]) -> list[str]:
    """A record as a list item: its description, then its keys with the first after '- '."""
    lines = _record(item, indent + 4, languages)
    first = next(i for i, line in enumerate(lines) if not line.lstrip().startswith("#"))
    pad = " " * (indent + 2)
    comments = [pad + line.lstrip() for line in lines[:first]]
    title = f"{getattr(item.cls, 'record_name', item.cls.__name__)}: {_doc(item.cls)}"
    return [
        *_comment(title, indent + 2),
        *comments,
        f"{pad}- {lines[first].lstrip()}",
        *lines[first + 1 :],
    ]


def _explain(doc: str, kind: Kind) -> str:
    """A key's comment: its description, and what kind of value it takes if that helps."""
    while isinstance(kind, OptionalKind):
        kind = kind.inner
    doc = doc.replace("`", "")
    if isinstance(kind, ListKind) and isinstance(kind.item, TaggedUnionKind):
        tags = list(union_tags(kind.item.options))
        return f"{doc} Each has a type: {', '.join(tags[:-1])} or {tags[-1]}."
    if isinstance(kind, RecordKind | EnumKind) or (
        isinstance(kind, ListKind) and isinstance(kind.item, RecordKind)
    ):
        return doc
    what = _MARKDOWN_LINK.sub(r"\1", kind.describe()).replace("`", "")
    return f"{doc.rstrip('.')}: {what}."


def _comment(text: str, indent: int) -> list[str]:
    pad = " " * indent + "# "
    return textwrap.wrap(text, COMMENT_WIDTH, initial_indent=pad, subsequent_indent=pad)


def _doc(cls: type) -> str:
    return " ".join((cls.__doc__ or "").split())


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset of it)."""
    return json.dumps(text, ensure_ascii=False)


# --- the manifest's panels: list ----------------------------------------------------------


@dataclass(frozen=True)
class ManifestEdit:
    """What adding a panel id to the manifest came to."""

    text: str | None
    """The new manifest, or ``None`` if it is left as it is."""
    line: int
    """The line added, or the line the curator should change; 0 if there is none."""
    entry: str = ""
    """The line as written in the file, or what the curator should write."""
    reason: str | None = None
    """Why the manifest was not changed, if it was not (and the id is not listed yet)."""
    todo: str = ""
    """What the curator should do instead, with :attr:`entry`."""
    already: bool = False
    """The id was listed already: nothing to change."""


AT_THE_END = "add this line at the end of the panels: list"


def add_to_manifest(text: str, panel_id: str, path: Path) -> ManifestEdit:
    """The manifest ``text`` with ``panel_id`` added at the end of its ``panels:`` list."""
    lines = _split_lines(text)
    try:
        root = parse_yaml(text.encode("utf-8"), path).root
    except ContentError:
        todo = f"fix it ('kiosk validate' says how), then add {panel_id} to its panels"
        return ManifestEdit(None, 0, reason="it cannot be read", todo=todo)
    entry = root.entries.get("panels") if isinstance(root, Mapping) else None
    if entry is None:
        return ManifestEdit(
            None, 0, f"panels:\n  - {panel_id}", "it has no panels: list", "add these lines"
        )
    key, listed = entry
    if not isinstance(listed, Sequence):
        return ManifestEdit(None, key.line, f"  - {panel_id}", "panels: is not a list", AT_THE_END)
    for item in listed.items:
        if isinstance(item, Scalar) and item.value == panel_id:
            return ManifestEdit(None, item.line, already=True)
    if _character(lines, listed.line, listed.column) == "[":
        return _flow_style(lines, listed, panel_id)
    return _append_item(text, lines, listed, panel_id, path)


def _append_item(
    text: str, lines: list[str], listed: Sequence, panel_id: str, path: Path
) -> ManifestEdit:
    """Insert ``- ID`` after the list's last item, with the same indentation and quotes."""
    last = listed.items[-1]
    written = lines[last.line - 1].rstrip("\r\n\x85\u2028\u2029")
    prefix = written[: last.column - 1]
    item = f"{prefix}{_scalar_like(last, panel_id)}" if isinstance(last, Scalar) else ""
    reason = "the panels: list is written in a way kiosk does not rewrite"
    if not (item and re.fullmatch(r" *- +", prefix) and _one_line(last, written)):
        return ManifestEdit(None, last.line, f"  - {panel_id}", reason, AT_THE_END)
    ending = _line_ending(lines)
    edited = list(lines)
    if not edited[last.line - 1].endswith(("\n", "\r", "\x85", "\u2028", "\u2029")):
        edited[last.line - 1] += ending
    edited.insert(last.line, item + ending)
    new_text = "".join(edited)
    if not _lists_one_more(new_text, path, listed, panel_id):
        return ManifestEdit(None, last.line, item, reason, AT_THE_END)
    return ManifestEdit(new_text, last.line + 1, item)


def _flow_style(lines: list[str], listed: Sequence, panel_id: str) -> ManifestEdit:
    """A list in ``[ ]``: the curator edits it; on one line, we say exactly how."""
    reason = "the panels are listed in [ ], which kiosk does not rewrite"
    written = lines[listed.line - 1].rstrip("\r\n\x85\u2028\u2029")
    close = written.find("]", listed.column)
    if close < 0:
        return ManifestEdit(None, listed.line, "", reason, f"add {panel_id} to that list")
    inside = written[listed.column : close].strip()
    comma = ", " if inside else ""
    changed = written[:close].rstrip() + f"{comma}{panel_id}" + written[close:]
    return ManifestEdit(None, listed.line, changed, reason, "change that line to")


def _scalar_like(last: Scalar, panel_id: str) -> str:
    """The id written as the last item is: in the same quotes, or plain if it reads as text."""
    if not last.plain:
        return _quoted(panel_id)
    return panel_id if _reads_as_text(panel_id) else _quoted(panel_id)


def _reads_as_text(word: str) -> bool:
    """Whether YAML reads ``word`` unquoted as text (not 1937, not yes or no)."""
    try:
        node = parse_yaml(word.encode("utf-8"), Path("id")).root
    except ContentError:
        return False
    return isinstance(node, Scalar) and isinstance(node.value, str)


def _one_line(last: Node, written: str) -> bool:
    """Whether the last item is written whole on its line (not a text that goes on)."""
    if not isinstance(last, Scalar) or not last.plain:
        return isinstance(last, Scalar) and written.rstrip().endswith(('"', "'"))
    value = written[last.column - 1 :].split(" #", 1)[0].strip()
    return value == last.text


def _lists_one_more(text: str, path: Path, before: Sequence, panel_id: str) -> bool:
    """Whether ``text`` reads back with ``panel_id`` added to the panels, and nothing else."""
    try:
        root = parse_yaml(text.encode("utf-8"), path).root
    except ContentError:
        return False
    entry = root.entries.get("panels") if isinstance(root, Mapping) else None
    listed = entry[1] if entry is not None else None
    if not isinstance(listed, Sequence):
        return False
    old = [getattr(item, "value", None) for item in before.items]
    return [getattr(item, "value", None) for item in listed.items] == [*old, panel_id]


def _split_lines(text: str) -> list[str]:
    return [line for line in _LINE.findall(text) if line]


def _line_ending(lines: list[str]) -> str:
    return "\r\n" if lines and lines[0].endswith("\r\n") else "\n"


def _character(lines: list[str], line: int, column: int) -> str:
    return lines[line - 1][column - 1 : column] if 0 < line <= len(lines) else ""
