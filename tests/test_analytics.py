"""Visitor statistics: what a visit records, and a database that never takes the kiosk down.

The bookkeeping and the recorder are tested on fake clocks, where every second
is known; the real window with real touches and idle times of a second checks
that a scripted visit lands in the database without its idle tail.
"""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from kiosk.analytics.recorder import VisitRecorder
from kiosk.analytics.store import (
    HOME,
    SCHEMA_VERSION,
    SessionRecord,
    ViewRecord,
    Visits,
    VisitStore,
    WakeRecord,
    read_visits,
)
from kiosk.analytics.visit import HOME_PLACE, Place, Visit
from kiosk.content import Exhibition
from kiosk.idle import ACTIVE
from kiosk.view import IdleTimes, Kiosk
from tests.conftest import BASE, KioskWindow
from tests.touch import tap, the_item, visible_items

ROOT = Path(__file__).resolve().parents[1]
MakeWindow = Callable[..., KioskWindow]
START = datetime(2024, 5, 1, 9, 0, 0, tzinfo=UTC)


def at(seconds: float) -> str:
    """The stored time ``seconds`` after 09:00:00 UTC on 1 May 2024."""
    return (START + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _session(views: tuple[ViewRecord, ...] = (), **fields: object) -> SessionRecord:
    values: dict[str, object] = {
        "started_at": at(0),
        "ended_at": at(60),
        "duration_s": 60.0,
        "language": "en",
        "languages": ("en",),
        "woke_from_attract": False,
        "ended_by": "idle",
        "views": views,
        **fields,
    }
    return SessionRecord(**values)  # type: ignore[arg-type]


# -- one visit's bookkeeping ------------------------------------------------------------------


def test_a_visit_counts_each_view_and_language_up_to_the_last_touch() -> None:
    visit = Visit(1000.0, HOME_PLACE, "en", woke=True)
    visit.move(Place("one", 0), at=1005, until=1005)
    visit.move(Place("one", 1), at=1035, until=1035)
    visit.switch_language("ru", at=1045, until=1045)
    visit.move(Place("one", 1), at=1050, until=1050)  # the same place: nothing changes

    record = visit.finish(until=1069, ended_by="idle", utc=lambda t: f"t{t:g}")

    assert record == SessionRecord(
        started_at="t1000",
        ended_at="t1069",
        duration_s=69.0,
        language="en",  # 45 s in English, 24 s in Russian
        languages=("en", "ru"),
        woke_from_attract=True,
        ended_by="idle",
        views=(
            ViewRecord(HOME, 0, "en", "t1000", 5.0),
            ViewRecord("one", 0, "en", "t1005", 30.0),
            ViewRecord("one", 1, "ru", "t1035", 34.0),  # its language: the one it was left in
        ),
    )


def test_a_change_after_the_last_touch_counts_no_time() -> None:
    visit = Visit(0.0, HOME_PLACE, "en", woke=False)
    visit.move(Place("two", 0), at=10, until=10)
    visit.move(HOME_PLACE, at=500, until=12)  # not the visitor: dated at their last touch
    record = visit.finish(until=12, ended_by="staff", utc=str)
    assert [(v.panel_id, v.dwell_s) for v in record.views] == [(HOME, 10), ("two", 2), (HOME, 0)]
    assert record.duration_s == 12


def test_the_language_read_longest_is_the_sessions_and_a_tie_goes_to_the_last() -> None:
    visit = Visit(0.0, HOME_PLACE, "en", woke=False)
    visit.switch_language("ru", at=30, until=30)
    assert visit.finish(until=60, ended_by="idle", utc=str).language == "ru"


# -- the recorder on fake clocks --------------------------------------------------------------


class Clocks:
    """A monotonic clock, the visitor's last activity on it, and the wall clock to match."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.last = 1000.0

    def monotonic(self) -> float:
        return self.now

    def activity(self) -> float:
        return self.last

    def wall(self) -> datetime:
        return START + timedelta(seconds=self.now - 1000)

    def touch(self, after: float = 0.0) -> None:
        """``after`` seconds pass, then the visitor touches the screen."""
        self.now += after
        self.last = self.now


@pytest.fixture
def recorded(
    qtbot: QtBot, exhibition: Exhibition, tmp_path: Path
) -> Iterator[tuple[Kiosk, VisitRecorder, Clocks, Path]]:
    """A kiosk without a window (idle never fires on its own), recorded on fake clocks."""
    clocks, path = Clocks(), tmp_path / "visits.sqlite3"
    kiosk = Kiosk(exhibition, idle=IdleTimes(900, 900))
    store = VisitStore(path)
    recorder = VisitRecorder.attach(
        kiosk, store, monotonic=clocks.monotonic, wall=clocks.wall, activity=clocks.activity
    )
    yield kiosk, recorder, clocks, path
    store.close()
    kiosk.deleteLater()


def _turn(qtbot: QtBot) -> None:
    """One turn of the event loop: the recorder applies what changed in the last."""
    qtbot.wait(10)


def _wake(qtbot: QtBot, kiosk: Kiosk, clocks: Clocks, teaser: str = "") -> None:
    idle = kiosk.idle_monitor()
    idle.noteTeaser(teaser)
    clocks.touch()
    with qtbot.waitSignal(idle.woken, timeout=2000):
        idle.note_activity()


def test_the_recorder_times_a_visit_on_the_clock(
    recorded: tuple[Kiosk, VisitRecorder, Clocks, Path], qtbot: QtBot
) -> None:
    kiosk, recorder, clocks, path = recorded
    idle, navigator = kiosk.idle_monitor(), kiosk.navigator_object()
    idle.endSession()  # the attract loop, before anyone came: nothing to record
    assert not recorder.in_session

    _wake(qtbot, kiosk, clocks, teaser="two")  # the advisory comes first, over home
    assert recorder.in_session
    clocks.touch(5)
    navigator.acceptAdvisory()
    _turn(qtbot)
    clocks.touch(30)
    navigator.nextPage()
    _turn(qtbot)
    clocks.touch(10)
    kiosk.session_object().setLanguage("ru")
    _turn(qtbot)
    clocks.touch(20)
    navigator.goHome()
    _turn(qtbot)
    clocks.touch(4)  # a touch on the home screen that changes nothing: the last one
    clocks.now += 110  # the idle time and the countdown pass
    idle.askNow()
    idle.endSession()  # the warning runs out: the reset moves home and back to English

    visits = read_visits(path)
    assert visits.wakes == (WakeRecord(at(0), "two"),)
    assert visits.sessions == (
        SessionRecord(
            started_at=at(0),
            ended_at=at(69),
            duration_s=69.0,
            language="en",
            languages=("en", "ru"),
            woke_from_attract=True,
            ended_by="idle",
            views=(
                ViewRecord(HOME, 0, "en", at(0), 5.0),
                ViewRecord("two", 0, "en", at(5), 30.0),
                ViewRecord("two", 1, "ru", at(35), 30.0),
                ViewRecord(HOME, 0, "ru", at(65), 4.0),
            ),
        ),
    )


def test_a_first_touch_begins_a_session_and_staff_or_quitting_end_it(
    recorded: tuple[Kiosk, VisitRecorder, Clocks, Path], qtbot: QtBot
) -> None:
    kiosk, recorder, clocks, path = recorded
    assert kiosk.idle_monitor().state == ACTIVE  # a kiosk just started
    clocks.touch(2)
    _press_a_key(kiosk)
    assert recorder.in_session
    clocks.touch(8)
    kiosk.resetSession()  # staff reset it
    assert not recorder.in_session
    kiosk.idle_monitor().endSession()  # the attract loop: no session, nothing recorded

    _wake(qtbot, kiosk, clocks)
    clocks.touch(3)
    kiosk.open_page("one", 0)
    clocks.now += 50  # the visitor reads on, then the kiosk is closed
    recorder.close()
    recorder.close()  # a second time changes nothing

    sessions = read_visits(path).sessions
    assert [(s.started_at, s.duration_s, s.woke_from_attract, s.ended_by) for s in sessions] == [
        (at(2), 8.0, False, "staff"),
        (at(10), 3.0, True, "shutdown"),
    ]
    assert [(v.panel_id, v.dwell_s) for v in sessions[1].views] == [(HOME, 3.0), ("one", 0.0)]
    assert read_visits(path).wakes == (WakeRecord(at(10), None),)


def _press_a_key(kiosk: Kiosk) -> None:
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(kiosk, press)  # through the application's event filters


def test_while_staff_have_the_screen_no_session_begins(
    recorded: tuple[Kiosk, VisitRecorder, Clocks, Path],
) -> None:
    kiosk, recorder, clocks, path = recorded
    clocks.touch(1)
    _press_a_key(kiosk)
    clocks.touch(4)
    recorder.set_paused(True)  # the staff menu opens
    assert not recorder.in_session
    clocks.touch(30)
    _press_a_key(kiosk)  # staff at work
    assert not recorder.in_session
    recorder.set_paused(False)
    clocks.touch(5)
    _press_a_key(kiosk)
    assert recorder.in_session
    recorder.close()
    sessions = read_visits(path).sessions
    assert [(s.started_at, s.duration_s, s.ended_by) for s in sessions] == [
        (at(1), 4.0, "staff"),
        (at(40), 0.0, "shutdown"),
    ]


# -- the real window --------------------------------------------------------------------------


def test_a_scripted_visit_is_recorded_without_its_idle_tail(
    kiosk_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    built = kiosk_window(BASE, idle=IdleTimes(1, 1))
    window, kiosk = built.window, built.kiosk
    idle, navigator = kiosk.idle_monitor(), kiosk.navigator_object()
    store = VisitStore(tmp_path / "visits.sqlite3")
    VisitRecorder.attach(kiosk, store)
    teaser = _show_teaser(built, qtbot)

    card = visible_items(window, "attractTeaser")[0]
    woke = time.monotonic()
    with qtbot.waitSignal(idle.woken, timeout=2000):
        tap(window, card.mapToScene(QPointF(30, card.height() - 30)).toPoint())
    qtbot.waitUntil(lambda: navigator.overlay == "advisory")
    tap(window, the_item(window, "continueButton"))
    qtbot.waitUntil(lambda: navigator.screen == "panel")
    tap(window, the_item(window, "nextButton"))
    qtbot.waitUntil(lambda: navigator.pageIndex == 1)
    tap(window, visible_items(window, "languageButton")[1])
    qtbot.waitUntil(lambda: kiosk.session_object().current_language() == "ru")
    last_touch = time.monotonic()
    with qtbot.waitSignal(kiosk.sessionReset, timeout=5000):
        pass  # the visitor walks away
    reset = time.monotonic()
    store.close()

    visits = read_visits(tmp_path / "visits.sqlite3")
    assert visits.wakes == (WakeRecord(visits.wakes[0].at, teaser),)
    (session,) = visits.sessions
    assert (session.woke_from_attract, session.ended_by) == (True, "idle")
    assert session.languages == ("en", "ru")
    assert session.duration_s <= last_touch - woke + 0.01
    assert session.duration_s < reset - woke - 1.5  # idle (1 s) and warning (1 s) left out
    assert [(v.panel_id, v.page_index) for v in session.views] == [
        (HOME, 0),
        (teaser, 0),
        (teaser, 1),
    ]
    assert session.views[-1].language == "ru"
    assert sum(v.dwell_s for v in session.views) == pytest.approx(session.duration_s, abs=0.01)


def _show_teaser(built: KioskWindow, qtbot: QtBot) -> str:
    """The attract loop, on its teaser slide; the teaser's panel id."""
    built.kiosk.idle_monitor().endSession()
    loop = built.window.findChild(QObject, "attractLoop")
    assert loop is not None
    slides = loop.property("slides")
    index = next(i for i, slide in enumerate(slides) if slide["type"] == "teaser")
    loop.setProperty("index", index)
    qtbot.waitUntil(lambda: len(visible_items(built.window, "attractTeaser")) == 1)
    return str(slides[index]["panelId"])


# -- a database that never takes the kiosk down -----------------------------------------------

WRITER = """
import sys
from pathlib import Path
from kiosk.analytics.store import SessionRecord, ViewRecord, VisitStore

store = VisitStore(Path(sys.argv[1]))
views = tuple(ViewRecord("one", i, "en", "2024-05-01T09:00:00Z", 1.5) for i in range(5))
session = SessionRecord(
    "2024-05-01T09:00:00Z", "2024-05-01T09:01:00Z", 60.0, "en", ("en",), False, "idle", views
)
written = 0
while True:
    assert store.add_session(session)
    written += 1
    print(written, flush=True)
"""


def test_the_database_survives_a_kill_in_the_middle_of_writing(tmp_path: Path) -> None:
    path = tmp_path / "visits.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert writer.stdout is not None
    written = 0
    while written < 300:
        written = int(writer.stdout.readline())
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=10)
    writer.stdout.close()

    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        sessions = db.execute("SELECT count(*) FROM sessions").fetchone()[0]
        views = db.execute("SELECT count(*) FROM views").fetchone()[0]
    finally:
        db.close()
    assert sessions >= written  # every commit it reported is there
    assert views == 5 * sessions  # and no session is there in half
    store = VisitStore(path)
    assert store.add_session(_session())
    store.close()


