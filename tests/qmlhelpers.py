"""Helpers for finding things in a loaded Qt Quick scene."""

from collections.abc import Iterator

from PySide6.QtQuick import QQuickItem


def walk_items(root: QQuickItem) -> Iterator[QQuickItem]:
    """``root`` and every visual descendant, depth first.

    Walks ``childItems()``, so it also reaches delegates that a ``ListView`` or
    ``Repeater`` creates, which ``findChild`` does not find.
    """
    yield root
    for child in root.childItems():
        yield from walk_items(child)


def find_items(root: QQuickItem, object_name: str) -> list[QQuickItem]:
    """Every item below ``root`` (itself included) whose objectName is ``object_name``."""
    return [item for item in walk_items(root) if item.objectName() == object_name]


def shown(item: QQuickItem | None) -> bool:
    """The item and every item it lies in are visible."""
    while item is not None:
        if not item.isVisible():
            return False
        item = item.parentItem()
    return True
