"""Guard the PySide6 pin: 6.12.0 crashes on Python 3.11 (GUIDE §5).

In PySide6 6.12.0 every call of a Qt method that returns nothing drops one
reference to ``None``; after a few thousand calls Python aborts with
``Fatal Python error: none_dealloc``. These tests make such calls 10,000 times
and fail on any change in ``None``'s reference count, so an upgrade that brings
the bug back fails here instead of crashing a kiosk in the exhibition hall.
"""

import re
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPen

CALLS = 10_000
LOCK_FILE = Path(__file__).resolve().parent.parent / "requirements.lock"


def _set_alpha() -> Callable[[int], None]:
    colour = QColor(10, 20, 30)
    return colour.setAlpha


def _set_width() -> Callable[[int], None]:
    pen = QPen()
    return pen.setWidth


@pytest.mark.parametrize(
    "make_setter", [_set_alpha, _set_width], ids=["QColor.setAlpha", "QPen.setWidth"]
)
def test_void_methods_keep_none_refcount(make_setter: Callable[[], Callable[[int], None]]) -> None:
    setter = make_setter()
    setter(1)  # warm up: any one-time caching happens before the count is taken
    before = sys.getrefcount(None)
    for i in range(CALLS):
        setter(i % 256)
    after = sys.getrefcount(None)
    assert after == before, f"{CALLS} calls changed None's refcount by {after - before}"


def _pinned(package: str) -> str:
    pattern = re.compile(rf"^{re.escape(package)}==(\S+)\s*$", re.IGNORECASE | re.MULTILINE)
    match = pattern.search(LOCK_FILE.read_text(encoding="utf-8"))
    assert match, f"{package} is not pinned in {LOCK_FILE.name}"
    return match.group(1)


@pytest.mark.parametrize("package", ["PySide6", "PySide6_Essentials", "shiboken6"])
def test_installed_pyside_is_the_pinned_one(package: str) -> None:
    assert version(package) == _pinned(package)
