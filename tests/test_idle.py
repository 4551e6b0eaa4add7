"""Idle, "Are you still there?", the session reset and the attract loop.

The state machine is tested with a fake clock; the real window is tested with
idle times of a second, real touch events, and waits on signals, never sleeps.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QMouseEvent, QWindow
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.cli import main
from kiosk.content import Exhibition
from kiosk.idle import ACTIVE, ATTRACT, NEVER, WARNING, IdleMonitor
from kiosk.view import IdleTimes, Kiosk
from tests.conftest import BASE, KioskWindow
from tests.qmlhelpers import find_items, walk_items
from tests.touch import centre_of, swipe, tap, the_item, touch_device, visible_items

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


def test_a_hover_notes_the_visitor_but_only_a_release_wakes(
    monitor: IdleMonitor, clock: FakeClock, qtbot: QtBot
) -> None:
    monitor.endSession()
    clock.now += 5
    monitor.note_activity(ending=False)  # a pointer moving, a finger going down
    assert monitor.last_activity == clock.now
    with qtbot.assertNotEmitted(monitor.woken, wait=50):
        pass
    with qtbot.waitSignal(monitor.woken, timeout=1000):
        monitor.note_activity(ending=True)
    assert monitor.state == ACTIVE


def test_the_session_ends_before_the_loop_begins(monitor: IdleMonitor, clock: FakeClock) -> None:
    seen: list[str] = []
    monitor.sessionEnded.connect(lambda: seen.append(f"reset while {monitor.state}"))
    monitor.stateChanged.connect(lambda: seen.append(str(monitor.state)))
    clock.now += 90
    monitor.check()
    clock.now += 20
    monitor.check()
    assert seen == [WARNING, "reset while warning", ATTRACT]


def test_a_kiosk_that_must_never_fall_idle_arms_no_timer(qtbot: QtBot, clock: FakeClock) -> None:
    monitor = IdleMonitor(NEVER, 20, clock=clock)
    clock.now += 10**9
    monitor.check()
    assert monitor.state == ACTIVE
    timer = monitor.findChildren(QTimer)
    assert timer
    assert not any(t.isActive() for t in timer)


def test_the_countdown_ticks_once_a_second_on_the_clock(qtbot: QtBot) -> None:
    monitor = IdleMonitor(0.01, 2.5)
    with qtbot.waitSignal(monitor.stateChanged, timeout=1000):
        pass
    assert (monitor.state, monitor.secondsLeft) == (WARNING, 3)
    shown: list[int] = []

    def note() -> None:
        if monitor.state == WARNING:
            shown.append(monitor.property("secondsLeft"))

    monitor.secondsLeftChanged.connect(note)
    with qtbot.waitSignal(monitor.sessionEnded, timeout=4000):
        pass
    assert shown == [2, 1]  # each number once, in its second; then the loop


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


def test_the_countdown_is_on_screen_and_counts_down(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE, idle=IdleTimes(1, 3))
    idle = built.kiosk.idle_monitor()
    with qtbot.waitSignal(idle.stateChanged, timeout=3000):
        pass
    assert the_item(built.window, "countdownSeconds").property("text") == "3"
    assert "in 3\u00a0s." in the_item(built.window, "stillThereHint").property("text")
    with qtbot.waitSignal(idle.secondsLeftChanged, timeout=2000):
        pass
    assert the_item(built.window, "countdownSeconds").property("text") == "2"
    assert "in 2\u00a0s." in the_item(built.window, "stillThereHint").property("text")


def test_touches_that_scrolling_consumes_still_count(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window(BASE, idle=IdleTimes(1, 30))
    _open_panel_page_two(built, qtbot)
    idle, pages = built.kiosk.idle_monitor(), the_item(built.window, "pageList")
    y = centre_of(pages).y()
    start, end = QPoint(built.window.width() // 5, y), QPoint(built.window.width() * 4 // 5, y)
    # A slow swipe of about 1.5 s, longer than the idle time: the ListView takes every move.
    with qtbot.assertNotEmitted(idle.stateChanged):
        swipe(built.window, start, end, steps=90)
    assert idle.state == ACTIVE
    qtbot.waitUntil(lambda: built.kiosk.navigator_object().pageIndex == 0)


def test_the_whole_waking_gesture_is_swallowed(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE, idle=SHORT)
    first, second = (centre_of(card) for card in visible_items(built.window, "panelCard"))
    idle = built.kiosk.idle_monitor()
    idle.endSession()
    with qtbot.waitSignal(idle.woken, timeout=2000) as woken:
        # Down on one card, a long rest, across to the other, up there.
        QTest.touchEvent(built.window, touch_device()).press(0, first, built.window).commit()
        QTest.qWait(150)
        swipe_to = QPoint((first.x() + second.x()) // 2, first.y())
        QTest.touchEvent(built.window, touch_device()).move(0, swipe_to, built.window).commit()
        QTest.qWait(30)
        QTest.touchEvent(built.window, touch_device()).move(0, second, built.window).commit()
        assert idle.state == ATTRACT  # the loop stays until the finger lifts
        QTest.touchEvent(built.window, touch_device()).release(0, second, built.window).commit()
    assert woken.args == [""]
    qtbot.wait(100)  # let any stray click arrive before checking that none did
    navigator = built.kiosk.navigator_object()
    assert (navigator.place(), navigator.overlay) == (("home", -1, 0), "")


def test_a_swipe_during_the_warning_turns_no_page(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE, idle=IdleTimes(1, 30))
    _open_panel_page_two(built, qtbot)
    pages = the_item(built.window, "pageList")
    y = centre_of(pages).y()
    _wait_for(built, qtbot, WARNING)

    swipe(built.window, QPoint(built.window.width() // 5, y), QPoint(built.window.width() - 80, y))

    _wait_for(built, qtbot, ACTIVE)
    qtbot.wait(300)  # longer than a page's slide
    assert built.kiosk.navigator_object().place() == ("panel", 0, 1)


def _show_slide(built: KioskWindow, qtbot: QtBot, kind: str) -> dict[str, object]:
    built.kiosk.idle_monitor().endSession()
    loop = _loop(built)
    slides = loop.property("slides")
    index = next(i for i, slide in enumerate(slides) if slide["type"] == kind)
    loop.setProperty("index", index)
    name = "attract" + kind.capitalize()  # attractTeaser, attractFigure, ...
    qtbot.waitUntil(lambda: len(visible_items(built.window, name)) == 1)
    return dict(slides[index])


def test_a_touch_beside_the_teaser_opens_home(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE, idle=SHORT)
    _show_slide(built, qtbot, "teaser")
    idle = built.kiosk.idle_monitor()
    with qtbot.waitSignal(idle.woken, timeout=2000) as woken:
        tap(built.window, QPoint(40, built.window.height() // 2))
    assert woken.args == [""]
    assert built.kiosk.navigator_object().overlay == ""
    assert built.kiosk.navigator_object().screen == "home"


def test_a_touch_on_a_teaser_card_names_its_panel(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    built = kiosk_window(BASE, idle=SHORT)
    slide = _show_slide(built, qtbot, "teaser")
    cards = visible_items(built.window, "attractTeaser")
    assert len(cards) == 1
    corner = cards[0].mapToScene(QPointF(30, cards[0].height() - 30)).toPoint()
    with qtbot.waitSignal(built.kiosk.idle_monitor().woken, timeout=2000) as woken:
        tap(built.window, corner)
    assert woken.args == [slide["panelId"]]
    qtbot.waitUntil(lambda: built.kiosk.navigator_object().overlay == "advisory")


def test_a_new_visitor_finds_everything_as_the_first_did(
    kiosk_window: MakeWindow, qtbot: QtBot
) -> None:
    built = kiosk_window(BASE, idle=SHORT)
    window, kiosk = built.window, built.kiosk
    navigator, session = kiosk.navigator_object(), kiosk.session_object()
    _open_panel_page_two(built, qtbot)
    tap(window, visible_items(window, "languageButton")[1])
    qtbot.waitUntil(lambda: session.current_language() == "ru")
    page, home = the_item(window, "pageFlick"), find_items(window.contentItem(), "homeFlick")[0]
    page.setProperty("contentY", 120)  # as if the visitor had scrolled (and home, before)
    home.setProperty("contentY", 80)
    assert (page.property("contentY"), home.property("contentY")) == (120, 80)
    kiosk.view_object().openTerm(next(iter(kiosk.exhibition.glossary)))

    with qtbot.waitSignal(kiosk.sessionReset, timeout=5000):
        pass

    assert (session.current_language(), navigator.place(), navigator.overlay) == (
        "en",
        ("home", -1, 0),
        "",
    )
    assert home.property("contentY") == 0
    tap(window, QPoint(window.width() // 2, 40))  # wake: the loop's heading, no teaser
    _wait_for(built, qtbot, ACTIVE)
    assert _texts(window, "exhibitionTitle") == ["Test exhibition"]
    tap(window, visible_items(window, "panelCard")[0])
    qtbot.waitUntil(lambda: navigator.overlay == "advisory")  # due again for a new visitor
    tap(window, the_item(window, "continueButton"))
    qtbot.waitUntil(lambda: navigator.screen == "panel")
    assert navigator.place() == ("panel", 0, 0)
    qtbot.waitUntil(lambda: len(visible_items(window, "pageFlick")) == 1)
    assert the_item(window, "pageFlick").property("contentY") == 0


def _texts(window: QQuickWindow, name: str) -> list[str]:
    return [str(item.property("text")) for item in visible_items(window, name)]


def test_with_no_slides_the_loop_shows_the_title(
    kiosk_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "exhibition"
    shutil.copytree(BASE, folder)
    manifest = folder / "exhibition.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text[: text.index("attract:")], encoding="utf-8")
    built = kiosk_window(folder, idle=SHORT)
    built.kiosk.idle_monitor().endSession()
    qtbot.waitUntil(lambda: _is_visible(built, "attractTitle"))
    texts = [
        str(item.property("text"))
        for item in walk_items(the_item(built.window, "attractTitle"))
        if item.isVisible() and item.property("text")
    ]
    assert texts == ["Test exhibition", "Every block type, two languages"]


def test_the_reset_has_one_entry_point_for_the_session(
    qapp: object, exhibition: Exhibition
) -> None:
    kiosk = Kiosk(exhibition)
    navigator, session = kiosk.navigator_object(), kiosk.session_object()
    navigator.openPanel(1)
    navigator.acceptAdvisory()
    navigator.nextPage()
    session.setLanguage("ru")
    resets: list[bool] = []
    kiosk.sessionReset.connect(lambda: resets.append(True))

    kiosk.idle_monitor().endSession()

    assert (session.current_language(), navigator.place(), resets) == (
        "en",
        ("home", -1, 0),
        [True],
    )
    navigator.openPanel(1)
    assert navigator.overlay == "advisory"


def test_the_installation_overrides_the_exhibitions_times(exhibition: Exhibition) -> None:
    assert IdleTimes.of(exhibition) == IdleTimes(90, 20)
    assert IdleTimes.of(exhibition, 120, None) == IdleTimes(120, 20)
    assert IdleTimes.of(exhibition, None, 30) == IdleTimes(90, 30)


@pytest.mark.parametrize("value", ["0", "-5", "ninety", "100000"])
def test_run_refuses_idle_times_that_are_not_seconds(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["run", "content", "--idle-seconds", value])
    assert exit_.value.code == 2
    assert f"expected a number of seconds such as 90, not '{value}'" in capsys.readouterr().err
