"""The exhibition as the visitor sees it now: in the session's language, at the
navigator's place. QML binds to these properties; Python keeps them current.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, QTimer, Signal, Slot

from kiosk.content import Exhibition
from kiosk.content.schema import Panel
from kiosk.geo_names import placed_soon
from kiosk.idle import IdleMonitor
from kiosk.models import PageListModel, PanelListModel
from kiosk.narration import Narration
from kiosk.navigation import DETAIL, GLOSSARY, IMAGE, PANEL, SOURCES, Navigator
from kiosk.palette import panel_colour, theme_colours
from kiosk.presenter import TERM_LINK_PREFIX, Presenter, prepare_explorers
from kiosk.session import Session, words_in


class ExhibitView(QObject):
    """Titles, panels, pages and cards, always in the current language."""

    textChanged = Signal()  # noqa: N815 - Qt signal naming
    panelChanged = Signal()  # noqa: N815
    slidesChanged = Signal()  # noqa: N815
    themeChanged = Signal()  # noqa: N815
    mapNamesPlaced = Signal()  # noqa: N815
    _namesPlaced = Signal()  # noqa: N815 - from the map names' worker thread

    def __init__(
        self,
        exhibition: Exhibition,
        session: Session,
        navigator: Navigator,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._exhibition = exhibition
        self._session = session
        self._navigator = navigator
        self._panels = PanelListModel(parent=self)
        self._pages = PageListModel(parent=self)
        self._shown_panel, self._shown_panel_id = -2, ""
        self._narration: QObject | None = None
        self._presenter = Presenter(exhibition, session.current_language())
        self._names_placed = 0
        self._namesPlaced.connect(self._on_names_placed, Qt.ConnectionType.QueuedConnection)
        session.languageChanged.connect(self._on_language)
        navigator.placeChanged.connect(self._on_place)
        session.preferences().changed.connect(self._on_preferences)
        self._high_contrast = session.preferences().high_contrast()
        self._on_language()

    def _on_preferences(self) -> None:
        """High contrast on or off: new colours for the screen, the header and the tiles."""
        high_contrast = self._session.preferences().high_contrast()
        if high_contrast == self._high_contrast:
            return
        self._high_contrast = high_contrast
        self._panels.update_rows(self._panel_rows())
        self.themeChanged.emit()
        self.textChanged.emit()

    @Slot(str, float, result="QVariant")
    def mapNames(self, key: str, text_scale: float) -> list[dict[str, Any]] | None:  # noqa: N802
        """The layouts of a map's names (its block's ``names``) in the visitor's larger
        text, or None until they are placed (on the background thread, the first time a
        size is asked for); ``mapNamesPlaced`` then says to ask again."""
        return placed_soon(key, text_scale, self._placed_elsewhere)

    def _placed_elsewhere(self) -> None:
        """On the names' worker thread: have the GUI thread tell QML."""
        with contextlib.suppress(RuntimeError):  # the view is gone: its window closed
            self._namesPlaced.emit()

    @Slot()
    def _on_names_placed(self) -> None:
        self._names_placed += 1
        self.mapNamesPlaced.emit()

    def _get_names_placed(self) -> int:
        return self._names_placed

    def _on_language(self) -> None:
        self._presenter = Presenter(self._exhibition, self._session.current_language())
        self._navigator.closeCards()
        self._panels.set_rows(self._panel_rows())
        self._attract_slides = self._presenter.attract_slides()
        self._shown_panel = -2
        self._on_place()
        self.slidesChanged.emit()
        self.textChanged.emit()

    def replace_exhibition(self, exhibition: Exhibition) -> None:
        """New content, with the navigator already placed in it: change what differs.

        Rows are updated in place, so the open page keeps its delegate and its
        scroll position while a curator edits it; the panel's pages are rebuilt
        from scratch only if another panel is now open.
        """
        self._exhibition = exhibition
        self._presenter = Presenter(exhibition, self._session.current_language())
        self._panels.update_rows(self._panel_rows())
        self._attract_slides = self._presenter.attract_slides()
        same_panel = self._shown_panel_id == self._panel_id()
        self._shown_panel, self._shown_panel_id = self._navigator.place()[1], self._panel_id()
        if same_panel:
            self._pages.update_rows(self._page_rows())
        else:
            self._pages.set_rows(self._page_rows())
            self.panelChanged.emit()
        self.slidesChanged.emit()
        self.themeChanged.emit()
        self.textChanged.emit()

    def _on_place(self) -> None:
        """Rebuild the pages only when the panel changes, not on every page turn."""
        index = self._navigator.place()[1]
        if index != self._shown_panel:
            self._shown_panel, self._shown_panel_id = index, self._panel_id()
            self._pages.set_rows(self._page_rows())
            self.panelChanged.emit()
        self.textChanged.emit()

    def _panel_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "panelId": panel.id,
                "title": self._presenter.text(panel.title),
                "summary": self._presenter.text(panel.summary),
                "colour": self._panel_colour(panel),
            }
            for panel in self._exhibition.panels
        ]

    def _page_rows(self) -> list[dict[str, Any]]:
        panel = self._panel()
        if panel is None:
            return []
        return [
            {
                "title": self._presenter.text(page.title),
                "blocks": self._presenter.blocks(page.blocks),
                "narration": self._presenter.narration(page),
            }
            for page in panel.pages
        ]

    def _panel_id(self) -> str:
        """The open panel's id; "" at home."""
        panel = self._panel()
        return panel.id if panel is not None else ""

    def _panel(self) -> Panel | None:
        screen, index, _ = self._navigator.place()
        return self._exhibition.panels[index] if screen == PANEL else None

    def pages_model(self) -> PageListModel:
        return self._pages

    def set_narration(self, narration: QObject) -> None:
        """The player of the pages' narration (the kiosk makes it), for their bars."""
        self._narration = narration

    def _get_narration(self) -> QObject | None:
        return self._narration

    def panels_model(self) -> PanelListModel:
        return self._panels

    # -- cards ---------------------------------------------------------------------------

    @Slot(str)
    def openLink(self, link: str) -> None:  # noqa: N802 - called from QML
        """A link tapped in text: glossary links open their card; others are ignored."""
        if link.startswith(TERM_LINK_PREFIX):
            self.openTerm(link[len(TERM_LINK_PREFIX) :])

    @Slot(str)
    def openTerm(self, term_id: str) -> None:  # noqa: N802
        term = self._exhibition.glossary.get(term_id)
        if term is not None:
            self._navigator.showOverlay(
                GLOSSARY,
                {
                    "id": term_id,
                    "term": self._presenter.text(term.term),
                    "definition": self._presenter.text(term.definition),
                    "source": self._presenter.short_citations(term.sources),
                },
            )

    @Slot(dict)
    def openImage(self, image: dict[str, Any]) -> None:  # noqa: N802
        """Show an image block full screen; ``image`` is the block's map."""
        self._navigator.showOverlay(IMAGE, dict(image))

    @Slot(dict)
    def openDetail(self, detail: dict[str, Any]) -> None:  # noqa: N802
        """Show a timeline event's or a map place's card.

        ``detail`` is the event's or place's map as the presenter built it: its
        ``kicker`` (a date, or what the place is), ``title``, ``html`` and ``source``.
        """
        self._navigator.showOverlay(DETAIL, dict(detail))

    @Slot()
    def openSources(self) -> None:  # noqa: N802
        panel = self._panel()
        if panel is not None:
            self._navigator.showOverlay(SOURCES, {"sources": self._presenter.panel_sources(panel)})

    # -- properties ----------------------------------------------------------------------

    def _text(self, key: str) -> str:
        return self._presenter.text(getattr(self._exhibition.manifest, key))

    def _get_title(self) -> str:
        return self._text("title")

    def _get_subtitle(self) -> str:
        return self._text("subtitle")

    def _get_advisory(self) -> str:
        return self._text("advisory")

    def _get_theme(self) -> dict[str, str]:
        return theme_colours(self._exhibition.manifest.theme, self._high_contrast)

    def _panel_colour(self, panel: Panel) -> str:
        colours = self._get_theme()
        return panel_colour(str(panel.theme_colour), colours, self._high_contrast)

    def _get_panels(self) -> QObject:
        return self._panels

    def _get_pages(self) -> QObject:
        return self._pages

    def _get_panel_title(self) -> str:
        panel = self._panel()
        return self._presenter.text(panel.title) if panel else ""

    def _get_panel_colour(self) -> str:
        panel = self._panel()
        return self._panel_colour(panel) if panel else self._get_theme()["accent"]

    def _get_page_indicator(self) -> str:
        screen, _, page = self._navigator.place()
        if screen != PANEL:
            return ""
        words = self._session.current_words()
        return words_in(words, "page_of", page=page + 1, count=self._navigator.page_count())

    def _get_attract_slides(self) -> list[dict[str, Any]]:
        return self._attract_slides

    def _get_invitations(self) -> list[str]:
        """ "Touch to begin" in each of the exhibition's languages, the default first."""
        default = self._exhibition.manifest.default_language
        codes = [default, *(code for code in self._exhibition.languages if code != default)]
        return [Presenter(self._exhibition, code).word("touch_to_begin") for code in codes]

    invitations = Property(list, _get_invitations, notify=slidesChanged)
    attractSlides = Property(list, _get_attract_slides, notify=slidesChanged)  # noqa: N815
    title = Property(str, _get_title, notify=textChanged)
    subtitle = Property(str, _get_subtitle, notify=textChanged)
    advisory = Property(str, _get_advisory, notify=textChanged)
    theme = Property(dict, _get_theme, notify=themeChanged)
    mapNamesCount = Property(int, _get_names_placed, notify=mapNamesPlaced)  # noqa: N815
    """How often maps' names have been placed for larger text: a binding that reads it
    asks ``mapNames`` again when more are."""
    panels = Property(QObject, _get_panels, constant=True)
    pages = Property(QObject, _get_pages, constant=True)
    narration = Property(QObject, _get_narration, constant=True)
    """The current page's recording (kiosk/narration.py), for each page's NarrationBar."""
    panelTitle = Property(str, _get_panel_title, notify=textChanged)  # noqa: N815
    panelColour = Property(str, _get_panel_colour, notify=textChanged)  # noqa: N815
    pageIndicator = Property(str, _get_page_indicator, notify=textChanged)  # noqa: N815


