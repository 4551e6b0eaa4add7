"""The visitor's state in Python: navigation rules, language, and the models QML reads."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kiosk.content import Exhibition
from kiosk.models import RowListModel
from kiosk.navigation import ADVISORY, GLOSSARY, HOME, PANEL, Navigator
from kiosk.view import Kiosk


@pytest.fixture
def kiosk(qapp: object, exhibition: Exhibition) -> Kiosk:
    return Kiosk(exhibition)


def _into_panel(kiosk: Kiosk, index: int = 0) -> Navigator:
    navigator = kiosk.navigator_object()
    navigator.openPanel(index)
    if navigator.overlay == ADVISORY:
        navigator.acceptAdvisory()
    return navigator


def test_the_advisory_comes_once_before_the_first_panel(kiosk: Kiosk) -> None:
    navigator = kiosk.navigator_object()
    navigator.openPanel(1)
    assert (navigator.overlay, navigator.place()) == (ADVISORY, (HOME, -1, 0))
    navigator.acceptAdvisory()
    assert (navigator.overlay, navigator.place()) == ("", (PANEL, 1, 0))
    navigator.goHome()
    navigator.openPanel(0)
    assert navigator.place() == (PANEL, 0, 0)


def test_pages_stay_within_the_panel(kiosk: Kiosk) -> None:
    navigator = _into_panel(kiosk)
    count = navigator.page_count()
    for _ in range(count + 2):
        navigator.nextPage()
    assert navigator.place()[2] == count - 1
    for _ in range(count + 2):
        navigator.previousPage()
    assert navigator.place()[2] == 0


def test_back_closes_a_card_then_turns_back_then_goes_home(kiosk: Kiosk) -> None:
    navigator = _into_panel(kiosk)
    navigator.nextPage()
    kiosk.view_object().openTerm("troika")
    assert navigator.overlay == GLOSSARY
    navigator.back()
    assert (navigator.overlay, navigator.place()) == ("", (PANEL, 0, 1))
    navigator.back()
    assert navigator.place() == (PANEL, 0, 0)
    navigator.back()
    assert navigator.place() == (HOME, -1, 0)


def test_language_switch_keeps_the_page_and_closes_cards(kiosk: Kiosk, qtbot: QtBot) -> None:
    navigator = _into_panel(kiosk, 1)
    navigator.nextPage()
    view = kiosk.view_object()
    view.openTerm("troika")
    english = view.pageIndicator
    with qtbot.waitSignal(kiosk.session_object().languageChanged):
        kiosk.session_object().setLanguage("ru")
    assert navigator.place() == (PANEL, 1, 1)
    assert navigator.overlay == ""
    assert view.pageIndicator != english
    assert view.pageIndicator == "Страница 2 из " + str(navigator.page_count())


def test_unknown_language_is_ignored(kiosk: Kiosk) -> None:
    session = kiosk.session_object()
    session.setLanguage("xx")
    assert session.current_language() == "en"


def test_reset_session_returns_to_home_in_the_default_language(kiosk: Kiosk) -> None:
    navigator = _into_panel(kiosk, 1)
    kiosk.session_object().setLanguage("ru")
    kiosk.resetSession()
    assert navigator.place() == (HOME, -1, 0)
    assert kiosk.session_object().current_language() == "en"
    navigator.openPanel(0)
    assert navigator.overlay == ADVISORY, "the next visitor sees the advisory again"


def test_page_model_follows_the_open_panel(kiosk: Kiosk, exhibition: Exhibition) -> None:
    pages = kiosk.view_object().pages_model()
    assert pages.rowCount() == 0
    _into_panel(kiosk, 1)
    assert pages.rowCount() == len(exhibition.panels[1].pages)
    first = pages.get(0)
    assert first["title"] == exhibition.panels[1].pages[0].title["en"]
    assert [b["type"] for b in first["blocks"]] == [
        b.type for b in exhibition.panels[1].pages[0].blocks
    ]


@pytest.mark.parametrize("model_name", ["panels", "pages", "languages"])
def test_models_pass_the_model_tester(
    kiosk: Kiosk, qtmodeltester: ModelTester, model_name: str
) -> None:
    _into_panel(kiosk)
    models: dict[str, RowListModel] = {
        "panels": kiosk.view_object().panels_model(),
        "pages": kiosk.view_object().pages_model(),
        "languages": kiosk.session_object().languages_model(),
    }
    model = models[model_name]
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_role_numbers_are_qt_roles() -> None:
    """kiosk.models spells two Qt roles as numbers, to keep Qt's enums out of the cold start."""
    from PySide6.QtCore import Qt

    from kiosk.models import DISPLAY_ROLE, USER_ROLE

    assert Qt.ItemDataRole.DisplayRole.value == DISPLAY_ROLE
    assert Qt.ItemDataRole.UserRole.value == USER_ROLE
