"""The accessibility card: text size, high contrast and "within reach", chosen by
touch on the real window, kept for one visitor and undone for the next.

Screen-reader names and target sizes are checked in test_accessibility.py, text
that reflows at the largest size in test_text_size.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, QPointF
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.content import Exhibition, load_exhibition
from kiosk.content.schema import Theme
from kiosk.navigation import ACCESS, GLOSSARY, Navigator
from kiosk.palette import minimum_contrast, panel_colour, text_pairs, theme_colours
from kiosk.preferences import TEXT_SCALES, Preferences
from tests.conftest import BUNDLED, KioskWindow
from tests.qmlhelpers import walk_items
from tests.test_touch import _enter_first_panel
from tests.touch import tap, the_item, visible_items

MakeWindow = Callable[..., KioskWindow]

TAKES_A_TAP = ("QQuickTapHandler", "QQuickMouseArea", "QQuickMultiPointTouchArea")


# -- colours --------------------------------------------------------------------------


def _bundled() -> Exhibition:
    exhibition = load_exhibition(BUNDLED).exhibition
    assert exhibition is not None
    return exhibition


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("theme", ["bundled", "default"])
def test_every_text_colour_pair_has_enough_contrast(theme: str, high_contrast: bool) -> None:
    """AA (4.5:1) in the exhibition's theme, AAA (7:1) in high contrast: for the
    theme's text colours on its grounds, ink on the accent and on every panel colour."""
    exhibition = _bundled()
    chosen = exhibition.manifest.theme if theme == "bundled" else Theme()
    colours = theme_colours(chosen, high_contrast)
    panels = {p.id: panel_colour(p.theme_colour, colours, high_contrast) for p in exhibition.panels}
    pairs = text_pairs(colours, panels)
    assert len(pairs) == 7 + len(exhibition.panels)
    low = [
        f"{p.text} {p.text_colour} on {p.ground} {p.ground_colour}: {p.ratio:.2f}:1"
        for p in pairs
        if p.ratio < minimum_contrast(high_contrast)
    ]
    assert low == []


def test_the_contrast_check_fails_a_pale_theme() -> None:
    """The check above can fail: grey on dark grey is caught."""
    colours = theme_colours(Theme(muted_text="#555555"), high_contrast=False)
    low = [p for p in text_pairs(colours, {}) if p.ratio < minimum_contrast(False)]
    assert {p.text for p in low} == {"mutedText"}


# -- preferences and navigation, without a window ------------------------------------------


def test_preferences_step_through_the_sizes_and_reset(qtbot: QtBot) -> None:
    preferences = Preferences()
    changes: list[int] = []
    preferences.changed.connect(lambda: changes.append(1))
    assert preferences.property("textScale") == 1.0
    preferences.setTextSize(2)
    preferences.setTextSize(7)  # no such step: ignored
    preferences.setHighContrast(True)
    preferences.setLowReach(True)
    assert preferences.property("textScale") == TEXT_SCALES[2] == 1.5
    assert (preferences.property("highContrast"), preferences.property("lowReach")) == (True, True)
    preferences.reset()
    assert preferences.is_default()
    assert len(changes) == 4
    preferences.reset()  # already the defaults: nothing to announce
    assert len(changes) == 4


def test_the_card_opened_over_another_gives_way_to_it(qtbot: QtBot) -> None:
    navigator = Navigator([3], has_advisory=False)
    navigator.openPanel(0)
    navigator.showOverlay(GLOSSARY, {"term": "troika"})
    navigator.openAccessibility()
    assert navigator.place_overlay() == (ACCESS, {})
    navigator.closeOverlay()
    assert navigator.place_overlay() == (GLOSSARY, {"term": "troika"})
    navigator.openAccessibility()
    navigator.goHome()  # leaving closes both
    assert navigator.place_overlay() == ("", {})
    navigator.closeOverlay()
    assert navigator.place_overlay() == ("", {})


