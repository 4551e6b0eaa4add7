"""The visitor interface: Main.qml on real content, driven through the navigator.

Touch is tested in test_touch.py; here the screens are opened through Python and
checked for what they show. Every window is also checked (by the ``kiosk_window``
fixture) for QML warnings, and pytest-qt fails a test on any Qt warning.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.content import load_exhibition
from kiosk.screenshot import take_screenshots
from kiosk.view import Kiosk
from tests.conftest import BASE, BUNDLED, KioskWindow
from tests.qmlhelpers import find_items, walk_items
from tests.touch import the_item, visible_items

MakeWindow = Callable[..., KioskWindow]

BUTTONS = (
    "panelCard",
    "languageButton",
    "homeButton",
    "backButton",
    "sourcesButton",
    "nextButton",
    "previousButton",
)
BLOCK_NAMES = {
    "text": "textBlock",
    "image": "imageBlock",
    "quote": "quoteBlock",
    "figure": "figureBlock",
    "chart": "chartBlock",
    "timeline": "timelineBlock",
    "map": "mapBlock",
}


def _texts(window: QQuickWindow, object_name: str) -> list[str]:
    """The text of each visible item named ``object_name``, left to right, top to bottom."""
    items = visible_items(window, object_name)
    items.sort(key=_reading_order)
    return [str(item.property("text")) for item in items]


def _reading_order(item: QQuickItem) -> tuple[float, float]:
    corner = item.mapToScene(QPointF(0, 0))
    return corner.y(), corner.x()


def _enter(kiosk: Kiosk, panel: int, page: int = 0) -> None:
    navigator = kiosk.navigator_object()
    navigator.openPanel(panel)
    if navigator.overlay == "advisory":
        navigator.acceptAdvisory()
    navigator.setPageIndex(page)


def _current_page(window: QQuickWindow, page: int) -> QQuickItem:
    """The page delegate for ``page``, once the list shows it at its left edge."""
    pages = the_item(window, "pageList")
    for item in find_items(pages, "pageDelegate"):
        if item.property("index") == page and abs(item.mapToItem(pages, QPointF()).x()) < 1:
            return item
    raise LookupError(f"page {page} is not on screen")


def _shows_page(window: QQuickWindow, page: int) -> bool:
    try:
        _current_page(window, page)
    except (LookupError, AssertionError):
        return False
    return True


# -- loading --------------------------------------------------------------------------


@functools.cache
def bundled_panel_ids() -> tuple[str, ...]:
    exhibition = load_exhibition(BUNDLED).exhibition
    assert exhibition is not None
    return exhibition.manifest.panels


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720), (3840, 2160)])
def test_window_loads_without_warnings(
    kiosk_window: MakeWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    built = kiosk_window(size=size)
    panels = len(bundled_panel_ids())
    qtbot.waitUntil(lambda: len(visible_items(built.window, "panelCard")) == panels)
    assert len(visible_items(built.window, "homeScreen")) == 1
    assert not visible_items(built.window, "panelScreen")
    assert built.qml_warnings == []


# -- home ------------------------------------------------------------------------------


def test_home_shows_the_title_and_every_panel(
    kiosk_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "exhibition"
    shutil.copytree(BASE, folder)
    panel = folder / "panels" / "two.yaml"
    panel.write_text(
        panel.read_text(encoding="utf-8").replace("en: The numbers", "en: Counting the dead", 1),
        encoding="utf-8",
    )
    window = kiosk_window(folder).window
    qtbot.waitUntil(lambda: len(visible_items(window, "panelCard")) == 2)
    assert _texts(window, "exhibitionTitle") == ["Test exhibition"]
    assert _texts(window, "exhibitionSubtitle") == ["Every block type, two languages"]
    assert _texts(window, "panelTitle") == ["The place", "Counting the dead"]
    assert _texts(window, "panelSummary") == [
        "What happened at the firing range",
        "Charts, dates and places",
    ]


def test_home_in_the_chosen_language(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE, lang="ru")
    qtbot.waitUntil(lambda: _texts(built.window, "panelTitle") == ["Место", "Цифры"])
    assert _texts(built.window, "exhibitionTitle") == ["Тестовая выставка"]


def test_the_language_switch_names_each_language_and_marks_the_current_one(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window(lang="ru")
    buttons = visible_items(built.window, "languageButton")
    assert [(b.property("code"), b.property("text")) for b in buttons] == [
        ("en", "English"),
        ("ru", "Русский"),
    ]
    assert [b.property("current") for b in buttons] == [False, True]


# -- every screen of the bundled exhibition -----------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_page_of_the_bundled_exhibition_renders(
    kiosk_window: MakeWindow, qtbot: QtBot, lang: str
) -> None:
    built = kiosk_window(BUNDLED, lang=lang)
    window, view = built.window, built.kiosk.view_object()
    for index, panel in enumerate(built.kiosk.exhibition.panels):
        for page in range(len(panel.pages)):
            _enter(built.kiosk, index, page)
            qtbot.waitUntil(functools.partial(_shows_page, window, page))
            _check_page(window, view, page)
        assert _texts(window, "panelHeading") == [view.panelTitle]
    assert built.qml_warnings == []


def _check_page(window: QQuickWindow, view: object, page: int) -> None:
    delegate = _current_page(window, page)
    row = view.pages_model().get(page)  # type: ignore[attr-defined]
    shown = [item.objectName() for item in walk_items(delegate)]
    for name in set(BLOCK_NAMES.values()):
        expected = sum(BLOCK_NAMES[block["type"]] == name for block in row["blocks"])
        assert shown.count(name) == expected, (row["title"], name)
    title = find_items(delegate, "pageTitle")[0]
    assert title.property("text") == row["title"]
    indicator = the_item(window, "pageIndicator")
    assert indicator.property("text") == view.pageIndicator  # type: ignore[attr-defined]


def test_the_advisory_comes_before_the_first_panel(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window()
    built.kiosk.navigator_object().openPanel(1)
    qtbot.waitUntil(lambda: len(visible_items(built.window, "advisoryCard")) == 1)
    assert len(visible_items(built.window, "continueButton")) == 1
    words = built.kiosk.session_object().current_words()
    assert _texts(built.window, "advisoryTitle") == [words["advisory_title"]]


@pytest.mark.parametrize(
    ("open_card", "name"),
    [
        (lambda view: view.openTerm("troika"), "glossaryCard"),
        (lambda view: view.openSources(), "sourcesDrawer"),
    ],
)
def test_cards_open_and_close(
    kiosk_window: MakeWindow,
    qtbot: QtBot,
    open_card: Callable[[object], None],
    name: str,
) -> None:
    built = kiosk_window(BASE)
    window, navigator = built.window, built.kiosk.navigator_object()
    _enter(built.kiosk, 0)
    open_card(built.kiosk.view_object())
    qtbot.waitUntil(lambda: len(visible_items(window, name)) == 1)
    assert len(visible_items(window, "closeButton")) == 1
    navigator.back()
    qtbot.waitUntil(lambda: not visible_items(window, name))
    assert navigator.place() == ("panel", 0, 0)


def test_a_glossary_card_shows_the_term(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE)
    _enter(built.kiosk, 0)
    built.kiosk.view_object().openTerm("troika")
    qtbot.waitUntil(lambda: len(visible_items(built.window, "glossaryCard")) == 1)
    assert _texts(built.window, "glossaryTerm") == ["troika"]


def test_an_image_shows_full_screen(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE)
    window = built.window
    _enter(built.kiosk, 0)
    qtbot.waitUntil(lambda: len(visible_items(window, "imageBlock")) == 1)
    block = built.kiosk.view_object().pages_model().get(0)["blocks"][1]
    built.kiosk.view_object().openImage(block)
    qtbot.waitUntil(lambda: len(visible_items(window, "imageViewer")) == 1)
    image = the_item(window, "fullImage")
    qtbot.waitUntil(lambda: image.property("progress") == 1.0)
    assert image.property("paintedWidth") > 0
    assert _texts(window, "viewerCaption") == ["The hall today"]


def test_a_language_switch_keeps_the_page_on_screen(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window()
    window = built.window
    _enter(built.kiosk, 1, 2)
    qtbot.waitUntil(lambda: _shows_page(window, 2))
    built.kiosk.session_object().setLanguage("ru")
    qtbot.wait(50)
    qtbot.waitUntil(lambda: _shows_page(window, 2))
    assert the_item(window, "pageList").property("currentIndex") == 2
    title = find_items(_current_page(window, 2), "pageTitle")[0]
    assert title.property("text") == built.kiosk.view_object().pages_model().get(2)["title"]


# -- sizes -------------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "smallest"), [((1920, 1080), 64), ((1280, 720), 44)])
def test_controls_are_large_enough_to_touch(
    kiosk_window: MakeWindow, qtbot: QtBot, size: tuple[int, int], smallest: int
) -> None:
    built = kiosk_window(size=size)
    _enter(built.kiosk, 0, 1)
    qtbot.waitUntil(lambda: _shows_page(built.window, 1))
    buttons = [item for name in BUTTONS for item in visible_items(built.window, name)]
    assert len(buttons) >= 6
    for button in buttons:
        assert min(button.width(), button.height()) >= smallest, button.objectName()


def test_body_text_is_at_least_28_px_at_1080p(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window()
    _enter(built.kiosk, 0)
    qtbot.waitUntil(lambda: _shows_page(built.window, 0))
    for block in visible_items(built.window, "textBlock"):
        text = block.childItems()[0]
        assert text.property("font").pixelSize() >= 28


def _many_panels(folder: Path, count: int) -> Path:
    """BASE with ``count`` panels: its own two, then copies with a long title and summary."""
    shutil.copytree(BASE, folder)
    one = (folder / "panels" / "one.yaml").read_text(encoding="utf-8")
    long_title = "en: Decision-makers and perpetrators of the operation"
    long_summary = (
        "en: Who ordered the operation, who counted and raised the quotas, "
        "and who carried out the sentences at night."
    )
    one = one.replace("en: The place", long_title, 1).replace(
        "en: What happened at the firing range", long_summary, 1
    )
    ids = [f"panel{n}" for n in range(count - 2)]
    for panel_id in ids:
        (folder / "panels" / f"{panel_id}.yaml").write_text(one, encoding="utf-8")
    manifest = folder / "exhibition.yaml"
    listed = "panels:\n" + "".join(f"  - {panel_id}\n" for panel_id in ["one", "two", *ids])
    text = manifest.read_text(encoding="utf-8").replace("panels:\n  - one\n  - two\n", listed)
    manifest.write_text(text, encoding="utf-8")
    return folder


def _scene_rect(item: QQuickItem) -> tuple[float, float, float, float]:
    corner = item.mapToScene(QPointF(0, 0))
    return corner.x(), corner.y(), corner.x() + item.width(), corner.y() + item.height()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720), (3840, 2160)])
def test_eight_panels_fit_the_home_screen_without_overflow(
    kiosk_window: MakeWindow, qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    built = kiosk_window(folder=_many_panels(tmp_path / "eight", 8), size=size)
    qtbot.waitUntil(lambda: len(visible_items(built.window, "panelCard")) == 8)
    cards = [_scene_rect(card) for card in visible_items(built.window, "panelCard")]
    width, height = size
    for n, (left, top, right, bottom) in enumerate(cards):
        assert 0 <= left <= right <= width, n
        assert 0 <= top <= bottom <= height, n
        for other in cards[n + 1 :]:
            apart = right <= other[0] or other[2] <= left or bottom <= other[1] or other[3] <= top
            assert apart, (n, cards)
    for name in ("panelTitle", "panelSummary"):
        for words in visible_items(built.window, name):
            bottom = _scene_rect(words)[3]
            assert any(top <= bottom - 1 and bottom <= b for (_, top, _, b) in cards), name


# -- kiosk screenshot -------------------------------------------------------------------------


def test_screenshots_of_every_screen(qtbot: QtBot, tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    with log.open("w", encoding="utf-8") as stream:
        code = take_screenshots(BASE, tmp_path / "shots", size=(640, 360), lang=None, log=stream)
    assert code == 0
    names = sorted(path.name for path in (tmp_path / "shots").iterdir())
    assert names == [
        "00-home.png",
        "01-advisory.png",
        "02-one-p1.png",
        "03-one-p2.png",
        "04-two-p1.png",
        "05-two-p2.png",
        "06-glossary.png",
        "07-sources.png",
        "08-accessibility.png",
        "09-image.png",
        "10-still-there.png",
        "11-attract-1.png",
        "12-attract-2.png",
        "13-attract-3.png",
        "14-attract-4.png",
    ]
    assert log.read_text(encoding="utf-8").splitlines() == [
        str(tmp_path / "shots" / name) for name in names
    ]
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in QGuiApplication.topLevelWindows()))


def test_screenshots_of_the_data_pages_only(qtbot: QtBot, tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    only = frozenset({"chart", "timeline", "map"})
    with log.open("w", encoding="utf-8") as stream:
        code = take_screenshots(BASE, tmp_path, size=(1080, 1920), lang="ru", only=only, log=stream)
    assert code == 0
    assert sorted(path.name for path in tmp_path.glob("*.png")) == [
        "00-two-p1.png",
        "01-two-p2.png",
        "02-timeline-card.png",
        "03-map-card.png",
    ]
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in QGuiApplication.topLevelWindows()))


def test_screenshots_refuse_an_unknown_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert take_screenshots(BASE, tmp_path, size=(640, 360), lang="xx") == 2
    assert "unknown language 'xx'" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
