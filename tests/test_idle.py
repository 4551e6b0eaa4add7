"""Idle, "Are you still there?", the session reset and the attract loop.

The state machine is tested with a fake clock; the real window is tested with
idle times of a second, real touch events, and waits on signals, never sleeps.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.idle import ACTIVE, ATTRACT, WARNING, IdleMonitor
from kiosk.view import IdleTimes
from tests.conftest import BASE, KioskWindow
from tests.touch import centre_of, tap, the_item, visible_items

MakeWindow = Callable[..., KioskWindow]
SHORT = IdleTimes(idle_seconds=1, warning_seconds=1)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def monitor(qtbot: QtBot, clock: FakeClock) -> IdleMonitor:
    return IdleMonitor(90, 20, clock=clock)


# -- the state machine, on a fake clock -------------------------------------------------------


def test_it_warns_only_once_the_idle_time_has_passed(
    monitor: IdleMonitor, clock: FakeClock
) -> None:
    clock.now += 89.9
    monitor.check()
    assert monitor.state == ACTIVE
    clock.now += 0.1
    monitor.check()
    assert monitor.state == WARNING
    assert monitor.secondsLeft == 20


def test_the_warning_counts_down_then_ends_the_session_once(
    monitor: IdleMonitor, clock: FakeClock, qtbot: QtBot
) -> None:
    ended: list[bool] = []
    monitor.sessionEnded.connect(lambda: ended.append(True))
    clock.now += 90
    monitor.check()
    clock.now += 12.5
    assert monitor.secondsLeft == 8
    clock.now += 7.5
    monitor.check()
    monitor.check()
    assert monitor.state == ATTRACT
    assert ended == [True]


def test_activity_restarts_the_idle_time(monitor: IdleMonitor, clock: FakeClock) -> None:
    clock.now += 60
    monitor.note_activity()
    clock.now += 60
    monitor.check()
    assert monitor.state == ACTIVE


def test_activity_during_the_warning_keeps_the_session(
    monitor: IdleMonitor, clock: FakeClock, qtbot: QtBot
) -> None:
    clock.now += 90
    monitor.check()
    # The state changes a turn of the event loop later, after the touch is delivered.
    monitor.note_activity()
    assert monitor.state == WARNING
    with qtbot.waitSignal(monitor.stateChanged, timeout=1000):
        pass
    assert monitor.state == ACTIVE


def test_a_hold_pauses_idle_and_its_release_restarts_the_clock(
    monitor: IdleMonitor, clock: FakeClock
) -> None:
    monitor.hold("video")
    clock.now += 3600
    monitor.check()
    assert monitor.state == ACTIVE
    monitor.release("video")
    clock.now += 89
    monitor.check()
    assert monitor.state == ACTIVE
    clock.now += 1
    monitor.check()
    assert monitor.state == WARNING


def test_a_hold_during_the_warning_brings_the_session_back(
    monitor: IdleMonitor, clock: FakeClock
) -> None:
    clock.now += 90
    monitor.check()
    monitor.hold("audio")
    assert monitor.state == ACTIVE
    monitor.release("unknown")  # a token never held changes nothing
    clock.now += 1000
    monitor.check()
    assert monitor.state == ACTIVE


def test_waking_from_the_attract_loop_says_where_the_touch_landed(
    monitor: IdleMonitor, clock: FakeClock, qtbot: QtBot
) -> None:
    monitor.endSession()
    assert monitor.state == ATTRACT
    monitor.noteTeaser("two")
    with qtbot.waitSignal(monitor.woken, timeout=1000) as woken:
        monitor.note_activity()
    assert woken.args == ["two"]
    assert monitor.state == ACTIVE


# -- the real window ----------------------------------------------------------------------


def _open_panel_page_two(built: KioskWindow, qtbot: QtBot) -> None:
    window, navigator = built.window, built.kiosk.navigator_object()
    tap(window, visible_items(window, "panelCard")[0])
    qtbot.waitUntil(lambda: len(visible_items(window, "continueButton")) == 1)
    tap(window, the_item(window, "continueButton"))
    qtbot.waitUntil(lambda: navigator.screen == "panel")
    navigator.nextPage()
    qtbot.waitUntil(lambda: navigator.pageIndex == 1)


def hover(window: QWindow, point: QPoint) -> None:
    """A mouse move with no button down, through the application as a real one comes."""
    local = QPointF(point)
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        local,
        local,
        QPointF(window.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QGuiApplication.sendEvent(window, event)


def _loop(built: KioskWindow) -> QObject:
    loop = built.window.findChild(QObject, "attractLoop")
    assert loop is not None
    return loop


def _is_visible(built: KioskWindow, name: str) -> bool:
    return bool(visible_items(built.window, name))


def _wait_for(built: KioskWindow, qtbot: QtBot, state: str) -> None:
    idle = built.kiosk.idle_monitor()
    qtbot.waitUntil(lambda: idle.state == state, timeout=5000)


def test_left_alone_it_asks_then_resets_then_loops(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE, idle=SHORT)
    _open_panel_page_two(built, qtbot)
    built.kiosk.session_object().setLanguage("ru")

    _wait_for(built, qtbot, WARNING)
    assert visible_items(built.window, "stillThereCard")
    assert the_item(built.window, "countdownSeconds").property("text") == "1"
    assert "Вы ещё здесь?" in the_item(built.window, "stillThereTitle").property("text")

    _wait_for(built, qtbot, ATTRACT)
    navigator, session = built.kiosk.navigator_object(), built.kiosk.session_object()
    assert navigator.place() == ("home", -1, 0)
    assert navigator.overlay == ""
    assert session.current_language() == "en"
    assert visible_items(built.window, "attractLoop")
    assert not visible_items(built.window, "stillThereCard")
    assert built.qml_warnings == []


def test_a_touch_during_the_warning_keeps_the_session_and_presses_nothing(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window(BASE, idle=IdleTimes(1, 30))
    _open_panel_page_two(built, qtbot)
    previous = centre_of(the_item(built.window, "previousButton"))
    _wait_for(built, qtbot, WARNING)

    tap(built.window, previous)  # the "Previous page" button lies under the card's dimming

    _wait_for(built, qtbot, ACTIVE)
    navigator = built.kiosk.navigator_object()
    assert navigator.place()[0] == "panel"
    assert navigator.pageIndex == 1
    assert not visible_items(built.window, "stillThereCard")


@pytest.mark.parametrize("wake", ["attract", "warning"])
def test_a_pointer_that_moves_then_clicks_presses_nothing_beneath(
    kiosk_window: MakeWindow, qtbot: QtBot, wake: str
) -> None:
    built = kiosk_window(BASE, idle=IdleTimes(1, 30))
    _open_panel_page_two(built, qtbot)
    navigator = built.kiosk.navigator_object()
    navigator.previousPage()
    qtbot.waitUntil(lambda: navigator.pageIndex == 0)
    next_page = centre_of(the_item(built.window, "nextButton"))
    if wake == "attract":
        built.kiosk.idle_monitor().endSession()
        navigator.openPanel(0)  # what lies beneath this time is the same page, for the check
    _wait_for(built, qtbot, ATTRACT if wake == "attract" else WARNING)

    hover(built.window, next_page)  # the pointer arrives first, as a mouse or xdotool moves it
    QTest.qWait(60)
    QTest.mousePress(built.window, Qt.MouseButton.LeftButton, pos=next_page)
    QTest.qWait(60)  # a finger rests a moment: the event loop turns before the release
    QTest.mouseRelease(built.window, Qt.MouseButton.LeftButton, pos=next_page)

    _wait_for(built, qtbot, ACTIVE)
    qtbot.wait(100)  # let any stray click arrive before checking that none did
    assert navigator.pageIndex == 0


def test_the_continue_button_keeps_the_session(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE, idle=IdleTimes(1, 30))
    _wait_for(built, qtbot, WARNING)
    tap(built.window, the_item(built.window, "stillThereContinue"))
    _wait_for(built, qtbot, ACTIVE)


def test_the_waking_touch_presses_nothing_beneath(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE, idle=SHORT)
    card = centre_of(visible_items(built.window, "panelCard")[0])
    built.kiosk.idle_monitor().endSession()
    qtbot.waitUntil(lambda: bool(visible_items(built.window, "attractLoop")))
    assert _loop(built).property("current")["type"] == "figure"

    tap(built.window, card)  # a panel card lies beneath

    _wait_for(built, qtbot, ACTIVE)
    navigator = built.kiosk.navigator_object()
    qtbot.wait(100)  # let any stray click arrive before checking that none did
    assert navigator.place() == ("home", -1, 0)
    assert navigator.overlay == ""
    assert not visible_items(built.window, "attractLoop")


def test_a_touch_on_a_teaser_opens_its_panel(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE, idle=SHORT)
    built.kiosk.idle_monitor().endSession()
    loop = _loop(built)
    slides = loop.property("slides")
    teaser = next(i for i, slide in enumerate(slides) if slide["type"] == "teaser")
    loop.setProperty("index", teaser)
    qtbot.waitUntil(lambda: bool(visible_items(built.window, "attractTeaser")))

    tap(built.window, QPoint(built.window.width() // 2, built.window.height() // 2))

    navigator = built.kiosk.navigator_object()
    # A new visitor sees the content advisory first, then the panel.
    qtbot.waitUntil(lambda: navigator.overlay == "advisory")
    tap(built.window, the_item(built.window, "continueButton"))
    qtbot.waitUntil(lambda: navigator.screen == "panel")
    assert navigator.panelIndex == slides[teaser]["panelIndex"]


def test_the_attract_loop_shows_every_kind_of_slide_and_invites_in_each_language(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window(BASE, idle=SHORT)
    built.kiosk.idle_monitor().endSession()
    loop = _loop(built)
    shown = {
        "figure": "attractFigure",
        "quote": "attractQuote",
        "image": "attractImage",
        "teaser": "attractTeaser",
    }
    for index, slide in enumerate(loop.property("slides")):
        loop.setProperty("index", index)
        name = shown[slide["type"]]
        qtbot.waitUntil(functools.partial(_is_visible, built, name))
    invitations = loop.property("invitations")
    assert invitations == ["Touch to begin", "Коснитесь экрана, чтобы начать"]
    assert the_item(built.window, "attractInvitation").property("text") in invitations
    assert built.qml_warnings == []


def test_idle_never_fires_while_media_plays(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE, idle=SHORT)
    idle = built.kiosk.idle_monitor()
    idle.hold("video")
    with qtbot.assertNotEmitted(idle.stateChanged, wait=2500):
        pass
    idle.release("video")
    _wait_for(built, qtbot, WARNING)