def _read_only(path: Path) -> sqlite3.Connection:
    """The file as a read-only medium gives it (chmod does not stop root, which tests may be)."""
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)


def test_a_read_only_database_is_warned_about_and_the_kiosk_carries_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "visits.sqlite3"
    first = VisitStore(path)
    assert first.add_session(_session())
    first.close()
    store = VisitStore(path, connect=_read_only)
    with caplog.at_level(logging.WARNING, logger="kiosk.analytics"):
        assert store.add_session(_session()) is False
        assert store.add_wake(WakeRecord(at(0))) is False
    messages = [r.getMessage() for r in caplog.records if r.name == "kiosk.analytics"]
    assert len(messages) == 1, messages  # one warning while the problem lasts
    assert "readonly database" in messages[0]
    assert "the kiosk carries on" in messages[0]
    store.close()
    assert len(read_visits(path).sessions) == 1


def test_a_database_in_a_place_that_cannot_be_made_is_warned_about(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "state").write_text("a file where the folder should be")
    store = VisitStore(tmp_path / "state" / "kiosk" / "visits.sqlite3")
    with caplog.at_level(logging.WARNING, logger="kiosk.analytics"):
        assert store.add_wake(WakeRecord(at(0))) is False
    assert "cannot open" in caplog.text


def test_a_locked_or_full_database_drops_the_record_and_recovers(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "visits.sqlite3"
    store = VisitStore(path)
    assert store.open()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with caplog.at_level(logging.WARNING, logger="kiosk.analytics"):
        assert store.add_wake(WakeRecord(at(0))) is False
    assert "database is locked" in caplog.text
    other.execute("ROLLBACK")
    other.close()
    assert store.add_wake(WakeRecord(at(1)))
    store.close()

    def full(file: Path) -> sqlite3.Connection:
        db = sqlite3.connect(file, isolation_level=None)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
        return db

    views = tuple(ViewRecord("one", i, "en", at(i), 1.0) for i in range(2000))
    store = VisitStore(path, connect=full)
    with caplog.at_level(logging.WARNING, logger="kiosk.analytics"):
        assert store.add_session(_session(views)) is False
    assert "full" in caplog.text
    store.close()
    assert read_visits(path).wakes == (WakeRecord(at(1)),)


def _damage_a_page(path: Path) -> None:
    """A database with rows, then garbage over its second page (a table's)."""
    store = VisitStore(path)
    for _ in range(50):
        store.add_session(_session(tuple(ViewRecord("one", 0, "en", at(0), 1.0) for _ in range(9))))
    store.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with path.open("r+b") as file:
        file.seek(page + 8)
        file.write(b"\xa5" * 200)


@pytest.mark.parametrize("damage", ["not a database", "a damaged page"])
def test_a_corrupt_database_is_moved_aside_and_a_new_one_started(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    path = tmp_path / "visits.sqlite3"
    if damage == "not a database":
        path.write_bytes(b"this is not a database, " * 200)
    else:
        _damage_a_page(path)
    damaged = path.read_bytes()
    clock = lambda: datetime(2024, 5, 1, 9, 30, tzinfo=UTC)  # noqa: E731
    store = VisitStore(path, clock=clock)
    with caplog.at_level(logging.WARNING, logger="kiosk.analytics"):
        assert store.add_session(_session())
    store.close()
    aside = tmp_path / "visits.sqlite3.corrupt-20240501T093000Z"
    assert aside.read_bytes() == damaged
    assert f"moved aside as {aside.name}" in caplog.text
    assert read_visits(path) == Visits((_session(),), ())


def test_a_database_from_a_newer_kiosk_is_left_alone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "visits.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    store = VisitStore(path)
    with caplog.at_level(logging.WARNING, logger="kiosk.analytics"):
        assert store.add_wake(WakeRecord(at(0))) is False
        assert store.add_wake(WakeRecord(at(0))) is False
    assert caplog.text.count("statistics switched off") == 1
    assert path.read_bytes() == before


def test_a_new_database_is_in_wal_mode_at_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "visits.sqlite3"
    store = VisitStore(path)
    assert store.open()
    store.close()
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        db.close()
    assert tables == {"sessions", "views", "wakes"}


def test_the_store_and_the_numbers_import_no_qt() -> None:
    code = (
        "import sys\n"
        "import kiosk.analytics.store, kiosk.analytics.visit, kiosk.analytics.summary\n"
        "import kiosk.analytics.statstext\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
