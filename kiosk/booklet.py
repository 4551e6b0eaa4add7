"""The proofreading booklet: the whole exhibition as one HTML document, for checking on paper.

A fact-checker reads every text, number, quotation and picture credit exactly as a
visitor sees it (the wording comes from :class:`~kiosk.presenter.Presenter`), each
followed by the full citation of its sources and by where it is in the files
(``panels/mechanisms.yaml, page 3, line 41``), so every fact can be held against
its source and every mistake found in the YAML.

Pure Python (no Qt), so what the booklet says is tested without a PDF. The HTML
keeps to the subset Qt's rich text understands; :mod:`kiosk.proof` lays it out on
A4 pages and writes the PDF.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kiosk.content import ContentError, Exhibition, Report, Text
from kiosk.content.schema import (
    Block,
    ChartBlock,
    FigureBlock,
    ImageBlock,
    MapBlock,
    Narration,
    Page,
    Panel,
    QuoteBlock,
    Slide,
    TeaserSlide,
    TextBlock,
    TimelineBlock,
)
from kiosk.content.yamlfile import Mapping as NodeMap
from kiosk.content.yamlfile import Node, read_yaml_file
from kiosk.content.yamlfile import Sequence as NodeList
from kiosk.presenter import TERM_LINK_PREFIX, Presenter, keep_together

CHAPTER_ANCHOR = "chapter-"
"""The names of the anchors of chapter headings: chapter-1, chapter-2, ..."""

ImageSize = Callable[[Path], "tuple[int, int] | None"]
"""The pixel size of an image file, or None if it cannot be read (given by the Qt side)."""

THUMBNAIL_BOX = (220, 150)
"""The largest a thumbnail is drawn, in CSS pixels (1/96 inch): about 58 × 40 mm."""

SERIF, SANS = "PT Serif", "PT Sans"
"""The bundled families (kiosk/fonts.py), named here so the HTML stays Qt-free."""

STYLE = f"""
body {{ font-family: '{SERIF}'; font-size: 11pt; color: #1a1714; }}
p {{ margin-top: 0px; margin-bottom: 5px; line-height: 125%; }}
h1 {{ font-family: '{SANS}'; font-size: 20pt; font-weight: bold; color: #1a1714;
      margin-top: 0px; margin-bottom: 4px; page-break-before: always; }}
h1.cover {{ font-size: 26pt; margin-top: 90px; page-break-before: auto; }}
h2 {{ font-family: '{SANS}'; font-size: 14pt; font-weight: bold; color: #1a1714;
      margin-top: 26px; margin-bottom: 2px; }}
h3 {{ font-family: '{SANS}'; font-size: 11pt; font-weight: bold; margin-top: 14px;
      margin-bottom: 3px; }}
p.subtitle {{ font-size: 15pt; margin-bottom: 30px; }}
p.lead {{ font-style: italic; margin-bottom: 10px; }}
p.where {{ font-family: '{SANS}'; font-size: 8.5pt; color: #6b645c; margin-bottom: 8px; }}
p.kind {{ font-family: '{SANS}'; font-size: 8.5pt; font-weight: bold; color: #6b645c;
          margin-top: 14px; margin-bottom: 3px; }}
p.title {{ font-family: '{SANS}'; font-size: 12pt; font-weight: bold; margin-bottom: 2px; }}
p.item {{ margin-top: 10px; margin-bottom: 3px; }}
th.number {{ text-align: right; }}
p.figure {{ font-size: 17pt; font-weight: bold; margin-bottom: 2px; }}
p.quote {{ font-style: italic; margin-left: 18px; }}
p.attribution {{ margin-left: 18px; }}
p.terms {{ font-family: '{SANS}'; font-size: 8.5pt; color: #4a443e; }}
p.note {{ font-size: 9.5pt; color: #4a443e; }}
p.problem {{ font-family: '{SANS}'; font-size: 9pt; margin-bottom: 6px; }}
p.cite {{ font-size: 9.5pt; margin-bottom: 2px; line-height: 115%; }}
p.entry {{ margin-bottom: 8px; }}
span.id {{ font-family: '{SANS}'; font-size: 8pt; color: #6b645c; }}
span.label {{ font-family: '{SANS}'; font-size: 8.5pt; color: #6b645c; }}
table.sources {{ background-color: #efebe5; margin-top: 3px; margin-bottom: 4px; }}
table.data {{ border-color: #b9b1a7; border-style: solid; border-collapse: collapse;
              font-size: 9.5pt; margin-top: 2px; margin-bottom: 4px; }}
th {{ background-color: #e4dfd8; font-family: '{SANS}'; font-size: 8.5pt; text-align: left; }}
td.number {{ text-align: right; }}
table.facts {{ margin-top: 10px; margin-bottom: 20px; }}
td.picture {{ padding-right: 12px; }}
td.inner {{ padding-left: 18px; }}
table.contents {{ margin-top: 4px; }}
td.key {{ font-family: '{SANS}'; font-size: 9pt; color: #6b645c; }}
"""

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "proof": "Proof copy for fact-checking",
        "language": "Language",
        "exported": "Exported",
        "version": "kiosk version",
        "folder": "Content folder",
        "edition": "Edition",
        "validation": "Validation",
        "how": (
            "Every panel starts on a new page. Under each page heading is where the page "
            "is in the files; each block gives its line. Underlined words are linked to "
            "the glossary, and the terms are named under the text. Each figure, quotation, "
            "chart, timeline and map is followed by the full citation of its sources; the "
            "id in square brackets is the source's key in bibliography.yaml."
        ),
        "problems": "Problems to check",
        "contents": "Contents",
        "problems_intro": (
            "The content loads, but the validator warns of the following. Check each one."
        ),
        "advisory": "Content advisory",
        "panel_where": "{file}, {pages} pages",
        "page": "Page {number}: {title}",
        "page_where": "{file}, page {number}, line {line}",
        "summary": "Summary",
        "line": "line {line}",
        "page_sources": "Sources of the page",
        "sources": "Sources",
        "terms": "Glossary terms",
        "text": "Text",
        "figure": "Key figure",
        "quote": "Quotation",
        "image": "Image",
        "chart": "Chart",
        "timeline": "Timeline",
        "map": "Map",
        "narration": "Narration: transcript",
        "recording": "Recording: {file}",
        "no_recording": "No recording in this language: visitors read the transcript.",
        "caption": "Caption",
        "credit": "Credit and licence",
        "alt": "Description (alt text)",
        "file": "File",
        "unit": "unit",
        "notes": "Notes",
        "category": "Category",
        "attract": "Attract loop",
        "attract_where": "exhibition.yaml, attract.slides: shown while nobody uses the kiosk",
        "slide": "Slide {number}",
        "teaser": "Invitation to a panel",
        "glossary": "Glossary",
        "bibliography": "Bibliography",
        "none": "None.",
        "no_sources": "none given.",
        "page_of": "page {page} of {count}",
        "bars": "bars",
        "stacked-bars": "stacked bars",
        "range": "ranges",
        "cumulative": "running total",
        "steps": "steps",
        "map-execution-site": "execution site",
        "map-burial-site": "burial site",
        "map-region": "region",
        "map-place": "place",
    },
    "ru": {
        "proof": "Корректура для проверки фактов",
        "language": "Язык",
        "exported": "Дата выгрузки",
        "version": "Версия kiosk",
        "folder": "Папка с содержимым",
        "edition": "Редакция",
        "validation": "Проверка",
        "how": (
            "Каждый раздел начинается с новой страницы. Под заголовком страницы указано, "
            "где она находится в файлах; у каждого блока указана строка. Подчёркнутые "
            "слова связаны со словарём, и термины названы под текстом. За каждой цифрой, "
            "цитатой, диаграммой, хроникой и картой следует полное описание её "
            "источников; в квадратных скобках — ключ источника в bibliography.yaml."
        ),
        "problems": "Замечания для проверки",
        "contents": "Содержание",
        "problems_intro": (
            "Содержимое загружается, но проверка предупреждает о следующем. "
            "Проверьте каждое замечание."
        ),
        "advisory": "Предупреждение о содержании",
        "panel_where": "{file}, страниц: {pages}",
        "page": "Страница {number}: {title}",
        "page_where": "{file}, страница {number}, строка {line}",
        "summary": "Анонс",
        "line": "строка {line}",
        "page_sources": "Источники страницы",
        "sources": "Источники",
        "terms": "Термины словаря",
        "text": "Текст",
        "figure": "Ключевая цифра",
        "quote": "Цитата",
        "image": "Изображение",
        "chart": "Диаграмма",
        "timeline": "Хроника",
        "map": "Карта",
        "narration": "Аудиозапись: текст",
        "recording": "Запись: {file}",
        "no_recording": "Записи на этом языке нет: посетители читают текст.",
        "caption": "Подпись",
        "credit": "Автор и лицензия",
        "alt": "Описание (alt)",
        "file": "Файл",
        "unit": "единица",
        "notes": "Примечания",
        "category": "Категория",
        "attract": "Заставка",
        "attract_where": "exhibition.yaml, attract.slides: показывается, пока киоск свободен",
        "slide": "Слайд {number}",
        "teaser": "Приглашение в раздел",
        "glossary": "Словарь",
        "bibliography": "Библиография",
        "none": "Нет.",
        "no_sources": "не указаны.",
        "page_of": "стр. {page} из {count}",
        "bars": "столбцы",
        "stacked-bars": "столбцы из частей",
        "range": "диапазоны",
        "cumulative": "нарастающий итог",
        "steps": "ступени",
        "map-execution-site": "место расстрелов",
        "map-burial-site": "место захоронения",
        "map-region": "регион",
        "map-place": "место",
    },
}
"""The booklet's own words; languages other than these use the English ones."""

_QUOTE_MARKS = {"ru": ("«", "»")}
_TERM_LINK = re.compile(rf'<a href="{TERM_LINK_PREFIX}([^"]+)">(.*?)</a>')


@dataclass(frozen=True)
class Booklet:
    """What :mod:`kiosk.proof` needs to print the booklet."""

    title: str
    """The exhibition's title and what the document is, for the PDF's metadata."""
    footer: str
    """The running footer of every page (the page number is added on its right)."""
    page_of: str
    """How the footer numbers a page, with ``{page}`` and ``{count}``."""
    html: str
    images: dict[str, Path] = field(default_factory=dict)
    """The thumbnails, by the URL the HTML gives them, with the asset file to draw."""
    chapters: list[str] = field(default_factory=list)
    """The anchors (``<a name>``) of the headings the contents list, in order."""


def build_booklet(
    report: Report,
    languages: Sequence[str],
    *,
    exported: date,
    version: str,
    image_size: ImageSize | None = None,
    pages: Mapping[str, int] | None = None,
) -> Booklet:
    """The booklet of ``report``'s exhibition (which must have loaded) in ``languages``.

    With several languages, the cover and the problems come once, then the whole
    exhibition in each language in turn. ``image_size`` lets the booklet show a
    thumbnail of each picture; without it, pictures are named only. ``pages`` gives
    the page of each chapter for the contents (see :attr:`Booklet.chapters`); the
    first layout, which finds them, leaves the contents' page numbers blank.
    """
    exhibition = report.exhibition
    if exhibition is None or not languages:
        raise ValueError("a booklet needs content that loaded, and a language")
    shared = _Shared(_Places(exhibition.folder), image_size)
    cover, sections = _Writer(exhibition, languages[0], shared), []
    several = len(languages) > 1
    cover.problems(report)
    problems = cover.take()
    for code in languages:
        section = _Writer(exhibition, code, shared)
        section.exhibition_in_language(section=several)
        sections += section.take()
    cover.cover(report, languages, exported, version)
    if not several:
        cover.advisory()  # two or three sentences: on the cover, not a page of their own
    cover.contents(pages or {})
    title = cover.presenter.text(exhibition.manifest.title)
    body = "\n".join([*cover.take(), *problems, *sections])
    return Booklet(
        title=f"{title} — {cover.label('proof')}",
        footer=f"{title} · {cover.label('proof')}, {exported.isoformat()}",
        page_of=cover.labels["page_of"],
        html=f"<html><head><style>{STYLE}</style></head><body>\n{body}\n</body></html>",
        images=shared.images,
        chapters=[anchor for anchor, _, _ in shared.contents],
    )


def escape(text: str) -> str:
    """Curators' text made safe inside HTML: ``<``, ``>`` and ``&`` shown as written."""
    return html.escape(text, quote=True)


class _Places:
    """Where things are in the content files, read again with their line numbers."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.roots: dict[str, Node | None] = {}

    def line(self, relative: str, *keys: str | int) -> int | None:
        """The line of the value at ``keys`` (mapping keys and list indexes) in a file."""
        node = self._root(relative)
        line = None
        for key in keys:
            if isinstance(key, str) and isinstance(node, NodeMap) and key in node.entries:
                key_node, node = node.entries[key]
                line = key_node.line
            elif isinstance(key, int) and isinstance(node, NodeList) and key < len(node.items):
                node = node.items[key]
                line = node.line
            else:
                return None
        return line

    def _root(self, relative: str) -> Node | None:
        if relative not in self.roots:
            try:
                self.roots[relative] = read_yaml_file(self.folder / relative).root
            except ContentError:
                self.roots[relative] = None
        return self.roots[relative]


@dataclass(frozen=True)
class _Spot:
    """Where a block is: its file and the keys that lead to it, for the lines of its parts."""

    places: _Places
    file: str
    keys: tuple[str | int, ...]

    def line(self, *more: str | int) -> int | None:
        return self.places.line(self.file, *self.keys, *more)


@dataclass
class _Shared:
    """What the writers of one booklet share: the files' lines, pictures and chapters."""

    places: _Places
    image_size: ImageSize | None
    images: dict[str, Path] = field(default_factory=dict)
    contents: list[tuple[str, str, bool]] = field(default_factory=list)
    """(anchor, title as HTML, whether it is inside a language's section) per chapter."""


class _Writer:
    """Writes one language's part of the booklet as chunks of HTML."""

    def __init__(self, exhibition: Exhibition, language: str, shared: _Shared) -> None:
        self.exhibition = exhibition
        self.language = language
        self.presenter = Presenter(exhibition, language)
        self.shared = shared
        self.places = shared.places
        self.labels = {**LABELS["en"], **LABELS.get(language, {})}
        self.chunks: list[str] = []
        self.in_section = False

    def take(self) -> list[str]:
        """The chunks written so far, handed over and forgotten."""
        chunks, self.chunks = self.chunks, []
        return chunks

    # -- small pieces ----------------------------------------------------------------------

    def label(self, key: str, **values: object) -> str:
        return self.labels[key].format(**values)

    def add(self, *chunks: str) -> None:
        self.chunks.extend(chunks)

    def text(self, text: Text | None) -> str:
        """Plain content text in this language, escaped."""
        return escape(self.presenter.text(text))

    def para(self, css: str, content: str) -> None:
        self.add(f'<p class="{css}">{content}</p>' if content else "")

    def kind(self, key: str, line: int | None) -> None:
        where = f" · {self.label('line', line=line)}" if line else ""
        self.para("kind", escape(self.label(key)) + where)

    def line_tag(self, line: int | None) -> str:
        """`` · line 41`` in small type, after an item that is one of several in a block."""
        return f' <span class="id">· {escape(self.label("line", line=line))}</span>' if line else ""

    def chapter(self, title: str) -> None:
        """A heading that starts a new page and is listed in the contents."""
        anchor = f"{CHAPTER_ANCHOR}{len(self.shared.contents) + 1}"
        self.shared.contents.append((anchor, title, self.in_section))
        self.add(f'<h1><a name="{anchor}"></a>{title}</h1>')

    def where(self, text: str) -> None:
        self.para("where", escape(text))

    def sources(self, source_ids: Iterable[str], key: str = "sources") -> None:
        """The full citation of each source, once each, in a shaded box under its fact.

        A page need not name sources (its blocks do); a glossary term without any
        says so, for the checker to look into.
        """
        unique = list(dict.fromkeys(source_ids))
        if not unique and key != "sources":
            return
        # The label opens the first citation, so a page break never leaves it alone.
        label = f"<b>{escape(self.label(key))}:</b> "
        rows = (
            "".join(
                self.citation(source_id, prefix=label if index == 0 else "")
                for index, source_id in enumerate(unique)
            )
            or f'<p class="cite">{label}{escape(self.label("no_sources"))}</p>'
        )
        self.add(
            '<table class="sources" width="100%" cellspacing="0" cellpadding="5">'
            f"<tr><td>{rows}</td></tr></table>"
        )

    def citation(self, source_id: str, css: str = "cite", prefix: str = "") -> str:
        source = self.exhibition.bibliography[source_id]
        cited = escape(keep_together(self.presenter.full_citation(source)))
        tag = f'<span class="id">[{escape(source_id)}]</span>'
        return f'<p class="{css}">{prefix}{tag} {cited}</p>'

    def rich(self, text: Text | None) -> tuple[str, list[str]]:
        """Rich text with glossary links underlined (paper has no links), and the terms."""
        if text is None:
            return "", []
        terms: list[str] = []

        def underline(match: re.Match[str]) -> str:
            terms.append(match.group(1))
            return f"<u>{match.group(2)}</u>"

        return _TERM_LINK.sub(underline, self.presenter.rich_text(text)), terms

    def terms(self, term_ids: Iterable[str]) -> None:
        named = [
            f"{self.text(self.exhibition.glossary[t].term)} <span class='id'>[{escape(t)}]</span>"
            for t in dict.fromkeys(term_ids)
            if t in self.exhibition.glossary
        ]
        if named:
            self.para("terms", f"{escape(self.label('terms'))}: " + "; ".join(named))

    def facts(self, rows: Iterable[tuple[str, str]], picture: str = "") -> None:
        """A table of labelled values (already HTML), with a picture on their left if given."""
        shown = [(key, value) for key, value in rows if value]
        cells = [
            f'<td class="key">{escape(self.label(key))}</td><td>{value}</td>'
            for key, value in shown
        ]
        if picture:
            cells[0] = f'<td rowspan="{len(cells)}" class="picture">{picture}</td>' + cells[0]
        body = "".join(f"<tr>{row}</tr>" for row in cells)
        self.add(f'<table class="facts" cellspacing="0" cellpadding="3">{body}</table>')

    # -- the cover and the problems --------------------------------------------------------

    def cover(self, report: Report, languages: Sequence[str], exported: date, version: str) -> None:
        manifest = self.exhibition.manifest
        names = {language.code: language.name for language in manifest.languages}
        self.add(f'<h1 class="cover">{self.text(manifest.title)}</h1>')
        self.para("subtitle", self.text(manifest.subtitle))
        self.para("lead", escape(self.label("proof")))
        shown = ", ".join(f"{names[code]} ({code})" for code in languages)
        self.facts(
            [
                ("language", escape(shown)),
                ("exported", exported.isoformat()),
                ("version", escape(version)),
                ("folder", escape(str(report.folder))),
                ("edition", escape(manifest.edition or "")),
                ("validation", escape(report.summary())),
            ]
        )
        self.para("note", escape(self.label("how")))

    def problems(self, report: Report) -> None:
        if not report.problems:
            return
        self.chapter(escape(self.label("problems")))
        self.para("lead", escape(self.label("problems_intro")))
        for problem in report.problems:
            self.para("problem", escape(str(problem)))

    def contents(self, pages: Mapping[str, int]) -> None:
        """The chapters and their pages; a chapter of a language's section is indented."""
        rows = "".join(
            f'<tr><td class="{"inner" if inner else "outer"}">{title}</td>'
            f'<td class="number">{pages.get(anchor, "")}</td></tr>'
            for anchor, title, inner in self.shared.contents
        )
        self.add(f"<h2>{escape(self.label('contents'))}</h2>")
        self.add(
            f'<table class="contents" width="100%" cellspacing="0" cellpadding="2">{rows}</table>'
        )

    # -- the exhibition in one language ----------------------------------------------------

    def exhibition_in_language(self, *, section: bool) -> None:
        """Every panel, the attract loop, the glossary and the bibliography.

        As a ``section`` of a booklet in several languages, it opens with a title page
        that names the language and gives the content advisory.
        """
        if section:
            self.section_title()
            self.advisory()
        for panel in self.exhibition.panels:
            self.panel(panel)
        self.attract()
        self.glossary()
        self.bibliography()

    def section_title(self) -> None:
        manifest = self.exhibition.manifest
        names = {language.code: language.name for language in manifest.languages}
        self.chapter(f"{self.text(manifest.title)}: {escape(names[self.language])}")
        self.para("subtitle", self.text(manifest.subtitle))
        self.in_section = True

    def advisory(self) -> None:
        advisory = self.exhibition.manifest.advisory
        if advisory is None:
            return
        self.add(f"<h2>{escape(self.label('advisory'))}</h2>")
        self.where(f"exhibition.yaml, {self.label('line', line=self._line('advisory'))}")
        self.para("body", self.text(advisory))

    def _line(self, *keys: str | int, file: str = "exhibition.yaml") -> int | str:
        return self.places.line(file, *keys) or "?"

    def panel(self, panel: Panel) -> None:
        file = f"panels/{panel.id}.yaml"
        self.chapter(self.text(panel.title))
        self.where(self.label("panel_where", file=file, pages=len(panel.pages)))
        self.para("lead", f"{escape(self.label('summary'))}: {self.text(panel.summary)}")
        for number, page in enumerate(panel.pages, start=1):
            self.page(file, number, page)

    def page(self, file: str, number: int, page: Page) -> None:
        title = self.presenter.text(page.title)
        self.add(f"<h2>{escape(self.label('page', number=number, title=title))}</h2>")
        line = self._line("pages", number - 1, file=file)
        self.where(self.label("page_where", file=file, number=number, line=line))
        self.sources(page.sources, "page_sources")
        for index, block in enumerate(page.blocks):
            self.block(block, _Spot(self.places, file, ("pages", number - 1, "blocks", index)))
        if page.narration is not None:
            self.narration(page.narration, _Spot(self.places, file, ("pages", number - 1)))

    def narration(self, narration: Narration, spot: _Spot) -> None:
        """The transcript, to be checked against the recording it names."""
        self.kind("narration", spot.line("narration"))
        recording = narration.audio.get(self.presenter.language)
        if recording is None:
            self.where(self.label("no_recording"))
        else:
            self.where(self.label("recording", file=recording))
        shown, terms = self.rich(narration.transcript)
        self.add(shown)
        self.terms(terms)

    # -- blocks ----------------------------------------------------------------------------

    def block(self, block: Block, spot: _Spot) -> None:
        if isinstance(block, TextBlock):
            self.text_block(block, spot)
        elif isinstance(block, FigureBlock):
            self.figure(block, spot)
        elif isinstance(block, QuoteBlock):
            self.quote(block, spot)
        elif isinstance(block, ImageBlock):
            self.image(block, spot)
        elif isinstance(block, ChartBlock):
            self.chart(block, spot)
        elif isinstance(block, TimelineBlock):
            self.timeline(block, spot)
        else:
            self.map(block, spot)

    def text_block(self, block: TextBlock, spot: _Spot) -> None:
        self.kind("text", spot.line())
        shown, terms = self.rich(block.text)
        self.add(shown)
        self.terms(terms)

    def figure(self, block: FigureBlock, spot: _Spot) -> None:
        self.kind("figure", spot.line())
        shown = self.presenter.block(block)
        number = " ".join(p for p in (shown["qualifier"], shown["number"], shown["unit"]) if p)
        self.para("figure", escape(number))
        self.para("body", escape(shown["label"]))
        self.sources(block.sources)

    def quote(self, block: QuoteBlock, spot: _Spot) -> None:
        self.kind("quote", spot.line())
        opening, closing = _QUOTE_MARKS.get(self.language, ("“", "”"))
        self.para("quote", f"{opening}{self.text(block.text)}{closing}")
        self.para("attribution", f"— {self.text(block.attribution)}")
        self.sources(block.sources)

    def image(self, block: ImageBlock, spot: _Spot) -> None:
        self.kind("image", spot.line())
        self.facts(
            picture=self.thumbnail(block.image),
            rows=[
                ("caption", self.text(block.caption)),
                ("credit", self.text(block.credit)),
                ("alt", self.text(block.alt)),
                ("file", escape(f"{self.exhibition.manifest.assets}/{block.image}")),
            ],
        )

    def thumbnail(self, image: str) -> str:
        """An ``<img>`` of the picture fitted to the thumbnail box; "" if it cannot be sized."""
        path = self.exhibition.assets.resolve(image)
        measure = self.shared.image_size
        size = measure(path) if measure else None
        if not size or min(size) <= 0:
            return ""
        # Fitted to the box, small pictures too: a thumbnail is there to be recognised.
        scale = min(THUMBNAIL_BOX[0] / size[0], THUMBNAIL_BOX[1] / size[1])
        width, height = round(size[0] * scale), round(size[1] * scale)
        url = f"kiosk-image:{len(self.shared.images)}"
        self.shared.images[url] = path
        return f'<img src="{url}" width="{width}" height="{height}">'

    def chart(self, block: ChartBlock, spot: _Spot) -> None:
        self.kind("chart", spot.line())
        self.para("title", self.text(block.title))
        unit = f"; {escape(self.label('unit'))}: {self.text(block.unit)}" if block.unit else ""
        self.para("where", f"{escape(self.label(block.chart))}{unit}")
        head = [self.label("category"), *(self.presenter.text(s.label) for s in block.series)]
        rows = []
        for index, category in enumerate(block.categories):
            values = [self._value(series.values[index]) for series in block.series]
            rows.append([self.presenter.text(category.label), *values])
        self.table(head, rows, numbers=True)
        notes = [
            f"{self.text(_category(block, note.category))}: {self.text(note.text)}"
            for note in block.notes
        ]
        if notes:
            self.para("note", f"<b>{escape(self.label('notes'))}:</b> " + "; ".join(notes))
        self.para("body", self.text(block.caption))
        self.sources(block.sources)

    def _value(self, value: float | tuple[float, float] | None) -> str:
        if value is None:
            return "—"
        if isinstance(value, tuple):
            return f"{self.presenter.number(value[0])}–{self.presenter.number(value[1])}"
        return self.presenter.number(value)

    def table(self, head: list[str], rows: list[list[str]], *, numbers: bool = False) -> None:
        """A table of plain texts (escaped here); with ``numbers``, later columns align right."""
        header = "".join(
            f"<th{' class=number' if numbers and i else ''}>{escape(cell)}</th>"
            for i, cell in enumerate(head)
        )
        body = "".join(
            "<tr>"
            + "".join(
                f"<td{' class=number' if numbers and i else ''}>{escape(cell)}</td>"
                for i, cell in enumerate(row)
            )
            + "</tr>"
            for row in rows
        )
        self.add(
            '<table class="data" width="100%" border="0.5" cellspacing="0" cellpadding="4">'
            f"<thead><tr>{header}</tr></thead>{body}</table>"
        )

    def timeline(self, block: TimelineBlock, spot: _Spot) -> None:
        self.kind("timeline", spot.line())
        self.para("title", self.text(block.title))
        events = sorted(enumerate(block.events), key=lambda pair: pair[1].date)
        for index, event in events:
            when = self.presenter.date(event.date)
            if event.date_to:
                when += f" – {self.presenter.date(event.date_to)}"
            line = self.line_tag(spot.line("events", index))
            self.para("item", f"<b>{escape(when)}</b>: {self.text(event.label)}{line}")
            shown, terms = self.rich(event.text)
            self.add(shown)
            self.terms(terms)
            self.sources(event.sources)

    def map(self, block: MapBlock, spot: _Spot) -> None:
        self.kind("map", spot.line())
        self.para("title", self.text(block.title))
        for index, point in enumerate(block.points):
            kind = self.label(f"map-{point.kind}")
            position = _position(point.latitude, point.longitude)
            self.para(
                "item",
                f"<b>{self.text(point.name)}</b> <span class='label'>"
                f"({escape(kind)}, {escape(position)})</span>"
                + self.line_tag(spot.line("points", index)),
            )
            shown, terms = self.rich(point.text)
            self.add(shown)
            self.terms(terms)
            self.sources(point.sources)

    # -- attract loop, glossary, bibliography ----------------------------------------------

    def attract(self) -> None:
        slides = self.exhibition.manifest.attract.slides
        if not slides:
            return
        self.chapter(escape(self.label("attract")))
        self.where(self.label("attract_where"))
        for index, slide in enumerate(slides):
            spot = _Spot(self.places, "exhibition.yaml", ("attract", "slides", index))
            self.add(f"<h3>{escape(self.label('slide', number=index + 1))}</h3>")
            self.slide(slide, spot)

    def slide(self, slide: Slide, spot: _Spot) -> None:
        if not isinstance(slide, TeaserSlide):
            self.block(slide, spot)
            return
        self.kind("teaser", spot.line())
        panel = self.exhibition.panel(slide.panel)
        title = self.text(panel.title) if panel else escape(slide.panel)
        text = self.text(slide.text or (panel.summary if panel else None))
        self.para("body", f"<b>{title}</b>: {text}")

    def glossary(self) -> None:
        self.chapter(escape(self.label("glossary")))
        self.where("glossary.yaml")
        terms = sorted(
            self.exhibition.glossary.items(),
            key=lambda item: _alphabetical(self.presenter.text(item[1].term)),
        )
        if not terms:
            self.para("body", escape(self.label("none")))
        for term_id, term in terms:
            line = self.places.line("glossary.yaml", "terms", term_id)
            self.add(f"<h3>{self.text(term.term)}</h3>")
            self.where(f"[{term_id}] glossary.yaml, {self.label('line', line=line or '?')}")
            self.para("body", self.text(term.definition))
            self.sources(term.sources)

    def bibliography(self) -> None:
        self.chapter(escape(self.label("bibliography")))
        self.where("bibliography.yaml")
        sources = sorted(self.exhibition.bibliography, key=self._sort_key)
        if not sources:
            self.para("body", escape(self.label("none")))
        for source_id in sources:
            self.add(self.citation(source_id, "entry"))

    def _sort_key(self, source_id: str) -> str:
        source = self.exhibition.bibliography[source_id]
        return (source.author or source.title).casefold()


def _alphabetical(term: str) -> str:
    """A sort key that files «вредительство» under в and “kulak” under k."""
    return re.sub(r"^\W+", "", term).casefold()


def _position(latitude: float, longitude: float) -> str:
    """55.55° N, 37.59° E: the coordinates as the file gives them, with their hemispheres."""
    north = "N" if latitude >= 0 else "S"
    east = "E" if longitude >= 0 else "W"
    return f"{abs(latitude):.2f}° {north}, {abs(longitude):.2f}° {east}"


def _category(block: ChartBlock, category_id: str) -> Text:
    return next((c.label for c in block.categories if c.id == category_id), Text())
