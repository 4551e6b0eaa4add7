"""How content reads on screen: numbers, figures, glossary links, citations."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.content import Exhibition
from kiosk.content.schema import FigureBlock, Source
from kiosk.content.text import Text
from kiosk.presenter import Presenter, keep_together, short_citation


@pytest.mark.parametrize(
    ("language", "value", "shown"),
    [
        ("en", 767000, "767,000"),
        ("ru", 767000, "767\u00a0000"),
        ("en", 85, "85"),
        ("en", 2.5, "2.5"),
        ("ru", 2.5, "2,5"),
        ("ru", 1550000.0, "1\u00a0550\u00a0000"),
    ],
)
def test_numbers_follow_the_language(
    exhibition: Exhibition, language: str, value: float, shown: str
) -> None:
    assert Presenter(exhibition, language).number(value) == shown


def test_a_figure_range_reads_with_its_qualifier(exhibition: Exhibition) -> None:
    figure = FigureBlock(
        type="figure",
        value=387000,
        value_to=445000,
        qualifier="about",
        label=Text(en="shot", ru="расстреляно"),
        sources=("werth-2007",),
    )
    shown = Presenter(exhibition, "ru").block(figure)
    assert shown["qualifier"] == "около"
    assert shown["number"] == "387\u00a0000–445\u00a0000"
    assert shown["label"] == "расстреляно"


@pytest.mark.parametrize(
    ("unit", "number", "label"),
    [
        (Text(en="%", ru="%"), "85%", "of the clergy"),
        (Text(en="years", ru="лет"), "85", "years of the clergy"),
    ],
)
def test_a_sign_unit_joins_the_number_and_a_word_unit_leads_the_label(
    exhibition: Exhibition, unit: Text, number: str, label: str
) -> None:
    figure = FigureBlock(
        type="figure", value=85, unit=unit, label=Text(en="of the clergy"), sources=("werth-2007",)
    )
    shown = Presenter(exhibition, "en").block(figure)
    assert shown["number"] == number
    assert " ".join(part for part in (shown["unit"], shown["label"]) if part) == label


def test_glossary_links_become_term_links(exhibition: Exhibition) -> None:
    text = Text(en="A [[troika]] sat.\n\nThen [[troika|the board]] & <b>.")
    html = Presenter(exhibition, "en").rich_text(text)
    term = exhibition.glossary["troika"].term["en"]
    assert html == (
        f'<p>A <a href="term:troika">{term}</a> sat.</p>'
        '<p>Then <a href="term:troika">the board</a> &amp; &lt;b&gt;.</p>'
    )


def test_missing_translation_falls_back_to_the_default_language(
    exhibition: Exhibition,
) -> None:
    assert Presenter(exhibition, "ru").text(Text(en="only English")) == "only English"


@pytest.mark.parametrize(
    ("author", "year", "short"),
    [
        ("Werth, Nicolas", 2010, "Werth 2010"),
        ("Jansen, Marc; Petrov, Nikita", 2002, "Jansen & Petrov 2002"),
        ("Danilov; Manning; Viola", 2001, "Danilov et al. 2001"),
        (None, None, "Great Purges"),
    ],
)
def test_short_citations(author: str | None, year: int | None, short: str) -> None:
    assert short_citation(Source(author=author, title="Great Purges", year=year)) == short


def test_panel_sources_list_each_work_once_in_full(exhibition: Exhibition) -> None:
    presenter = Presenter(exhibition, "en")
    for panel in exhibition.panels:
        sources = presenter.panel_sources(panel)
        assert sources
        assert len(sources) == len(set(sources))


def test_every_block_of_the_base_is_presented(exhibition: Exhibition) -> None:
    presenter = Presenter(exhibition, "ru")
    shown = [presenter.block(b) for p in exhibition.panels for pg in p.pages for b in pg.blocks]
    assert {b["type"] for b in shown} == {
        "text",
        "image",
        "quote",
        "figure",
        "chart",
        "timeline",
        "map",
    }
    image = next(b for b in shown if b["type"] == "image")
    assert image["source"].startswith("file://")


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("учтено 41 305 человек", "учтено 41\u00a0305 человек"),
        ("1 200 000 и 75 950", "1\u00a0200\u00a0000 и\u00a075\u00a0950"),
        ("приказ № 00447", "приказ №\u00a000447"),
        ("in 1937 400 people", "in 1937 400 people"),  # a year and a count stay apart
        ("On 5 August 1937", "On 5 August 1937"),
        ("version 2.500 000", "version 2.500 000"),
        ("Order No. 00447", "Order No.\u00a000447"),
        ("в отсутствие обвиняемых и без защиты", "в\u00a0отсутствие обвиняемых и\u00a0без защиты"),
        ("В 1937 году", "В\u00a01937 году"),
        ("операции — втайне", "операции\u00a0— втайне"),
        ("a kulak, in a camp", "a kulak, in a camp"),  # English keeps its spaces
    ],
)
def test_lines_break_only_where_a_typesetter_allows(written: str, shown: str) -> None:
    assert keep_together(written) == shown


def test_attract_slides_read_like_their_blocks_in_the_language(exhibition: Exhibition) -> None:
    slides = Presenter(exhibition, "ru").attract_slides()
    assert [slide["type"] for slide in slides] == ["figure", "quote", "image", "teaser"]
    figure, quote, image, teaser = slides
    assert (figure["qualifier"], figure["number"], figure["label"]) == (
        "около",
        "20\u00a0000",
        "человек расстреляны здесь",
    )
    assert (figure["seconds"], quote["seconds"], image["seconds"]) == (8, 12, 8)
    assert quote["attribution"] == "Дочь, 1989"
    assert image["source"].startswith("file://")
    assert image["source"].endswith("letter.jpg")
    assert teaser == {
        "type": "teaser",
        "panelId": "two",
        "panelIndex": 1,
        "title": exhibition.panels[1].title.in_language("ru", "en"),
        "text": "Посмотрите на цифры",
        "colour": exhibition.panels[1].theme_colour,
        "seconds": 8,
    }


def test_with_no_attract_slides_the_title_is_the_slide(exhibition: Exhibition) -> None:
    manifest = dataclasses.replace(
        exhibition.manifest,
        attract=dataclasses.replace(exhibition.manifest.attract, slides=()),
    )
    bare = dataclasses.replace(exhibition, manifest=manifest)
    assert Presenter(bare, "en").attract_slides() == [
        {
            "type": "title",
            "title": "Test exhibition",
            "text": "Every block type, two languages",
            "seconds": 8,
        }
    ]
