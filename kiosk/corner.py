"""The hidden gesture that opens staff access: taps in the bottom-left corner.

Five taps within three seconds in a small square at the bottom-left corner of
the window. A tap is a single finger (or a mouse button) that goes down and comes
up inside the square; a touch that begins anywhere else, or with more than one
finger, starts the count again. Nothing sits in that corner on the visitor
screens, so the taps press nothing on the way.

Pure Python, no Qt: :class:`kiosk.staff.Staff` feeds it the presses and releases
that its application event filter sees.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

TAPS = 5
"""Taps that make the gesture."""
WITHIN_SECONDS = 3.0
"""From the first tap to the last."""
CORNER_SHARE = 64 / 1080
"""The corner square's side, as a share of the window's shorter side: the screens'
outer margin (``Theme.margin``, 64 px at 1080p), which no control reaches into…"""
CORNER_MIN_PX = 40
"""…and never smaller than a fingertip's worth of pixels."""


def corner_side(width: float, height: float) -> int:
    """The side in pixels of the corner square of a window ``width`` × ``height``."""
    return max(CORNER_MIN_PX, int(CORNER_SHARE * min(width, height)))


def in_corner(x: float, y: float, width: float, height: float) -> bool:
    """Whether the window point (``x``, ``y``) lies in the bottom-left corner square."""
    side = corner_side(width, height)
    return 0 <= x < side and height - side <= y < height


class CornerTaps:
    """Counts taps in the corner; :meth:`release` says when the gesture is complete."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        taps: int = TAPS,
        within: float = WITHIN_SECONDS,
    ) -> None:
        self._clock = clock
        self._taps = taps
        self._within = within
        self._times: deque[float] = deque(maxlen=taps)
        self._pressed_in_corner = False

    @property
    def count(self) -> int:
        """Corner taps counted so far (the recent ones only)."""
        self._forget_old()
        return len(self._times)

    def press(self, in_the_corner: bool, fingers: int = 1) -> None:
        """A finger or button went down; anywhere but the corner starts the count again."""
        self._pressed_in_corner = in_the_corner and fingers == 1
        if not self._pressed_in_corner:
            self.reset()

    def release(self, in_the_corner: bool) -> bool:
        """The finger or button came up: True if this tap completes the gesture."""
        if not self._pressed_in_corner:
            return False
        self._pressed_in_corner = False
        if not in_the_corner:
            self.reset()
            return False
        self._times.append(self._clock())
        self._forget_old()
        if len(self._times) < self._taps:
            return False
        self.reset()
        return True

    def reset(self) -> None:
        self._times.clear()
        self._pressed_in_corner = False

    def _forget_old(self) -> None:
        now = self._clock()
        while self._times and now - self._times[0] > self._within:
            self._times.popleft()
