"""The statistics database: one SQLite file, written one finished record at a time.

The journal is a write-ahead log with ``synchronous=NORMAL``: a commit appends to
the log and waits for no disk flush, and a crash or a kill can lose the last
commits but never damage the file. Each finished record (a session with its
views, or a wake) is one short transaction, so a kill loses at most the session
under way. The schema's version is kept in ``PRAGMA user_version``; opening the
file brings an older one up to date, one step of :data:`MIGRATIONS` at a time.

Writing never raises: the kiosk must go on showing the exhibition whatever
happens to this file. A locked, read-only or full database logs a warning
(logger ``kiosk.analytics``) and the record is dropped; a damaged file is moved
aside as ``visits.sqlite3.corrupt-<time>`` and a new one is started. Pure
Python: no Qt.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger("kiosk.analytics")

SCHEMA_VERSION = 1
"""The ``user_version`` of a database this kiosk writes."""

HOME = "(home)"
"""The panel id the home screen is recorded under (a panel id never has brackets)."""

IDLE, STAFF, SHUTDOWN = "idle", "staff", "shutdown"
"""How a session ended: the warning ran out; staff reset it; the kiosk was closed."""

BUSY_SECONDS = 0.2
"""How long a write waits for a lock held by another program (it runs on the GUI thread)."""

_CORRUPT_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})

_SCHEMA_1 = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,           -- UTC, ISO 8601: 2024-05-01T09:30:00Z
    ended_at TEXT NOT NULL,             -- the visitor's last touch, not the reset
    duration_s REAL NOT NULL,
    language TEXT NOT NULL,             -- the language read longest
    languages TEXT NOT NULL,            -- every language used, in order: en,ru
    woke_from_attract INTEGER NOT NULL, -- 1: began with a touch on the attract loop
    ended_by TEXT NOT NULL              -- idle, staff or shutdown
);
CREATE INDEX sessions_started_at ON sessions (started_at);
CREATE TABLE views (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    panel_id TEXT NOT NULL,             -- (home): the home screen
    page_index INTEGER NOT NULL,        -- from 0
    language TEXT NOT NULL,             -- the language when the visitor left the page
    started_at TEXT NOT NULL,
    dwell_s REAL NOT NULL
);
CREATE INDEX views_session_id ON views (session_id);
CREATE TABLE wakes (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    via_panel TEXT                      -- the teaser's panel id; NULL: woken elsewhere
);
CREATE INDEX wakes_at ON wakes (at);
"""

MIGRATIONS: tuple[str, ...] = (_SCHEMA_1,)
"""``MIGRATIONS[n]`` takes a database from ``user_version`` n to n + 1."""


# --- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ViewRecord:
    """One page (or the home screen) looked at, and for how long."""

    panel_id: str
    page_index: int
    language: str
    started_at: str
    dwell_s: float


@dataclass(frozen=True)
class SessionRecord:
    """One visitor's session, from the first touch to the last, with what they looked at."""

    started_at: str
    ended_at: str
    duration_s: float
    language: str
    languages: tuple[str, ...]
    woke_from_attract: bool
    ended_by: str
    views: tuple[ViewRecord, ...] = ()


@dataclass(frozen=True)
class WakeRecord:
    """A touch that woke the attract loop; ``via_panel``: the teaser's panel, if on one."""

    at: str
    via_panel: str | None = None


@dataclass(frozen=True)
class Visits:
    """What the database holds for a time range, oldest first."""

    sessions: tuple[SessionRecord, ...]
    wakes: tuple[WakeRecord, ...]


