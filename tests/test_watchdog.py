"""systemd's notify socket and watchdog, with a real datagram socket standing in for systemd."""

from __future__ import annotations

import itertools
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.watchdog import Heartbeat, notify, watchdog_interval_ms


@dataclass
class FakeSystemd:
    """A datagram socket that records what arrives, and when (monotonic seconds)."""

    sock: socket.socket
    received: list[tuple[float, str]] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)

    def listen(self) -> None:
        self.sock.settimeout(0.02)
        while not self.done.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            self.received.append((time.monotonic(), data.decode()))

    def messages(self) -> list[str]:
        return [message for _, message in self.received]

    def pings(self) -> list[float]:
        return [when for when, message in self.received if message == "WATCHDOG=1"]


def _short_socket_path(tmp_path: Path) -> Path:
    """A socket path in tmp_path, if it fits in the 108 bytes a Unix socket address allows."""
    path = tmp_path / "notify.sock"
    if len(os.fsencode(path)) >= 100:
        pytest.skip("tmp_path is too long for a Unix socket address")
    return path


@pytest.fixture
def systemd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSystemd]:
    """NOTIFY_SOCKET points at a socket in tmp_path, read by a background thread."""
    path = _short_socket_path(tmp_path)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    fake = FakeSystemd(sock)
    thread = threading.Thread(target=fake.listen, name="fake systemd")
    thread.start()
    yield fake
    fake.done.set()
    thread.join()
    sock.close()


def _wait_for(systemd: FakeSystemd, qtbot: QtBot, count: int) -> None:
    qtbot.waitUntil(lambda: len(systemd.received) >= count, timeout=2_000)


def test_pings_stop_while_the_gui_thread_is_frozen_and_come_back(
    qtbot: QtBot, systemd: FakeSystemd, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "200000")  # 200 ms: a ping every 100 ms
    heartbeat = Heartbeat()
    assert heartbeat.interval_ms() == 100
    qtbot.waitUntil(lambda: len(systemd.pings()) >= 3, timeout=2_000)

    frozen: list[float] = []

    def freeze() -> None:
        frozen.append(time.monotonic())
        time.sleep(1.0)
        frozen.append(time.monotonic())

    QTimer.singleShot(0, freeze)
    qtbot.waitUntil(lambda: len(frozen) == 2, timeout=3_000)
    qtbot.waitUntil(lambda: len([t for t in systemd.pings() if t > frozen[1]]) >= 3)

    start, end = frozen
    pings = systemd.pings()
    assert not [t for t in pings if start + 0.05 < t < end], "a ping while the GUI was frozen"
    gaps = [later - earlier for earlier, later in itertools.pairwise(pings)]
    assert max(gaps) > 0.9  # the freeze
    assert sorted(gaps)[-2] < 0.5  # every other gap is about 100 ms
    heartbeat.stopping()


def test_ready_once_stopping_and_status(qtbot: QtBot, systemd: FakeSystemd) -> None:
    heartbeat = Heartbeat()
    assert heartbeat.interval_ms() is None  # no WATCHDOG_USEC: no pings
    heartbeat.ready()
    heartbeat.ready()  # connected to every frame: only the first one counts
    heartbeat.status("showing\n'The Gulag' in English")
    heartbeat.stopping()
    _wait_for(systemd, qtbot, 3)
    qtbot.wait(50)
    assert systemd.messages() == [
        "READY=1",
        "STATUS=showing 'The Gulag' in English",
        "STOPPING=1",
    ]


def test_an_abstract_socket_name_starts_with_an_at_sign(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"kiosk-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(2)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert notify("READY=1")
        assert sock.recv(100) == b"READY=1"


def test_without_systemd_nothing_is_sent_and_nothing_fails(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.setenv("WATCHDOG_USEC", "200000")
    assert notify("READY=1") is False
    heartbeat = Heartbeat()
    assert heartbeat.interval_ms() is None
    heartbeat.ready()
    heartbeat.status("nobody listens")
    heartbeat.stopping()


def test_a_socket_that_is_gone_is_logged_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "gone.sock"))
    assert notify("WATCHDOG=1") is False
    assert "cannot notify systemd at" in caplog.text


@pytest.mark.parametrize(
    ("usec", "pid", "expected"),
    [
        ("30000000", None, 15_000),
        ("30000000", "self", 15_000),
        ("30000000", "1", None),  # the watchdog is another process's
        ("0", None, None),
        ("soon", None, None),
        (None, None, None),
    ],
)
def test_the_ping_interval_is_half_the_watchdog_period(
    usec: str | None, pid: str | None, expected: int | None
) -> None:
    env = {} if usec is None else {"WATCHDOG_USEC": usec}
    if pid is not None:
        env["WATCHDOG_PID"] = str(os.getpid()) if pid == "self" else pid
    assert watchdog_interval_ms(env) == expected
