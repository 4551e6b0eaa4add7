"""Hot reload: the preview and the kiosk follow the content files as they change.

Every test works on a copy of the test exhibition, edits its real YAML files on
disk the way an editor would, and waits (with a timeout, never a sleep) for the
real window to show the result.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.app import PreviewOpener
from kiosk.cli import main
from kiosk.content import load_exhibition
from kiosk.content.lastgood import load_last_good
from kiosk.content.snapshot import fingerprint, is_scratch_file, watched_folders
from kiosk.idle import ATTRACT
from kiosk.navigation import GLOSSARY, HOME, PANEL
from kiosk.reload import ContentWatcher, LiveContent
from kiosk.view import IdleTimes
from tests.conftest import BASE, KioskWindow
from tests.qmlhelpers import find_items
from tests.touch import tap, the_item, visible_items

MakeWindow = Callable[..., KioskWindow]
RELOAD_MS = 3000
"""Generous for a loaded CI machine; the preview itself takes well under a second."""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "exhibition"
    shutil.copytree(BASE, copy)
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def save_by_rename(path: Path, old: str, new: str) -> None:
    """Save as many editors do: write a temporary file, then rename it over the old one."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.replace(temporary, path)


def shown_page_title(built: KioskWindow) -> str:
    titles = visible_items(built.window, "pageTitle")
    assert len(titles) == 1
    return str(titles[0].property("text"))


def banner(built: KioskWindow) -> QQuickItem:
    (item,) = find_items(built.window.contentItem(), "problemBanner")
    return item


def open_second_page(built: KioskWindow, qtbot: QtBot) -> None:
    navigator = built.kiosk.navigator_object()
    navigator.openPanel(0)
    navigator.acceptAdvisory()
    navigator.setPageIndex(1)
    qtbot.waitUntil(lambda: shown_page_title(built) in ("Voices", "Голоса"))


# -- the preview ------------------------------------------------------------------------


