"""Staff access: the corner gesture, the PIN pad, the staff menu and the touch test.

Real QML, real touch events; the PIN guard and the gesture run on a fake clock
given through :class:`kiosk.staff.StaffOptions`, and the screens' timeouts are
made short, so nothing here sleeps for real seconds.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.content import Exhibition, load_exhibition
from kiosk.corner import CornerTaps, corner_side, in_corner
from kiosk.idle import ACTIVE, ATTRACT, WARNING
from kiosk.lockdown import Lockdown
from kiosk.pin import hash_pin
from kiosk.session import Session
from kiosk.staff import (
    CLOSED,
    MENU,
    NOT_SET,
    PIN,
    TOUCH_TEST,
    WRONG_PIN,
    Staff,
    StaffInfo,
    StaffOptions,
    StaffTimes,
)
from kiosk.view import IdleTimes
from tests.conftest import BASE, BUNDLED, KioskWindow
from tests.qmlhelpers import walk_items
from tests.touch import tap, the_item, touch_device, visible_items

MakeWindow = Callable[..., KioskWindow]
RIGHT = "2468"


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@functools.cache
def pin_hash() -> str:
    """One hash for the whole run: scrypt is slow on purpose."""
    return hash_pin(RIGHT)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _open(
    kiosk_window: MakeWindow,
    clock: FakeClock,
    *,
    pin: str | None = "hash",
    times: StaffTimes | None = None,
    idle: IdleTimes | None = None,
    lockdown: Lockdown | None = None,
    folder: Path = BASE,
    size: tuple[int, int] = (1920, 1080),
) -> tuple[KioskWindow, Staff]:
    options = StaffOptions(
        pin_hash=pin_hash() if pin == "hash" else pin,
        clock=clock,
        times=times or StaffTimes(),
        lockdown=lockdown,
    )
    built = kiosk_window(folder, size=size, idle=idle, staff=options)
    staff = built.window.property("staff")
    assert isinstance(staff, Staff)
    return built, staff


def corner(window: QQuickWindow) -> QPoint:
    return QPoint(20, window.height() - 20)


def _corner_taps(window: QQuickWindow, count: int, clock: FakeClock | None = None) -> None:
    for _ in range(count):
        tap(window, corner(window))
        if clock is not None:
            clock.now += 0.8


def _type_pin(built: KioskWindow, pin: str) -> None:
    keys = {str(item.property("text")): item for item in visible_items(built.window, "pinKey")}
    for digit in pin:
        tap(built.window, keys[digit])
    tap(built.window, the_item(built.window, "pinOk"))


# -- the corner gesture, on its own --------------------------------------------------------


def test_the_corner_is_the_screens_margin_and_never_under_40_px() -> None:
    assert corner_side(1920, 1080) == 64
    assert corner_side(3840, 2160) == 128
    assert corner_side(1280, 720) == 42
    assert in_corner(0, 1079, 1920, 1080)
    assert in_corner(63, 1016, 1920, 1080)
    assert not in_corner(64, 1079, 1920, 1080)
    assert not in_corner(10, 1015, 1920, 1080)


def test_five_taps_within_three_seconds_make_the_gesture(clock: FakeClock) -> None:
    taps = CornerTaps(clock)
    results = []
    for _ in range(5):
        taps.press(True)
        results.append(taps.release(True))
        clock.now += 0.7
    assert results == [False, False, False, False, True]
    assert taps.count == 0


def test_taps_spread_over_more_than_three_seconds_do_not(clock: FakeClock) -> None:
    taps = CornerTaps(clock)
    for tap_number in range(5):
        clock.now += 0.8 if tap_number else 0  # five taps over 3.2 s
        taps.press(True)
        assert not taps.release(True)
    assert taps.count == 4  # the first one has expired: a sixth now would complete it


def test_a_touch_elsewhere_or_a_second_finger_starts_again(clock: FakeClock) -> None:
    taps = CornerTaps(clock)
    for _ in range(4):
        taps.press(True)
        taps.release(True)
    taps.press(False)
    taps.release(False)
    assert taps.count == 0
    taps.press(True)
    taps.release(True)
    taps.press(True, fingers=2)
    assert taps.count == 0


# -- the gesture in the real window --------------------------------------------------------


def test_five_corner_taps_open_the_pin_pad(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock)
    _corner_taps(built.window, 4)
    qtbot.wait(50)
    assert staff.state == CLOSED
    assert not visible_items(built.window, "pinPad")
    tap(built.window, corner(built.window))
    qtbot.waitUntil(lambda: staff.state == PIN)
    assert visible_items(built.window, "pinPad")
    # The taps pressed nothing on the way.
    navigator = built.kiosk.navigator_object()
    assert (navigator.place(), navigator.overlay) == (("home", -1, 0), "")


def test_five_taps_over_more_than_three_seconds_do_nothing(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock)
    _corner_taps(built.window, 5, clock)  # 0.8 s apart: 3.2 s from first to last
    qtbot.wait(50)
    assert staff.state == CLOSED


def test_a_tap_elsewhere_starts_the_count_again(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock)
    _corner_taps(built.window, 3)
    tap(built.window, QPoint(built.window.width() // 2, 40))  # the title: nothing to press
    _corner_taps(built.window, 4)
    qtbot.wait(50)
    assert staff.state == CLOSED
    tap(built.window, corner(built.window))
    qtbot.waitUntil(lambda: staff.state == PIN)


@pytest.mark.parametrize("screen", ["attract", "warning"])
def test_the_gesture_works_over_the_attract_loop_and_still_there(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock, screen: str
) -> None:
    built, staff = _open(kiosk_window, clock, idle=IdleTimes(1, 30))
    idle = built.kiosk.idle_monitor()
    if screen == "attract":
        idle.endSession()
    qtbot.waitUntil(lambda: idle.state == (ATTRACT if screen == "attract" else WARNING))
    _corner_taps(built.window, 5)
    qtbot.waitUntil(lambda: staff.state == PIN)
    assert idle.state == ACTIVE  # the first tap woke it; the pad now holds it
    assert visible_items(built.window, "pinPad")
    navigator = built.kiosk.navigator_object()
    assert (navigator.place(), navigator.overlay) == (("home", -1, 0), "")


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1080, 1920)])
def test_nothing_a_visitor_can_press_lies_in_the_corner(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock, size: tuple[int, int]
) -> None:
    """A tap at the corner square's innermost point changes nothing, on any screen."""
    built, _ = _open(kiosk_window, clock, folder=BUNDLED, size=size)
    navigator = built.kiosk.navigator_object()
    side = corner_side(*size)
    innermost = QPoint(side - 1, size[1] - side)

    tap(built.window, innermost)
    assert (navigator.place(), navigator.overlay) == (("home", -1, 0), "")
    navigator.openPanel(0)
    navigator.acceptAdvisory()
    navigator.setPageIndex(1)  # the Previous button shows from the second page on
    qtbot.waitUntil(lambda: bool(visible_items(built.window, "previousButton")))
    tap(built.window, innermost)
    qtbot.wait(50)
    assert (navigator.place(), navigator.overlay) == (("panel", 0, 1), "")


