"""``kiosk screenshot``: render every screen of an exhibition to PNG files, headless.

Curators preview a change without a touchscreen, and designers review the layout
at any size. The real window is loaded and driven through the navigator and the
view (as a visitor's taps would drive it); after each step the scene is left to
settle (animations finished, pictures decoded) before the window is grabbed.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kiosk.content import Exhibition, load_exhibition

if TYPE_CHECKING:
    from kiosk.preferences import Preferences

SETTLE_MS = 400
"""Longer than any animation of the interface (≤ 250 ms), so none is caught halfway."""

IMAGE_TIMEOUT_MS = 10_000
ATTRACT_FADE_MS = 1700
"""Longer than the attract loop's cross-fade and the "still there?" fade (with a GPU)."""
_TERM_LINK = re.compile(r'href="term:([^"]+)"')


def block_types() -> frozenset[str]:
    """The ``type`` of every kind of block: text, image, quote, figure, chart…"""
    from typing import get_args, get_type_hints

    from kiosk.content.schema import Block

    return frozenset(get_args(get_type_hints(kind)["type"])[0] for kind in get_args(Block))


def take_screenshots(
    folder: Path,
    out: Path,
    *,
    size: tuple[int, int],
    lang: str | None,
    only: frozenset[str] = frozenset(),
    access: VisitorChoices | None = None,
    log: TextIO = sys.stdout,
) -> int:
    """Write the PNGs of ``folder``'s exhibition into ``out``; return the exit code.

    ``lang`` is a language code, None for the exhibition's default, or ``"all"`` for
    every language, each into a subfolder named by its code. ``only`` names block
    types (``chart``, ``timeline``, ``map``…): if given, only the pages that show
    such a block are rendered, with the cards they open, and nothing else.
    ``access`` renders them as a visitor who chose a larger text, high contrast or
    low reach sees them.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = load_exhibition(folder)
    for problem in report.problems:
        print(problem, file=sys.stderr)  # noqa: T201 - a command's report
    exhibition = report.exhibition
    if not report.ok or exhibition is None:
        return 1
    targets = _targets(exhibition, out, lang)
    if targets is None:
        known = ", ".join(exhibition.languages)
        print(  # noqa: T201
            f"kiosk screenshot: unknown language '{lang}' (this exhibition has: {known}, all)",
            file=sys.stderr,
        )
        return 2
    from kiosk.app import application

    app = application()
    for code, target in targets:
        _shoot_language(exhibition, code, target, size, only, access or VisitorChoices(), log)
    app.processEvents()
    return 0


def _targets(exhibition: Exhibition, out: Path, lang: str | None) -> list[tuple[str, Path]] | None:
    """(language, folder) pairs to render, or None for an unknown language."""
    if lang == "all":
        return [(code, out / code) for code in exhibition.languages]
    code = lang or exhibition.manifest.default_language
    return [(code, out)] if code in exhibition.languages else None


def _shoot_language(
    exhibition: Exhibition,
    lang: str,
    out: Path,
    size: tuple[int, int],
    only: frozenset[str],
    access: VisitorChoices,
    log: TextIO,
) -> None:
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk.app import load_window
    from kiosk.idle import NEVER
    from kiosk.view import IdleTimes, Kiosk

    out.mkdir(parents=True, exist_ok=True)
    engine = QQmlApplicationEngine()
    # The camera decides when to show the idle states: no idle clock runs on its own.
    idle = IdleTimes(NEVER, exhibition.manifest.idle.warning_seconds)
    window = load_window(engine, exhibition, lang, idle)
    if window is None:
        raise RuntimeError("Main.qml did not load")
    window.resize(*size)
    window.show()
    kiosk = window.property("kiosk")
    assert isinstance(kiosk, Kiosk)
    access.apply(kiosk.session_object().preferences())
    try:
        camera = Camera(window, out, log)
        if only:
            camera.blocks_tour(kiosk, only)
        else:
            camera.tour(kiosk)
    finally:
        window.close()
        engine.deleteLater()


@dataclass(frozen=True)
class VisitorChoices:
    """What a visitor may choose on the accessibility card, for screenshots of it."""

    text_size: int = 0
    high_contrast: bool = False
    low_reach: bool = False

    def apply(self, preferences: Preferences) -> None:
        preferences.setTextSize(self.text_size)
        preferences.setHighContrast(self.high_contrast)
        preferences.setLowReach(self.low_reach)


class Camera:
    """Walks through the exhibition and saves one numbered PNG per stop."""

    def __init__(self, window: Any, out: Path, log: TextIO) -> None:
        self.window = window
        self.out = out
        self.log = log
        self.count = 0

    def tour(self, kiosk: Any) -> None:
        """Home, advisory, every page, a glossary card, the sources, an image."""
        navigator, view = kiosk.navigator_object(), kiosk.view_object()
        panels = kiosk.exhibition.panels
        self.shoot("home")
        if not panels:
            return
        navigator.openPanel(0)
        if navigator.overlay == "advisory":
            self.shoot("advisory")
            navigator.acceptAdvisory()
        for index, panel in enumerate(panels):
            navigator.openPanel(index)
            for page in range(navigator.page_count()):
                navigator.setPageIndex(page)
                self.shoot(f"{panel.id}-p{page + 1}")
        self._glossary(navigator, view, len(panels))
        self._transcript(kiosk, len(panels))
        navigator.openPanel(0)
        view.openSources()
        self.shoot("sources")
        navigator.closeOverlay()
        navigator.openAccessibility()
        self.shoot("accessibility")
        navigator.closeOverlay()
        self._image(navigator, view, len(panels))
        self._idle_states(kiosk)

    def blocks_tour(self, kiosk: Any, types: frozenset[str]) -> None:
        """Only the pages that show a block of one of ``types``, and the cards they open."""
        navigator, view = kiosk.navigator_object(), kiosk.view_object()
        navigator.openPanel(0)
        if navigator.overlay == "advisory":
            navigator.acceptAdvisory()
        for index, panel in enumerate(kiosk.exhibition.panels):
            navigator.openPanel(index)
            pages = view.pages_model()
            for page in range(pages.rowCount()):
                blocks = [b for b in pages.get(page).get("blocks", []) if b.get("type") in types]
                if blocks:
                    navigator.setPageIndex(page)
                    self._page_in_place(page)
                    self.shoot(f"{panel.id}-p{page + 1}")
                    self._details(navigator, view, blocks)

    def _page_in_place(self, page: int) -> None:
        """Wait until the page list has slid to ``page`` (a jump of several pages
        takes longer than the settling time)."""
        from PySide6.QtCore import QElapsedTimer, QObject

        pages = self.window.findChild(QObject, "pageList")
        clock = QElapsedTimer()
        clock.start()
        while pages is not None and clock.elapsed() < IMAGE_TIMEOUT_MS:
            if abs(pages.property("contentX") - page * pages.property("width")) < 1:
                return
            wait(20)

    def _details(self, navigator: Any, view: Any, blocks: list[dict[str, Any]]) -> None:
        """The card of the first event or place of each timeline or map in ``blocks``."""
        for block in blocks:
            details = block.get("details") or []
            if details:
                view.openDetail(details[0])
                self.shoot(f"{block['type']}-card")
                navigator.closeOverlay()

    def _idle_states(self, kiosk: Any) -> None:
        """ "Are you still there?", then each slide of the attract loop.

        The loop plays in the default language (the session was reset); here it is
        shown in the language of the screenshots, so that curators see their
        translation, and held on each slide for as long as the camera needs.
        """
        from PySide6.QtCore import QObject

        idle, session = kiosk.idle_monitor(), kiosk.session_object()
        language = session.current_language()
        idle.askNow()
        wait(self._fade_ms())
        self.shoot("still-there")
        loop = self.window.findChild(QObject, "attractLoop")
        loop.setProperty("paused", True)
        idle.endSession()
        session.setLanguage(language)
        for index in range(len(kiosk.view_object().attractSlides)):
            loop.setProperty("index", index)
            wait(self._fade_ms())
            self.shoot(f"attract-{index + 1}")

    def _fade_ms(self) -> int:
        """How long the idle states fade: not at all where the CPU paints."""
        from PySide6.QtQuick import QSGRendererInterface

        api = self.window.rendererInterface().graphicsApi()
        return 0 if api == QSGRendererInterface.GraphicsApi.Software else ATTRACT_FADE_MS

    def _glossary(self, navigator: Any, view: Any, panels: int) -> None:
        for block in _blocks(navigator, view, panels):
            match = _TERM_LINK.search(str(block.get("html", "")))
            if match:
                view.openTerm(match.group(1))
                self.shoot("glossary")
                navigator.closeOverlay()
                return

    def _transcript(self, kiosk: Any, panels: int) -> None:
        """The first narrated page's transcript, as its Transcript button opens it."""
        navigator, view = kiosk.navigator_object(), kiosk.view_object()
        for panel in range(panels):
            navigator.openPanel(panel)
            pages = view.pages_model()
            for page in range(pages.rowCount()):
                row = pages.get(page)
                if row.get("narration"):
                    navigator.setPageIndex(page)
                    kicker = kiosk.session_object().current_words()["narration"]
                    html = row["narration"]["transcript"]
                    view.openDetail({"kicker": kicker, "title": row["title"], "html": html})
                    self.shoot("transcript")
                    navigator.closeOverlay()
                    return

    def _image(self, navigator: Any, view: Any, panels: int) -> None:
        for block in _blocks(navigator, view, panels):
            if block.get("type") == "image":
                view.openImage(block)
                self.shoot("image")
                navigator.closeOverlay()
                return

    def shoot(self, name: str) -> Path:
        """Let the scene settle, then save the window as ``NN-name.png``."""
        settle(self.window)
        path = self.out / f"{self.count:02d}-{name}.png"
        if not self.window.grabWindow().save(str(path)):
            raise OSError(f"could not write {path}")
        self.count += 1
        self.log.write(f"{path}\n")
        self.log.flush()
        return path


