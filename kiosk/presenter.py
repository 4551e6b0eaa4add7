"""Content, as the visitor interface shows it in one language: plain data for QML.

Pure Python (no Qt), so the wording rules are tested without a window: how a
figure reads ("about 767,000", "387 000–445 000"), how text links to the
glossary, how sources are cited. QML receives the dicts built here and only
lays them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kiosk.charts import chart_view
from kiosk.content import Exhibition, Text
from kiosk.content.assets import AssetError
from kiosk.content.schema import (
    Block,
    ChartBlock,
    FigureBlock,
    ImageBlock,
    MapBlock,
    Page,
    Panel,
    QuoteBlock,
    Slide,
    Source,
    TeaserSlide,
    TextBlock,
    TimelineBlock,
)
from kiosk.content.text import GLOSSARY_LINK
from kiosk.geo import map_view
from kiosk.timeline import timeline_view

TERM_LINK_PREFIX = "term:"
"""Glossary links in rich text point at ``term:ID``; QML hands ID back to Python."""

_SEPARATORS = {"en": (",", "."), "ru": ("\u00a0", ",")}
"""Thousands and decimal separators; other languages use the ISO style (space, point)."""

_DIGIT_GROUPS = re.compile(r"(?<![\d.,])(\d{1,3})((?: \d{3})+)(?![\d])")
_NUMERO = re.compile(r"(№|No\.) (?=\d)")
_SHORT_WORD = re.compile(r"(?<![\w\u00a0-])([вксоуиаВКСОУИА]) ")
_DASH = re.compile(r" (?=—)")


def _escape(text: str) -> str:
    """Text made safe inside an HTML element: ``html.escape`` minus the ~7 ms its import costs."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def keep_together(text: str) -> str:
    """Line breaks only where a careful typesetter allows them.

    A number ("41 305", "№ 00447", "No. 00447") is read at once; a one-letter
    Russian preposition or conjunction ("в", "и") stays with the word after it;
    a dash never starts a line.
    """
    text = _DIGIT_GROUPS.sub(lambda m: m.group(1) + m.group(2).replace(" ", "\u00a0"), text)
    text = _NUMERO.sub(lambda m: m.group(1) + "\u00a0", text)
    text = _SHORT_WORD.sub(lambda m: m.group(1) + "\u00a0", text)
    return _DASH.sub("\u00a0", text)


_QUALIFIER_WORDS = {
    "about": "about",
    "more-than": "more_than",
    "at-least": "at_least",
    "up-to": "up_to",
}


