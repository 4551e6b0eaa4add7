"""Write one value into a settings file, keeping every other line as it is.

Staff keep comments in their settings file; ``kiosk set-pin`` must not lose
them. So the file is edited as text: the value is replaced on its line if the key
is there, else the key (and its section, if missing) is added in block style.
The edit is then read back: if anything but that one value changed, nothing is
written. A section written in flow style (``staff: {pin_hash: ...}``) is
refused rather than rewritten. The file is replaced atomically, so a kiosk
starting at that moment reads the old file or the new one, never half of one.
Pure Python: no Qt.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import json
import math
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kiosk.content.problems import ContentError
from kiosk.content.yamlfile import Mapping, Node, Scalar, Sequence, parse_yaml

Value = str | int | bool | float


class SettingsEditError(ValueError):
    """The settings file cannot be changed safely; the message says why and where."""


def save_setting(path: Path, keys: tuple[str, ...], value: Value) -> None:
    """Set ``section.key`` (``keys``) to ``value`` in the settings file, creating it if needed.

    Raises :class:`SettingsEditError` for a file that cannot be edited safely (not
    YAML, duplicate keys, a flow-style section) and :class:`OSError` when it cannot
    be read or written.
    """
    target, data = _current(path)
    edited = edited_settings(data, keys, value, path)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, edited)


def check_editable(path: Path, keys: tuple[str, ...]) -> None:
    """Raise what :func:`save_setting` would raise for ``keys``, before asking for a value."""
    target, data = _current(path)
    edited_settings(data, keys, "value", path)
    folder = target.absolute().parent
    while not folder.exists():  # folders still to be made: the first that is must be writable
        folder = folder.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))


def _current(path: Path) -> tuple[Path, bytes]:
    """The file to write (a link's target, so the link stays) and what it holds now."""
    target = path.resolve() if path.is_symlink() else path
    return target, target.read_bytes() if target.exists() else b""


def edited_settings(data: bytes, keys: tuple[str, ...], value: Value, path: Path) -> bytes:
    """The file's bytes with ``keys`` set to ``value``; raises :class:`SettingsEditError`."""
    if not keys:
        raise ValueError("no key to set")
    before = _parsed(data, path)
    text = data.decode("utf-8-sig")
    edited = _edit(text, keys, value, path)
    after = _parsed(edited.encode("utf-8"), path)
    if _plain(after) != _with(_plain(before), keys, _tagged(value)):
        raise SettingsEditError(f"{path}: cannot change {'.'.join(keys)} safely; edit it by hand")
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    return bom + edited.encode("utf-8")


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole, keeping its permissions and, if allowed, owner."""
    existing = path.stat() if path.exists() else None
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    mode = existing.st_mode & 0o7777 if existing is not None else 0o666  # less the umask
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if existing is not None:
            os.chmod(temporary, existing.st_mode & 0o7777)
            with contextlib.suppress(OSError):  # only root may give a file away
                os.chown(temporary, existing.st_uid, existing.st_gid)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _parsed(data: bytes, path: Path) -> Node | None:
    try:
        parsed = parse_yaml(data, path)
    except ContentError as exc:
        raise SettingsEditError(f"{exc.problem}") from None
    if parsed.problems:
        raise SettingsEditError(f"{parsed.problems[0]}; fix the file first")
    return parsed.root


# --- where each key is in the text ------------------------------------------------------


@dataclass
class _Entry:
    """A value in the file, by character offsets into its text."""

    line: int
    """The line of its key (from 1), for messages."""
    column: int
    """The column of its key (from 0): a section's first key goes two further."""
    start: int
    end: int
    shape: str
    """'scalar', 'empty', 'block' (a mapping), 'flow' (``{...}``) or 'other'."""
    indent: int = -1
    """For a mapping: the column its keys start at (from 0); -1 until one is seen."""
    content_end: int = 0
    """For a mapping: the offset just after its last value."""


@dataclass
class _Frame:
    path: tuple[str, ...] | None
    """The keys leading to this mapping; None inside lists and where keys are not text."""
    entry: _Entry | None
    mapping: bool
    flow: bool
    key: str | None = None
    key_line: int = 1
    key_column: int = -2
    expecting_key: bool = True


def _entries(text: str) -> dict[tuple[str, ...], _Entry]:
    """Every value reached by text keys only, by its keys; the root is ``()``."""
    entries: dict[tuple[str, ...], _Entry] = {}
    stack: list[_Frame] = []
    last_end = 0
    events: Iterator[Any] = yaml.parse(text, Loader=yaml.SafeLoader)
    for event in events:
        if isinstance(event, yaml.CollectionEndEvent):
            frame = stack.pop()
            if frame.entry is not None:
                frame.entry.content_end = last_end
            if frame.flow:  # a block's end is where the next thing starts: not content
                last_end = _end(event)
            _value_done(stack)
        elif isinstance(event, yaml.NodeEvent):
            top = stack[-1] if stack else None
            if top is not None and top.mapping and top.expecting_key:
                _key(top, event)
                last_end = _end(event)
                continue
            entry = _value(entries, top, event)
            if isinstance(event, yaml.CollectionStartEvent):
                is_mapping = isinstance(event, yaml.MappingStartEvent)
                block = entry is not None and entry.shape == "block"  # flow is not entered
                path = _path(top) if block else None
                stack.append(_Frame(path, entry, is_mapping, bool(event.flow_style)))
            else:
                last_end = _end(event)
                _value_done(stack)
    return entries


def _start(event: Any) -> int:
    return int(event.start_mark.index)


def _end(event: Any) -> int:
    return int(event.end_mark.index)


def _key(frame: _Frame, event: Any) -> None:
    frame.key = event.value if isinstance(event, yaml.ScalarEvent) else None
    frame.key_line, frame.key_column = event.start_mark.line + 1, event.start_mark.column
    frame.expecting_key = False
    if frame.entry is not None and frame.entry.indent < 0:
        frame.entry.indent = event.start_mark.column


def _path(frame: _Frame | None) -> tuple[str, ...] | None:
    if frame is None:
        return ()
    if frame.path is None or frame.key is None:
        return None
    return (*frame.path, frame.key)


def _value(entries: dict[tuple[str, ...], _Entry], top: _Frame | None, event: Any) -> _Entry | None:
    path = _path(top) if top is None or top.mapping else None
    if path is None:
        return None
    line, column = (top.key_line, top.key_column) if top is not None else (1, -2)
    entry = _Entry(line, column, _start(event), _end(event), _shape(event))
    entries[path] = entry
    return entry


def _shape(event: Any) -> str:
    if isinstance(event, yaml.MappingStartEvent):
        return "flow" if event.flow_style else "block"
    if isinstance(event, yaml.ScalarEvent) and event.style not in ("|", ">"):
        plain_empty = event.style is None and event.value == ""
        return "empty" if plain_empty and _start(event) == _end(event) else "scalar"
    return "other"


def _value_done(stack: list[_Frame]) -> None:
    if stack and stack[-1].mapping:
        stack[-1].expecting_key = True


# --- the edit ----------------------------------------------------------------------------


def _edit(text: str, keys: tuple[str, ...], value: Value, path: Path) -> str:
    entries, rendered = _entries(text), _rendered(value)
    newline = "\r\n" if "\r\n" in text else "\n"
    for depth in range(len(keys), 0, -1):
        entry = entries.get(keys[:depth])
        if entry is None:
            continue
        where = f"{path}:{entry.line}"
        name = ".".join(keys[:depth])
        if depth == len(keys):
            return _replace(text, entry, value, f"{where}: '{name}'")
        return _add(text, entry, keys[depth:], rendered, newline, f"{where}: '{name}'")
    root = entries.get(())
    if root is None or (root.shape == "empty" and not text[root.start : root.end]):
        return _append(text, _lines(keys, rendered, 0, newline), newline)
    if root.shape not in ("block", "flow"):
        raise SettingsEditError(f"{path}: the file is not written as 'key: value' lines")
    return _add(text, root, keys, rendered, newline, f"{path}: the file")


def _replace(text: str, entry: _Entry, value: Value, what: str) -> str:
    if entry.shape == "empty":
        return text[: entry.start] + " " + _rendered(value) + text[entry.end :]
    if entry.shape == "scalar":  # in the quotes it had, if it had any
        rendered = _rendered(value, quote=text[entry.start])
        return text[: entry.start] + rendered + text[entry.end :]
    if entry.shape in ("block", "flow"):
        raise SettingsEditError(f"{what} is a section, not a value")
    raise SettingsEditError(f"{what} is written in a way kiosk does not rewrite; edit it by hand")


def _add(
    text: str, entry: _Entry, missing: tuple[str, ...], rendered: str, newline: str, what: str
) -> str:
    if entry.shape == "flow":
        raise SettingsEditError(
            f"{what} is written in flow style {{...}}; write it as indented lines "
            "(one 'key: value' per line), then try again"
        )
    if entry.shape == "empty":  # 'staff:' with nothing under it yet
        at = _line_after(text, entry.end)
        return _insert(text, at, _lines(missing, rendered, entry.column + 2, newline), newline)
    if entry.shape != "block":
        raise SettingsEditError(f"{what} is not a section of keys")
    at = _line_after(text, entry.content_end)
    return _insert(text, at, _lines(missing, rendered, entry.indent, newline), newline)


def _line_after(text: str, index: int) -> int:
    """The offset where the line after the one holding ``index`` starts (or the end)."""
    if index > 0 and text[index - 1] == "\n":
        return index
    found = text.find("\n", index)
    return len(text) if found < 0 else found + 1


def _insert(text: str, at: int, lines: str, newline: str) -> str:
    if at == len(text):
        return _append(text, lines, newline)
    return text[:at] + lines + text[at:]


def _append(text: str, lines: str, newline: str) -> str:
    if text and not text.endswith("\n"):
        text += newline
    return text + lines


def _lines(keys: tuple[str, ...], rendered: str, indent: int, newline: str) -> str:
    lines = [" " * (indent + 2 * i) + f"{key}:" for i, key in enumerate(keys)]
    lines[-1] += f" {rendered}"
    return newline.join(lines) + newline


# --- values ------------------------------------------------------------------------------


def _rendered(value: Value, quote: str = "") -> str:
    """``value`` as YAML that reads back as exactly it: plain where that is safe, else quoted.

    A text is put in ``quote`` if that is a quote mark (the quotes the old value had).
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot write {value} in a settings file")
        written = repr(value)
        return written.replace("e", ".0e", 1) if "e" in written and "." not in written else written
    if quote == "'" and "\n" not in value:
        return "'" + value.replace("'", "''") + "'"
    if quote != '"' and _reads_as(value):
        return value
    return json.dumps(value, ensure_ascii=False)


def _reads_as(text: str) -> bool:
    try:
        root = parse_yaml(f"key: {text}\n".encode(), Path("value")).root
    except ContentError:
        return False
    node = root.entries["key"][1] if isinstance(root, Mapping) and "key" in root.entries else None
    return isinstance(node, Scalar) and node.value == text and isinstance(node.value, str)


def _tagged(value: object) -> object:
    """A value with its type, so that 1, 1.0 and true do not compare equal."""
    return (type(value).__name__, value)


def _plain(node: Node | None) -> object:
    if isinstance(node, Mapping):
        return {key: _plain(value) for key, (_, value) in node.entries.items()}
    if isinstance(node, Sequence):
        return [_plain(item) for item in node.items]
    return _tagged(node.value if isinstance(node, Scalar) else None)


def _with(tree: object, keys: tuple[str, ...], value: object) -> object:
    """``tree`` with ``keys`` set to ``value``, sections made as needed."""
    result = dict(tree) if isinstance(tree, dict) else {}
    head, rest = keys[0], keys[1:]
    result[head] = _with(result.get(head), rest, value) if rest else value
    return result
