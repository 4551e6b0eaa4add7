"""Screen-reader semantics and touch targets on every screen, through Qt's accessibility
interfaces (issue 9).

At 1920×1080, in every language, the walk visits the home screen, every page of every
panel, and each card (the advisory, a glossary card, the sources drawer, a timeline
event's and a map place's card, the image viewer, the accessibility card, "Are you
still there?" and the attract loop). On each screen, every item on screen that takes a
tap (an enabled TapHandler, MouseArea, MultiPointTouchArea or PinchArea, so every
TouchButton; or a text with glossary links) must be at least 44 × 44 px in the scene,
and Qt's accessibility interface for it must give a role a screen reader can act on and
a name in the current language; every chart, map, timeline and picture must give a
name and a description (its text alternative).

Reaching the interfaces under the offscreen platform: there is no screen reader and no
platform bridge (AT-SPI), so Qt starts with accessibility off
(``QAccessible.isActive()`` is False). ``QAccessible.queryAccessibleInterface(item)``
works regardless: Qt Quick's accessibility factory builds a ``QAccessibleQuickItem``
for every item that uses the ``Accessible`` attached property (and only for those: a
plain ``Text`` or ``Rectangle`` has none), with ``role()``, ``text(Name)``,
``text(Description)``, ``state()``, ``rect()`` and ``child()``/``childCount()``; the
window's interface (``queryAccessibleInterface(window)``) is the root a screen reader
walks. The walk here turns accessibility on (``QAccessible.setActive(True)``, as a
screen reader's bridge does) for its own tests only, and checks every named item can
also be reached from the window's root, as a screen reader would find it.

One window per test, moved about with the navigator (as in test_visitor_ui.py); a new
card is one line in ``CARDS``. The bundled exhibition has no picture: the test
exhibition (tests/content/base) is walked too, for the image block and viewer. The
staff screens (English only, as the staff interface is) are checked on their own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
import shiboken6
from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.content.interface import BUILT_IN_WORDS
from kiosk.staff import Staff, StaffOptions, StaffTimes
from kiosk.view import Kiosk
from tests.conftest import BASE, BUNDLED, KioskWindow
from tests.qmlhelpers import find_items
from tests.test_staff import RIGHT, pin_hash
from tests.test_visitor_ui import _shows_page
from tests.touch import visible_items

MakeWindow = Callable[..., KioskWindow]
Role = QAccessible.Role

SIZE = (1920, 1080)
SMALLEST = 44  # px at 1080p: WCAG 2.5.5 (AAA), the design guide's touch target

# Roles a screen reader can act on, or that name what a tap on them opens or closes.
TAP_ROLES = frozenset(
    {
        Role.Button,
        Role.Link,
        Role.CheckBox,
        Role.RadioButton,
        Role.PageTab,
        Role.MenuItem,
        Role.ListItem,
        Role.Graphic,
        Role.Chart,
        Role.Dialog,
        Role.AlertMessage,
        Role.Canvas,
    }
)
CONTROL_ROLES = frozenset({Role.Button, Role.Link, Role.CheckBox, Role.RadioButton})
# A text with glossary links is read as text (Qt Quick gives its links no interfaces).
TEXT_ROLES = frozenset({Role.StaticText, Role.Paragraph, Role.Link})
# Blocks that are pictures of something: each needs a text alternative.
PICTURES = ("chartBlock", "mapBlock", "timelineBlock", "imageBlock", "fullImage")
TAP_AREAS = ("QQuickMouseArea", "QQuickMultiPointTouchArea", "QQuickPinchArea")
SCREENS = ("homeScreen", "panelScreen")  # what a card covers; walked on their own
ENGLISH_WORDS = frozenset(BUILT_IN_WORDS["en"].values())
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


# -- what a screen reader finds on one screen ----------------------------------------------


@dataclass
class Audit:
    """Every problem found, screen after screen, in one list."""

    window: QQuickWindow
    language: str
    problems: list[str] = field(default_factory=list)
    screens: dict[str, int] = field(default_factory=dict)
    taps: int = 0
    pictures: int = 0

    def check(self, screen: str, cards_only: bool = False) -> None:
        """Check what is on screen now; ``cards_only``: leave out the screen beneath."""
        taps = self.taps
        reachable = _reachable(self.window)
        stage = self.window.contentItem()
        skip = SCREENS if cards_only else ()
        for item in _shown_items(stage, _window_area(self.window), skip):
            kind = _takes_taps(item)
            if kind:
                self.taps += 1
                self._check_tap(screen, item, kind, reachable)
            if item.objectName() in PICTURES:
                self.pictures += 1
                self._check_picture(screen, item)
        self.screens[screen] = self.taps - taps

    def _check_tap(self, screen: str, item: QQuickItem, kind: str, reachable: set[int]) -> None:
        rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        where = f"{screen}: {_label(item)} ({rect.width():.0f}×{rect.height():.0f} px)"
        if kind != "links" and min(rect.width(), rect.height()) < SMALLEST - 0.01:
            self.problems.append(f"{where}: smaller than {SMALLEST}×{SMALLEST} px")
        face = QAccessible.queryAccessibleInterface(item)
        if face is None or not face.isValid():
            self.problems.append(f"{where}: no accessible interface (no Accessible.role/name)")
            return
        name = face.text(QAccessible.Text.Name).strip()
        roles = TEXT_ROLES if kind == "links" else TAP_ROLES
        if face.role() not in roles:
            self.problems.append(f"{where}: accessible role {face.role().name}")
        if not name:
            self.problems.append(f"{where}: no accessible name")
        elif self.language != "en" and name in ENGLISH_WORDS:
            self.problems.append(f"{where}: name {name!r} is in English")
        if _identity(item) not in reachable:
            self.problems.append(f"{where}: not reachable from the window's accessible root")

    def _check_picture(self, screen: str, item: QQuickItem) -> None:
        where = f"{screen}: {_label(item)}"
        face = QAccessible.queryAccessibleInterface(item)
        if face is None:
            self.problems.append(f"{where}: no accessible interface")
            return
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
            text = face.text(kind).strip()
            if not text:
                self.problems.append(f"{where}: no accessible {kind.name.lower()}")
            elif self.language == "ru" and not CYRILLIC.search(text):
                self.problems.append(f"{where}: {kind.name.lower()} {text[:60]!r} not in Russian")


def _window_area(window: QQuickWindow) -> QRectF:
    return QRectF(0, 0, window.width(), window.height())


def _shown_items(item: QQuickItem, area: QRectF, skip: tuple[str, ...]) -> Iterator[QQuickItem]:
    """``item`` and its descendants that are on screen: visible, not see-through, and
    inside ``area`` (the window, cut down by every item that clips). Inside a Flickable
    the content scrolls: there only the sides count, not what is above or below."""
    if not item.isVisible() or item.opacity() <= 0 or item.objectName() in skip:
        return
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    flickable = item.inherits("QQuickFlickable")
    if item.clip():
        area = _sides(area, rect) if flickable else area.intersected(rect)
    elif flickable:
        area = _sides(area, area)
    if rect.intersects(area) or (rect.isEmpty() and area.contains(rect.topLeft())):
        yield item
    for child in item.childItems():
        yield from _shown_items(child, area, skip)


def _sides(area: QRectF, cut: QRectF) -> QRectF:
    """``area`` cut to the sides of ``cut``, and as tall as anything scrolled into it."""
    left, right = max(area.left(), cut.left()), min(area.right(), cut.right())
    return QRectF(left, -1e9, max(0.0, right - left), 2e9)


def _takes_taps(item: QQuickItem) -> str:
    """How a finger taps ``item``: "area", "handler", "links" or "control"; "" if not.

    A "control" tells a screen reader it is one (a map's place: the map's touch area
    takes the finger, and finds the place under it)."""
    if any(item.inherits(name) for name in TAP_AREAS):
        return "area" if item.isEnabled() else ""
    for child in item.children():
        if child.inherits("QQuickTapHandler") and child.property("enabled"):
            return "handler"
    if item.inherits("QQuickText") and "<a " in str(item.property("text")):
        return "links"
    face = QAccessible.queryAccessibleInterface(item)
    return "control" if face is not None and face.role() in CONTROL_ROLES else ""


def _label(item: QQuickItem) -> str:
    """The item's objectName, or its type and the nearest named item it lies in."""
    if item.objectName():
        return item.objectName()
    kind = re.sub(r"_QMLTYPE_\d+|_QML_\d+", "", item.metaObject().className())
    outer = item.parentItem()
    while outer is not None and not outer.objectName():
        outer = outer.parentItem()
    return f"{kind} in {outer.objectName()}" if outer is not None else kind


