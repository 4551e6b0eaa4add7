"""At the largest text size, layouts reflow: no text is cut, overflows or overlaps.

A visitor may choose a text size one and a half times the standard one (issue 9).
Every screen a visitor can reach is opened in the real window, in both
orientations and both languages of the bundled exhibition, and again "within
reach" (the lower part of the screen only): the home screen, every page of every
panel, and every card (the advisory, every panel's sources, every glossary term,
every event of a timeline and place of a map, a picture full screen if there is
one, the accessibility card, "Are you still there?"). On each, the item tree is
walked and every visible ``Text`` is checked:

* it fits its box: no wider than its width (a wrapped paragraph, a fitted
  number), no taller than its height (a height set by the layout), and not
  ``truncated`` (at this size text must reflow: no elided word, no lost line);
* it lies inside the window (the visitor's stage, with "within reach" on), and no
  clipping item that does not scroll cuts any of it;
* it overlaps neither another text nor a button (``TouchButton``) of the same
  screen, and a button's own label lies inside its button.

Only what the visitor sees is compared: the top card and what lies above it (the
accessibility and language buttons), never the dimmed screen beneath; an item in a
scrolling view counts only where that view shows it (the part scrolled out of
sight is not a problem, the part cut off across the direction it scrolls is).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.idle import NEVER
from kiosk.view import IdleTimes, Kiosk
from tests.conftest import BUNDLED, KioskWindow
from tests.qmlhelpers import find_items, walk_items

MakeWindow = Callable[..., KioskWindow]

LARGEST = 2
"""The largest step of kiosk.preferences.TEXT_SCALES (1.5 × the standard size)."""
SLACK = 1.0
"""Pixels of rounding forgiven in every comparison."""
UNBOUNDED = 1e9
_EVERYTHING = QRectF(-UNBOUNDED, -UNBOUNDED, 2 * UNBOUNDED, 2 * UNBOUNDED)
COVERING = ("Overlay", "stillThere", "imageViewer")
"""objectNames (or their endings) of the layers that hide the screen beneath them."""
QUIET = IdleTimes(NEVER, 20)
"""No idle clock: the tour takes longer than the exhibition's idle time."""
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Within:
    """Where an item is, as far as what it may show goes (scene coordinates)."""

    scroll: QRectF  # what the scrolling views it lies in show (their viewports)
    fixed: QRectF  # what the clipping items that do not scroll leave of the scene
    button: QQuickItem | None  # the TouchButton it is part of, if any
    stage: QRectF  # where it may be: the stage, or the window for what lies outside it
    window: QRectF


@dataclass(frozen=True)
class Seen:
    """A visible item and where it is."""

    item: QQuickItem
    box: QRectF  # the item's own rectangle, in the scene
    within: Within

    @property
    def shown(self) -> QRectF:
        return self.box.intersected(self.within.scroll).intersected(self.within.fixed)


# -- the tests ----------------------------------------------------------------------------


LANDSCAPE, PORTRAIT = (1920, 1080), (1080, 1920)


@pytest.mark.parametrize(
    ("size", "lang", "within_reach"),
    [
        pytest.param(LANDSCAPE, "en", False, id="landscape-en"),
        pytest.param(LANDSCAPE, "ru", False, id="landscape-ru"),
        pytest.param(PORTRAIT, "en", False, id="portrait-en"),
        pytest.param(PORTRAIT, "ru", False, id="portrait-ru"),
        pytest.param(LANDSCAPE, "ru", True, id="landscape-ru-within-reach"),
        pytest.param(PORTRAIT, "ru", True, id="portrait-ru-within-reach"),
    ],
)
def test_at_the_largest_text_size_no_text_overflows_on_any_screen(
    kiosk_window: MakeWindow,
    qtbot: QtBot,
    size: tuple[int, int],
    lang: str,
    within_reach: bool,
) -> None:
    built = kiosk_window(BUNDLED, size=size, lang=lang, idle=QUIET)
    preferences = built.kiosk.session_object().preferences()
    preferences.setTextSize(LARGEST)
    preferences.setLowReach(within_reach)
    problems = [
        problem for where in _tour(built, qtbot) for problem in screen_problems(built.window, where)
    ]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