# -- the PIN ---------------------------------------------------------------------------------


def test_the_right_pin_opens_the_menu(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock)
    staff.open()
    qtbot.waitUntil(lambda: bool(visible_items(built.window, "pinPad")))
    _type_pin(built, RIGHT)
    qtbot.waitUntil(lambda: staff.state == MENU)
    assert visible_items(built.window, "staffMenu")
    assert not visible_items(built.window, "pinPad")


def test_the_pad_shows_dots_never_digits(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock)
    staff.open()
    qtbot.waitUntil(lambda: bool(visible_items(built.window, "pinPad")))
    keys = {str(item.property("text")): item for item in visible_items(built.window, "pinKey")}
    for digit in "135":
        tap(built.window, keys[digit])
    assert staff.digits == 3
    assert len(visible_items(built.window, "pinDot")) == 3
    tap(built.window, the_item(built.window, "pinDelete"))
    assert len(visible_items(built.window, "pinDot")) == 2
    texts = [str(item.property("text")) for item in visible_items(built.window, "pinMessage")]
    assert texts == ["Enter the PIN"]


def test_a_wrong_pin_is_refused_and_said_so(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock)
    staff.open()
    qtbot.waitUntil(lambda: bool(visible_items(built.window, "pinPad")))
    with qtbot.waitSignal(staff.pinRejected, timeout=2000):
        _type_pin(built, "1111")
    assert staff.state == PIN
    assert the_item(built.window, "pinMessage").property("text") == WRONG_PIN
    assert staff.digits == 0


