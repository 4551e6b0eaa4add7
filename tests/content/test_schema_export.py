"""The schema is declared once; JSON Schema and the curator reference follow from it."""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from kiosk.cli import main
from kiosk.content.examples import examples_of
from kiosk.content.export import (
    REFERENCE_START,
    json_schema,
    markdown_reference,
    records_in_order,
    replace_reference,
)
from kiosk.content.kinds import Context
from kiosk.content.problems import ProblemLog
from kiosk.content.records import RecordKind, record_fields
from kiosk.content.schema import FILE_RECORDS
from kiosk.content.yamlfile import Mapping, parse_yaml

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
SCHEMA_FOR = {
    "exhibition.yaml": "exhibition",
    "glossary.yaml": "glossary",
    "bibliography.yaml": "bibliography",
}


def _all_records() -> list[type]:
    from kiosk.content import schema

    return [
        v
        for v in vars(schema).values()
        if isinstance(v, type) and dataclasses.is_dataclass(v) and v.__module__ == schema.__name__
    ]


@pytest.mark.parametrize("record", _all_records(), ids=lambda r: r.__name__)
def test_every_field_has_a_one_line_description(record: type) -> None:
    for field in record_fields(record):
        assert field.doc.strip(), f"{record.__name__}.{field.name} has no description"
        assert "\n" not in field.doc, f"{record.__name__}.{field.name}: one line only"
    assert record.__doc__, f"{record.__name__} needs a docstring: it becomes its description"


@pytest.mark.parametrize("file_kind", [None, *FILE_RECORDS])
def test_generated_json_schema_is_valid(file_kind: str | None) -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema(file_kind))


@pytest.mark.parametrize("file_kind", list(FILE_RECORDS))
def test_committed_schema_files_are_up_to_date(file_kind: str) -> None:
    committed = json.loads((ROOT / "schema" / f"{file_kind}.schema.json").read_text("utf-8"))
    assert committed == json_schema(file_kind), "run: make schema"


def test_reference_documents_every_field() -> None:
    reference = markdown_reference()
    for record in _all_records():
        for field in record_fields(record):
            assert f"| `{field.name}` |" in reference
            assert field.doc in reference


def _bundled_files() -> list[Path]:
    return sorted(CONTENT.rglob("*.yaml"))


def _schema_kind(path: Path) -> str:
    return "panel" if path.parent.name == "panels" else SCHEMA_FOR[path.name]


def _as_editor_sees_it(value: Any) -> Any:
    """YAML 1.2 editors read 1937-07-30 as text, not as a date."""
    if isinstance(value, dict):
        return {k: _as_editor_sees_it(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_editor_sees_it(v) for v in value]
    return value.isoformat() if isinstance(value, datetime.date) else value


@pytest.mark.parametrize("path", _bundled_files(), ids=lambda p: p.relative_to(CONTENT).as_posix())
def test_bundled_content_points_editors_at_its_schema(path: Path) -> None:
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first_line.startswith(prefix)
    target = (path.parent / first_line[len(prefix) :]).resolve()
    assert target == ROOT / "schema" / f"{_schema_kind(path)}.schema.json"


@pytest.mark.parametrize("path", _bundled_files(), ids=lambda p: p.relative_to(CONTENT).as_posix())
def test_bundled_content_satisfies_the_json_schema(path: Path) -> None:
    data = _as_editor_sees_it(yaml.safe_load(path.read_text(encoding="utf-8")))
    jsonschema.validate(data, json_schema(_schema_kind(path)))


def test_schema_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed["$defs"]) >= {"Manifest", "Panel", "Glossary", "Bibliography"}


def test_schema_command_writes_one_file_per_kind(tmp_path: Path) -> None:
    assert main(["schema", "--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(f"{kind}.schema.json" for kind in FILE_RECORDS)


def test_schema_command_prints_the_reference(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--format", "markdown"]) == 0
    assert capsys.readouterr().out == markdown_reference()


def _record_name(record: type) -> str:
    return str(getattr(record, "record_name", record.__name__))


@pytest.mark.parametrize("record", records_in_order(), ids=_record_name)
def test_every_record_has_a_valid_example_showing_every_key(record: type) -> None:
    name = _record_name(record)
    examples = examples_of(name)
    assert examples, f"kiosk/content/examples.py has no example of {name}"
    shown: set[str] = set()
    for text in examples:
        parsed = parse_yaml(text.encode(), Path("example.yaml"))
        assert parsed.problems == []
        assert isinstance(parsed.root, Mapping)
        log = ProblemLog()
        context = Context(Path("example.yaml"), log, ("en", "ru"), lambda path, where: path)
        converted = RecordKind(record).convert(parsed.root, context)
        assert list(log) == [], "\n".join(map(str, log))
        assert isinstance(converted, record)
        shown |= set(parsed.root.entries)
    assert shown == {f.name for f in record_fields(record)}


def test_the_curator_guide_holds_the_current_reference() -> None:
    guide = (ROOT / "docs" / "CONTENT.md").read_text(encoding="utf-8")
    assert markdown_reference() in guide, "run: make docs"
    assert replace_reference(guide) == guide


def test_make_docs_rewrites_only_the_reference(tmp_path: Path) -> None:
    guide = tmp_path / "CONTENT.md"
    guide.write_text("# Guide\n\nWritten by hand.\n", encoding="utf-8")
    assert main(["schema", "--format", "markdown", "--into", str(guide)]) == 0
    once = guide.read_text(encoding="utf-8")
    assert once.startswith("# Guide\n\nWritten by hand.\n\n" + REFERENCE_START)
    assert main(["schema", "--format", "markdown", "--into", str(guide)]) == 0
    assert guide.read_text(encoding="utf-8") == once


def test_every_yaml_example_in_the_guide_is_yaml() -> None:
    guide = (ROOT / "docs" / "CONTENT.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", guide, flags=re.DOTALL)
    assert len(blocks) > 30
    for block in blocks:
        yaml.safe_load(block)
