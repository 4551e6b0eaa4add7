"""``kiosk export``: the proofreading booklet, read back from the PDF it writes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from kiosk.booklet import LABELS, build_booklet
from kiosk.cli import main
from kiosk.content import load_exhibition
from kiosk.presenter import Presenter
from tests.conftest import BASE, BUNDLED

ROOT = Path(__file__).resolve().parents[1]


def _words(text: str) -> str:
    """Text with every run of spaces, no-break spaces and line breaks made one space."""
    return " ".join(text.split())


def _pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF, as a reader would copy it."""
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready
    pages = [_words(document.getAllText(page).text()) for page in range(document.pageCount())]
    document.close()
    return pages


def _export(folder: Path, pdf: Path, *options: str) -> int:
    return main(["export", str(folder), "--pdf", str(pdf), *options])


@pytest.fixture(scope="module", params=["en", "ru"])
def bundled(
    request: pytest.FixtureRequest, qapp: object, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, list[str]]:
    """The bundled exhibition's booklet in one language: the language and its pages' text."""
    language: str = request.param
    pdf = tmp_path_factory.mktemp("booklet") / f"content-{language}.pdf"
    assert _export(BUNDLED, pdf, "--lang", language) == 0
    return language, _pdf_pages(pdf)


def _shown(folder: Path, language: str) -> Presenter:
    exhibition = load_exhibition(folder).exhibition
    assert exhibition is not None
    return Presenter(exhibition, language)


def test_every_panel_title_is_in_the_booklet_with_a_page_each(
    bundled: tuple[str, list[str]],
) -> None:
    language, pages = bundled
    presenter = _shown(BUNDLED, language)
    panels = presenter.exhibition.panels
    assert len(pages) > len(panels)
    text = " ".join(pages)
    for panel in panels:
        assert _words(presenter.text(panel.title)) in text
    # Each panel starts a page, the one the contents on the cover give.
    for panel in panels:
        title = _words(presenter.text(panel.title))
        listed = re.search(rf"{re.escape(title)} (\d+) ", pages[0])
        assert listed is not None, title
        assert pages[int(listed.group(1)) - 1].startswith(title)


def test_no_page_of_the_booklet_is_blank(bundled: tuple[str, list[str]]) -> None:
    """A chapter that ends at the foot of a page once left the next page empty."""
    _, pages = bundled
    footer_words = 15  # the title, "Proof copy for fact-checking", the date, "p. 1 of 48"
    for number, text in enumerate(pages, start=1):
        assert len(text.split()) > 2 * footer_words, f"page {number} holds only its footer"


FIGURE = {"en": "1,550,000", "ru": "1 550 000"}
"""The first key figure of the bundled exhibition, as it reads in each language."""


def test_a_key_figure_is_followed_by_its_source_in_full(bundled: tuple[str, list[str]]) -> None:
    language, pages = bundled
    text = " ".join(pages)
    after = text[text.index(FIGURE[language]) :][:600]
    assert "[werth-2010] Werth, Nicolas. The NKVD Mass Secret Operation n°00447" in after


def test_glossary_and_bibliography_close_the_booklet(bundled: tuple[str, list[str]]) -> None:
    language, pages = bundled
    labels = LABELS[language]
    glossary = next(i for i, page in enumerate(pages) if page.startswith(labels["glossary"]))
    bibliography = next(
        i for i, page in enumerate(pages) if page.startswith(labels["bibliography"])
    )
    assert 0 < glossary < bibliography
    assert "[kulak] glossary.yaml" in " ".join(pages[glossary:bibliography])
    assert "Conquest, Robert. The Great Terror" in " ".join(pages[bibliography:])


COVER = {
    "en": [
        "Order No. 00447: the “Kulak Operation”",
        "Proof copy for fact-checking",
        "Language English (en)",
        "0 errors, 0 warnings",
        "Content advisory exhibition.yaml, line 24",
        "page 1 of ",
    ],
    "ru": [
        "Приказ № 00447: «кулацкая операция»",
        "Корректура для проверки фактов",
        "Язык Русский (ru)",
        "Выставка рассказывает о массовых убийствах, совершённых советским государством",
        "стр. 1 из ",
    ],
}


COVER_PANEL = {
    "en": "The hidden side of the Great Terror",
    "ru": "Скрытая сторона Большого террора",
}


