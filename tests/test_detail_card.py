"""The card a timeline event or a map place opens: what it shows, and when it closes.

The timeline and map tests tap the real markers; here the card itself is opened
through the view, as those markers do, and closed by touch, by a language switch
and by new content.
"""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from tests.conftest import BASE, KioskWindow
from tests.qmlhelpers import find_items
from tests.test_touch import _enter_first_panel
from tests.touch import centre_of, tap, the_item, visible_items

MakeWindow = Callable[..., KioskWindow]

DETAIL = {
    "kicker": "5 August 1937",
    "title": "The operation begins",
    "html": '<p>Arrests start in most regions; see <a href="term:troika">troika</a>.</p>',
    "source": "Werth 2010",
}


def _open(built: KioskWindow, qtbot: QtBot) -> None:
    """Into the first panel by touch, as a visitor gets there; then the card opens."""
    _enter_first_panel(built, qtbot)
    built.kiosk.view_object().openDetail(DETAIL)
    qtbot.waitUntil(lambda: len(visible_items(built.window, "detailCard")) == 1)
    card = the_item(built.window, "detailCard")
    qtbot.waitUntil(lambda: card.opacity() == 1 and card.scale() == 1)  # its entrance is over
    qtbot.wait(50)


def test_the_card_shows_date_title_text_and_source(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE)
    _open(built, qtbot)
    window = built.window
    assert the_item(window, "detailKicker").property("text") == "5 August 1937"
    assert the_item(window, "detailTitle").property("text") == "The operation begins"
    assert "Arrests start" in the_item(window, "detailText").property("text")
    card = the_item(window, "detailCard")
    sources = [item.property("text") for item in find_items(card, "sourceLine")]
    assert sources == [f"{built.kiosk.session_object().current_words()['source']}: Werth 2010"]


def test_close_is_a_touch_and_leaves_the_page(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE)
    _open(built, qtbot)
    tap(built.window, centre_of(the_item(built.window, "closeButton")))
    qtbot.waitUntil(lambda: not visible_items(built.window, "detailCard"))
    assert built.kiosk.navigator_object().place() == ("panel", 0, 0)


def test_a_glossary_word_in_the_card_opens_its_own_card(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window(BASE)
    _open(built, qtbot)
    text = the_item(built.window, "detailText")
    assert text.property("text").count("term:troika") == 1
    built.kiosk.view_object().openLink("term:troika")
    qtbot.waitUntil(lambda: len(visible_items(built.window, "glossaryCard")) == 1)
    assert not visible_items(built.window, "detailCard")


def test_a_language_switch_closes_the_card(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE)
    _open(built, qtbot)
    built.kiosk.session_object().setLanguage("ru")
    qtbot.waitUntil(lambda: not visible_items(built.window, "detailCard"))
    assert built.kiosk.navigator_object().overlay == ""
