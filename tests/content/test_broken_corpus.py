"""Broken exhibitions: every line ``kiosk validate`` prints for them, pinned exactly.

Each folder in ``broken/`` is laid over a fresh copy of ``base/`` (see
:mod:`tests.content.corpus`); its ``expected.txt`` holds the problem lines, with
paths relative to the exhibition folder. Cases that git cannot hold as plain
files (links, a huge file, bytes an editor or git might rewrite) are built by
the functions at the end of this module.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content import load_exhibition
from kiosk.content.schema import (
    ChartBlock,
    FigureBlock,
    FigureSlide,
    ImageBlock,
    ImageSlide,
    MapBlock,
    QuoteBlock,
    QuoteSlide,
    TeaserSlide,
    TextBlock,
    TimelineBlock,
)
from tests.content.corpus import (
    BASE,
    BROKEN,
    CASE_FILES,
    PROBLEM_LINE,
    copy_base,
    counts,
    expected_lines,
    overlay,
    replace_in,
    validate,
)

CASES = sorted(case.name for case in BROKEN.iterdir() if case.is_dir())
BASE_SUMMARY = "2 panels, 4 pages, 2 languages (en, ru), 2 assets: 0 errors, 0 warnings"
STRICT_NOTE = " (--strict: warnings count as errors)"


# --- the base exhibition ------------------------------------------------------------------


def test_base_is_valid_even_in_strict_mode(capsys: pytest.CaptureFixture[str]) -> None:
    result = validate(BASE, capsys, "--strict")
    assert (result.exit_code, result.problems, result.summary) == (0, [], BASE_SUMMARY)


def test_base_uses_every_block_and_slide_type() -> None:
    exhibition = load_exhibition(BASE).exhibition
    assert exhibition is not None
    blocks = {type(b) for p in exhibition.panels for page in p.pages for b in page.blocks}
    slides = {type(s) for s in exhibition.manifest.attract.slides}
    assert blocks == {
        TextBlock,
        ImageBlock,
        QuoteBlock,
        FigureBlock,
        ChartBlock,
        TimelineBlock,
        MapBlock,
    }
    assert slides == {FigureSlide, QuoteSlide, ImageSlide, TeaserSlide}
    assert exhibition.languages == ("en", "ru")
    assert set(exhibition.glossary) == {"troika", "gulag"}


# --- the corpus of broken cases -----------------------------------------------------------


def test_corpus_is_large_and_well_formed() -> None:
    assert len(CASES) >= 30
    for name in CASES:
        case = BROKEN / name
        lines = expected_lines(case)
        assert lines, f"{name}: expected.txt lists no problem"
        assert all(PROBLEM_LINE.fullmatch(line) for line in lines), name
        laid_over = [p for p in case.rglob("*") if p.is_file() and p.name not in CASE_FILES]
        assert laid_over or (case / "remove.txt").exists(), f"{name} changes nothing"


@pytest.mark.parametrize("name", CASES)
def test_broken_case(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = expected_lines(BROKEN / name)
    folder = overlay(BROKEN / name, tmp_path)
    result = validate(folder, capsys)
    assert result.problems == expected
    assert result.summary.endswith(": " + counts(result.errors, result.warnings))
    assert result.exit_code == (1 if result.errors else 0)
    if not result.errors:
        strict = validate(folder, capsys, "--strict")
        assert (strict.exit_code, strict.problems) == (1, expected)
        assert strict.summary.endswith(counts(0, strict.warnings) + STRICT_NOTE)


# --- cases built here: links, a huge file, bytes git or an editor might rewrite -----------


def _link_outside_relative(folder: Path) -> None:
    (folder.parent / "outside.png").write_bytes((folder / "assets/hall.png").read_bytes())
    _symlink(folder / "assets/escape.png", Path("../../outside.png"))
    replace_in(folder / "panels/one.yaml", "image: hall.png", "image: escape.png")


def _link_outside_absolute(folder: Path) -> None:
    outside = folder.parent / "outside.png"
    outside.write_bytes((folder / "assets/hall.png").read_bytes())
    _symlink(folder / "assets/escape.png", outside.resolve())
    replace_in(folder / "panels/one.yaml", "image: hall.png", "image: escape.png")


def _folder_link_outside(folder: Path) -> None:
    (folder.parent / "elsewhere").mkdir()
    (folder.parent / "elsewhere/hall.png").write_bytes((folder / "assets/hall.png").read_bytes())
    _symlink(folder / "assets/linked", Path("../../elsewhere"))
    replace_in(folder / "panels/one.yaml", "image: hall.png", "image: linked/hall.png")


def _symlink(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target)
    except OSError as exc:  # pragma: no cover - e.g. Windows without developer mode
        pytest.skip(f"cannot create symbolic links here: {exc}")


def _oversized(folder: Path) -> None:
    path = folder / "panels/two.yaml"
    padding = b"# " + b"x" * 1000 + b"\n"
    path.write_bytes(path.read_bytes() + padding * 1600)


def _binary_junk(folder: Path) -> None:
    junk = bytes(range(256)) * 4
    (folder / "panels/two.yaml").write_bytes(b"title:\n  en: Numbers\n" + junk)


def _latin1(folder: Path) -> None:
    text = (
        "terms:\n  troika:\n    term:\n      en: troika\n    definition:\n"
        "      en: A commission that met in a café.\n"
    )
    (folder / "glossary.yaml").write_bytes(text.encode("latin-1"))


def _control_character(folder: Path) -> None:
    replace_in(folder / "panels/one.yaml", "en: Voices", "en: Voi\x07ces")


BUILT_CASES: dict[str, tuple[Callable[[Path], None], list[str]]] = {
    "symlink-outside-relative": (
        _link_outside_relative,
        [
            "panels/one.yaml:19:16: error: 'escape.png' is a link to a file outside assets/ "
            "(copy the file into assets/ instead of linking to it)",
        ],
    ),
    "symlink-outside-absolute": (
        _link_outside_absolute,
        [
            "panels/one.yaml:19:16: error: 'escape.png' is a link to a file outside assets/ "
            "(copy the file into assets/ instead of linking to it)",
        ],
    ),
    "folder-symlink-outside": (
        _folder_link_outside,
        [
            "panels/one.yaml:19:16: error: 'linked/hall.png' is a link to a file outside assets/ "
            "(copy the file into assets/ instead of linking to it)",
        ],
    ),
    "oversized-file": (
        _oversized,
        [
            "panels/two.yaml:1:1: error: the file is 1,570 KB; content files may be at most "
            "1,024 KB (split it into smaller files)",
        ],
    ),
    "binary-junk": (
        _binary_junk,
        [
            "panels/two.yaml:3:1: error: the file contains binary data, not text "
            "(is this really a YAML file? Content files are plain text)",
        ],
    ),
    "latin-1": (
        _latin1,
        [
            "glossary.yaml:6:41: error: the file is not UTF-8 text (byte 0xE9 cannot start a "
            "character) (save the file as UTF-8 in your editor; it may be in Latin-1 or "
            "Windows-1252)",
        ],
    ),
    "control-character": (
        _control_character,
        [
            "panels/one.yaml:35:32: error: YAML syntax error: unacceptable character #x0007 "
            "(the file contains an invisible control character here; delete and retype the "
            "text around it)",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(BUILT_CASES))
def test_built_case(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build, expected = BUILT_CASES[name]
    folder = copy_base(tmp_path)
    build(folder)
    result = validate(folder, capsys)
    assert result.problems == expected
    assert result.summary.endswith(": " + counts(result.errors, result.warnings))
    assert result.exit_code == 1


# --- the command line ---------------------------------------------------------------------


def test_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = overlay(BROKEN / "06-unknown-key-titel", tmp_path)
    assert main(["validate", str(folder), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    summary = report["summary"]
    assert report == {
        "folder": str(folder),
        "ok": False,
        "problems": [
            {
                "path": str(folder / "panels/one.yaml"),
                "line": 29,
                "column": 5,
                "severity": "error",
                "message": "missing required key 'title'",
                "hint": "add 'title:' with the page's title",
            },
            {
                "path": str(folder / "panels/one.yaml"),
                "line": 29,
                "column": 5,
                "severity": "warning",
                "message": "unknown key 'titel'",
                "hint": "did you mean 'title'?",
            },
        ],
        "summary": summary,
    }
    counted = {key: value for key, value in summary.items() if isinstance(value, int)}
    assert set(counted) == {"panels", "pages", "assets", "errors", "warnings"}
    assert (summary["languages"], summary["errors"], summary["warnings"]) == (["en", "ru"], 1, 1)


def test_json_report_strict_fails_on_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = overlay(BROKEN / "25-panel-not-listed", tmp_path)
    assert main(["validate", str(folder), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    assert main(["validate", str(folder), "--format", "json", "--strict"]) == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False


def test_missing_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    assert main(["validate", str(missing)]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"kiosk validate: '{missing}' is not a folder\n")


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "--frobnicate"],
        ["validate", "--format", "xml"],
        ["validate", "one", "two"],
        ["frobnicate"],
    ],
)
def test_bad_command_line_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "usage: kiosk" in capsys.readouterr().err


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: kiosk" in capsys.readouterr().err


def test_exit_code_of_the_real_process(tmp_path: Path) -> None:
    folder = overlay(BROKEN / "03-duplicate-key", tmp_path)
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "validate", str(folder)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=30,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == (
        f"{folder / 'panels/one.yaml'}:8:1: error: duplicate key 'summary' (first given on "
        "line 4) (remove one of the two)"
    )