def _identity(thing: QObject) -> int:
    return int(shiboken6.getCppPointer(thing)[0])


def _reachable(window: QQuickWindow) -> set[int]:
    """Every object a screen reader reaches from the window's accessible root."""
    found: set[int] = set()
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None, "the window has no accessible interface"

    def walk(face: QAccessibleInterface) -> None:
        for index in range(face.childCount()):
            child = face.child(index)
            if child is not None and child.object() is not None:
                found.add(_identity(child.object()))
                walk(child)

    walk(root)
    return found


# -- moving about --------------------------------------------------------------------------


def _settled(qtbot: QtBot, window: QQuickWindow) -> None:
    """One more frame: positioners and text have laid themselves out."""
    with qtbot.waitSignal(window.frameSwapped, timeout=1000, raising=False):
        window.update()


def _shown(window: QQuickWindow, name: str) -> bool:
    return any(item.isVisible() for item in find_items(window.contentItem(), name))


def _hidden(window: QQuickWindow, name: str) -> bool:
    return not _shown(window, name)


@dataclass(frozen=True)
class Card:
    """A card on top of a screen: how to open it (False: this exhibition has none),
    the item that is up while it is, and how to close it (None: it stays, the last)."""

    screen: str
    shown: str
    open: Callable[[Kiosk, QQuickWindow], bool]
    close: Callable[[Kiosk], None] | None = lambda kiosk: kiosk.navigator_object().closeOverlay()