# -- the tour: every screen, settled ------------------------------------------------------


def _tour(built: KioskWindow, qtbot: QtBot) -> Iterator[str]:
    """Open every screen and card in turn; yield each one's name once it has settled."""
    kiosk, window = built.kiosk, built.window
    navigator, view = kiosk.navigator_object(), kiosk.view_object()
    # Pages turn at once rather than slide: the layout is the same, the tour quicker.
    for pages_list in find_items(window.contentItem(), "pageList"):
        pages_list.setProperty("highlightMoveDuration", 0)
    navigator.goHome()
    yield _settled(qtbot, window, "home")
    navigator.openPanel(0)
    yield _settled(qtbot, window, "advisory card")
    navigator.acceptAdvisory()
    pictures: list[dict[str, Any]] = []
    for index, panel in enumerate(kiosk.exhibition.panels):
        navigator.openPanel(index)
        for page in range(navigator.page_count()):
            navigator.setPageIndex(page)
            qtbot.waitUntil(functools.partial(_shows_page, window, page))
            yield _settled(qtbot, window, f"{panel.id} page {page + 1}")
            blocks = view.pages_model().get(page)["blocks"]
            pictures += [block for block in blocks if block["type"] == "image"]
            yield from _details(qtbot, kiosk, window, blocks)
        view.openSources()
        qtbot.waitUntil(functools.partial(_drawer_open, window))
        yield _settled(qtbot, window, f"{panel.id} sources drawer")
        navigator.closeOverlay()
    yield from _glossary(qtbot, kiosk, window)
    if pictures:
        view.openImage(pictures[0])
        yield _settled(qtbot, window, "picture full screen")
        navigator.closeOverlay()
    navigator.openAccessibility()
    yield _settled(qtbot, window, "accessibility card")
    navigator.closeOverlay()
    idle = kiosk.idle_monitor()
    idle.askNow()
    yield _settled(qtbot, window, "still-there card")
    idle.extend()


def _details(qtbot: QtBot, kiosk: Kiosk, window: QQuickWindow, blocks: list[Any]) -> Iterator[str]:
    """The card of every event of a timeline and every place of a map among ``blocks``."""
    navigator, view = kiosk.navigator_object(), kiosk.view_object()
    for block in blocks:
        for detail in block.get("details") or []:
            view.openDetail(detail)
            yield _settled(qtbot, window, f"{block['type']} card {detail.get('title', '')!r}")
            navigator.closeOverlay()


def _glossary(qtbot: QtBot, kiosk: Kiosk, window: QQuickWindow) -> Iterator[str]:
    navigator, view = kiosk.navigator_object(), kiosk.view_object()
    for term in kiosk.exhibition.glossary:
        view.openTerm(term)
        yield _settled(qtbot, window, f"glossary card {term!r}")
        navigator.closeOverlay()


def _shows_page(window: QQuickWindow, page: int) -> bool:
    """The page list has come to rest on ``page``."""
    lists = [item for item in walk_items(window.contentItem()) if item.objectName() == "pageList"]
    for pages in lists:
        for item in find_items(pages, "pageDelegate"):
            at = item.mapToItem(pages, QPointF()).x()
            if item.property("index") == page and abs(at) < 1:
                return True
    return False


def _drawer_open(window: QQuickWindow) -> bool:
    """The sources drawer has slid all the way in."""
    drawers = [i for i in walk_items(window.contentItem()) if i.objectName() == "sourcesDrawer"]
    return all(drawer.x() == 0 for drawer in drawers)


def _settled(qtbot: QtBot, window: QQuickWindow, where: str) -> str:
    """Wait for pictures to be decoded, charts to be built up (their values fade in as
    their bars grow) and one frame (its layout pass) to be drawn."""
    qtbot.waitUntil(lambda: not _pictures_loading(window) and not _charts_growing(window))
    with qtbot.waitSignal(window.frameSwapped, timeout=1000, raising=False):
        window.update()
    return where


