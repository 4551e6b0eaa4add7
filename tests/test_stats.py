"""``kiosk stats`` on a database of known visits: the exact numbers, CSV and the chart."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk import statscmd
from kiosk.analytics.chart import BAR, SIZE
from kiosk.analytics.store import (
    HOME,
    SessionRecord,
    ViewRecord,
    Visits,
    VisitStore,
    WakeRecord,
    read_visits,
)
from kiosk.analytics.summary import summarize
from kiosk.cli import main
from tests.conftest import BASE

DAY_1, DAY_3 = "2024-05-01", "2024-05-03"


def _views(*views: tuple[str, int, float]) -> tuple[ViewRecord, ...]:
    return tuple(ViewRecord(panel, page, "en", f"{DAY_1}T09:00:00Z", s) for panel, page, s in views)


SESSIONS = (
    SessionRecord(
        f"{DAY_1}T09:00:00Z",
        f"{DAY_1}T09:02:00Z",
        120.0,
        "en",
        ("en",),
        True,
        "idle",
        _views((HOME, 0, 10), ("one", 0, 40), ("one", 1, 50), ("two", 0, 20)),
    ),
    SessionRecord(
        f"{DAY_1}T10:00:00Z",
        f"{DAY_1}T10:01:00Z",
        60.0,
        "ru",
        ("en", "ru"),
        True,
        "idle",
        _views((HOME, 0, 5), ("two", 0, 30), ("two", 1, 25)),
    ),
    SessionRecord(
        f"{DAY_3}T14:00:00Z",
        f"{DAY_3}T14:05:00Z",
        300.0,
        "en",
        ("en",),
        False,
        "staff",
        _views((HOME, 0, 20), ("one", 0, 100), (HOME, 0, 30), ("one", 0, 150)),
    ),
    SessionRecord(
        f"{DAY_3}T15:00:00Z",
        f"{DAY_3}T15:00:00Z",
        0.0,
        "en",
        ("en",),
        True,
        "shutdown",
        _views((HOME, 0, 0)),
    ),
)
WAKES = (
    WakeRecord(f"{DAY_1}T09:00:00Z", "one"),
    WakeRecord(f"{DAY_1}T10:00:00Z"),
    WakeRecord(f"{DAY_3}T15:00:00Z", "two"),
    WakeRecord(f"{DAY_3}T16:00:00Z"),
)


@pytest.fixture(autouse=True)
def utc_days(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local days are UTC days here, and today is 4 May 2024."""
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.delenv("KIOSK_SETTINGS", raising=False)
    monkeypatch.setattr(statscmd, "today", lambda: date(2024, 5, 4))
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "visits.sqlite3"
    store = VisitStore(path)
    for session in SESSIONS:
        assert store.add_session(session)
    for wake in WAKES:
        assert store.add_wake(wake)
    store.close()
    return path


def _stats(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["stats", *args])
    out, err = capsys.readouterr()
    return code, out, err


REPORT = """\
Visitor statistics, Wed 1 May 2024 – Fri 3 May 2024

Sessions        4 on 3 days (1.3 a day)
Session length  median 1 min 30 s, mean 2 min 00 s
Languages       en 75 % (3), ru 25 % (1)
Attract loop    4 wakes, 2 on a panel's teaser; 3 sessions began with one
How they ended  idle 2, shutdown 1, staff 1

Day             Sessions  Median length  Wakes
Wed 2024-05-01         2     1 min 30 s      2
Thu 2024-05-02         0              –      0
Fri 2024-05-03         2     2 min 30 s      2

Panel        Opened  Pages  Median time  Sessions
one               3      4   1 min 40 s      50 %
two               2      3         38 s      50 %
Home screen       5      5         10 s     100 %

Times count up to each visitor's last touch, not up to the reset.
Opened: visits to the panel (pages turned inside it count once); Pages: pages
looked at in it; Median time: of a visit; Sessions: the share of sessions that
opened the panel.

Database: {database}
"""


