"""A page's narration: the museum's recording of it, played and paused by the visitor.

One player serves the page on screen, in the visitor's language. It stops when
the page, the panel or the language changes, and when the session resets; while
it plays, idle is held off (``IdleMonitor.hold``), and released when it pauses,
stops, ends or fails, so the idle clock starts again from that moment.

Qt Multimedia is imported on first use: it needs the system library
``libpulse.so.0`` (Debian's ``libpulse0``), which a fresh machine may lack. If it
cannot be loaded, one warning says so, :attr:`Narration.available` is false, and
the pages offer their transcripts alone. With no audio output device, the
player is given no output (with one and no device, FFmpeg's backend ends every
recording at once); it then plays silently, at the pace of the recording.

Decoding runs on Qt Multimedia's own threads; the player's signals come to the GUI
thread, where they only store a number and, now and then, tell QML.
"""

from __future__ import annotations

import logging
import time
from types import ModuleType
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, QUrl, Signal, Slot

from kiosk.content import Exhibition
from kiosk.idle import IdleMonitor
from kiosk.navigation import PANEL, Navigator
from kiosk.presenter import Presenter
from kiosk.session import Session

LOG = logging.getLogger("kiosk.narration")

IDLE_TOKEN = "narration"
"""The name narration holds idle off by."""

INSTALL_HINT = "sudo apt-get install libpulse0"
"""How to give Qt Multimedia the system library it needs (Debian, Ubuntu)."""

POSITION_STEP_MS = 250
"""QML hears of the position in steps of this size (the player reports every ~50 ms)."""

STALL_SECONDS = 10.0
"""A recording that has not moved on for this long while "playing" is stopped, so that a
stalled player never holds idle off for good."""

WARM_UP_DELAY_MS = 2500
"""How long after start-up the player is made, if the exhibition has narration at all:
the first Listen then starts at once, and start-up does not pay for Qt Multimedia."""


def import_multimedia() -> ModuleType:
    """PySide6.QtMultimedia; raises ImportError without ``libpulse.so.0``."""
    from PySide6 import QtMultimedia

    return QtMultimedia


def has_narration(exhibition: Exhibition) -> bool:
    """Whether any page of the exhibition has narration."""
    return any(page.narration for panel in exhibition.panels for page in panel.pages)


