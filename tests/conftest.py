"""Shared test set-up.

Qt must never look for a real display in tests: the offscreen platform is
chosen here, at import time, before any test module imports PySide6. Offscreen
Qt Quick already renders with the software scene graph, so nothing else is set.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