def test_a_language_switch_keeps_the_card_but_drops_a_stale_one_beneath(qtbot: QtBot) -> None:
    navigator = Navigator([3], has_advisory=False)
    navigator.openPanel(0)
    navigator.showOverlay(GLOSSARY, {"term": "troika"})
    navigator.openAccessibility()
    navigator.closeCards()  # what a language switch does
    assert navigator.place_overlay() == (ACCESS, {})
    navigator.closeOverlay()
    assert navigator.place_overlay() == ("", {})


# -- on the real window ---------------------------------------------------------------------


def _open_card(built: KioskWindow, qtbot: QtBot) -> QQuickItem:
    window = built.window
    tap(window, the_item(window, "accessButton"))
    qtbot.waitUntil(lambda: len(visible_items(window, "accessCard")) == 1)
    card = the_item(window, "accessCard")
    qtbot.waitUntil(lambda: card.opacity() == 1 and card.scale() == 1)
    qtbot.wait(50)
    return card


def _close_card(built: KioskWindow, qtbot: QtBot) -> None:
    tap(built.window, the_item(built.window, "accessCloseButton"))
    qtbot.waitUntil(lambda: not visible_items(built.window, "accessCard"))


def _body_size(window: QQuickWindow) -> int:
    """The pixel size of the first page's body text."""
    blocks = [
        item
        for item in walk_items(window.contentItem())
        if item.objectName() == "textBlock"
        and _shown(item)
        and 0 <= item.mapToScene(QPointF(0, 0)).y() < window.height()
    ]
    assert blocks, "no body text on screen"
    return int(blocks[0].childItems()[0].property("font").pixelSize())


def _stage(window: QQuickWindow) -> QQuickItem:
    return the_item(window, "stage")


