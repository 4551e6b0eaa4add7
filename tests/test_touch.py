"""A visitor's fingers on the real window: every step of a visit, by touch alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QPoint, QPointF
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.navigation import Navigator
from tests.conftest import BASE, KioskWindow
from tests.qmlhelpers import walk_items
from tests.touch import centre_of, pinch, swipe, tap, the_item, touch_device, visible_items

MakeWindow = Callable[..., KioskWindow]


def _enter_first_panel(built: KioskWindow, qtbot: QtBot) -> None:
    window, navigator = built.window, built.kiosk.navigator_object()
    qtbot.waitUntil(lambda: len(visible_items(window, "panelCard")) > 0)
    tap(window, visible_items(window, "panelCard")[0])
    if navigator.overlay == "advisory":
        qtbot.waitUntil(lambda: len(visible_items(window, "continueButton")) == 1)
        tap(window, the_item(window, "continueButton"))
    qtbot.waitUntil(lambda: navigator.place() == ("panel", 0, 0))
    qtbot.waitUntil(lambda: len(visible_items(window, "nextButton")) == 1)


def _page_swipe(window: QQuickWindow, forward: bool) -> None:
    pages = the_item(window, "pageList")
    top_left = pages.mapToScene(QPointF(0, 0))
    y = int(top_left.y() + pages.height() / 2)
    left = int(top_left.x() + pages.width() * 0.15)
    right = int(top_left.x() + pages.width() * 0.85)
    start, end = (QPoint(right, y), QPoint(left, y))
    swipe(window, *((start, end) if forward else (end, start)))


def _link_point(window: QQuickWindow) -> QPoint | None:
    """Where on screen a glossary link can be tapped, found with ``Text.linkAt``."""
    for block in visible_items(window, "textBlock"):
        for text in walk_items(block):
            if text.metaObject().indexOfMethod("linkAt(qreal,qreal)") < 0:
                continue
            for y in range(4, int(text.height()), 6):
                for x in range(4, int(text.width()), 6):
                    if _link_at(text, x, y).startswith("term:"):
                        return text.mapToScene(QPointF(x + 2, y)).toPoint()
    return None


def _link_at(text: QQuickItem, x: float, y: float) -> str:
    return str(
        QMetaObject.invokeMethod(
            text, "linkAt", Q_RETURN_ARG("QString"), Q_ARG("qreal", x), Q_ARG("qreal", y)
        )
    )


def test_a_visit_by_touch_alone(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window()
    window, navigator = built.window, built.kiosk.navigator_object()
    _enter_first_panel(built, qtbot)

    _page_swipe(window, forward=True)
    qtbot.waitUntil(lambda: navigator.place() == ("panel", 0, 1))
    _page_swipe(window, forward=False)
    qtbot.waitUntil(lambda: navigator.place() == ("panel", 0, 0))

    point = _link_point(window)
    assert point is not None, "the first page links a glossary term"
    tap(window, point)
    qtbot.waitUntil(lambda: navigator.overlay == "glossary")
    qtbot.waitUntil(lambda: len(visible_items(window, "glossaryCard")) == 1)
    tap(window, the_item(window, "closeButton"))
    qtbot.waitUntil(lambda: navigator.overlay == "")

    tap(window, the_item(window, "homeButton"))
    qtbot.waitUntil(lambda: navigator.place() == ("home", -1, 0))


def test_language_switch_on_page_three_stays_on_page_three(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window()
    window, navigator = built.window, built.kiosk.navigator_object()
    _enter_first_panel(built, qtbot)
    for page in (1, 2):
        tap(window, the_item(window, "nextButton"))
        qtbot.waitUntil(_at(navigator, ("panel", 0, page)))
    english_title = _current_page_title(built)
    russian = [b for b in visible_items(window, "languageButton") if b.property("code") == "ru"]
    assert len(russian) == 1
    tap(window, russian[0])
    qtbot.waitUntil(lambda: built.kiosk.session_object().current_language() == "ru")
    assert navigator.place() == ("panel", 0, 2)
    qtbot.waitUntil(lambda: _current_page_title(built) != english_title)
    indicator = the_item(window, "pageIndicator")
    qtbot.waitUntil(lambda: "3" in str(indicator.property("text")))


def _at(navigator: Navigator, place: tuple[str, int, int]) -> Callable[[], bool]:
    """A condition for ``qtbot.waitUntil``: the visitor is at ``place``."""
    return lambda: navigator.place() == place


def _current_page_title(built: KioskWindow) -> str:
    pages = built.kiosk.view_object().pages_model()
    return str(pages.get(built.kiosk.navigator_object().place()[2])["title"])


def test_one_tap_is_one_action(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window()
    window, navigator = built.window, built.kiosk.navigator_object()
    _enter_first_panel(built, qtbot)
    moves: list[tuple[str, int, int]] = []
    navigator.placeChanged.connect(lambda: moves.append(navigator.place()))
    tap(window, the_item(window, "nextButton"))
    qtbot.wait(300)
    assert moves == [("panel", 0, 1)]


def test_an_image_opens_full_screen_and_closes(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE)
    window, navigator = built.window, built.kiosk.navigator_object()
    _enter_first_panel(built, qtbot)
    qtbot.waitUntil(lambda: len(visible_items(window, "imageBlock")) == 1)
    tap(window, the_item(window, "imageBlock"))
    qtbot.waitUntil(lambda: navigator.overlay == "image")
    qtbot.waitUntil(lambda: len(visible_items(window, "imageViewer")) == 1)
    picture = the_item(window, "fullImage")
    qtbot.waitUntil(lambda: picture.property("progress") == 1.0)  # decoded and shown
    centre = centre_of(the_item(window, "imageStage"))
    pinch(window, centre, 200, 500)
    assert picture.scale() > 1.5
    placed = picture.position()
    swipe(window, centre, QPoint(centre.x() + 150, centre.y() + 80))
    assert picture.position() != placed  # a zoomed picture pans under one finger
    tap(window, the_item(window, "closeButton"))
    qtbot.waitUntil(lambda: navigator.overlay == "")
    qtbot.waitUntil(lambda: not visible_items(window, "imageViewer"))


def test_every_page_of_every_panel_is_reachable_by_touch(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window()
    window, navigator = built.window, built.kiosk.navigator_object()
    panels = built.kiosk.exhibition.panels
    for language in ("en", "ru"):
        built.kiosk.session_object().setLanguage(language)
        for index, panel in enumerate(panels):
            qtbot.waitUntil(lambda: len(visible_items(window, "panelCard")) == len(panels))
            tap(window, visible_items(window, "panelCard")[index])
            if navigator.overlay == "advisory":
                tap(window, the_item(window, "continueButton"))
            qtbot.waitUntil(_at(navigator, ("panel", index, 0)))
            for page in range(1, len(panel.pages)):
                qtbot.waitUntil(lambda: len(visible_items(window, "nextButton")) == 1)
                tap(window, the_item(window, "nextButton"))
                qtbot.waitUntil(_at(navigator, ("panel", index, page)))
            tap(window, the_item(window, "homeButton"))
            qtbot.waitUntil(lambda: navigator.place() == ("home", -1, 0))


PRESSABLE = ("homeButton", "backButton", "sourcesButton", "nextButton", "languageButton")


def _mean_colour(window: QQuickWindow, item: QQuickItem) -> tuple[float, float, float]:
    """The average colour of ``item`` on a fresh frame, sampled on a 9 × 5 grid."""
    image = window.grabWindow()
    corner = item.mapToScene(QPointF(0, 0))
    samples = [
        image.pixelColor(
            int(corner.x() + item.width() * (0.1 + 0.1 * i)),
            int(corner.y() + item.height() * (0.1 + 0.2 * j)),
        )
        for i in range(9)
        for j in range(5)
    ]
    count = len(samples)
    return (
        sum(c.red() for c in samples) / count,
        sum(c.green() for c in samples) / count,
        sum(c.blue() for c in samples) / count,
    )


@pytest.mark.parametrize("name", PRESSABLE)
def test_a_finger_on_a_control_shows_at_once(
    kiosk_window: MakeWindow, qtbot: QtBot, name: str
) -> None:
    """The very next frame after a finger lands shows the control pressed; lifting it
    elsewhere (a finger that slides off) does nothing."""
    built = kiosk_window(BASE)
    _enter_first_panel(built, qtbot)
    window, navigator = built.window, built.kiosk.navigator_object()
    control = visible_items(window, name)[-1]
    before = _mean_colour(window, control)
    point = centre_of(control)
    QTest.touchEvent(window, touch_device()).press(0, point, window).commit()
    pressed = _mean_colour(window, control)
    assert max(abs(a - b) for a, b in zip(before, pressed, strict=True)) >= 8, (before, pressed)
    place = navigator.place()
    away = QPoint(point.x(), window.height() // 2)
    QTest.touchEvent(window, touch_device()).move(0, away, window).commit()
    QTest.touchEvent(window, touch_device()).release(0, away, window).commit()
    QTest.qWait(30)
    assert navigator.place() == place
    assert navigator.overlay == ""