def iso_utc(moment: datetime) -> str:
    """A time as the database stores it: UTC, to the second, ``2024-05-01T09:30:00Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_database_path() -> Path:
    """``$XDG_STATE_HOME/kiosk/visits.sqlite3`` (``~/.local/state/kiosk/visits.sqlite3``)."""
    named = os.environ.get("XDG_STATE_HOME", "")
    state = Path(named) if named and Path(named).is_absolute() else Path.home() / ".local/state"
    return state / "kiosk" / "visits.sqlite3"


def connect_file(path: Path) -> sqlite3.Connection:
    """Open (or create) the file: autocommit (transactions are explicit), a short busy wait."""
    return sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)


# --- writing ---------------------------------------------------------------------------------


class VisitStore:
    """The kiosk's statistics file, for writing; no method raises.

    The file is opened at the first write (and again after a failure), so a
    folder that appears later, or a lock that goes away, needs no restart.
    ``connect`` opens the file (tests pass one that opens it read-only).
    """

    def __init__(
        self,
        path: Path,
        *,
        connect: Callable[[Path], sqlite3.Connection] = connect_file,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.path = path
        self._connect = connect
        self._clock = clock
        self._db: sqlite3.Connection | None = None
        self._refused = False
        self._last_warning = ""

    def add_session(self, session: SessionRecord) -> bool:
        """Write a finished session and its views in one transaction; False if not written."""
        return self._write("a session", lambda db: _insert_session(db, session))

    def add_wake(self, wake: WakeRecord) -> bool:
        """Write an attract-loop wake; False if not written."""
        return self._write("a wake", lambda db: _insert_wake(db, wake))

    def open(self) -> bool:
        """Open the file now (the first write would): True if it can be written."""
        return self._connection() is not None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _write(self, what: str, insert: Callable[[sqlite3.Connection], None]) -> bool:
        for attempt in (1, 2):
            db = self._connection()
            if db is None:
                return False
            try:
                _transaction(db, insert)
            except sqlite3.Error as error:
                if _is_corrupt(error) and attempt == 1:
                    self._set_aside(error)
                    continue
                self._warn(f"{what} was not recorded", _describe(error))
                self.close()
                return False
            self._last_warning = ""
            return True
        return False

    def _connection(self) -> sqlite3.Connection | None:
        if self._db is None and not self._refused:
            self._db = self._opened()
        return self._db

    def _opened(self) -> sqlite3.Connection | None:
        for attempt in (1, 2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                return _prepared(self._connect(self.path))
            except NewerSchemaError as error:
                self._refused = True
                log.warning("statistics switched off: %s", error)
                return None
            except sqlite3.Error as error:
                if _is_corrupt(error) and attempt == 1:
                    self._set_aside(error)
                    continue
                self._warn(f"cannot open {self.path}", _describe(error))
            except OSError as error:
                self._warn(f"cannot open {self.path}", str(error.strerror or error))
            return None
        return None

    def _set_aside(self, error: sqlite3.Error) -> None:
        """Move a damaged file (and its journal) aside, so that a new one is started."""
        self.close()
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            for suffix in ("-wal", "-shm", ""):
                part = self.path.with_name(self.path.name + suffix)
                if part.exists():
                    part.replace(aside.with_name(aside.name + suffix))
        except OSError as move_error:
            self._refused = True
            log.warning(
                "statistics switched off: %s is damaged (%s) and cannot be moved aside: %s",
                self.path,
                _describe(error),
                move_error.strerror or move_error,
            )
            return
        log.warning(
            "%s was damaged (%s): moved aside as %s; a new one is started",
            self.path,
            _describe(error),
            aside.name,
        )

    def _warn(self, what: str, problem: str) -> None:
        """Log a problem once while it lasts, not once a visitor."""
        if problem != self._last_warning:
            log.warning("statistics: %s: %s; the kiosk carries on without them", what, problem)
        self._last_warning = problem


class NewerSchemaError(sqlite3.DatabaseError):
    """The file was written by a newer kiosk: this one must not touch it."""


def _prepared(db: sqlite3.Connection) -> sqlite3.Connection:
    """WAL, NORMAL sync, foreign keys; damage checked; the schema brought up to date.

    A newer kiosk's file is refused before anything is written to it.
    """
    try:
        _refuse_newer(schema_version(db))
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        verdict = db.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            error = sqlite3.DatabaseError(f"quick_check: {verdict}")
            error.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
            raise error
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def migrate(db: sqlite3.Connection) -> None:
    """Bring the schema up to :data:`SCHEMA_VERSION`, each step in its own transaction."""
    version = schema_version(db)
    _refuse_newer(version)
    for step in range(version, SCHEMA_VERSION):
        try:
            db.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[step]}\nPRAGMA user_version = {step + 1};\nCOMMIT;"
            )
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise


def _refuse_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"the database has schema version {version}, this kiosk knows up to {SCHEMA_VERSION}"
        )


def schema_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _transaction(db: sqlite3.Connection, insert: Callable[[sqlite3.Connection], None]) -> None:
    db.execute("BEGIN IMMEDIATE")
    try:
        insert(db)
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _insert_session(db: sqlite3.Connection, session: SessionRecord) -> None:
    cursor = db.execute(
        "INSERT INTO sessions (started_at, ended_at, duration_s, language, languages,"
        " woke_from_attract, ended_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            session.started_at,
            session.ended_at,
            round(session.duration_s, 3),
            session.language,
            ",".join(session.languages),
            int(session.woke_from_attract),
            session.ended_by,
        ),
    )
    db.executemany(
        "INSERT INTO views (session_id, panel_id, page_index, language, started_at, dwell_s)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                cursor.lastrowid,
                v.panel_id,
                v.page_index,
                v.language,
                v.started_at,
                round(v.dwell_s, 3),
            )
            for v in session.views
        ],
    )


def _insert_wake(db: sqlite3.Connection, wake: WakeRecord) -> None:
    db.execute("INSERT INTO wakes (at, via_panel) VALUES (?, ?)", (wake.at, wake.via_panel or None))


def _is_corrupt(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _CORRUPT_CODES


def _describe(error: sqlite3.Error) -> str:
    """SQLite's message and its name: 'database is locked (SQLITE_BUSY)'."""
    name = getattr(error, "sqlite_errorname", "")
    return f"{error} ({name})" if name else str(error)


