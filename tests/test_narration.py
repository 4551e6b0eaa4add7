"""A page's narration: the content that names it, and the bar that plays it.

The exhibition is the test one (tests/content/base) with narration added to the
first panel's pages and short WAV recordings written here with :mod:`wave`.
Playback is real: Qt Multimedia's FFmpeg backend, with no sound card, plays
silently at the recording's pace. Taps are real touch events.

Tests that play need Qt Multimedia, which needs the system library libpulse0:
without it they are skipped with the command that installs it, except under CI
(``CI`` set), where they fail, since ``.ci/run`` installs it.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import struct
import subprocess
import sys
import wave
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from kiosk import logs
from kiosk import narration as narration_module
from kiosk.booklet import build_booklet
from kiosk.content import Exhibition, load_exhibition
from kiosk.content.report import build_report
from kiosk.content.schema import Narration
from kiosk.idle import ACTIVE, WARNING
from kiosk.narration import import_multimedia
from kiosk.presenter import Presenter
from kiosk.view import IdleTimes
from tests.conftest import BASE, KioskWindow
from tests.qmlhelpers import find_items
from tests.test_touch import _enter_first_panel
from tests.touch import tap, the_item, visible_items

MakeWindow = Callable[..., KioskWindow]

SECONDS = {"arrests-en": 3.0, "arrests-ru": 2.0, "voices-en": 3.0}
"""The recordings and their lengths: Russian differs, so a test can tell which plays."""

NARRATION = {
    "Arrests": """\
    narration:
      audio:
        en: narration/arrests-en.wav
        ru: narration/arrests-ru.wav
      transcript:
        en: Sentences were passed by a [[troika]] in minutes.
        ru: Приговоры выносила [[troika|тройка]] за несколько минут.
""",
    "Voices": """\
    narration:
      audio:
        en: narration/voices-en.wav
      transcript:
        en: Ten years without the right of correspondence.
        ru: Десять лет без права переписки.