def test_choices_on_the_card_change_the_screen(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(size=(1920, 1080))
    window = built.window
    _enter_first_panel(built, qtbot)
    standard = _body_size(window)
    _open_card(built, qtbot)
    sizes = visible_items(window, "textSizeButton")
    assert len(sizes) == len(TEXT_SCALES)
    tap(window, sizes[2])
    qtbot.waitUntil(lambda: built.kiosk.session_object().preferences().property("textSize") == 2)
    tap(window, the_item(window, "highContrastToggle"))
    qtbot.waitUntil(lambda: window.color().name() == "#000000")
    tap(window, the_item(window, "lowReachToggle"))
    qtbot.waitUntil(lambda: _stage(window).y() == round(window.height() * 0.4))
    _close_card(built, qtbot)
    assert _body_size(window) == round(standard * 1.5)
    assert the_item(window, "lowReachBand").height() == round(window.height() * 0.4)
    # Nothing about the visitor's place changed.
    assert built.kiosk.navigator_object().place() == ("panel", 0, 0)


def test_the_next_visitor_gets_the_defaults(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(size=(1080, 1920))
    window, kiosk = built.window, built.kiosk
    normal = window.color().name()
    _enter_first_panel(built, qtbot)
    standard = _body_size(window)
    preferences = kiosk.session_object().preferences()
    preferences.setTextSize(1)
    preferences.setHighContrast(True)
    preferences.setLowReach(True)
    qtbot.waitUntil(lambda: _stage(window).y() > 0)
    kiosk.resetSession()
    assert preferences.is_default()
    qtbot.waitUntil(lambda: _stage(window).y() == 0 and window.color().name() == normal)
    assert _stage(window).height() == window.height()
    assert not visible_items(window, "lowReachBand")
    _enter_first_panel(built, qtbot)
    assert _body_size(window) == standard


def test_the_card_follows_a_language_switch(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(size=(1920, 1080))
    window = built.window
    _open_card(built, qtbot)
    assert the_item(window, "accessTitle").property("text") == "Accessibility"
    russian = [
        b for b in visible_items(window, "languageButton") if b.property("text") == "Русский"
    ]
    tap(window, russian[0])
    qtbot.waitUntil(lambda: the_item(window, "accessTitle").property("text") == "Доступность")
    assert the_item(window, "highContrastToggle").property("label") == "Высокая контрастность"


# -- within reach: nothing to touch in the upper half ---------------------------------------


def _takes_a_tap(item: QQuickItem) -> bool:
    handlers: Iterator[QObject] = (c for c in item.children() if not isinstance(c, QQuickItem))
    for handler in handlers:
        if handler.metaObject().className().startswith(TAKES_A_TAP) and handler.property("enabled"):
            return True
    return item.metaObject().className().startswith(TAKES_A_TAP[1:])


def _shown(item: QQuickItem) -> bool:
    while item is not None:
        if not item.isVisible() or item.opacity() <= 0:
            return False
        item = item.parentItem()
    return True


def _controls_above(window: QQuickWindow, line: float) -> list[str]:
    """Every control on screen whose top edge lies above ``line`` (scene y)."""
    found = []
    for item in walk_items(window.contentItem()):
        if not (_takes_a_tap(item) and item.isEnabled() and _shown(item)):
            continue
        top_left = item.mapToScene(QPointF(0, 0))
        bottom_right = item.mapToScene(QPointF(item.width(), item.height()))
        inside = bottom_right.x() > 0 and top_left.x() < window.width()
        inside = inside and bottom_right.y() > 0 and top_left.y() < window.height()
        if inside and top_left.y() < line:
            name = item.objectName() or item.metaObject().className()
            found.append(f"{name} at y={top_left.y():.0f}")
    return found


def _settled(window: QQuickWindow, page: int, qtbot: QtBot) -> None:
    """The page list has slid to ``page``."""
    pages = next(i for i in walk_items(window.contentItem()) if i.objectName() == "pageList")
    width = pages.width()
    qtbot.waitUntil(lambda: abs(pages.property("contentX") - page * width) < 1)


def _screens(built: KioskWindow, qtbot: QtBot) -> Iterator[str]:
    """Home, every page of every panel, and each card: yields a name for each."""
    kiosk = built.kiosk
    navigator, view = kiosk.navigator_object(), kiosk.view_object()
    yield "home"
    navigator.openAccessibility()
    yield "accessibility card"
    navigator.closeOverlay()
    for index in range(len(kiosk.exhibition.panels)):
        navigator.openPanel(index)
        if navigator.overlay == "advisory":
            yield "advisory"
            navigator.acceptAdvisory()
        for page in range(navigator.page_count()):
            navigator.setPageIndex(page)
            _settled(built.window, page, qtbot)
            yield f"panel {index + 1} page {page + 1}"
    view.openSources()
    yield "sources"
    navigator.closeOverlay()
    view.openLink("term:troika")
    yield "glossary card"
    navigator.closeOverlay()
    kiosk.idle_monitor().askNow()
    yield "still there?"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_within_reach_no_control_lies_in_the_upper_half(
    kiosk_window: MakeWindow, qtbot: QtBot, lang: str
) -> None:
    built = kiosk_window(size=(1080, 1920), lang=lang)
    window = built.window
    built.kiosk.session_object().preferences().setLowReach(True)
    qtbot.waitUntil(lambda: _stage(window).y() == 960)
    found: dict[str, list[str]] = {}
    for screen in _screens(built, qtbot):
        above = _controls_above(window, window.height() / 2)
        if above:
            found[screen] = above
        # The accessibility button is on every screen, but for the question that
        # covers everything (any touch answers it).
        buttons = [] if screen == "still there?" else visible_items(window, "accessButton")
        assert screen == "still there?" or len(buttons) == 1, screen
    assert found == {}


def test_the_reach_check_sees_controls_in_the_upper_half(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    """Without "within reach", the header's buttons are up top: the check finds them."""
    built = kiosk_window(size=(1080, 1920))
    _enter_first_panel(built, qtbot)
    above = _controls_above(built.window, built.window.height() / 2)
    assert any(name.startswith("homeButton") for name in above)
    assert any(name.startswith("accessButton") for name in above)