def test_the_cover_and_first_panel_read_in_the_language(bundled: tuple[str, list[str]]) -> None:
    """Russian comes back from the PDF as written: the fonts carry Cyrillic, with ё and №."""
    language, pages = bundled
    for words in COVER[language]:
        assert words in pages[0]
    assert pages[1].startswith(_words(COVER_PANEL[language]))
    assert "panels/context.yaml" in pages[1]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "Test exhibition",
                "Sentences were passed by a troika in minutes.",
                "Glossary terms: troika [troika]",
                "Credit and licence Museum photo",
                "File assets/hall.png",
                "about 20,000–21,000 people",
                "August 1937 1,000",
                "September 1937 1,500–1,700",
                "30.07.1937: Order No. 00447",
                "Butovo firing range (execution site, 55.54° N, 37.58° E)",
                "Slide 4 Invitation to a panel",
                "Sources: none given.",
                "page 1 of ",
            ],
        ),
        (
            "ru",
            [
                "Тестовая выставка",
                "Приговоры выносила тройка за несколько минут.",
                "Автор и лицензия Фото музея",
                "около 20 000–21 000 человек",
                "Сентябрь 1937 1 500–1 700",
                "Бутовский полигон (место расстрелов",
                "Источники: не указаны.",
            ],
        ),
    ],
)
def test_every_kind_of_block_is_printed(
    qapp: object, tmp_path: Path, language: str, expected: list[str]
) -> None:
    pdf = tmp_path / "base.pdf"
    assert _export(BASE, pdf, "--lang", language) == 0
    text = " ".join(_pdf_pages(pdf))
    for words in expected:
        assert words in text


def test_all_languages_come_one_after_the_other(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "base.pdf"
    assert _export(BASE, pdf, "--lang", "all") == 0
    text = " ".join(_pdf_pages(pdf))
    assert text.index("The place") < text.index("Место") < text.index("Библиография")
    assert capsys.readouterr().out.strip().endswith("pages (en, ru)")


def _copy_of_base(tmp_path: Path) -> Path:
    folder = tmp_path / "exhibition"
    shutil.copytree(BASE, folder)
    return folder


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_content_text_is_printed_as_written_not_as_html(qapp: object, tmp_path: Path) -> None:
    folder = _copy_of_base(tmp_path)
    _replace(
        folder / "panels" / "one.yaml",
        "en: Sentences were passed by a [[troika]] in minutes.",
        'en: "<b>& <i>Sentences</i> were passed by a [[troika]] in minutes."',
    )
    pdf = tmp_path / "escaped.pdf"
    assert _export(folder, pdf) == 0
    text = " ".join(_pdf_pages(pdf))
    assert "<b>& <i>Sentences</i> were passed by a troika in minutes." in text
    booklet = build_booklet(load_exhibition(folder), ["en"], exported=date.today(), version="")
    assert "&lt;b&gt;&amp; &lt;i&gt;Sentences&lt;/i&gt; were passed by a <u>troika</u>" in (
        booklet.html
    )


def test_warnings_are_listed_in_the_booklet(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _copy_of_base(tmp_path)
    _replace(
        folder / "panels" / "two.yaml",
        "title:\n  en: The numbers",
        "titel: x\ntitle:\n  en: The numbers",
    )
    pdf = tmp_path / "warned.pdf"
    assert _export(folder, pdf) == 0
    pages = _pdf_pages(pdf)
    message = "two.yaml:1:1: warning: unknown key 'titel' (did you mean 'title'?)"
    assert pages[1].startswith("Problems to check")
    assert message in pages[1]
    assert "0 errors, 1 warning" in pages[0]
    assert message in capsys.readouterr().err


def test_content_with_an_error_writes_no_pdf(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _copy_of_base(tmp_path)
    _replace(folder / "panels" / "one.yaml", "sources: [memorial-db]", "sources: [memorial-bd]")
    pdf = tmp_path / "broken.pdf"
    assert _export(folder, pdf) == 1
    err = capsys.readouterr().err
    assert f"{folder / 'panels' / 'one.yaml'}:40:19: error: unknown source 'memorial-bd'" in err
    assert err.strip().endswith("1 error, 0 warnings; no PDF written")
    assert list(tmp_path.glob("*.pdf*")) == []


@pytest.mark.parametrize(
    ("language", "into", "message"),
    [
        ("de", ".", "unknown language 'de' (this exhibition has: en, ru, all)"),
        ("en", "nowhere", "cannot write"),
    ],
)
def test_usage_mistakes_exit_2_and_write_nothing(
    qapp: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    into: str,
    message: str,
) -> None:
    assert _export(BASE, tmp_path / into / "out.pdf", "--lang", language) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.rglob("*.pdf*")) == []


def test_the_booklet_escapes_and_locates_without_qt() -> None:
    report = load_exhibition(BASE)
    booklet = build_booklet(report, ["en"], exported=date(2024, 5, 1), version="9.9")
    assert "panels/one.yaml, page 2, line 29" in booklet.html
    assert "Quotation · line 33" in booklet.html
    assert booklet.footer == "Test exhibition · Proof copy for fact-checking, 2024-05-01"
    assert booklet.images == {}  # no thumbnails without a way to measure pictures


def test_the_booklet_module_imports_no_qt() -> None:
    code = (
        "import sys, kiosk.booklet\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
