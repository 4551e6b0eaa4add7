"""The interface's own words: built in for English and Russian, extendable in content."""

from __future__ import annotations

from pathlib import Path

from kiosk.content import load_exhibition
from kiosk.content.interface import BUILT_IN_WORDS
from kiosk.content.records import record_fields
from kiosk.content.schema import InterfaceWords
from tests.content.corpus import copy_base


def test_built_in_languages_have_every_word() -> None:
    keys = {field.name for field in record_fields(InterfaceWords)}
    assert {language: set(words) for language, words in BUILT_IN_WORDS.items()} == {
        "en": keys,
        "ru": keys,
    }


def test_interface_file_rewords_a_built_in_word(tmp_path: Path) -> None:
    folder = copy_base(tmp_path)
    (folder / "interface.yaml").write_text("home: {en: Start}\n", encoding="utf-8")
    report = load_exhibition(folder)
    assert report.problems == []
    assert report.exhibition is not None
    assert report.exhibition.words["en"]["home"] == "Start"
    assert report.exhibition.words["ru"]["home"] == BUILT_IN_WORDS["ru"]["home"]


def test_a_language_without_some_interface_words_is_an_error(tmp_path: Path) -> None:
    folder = copy_base(tmp_path)
    manifest = folder / "exhibition.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            "  - code: ru\n    name: Русский\n",
            "  - code: ru\n    name: Русский\n  - code: de\n    name: Deutsch\n",
        ),
        encoding="utf-8",
    )
    words = "".join(
        f"{field.name}: {{de: Wort}}\n"
        for field in record_fields(InterfaceWords)
        if field.name not in ("map", "timeline")
    )
    (folder / "interface.yaml").write_text(words, encoding="utf-8")
    messages = [p.message for p in load_exhibition(folder).errors]
    assert "the interface has no Deutsch words for: timeline, map" in messages
