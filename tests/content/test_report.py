"""``kiosk report``: real counts on the test exhibition, and each thing left to do found.

Every test works on a fresh copy of tests/content/base, changed as the test needs.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content import load_exhibition
from kiosk.content.problems import Location
from kiosk.content.report import (
    DEFAULT_READING_SPEED,
    ExhibitionReport,
    TextCount,
    build_report,
    reading_speed,
    text_block_budget,
)
from kiosk.content.reportformat import reading_time
from kiosk.content.text import MAX_SENTENCE_WORDS
from tests.content.corpus import BROKEN, copy_base, overlay, replace_in

BLOCK_EN = "Sentences were passed by a [[troika]] in minutes."
"""The text block on page 1 of panel 'one': 8 words shown ('troika' once)."""

PANEL_ONE_EN_WORDS = 2 + 6 + 1 + 8 + 3 + 2 + 1 + 7 + 5 + 1 + 5
"""Panel 'one' in English, key by key: title 'The place', summary 'What happened at the
firing range', page title 'Arrests', the text block, caption 'The hall today', credit
'Museum photo', page title 'Voices', the quotation (7), its attribution (5), the figure's
unit 'people' and label 'shot in 1937 and 1938'. The image's alt (5 words) is not shown."""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return copy_base(tmp_path)


def report_on(folder: Path) -> ExhibitionReport:
    loaded = load_exhibition(folder)
    assert loaded.exhibition is not None, loaded.problems
    return build_report(loaded.exhibition)


def panel_count(report: ExhibitionReport, panel: str, language: str) -> TextCount:
    found = next(p for p in report.panels if p.panel == panel)
    return next(c for c in found.languages if c.language == language)


# --- text against the validator's limits -----------------------------------------------


def test_words_of_the_base_exhibition(folder: Path) -> None:
    report = report_on(folder)
    one_en, one_ru = panel_count(report, "one", "en"), panel_count(report, "one", "ru")
    assert one_en == TextCount("en", PANEL_ONE_EN_WORDS, 1, 8, 0, 0)
    assert (one_ru.text_blocks, one_ru.longest) == (1, 6)  # Приговоры выносила тройка за …
    assert [p.pages for p in report.panels] == [2, 2]
    totals = dict(zip(report.languages, report.totals(), strict=True))
    assert totals["en"].words == sum(panel_count(report, p, "en").words for p in ("one", "two"))
    assert totals["en"].text_blocks == 1


def test_limits_are_the_validators(folder: Path) -> None:
    report = report_on(folder)
    assert (report.text_block_words, report.sentence_words) == (100, MAX_SENTENCE_WORDS)
    assert text_block_budget() == 100


def test_blocks_and_sentences_over_the_limits_are_counted(folder: Path) -> None:
    sentence = " ".join(["Word", *["word"] * 24, "end."])  # 26 words
    replace_in(folder / "panels/one.yaml", BLOCK_EN, " ".join([sentence] * 4))
    count = panel_count(report_on(folder), "one", "en")
    assert (count.text_blocks, count.longest, count.over_budget, count.long_sentences) == (
        1,
        104,
        1,
        4,
    )
    assert panel_count(report_on(folder), "one", "ru").over_budget == 0


def test_sentences_are_limited_in_timeline_text_too(folder: Path) -> None:
    long = " ".join(["Many", *["words"] * 29]) + "."
    replace_in(
        folder / "panels/two.yaml", "The order set quotas for each region; see [[troika]].", long
    )
    count = panel_count(report_on(folder), "two", "en")
    assert (count.text_blocks, count.long_sentences, count.over_budget) == (0, 1, 0)


def test_reading_time_uses_the_irest_speeds(folder: Path) -> None:
    report = report_on(folder)
    assert (reading_speed("en"), reading_speed("ru"), reading_speed("de")) == (228, 184, 184)
    assert DEFAULT_READING_SPEED == 184
    count = panel_count(report, "one", "en")
    assert count.reading_seconds == pytest.approx(PANEL_ONE_EN_WORDS * 60 / 228)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0 s"), (3, "10 s"), (44, "40 s"), (59, "1 min"), (150, "3 min"), (3930, "1 h 06 min")],
)
def test_reading_time_is_as_precise_as_an_estimate(seconds: float, shown: str) -> None:
    assert reading_time(seconds) == shown


# --- what is left to do ------------------------------------------------------------------


def test_a_clean_exhibition_has_nothing_left_but_its_unused_term(folder: Path) -> None:
    report = report_on(folder)
    assert report.missing_translations == ()
    assert report.unused_assets == ()
    assert report.unsourced_numbers == ()
    assert [t.term for t in report.unused_terms] == ["gulag"]


def test_unused_asset_is_reported_but_not_fonts_or_readme(folder: Path) -> None:
    shutil.copyfile(folder / "assets/hall.png", folder / "assets/photos/spare.png")
    (folder / "assets/README.md").write_text("What is in here.\n", encoding="utf-8")
    (folder / "assets/fonts").mkdir()
    (folder / "assets/fonts/Some.ttf").write_bytes(b"\0")
    (folder / "assets/.DS_Store").write_bytes(b"\0")
    report = report_on(folder)
    assert report.unused_assets == ("photos/spare.png",)
    assert report.asset_folder == folder / "assets"


def test_an_asset_shown_by_a_block_is_used(folder: Path) -> None:
    shutil.copyfile(folder / "assets/hall.png", folder / "assets/photos/spare.png")
    replace_in(folder / "panels/one.yaml", "image: hall.png", "image: photos/spare.png")
    assert report_on(folder).unused_assets == ("hall.png",)