def test_the_report_has_the_exact_numbers(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _stats(capsys, "--database", str(database))
    assert (code, err) == (0, "")
    assert out == REPORT.format(database=database)


def test_since_and_until_choose_local_days(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _stats(capsys, "--database", str(database), "--since", DAY_3)
    assert code == 0
    assert out.startswith("Visitor statistics, Fri 3 May 2024 – Sat 4 May 2024\n")  # to today
    assert "Sessions        2 on 2 days (1.0 a day)\n" in out
    assert "Sat 2024-05-04         0              –      0\n" in out
    code, out, _ = _stats(capsys, "--database", str(database), "--until", "2024-05-02")
    assert "Sessions        2 on 2 days (1.0 a day)\n" in out
    assert "two               2      3         38 s     100 %\n" in out


def test_days_are_the_kiosks_local_days() -> None:
    east = timezone(timedelta(hours=16))  # 09:00 UTC is already the next day there
    days = summarize(Visits(SESSIONS[:1], ()), zone=east).days
    assert [day.day for day in days] == [date(2024, 5, 2)]


CSV = """\
panel_id,title,visits,page_views,median_visit_s,mean_visit_s,sessions,share_of_sessions_percent
one,The place,3,4,100.0,113.3,2,50.0
two,The numbers,2,3,37.5,37.5,2,50.0
(home),Home screen,5,5,10.0,13.0,4,100.0

date,weekday,sessions,median_session_s,mean_session_s,wakes
2024-05-01,Wed,2,90.0,90.0,2
2024-05-02,Thu,0,,,0
2024-05-03,Fri,2,150.0,150.0,2
"""


def test_csv_has_a_row_per_panel_and_per_day(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "week.csv"
    code, out, _ = _stats(
        capsys, "--database", str(database), "--content", str(BASE), "--csv", str(out_file)
    )
    assert code == 0
    assert out.startswith("Visitor statistics")
    assert "\nThe place    " in out
    assert "English 75 % (3), Русский 25 % (1)" in out
    assert out_file.read_text(encoding="utf-8") == CSV
    code, out, _ = _stats(capsys, "--database", str(database), "--content", str(BASE), "--csv", "-")
    assert (code, out) == (0, CSV)


def test_the_chart_is_a_png_of_the_chart_size_with_a_bar_per_panel(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    chart = tmp_path / "week.png"
    code, _, err = _stats(
        capsys, "--database", str(database), "--content", str(BASE), "--chart", str(chart)
    )
    assert (code, err) == (0, "")
    image = QImage(str(chart))
    assert (image.width(), image.height()) == SIZE
    lengths = [_bar_length(image, y) for y in range(image.height())]
    bars = sorted({length for length in lengths if length > 0}, reverse=True)
    assert len(bars) == 2  # one, then two: longest first
    assert bars[1] / bars[0] == pytest.approx(37.5 / 100, abs=0.01)


def _bar_length(image: QImage, y: int) -> int:
    bar = BAR.rgb()
    return sum(1 for x in range(0, image.width(), 2) if image.pixel(x, y) == bar) * 2


def test_an_empty_range_says_so(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _stats(
        capsys, "--database", str(database), "--since", "2023-01-01", "--until", "2023-01-01"
    )
    assert code == 0
    assert out.startswith(
        "Visitor statistics, Sun 1 January 2023\n\nSessions      none\n"
        "Attract loop  0 wakes, 0 on a panel's teaser\n"
    )


def test_the_database_comes_from_the_settings_or_the_state_folder(
    database: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = tmp_path / "settings.yaml"
    settings.write_text("analytics:\n  database: visits.sqlite3\n", encoding="utf-8")
    code, out, _ = _stats(capsys, "--settings", str(settings))
    assert (code, out.splitlines()[2]) == (0, "Sessions        4 on 3 days (1.3 a day)")
    state = tmp_path / "state"
    (state / "kiosk").mkdir(parents=True)
    database.rename(state / "kiosk" / "visits.sqlite3")
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    code, out, _ = _stats(capsys)
    assert (code, out.splitlines()[2]) == (0, "Sessions        4 on 3 days (1.3 a day)")


def test_no_database_and_bad_dates_are_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite3"
    code, out, err = _stats(capsys, "--database", str(missing))
    assert (code, out) == (1, "")
    assert err == (
        f"kiosk stats: no statistics database at {missing} (no visitor has been recorded yet, "
        "or statistics are switched off: analytics.enabled in the settings file)\n"
    )
    code, _, err = _stats(capsys, "--since", "2024-05-03", "--until", "2024-05-01")
    assert code == 2
    assert err == "kiosk stats: --until 2024-05-01 is before --since 2024-05-03\n"
    with pytest.raises(SystemExit) as exit_info:
        main(["stats", "--since", "last week"])
    assert exit_info.value.code == 2
    assert "expected a date such as 2024-05-01, not 'last week'" in capsys.readouterr().err


def test_a_database_the_kiosk_is_writing_can_be_read(database: Path) -> None:
    store = VisitStore(database)
    assert store.add_wake(WakeRecord(f"{DAY_3}T17:00:00Z"))  # the kiosk's connection stays open
    assert len(read_visits(database).wakes) == len(WAKES) + 1
    store.close()