def _charts_growing(window: QQuickWindow) -> bool:
    return any(
        item.objectName() == "chartBlock" and item.isVisible() and item.property("grown") < 1
        for item in walk_items(window.contentItem())
        if item.property("current")
    )


def _pictures_loading(window: QQuickWindow) -> bool:
    return any(
        item.inherits("QQuickImage")
        and item.isVisible()
        and not item.property("source").isEmpty()
        and float(item.property("progress")) < 1.0
        for item in walk_items(window.contentItem())
    )


# -- what is on screen --------------------------------------------------------------------


def screen_problems(window: QQuickWindow, where: str) -> list[str]:
    """Every text on screen that is cut, overflows its box, or overlaps something."""
    seen = list(_on_screen(window))
    texts = [s for s in seen if s.item.inherits("QQuickText") and s.item.property("text")]
    buttons = [s for s in seen if _is_button(s.item)]
    problems = [f"{where}: {problem}" for text in texts for problem in _text_problems(text)]
    problems += [f"{where}: {problem}" for problem in _overlaps(texts, buttons)]
    return problems


def _on_screen(window: QQuickWindow) -> Iterator[Seen]:
    """Every visible item of the top layer (and what lies above it), as it is seen."""
    whole = QRectF(0, 0, window.width(), window.height())
    for layer in window.contentItem().childItems():
        if not layer.isVisible():
            continue
        if layer.objectName() == "stage":
            within = Within(_EVERYTHING, _EVERYTHING, None, _rect(layer), whole)
            for child in _top_layers(layer):
                yield from _seen(child, within)
        else:
            yield from _seen(layer, Within(_EVERYTHING, _EVERYTHING, None, whole, whole))


def _top_layers(stage: QQuickItem) -> list[QQuickItem]:
    """The stage's children from the topmost card that hides the screen beneath it."""
    children = stage.childItems()
    top = 0
    for n, child in enumerate(children):
        if child.isVisible() and child.opacity() > 0 and child.objectName().endswith(COVERING):
            top = n
    return children[top:]


def _seen(item: QQuickItem, within: Within) -> Iterator[Seen]:
    if not item.isVisible() or item.opacity() <= 0:
        return
    box = _rect(item)
    if _is_button(item):
        within = replace(within, button=item)
    yield Seen(item, box, within)
    within = _inside_of(item, box, within)
    if within.scroll.intersected(within.fixed).isEmpty():
        return
    for child in item.childItems():
        yield from _seen(child, within)


def _inside_of(item: QQuickItem, box: QRectF, within: Within) -> Within:
    """What ``item`` leaves its children to show: a view hides along the directions it
    scrolls in (what it hides can be scrolled to), any other clipping item cuts.

    A view that does not clip scrolls its content past its edges: the window hides it.
    """
    sideways = _scrolls(item, "contentWidth", "width")
    upwards = _scrolls(item, "contentHeight", "height")
    if not item.clip():
        if not (sideways or upwards):
            return within
        box = within.window
    across, along = QRectF(box), QRectF(box)
    for scrolls, (start, end) in ((sideways, ("Left", "Right")), (upwards, ("Top", "Bottom"))):
        free = across if scrolls else along
        getattr(free, f"set{start}")(-UNBOUNDED)
        getattr(free, f"set{end}")(UNBOUNDED)
    if not item.clip():
        across = _EVERYTHING
    return replace(
        within, scroll=within.scroll.intersected(along), fixed=within.fixed.intersected(across)
    )


def _scrolls(item: QQuickItem, content: str, size: str) -> bool:
    if not item.inherits("QQuickFlickable"):
        return False
    return float(item.property(content)) > float(item.property(size)) + SLACK


# -- the checks -----------------------------------------------------------------------------