def _blocks(navigator: Any, view: Any, panels: int) -> Iterator[dict[str, Any]]:
    """Every block of every page, with the navigator turned to that page."""
    for panel in range(panels):
        navigator.openPanel(panel)
        pages = view.pages_model()
        for page in range(pages.rowCount()):
            navigator.setPageIndex(page)
            yield from pages.get(page).get("blocks", [])


def settle(window: Any) -> None:
    """Run the event loop until animations are over and every picture is decoded."""
    from PySide6.QtCore import QElapsedTimer

    wait(SETTLE_MS)
    clock = QElapsedTimer()
    clock.start()
    while _images_loading(window) and clock.elapsed() < IMAGE_TIMEOUT_MS:
        wait(20)
    _next_frame(window)


def wait(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds (timers and rendering go on)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _next_frame(window: Any) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.frameSwapped.connect(loop.quit)
    QTimer.singleShot(500, loop.quit)
    window.update()
    loop.exec()
    window.frameSwapped.disconnect(loop.quit)


def _images_loading(window: Any) -> bool:
    from PySide6.QtQuick import QQuickItem

    def walk(item: QQuickItem) -> Iterator[QQuickItem]:
        yield item
        for child in item.childItems():
            yield from walk(child)

    # Image.status has no Python converter; a picture still loading has progress < 1.
    return any(
        item.inherits("QQuickImage")
        and not item.property("source").isEmpty()
        and float(item.property("progress")) < 1.0
        for item in walk(window.contentItem())
    )
