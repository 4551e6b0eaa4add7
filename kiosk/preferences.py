"""A visitor's accessibility choices: text size, high contrast, low reach.

They belong to one visitor: :meth:`Preferences.reset` (called when the session
resets) puts them back for the next one.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

TEXT_SCALES: tuple[float, ...] = (1.0, 1.25, 1.5)
"""The text size steps: body text of 30, 37.5 and 45 px at 1080p."""

TEXT_SIZE_WORDS: tuple[str, ...] = ("text_standard", "text_larger", "text_largest")
"""The interface word naming each step, for its button's accessible name."""


class Preferences(QObject):
    """What the accessibility card sets; QML's ``Theme`` and layout follow it."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text_size = 0
        self._high_contrast = False
        self._low_reach = False

    def reset(self) -> None:
        """Standard text, the exhibition's colours, the full screen: for the next visitor."""
        if (self._text_size, self._high_contrast, self._low_reach) == (0, False, False):
            return
        self._text_size, self._high_contrast, self._low_reach = 0, False, False
        self.changed.emit()

    def is_default(self) -> bool:
        return (self._text_size, self._high_contrast, self._low_reach) == (0, False, False)

    def high_contrast(self) -> bool:
        return self._high_contrast

    @Slot(int)
    def setTextSize(self, step: int) -> None:  # noqa: N802 - called from QML
        """Choose a text size step (0 standard); steps outside the range are ignored."""
        if step == self._text_size or not 0 <= step < len(TEXT_SCALES):
            return
        self._text_size = step
        self.changed.emit()

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:  # noqa: N802
        if on != self._high_contrast:
            self._high_contrast = on
            self.changed.emit()

    @Slot(bool)
    def setLowReach(self, on: bool) -> None:  # noqa: N802
        if on != self._low_reach:
            self._low_reach = on
            self.changed.emit()

    def _get_text_size(self) -> int:
        return self._text_size

    def _get_text_scale(self) -> float:
        return TEXT_SCALES[self._text_size]

    def _get_text_sizes(self) -> list[str]:
        return list(TEXT_SIZE_WORDS)

    def _get_high_contrast(self) -> bool:
        return self._high_contrast

    def _get_low_reach(self) -> bool:
        return self._low_reach

    textSize = Property(int, _get_text_size, setTextSize, notify=changed)  # noqa: N815
    textScale = Property(float, _get_text_scale, notify=changed)  # noqa: N815
    textSizes = Property(list, _get_text_sizes, constant=True)  # noqa: N815
    """The interface word of each step, smallest first: one button each."""
    highContrast = Property(bool, _get_high_contrast, setHighContrast, notify=changed)  # noqa: N815
    lowReach = Property(bool, _get_low_reach, setLowReach, notify=changed)  # noqa: N815
