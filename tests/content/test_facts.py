"""Every number and date the bundled exhibition shows is checked against its source.

tests/content/facts.yaml is the fact table: each number and each date with the
passage of the source it comes from. These tests hold the exhibition to it:

* every key figure and every chart value is in the table, under one of the
  sources the block cites, and its passage states it (or the arithmetic that
  derives it from numbers the passage states);
* every timeline date, and every date written in the text, is in the table;
* every number in the English text is in the table, and the Russian text of the
  same block has the same numbers, so a translation cannot drift;
* where the source texts are at hand (../shared/seeds, on a developer's
  machine), each passage is found in its source word for word.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from kiosk.content import Exhibition, load_exhibition
from kiosk.content.schema import ChartBlock, FigureBlock, TimelineBlock
from kiosk.content.text import GLOSSARY_LINK, Text

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parent.parent / "content"
FACTS = HERE / "facts.yaml"
SEEDS = HERE.parent.parent.parent / "shared" / "seeds"
SEED_FILES = {
    "werth-2010": "001_171d30458b1e7c6f.txt",
    "conveyor-excerpt": "000_893633a4ec9a85ff.txt",
    "great-purges-article": "004_1724eb0bf39b1092.txt",
}
MONTHS = [
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
]


@dataclass(frozen=True)
class Fact:
    value: float
    source: str
    passage: str
    stated_as: str
    derived: str | None


@dataclass(frozen=True)
class Shown:
    """A number the exhibition shows, where, and the sources it cites."""

    value: float
    where: str
    sources: tuple[str, ...]


@pytest.fixture(scope="module")
def bundled() -> Exhibition:
    report = load_exhibition(BUNDLED)
    assert report.exhibition is not None, report.problems
    return report.exhibition


@pytest.fixture(scope="module")
def table() -> dict[str, Any]:
    data = yaml.safe_load(FACTS.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def facts(table: dict[str, Any]) -> list[Fact]:
    return [
        Fact(
            float(entry["value"]),
            entry["source"],
            " ".join(entry["passage"].split()),
            entry.get("stated_as") or _default_statement(entry),
            entry.get("derived"),
        )
        for entry in table["figures"]
    ]


@pytest.fixture(scope="module")
def dates(table: dict[str, Any]) -> dict[str, str]:
    return {str(entry["date"]): entry["passage"] for entry in table["dates"]}


# --- what the exhibition shows -----------------------------------------------------------


def shown_figures(exhibition: Exhibition) -> Iterator[Shown]:
    """Every key figure and chart value, in panels and in the attract loop."""
    for where, block in _blocks(exhibition):
        if isinstance(block, FigureBlock) or getattr(block, "type", "") == "figure":
            for value in (block.value, block.value_to):
                if value is not None:
                    yield Shown(value, where, block.sources)
        if isinstance(block, ChartBlock):
            for series in block.series:
                for value in series.values:
                    for number in value if isinstance(value, tuple) else (value,):
                        if number is not None:
                            yield Shown(number, where, block.sources)


def _blocks(exhibition: Exhibition) -> Iterator[tuple[str, Any]]:
    for panel in exhibition.manifest.panels:
        loaded = exhibition.panel(panel)
        assert loaded is not None
        for number, page in enumerate(loaded.pages, 1):
            for block in page.blocks:
                yield f"{panel}, page {number}", block
    for number, slide in enumerate(exhibition.manifest.attract.slides, 1):
        yield f"attract slide {number}", slide


def texts(record: Any, where: str) -> Iterator[tuple[str, Text]]:
    """Every visitor-facing text in a record and the records inside it."""
    if isinstance(record, Text):
        yield where, record
    elif isinstance(record, (tuple, list)):
        for index, item in enumerate(record, 1):
            yield from texts(item, f"{where} #{index}")
    elif isinstance(record, dict):
        for key, item in record.items():
            yield from texts(item, f"{where} {key}")
    elif dataclasses.is_dataclass(record):
        for field in dataclasses.fields(record):
            yield from texts(getattr(record, field.name), f"{where}.{field.name}")


def all_texts(exhibition: Exhibition) -> Iterator[tuple[str, Text]]:
    yield from texts(exhibition.manifest, "exhibition")
    for panel_id, panel in zip(exhibition.manifest.panels, exhibition.panels, strict=True):
        yield from texts(panel, panel_id)
    yield from texts(exhibition.glossary, "glossary")


# --- reading numbers in text ---------------------------------------------------------------

_RU_MULTIPLIERS = {"тысяч": 1_000, "тысячи": 1_000, "тысяча": 1_000, "миллион": 1_000_000}
_NUMBER = re.compile(
    r"(?<![\w/№.])(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:,\d+)?)"
    r"(?:s|\s*(тысяч[аи]?|миллиона|миллионов|миллион|million))?(?![\w/])"
)
_ROMAN = re.compile(r"\b(X{0,3})(IX|IV|V?I{0,3})\b(?=\s+съезд)")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})\b")
_YEAR = re.compile(r"(?<![\d,])(19\d\d)(?![\d,])")


def numbers_in(text: str, language: str) -> Counter[float]:
    """The numbers a text states, whatever the language writes them like.

    "387,000", "387 000" and "387 тысяч" are all 387000; "2,2 миллиона" is
    2200000; a Russian congress numbered "XVII" is 17. Order numbers such as
    "No. 00447" or "44/21" are names, not quantities, and are left out.
    """
    plain = GLOSSARY_LINK.sub(lambda m: m.group(2) or m.group(1), text)
    plain = re.sub(r"(№|No\.)\s*[\d/]+", " ", plain)
    found: Counter[float] = Counter()
    for match in _NUMBER.finditer(plain):
        digits, scale = match.group(1), match.group(2)
        if language == "ru" and re.fullmatch(r"\d+,\d+", digits):
            number = float(digits.replace(",", "."))
        else:
            number = float(re.sub(r"[,\u00a0\u202f ]", "", digits))
        if scale:
            number *= 1_000_000 if scale.startswith(("милл", "mill")) else 1_000
        found[round(number, 3)] += 1
    for match in _ROMAN.finditer(plain):
        if match.group(0):
            found[float(_roman(match.group(0)))] += 1
    return found


def _roman(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for here, after in zip(numeral, numeral[1:] + " ", strict=True):
        value = values[here]
        total += -value if after != " " and values[after] > value else value
    return total


def _default_statement(entry: dict[str, Any]) -> str:
    """A derived number is stated by its operands; any other by itself, grouped."""
    if "derived" in entry:
        return str(entry["derived"])
    return _grouped(entry["value"])


def _arithmetic(expression: str) -> float | None:
    """The value of "35,000 - 5,000" or "10,000 * 3": all a fact table needs."""
    match = re.fullmatch(r"\s*([\d,]+)\s*([-+*])\s*([\d,]+)\s*", expression)
    if match is None:
        return None
    left, operator, right = match.groups()
    a, b = float(left.replace(",", "")), float(right.replace(",", ""))
    return {"-": a - b, "+": a + b, "*": a * b}[operator]


def _grouped(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else str(value)


def _ordinal_free(text: str) -> str:
    """English ordinals ("17th", "20th") are written in Russian as Roman numerals."""
    return re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", text)


# --- the tests ---------------------------------------------------------------------------


def test_every_key_figure_and_chart_value_is_in_the_fact_table(
    bundled: Exhibition, facts: list[Fact]
) -> None:
    unsourced = [
        f"{shown.where}: {_grouped(shown.value)} (cites {', '.join(shown.sources)})"
        for shown in shown_figures(bundled)
        if not any(f.value == shown.value and f.source in shown.sources for f in facts)
    ]
    assert not unsourced, "numbers shown without a fact in tests/content/facts.yaml:\n" + "\n".join(
        unsourced
    )


def test_each_fact_is_stated_by_its_passage(facts: list[Fact]) -> None:
    wrong = []
    for fact in facts:
        if fact.stated_as == fact.derived:
            operands = re.findall(r"\d[\d,]*", fact.derived)
            wrong += [
                f"{_grouped(fact.value)}: {operand} is not in its passage"
                for operand in operands
                if operand not in fact.passage
            ]
        elif fact.stated_as not in fact.passage:
            wrong.append(f"{_grouped(fact.value)}: '{fact.stated_as}' is not in its passage")
        if fact.derived is not None:
            result = _arithmetic(fact.derived)
            if result is None:
                wrong.append(f"{_grouped(fact.value)}: '{fact.derived}' is not 'a - b' or 'a * b'")
            elif result != fact.value:
                wrong.append(f"{_grouped(fact.value)}: {fact.derived} makes {result}")
    assert not wrong, "\n".join(wrong)


def test_the_fact_table_passages_are_the_sources_own_words(facts: list[Fact]) -> None:
    if not SEEDS.is_dir():
        pytest.skip("the source texts (../shared/seeds) are not on this machine")
    sources = {
        source: " ".join((SEEDS / name).read_text(encoding="utf-8").split())
        for source, name in SEED_FILES.items()
    }
    missing = [
        f"{fact.source}: {fact.passage[:70]}…"
        for fact in facts
        if fact.passage not in sources[fact.source]
    ]
    assert not missing, "passages not found in their source:\n" + "\n".join(missing)


def test_every_timeline_date_is_in_the_fact_table(
    bundled: Exhibition, dates: dict[str, str]
) -> None:
    undated = [
        f"{where}: {date}"
        for where, block in _blocks(bundled)
        if isinstance(block, TimelineBlock)
        for event in block.events
        for date in (event.date, event.date_to)
        if date is not None and date not in dates
    ]
    assert not undated, "timeline dates without a fact:\n" + "\n".join(undated)


def test_every_date_in_the_text_is_in_the_fact_table(
    bundled: Exhibition, dates: dict[str, str]
) -> None:
    wrong = []
    for where, text in all_texts(bundled):
        for day, month, year in _DAY_MONTH_YEAR.findall(text.get("en", "")):
            date = f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"
            if date not in dates:
                wrong.append(f"{where}: {day} {month} {year}")
    assert not wrong, "dates without a fact:\n" + "\n".join(wrong)


def test_every_number_in_the_text_is_in_the_fact_table(
    bundled: Exhibition, facts: list[Fact], dates: dict[str, str], table: dict[str, Any]
) -> None:
    known = {fact.value for fact in facts}
    known |= {float(number) for number in table.get("small_numbers", [])}
    years = {float(str(date)[:4]) for date in dates} | {
        float(year) for year in table.get("years", [])
    }
    days = {float(str(date)[8:]) for date in dates if len(str(date)) == 10}
    wrong = []
    for where, text in all_texts(bundled):
        english = _ordinal_free(text.get("en", ""))
        for number in numbers_in(english, "en"):
            if number not in known | years | days:
                wrong.append(f"{where}: {_grouped(number)}")
    assert not wrong, "numbers in the text without a fact:\n" + "\n".join(sorted(set(wrong)))


def test_russian_text_states_the_same_numbers_as_the_english(bundled: Exhibition) -> None:
    drift = []
    for where, text in all_texts(bundled):
        if "en" not in text or "ru" not in text:
            continue
        english = numbers_in(_ordinal_free(text["en"]), "en")
        russian = numbers_in(text["ru"], "ru")
        if english != russian:
            only_en = sorted((english - russian).elements())
            only_ru = sorted((russian - english).elements())
            drift.append(f"{where}: only in English {only_en}, only in Russian {only_ru}")
    assert not drift, "\n".join(drift)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("387,000 shot, 1,966 delegates", "en", [387000, 1966]),
        ("387 тысяч и 20\u00a0765 человек", "ru", [387000, 20765]),
        ("2,2 миллиона человек", "ru", [2200000]),
        ("XVII съезда партии", "ru", [17]),
        ("Order No. 00447 and No. 44/21", "en", []),
        ("приказ № 00447 от 30 июля 1937 года", "ru", [30, 1937]),
        ("in the 1930s, 90 per cent", "en", [1930, 90]),
    ],
)
def test_numbers_are_read_in_either_language(
    text: str, language: str, expected: list[float]
) -> None:
    assert numbers_in(text, language) == Counter(float(n) for n in expected)
