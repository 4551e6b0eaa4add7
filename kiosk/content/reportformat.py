"""``kiosk report`` output: aligned columns for a terminal, or JSON for tools."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from kiosk.content.report import (
    DEFAULT_READING_SPEED,
    READING_SPEED_SOURCE,
    READING_SPEEDS,
    ExhibitionReport,
    TextCount,
    reading_speed,
)


def report_text(report: ExhibitionReport) -> str:
    """The report as a curator reads it in a terminal."""
    languages = ", ".join(report.languages)
    lines = [
        f"{report.folder}: {report.title}",
        f"{_count(len(report.panels), 'panel')}, {_count(report.pages, 'page')}, "
        f"{_count(len(report.languages), 'language')} ({languages})",
        "",
        *_text_table(report),
        *_reading_note(report),
        "",
        *_missing_translations(report),
        *_unused_assets(report),
        *_unused_terms(report),
        *_unsourced_numbers(report),
    ]
    return "\n".join(_single_blank_lines(lines)).strip("\n") + "\n"


def _single_blank_lines(lines: list[str]) -> list[str]:
    return [line for i, line in enumerate(lines) if line or (i and lines[i - 1])]


def _text_table(report: ExhibitionReport) -> list[str]:
    budget, sentence = report.text_block_words, report.sentence_words
    head = ["panel", "lang", "pages", "words", "reading", "text blocks", "longest block"]
    head += [f"over {budget}", f"sentences over {sentence}"]
    rows = []
    for panel in report.panels:
        rows += _rows(panel.panel, panel.pages, panel.languages)
    rows += _rows("all panels", report.pages, report.totals())
    limits = f"a text block has at most {budget} words, a sentence {sentence}"
    return [f"Text per panel and language ({limits})", "", *_table(head, rows, left=2)]


def _rows(name: str, pages: int, counts: Sequence[TextCount]) -> list[list[str]]:
    return [
        [
            "" if index else name,
            c.language,
            "" if index else str(pages),
            f"{c.words:,}",
            reading_time(c.reading_seconds),
            str(c.text_blocks),
            str(c.longest),
            str(c.over_budget),
            str(c.long_sentences),
        ]
        for index, c in enumerate(counts)
    ]


def _table(head: list[str], rows: list[list[str]], left: int) -> list[str]:
    """Columns padded to their widest cell: the first ``left`` aligned left, the rest right."""
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]

    def line(cells: list[str]) -> str:
        padded = [
            cell.ljust(width) if i < left else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(padded).rstrip()

    return [line(head), *(line(row) for row in rows)]


def reading_time(seconds: float) -> str:
    """'40 s', '4 min', '1 h 05 min': as precise as an estimate deserves (halves round up)."""
    tens = math.floor(seconds / 10 + 0.5) * 10
    if tens < 60:
        return f"{tens or (10 if seconds else 0)} s"
    minutes = math.floor(seconds / 60 + 0.5)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def _reading_note(report: ExhibitionReport) -> list[str]:
    speeds = ", ".join(
        f"{reading_speed(code)} ({code}{'' if code in READING_SPEEDS else ': the average'})"
        for code in report.languages
    )
    return [
        "",
        f"Reading time: every word on screen, at {speeds} words a minute,",
        f"as adults read aloud in the IReST study ({READING_SPEED_SOURCE}).",
    ]


def _section(title: str, rows: list[list[str]], hint: str) -> list[str]:
    """A list of things to do, one a line, or one line saying there are none."""
    if not rows:
        return [f"{title}: none"]
    table = _table([""] * len(rows[0]), rows, left=len(rows[0]))[1:]
    return ["", f"{title} ({len(rows)}): {hint}", *(f"  {line}" for line in table), ""]


def _missing_translations(report: ExhibitionReport) -> list[str]:
    rows = [
        [f"{m.where}:", m.language, m.what, f"“{m.sample}”"] for m in report.missing_translations
    ]
    return _section("Missing translations", rows, "the kiosk shows another language instead")


def _unused_assets(report: ExhibitionReport) -> list[str]:
    rows = [[str(report.asset_folder / name)] for name in report.unused_assets]
    return _section("Unused files in the asset folder", rows, "no block shows them")


def _unused_terms(report: ExhibitionReport) -> list[str]:
    rows = [[f"{t.where}:", t.term] for t in report.unused_terms]
    return _section("Unused glossary terms", rows, "no text links them with [[term-id]]")


def _unsourced_numbers(report: ExhibitionReport) -> list[str]:
    rows = [[f"{u.where}:", u.what, ", ".join(u.numbers)] for u in report.unsourced_numbers]
    return _section(
        "Numbers without a source", rows, "list the works they come from under sources:"
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def report_json(report: ExhibitionReport) -> dict[str, Any]:
    """The report as plain data, for ``kiosk report --format json``."""
    return {
        "title": report.title,
        "languages": list(report.languages),
        "limits": {
            "text_block_words": report.text_block_words,
            "sentence_words": report.sentence_words,
        },
        "reading_speed": {
            "words_per_minute": {code: reading_speed(code) for code in report.languages},
            "default": DEFAULT_READING_SPEED,
            "source": READING_SPEED_SOURCE,
        },
        "panels": [
            {
                "id": panel.panel,
                "path": str(panel.path),
                "pages": panel.pages,
                "languages": {c.language: _count_json(c) for c in panel.languages},
            }
            for panel in report.panels
        ],
        "totals": {
            "panels": len(report.panels),
            "pages": report.pages,
            "languages": {c.language: _count_json(c) for c in report.totals()},
        },
        "missing_translations": [
            {**_place(m.where), "text": m.what, "language": m.language, "sample": m.sample}
            for m in report.missing_translations
        ],
        "asset_folder": str(report.asset_folder),
        "unused_assets": list(report.unused_assets),
        "unused_glossary_terms": [{**_place(t.where), "term": t.term} for t in report.unused_terms],
        "unsourced_numbers": [
            {**_place(u.where), "text": u.what, "numbers": list(u.numbers)}
            for u in report.unsourced_numbers
        ],
    }


def _count_json(count: TextCount) -> dict[str, Any]:
    return {
        "words": count.words,
        "text_blocks": count.text_blocks,
        "longest_text_block": count.longest,
        "text_blocks_over_budget": count.over_budget,
        "long_sentences": count.long_sentences,
        "reading_seconds": round(count.reading_seconds),
    }


def _place(where: Any) -> dict[str, Any]:
    return {"path": str(where.path), "line": where.line, "column": where.column}
