"""Where text is drawn on screen, for tests that no label overlaps another or leaves
its block: boxes measured from the real QML items (mapToScene, contentWidth /
contentHeight), whatever size the visitor chose for the text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF
from PySide6.QtQml import QQmlExpression, qmlContext
from PySide6.QtQuick import QQuickItem

Rect = tuple[float, float, float, float]
"""left, top, right, bottom, in the window."""

LEADING = 0.075
"""The part of a line, above and below, that no letter of PT Sans reaches (its glyphs,
accents and descenders included, fill 0.85 of its line): two lines of text closer than
their line height still do not touch by this much."""

ALIGN_RIGHT, ALIGN_HCENTER = 0x2, 0x4


def rect(item: QQuickItem) -> Rect:
    """An item's box (its width and height)."""
    corner = item.mapToScene(QPointF(0, 0))
    return corner.x(), corner.y(), corner.x() + item.width(), corner.y() + item.height()


def text_box(text: QQuickItem) -> Rect:
    """Where a Text item's words are: its content, placed by its alignment."""
    width, height = float(text.property("contentWidth")), float(text.property("contentHeight"))
    align = alignment(text)
    left = 0.0
    if align & ALIGN_RIGHT:
        left = text.width() - width
    elif align & ALIGN_HCENTER:
        left = (text.width() - width) / 2
    corner = text.mapToScene(QPointF(left, 0))
    return corner.x(), corner.y(), corner.x() + width, corner.y() + height


def alignment(text: QQuickItem) -> int:
    """A Text item's effective horizontal alignment (Qt.AlignLeft, AlignRight…), read
    in QML: PySide has no converter for the enum."""
    context = qmlContext(text)
    assert context is not None, text
    value, undefined = QQmlExpression(context, text, "effectiveHorizontalAlignment + 0").evaluate()
    assert not undefined, text
    return int(value)


def ink_box(text: QQuickItem) -> Rect:
    """A Text item's words without the empty leading above its first line and below
    its last: where its letters can be."""
    left, top, right, bottom = text_box(text)
    lines = max(1, int(text.property("lineCount")))
    trim = LEADING * (bottom - top) / lines
    return left, top + trim, right, bottom - trim


def apart(a: Rect, b: Rect, slack: float = 0.01) -> bool:
    """Whether two boxes do not overlap (they may touch)."""
    return (
        a[2] <= b[0] + slack or b[2] <= a[0] + slack or a[3] <= b[1] + slack or b[3] <= a[1] + slack
    )


def within(inner: Rect, outer: Rect, slack: float = 0.5) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def assert_apart(boxes: Sequence[tuple[str, Rect]]) -> None:
    """No two of the named boxes overlap."""
    for n, (name, box) in enumerate(boxes):
        for other, other_box in boxes[n + 1 :]:
            assert apart(box, other_box), (name, box, other, other_box)


def assert_within(boxes: Iterable[tuple[str, Rect]], outer: Rect) -> None:
    """Every named box lies inside ``outer``."""
    for name, box in boxes:
        assert within(box, outer), (name, box, outer)