def _open_term(kiosk: Kiosk, window: QQuickWindow) -> bool:
    terms = list(kiosk.exhibition.glossary)
    if terms:
        kiosk.view_object().openTerm(terms[0])
    return bool(terms)


def _open_access(kiosk: Kiosk, window: QQuickWindow) -> bool:
    if not find_items(window.contentItem(), "accessCard"):
        return False  # not in this version of the interface
    kiosk.navigator_object().openAccessibility()
    return True


def _open_sources(kiosk: Kiosk, window: QQuickWindow) -> bool:
    kiosk.view_object().openSources()
    return True


def _ask(kiosk: Kiosk, window: QQuickWindow) -> bool:
    kiosk.idle_monitor().askNow()
    return True


def _attract(kiosk: Kiosk, window: QQuickWindow) -> bool:
    """The attract loop, in the language of the walk (the session resets to the default)."""
    session = kiosk.session_object()
    language = session.current_language()
    kiosk.idle_monitor().endSession()
    session.setLanguage(language)
    return True


# Cards opened on an open panel, after its pages; the attract loop last (it resets).
CARDS = (
    Card("glossary card", "glossaryOverlay", _open_term),
    Card("sources drawer", "sourcesOverlay", _open_sources),
    Card("accessibility card", "accessOverlay", _open_access),
    Card("still there", "stillThereCard", _ask, lambda k: k.idle_monitor().extend()),
    Card("attract loop", "attractStage", _attract, None),
)


def _open_card(qtbot: QtBot, built: KioskWindow, audit: Audit, card: Card) -> None:
    if not card.open(built.kiosk, built.window):
        return
    _check_card(qtbot, built.window, audit, card.screen, card.shown)
    if card.close is not None:
        card.close(built.kiosk)
        qtbot.waitUntil(functools.partial(_hidden, built.window, card.shown))


def _block_cards(
    kiosk: Kiosk, block: dict[str, object]
) -> Iterator[tuple[str, str, Callable[[], None]]]:
    """The cards a block opens: a timeline event's, a map place's, a picture full screen."""
    view = kiosk.view_object()
    details = block.get("details") or []
    points = block.get("points") or []
    if block.get("type") == "timeline" and isinstance(details, list) and details:
        yield "timeline event card", "detailCard", functools.partial(view.openDetail, details[0])
    if block.get("type") == "map" and isinstance(points, list) and points:
        detail = points[0]["detail"]
        yield "map place card", "detailCard", functools.partial(view.openDetail, detail)
    if block.get("type") == "image":
        yield "image viewer", "imageViewer", functools.partial(view.openImage, block)