@dataclass(frozen=True)
class IdleTimes:
    """When the kiosk asks "still there?", and how long it waits for an answer."""

    idle_seconds: float
    warning_seconds: float

    @classmethod
    def of(
        cls, exhibition: Exhibition, idle: float | None = None, warning: float | None = None
    ) -> IdleTimes:
        """The exhibition's own times, unless the installation overrides them."""
        settings = exhibition.manifest.idle
        return cls(
            idle if idle is not None else settings.timeout_seconds,
            warning if warning is not None else settings.warning_seconds,
        )


PREPARE_DELAY_MS = 2000
"""How long after new content the timelines and maps are laid out in the background."""


class Kiosk(QObject):
    """The one object QML is given: the session, the navigator and the view."""

    sessionReset = Signal()  # noqa: N815 - Qt signal naming
    """A new visitor's session begins: QML puts what Python does not hold (scrolling) back."""

    def __init__(
        self,
        exhibition: Exhibition,
        parent: QObject | None = None,
        *,
        idle: IdleTimes | None = None,
    ) -> None:
        super().__init__(parent)
        self.exhibition = exhibition
        self._session = Session(exhibition, self)
        counts = [len(panel.pages) for panel in exhibition.panels]
        self._navigator = Navigator(counts, exhibition.manifest.advisory is not None, self)
        self._view = ExhibitView(exhibition, self._session, self._navigator, self)
        times = idle or IdleTimes.of(exhibition)
        self._idle = IdleMonitor(times.idle_seconds, times.warning_seconds, parent=self)
        self._idle.sessionEnded.connect(self.resetSession)
        self._idle.woken.connect(self._on_woken)
        self._narration = Narration(exhibition, self._session, self._navigator, self._idle, self)
        self._view.set_narration(self._narration)
        self._prepare_explorers()

    def _prepare_explorers(self) -> None:
        """Lay out the timelines and maps on a worker thread, once the window is up
        (so that it does not compete with start-up for the interpreter)."""
        exhibition = self.exhibition

        def start() -> None:
            if exhibition is self.exhibition:
                threading.Thread(
                    target=prepare_explorers,
                    args=(exhibition,),
                    name="kiosk-explorers",
                    daemon=True,
                ).start()

        QTimer.singleShot(PREPARE_DELAY_MS, self, start)

    @Slot()
    def resetSession(self) -> None:  # noqa: N802 - called from QML
        """Everything back to how the next visitor should find it.

        The navigator closes panel, cards and drawers and makes the advisory due
        again (a panel's pages are rebuilt when it next opens, so no page or
        scroll position survives); the session goes back to the default language
        and settings; screens scroll back to the top.
        """
        self._narration.stop()
        self._navigator.reset()
        self._session.reset()
        self.sessionReset.emit()

    def replace_exhibition(self, exhibition: Exhibition, idle: IdleTimes | None = None) -> None:
        """Show new content of the same exhibition, keeping the visitor's place.

        The visitor stays on the same panel (found by its id) and page, in the same
        language, as far as they still exist; an open glossary or sources card is
        refreshed, a picture is closed. Every part is updated first and the changes
        are announced after, so QML never sees old and new content mixed.
        """
        old_ids = [panel.id for panel in self.exhibition.panels]
        new_ids = [panel.id for panel in exhibition.panels]
        moved = {i: new_ids.index(pid) for i, pid in enumerate(old_ids) if pid in new_ids}
        self.exhibition = exhibition
        language_changed = self._session.replace_exhibition(exhibition)
        self._navigator.replace_panels(
            [len(panel.pages) for panel in exhibition.panels],
            exhibition.manifest.advisory is not None,
            moved,
        )
        self._view.replace_exhibition(exhibition)
        self._narration.replace_exhibition(exhibition)
        self._prepare_explorers()
        self._session.announce(language_changed)
        self._navigator.placeChanged.emit()
        self._refresh_card()
        if idle is not None:
            self._idle.set_times(idle.idle_seconds, idle.warning_seconds)

    def set_default_language(self, code: str) -> bool:
        """The language every next session starts in (staff's choice); False if unknown."""
        return self._session.set_default_language(code)

    def open_page(self, panel_id: str, page: int) -> None:
        """Open panel ``panel_id`` at page index ``page`` (the last page if it has fewer)."""
        ids = [panel.id for panel in self.exhibition.panels]
        if panel_id in ids:
            self._navigator.go_to(ids.index(panel_id), page)

    def _refresh_card(self) -> None:
        """Show the open card's new text, or close it if what it showed is gone."""
        overlay, data = self._navigator.place_overlay()
        if overlay == GLOSSARY and data.get("id") in self.exhibition.glossary:
            self._view.openTerm(str(data["id"]))
        elif overlay == SOURCES:
            self._view.openSources()
        elif overlay in (GLOSSARY, IMAGE, DETAIL):
            self._navigator.closeOverlay()
        else:
            self._navigator.overlayChanged.emit()

    def _on_woken(self, panel_id: str) -> None:
        """A visitor woke the attract loop: open the teaser's panel, else stay home."""
        if panel_id in self.exhibition.manifest.panels:
            self._navigator.openPanel(self.exhibition.manifest.panels.index(panel_id))

    def idle_monitor(self) -> IdleMonitor:
        return self._idle

    def _get_idle(self) -> QObject:
        return self._idle

    def session_object(self) -> Session:
        return self._session

    def navigator_object(self) -> Navigator:
        return self._navigator

    def view_object(self) -> ExhibitView:
        return self._view

    def narration_object(self) -> Narration:
        return self._narration

    def _get_session(self) -> QObject:
        return self._session

    def _get_navigator(self) -> QObject:
        return self._navigator

    def _get_view(self) -> QObject:
        return self._view

    def _get_narration(self) -> QObject:
        return self._narration

    idle = Property(QObject, _get_idle, constant=True)
    session = Property(QObject, _get_session, constant=True)
    navigator = Property(QObject, _get_navigator, constant=True)
    view = Property(QObject, _get_view, constant=True)
    narration = Property(QObject, _get_narration, constant=True)
    """The current page's recording: ``kiosk.narration.playing`` (also ``view.narration``)."""
