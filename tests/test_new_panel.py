"""``kiosk new panel``: a commented panel that loads, listed by a one-line edit of the manifest.

Every test works on a fresh copy of tests/content/base.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content import load_exhibition
from kiosk.content.records import fields_by_name
from kiosk.content.scaffold import add_to_manifest, panel_yaml
from kiosk.content.schema import Page, Panel, TextBlock
from kiosk.content.text import PLACEHOLDER
from kiosk.content.yamlfile import Mapping, parse_yaml
from tests.content.corpus import copy_base, replace_in

PANELS_BLOCK = "panels:\n  - one\n  - two\n"
"""The panels: list of the base manifest, as written."""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return copy_base(tmp_path)


def new_panel(folder: Path, panel_id: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["new", "panel", panel_id, str(folder)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# --- the panel file ----------------------------------------------------------------------


def test_new_panel_is_written_listed_and_valid(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = new_panel(folder, "prisons", capsys)
    assert code == 0, out
    assert (folder / "panels/prisons.yaml").is_file()
    assert out.splitlines()[:2] == [
        f"Created {folder}/panels/prisons.yaml: one page with one text block, in en, ru.",
        f"Added 'prisons' to the panels in {folder}/exhibition.yaml:18.",
    ]
    assert f"kiosk preview {folder} --panel prisons" in out
    assert f"kiosk validate {folder} --strict" in out
    report = load_exhibition(folder)
    assert report.errors == []
    assert report.exhibition is not None
    assert [p.id for p in report.exhibition.panels] == ["one", "two", "prisons"]
    assert main(["validate", str(folder)]) == 0


def test_every_text_is_in_every_language_and_still_to_write(folder: Path) -> None:
    text = panel_yaml("prisons", ("en", "ru", "de"))
    root = parse_yaml(text.encode(), Path("prisons.yaml")).root
    assert isinstance(root, Mapping)
    texts = re.findall(r"^ +(\w+): (\"REPLACE: .*\")$", text, flags=re.MULTILINE)
    assert [code for code, _ in texts] == ["en", "ru", "de"] * 4  # title, summary, page, block
    assert all(value.startswith(f'"{PLACEHOLDER}') for _, value in texts)


def test_each_key_is_explained_by_its_schema_declaration(folder: Path) -> None:
    lines = panel_yaml("prisons", ("en", "ru")).splitlines()
    written = [(i, m[1]) for i, line in enumerate(lines) if (m := re.match(r"^[ -]*(\w+):", line))]
    declared = [
        *((Panel, key) for key in ("title", "summary", "theme_colour", "pages")),
        *((Page, key) for key in ("title", "blocks")),
        *((TextBlock, key) for key in ("type", "text")),
        (Page, "sources"),
    ]
    keys = [(i, key) for i, key in written if key not in ("en", "ru")]
    assert [key for _, key in keys] == [key for _, key in declared]
    for (index, key), (record, _) in zip(keys, declared, strict=True):
        doc = fields_by_name(record)[key].doc.replace("`", "").rstrip(".")
        assert doc in _comment_above(lines, index), (record.__name__, key)
    assert "  # Text block: A paragraph or two of text." in lines[keys[6][0] - 2 : keys[6][0]][0]


def _comment_above(lines: list[str], index: int) -> str:
    """The comment lines right above line ``index``, joined as one text."""
    above: list[str] = []
    for line in reversed(lines[:index]):
        if not line.lstrip().startswith("#"):
            break
        above.insert(0, line.strip().removeprefix("# "))
    return " ".join(above)


def test_the_schema_line_follows_the_manifests(folder: Path) -> None:
    manifest = "# yaml-language-server: $schema=../schema/exhibition.schema.json\ntitle: {}\n"
    first = panel_yaml("prisons", ("en",), manifest).splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../schema/panel.schema.json"
    assert panel_yaml("prisons", ("en",), "title: {}\n").startswith("# The panel 'prisons'")


def test_placeholders_fail_strict_validation(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_panel(folder, "prisons", capsys)
    assert main(["validate", str(folder)]) == 0
    assert main(["validate", str(folder), "--strict"]) == 1
    lines = capsys.readouterr().out.splitlines()
    warnings = lines[len(lines) // 2 : -1]
    assert len(warnings) == 8  # four texts in two languages
    assert warnings[0] == (
        f"{folder}/panels/prisons.yaml:8:7: warning: the 'en' text is still the placeholder "
        "'REPLACE: the panel's title' (write your own text in its place)"
    )


def test_a_written_panel_passes_strict_validation(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_panel(folder, "prisons", capsys)
    path = folder / "panels/prisons.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(PLACEHOLDER, "Prisons:"), "utf-8")
    assert main(["validate", str(folder), "--strict"]) == 0, capsys.readouterr().out


# --- the manifest ------------------------------------------------------------------------


def test_manifest_edit_keeps_comments_and_layout(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = folder / "exhibition.yaml"
    commented = (
        "panels:  # in the order of the home screen\n  - one\n  # numbers\n  - two   # last\n"
    )
    replace_in(manifest, PANELS_BLOCK, commented + "\n")
    before = manifest.read_text(encoding="utf-8")
    assert new_panel(folder, "prisons", capsys)[0] == 0
    after = manifest.read_text(encoding="utf-8")
    assert after == before.replace(commented, commented + "  - prisons\n")


def test_manifest_edit_follows_the_lists_indentation_and_quotes(folder: Path) -> None:
    text = 'title: x\npanels:\n- "one"\n- "two"\nassets: assets\n'
    edit = add_to_manifest(text, "prisons", Path("exhibition.yaml"))
    assert (edit.text, edit.line, edit.entry) == (
        'title: x\npanels:\n- "one"\n- "two"\n- "prisons"\nassets: assets\n',
        5,
        '- "prisons"',
    )


def test_manifest_edit_keeps_windows_line_endings_and_a_missing_last_one() -> None:
    edit = add_to_manifest("panels:\r\n    -   one\r\n    -   two", "new", Path("e.yaml"))
    assert edit.text == "panels:\r\n    -   one\r\n    -   two\r\n    -   new\r\n"


def test_a_windows_manifest_keeps_its_line_endings(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = folder / "exhibition.yaml"
    manifest.write_bytes(manifest.read_bytes().replace(b"\n", b"\r\n"))
    before = manifest.read_bytes()
    assert new_panel(folder, "prisons", capsys)[0] == 0
    after = manifest.read_bytes()
    assert after == before.replace(b"  - two\r\n", b"  - two\r\n  - prisons\r\n")
    assert load_exhibition(folder).errors == []


def test_an_id_that_yaml_would_read_as_a_number_is_quoted(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = new_panel(folder, "1937", capsys)
    assert code == 0, out
    assert '  - "1937"\n' in (folder / "exhibition.yaml").read_text(encoding="utf-8")
    report = load_exhibition(folder)
    assert (report.errors, report.exhibition is not None) == ([], True)


def test_flow_style_panels_are_left_to_the_curator(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = folder / "exhibition.yaml"
    replace_in(manifest, PANELS_BLOCK, "panels: [one, two]  # in order\n")
    before = manifest.read_text(encoding="utf-8")
    code, out = new_panel(folder, "prisons", capsys)
    assert code == 0
    assert manifest.read_text(encoding="utf-8") == before
    assert (folder / "panels/prisons.yaml").is_file()
    assert (
        f"{manifest}:15: not changed: the panels are listed in [ ], which kiosk does not "
        "rewrite.\nSo that visitors see the panel, change that line to:\n\n"
        "panels: [one, two, prisons]  # in order\n\nNext:\n"
    ) in out
    replace_in(
        manifest, "panels: [one, two]  # in order", "panels: [one, two, prisons]  # in order"
    )
    exhibition = load_exhibition(folder).exhibition
    assert exhibition is not None
    assert [p.id for p in exhibition.panels] == ["one", "two", "prisons"]


def test_a_flow_list_over_several_lines_gets_instructions() -> None:
    edit = add_to_manifest("panels: [\n  one,\n  two]\n", "new", Path("e.yaml"))
    assert (edit.text, edit.line, edit.entry, edit.todo) == (None, 1, "", "add new to that list")
    assert edit.reason == "the panels are listed in [ ], which kiosk does not rewrite"


def test_an_id_listed_already_is_not_listed_twice(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = folder / "exhibition.yaml"
    replace_in(manifest, PANELS_BLOCK, PANELS_BLOCK + "  - prisons\n")
    before = manifest.read_text(encoding="utf-8")
    code, out = new_panel(folder, "prisons", capsys)
    assert (code, manifest.read_text(encoding="utf-8")) == (0, before)
    assert f"'prisons' is listed already in {manifest}:18." in out
    assert load_exhibition(folder).errors == []


# --- refusals ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "panel_id", ["Prisons", "new panel", "prisons.yaml", "x-", "x--y", "", "../x"]
)
def test_a_bad_id_is_refused(
    folder: Path, panel_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (folder / "exhibition.yaml").read_text(encoding="utf-8")
    code, out = new_panel(folder, panel_id, capsys)
    assert code == 2
    assert out == (
        f"kiosk new panel: '{panel_id}' is not a panel id (ids use lower-case letters, "
        "digits and dashes, e.g. 'butovo-1937')\n"
    )
    assert sorted(p.name for p in (folder / "panels").iterdir()) == ["one.yaml", "two.yaml"]
    assert (folder / "exhibition.yaml").read_text(encoding="utf-8") == before


def test_an_existing_panel_is_refused(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (folder / "panels/one.yaml").read_bytes()
    code, out = new_panel(folder, "one", capsys)
    assert code == 2
    assert out == (
        f"kiosk new panel: {folder}/panels/one.yaml already exists; "
        "choose another id, or edit that file\n"
    )
    assert (folder / "panels/one.yaml").read_bytes() == before


def test_a_folder_without_a_manifest_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = new_panel(tmp_path, "prisons", capsys)
    assert code == 1
    assert "cannot read the languages" in out
    assert not (tmp_path / "panels").exists()


def test_a_manifest_without_panels_gets_instructions() -> None:
    edit = add_to_manifest("title: x\n", "new", Path("e.yaml"))
    assert (edit.text, edit.entry, edit.todo) == (None, "panels:\n  - new", "add these lines")


def test_an_item_that_goes_on_over_lines_is_not_guessed_at() -> None:
    edit = add_to_manifest("panels:\n  - one\n  - two\n    three\n", "new", Path("e.yaml"))
    assert (edit.text, edit.line, edit.entry) == (None, 3, "  - new")
    assert edit.todo == "add this line at the end of the panels: list"
