"""Where the visitor is: home or a panel, which page, and which card is open.

All navigation rules live here, so they are tested without touching QML:
pages are clamped, Back closes a card before it turns a page, the content
advisory comes once per session before the first panel, and a language switch
closes cards but keeps the panel and the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

HOME, PANEL = "home", "panel"
NO_OVERLAY, ADVISORY, GLOSSARY, IMAGE, SOURCES = "", "advisory", "glossary", "image", "sources"
DETAIL = "detail"
"""A timeline event or a map place, opened by tapping it."""
ACCESS = "access"
"""The accessibility card: text size, contrast, reach. A language switch keeps it open."""


class Navigator(QObject):
    """The visitor's position and the card on top of it, if any."""

    placeChanged = Signal()  # noqa: N815 - Qt signal naming
    overlayChanged = Signal()  # noqa: N815

    def __init__(
        self, page_counts: list[int], has_advisory: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._page_counts = page_counts
        self._has_advisory = has_advisory
        self._screen = HOME
        self._panel = -1
        self._page = 0
        self._overlay = NO_OVERLAY
        self._overlay_data: dict[str, Any] = {}
        self._advisory_seen = False
        self._pending_panel = -1
        self._beneath: tuple[str, dict[str, Any]] = (NO_OVERLAY, {})

    # -- moving --------------------------------------------------------------------------

    @Slot(int)
    def openPanel(self, index: int) -> None:  # noqa: N802 - called from QML
        """Open a panel at its first page; the advisory comes first, once a session."""
        if not 0 <= index < len(self._page_counts):
            return
        if self._has_advisory and not self._advisory_seen:
            self._pending_panel = index
            self.showOverlay(ADVISORY, {})
            return
        self._go(PANEL, index, 0)

    def go_to(self, panel: int, page: int) -> None:
        """Open a page directly, for the curator's preview: no advisory first."""
        if 0 <= panel < len(self._page_counts):
            self._advisory_seen = True
            self._close_all()
            self._go(PANEL, panel, max(0, min(page, self._page_counts[panel] - 1)))

    @Slot()
    def acceptAdvisory(self) -> None:  # noqa: N802
        """The visitor has read the advisory: go on into the panel they chose."""
        self._advisory_seen = True
        pending, self._pending_panel = self._pending_panel, -1
        self._close_all()
        self.openPanel(pending)

    @Slot()
    def goHome(self) -> None:  # noqa: N802
        self._close_all()
        self._go(HOME, -1, 0)

    @Slot()
    def back(self) -> None:
        """Close the open card; else turn back a page; on the first page, go home."""
        if self._overlay:
            self.closeOverlay()
        elif self._screen == PANEL and self._page > 0:
            self.setPageIndex(self._page - 1)
        else:
            self.goHome()

    @Slot()
    def nextPage(self) -> None:  # noqa: N802
        self.setPageIndex(self._page + 1)

    @Slot()
    def previousPage(self) -> None:  # noqa: N802
        self.setPageIndex(self._page - 1)

    @Slot(int)
    def setPageIndex(self, index: int) -> None:  # noqa: N802
        """Turn to a page of the open panel; out-of-range pages are ignored."""
        if self._screen == PANEL and 0 <= index < self.page_count() and index != self._page:
            self._close_all()
            self._go(PANEL, self._panel, index)

    def _go(self, screen: str, panel: int, page: int) -> None:
        if (screen, panel, page) != (self._screen, self._panel, self._page):
            self._screen, self._panel, self._page = screen, panel, page
            self.placeChanged.emit()

    # -- cards ---------------------------------------------------------------------------

    def showOverlay(self, kind: str, data: dict[str, Any]) -> None:  # noqa: N802
        self._overlay, self._overlay_data = kind, data
        self.overlayChanged.emit()

    @Slot()
    def closeOverlay(self) -> None:  # noqa: N802
        """Close the card shown; the accessibility card gives way to the card it covered."""
        if self._overlay == ACCESS and self._beneath[0]:
            (self._overlay, self._overlay_data), self._beneath = self._beneath, (NO_OVERLAY, {})
            self.overlayChanged.emit()
        else:
            self._close_all()

    def _close_all(self) -> None:
        """No card at all, none waiting beneath the accessibility card either."""
        self._beneath = (NO_OVERLAY, {})
        if self._overlay:
            self._overlay, self._overlay_data = NO_OVERLAY, {}
            self._pending_panel = -1
            self.overlayChanged.emit()

    @Slot()
    def openAccessibility(self) -> None:  # noqa: N802 - called from QML
        """Open the accessibility card over whatever is shown (a card beneath comes
        back when it closes); tapped again, close it."""
        if self._overlay == ACCESS:
            self.closeOverlay()
            return
        self._beneath = (self._overlay, self._overlay_data)
        self.showOverlay(ACCESS, {})

    def closeCards(self) -> None:  # noqa: N802
        """Close glossary, image, sources and detail cards (a language switch does this)."""
        cards = (GLOSSARY, IMAGE, SOURCES, DETAIL)
        if self._beneath[0] in cards:
            self._beneath = (NO_OVERLAY, {})
        if self._overlay in cards:
            self._close_all()

    def reset(self) -> None:
        """Home, nothing open, the advisory due again: a fresh session."""
        self._advisory_seen = False
        self.goHome()

    def replace_panels(
        self, page_counts: list[int], has_advisory: bool, new_index: dict[int, int]
    ) -> None:
        """New content: stay on the same panel (``new_index`` maps old to new indexes)
        and page, as far as they still exist.

        A panel that is gone sends the visitor home; a page that is gone, to the
        panel's last page. Nothing is announced: the kiosk emits ``placeChanged``
        once the view has the new content too.
        """
        self._page_counts = page_counts
        self._has_advisory = has_advisory
        self._pending_panel = new_index.get(self._pending_panel, -1)
        if self._overlay == ADVISORY and not has_advisory:
            self._overlay, self._overlay_data = NO_OVERLAY, {}
        if self._screen != PANEL:
            return
        panel = new_index.get(self._panel, -1)
        if panel < 0:
            self._screen, self._panel, self._page = HOME, -1, 0
            self._overlay, self._overlay_data = NO_OVERLAY, {}
        else:
            self._panel, self._page = panel, min(self._page, page_counts[panel] - 1)

    # -- for Python --------------------------------------------------------------------

    def place(self) -> tuple[str, int, int]:
        """``(screen, panel index, page index)``; the panel is -1 at home."""
        return self._screen, self._panel, self._page

    def place_overlay(self) -> tuple[str, dict[str, Any]]:
        """The open card, if any, and what it shows."""
        return self._overlay, self._overlay_data

    def page_count(self) -> int:
        return self._page_counts[self._panel] if self._screen == PANEL else 0

    # -- properties ----------------------------------------------------------------------

    def _get_screen(self) -> str:
        return self._screen

    def _get_panel(self) -> int:
        return self._panel

    def _get_page(self) -> int:
        return self._page

    def _get_page_count(self) -> int:
        return self.page_count()

    def _get_overlay(self) -> str:
        return self._overlay

    def _get_overlay_data(self) -> dict[str, Any]:
        return self._overlay_data

    screen = Property(str, _get_screen, notify=placeChanged)
    panelIndex = Property(int, _get_panel, notify=placeChanged)  # noqa: N815
    pageIndex = Property(int, _get_page, setPageIndex, notify=placeChanged)  # noqa: N815
    pageCount = Property(int, _get_page_count, notify=placeChanged)  # noqa: N815
    overlay = Property(str, _get_overlay, notify=overlayChanged)
    overlayData = Property(dict, _get_overlay_data, notify=overlayChanged)  # noqa: N815