# --- reading ---------------------------------------------------------------------------------


class StatsError(Exception):
    """The database cannot be read; the message says why, for staff."""


def read_visits(path: Path, since: str | None = None, until: str | None = None) -> Visits:
    """The sessions that began in ``[since, until)`` with their views, and the wakes then.

    ``since`` and ``until`` are UTC times as stored (:func:`iso_utc`); ``None``: no bound.
    The file is opened read-only, so the kiosk may go on writing meanwhile.
    """
    if not path.is_file():
        raise StatsError(f"no statistics database at {path}")
    low, high = since or "", until or "~"
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return _read(db, low, high)
        finally:
            db.close()
    except sqlite3.Error as error:
        raise StatsError(f"cannot read {path}: {_describe(error)}") from error


def _read(db: sqlite3.Connection, low: str, high: str) -> Visits:
    version = schema_version(db)
    if version == 0:
        return Visits((), ())
    if version > SCHEMA_VERSION:
        raise StatsError(f"the database was written by a newer kiosk (schema {version})")
    views: dict[int, list[ViewRecord]] = {}
    for session_id, *fields in db.execute(
        "SELECT v.session_id, v.panel_id, v.page_index, v.language, v.started_at, v.dwell_s"
        " FROM views v JOIN sessions s ON s.id = v.session_id"
        " WHERE s.started_at >= ? AND s.started_at < ? ORDER BY v.session_id, v.id",
        (low, high),
    ):
        views.setdefault(session_id, []).append(ViewRecord(*fields))
    sessions = tuple(
        _session(row, views.get(row[0], ()))
        for row in db.execute(
            "SELECT id, started_at, ended_at, duration_s, language, languages, woke_from_attract,"
            " ended_by FROM sessions WHERE started_at >= ? AND started_at < ?"
            " ORDER BY started_at, id",
            (low, high),
        )
    )
    wakes = tuple(
        WakeRecord(at, via)
        for at, via in db.execute(
            "SELECT at, via_panel FROM wakes WHERE at >= ? AND at < ? ORDER BY at, id", (low, high)
        )
    )
    return Visits(sessions, wakes)


def _session(row: tuple[object, ...], views: Iterable[ViewRecord]) -> SessionRecord:
    _, started, ended, duration, language, languages, woke, ended_by = row
    return SessionRecord(
        started_at=str(started),
        ended_at=str(ended),
        duration_s=float(duration),  # type: ignore[arg-type]
        language=str(language),
        languages=tuple(str(languages).split(",")) if languages else (),
        woke_from_attract=bool(woke),
        ended_by=str(ended_by),
        views=tuple(views),
    )