def test_unused_glossary_term_with_its_place(folder: Path) -> None:
    [unused] = report_on(folder).unused_terms
    assert (unused.term, unused.where) == ("gulag", Location(folder / "glossary.yaml", 10, 3))


def test_a_linked_term_is_used(folder: Path) -> None:
    replace_in(folder / "panels/one.yaml", "in minutes.", "in minutes, or sent to the [[gulag]].")
    assert report_on(folder).unused_terms == ()


def test_missing_translation_says_which_text_and_where(folder: Path) -> None:
    replace_in(folder / "panels/one.yaml", "      ru: Аресты\n", "")
    replace_in(folder / "panels/one.yaml", "          ru: Зал сегодня\n", "")
    missing = report_on(folder).missing_translations
    assert [(str(m.where), m.language, m.what, m.sample) for m in missing] == [
        (f"{folder}/panels/one.yaml:10:7", "ru", "page 1 › title", "Arrests"),
        (
            f"{folder}/panels/one.yaml:23:11",
            "ru",
            "page 1 › block 2 (image) › caption",
            "The hall today",
        ),
    ]
    warned = [p.location for p in load_exhibition(folder).warnings]
    assert warned == [m.where for m in missing], "the same places as the validator's warnings"


def test_number_in_text_on_a_page_without_sources(folder: Path) -> None:
    panel = folder / "panels/one.yaml"
    replace_in(panel, "in minutes.", "in 15 minutes in 1937.")
    assert report_on(folder).unsourced_numbers == (), "the page cites werth-2007"
    replace_in(panel, "    sources: [werth-2007]\n", "")
    [number] = report_on(folder).unsourced_numbers
    assert (str(number.where), number.what, number.numbers) == (
        f"{folder}/panels/one.yaml:15:11",
        "page 1 › block 1 (text) › text",
        ("15", "1937"),
    )


def test_figures_cite_their_own_sources(folder: Path) -> None:
    """A page without sources whose figure, chart or timeline cites its own is fine."""
    replace_in(folder / "panels/one.yaml", "    sources: [werth-2007]\n", "")
    assert report_on(folder).unsourced_numbers == ()


# --- the command -------------------------------------------------------------------------


def test_text_report(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "assets/spare.png").write_bytes((folder / "assets/hall.png").read_bytes())
    assert main(["report", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [f"{folder}: Test exhibition", "2 panels, 4 pages, 2 languages (en, ru)"]
    head = next(i for i, line in enumerate(lines) if line.startswith("panel "))
    table = lines[head : head + 7]
    assert table[0].split()[:4] == ["panel", "lang", "pages", "words"]
    words = str(PANEL_ONE_EN_WORDS)
    assert table[1].split() == ["one", "en", "2", words, "10", "s", "1", "8", "0", "0"]
    assert [row.split()[0] for row in table[5:]] == ["all", "ru"]
    column = table[0].index("lang")
    assert [row[column : column + 2] for row in table[1:]] == ["en", "ru"] * 3, "aligned"
    ends = {len(row) for row in table}
    assert len(ends) == 1, "numbers are aligned right, to the end of their column"
    assert "Missing translations: none" in lines
    assert "Unused files in the asset folder (1): no block shows them" in lines
    assert f"  {folder}/assets/spare.png" in lines
    assert f"  {folder}/glossary.yaml:10:3:  gulag" in lines


def test_json_report_parses(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replace_in(folder / "panels/one.yaml", "      ru: Аресты\n", "")
    assert main(["report", str(folder), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["ok"], [p["message"] for p in data["problems"]]) == (
        True,
        ["missing the 'ru' translation"],
    )
    report = data["report"]
    one = report["panels"][0]
    assert (one["id"], one["pages"], one["languages"]["en"]["words"]) == (
        "one",
        2,
        PANEL_ONE_EN_WORDS,
    )
    assert report["limits"] == {"text_block_words": 100, "sentence_words": 25}
    assert report["reading_speed"]["words_per_minute"] == {"en": 228, "ru": 184}
    assert report["missing_translations"] == [
        {
            "path": str(folder / "panels/one.yaml"),
            "line": 10,
            "column": 7,
            "text": "page 1 › title",
            "language": "ru",
            "sample": "Arrests",
        }
    ]
    assert [t["term"] for t in report["unused_glossary_terms"]] == ["gulag"]
    assert report["totals"]["pages"] == 4


def test_warnings_are_shown_and_the_report_still_runs(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replace_in(folder / "panels/one.yaml", "      ru: Аресты\n", "")
    assert main(["report", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        f"{folder}/panels/one.yaml:10:7: warning: missing the 'ru' translation "
        '(add ru: "…" with the text in Русский)'
    )
    assert (out[1], out[2]) == ("", f"{folder}: Test exhibition")


def test_content_with_errors_is_listed_not_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = overlay(BROKEN / "08-dangling-source", tmp_path)
    assert main(["report", str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert ": error: unknown source" in lines[0]
    assert lines[-1].startswith(f"{folder}: 2 panels")
    assert lines[-1].endswith(": 1 error, 0 warnings; fix the errors first")
    assert not any(line.startswith("panel ") for line in lines)
    assert main(["report", str(folder), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["ok"], data["report"]) == (False, None)


def test_not_a_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err == f"kiosk report: '{tmp_path / 'nowhere'}' is not a folder\n"