class Presenter:
    """Builds what the screens show, in the current language."""

    def __init__(self, exhibition: Exhibition, language: str) -> None:
        self.exhibition = exhibition
        self.language = language
        self.fallback = exhibition.manifest.default_language

    def text(self, text: Text | None) -> str:
        """A text in the current language (the default language if it is missing)."""
        return keep_together(text.in_language(self.language, self.fallback)) if text else ""

    def word(self, key: str) -> str:
        """One of the interface's own words."""
        words = self.exhibition.words
        return words.get(self.language, {}).get(key) or words[self.fallback][key]

    # -- blocks ----------------------------------------------------------------------------

    def attract_slides(self) -> list[dict[str, Any]]:
        """The attract loop's slides; with none chosen, one with the exhibition's title."""
        manifest = self.exhibition.manifest
        attract = manifest.attract
        if attract.slides:
            return self.slides(attract.slides, attract.slide_seconds)
        return [
            {
                "type": "title",
                "title": self.text(manifest.title),
                "text": self.text(manifest.subtitle),
                "seconds": attract.slide_seconds,
            }
        ]

    def slides(self, slides: Iterable[Slide], default_seconds: int) -> list[dict[str, Any]]:
        """The attract loop's slides; a figure, quote or image slide reads like its block."""
        shown = []
        for slide in slides:
            row = self._teaser(slide) if isinstance(slide, TeaserSlide) else self.block(slide)
            row["seconds"] = slide.seconds or default_seconds
            shown.append(row)
        return shown

    def _teaser(self, slide: TeaserSlide) -> dict[str, Any]:
        panel_index = self.exhibition.manifest.panels.index(slide.panel)
        panel = self.exhibition.panels[panel_index]
        return {
            "type": "teaser",
            "panelId": slide.panel,
            "panelIndex": panel_index,
            "title": self.text(panel.title),
            "text": self.text(slide.text or panel.summary),
            "colour": panel.theme_colour,
        }

    def blocks(self, blocks: Iterable[Block]) -> list[dict[str, Any]]:
        return [self.block(block) for block in blocks]

    def block(self, block: Block) -> dict[str, Any]:
        if isinstance(block, TextBlock):
            return {"type": "text", "html": self.rich_text(block.text)}
        if isinstance(block, ImageBlock):
            return self._image(block)
        if isinstance(block, QuoteBlock):
            return {
                "type": "quote",
                "text": self.text(block.text),
                "attribution": self.text(block.attribution),
                "source": self.short_citations(block.sources),
            }
        if isinstance(block, FigureBlock):
            return self._figure(block)
        if isinstance(block, ChartBlock):
            return chart_view(self, block)
        if isinstance(block, TimelineBlock):
            return timeline_view(self, block)
        return map_view(self, block)

    def rich_text(self, text: Text) -> str:
        """Paragraphs as simple HTML, glossary links as ``<a href="term:ID">``."""
        paragraphs = re.split(r"\n\s*\n", self.text(text).strip())
        return "".join(f"<p>{self._linked(p)}</p>" for p in paragraphs if p.strip())

    def _linked(self, paragraph: str) -> str:
        out, last = [], 0
        for match in GLOSSARY_LINK.finditer(paragraph):
            out.append(_escape(paragraph[last : match.start()]))
            term_id = match.group(1).strip()
            shown = match.group(2) or self._term_word(term_id)
            out.append(f'<a href="{TERM_LINK_PREFIX}{term_id}">{_escape(shown)}</a>')
            last = match.end()
        out.append(_escape(paragraph[last:]))
        return re.sub(r"[ \t\r\n]+", " ", "".join(out)).strip()  # keeps no-break spaces

    def _term_word(self, term_id: str) -> str:
        term = self.exhibition.glossary.get(term_id)
        return self.text(term.term) if term else term_id

    # -- narration -------------------------------------------------------------------------

    def narration(self, page: Page) -> dict[str, Any]:
        """A page's narration for its bar: the transcript, and whether this language has
        a recording (``{}`` for a page without narration)."""
        if page.narration is None:
            return {}
        return {
            "transcript": self.rich_text(page.narration.transcript),
            "audio": self.language in page.narration.audio,
        }

    def recording(self, page: Page) -> Path | None:
        """The file of the page's recording in this language; None if it has none (or if
        the file has gone since the content was checked)."""
        relative = page.narration.audio.get(self.language) if page.narration else None
        if relative is None:
            return None
        try:
            return self.exhibition.assets.resolve(relative)
        except AssetError:
            return None

    def _image(self, block: ImageBlock) -> dict[str, Any]:
        path = self.exhibition.assets.resolve(block.image)
        return {
            "type": "image",
            "source": path.as_uri(),
            "alt": self.text(block.alt),
            "caption": self.text(block.caption),
            "credit": self.text(block.credit),
        }

    def _figure(self, block: FigureBlock) -> dict[str, Any]:
        number = self.number(block.value)
        if block.value_to is not None:
            number += "–" + self.number(block.value_to)
        key = _QUALIFIER_WORDS.get(block.qualifier)
        unit = self.text(block.unit)
        if unit and not any(character.isalpha() for character in unit):
            number, unit = number + unit, ""  # a sign such as "%" belongs to the number
        return {
            "type": "figure",
            "qualifier": self.word(key) if key else "",
            "number": number,
            "unit": unit,
            "label": self.text(block.label),
            "source": self.short_citations(block.sources),
        }

    # -- numbers, dates and citations ------------------------------------------------------

    def number(self, value: float) -> str:
        """A number as the language writes it: 767,000 in English, 767 000 in Russian."""
        thousands, decimal = _SEPARATORS.get(self.language, ("\u00a0", "."))
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
        return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)

    def date(self, iso: str) -> str:
        """1937, 1937-08 or 1937-08-05 in the reader's order: 5.08.1937 → 05.08.1937."""
        parts = iso.split("-")
        return ".".join(reversed(parts))

    def short_citations(self, source_ids: Iterable[str]) -> str:
        """'Werth 2010; Jansen & Petrov 2002': each source once, in citing order."""
        unique = dict.fromkeys(source_ids)
        return "; ".join(short_citation(self.exhibition.bibliography[s]) for s in unique)

    def panel_sources(self, panel: Panel) -> list[str]:
        """Every work a panel cites, in full, in the order first cited."""
        cited: dict[str, None] = {}
        for page in panel.pages:
            cited.update(dict.fromkeys(page.sources))
            for block in page.blocks:
                cited.update(dict.fromkeys(_block_sources(block)))
        return [self.full_citation(self.exhibition.bibliography[s]) for s in cited]

    def full_citation(self, source: Source) -> str:
        parts = [
            source.author,
            source.title,
            source.published_in,
            source.publisher,
            str(source.year) if source.year else None,
            source.url,
        ]
        note = self.text(source.note)
        return ". ".join(p.rstrip(".") for p in parts if p) + "." + (f" {note}" if note else "")


def prepare_explorers(exhibition: Exhibition) -> None:
    """Lay out every timeline and map of ``exhibition`` once, in every language.

    The first layout of a map (base map read, outlines projected, names placed) or
    of a timeline (lanes and clusters for every zoom) takes tens of milliseconds;
    later ones come from caches. Run on a background thread after content loads,
    this spares the first visitor who opens such a panel that pause.
    """
    for code in exhibition.languages:
        presenter = Presenter(exhibition, code)
        for panel in exhibition.panels:
            for page in panel.pages:
                for block in page.blocks:
                    if isinstance(block, TimelineBlock | MapBlock):
                        presenter.block(block)


def short_citation(source: Source) -> str:
    """'Werth 2010', 'Jansen & Petrov 2002', 'Danilov et al. 2001'; the title if no author.

    Authors are separated by ';' and written 'Surname, Given names'.
    """
    who = source.title
    if source.author:
        surnames = [a.split(",")[0].strip() for a in source.author.split(";") if a.strip()]
        who = " & ".join(surnames) if len(surnames) <= 2 else f"{surnames[0]} et al."
    return f"{who} {source.year}" if source.year else who


def _block_sources(block: Block) -> list[str]:
    if isinstance(block, QuoteBlock | FigureBlock | ChartBlock):
        return list(block.sources)
    if isinstance(block, TimelineBlock):
        return [s for event in block.events for s in event.sources]
    if isinstance(block, MapBlock):
        return [s for point in block.points for s in point.sources]
    return []
