"""Drive the real window with real touch events, as a visitor's finger would."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from tests.qmlhelpers import walk_items


@functools.cache
def touch_device() -> QPointingDevice:
    """One touch screen for the whole test run (Qt keeps registered devices)."""
    return QTest.createTouchDevice()


def visible_items(window: QQuickWindow, object_name: str) -> list[QQuickItem]:
    """Items named ``object_name`` that are on screen (visible, not see-through, in the window)."""
    found = []
    for item in walk_items(window.contentItem()):
        if item.objectName() == object_name and item.isVisible() and _opaque(item):
            centre = centre_of(item)
            if 0 <= centre.x() < window.width() and 0 <= centre.y() < window.height():
                found.append(item)
    return found


def _opaque(item: QQuickItem | None) -> bool:
    """Neither the item nor any item it lies in is fully transparent."""
    while item is not None:
        if item.opacity() <= 0:
            return False
        item = item.parentItem()
    return True


def the_item(window: QQuickWindow, object_name: str) -> QQuickItem:
    items = visible_items(window, object_name)
    assert len(items) == 1, f"{len(items)} visible items named {object_name!r}"
    return items[0]


def centre_of(item: QQuickItem) -> QPoint:
    point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    return point.toPoint()


def tap(window: QQuickWindow, where: QQuickItem | QPoint) -> None:
    """Press and lift one finger, as a tap."""
    point = centre_of(where) if isinstance(where, QQuickItem) else where
    QTest.touchEvent(window, touch_device()).press(0, point, window).commit()
    QTest.qWait(30)
    QTest.touchEvent(window, touch_device()).release(0, point, window).commit()
    QTest.qWait(30)


def swipe(window: QQuickWindow, start: QPoint, end: QPoint, steps: int = 12) -> None:
    """Drag one finger from ``start`` to ``end`` in ``steps`` moves, then lift it."""
    QTest.touchEvent(window, touch_device()).press(0, start, window).commit()
    for step in range(1, steps + 1):
        x = start.x() + (end.x() - start.x()) * step // steps
        y = start.y() + (end.y() - start.y()) * step // steps
        QTest.qWait(16)
        QTest.touchEvent(window, touch_device()).move(0, QPoint(x, y), window).commit()
    QTest.touchEvent(window, touch_device()).release(0, end, window).commit()


def pinch(window: QQuickWindow, centre: QPoint, start: int, end: int, steps: int = 10) -> None:
    """Two fingers either side of ``centre``, ``start`` px apart, moved to ``end`` px apart."""

    def fingers(gap: int) -> tuple[QPoint, QPoint]:
        half = gap // 2
        return QPoint(centre.x() - half, centre.y()), QPoint(centre.x() + half, centre.y())

    first, second = fingers(start)
    QTest.touchEvent(window, touch_device()).press(0, first, window).press(
        1, second, window
    ).commit()
    for step in range(1, steps + 1):
        first, second = fingers(start + (end - start) * step // steps)
        QTest.qWait(16)
        QTest.touchEvent(window, touch_device()).move(0, first, window).move(
            1, second, window
        ).commit()
    QTest.touchEvent(window, touch_device()).release(0, first, window).release(
        1, second, window
    ).commit()
    QTest.qWait(30)
