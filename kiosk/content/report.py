"""A curator's report on a valid exhibition: how much text, and what is left to do.

:func:`build_report` turns an :class:`Exhibition` into plain data: per panel and
language, the words against the limits the validator applies, and reading time;
then what is missing or left over: translations, assets no block shows, glossary
terms no text links, numbers written in text with no source to back them.
:mod:`kiosk.content.reportformat` prints it for a terminal or as JSON.

Reading time assumes the reading speeds of the International Reading Speed Texts
study (IReST: Trauzettel-Klosinski, Dietz and the IReST Study Group, "Standardized
assessment of reading performance: the new International Reading Speed Texts
IReST", Invest. Ophthalmol. Vis. Sci. 53(9):5452-5461, 2012): young adults reading
aloud, a paragraph in their own language. English readers managed 228 words a
minute and Russian readers 184; across its 17 languages the average was 184,
used here for any other language. Visitors standing at a kiosk read no faster,
so the times are a floor, not a promise.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.assets import AssetError
from kiosk.content.exhibition import GLOSSARY_FILE, Exhibition
from kiosk.content.kinds import AssetKind, RefKind
from kiosk.content.problems import Location
from kiosk.content.records import ListKind, fields_by_name, record_fields
from kiosk.content.schema import GlossaryTerm, TextBlock
from kiosk.content.text import (
    MAX_SENTENCE_WORDS,
    Text,
    TextKind,
    glossary_links,
    long_sentences,
    shown_words,
)
from kiosk.content.walk import Visit, panel_file, walk_exhibition

READING_SPEEDS: dict[str, int] = {"en": 228, "ru": 184}
"""Words a minute by language, from IReST (Trauzettel-Klosinski et al. 2012)."""

DEFAULT_READING_SPEED = 184
"""Words a minute for any other language: IReST's average over its 17 languages."""

READING_SPEED_SOURCE = "Trauzettel-Klosinski et al. 2012"

NOT_SHOWN = frozenset({"alt"})
"""Text fields that are not on screen (an image's alt is for screen readers)."""

NOT_ON_THE_PAGE = frozenset({"transcript"})
"""Text fields not counted in a page's words and reading time: a narration's
transcript is what visitors read instead of listening, on a card they open."""

IGNORED_ASSETS = ("fonts/",)
"""Folders of the asset folder that content does not name: the interface's typefaces."""

_NUMBER = re.compile(r"\d(?:[\d.,\u00a0\u202f]*\d)?")


def reading_speed(language: str) -> int:
    """Words a minute a reader of ``language`` reads (see the module's notes)."""
    return READING_SPEEDS.get(language, DEFAULT_READING_SPEED)


def text_block_budget() -> int | None:
    """The word budget of a text block, as the schema declares it."""
    kind = fields_by_name(TextBlock)["text"].kind
    return kind.max_words if isinstance(kind, TextKind) else None


@dataclass(frozen=True)
class TextCount:
    """The visitor text of a panel (or of all of them) in one language."""

    language: str
    words: int = 0
    """Every word on screen: titles, text, captions, labels, credits."""
    text_blocks: int = 0
    """Texts with a word budget (text blocks)."""
    longest: int = 0
    """Words in the longest of them."""
    over_budget: int = 0
    """Texts over their word budget."""
    long_sentences: int = 0
    """Sentences over :data:`MAX_SENTENCE_WORDS` words, in any body text."""

    @property
    def reading_seconds(self) -> float:
        """How long reading every word takes, at :func:`reading_speed`."""
        return self.words * 60 / reading_speed(self.language)

    def __add__(self, other: TextCount) -> TextCount:
        return TextCount(
            self.language,
            self.words + other.words,
            self.text_blocks + other.text_blocks,
            max(self.longest, other.longest),
            self.over_budget + other.over_budget,
            self.long_sentences + other.long_sentences,
        )


@dataclass(frozen=True)
class PanelText:
    """One panel's text, per language of the exhibition."""

    panel: str
    path: Path
    pages: int
    languages: tuple[TextCount, ...]


@dataclass(frozen=True)
class MissingTranslation:
    """A text not given in one of the exhibition's languages."""

    where: Location
    what: str
    """Which text: 'page 2 › block 1 (text) › text'."""
    language: str
    sample: str
    """Its first words, in a language it has."""


@dataclass(frozen=True)
class UnusedTerm:
    """A glossary term that no text links."""

    term: str
    where: Location


@dataclass(frozen=True)
class UnsourcedNumber:
    """A text that states numbers where nothing cites a source for them."""

    where: Location
    what: str
    numbers: tuple[str, ...]


@dataclass(frozen=True)
class ExhibitionReport:
    """Everything ``kiosk report`` says about an exhibition."""

    folder: Path
    title: str
    languages: tuple[str, ...]
    text_block_words: int | None
    """A text block's word budget (the validator's limit)."""
    sentence_words: int
    """A sentence's word limit (the validator's)."""
    panels: tuple[PanelText, ...]
    missing_translations: tuple[MissingTranslation, ...]
    asset_folder: Path
    unused_assets: tuple[str, ...]
    """Files in the asset folder no block shows, as content would name them."""
    unused_terms: tuple[UnusedTerm, ...]
    unsourced_numbers: tuple[UnsourcedNumber, ...]

    @property
    def pages(self) -> int:
        return sum(panel.pages for panel in self.panels)

    def totals(self) -> tuple[TextCount, ...]:
        """All panels together, per language."""
        return tuple(
            sum((p.languages[i] for p in self.panels), TextCount(code))
            for i, code in enumerate(self.languages)
        )