def test_after_the_free_attempts_the_pad_makes_you_wait(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    """Three wrong PINs are free (kiosk/pin.py); the fourth starts a 5 s wait."""
    built, staff = _open(kiosk_window, clock)
    staff.open()
    qtbot.waitUntil(lambda: bool(visible_items(built.window, "pinPad")))
    for _ in range(3):
        _type_pin(built, "1111")
    assert staff.waitSeconds == 0
    _type_pin(built, "1111")
    assert staff.waitSeconds == 5
    assert the_item(built.window, "pinMessage").property("text") == "Try again in 5\u00a0s"
    keys = visible_items(built.window, "pinKey")
    assert keys
    assert not any(key.isEnabled() for key in keys)
    tap(built.window, keys[0])
    assert staff.digits == 0

    clock.now += 2.2
    staff.tick()
    assert the_item(built.window, "pinMessage").property("text") == "Try again in 3\u00a0s"
    clock.now += 3
    staff.tick()
    assert staff.waitSeconds == 0
    assert all(key.isEnabled() for key in visible_items(built.window, "pinKey"))
    _type_pin(built, RIGHT)
    qtbot.waitUntil(lambda: staff.state == MENU)


def test_the_pad_closes_itself_when_left_alone(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock, times=StaffTimes(pin_seconds=0.4))
    staff.open()
    with qtbot.waitSignal(staff.stateChanged, timeout=3000):
        pass
    assert staff.state == CLOSED
    assert not visible_items(built.window, "staffLayer")


def test_cancel_closes_the_pad(kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock) -> None:
    built, staff = _open(kiosk_window, clock)
    staff.open()
    qtbot.waitUntil(lambda: bool(visible_items(built.window, "pinCancel")))
    tap(built.window, the_item(built.window, "pinCancel"))
    assert staff.state == CLOSED


def test_with_no_pin_the_gesture_says_how_to_set_one(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock, pin=None)
    _corner_taps(built.window, 5)
    qtbot.waitUntil(lambda: staff.state == NOT_SET)
    card = the_item(built.window, "staffNotSet")
    said = " ".join(str(item.property("text") or "") for item in walk_items(card))
    assert "run <b>kiosk set-pin</b> on this computer" in said
    tap(built.window, the_item(built.window, "staffClose"))
    assert staff.state == CLOSED


def test_a_damaged_pin_hash_turns_staff_access_off(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    _, staff = _open(kiosk_window, clock, pin="scrypt$nonsense")
    staff.open()
    assert staff.state == NOT_SET


# -- the menu -------------------------------------------------------------------------------


def _menu(built: KioskWindow, staff: Staff, qtbot: QtBot) -> None:
    staff.open()
    qtbot.waitUntil(lambda: bool(visible_items(built.window, "pinPad")))
    _type_pin(built, RIGHT)
    qtbot.waitUntil(lambda: bool(visible_items(built.window, "staffMenu")))


def test_the_menu_shows_the_content_and_its_check(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock)
    report = load_exhibition(BASE)
    assert report.exhibition is not None
    staff.set_info(StaffInfo.of(report.exhibition, report))
    _menu(built, staff, qtbot)
    shown = [str(item.property("text")) for item in visible_items(built.window, "staffInfo")]
    assert shown[0] == "Test exhibition"
    assert report.summary() in shown
    assert str(BASE) in shown


@pytest.mark.parametrize(
    ("button", "signal"),
    [("staffReload", "reloadRequested"), ("staffRestart", "restartRequested")],
)
def test_menu_actions_ask_the_application(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock, button: str, signal: str
) -> None:
    built, staff = _open(kiosk_window, clock)
    _menu(built, staff, qtbot)
    with qtbot.waitSignal(getattr(staff, signal), timeout=2000):
        tap(built.window, the_item(built.window, button))


def test_quitting_asks_first_then_lets_the_window_close(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    lockdown = Lockdown()  # not installed: only its permission is looked at
    built, staff = _open(kiosk_window, clock, lockdown=lockdown)
    _menu(built, staff, qtbot)
    with qtbot.assertNotEmitted(staff.quitRequested, wait=50):
        tap(built.window, the_item(built.window, "staffQuit"))
    tap(built.window, the_item(built.window, "staffCancelQuit"))
    assert staff.state == MENU
    assert not lockdown.close_allowed
    tap(built.window, the_item(built.window, "staffQuit"))
    with qtbot.waitSignal(staff.quitRequested, timeout=2000):
        tap(built.window, the_item(built.window, "staffConfirmQuit"))
    assert lockdown.close_allowed


def test_the_default_language_is_chosen_for_every_next_visitor(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock)
    _menu(built, staff, qtbot)
    russian = next(
        item
        for item in visible_items(built.window, "staffLanguage")
        if item.property("text") == "Русский"
    )
    with qtbot.waitSignal(staff.languageChosen, timeout=2000) as chosen:
        tap(built.window, russian)
    assert chosen.args == ["ru"]
    tap(built.window, the_item(built.window, "staffClose"))
    session = built.kiosk.session_object()
    session.setLanguage("en")  # a visitor switches
    built.kiosk.resetSession()  # and leaves
    assert session.current_language() == "ru"


def test_the_touch_test_draws_a_marker_under_every_finger(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock)
    _menu(built, staff, qtbot)
    tap(built.window, the_item(built.window, "staffTouchTest"))
    qtbot.waitUntil(lambda: bool(visible_items(built.window, "touchTest")))
    assert staff.state == TOUCH_TEST
    points = [QPoint(400, 500), QPoint(900, 300), QPoint(1500, 800)]
    touch = QTest.touchEvent(built.window, touch_device())
    for finger, point in enumerate(points):
        touch.press(finger, point, built.window)
    touch.commit()
    qtbot.waitUntil(lambda: len(visible_items(built.window, "touchMarker")) == 3)
    markers = sorted((int(m.x()), int(m.y())) for m in visible_items(built.window, "touchMarker"))
    assert markers == sorted((p.x(), p.y()) for p in points)
    touch = QTest.touchEvent(built.window, touch_device())
    for finger, point in enumerate(points):
        touch.release(finger, point, built.window)
    touch.commit()
    qtbot.waitUntil(lambda: not visible_items(built.window, "touchMarker"))
    tap(built.window, the_item(built.window, "touchTestDone"))
    assert staff.state == MENU


def test_idle_waits_while_a_staff_screen_is_open(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock, idle=IdleTimes(1, 1))
    idle = built.kiosk.idle_monitor()
    _menu(built, staff, qtbot)
    with qtbot.assertNotEmitted(idle.stateChanged, wait=2500):
        pass
    assert idle.state == ACTIVE
    assert not visible_items(built.window, "attractLoop")
    staff.close()
    qtbot.waitUntil(lambda: idle.state == WARNING, timeout=3000)


def test_the_menu_closes_itself_when_left_alone(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    built, staff = _open(kiosk_window, clock, times=StaffTimes(menu_seconds=0.5))
    _menu(built, staff, qtbot)
    qtbot.waitUntil(lambda: staff.state == CLOSED, timeout=3000)


# -- the screens, as they look ----------------------------------------------------------------


def test_the_staff_screens_render(
    kiosk_window: MakeWindow, qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    built, staff = _open(kiosk_window, clock, folder=BUNDLED)
    window = built.window

    def shot(name: str) -> None:
        qtbot.wait(100)
        image = window.grabWindow()
        assert (image.width(), image.height()) == (1920, 1080)
        assert image.save(str(tmp_path / f"{name}.png"))

    staff.open()
    staff.enterDigit("1")
    staff.enterDigit("2")
    shot("pin-pad")
    staff.deleteDigit()
    staff.deleteDigit()
    for digit in RIGHT:
        staff.enterDigit(digit)
    staff.submit()
    shot("staff-menu")
    staff.openTouchTest()
    QTest.touchEvent(window, touch_device()).press(0, QPoint(700, 500), window).commit()
    shot("touch-test")
    QTest.touchEvent(window, touch_device()).release(0, QPoint(700, 500), window).commit()
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "pin-pad.png",
        "staff-menu.png",
        "touch-test.png",
    ]


# -- the installation's default language -------------------------------------------------------


def test_the_installation_default_language(qapp: object, exhibition: Exhibition) -> None:
    session = Session(exhibition)
    assert session.default_language() == "en"
    assert not session.set_default_language("de")
    assert session.set_default_language("ru")
    session.reset()
    assert session.current_language() == "ru"