def _walk_pages(qtbot: QtBot, built: KioskWindow, audit: Audit) -> None:
    """Every page of every panel, and the cards its timelines, maps and pictures open."""
    window, kiosk = built.window, built.kiosk
    navigator, view = kiosk.navigator_object(), kiosk.view_object()
    for index, panel in enumerate(kiosk.exhibition.panels):
        navigator.openPanel(index)
        for page in range(len(panel.pages)):
            where = f"{panel.id} page {page + 1}"
            navigator.setPageIndex(page)
            qtbot.waitUntil(functools.partial(_shows_page, window, page))
            _settled(qtbot, window)
            audit.check(where)
            for block in view.pages_model().get(page)["blocks"]:
                for screen, shown, opener in _block_cards(kiosk, block):
                    opener()
                    _check_card(qtbot, window, audit, f"{where}, {screen}", shown)
                    navigator.closeOverlay()
                    qtbot.waitUntil(functools.partial(_hidden, window, shown))


def _check_card(qtbot: QtBot, window: QQuickWindow, audit: Audit, screen: str, shown: str) -> None:
    qtbot.waitUntil(functools.partial(_shown, window, shown))
    _settled(qtbot, window)
    audit.check(screen, cards_only=True)


def _walk(qtbot: QtBot, built: KioskWindow, language: str) -> Audit:
    """The home screen, the advisory, every page, every card; then the idle screens."""
    window, kiosk = built.window, built.kiosk
    navigator = kiosk.navigator_object()
    audit = Audit(window, language)
    panels = len(kiosk.exhibition.panels)
    qtbot.waitUntil(lambda: len(visible_items(window, "panelCard")) == panels)
    _settled(qtbot, window)
    audit.check("home")
    navigator.openPanel(0)
    if navigator.overlay == "advisory":
        _check_card(qtbot, window, audit, "advisory", "advisoryCard")
        navigator.acceptAdvisory()
    _walk_pages(qtbot, built, audit)
    for card in CARDS:
        _open_card(qtbot, built, audit, card)
    return audit


@pytest.fixture
def screen_reader() -> Iterator[None]:
    """Accessibility on, as a screen reader's bridge turns it on; off again afterwards."""
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(was)


FOLDERS = {"bundled": BUNDLED, "base": BASE}  # BASE has what the bundled one lacks: a picture


@pytest.mark.usefixtures("screen_reader")
@pytest.mark.parametrize(
    ("content", "language"), [("bundled", "en"), ("bundled", "ru"), ("base", "en"), ("base", "ru")]
)
def test_every_tappable_item_is_large_and_named_on_every_screen(
    kiosk_window: MakeWindow, qtbot: QtBot, content: str, language: str
) -> None:
    built = kiosk_window(FOLDERS[content], size=SIZE, lang=language)
    audit = _walk(qtbot, built, language)
    assert all(audit.screens.values()), audit.screens  # every screen has something to tap
    assert audit.pictures > 0
    assert not audit.problems, f"{len(audit.problems)} problems:\n" + "\n".join(audit.problems)


# -- staff screens (English only, as the staff interface is) -------------------------------------


STAFF_SCREENS = (
    ("staff PIN pad", "pinPad", lambda staff: staff.open()),
    ("staff menu", "staffMenu", lambda staff: _type_pin(staff)),
    ("staff: quit?", "staffConfirm", lambda staff: staff.askQuit()),
    ("staff touch test", "touchTestArea", lambda staff: staff.openTouchTest()),
)


def _type_pin(staff: Staff) -> None:
    for digit in RIGHT:
        staff.enterDigit(digit)
    staff.submit()


@pytest.mark.usefixtures("screen_reader")
def test_the_staff_screens_are_large_and_named(kiosk_window: MakeWindow, qtbot: QtBot) -> None:
    options = StaffOptions(pin_hash=pin_hash(), clock=lambda: 5000.0, times=StaffTimes())
    built = kiosk_window(BASE, size=SIZE, staff=options)
    staff = built.window.property("staff")
    assert isinstance(staff, Staff)
    audit = Audit(built.window, "en")
    for screen, shown, show in STAFF_SCREENS:
        show(staff)
        _check_card(qtbot, built.window, audit, screen, shown)
        if screen == "staff: quit?":
            staff.backToMenu()
    staff.close()
    assert all(audit.screens.values()), audit.screens
    assert not audit.problems, f"{len(audit.problems)} problems:\n" + "\n".join(audit.problems)