def _text_problems(text: Seen) -> Iterator[str]:
    item = text.item
    ink = _ink(item)
    visible = ink.intersected(text.within.scroll)
    if visible.isEmpty() and not ink.isEmpty():
        return  # scrolled out of sight
    width, height = item.width(), item.height()
    if item.property("contentWidth") > width + SLACK:
        yield f"{_describe(text)} is wider than its box ({item.property('contentWidth'):.0f} px)"
    if item.property("contentHeight") > height + SLACK:
        yield f"{_describe(text)} is taller than its box ({item.property('contentHeight'):.0f} px)"
    if item.property("truncated"):
        yield f"{_describe(text)} is cut short (elided, or lines left out)"
    if not _inside(text.within.fixed, visible):
        yield f"{_describe(text)} is cut off by a clipping item"
    if not _inside(text.within.stage, visible.intersected(text.within.fixed)):
        yield f"{_describe(text)} lies outside the screen {_geometry(text.within.stage)}"
    if text.within.button is not None and not _inside(_rect(text.within.button), ink):
        yield f"{_describe(text)} does not fit its button {_geometry(_rect(text.within.button))}"


def _overlaps(texts: list[Seen], buttons: list[Seen]) -> Iterator[str]:
    shown = [
        (text, _ink(text.item).intersected(text.within.scroll).intersected(text.within.fixed))
        for text in texts
    ]
    shown = [(text, rect) for text, rect in shown if not rect.isEmpty()]
    for n, (text, rect) in enumerate(shown):
        for other, other_rect in shown[n + 1 :]:
            if text.within.button is other.within.button is not None:
                continue
            if _overlap(rect, other_rect):
                yield f"{_describe(text)} overlaps {_describe(other)}"
        for button in buttons:
            if button.item is not text.within.button and _overlap(rect, button.shown):
                yield f"{_describe(text)} is covered by {_describe(button)}"


def _overlap(a: QRectF, b: QRectF) -> bool:
    common = a.intersected(b)
    return common.width() > SLACK and common.height() > SLACK


def _inside(outer: QRectF, inner: QRectF) -> bool:
    if inner.isEmpty():
        return True
    return (
        inner.left() >= outer.left() - SLACK
        and inner.top() >= outer.top() - SLACK
        and inner.right() <= outer.right() + SLACK
        and inner.bottom() <= outer.bottom() + SLACK
    )


def _ink(item: QQuickItem) -> QRectF:
    """Where a Text's lines are drawn (its content, aligned in its box), in the scene."""
    width, height = item.width(), item.height()
    content_width = float(item.property("contentWidth"))
    content_height = float(item.property("contentHeight"))
    flags = _alignment(item)
    x = _aligned(
        flags, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignHCenter, width, content_width
    )
    y = _aligned(
        flags, Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignVCenter, height, content_height
    )
    return item.mapRectToScene(QRectF(x, y, content_width, content_height))


def _alignment(item: QQuickItem) -> int:
    """A Text's alignment flags: horizontal (as laid out) and vertical.

    PySide6 cannot convert QQuickText's alignment enums: QML reads them as numbers.
    """
    context = QQmlEngine.contextForObject(item)
    expression = QQmlExpression(context, item, "effectiveHorizontalAlignment | verticalAlignment")
    flags, _ = expression.evaluate()
    return int(flags)


def _aligned(
    flags: int, end: Qt.AlignmentFlag, centre: Qt.AlignmentFlag, room: float, size: float
) -> float:
    if flags & end.value:
        return room - size
    if flags & centre.value:
        return (room - size) / 2
    return 0.0


def _rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _is_button(item: QQuickItem) -> bool:
    return item.metaObject().className().startswith("TouchButton_")


def _describe(seen: Seen) -> str:
    item = seen.item
    name = item.objectName() or _type(item)
    if not item.objectName():
        parent = item.parentItem()
        while parent is not None and not parent.objectName():
            parent = parent.parentItem()
        name += f" in {parent.objectName()}" if parent is not None else ""
    words = _TAG.sub("", str(item.property("text") or "")).replace("\n", " ")
    words = f" {words[:40]!r}" if words else ""
    return f"{name}{words} {_geometry(seen.box)}"


def _type(item: QQuickItem) -> str:
    name = item.metaObject().className()
    return name.split("_QML")[0].removeprefix("QQuick")


def _geometry(rect: QRectF) -> str:
    return f"[x {rect.x():.0f}, y {rect.y():.0f}, {rect.width():.0f}×{rect.height():.0f}]"