def test_an_edit_appears_on_the_page_being_read(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    built = kiosk_window(folder, reload="preview")
    open_second_page(built, qtbot)
    qtbot.waitUntil(lambda: shown_page_title(built) == "Voices")

    edit(folder / "panels" / "one.yaml", "en: Voices", "en: Voices of the relatives")

    qtbot.waitUntil(lambda: shown_page_title(built) == "Voices of the relatives", timeout=RELOAD_MS)
    assert built.kiosk.navigator_object().place() == (PANEL, 0, 1)
    assert not banner(built).isVisible()


def test_the_page_keeps_its_place_on_screen(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    """The page is updated in place: same delegate, same scroll position."""
    panel_file = folder / "panels" / "one.yaml"
    sentence = "Sentences were passed by a [[troika]] in minutes."
    edit(panel_file, sentence, " ".join([sentence] * 40))
    built = kiosk_window(folder, size=(1280, 720), reload="preview")
    navigator = built.kiosk.navigator_object()
    navigator.go_to(0, 0)
    qtbot.waitUntil(lambda: shown_page_title(built) == "Arrests")
    (page,) = visible_items(built.window, "pageDelegate")
    (flick,) = visible_items(built.window, "pageFlick")
    assert flick.property("interactive"), "the page must be long enough to scroll"
    flick.setProperty("contentY", 150.0)

    edit(panel_file, "en: Arrests", "en: Arrests and sentences")

    qtbot.waitUntil(lambda: page.property("title") == "Arrests and sentences", timeout=RELOAD_MS)
    assert visible_items(built.window, "pageDelegate") == [page]
    assert flick.property("contentY") == 150.0


def test_broken_content_shows_the_exact_problem_and_keeps_the_last_good(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    built = kiosk_window(folder, reload="preview")
    open_second_page(built, qtbot)
    panel_file = folder / "panels" / "one.yaml"
    good = panel_file.read_text(encoding="utf-8")

    edit(panel_file, "    blocks:\n      - type: quote", "    blocks:\n      - type: qoute")

    qtbot.waitUntil(lambda: banner(built).isVisible(), timeout=RELOAD_MS)
    assert built.live is not None
    assert built.live.property("problems") == [
        f"{panel_file}:33:15: error: unknown type 'qoute' (did you mean 'quote'?)"
    ]
    heading = the_item(built.window, "problemHeading").property("text")
    assert heading.startswith("1 error in the content files.")
    assert shown_page_title(built) == "Voices"
    assert built.kiosk.navigator_object().place() == (PANEL, 0, 1)

    panel_file.write_text(good.replace("en: Voices", "en: Voices, fixed"), encoding="utf-8")

    qtbot.waitUntil(lambda: not banner(built).isVisible(), timeout=RELOAD_MS)
    qtbot.waitUntil(lambda: shown_page_title(built) == "Voices, fixed", timeout=RELOAD_MS)


def test_a_save_by_rename_is_seen(kiosk_window: MakeWindow, qtbot: QtBot, folder: Path) -> None:
    built = kiosk_window(folder, reload="preview")
    open_second_page(built, qtbot)

    save_by_rename(folder / "panels" / "one.yaml", "en: Voices", "en: Voices, renamed")
    qtbot.waitUntil(lambda: shown_page_title(built) == "Voices, renamed", timeout=RELOAD_MS)

    # The file that replaced the old one is watched in turn.
    save_by_rename(folder / "panels" / "one.yaml", "Voices, renamed", "Voices, twice")
    qtbot.waitUntil(lambda: shown_page_title(built) == "Voices, twice", timeout=RELOAD_MS)


def test_warnings_show_but_the_content_is_shown(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    built = kiosk_window(folder, reload="preview")
    edit(folder / "exhibition.yaml", "title:\n  en: Test exhibition", "titel: 1\ntitle:\n  en: New")

    qtbot.waitUntil(lambda: banner(built).isVisible(), timeout=RELOAD_MS)
    assert the_item(built.window, "problemHeading").property("text").startswith("1 warning:")
    assert built.kiosk.view_object().property("title") == "New"


def test_a_removed_page_leaves_the_visitor_on_the_last_page(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    built = kiosk_window(folder, reload="preview")
    open_second_page(built, qtbot)
    panel_file = folder / "panels" / "one.yaml"
    text = panel_file.read_text(encoding="utf-8")
    panel_file.write_text(text[: text.index("  - title:\n      en: Voices")], encoding="utf-8")

    navigator = built.kiosk.navigator_object()
    qtbot.waitUntil(lambda: navigator.page_count() == 1, timeout=RELOAD_MS)
    assert navigator.place() == (PANEL, 0, 0)
    qtbot.waitUntil(lambda: shown_page_title(built) == "Arrests")


def test_a_removed_panel_sends_the_visitor_home(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    built = kiosk_window(folder, reload="preview")
    navigator = built.kiosk.navigator_object()
    navigator.openPanel(1)
    navigator.acceptAdvisory()
    assert navigator.place()[:2] == (PANEL, 1)

    manifest = folder / "exhibition.yaml"
    text = manifest.read_text(encoding="utf-8").replace("  - one\n  - two\n", "  - one\n")
    manifest.write_text(text.replace("panel: two", "panel: one"), encoding="utf-8")
    (folder / "panels" / "two.yaml").unlink()

    qtbot.waitUntil(lambda: navigator.place() == (HOME, -1, 0), timeout=RELOAD_MS)
    assert built.kiosk.view_object().panels_model().rowCount() == 1


def test_a_moved_panel_stays_open(kiosk_window: MakeWindow, qtbot: QtBot, folder: Path) -> None:
    built = kiosk_window(folder, reload="preview")
    navigator = built.kiosk.navigator_object()
    navigator.openPanel(1)
    navigator.acceptAdvisory()
    title = built.kiosk.view_object().property("panelTitle")

    edit(folder / "exhibition.yaml", "  - one\n  - two\n", "  - two\n  - one\n")

    qtbot.waitUntil(lambda: navigator.place()[:2] == (PANEL, 0), timeout=RELOAD_MS)
    assert built.kiosk.view_object().property("panelTitle") == title


def test_an_open_glossary_card_shows_the_new_definition(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    built = kiosk_window(folder, reload="preview")
    built.kiosk.view_object().openTerm("troika")
    navigator = built.kiosk.navigator_object()
    assert navigator.place_overlay()[0] == GLOSSARY
    old = navigator.place_overlay()[1]["definition"]
    glossary = folder / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(text.replace(old, old + " Revised."), encoding="utf-8")

    def revised() -> bool:
        kind, data = navigator.place_overlay()
        return kind == GLOSSARY and data["definition"] == old + " Revised."

    qtbot.waitUntil(revised, timeout=RELOAD_MS)


def test_the_visitors_language_is_kept(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    built = kiosk_window(folder, reload="preview", lang="ru")
    open_second_page(built, qtbot)
    edit(folder / "panels" / "one.yaml", "ru: Голоса", "ru: Голоса родных")

    qtbot.waitUntil(lambda: shown_page_title(built) == "Голоса родных", timeout=RELOAD_MS)
    assert built.kiosk.session_object().current_language() == "ru"


def test_a_tap_on_the_banner_presses_nothing_beneath(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    built = kiosk_window(folder, reload="preview")
    edit(folder / "exhibition.yaml", "default_language: en", "default_language: xx")
    qtbot.waitUntil(lambda: banner(built).isVisible(), timeout=RELOAD_MS)

    tap(built.window, banner(built))

    assert built.kiosk.navigator_object().place() == (HOME, -1, 0)
    assert built.kiosk.navigator_object().place_overlay()[0] == ""


# -- the kiosk --------------------------------------------------------------------------


def test_the_kiosk_waits_for_the_visitor_to_leave(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    built = kiosk_window(folder, reload="kiosk", idle=IdleTimes(60, 60))
    assert built.live is not None
    open_second_page(built, qtbot)
    tap(built.window, the_item(built.window, "panelFooter"))  # a visitor is reading

    with qtbot.waitSignal(built.live.watcher.loaded, timeout=RELOAD_MS):
        edit(folder / "panels" / "one.yaml", "en: Voices", "en: Voices, later")
    assert shown_page_title(built) == "Voices"

    with qtbot.waitSignal(built.live.contentReplaced, timeout=RELOAD_MS):
        built.kiosk.idle_monitor().endSession()
    assert built.kiosk.idle_monitor().state == ATTRACT
    assert built.kiosk.view_object().pages_model().rowCount() == 0  # home: no panel open
    built.kiosk.navigator_object().go_to(0, 1)
    qtbot.waitUntil(lambda: shown_page_title(built) == "Voices, later")


def test_an_untouched_kiosk_takes_new_content_at_once(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    built = kiosk_window(folder, reload="kiosk", idle=IdleTimes(60, 60))
    assert built.live is not None

    with qtbot.waitSignal(built.live.contentReplaced, timeout=RELOAD_MS):
        edit(folder / "exhibition.yaml", "en: Test exhibition", "en: Renamed exhibition")
    assert built.kiosk.view_object().property("title") == "Renamed exhibition"


def test_the_kiosk_logs_problems_and_shows_no_banner(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    built = kiosk_window(folder, reload="kiosk")
    assert built.live is not None
    caplog.set_level(logging.INFO, logger="kiosk.content")

    with qtbot.waitSignal(built.live.watcher.loaded, timeout=RELOAD_MS):
        edit(folder / "exhibition.yaml", "default_language: en", "default_language: xx")

    assert not banner(built).isVisible()
    assert built.kiosk.view_object().property("title") == "Test exhibition"
    messages = [record.getMessage() for record in caplog.records]
    expected = "exhibition.yaml:14:1: error: the default language 'xx'"
    assert any(expected in message for message in messages)
    assert any("the last good content stays on screen" in message for message in messages)


def test_staff_reload_shows_new_content_even_with_a_visitor(
    kiosk_window: MakeWindow, qtbot: QtBot, folder: Path
) -> None:
    built = kiosk_window(folder, reload="kiosk", idle=IdleTimes(60, 60))
    assert built.live is not None
    open_second_page(built, qtbot)
    tap(built.window, the_item(built.window, "panelFooter"))
    edit(folder / "panels" / "one.yaml", "en: Voices", "en: Voices, reloaded")

    report = built.live.reload_now()

    assert report.ok
    assert built.live.report is report
    qtbot.waitUntil(lambda: shown_page_title(built) == "Voices, reloaded")


def test_each_good_load_is_kept_for_the_next_start(
    qtbot: QtBot, folder: Path, tmp_path: Path
) -> None:
    state = tmp_path / "state"
    report = load_exhibition(folder)
    live = LiveContent(report, IdleTimes.of, at_once=False, show_problems=False, keep_in=state)
    try:
        edit(folder / "exhibition.yaml", "en: Test exhibition", "en: Kept exhibition")
        live.reload_now()
        kept = load_last_good(folder, state)
        assert kept is not None
        assert kept.manifest.title.get("en") == "Kept exhibition"

        edit(folder / "exhibition.yaml", "default_language: en", "default_language: xx")
        assert live.reload_now().exhibition is None
        still = load_last_good(folder, state)
        assert still is not None
        assert still.manifest.title.get("en") == "Kept exhibition"
    finally:
        live.stop()


# -- the watcher ------------------------------------------------------------------------


def test_a_load_that_saw_files_change_is_not_used(qtbot: QtBot, folder: Path) -> None:
    """A file saved while the content was being read: that load is thrown away."""
    report = load_exhibition(folder)
    watcher = ContentWatcher(folder, report.folders, settle_ms=10_000, poll_ms=60_000)
    seen: list[object] = []
    watcher.loaded.connect(seen.append)
    before = fingerprint(report.folders)
    edit(folder / "glossary.yaml", "troika", "troika")  # same text, new time
    os.utime(folder / "glossary.yaml", ns=(1, 1))

    watcher._on_finished(report, before, fingerprint(report.folders))

    assert seen == []
    watcher._on_finished(report, before, before)
    assert seen == [report]
    watcher.stop()


def test_an_asset_change_is_seen(qtbot: QtBot, folder: Path) -> None:
    report = load_exhibition(folder)
    watcher = ContentWatcher(folder, report.folders, settle_ms=50, poll_ms=100)
    with qtbot.waitSignal(watcher.loaded, timeout=RELOAD_MS):
        (folder / "assets" / "new.png").write_bytes((folder / "assets" / "hall.png").read_bytes())
    watcher.stop()


def test_editor_scratch_files_are_not_content(folder: Path) -> None:
    before = fingerprint([folder])
    for name in (".one.yaml.swp", "one.yaml~", "#one.yaml#", "4913", ".~lock.one.yaml#"):
        (folder / "panels" / name).write_text("x", encoding="utf-8")
        assert is_scratch_file(name)
    assert fingerprint([folder]) == before
    assert not is_scratch_file("one.yaml")


def test_every_folder_is_watched(folder: Path) -> None:
    (folder / ".git").mkdir()
    assert set(watched_folders([folder])) == {
        folder,
        folder / "panels",
        folder / "assets",
        folder / "assets" / "photos",
    }


# -- starting the preview ---------------------------------------------------------------


def test_a_preview_started_on_broken_content_opens_once_it_is_fixed(
    qtbot: QtBot, folder: Path
) -> None:
    manifest = folder / "exhibition.yaml"
    edit(manifest, "default_language: en", "default_language: xx")
    report = load_exhibition(folder)
    assert report.exhibition is None
    engine = QQmlApplicationEngine()
    warnings: list[str] = []
    engine.warnings.connect(lambda errors: warnings.extend(e.toString() for e in errors))
    watcher = ContentWatcher(folder, report.folders, settle_ms=100, poll_ms=250)
    live = LiveContent(
        report, IdleTimes.of, at_once=True, show_problems=True, parent=engine, watcher=watcher
    )
    opener = PreviewOpener(engine, live, IdleTimes.of, (1280, 720), "ru", ("two", 0))
    try:
        opener.wait()
        assert opener.waiting is not None
        qtbot.waitExposed(opener.waiting)
        (listed,) = find_items(opener.waiting.contentItem(), "problemList")
        assert listed.property("count") == 1
        assert live.property("problems")[0].startswith(f"{manifest}:14:1: error: ")

        edit(manifest, "default_language: xx", "default_language: en")

        qtbot.waitUntil(lambda: opener.waiting is None, timeout=RELOAD_MS)
        window = engine.rootObjects()[-1]
        assert isinstance(window, QQuickWindow)
        kiosk = window.property("kiosk")
        assert kiosk.navigator_object().place() == (PANEL, 1, 0)
        assert kiosk.session_object().current_language() == "ru"
        assert warnings == []
    finally:
        live.stop()
        for root in engine.rootObjects():
            if isinstance(root, QQuickWindow):
                root.close()
        engine.deleteLater()
        qtbot.waitUntil(lambda: not any(w.isVisible() for w in QGuiApplication.topLevelWindows()))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--panel", "on"], "kiosk preview: no panel 'on' (did you mean 'one'?)\n"),
        (["--panel", "one", "--page", "3"], "kiosk preview: panel 'one' has 2 pages, not 3\n"),
    ],
)
def test_preview_refuses_a_place_that_does_not_exist(
    folder: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    assert main(["preview", str(folder), *arguments]) == 2
    assert capsys.readouterr().err == message


def test_preview_page_numbers_start_at_one(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["preview", "--page", "0"])
    assert "expected a page number such as 1 or 3, not '0'" in capsys.readouterr().err