""",
}
INSTALL = "sudo apt-get install libpulse0"
ROOT = Path(__file__).resolve().parent.parent
ARRESTS_HTML = '<p>Sentences were passed by a <a href="term:troika">troika</a> in minutes.</p>'


def write_wav(path: Path, seconds: float, pitch: float) -> None:
    """A quiet tone, 8 kHz mono 8-bit: a few kilobytes a second."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rate = 8000
    samples = (
        128 + int(40 * math.sin(2 * math.pi * pitch * n / rate)) for n in range(int(rate * seconds))
    )
    with wave.open(str(path), "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(1)
        recording.setframerate(rate)
        recording.writeframes(struct.pack(f"{int(rate * seconds)}B", *samples))


@pytest.fixture(scope="module")
def narrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test exhibition, its first panel's pages narrated (the second in English only)."""
    folder = tmp_path_factory.mktemp("narrated") / "exhibition"
    shutil.copytree(BASE, folder)
    for name, seconds in SECONDS.items():
        write_wav(folder / "assets" / "narration" / f"{name}.wav", seconds, 220 + 40 * seconds)
    panel = folder / "panels" / "one.yaml"
    text = panel.read_text(encoding="utf-8")
    for title, block in NARRATION.items():
        anchor = f"      en: {title}\n"
        start = text.index(anchor)
        blocks = text.index("    blocks:\n", start)
        text = text[:blocks] + block + text[blocks:]
    panel.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def exhibition(narrated: Path) -> Exhibition:
    report = load_exhibition(narrated)
    assert report.exhibition is not None, report.problems
    return report.exhibition


@pytest.fixture
def multimedia() -> None:
    """Skip (fail under CI) if Qt Multimedia cannot load on this machine."""
    try:
        import_multimedia()
    except ImportError as error:
        if os.environ.get("CI"):
            pytest.fail(f"Qt Multimedia cannot load ({error}); .ci/run should have run: {INSTALL}")
        pytest.skip(f"Qt Multimedia cannot load ({error}); install it with: {INSTALL}")


# -- content -----------------------------------------------------------------------------


def test_the_narrated_exhibition_loads_with_one_warning(narrated: Path) -> None:
    report = load_exhibition(narrated)
    assert [str(p).removeprefix(f"{narrated}/") for p in report.problems] == [
        "panels/one.yaml:41:9: warning: missing the 'ru' recording (add ru: with the "
        "recording's path; until then visitors reading 'ru' get the transcript alone)"
    ]
    assert report.stats.assets == 2 + len(SECONDS)


def test_a_page_keeps_its_recordings_and_transcript(exhibition: Exhibition) -> None:
    arrests, voices = exhibition.panels[0].pages
    assert isinstance(arrests.narration, Narration)
    assert arrests.narration.audio == {
        "en": "narration/arrests-en.wav",
        "ru": "narration/arrests-ru.wav",
    }
    assert arrests.narration.transcript["en"].startswith("Sentences were passed")
    assert voices.narration is not None
    assert set(voices.narration.audio) == {"en"}
    assert all(page.narration is None for page in exhibition.panels[1].pages)


def test_the_presenter_gives_the_transcript_and_the_file_in_each_language(
    exhibition: Exhibition,
) -> None:
    arrests, voices = exhibition.panels[0].pages
    english, russian = Presenter(exhibition, "en"), Presenter(exhibition, "ru")
    assert english.narration(arrests) == {"transcript": ARRESTS_HTML, "audio": True}
    assert russian.narration(voices)["audio"] is False
    assert russian.narration(voices)["transcript"] == "<p>Десять лет без права переписки.</p>"
    assert english.narration(exhibition.panels[1].pages[0]) == {}
    recording = russian.recording(arrests)
    assert recording is not None
    assert recording.name == "arrests-ru.wav"
    assert russian.recording(voices) is None


def test_the_report_counts_recordings_as_used_and_transcripts_apart(
    exhibition: Exhibition,
) -> None:
    """Recordings are in use; transcripts, read instead of listening, add no reading time."""
    base = load_exhibition(BASE).exhibition
    assert base is not None
    report, without = build_report(exhibition), build_report(base)
    assert report.unused_assets == ()
    assert [p.languages for p in report.panels] == [p.languages for p in without.panels]


def test_the_proof_booklet_prints_each_transcript_with_its_recording(narrated: Path) -> None:
    report = load_exhibition(narrated)
    html = build_booklet(report, ["en", "ru"], exported=date(2024, 5, 1), version="9.9").html
    assert "Narration: transcript · line 13" in html
    assert "Recording: narration/arrests-en.wav" in html
    assert "Sentences were passed by a <u>troika</u> in minutes." in html
    assert "Записи на этом языке нет: посетители читают текст." in html
    assert "Десять лет без права переписки." in html


# -- playing -------------------------------------------------------------------------------


def _listen(built: KioskWindow) -> None:
    tap(built.window, the_item(built.window, "listenButton"))


def _button_text(built: KioskWindow, name: str) -> str:
    return str(the_item(built.window, name).property("text"))


@pytest.mark.usefixtures("multimedia")
def test_listen_plays_and_holds_idle_and_pause_releases_it(
    kiosk_window: MakeWindow, qtbot: QtBot, narrated: Path
) -> None:
    built = kiosk_window(narrated)
    narration, idle = built.kiosk.narration_object(), built.kiosk.idle_monitor()
    _enter_first_panel(built, qtbot)
    assert narration.source_url().endswith("/narration/arrests-en.wav")
    assert _button_text(built, "listenButton") == "Listen"
    assert not idle.held

    _listen(built)
    qtbot.waitUntil(lambda: narration.is_playing())
    assert idle.held
    qtbot.waitUntil(lambda: narration.position_ms() >= 500, timeout=5000)
    assert narration.duration_ms() == 3000
    assert _button_text(built, "listenButton") == "Pause"
    assert the_item(built.window, "narrationTime").property("text").endswith(" / 0:03")

    tap(built.window, the_item(built.window, "listenButton"))
    qtbot.waitUntil(lambda: not narration.is_playing())
    assert not idle.held
    paused_at = narration.position_ms()
    assert paused_at >= 500
    qtbot.wait(400)
    assert narration.position_ms() == paused_at
    assert _button_text(built, "listenButton") == "Listen"

    _listen(built)  # on from where it paused
    qtbot.waitUntil(lambda: narration.is_playing())
    assert narration.position_ms() >= paused_at


@pytest.mark.usefixtures("multimedia")
def test_the_recording_plays_to_its_end_then_idle_counts_again(
    kiosk_window: MakeWindow, qtbot: QtBot, narrated: Path
) -> None:
    """Idle after 1 s without a touch: not while the 2 s recording plays, 1 s after it ends."""
    built = kiosk_window(narrated, lang="ru", idle=IdleTimes(1, 20))
    narration, idle = built.kiosk.narration_object(), built.kiosk.idle_monitor()
    _enter_first_panel(built, qtbot)
    _listen(built)
    qtbot.waitUntil(lambda: narration.is_playing())
    assert idle.held
    qtbot.waitUntil(lambda: not narration.is_playing(), timeout=8000)
    assert idle.property("state") == ACTIVE  # 2 s without a touch, and no question asked
    assert not idle.held
    assert narration.position_ms() == 0
    assert _button_text(built, "listenButton") == "Слушать"
    qtbot.waitUntil(lambda: idle.property("state") == WARNING, timeout=3000)


@pytest.mark.usefixtures("multimedia")
def test_turning_the_page_stops_it(kiosk_window: MakeWindow, qtbot: QtBot, narrated: Path) -> None:
    built = kiosk_window(narrated)
    narration, idle = built.kiosk.narration_object(), built.kiosk.idle_monitor()
    _enter_first_panel(built, qtbot)
    _listen(built)
    qtbot.waitUntil(lambda: narration.is_playing())
    tap(built.window, the_item(built.window, "nextButton"))
    qtbot.waitUntil(lambda: built.kiosk.navigator_object().place() == ("panel", 0, 1))
    qtbot.waitUntil(lambda: not narration.is_playing())
    assert not idle.held
    assert narration.position_ms() == 0
    assert narration.source_url().endswith("/narration/voices-en.wav")
    qtbot.waitUntil(lambda: len(visible_items(built.window, "listenButton")) == 1)
    assert _button_text(built, "listenButton") == "Listen"


@pytest.mark.usefixtures("multimedia")
def test_a_session_reset_stops_it(kiosk_window: MakeWindow, qtbot: QtBot, narrated: Path) -> None:
    built = kiosk_window(narrated)
    narration, idle = built.kiosk.narration_object(), built.kiosk.idle_monitor()
    _enter_first_panel(built, qtbot)
    _listen(built)
    qtbot.waitUntil(lambda: narration.is_playing())
    idle.endSession()  # as when the "still there?" countdown runs out
    assert not narration.is_playing()
    assert not idle.held
    assert built.kiosk.navigator_object().place() == ("home", -1, 0)
    assert narration.source_url() == ""
    assert narration.position_ms() == 0


@pytest.mark.usefixtures("multimedia")
def test_a_language_switch_stops_it_and_listen_plays_the_other_language(
    kiosk_window: MakeWindow, qtbot: QtBot, narrated: Path
) -> None:
    built = kiosk_window(narrated)
    narration = built.kiosk.narration_object()
    _enter_first_panel(built, qtbot)
    _listen(built)
    qtbot.waitUntil(lambda: narration.is_playing())
    russian = [
        b for b in visible_items(built.window, "languageButton") if b.property("text") == "Русский"
    ]
    tap(built.window, russian[0])
    qtbot.waitUntil(lambda: built.kiosk.session_object().current_language() == "ru")
    assert not narration.is_playing()
    assert not built.kiosk.idle_monitor().held
    assert narration.source_url().endswith("/narration/arrests-ru.wav")
    qtbot.waitUntil(lambda: _button_text(built, "listenButton") == "Слушать")
    _listen(built)
    qtbot.waitUntil(lambda: narration.is_playing())
    qtbot.waitUntil(lambda: narration.duration_ms() > 0)
    assert narration.duration_ms() == 2000


@pytest.mark.usefixtures("multimedia")
def test_a_language_without_a_recording_offers_the_transcript_alone(
    kiosk_window: MakeWindow, qtbot: QtBot, narrated: Path
) -> None:
    built = kiosk_window(narrated, lang="ru")
    _enter_first_panel(built, qtbot)
    tap(built.window, the_item(built.window, "nextButton"))
    qtbot.waitUntil(lambda: built.kiosk.navigator_object().place() == ("panel", 0, 1))
    qtbot.waitUntil(lambda: not visible_items(built.window, "listenButton"))  # page 1 gone
    assert len(visible_items(built.window, "transcriptButton")) == 1
    assert built.kiosk.narration_object().source_url() == ""


# -- the transcript, and a kiosk without Qt Multimedia -------------------------------------------


def _open_transcript(built: KioskWindow, qtbot: QtBot) -> None:
    tap(built.window, the_item(built.window, "transcriptButton"))
    qtbot.waitUntil(lambda: len(visible_items(built.window, "detailCard")) == 1)


def test_transcript_opens_the_card_with_its_text(
    kiosk_window: MakeWindow, qtbot: QtBot, narrated: Path
) -> None:
    built = kiosk_window(narrated)
    _enter_first_panel(built, qtbot)
    assert _button_text(built, "transcriptButton") == "Transcript"
    _open_transcript(built, qtbot)
    window = built.window
    assert the_item(window, "detailKicker").property("text") == "Audio"
    assert the_item(window, "detailTitle").property("text") == "Arrests"
    html = the_item(window, "detailText").property("text")
    assert html == ARRESTS_HTML


def test_without_qt_multimedia_the_transcript_is_still_offered(
    kiosk_window: MakeWindow,
    qtbot: QtBot,
    narrated: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def no_multimedia() -> None:
        raise ImportError(
            "libpulse.so.0: cannot open shared object file: No such file or directory"
        )

    monkeypatch.setattr(narration_module, "import_multimedia", no_multimedia)
    with caplog.at_level(logging.WARNING, logger="kiosk.narration"):
        built = kiosk_window(narrated)
        _enter_first_panel(built, qtbot)
        qtbot.waitUntil(lambda: len(visible_items(built.window, "transcriptButton")) == 1)
        narration = built.kiosk.narration_object()
        assert not narration.is_available()
        assert visible_items(built.window, "listenButton") == []
        assert visible_items(built.window, "narrationProgress") == []
        narration.toggle()  # nothing to play with: nothing happens
        assert not narration.is_playing()
        assert not built.kiosk.idle_monitor().held
        _open_transcript(built, qtbot)
    warnings = [r.getMessage() for r in caplog.records if r.name == "kiosk.narration"]
    assert len(warnings) == 1
    assert "libpulse.so.0" in warnings[0]
    assert INSTALL in warnings[0]


# -- sizes and names -------------------------------------------------------------------------


@pytest.mark.usefixtures("multimedia")
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_the_bar_is_large_enough_to_touch_and_named_in_the_language(
    kiosk_window: MakeWindow, qtbot: QtBot, narrated: Path, size: tuple[int, int]
) -> None:
    built = kiosk_window(narrated, size=size, lang="ru")
    _enter_first_panel(built, qtbot)
    qtbot.waitUntil(lambda: len(visible_items(built.window, "listenButton")) == 1)
    window = built.window
    bar = the_item(window, "narrationBar")
    left = bar.mapToScene(bar.boundingRect().topLeft()).x()
    for name, word in (("listenButton", "Слушать"), ("transcriptButton", "Текст записи")):
        button = the_item(window, name)
        assert min(button.width(), button.height()) >= 64, name
        corner = button.mapToScene(button.boundingRect().topLeft())
        assert left <= corner.x()
        assert corner.x() + button.width() <= left + bar.width() + 0.5
        assert QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name) == word
    progress = the_item(window, "narrationProgress")
    assert progress.width() >= 120
    name = QAccessible.queryAccessibleInterface(progress).text(QAccessible.Text.Name)
    assert name == "Аудио"


# -- logs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Couldn't load va library",
        "Couldn't resolve va symbols",
        "Couldn't load va(in plugin) library",
        "Couldn't resolve va(in plugin) symbols",
        "Couldn't load pipewire-0.3 library",
        "PulseAudioService: pa_context_connect() failed",
        "No audio device detected",
    ],
)
def test_qt_multimedia_notes_about_the_machine_are_not_logged_as_warnings(
    message: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="kiosk.qt"):
        logs._log_qt_message(QtMsgType.QtWarningMsg, QMessageLogContext(), message)
        logs._log_qt_message(QtMsgType.QtWarningMsg, QMessageLogContext(), f"{message}!")
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.DEBUG, message),
        (logging.WARNING, f"{message}!"),
    ]


