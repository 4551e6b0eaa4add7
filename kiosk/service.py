"""The systemd user unit that starts the kiosk at login and restarts it after a crash or freeze.

Pure text, no Qt: :func:`unit_text` is the unit for a given ``ExecStart=``;
:func:`exec_start` quotes a command line the way systemd reads it. The example
unit in ``deploy/kiosk.service`` is :func:`template_unit`, and a test keeps the two
the same. ``kiosk install-service`` (:mod:`kiosk.servicecmd`) writes the unit with
the real paths of this PC.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

UNIT_NAME = "kiosk.service"
DEFAULT_SETTINGS = Path("/etc/kiosk/settings.yaml")
TEMPLATE_EXEC_START = f"%h/kiosk/.venv/bin/kiosk run --settings {DEFAULT_SETTINGS}"
WATCHDOG_SECONDS = 30
QUIT_TO_DESKTOP = 3
"""``kiosk run``'s exit status when staff quit to the desktop: systemd leaves it closed."""

_UNIT = """\
# kiosk.service: starts the exhibition kiosk when the kiosk user's desktop session
# starts, and starts it again whenever it ends: after a crash, or after a freeze
# that the watchdog notices. It is a systemd *user* unit: it runs as the user who
# is logged in to the screen, with that user's display.
#
# Written by `kiosk install-service`; `kiosk install-service --print` shows it.
# After changing this file: systemctl --user daemon-reload
# Then restart the kiosk:    systemctl --user restart kiosk
# Its log:                   journalctl --user -u kiosk

[Unit]
# The name `systemctl --user status kiosk` shows.
Description=Exhibition kiosk
# Start once the desktop session is up, so there is a display to show on.
After=graphical-session.target
# Stop when the desktop session ends (log-out); [Install] below starts it with one.
PartOf=graphical-session.target
# Never give up restarting: no limit on how many restarts in how long.
StartLimitIntervalSec=0

[Service]
# The kiosk tells systemd itself when its first picture is on screen (READY=1).
Type=notify
# Only the kiosk program itself may send those messages.
NotifyAccess=main
# The program to start, with the installation's settings file.
ExecStart={exec_start}
# Start it again whenever it stops: after an error, a crash, or a watchdog kill.
Restart=always
# ...but not when staff chose "quit to the desktop" in the staff menu (exit status {quit}).
RestartPreventExitStatus={quit}
# ...and count that exit as a normal stop, not as a failure.
SuccessExitStatus={quit}
# Wait 2 seconds before starting it again.
RestartSec=2
# The kiosk pings systemd every {half} seconds; after {watchdog} seconds without a
# ping (a frozen screen), systemd ends it and, by Restart=, starts it again.
WatchdogSec={watchdog}
# Give the first picture 60 seconds to appear (a slow disk, a large exhibition).
TimeoutStartSec=60
# Give it 15 seconds to close; then systemd ends it by force.
TimeoutStopSec=15
# Qt chooses X11 or Wayland from the session by itself. To force one, remove
# the # in front of one of these two lines:
#Environment=QT_QPA_PLATFORM=xcb
#Environment=QT_QPA_PLATFORM=wayland

[Install]
# `systemctl --user enable kiosk` makes the desktop session start the kiosk.
WantedBy=graphical-session.target
"""


def unit_text(exec_start_line: str) -> str:
    """The unit, with ``exec_start_line`` (already quoted for systemd) as its ``ExecStart=``."""
    if "\n" in exec_start_line:
        raise ValueError("ExecStart= must be one line")
    return _UNIT.format(
        exec_start=exec_start_line,
        watchdog=WATCHDOG_SECONDS,
        half=WATCHDOG_SECONDS // 2,
        quit=QUIT_TO_DESKTOP,
    )


def kiosk_unit(command: Sequence[str], settings: Path) -> str:
    """The unit that runs ``command run --settings settings`` (``command``: absolute paths)."""
    return unit_text(exec_start([*command, "run", "--settings", str(settings)]))


def template_unit() -> str:
    """The example unit kept in ``deploy/kiosk.service`` (``%h`` is the home folder)."""
    return unit_text(TEMPLATE_EXEC_START)


def exec_start(argv: Sequence[str]) -> str:
    """``argv`` as one ``ExecStart=`` value: each word quoted if needed, specifiers escaped."""
    return " ".join(quote(word) for word in argv)


def quote(word: str) -> str:
    """One word of a command line, as systemd reads it.

    ``%`` (specifiers) and ``$`` (variables) are doubled; a word with a space, a
    quote or a backslash is put in double quotes, with C-style escapes.
    """
    if any(ord(char) < 32 for char in word):
        raise ValueError(f"a control character in a command line word: {word!r}")
    escaped = word.replace("%", "%%").replace("$", "$$")
    if escaped and not any(char in escaped for char in " \t\"'\\;"):
        return escaped
    escaped = escaped.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
