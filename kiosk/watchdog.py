"""Tell systemd how the kiosk is doing: ready, alive, stopping (the sd_notify protocol).

systemd gives a ``Type=notify`` service the address of a datagram socket in
``$NOTIFY_SOCKET`` (a path, or an abstract name written with a leading ``@``) and,
with ``WatchdogSec=``, the watchdog period in ``$WATCHDOG_USEC``. The service sends
lines such as ``READY=1`` or ``WATCHDOG=1`` to that socket. Outside systemd the
variables are unset and everything here does nothing. No library is needed.

:class:`Heartbeat` sends ``WATCHDOG=1`` from a timer on the GUI thread, twice per
watchdog period: if the event loop freezes, the pings stop and systemd restarts
the kiosk.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer, Slot

log = logging.getLogger("kiosk.watchdog")


def notify(message: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send ``message`` (``READY=1``, ``WATCHDOG=1``, …) to systemd; False if not sent.

    Without ``$NOTIFY_SOCKET`` (not started by systemd) nothing is sent; a socket
    that cannot be reached is logged, and never raises.
    """
    address = _socket_address((os.environ if environ is None else environ).get("NOTIFY_SOCKET"))
    if address is None:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.sendto(message.encode("utf-8"), address)
    except OSError as error:
        log.warning("cannot notify systemd at %s: %s", address.lstrip("\0"), error)
        return False
    return True


def _socket_address(name: str | None) -> str | None:
    """The address to send to: a path, or an abstract name ("@name" becomes "\\0name")."""
    if not name or len(name) < 2:
        return None
    if name.startswith("@"):
        return "\0" + name[1:]
    return name if name.startswith("/") else None


def watchdog_interval_ms(environ: Mapping[str, str] | None = None) -> int | None:
    """Half the watchdog period systemd asks for, in ms; None if it asks for none.

    ``$WATCHDOG_PID``, when set, must be this process: a child started by the kiosk
    does not inherit its watchdog.
    """
    env = os.environ if environ is None else environ
    usec, pid = env.get("WATCHDOG_USEC", ""), env.get("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) == 0 or (pid and pid != str(os.getpid())):
        return None
    return max(int(usec) // 2000, 1)


class Heartbeat(QObject):
    """systemd's watchdog pings and status messages, from the GUI thread.

    Create it once the Qt application exists: if systemd asked for a watchdog, a
    timer sends ``WATCHDOG=1`` every half period from then on. Call :meth:`ready`
    when the first frame is on screen, :meth:`stopping` when the kiosk begins to
    shut down, and :meth:`status` for a line ``systemctl status`` shows.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ready = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.ping)
        interval = watchdog_interval_ms()
        if interval is not None and _socket_address(os.environ.get("NOTIFY_SOCKET")):
            self._timer.setInterval(interval)
            self._timer.start()
            log.info("systemd watchdog: a ping every %d ms", interval)

    def interval_ms(self) -> int | None:
        """The time between pings, or None if there are none."""
        return self._timer.interval() if self._timer.isActive() else None

    @Slot()
    def ping(self) -> None:
        """Tell systemd's watchdog the event loop is alive."""
        notify("WATCHDOG=1")

    @Slot()
    def ready(self) -> None:
        """Tell systemd the kiosk is up (once: later calls do nothing)."""
        if not self._ready:
            self._ready = True
            notify("READY=1")

    @Slot()
    def stopping(self) -> None:
        """Tell systemd the kiosk is shutting down; the pings stop."""
        self._timer.stop()
        notify("STOPPING=1")

    @Slot(str)
    def status(self, text: str) -> None:
        """Show ``text`` (one line) in ``systemctl --user status kiosk``."""
        notify("STATUS=" + " ".join(text.split()))