def test_a_stalled_player_does_not_hold_idle_for_good(
    kiosk_window: MakeWindow,
    qtbot: QtBot,
    narrated: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(narration_module, "STALL_SECONDS", 0.3)
    built = kiosk_window(narrated)
    narration, idle = built.kiosk.narration_object(), built.kiosk.idle_monitor()
    _enter_first_panel(built, qtbot)
    with caplog.at_level(logging.WARNING, logger="kiosk.narration"):
        narration._set_playing(True)  # as the player says when it starts, and then never moves
        assert idle.held
        qtbot.waitUntil(lambda: not narration.is_playing(), timeout=3000)
    assert not idle.held
    assert any("stalled" in record.getMessage() for record in caplog.records)


def test_a_long_transcript_in_the_largest_type_scrolls_in_a_card_that_fits(
    kiosk_window: MakeWindow, qtbot: QtBot, narrated: Path
) -> None:
    built = kiosk_window(narrated, lang="ru")
    built.kiosk.session_object().preferences().setTextSize(2)
    _enter_first_panel(built, qtbot)
    html = "<p>" + " ".join(["Приговоры выносила тройка за несколько минут, заочно."] * 12) + "</p>"
    built.kiosk.view_object().openDetail({"kicker": "Аудио", "title": "Аресты", "html": html})
    qtbot.waitUntil(lambda: len(visible_items(built.window, "detailCard")) == 1)
    card = the_item(built.window, "detailCard")
    (scroll,) = find_items(card, "cardFlick")
    qtbot.waitUntil(lambda: scroll.property("interactive") is True)  # the words scroll
    top = card.mapToScene(card.boundingRect().topLeft()).y()
    assert top >= 0
    assert top + card.height() <= built.window.height()
    close = the_item(built.window, "closeButton")
    assert close.mapToScene(close.boundingRect().topLeft()).y() >= 0
    tap(built.window, close)
    qtbot.waitUntil(lambda: not visible_items(built.window, "detailCard"))


def test_an_exhibition_without_narration_never_loads_qt_multimedia() -> None:
    """Start-up pays nothing for narration where there is none (the bundled exhibition)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "from kiosk.content import load_exhibition\n"
        "from kiosk.view import Kiosk\n"
        "app = QGuiApplication([])\n"
        f"kiosk = Kiosk(load_exhibition(Path({str(BASE)!r})).exhibition)\n"
        "assert not kiosk.narration_object().is_playing()\n"
        "assert 'PySide6.QtMultimedia' not in sys.modules\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
