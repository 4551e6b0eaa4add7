"""Tell, before Qt aborts, that there is no display to show the kiosk on.

Without a display, Qt's xcb plugin prints several lines about plugins and then
aborts the process. Checking first lets kiosk say in one line what to do.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

# Qt platform plugins that draw without an X11 or Wayland server.
HEADLESS_PLATFORMS = frozenset(
    {"offscreen", "minimal", "minimalegl", "eglfs", "linuxfb", "vnc", "vkkhrdisplay"}
)

MESSAGE = (
    "kiosk: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
    "run it on the exhibition PC's desktop, or headless with: xvfb-run -a make run"
)


def _platform_name(spec: str) -> str:
    """The plugin name of a QT_QPA_PLATFORM value such as 'vnc:size=800x600' or 'wayland;xcb'."""
    first = spec.split(";", 1)[0]
    return first.split(":", 1)[0].strip().lower()


def missing_display_message(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> str | None:
    """Return a one-line message when Qt would find no display to open, else None."""
    if not platform.startswith("linux"):
        return None
    if _platform_name(environ.get("QT_QPA_PLATFORM", "")) in HEADLESS_PLATFORMS:
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return MESSAGE
