"""The schema is declared once; JSON Schema and the curator reference follow from it."""

from __future__ import annotations

import dataclasses
import datetime
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from kiosk.cli import main
from kiosk.content.export import json_schema, markdown_reference
from kiosk.content.records import record_fields
from kiosk.content.schema import FILE_RECORDS

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


def test_committed_reference_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "schema-reference.md").read_text(encoding="utf-8")
    assert committed == markdown_reference(), "run: make schema"


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