def build_report(exhibition: Exhibition) -> ExhibitionReport:
    """The report on a loaded (valid) exhibition; reads its files again for line numbers."""
    visits = list(walk_exhibition(exhibition))
    languages = exhibition.languages
    default = exhibition.manifest.default_language
    return ExhibitionReport(
        folder=exhibition.folder,
        title=exhibition.manifest.title.in_language(default),
        languages=languages,
        text_block_words=text_block_budget(),
        sentence_words=MAX_SENTENCE_WORDS,
        panels=tuple(_panel_text(exhibition, p.id, visits) for p in exhibition.panels),
        missing_translations=tuple(_missing_translations(visits, languages, default)),
        asset_folder=Path(os.path.normpath(exhibition.assets.root)),
        unused_assets=tuple(_unused_assets(exhibition, visits)),
        unused_terms=tuple(_unused_terms(exhibition, visits)),
        unsourced_numbers=tuple(_unsourced_numbers(visits, languages)),
    )


Visits = list[tuple[Path, Visit]]


def _texts(visits: Iterable[tuple[Path, Visit]]) -> Iterable[tuple[Path, Visit, Text, TextKind]]:
    """The visitor texts met on the walk, with the kind that checked each."""
    for path, visit in visits:
        if isinstance(visit.value, Text) and isinstance(visit.kind, TextKind):
            yield path, visit, visit.value, visit.kind


def _panel_text(exhibition: Exhibition, panel_id: str, visits: Visits) -> PanelText:
    panel = exhibition.panel(panel_id)
    assert panel is not None
    path = panel_file(exhibition, panel)
    hidden = NOT_SHOWN | NOT_ON_THE_PAGE
    shown = [(v, t, k) for p, v, t, k in _texts(visits) if p == path and v.field not in hidden]
    counts = tuple(_count(code, shown) for code in exhibition.languages)
    return PanelText(panel_id, path, len(panel.pages), counts)


def _count(code: str, texts: list[tuple[Visit, Text, TextKind]]) -> TextCount:
    total = TextCount(code)
    for _, text, kind in texts:
        words = len(shown_words(text.get(code, "")))
        budgeted = kind.limited and kind.max_words is not None
        total += TextCount(
            code,
            words,
            int(budgeted),
            words if budgeted else 0,
            int(kind.too_long(words)),
            len(long_sentences(text.get(code, ""))) if kind.limited else 0,
        )
    return total


def _missing_translations(
    visits: Visits, languages: tuple[str, ...], default: str
) -> Iterable[MissingTranslation]:
    for _, visit, text, kind in _texts(visits):
        if not kind.complete or not text:
            continue
        sample = _start(text.in_language(default))
        for code in languages:
            if code not in text:
                yield MissingTranslation(visit.where, visit.what, code, sample)


def _start(text: str, words: int = 6) -> str:
    split = text.split()
    return " ".join(split[:words]) + (" …" if len(split) > words else "")


def _unused_assets(exhibition: Exhibition, visits: Visits) -> Iterable[str]:
    folder = exhibition.assets
    used: set[Path] = set()
    for _, visit in visits:
        if isinstance(visit.kind, AssetKind) and isinstance(visit.value, str):
            try:
                used.add(folder.resolve(visit.value))
            except AssetError:  # changed since it was loaded: not ours to report
                continue
    for relative in folder.files():
        name = relative.rsplit("/", 1)[-1]
        if relative.startswith(IGNORED_ASSETS) or name.startswith(".") or _is_readme(name):
            continue
        if Path(os.path.realpath(folder.root / relative)) not in used:
            yield relative


def _is_readme(name: str) -> bool:
    return name.lower().split(".", 1)[0] == "readme"


def _unused_terms(exhibition: Exhibition, visits: Visits) -> Iterable[UnusedTerm]:
    linked: set[str] = set()
    for _, _visit, text, kind in _texts(visits):
        if kind.markup:
            linked.update(term for words in text.values() for term, _ in glossary_links(words))
    for _, visit in visits:
        if isinstance(visit.kind, RefKind) and visit.kind.target == "glossary term":
            linked.add(visit.value)
    glossary = exhibition.folder / GLOSSARY_FILE
    # The walk meets the terms in the order of the glossary, as the loader read them.
    places = [v.where for p, v in visits if p == glossary and isinstance(v.value, GlossaryTerm)]
    for term, where in zip(exhibition.glossary, places, strict=True):
        if term not in linked:
            yield UnusedTerm(term, where)


def _unsourced_numbers(visits: Visits, languages: tuple[str, ...]) -> Iterable[UnsourcedNumber]:
    """Texts that state numbers in a record that could cite sources but cites none.

    Key figures, charts, timeline events, map points and quotes must cite their
    sources (``kiosk validate`` refuses them without), so the numbers left to check
    are those written in text: a text block, a caption or a page title on a page
    with no ``sources``, a glossary definition with none.
    """
    for _, visit, text, _kind in _texts(visits):
        cited = _nearest_sources(visit.records)
        if cited is None or cited or visit.field in NOT_SHOWN:
            continue
        found = (_numbers(text.get(code, "")) for code in languages)
        numbers = next((n for n in found if n), ())
        if numbers:
            yield UnsourcedNumber(visit.where, visit.what, numbers)


def _nearest_sources(records: tuple[object, ...]) -> tuple[str, ...] | None:
    """The sources of the innermost record that can cite any; ``None`` if none can."""
    for record in reversed(records):
        cls: type = type(record)
        spec = next((f for f in record_fields(cls) if f.name == "sources"), None)
        if spec is not None and isinstance(spec.kind, ListKind):
            sources: tuple[str, ...] = getattr(record, "sources", ())
            return sources
    return None


def _numbers(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_NUMBER.findall(" ".join(shown_words(text)))))