class Narration(QObject):
    """Play and pause the current page's recording; QML reads its state."""

    sourceChanged = Signal()  # noqa: N815 - Qt signal naming
    playingChanged = Signal()  # noqa: N815
    positionChanged = Signal()  # noqa: N815
    durationChanged = Signal()  # noqa: N815

    def __init__(
        self,
        exhibition: Exhibition,
        session: Session,
        navigator: Navigator,
        idle: IdleMonitor,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._exhibition = exhibition
        self._session, self._navigator, self._idle = session, navigator, idle
        self._media: ModuleType | None = None
        self._tried = False
        self._player: Any = None
        self._loaded = ""
        """The source the player has been given."""
        self._place: tuple[Any, ...] = ()
        self._source = ""
        self._playing = False
        self._position = 0
        self._duration = 0
        self._moved = time.monotonic()
        """When the player last reported progress."""
        self._watch = QTimer(self)
        self._watch.setInterval(int(STALL_SECONDS * 1000 / 4))
        self._watch.timeout.connect(self._check_stall)
        session.languageChanged.connect(self._follow)
        navigator.placeChanged.connect(self._follow)
        self._follow()
        self._warm_up_later()

    # -- Qt Multimedia, loaded on first use ------------------------------------------------

    def _multimedia(self) -> ModuleType | None:
        if not self._tried:
            self._tried = True
            try:
                self._media = import_multimedia()
            except ImportError as error:
                LOG.warning(
                    "narration is off: Qt Multimedia cannot be loaded (%s); install the "
                    "system library with `%s`. Until then pages show their transcripts only.",
                    error,
                    INSTALL_HINT,
                )
        return self._media

    def _warm_up_later(self) -> None:
        if not self._tried and has_narration(self._exhibition):
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._make_player)

    def _make_player(self) -> Any:
        """The player, made the first time it is needed; None without Qt Multimedia."""
        media = self._multimedia()
        if media is None or self._player is not None:
            return self._player
        player = media.QMediaPlayer(self)
        if media.QMediaDevices.audioOutputs():
            player.setAudioOutput(media.QAudioOutput(player))
        else:
            LOG.warning("no audio output device: narration plays without sound")
        player.playbackStateChanged.connect(self._on_state)
        player.positionChanged.connect(self._on_position)
        player.durationChanged.connect(self._on_duration)
        player.mediaStatusChanged.connect(self._on_status)
        player.errorOccurred.connect(self._on_error)
        self._player = player
        return player

    # -- what to play ----------------------------------------------------------------------

    def _follow(self) -> None:
        """Another page, panel or language: stop, and take that page's recording."""
        screen, panel, page = self._navigator.place()
        language = self._session.current_language()
        place = (screen, panel, page, language)
        if place == self._place:
            return
        self._place = place
        self.stop()
        self._set_source(self._current_source())

    def _current_source(self) -> str:
        screen, panel, page = self._navigator.place()
        if screen != PANEL:
            return ""
        presenter = Presenter(self._exhibition, self._session.current_language())
        path = presenter.recording(self._exhibition.panels[panel].pages[page])
        return path.as_uri() if path is not None else ""

    def _set_source(self, source: str) -> None:
        if source != self._source:
            self._source = source
            self._set_duration(0)
            self.sourceChanged.emit()

    def replace_exhibition(self, exhibition: Exhibition) -> None:
        """New content: keep playing if the page's recording is the same file, else stop."""
        self._exhibition = exhibition
        source = self._current_source()
        if source != self._source:
            self.stop()
            self._set_source(source)
        self._warm_up_later()

    # -- the visitor's buttons -------------------------------------------------------------

    @Slot()
    def toggle(self) -> None:
        """Listen, or pause: the one button of a page's narration."""
        if self._playing:
            self.pause()
        else:
            self.play()

    @Slot()
    def play(self) -> None:
        """Play the current page's recording (from where it was paused)."""
        player = self._make_player() if self._source else None
        if player is None:
            return
        if self._loaded != self._source:
            self._loaded = self._source
            player.setSource(QUrl(self._source))
        player.play()

    @Slot()
    def pause(self) -> None:
        if self._player is not None:
            self._player.pause()
        self._set_playing(False)

    @Slot()
    def stop(self) -> None:
        """Stop and go back to the start (a page turn, a language switch, a reset)."""
        if self._player is not None:
            self._player.stop()
        self._set_playing(False)
        self._set_position(0)

    # -- what the player says ----------------------------------------------------------------

    def _on_state(self, state: Any) -> None:
        media = self._media
        self._set_playing(
            media is not None and state == media.QMediaPlayer.PlaybackState.PlayingState
        )

    def _on_position(self, position: int) -> None:
        if not self._playing:
            return
        self._moved = time.monotonic()
        if 0 < self._duration <= position:
            # With no audio output, FFmpeg's backend stays at the end "playing", and
            # never says EndOfMedia: the end is where the recording is over.
            self.stop()
        else:
            self._set_position(position - position % POSITION_STEP_MS)

    def _check_stall(self) -> None:
        if self._playing and time.monotonic() - self._moved > STALL_SECONDS:
            LOG.warning("narration %s stalled at %d ms: stopped", self._loaded, self._position)
            self.stop()

    def _on_duration(self, duration: int) -> None:
        self._set_duration(max(0, duration))

    def _on_status(self, status: Any) -> None:
        if self._media is not None and status == self._media.QMediaPlayer.MediaStatus.EndOfMedia:
            self._set_playing(False)
            self._set_position(0)

    def _on_error(self, error: Any, description: str) -> None:
        LOG.warning("narration %s cannot be played: %s", self._loaded, description)
        self._loaded = ""  # the next Listen tries the file afresh
        self._set_playing(False)
        self._set_position(0)

    def _set_playing(self, playing: bool) -> None:
        if playing == self._playing:
            return
        self._playing = playing
        if playing:
            self._moved = time.monotonic()
            self._watch.start()
            self._idle.hold(IDLE_TOKEN)
        else:
            self._watch.stop()
            self._idle.release(IDLE_TOKEN)
        self.playingChanged.emit()

    def _set_position(self, position: int) -> None:
        if position != self._position:
            self._position = position
            self.positionChanged.emit()

    def _set_duration(self, duration: int) -> None:
        if duration != self._duration:
            self._duration = duration
            self.durationChanged.emit()

    # -- for Python and QML ------------------------------------------------------------

    def is_available(self) -> bool:
        return self._multimedia() is not None

    def source_url(self) -> str:
        return self._source

    def is_playing(self) -> bool:
        return self._playing

    def position_ms(self) -> int:
        return self._position

    def duration_ms(self) -> int:
        return self._duration

    available = Property(bool, is_available, constant=True)
    """Whether recordings can be played at all: Qt Multimedia loads (tried when first asked)."""
    source = Property(str, source_url, notify=sourceChanged)
    """The current page's recording in the visitor's language, as a file URL; "" if none."""
    playing = Property(bool, is_playing, notify=playingChanged)
    position = Property(int, position_ms, notify=positionChanged)
    """Milliseconds played, in steps of :data:`POSITION_STEP_MS`."""
    duration = Property(int, duration_ms, notify=durationChanged)
    """The recording's length in milliseconds; 0 until the player has read it."""
