"""The first kiosk window: the panel model, Main.qml, and kiosk.app.run."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kiosk.app import load_window, run
from kiosk.content import Exhibition, load_exhibition
from kiosk.models import PanelListModel, PanelRow, panel_rows
from tests.qmlhelpers import find_items

BUNDLED = Path(__file__).resolve().parent.parent / "content"


@pytest.fixture(scope="module")
def exhibition() -> Exhibition:
    report = load_exhibition(BUNDLED)
    assert report.exhibition is not None, "\n".join(map(str, report.problems))
    return report.exhibition


@pytest.fixture
def engine() -> Iterator[QQmlApplicationEngine]:
    engine = QQmlApplicationEngine()
    warnings: list[QQmlError] = []
    engine.warnings.connect(warnings.extend)
    yield engine
    assert [w.toString() for w in warnings] == []


def _shown(
    qtbot: QtBot, engine: QQmlApplicationEngine, ex: Exhibition, lang: str | None
) -> QQuickWindow:
    window = load_window(engine, ex, lang)
    assert window is not None
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    # ListView creates its delegates over the first frames; all fit in 1280x720.
    qtbot.waitUntil(lambda: len(_texts(window, "panelTitle")) == len(ex.panels))
    return window


def _texts(window: QQuickWindow, object_name: str) -> list[str]:
    """The text of each item named ``object_name``, top to bottom."""
    items = find_items(window.contentItem(), object_name)
    items.sort(key=lambda item: item.mapToScene(QPointF(0, 0)).y())
    return [str(item.property("text")) for item in items]


def test_panel_rows_are_in_the_chosen_language(exhibition: Exhibition) -> None:
    rows = panel_rows(exhibition, "ru")
    first = exhibition.panels[0]
    assert rows[0] == PanelRow(first.id, first.title["ru"], first.summary["ru"], first.theme_colour)
    assert [row.panel_id for row in rows] == [panel.id for panel in exhibition.panels]


def test_panel_rows_fall_back_to_the_default_language(exhibition: Exhibition) -> None:
    rows = panel_rows(exhibition, "xx")
    assert [row.title for row in rows] == [panel.title["en"] for panel in exhibition.panels]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_panel_model_passes_the_model_tester(
    qtmodeltester: ModelTester, exhibition: Exhibition, count: int
) -> None:
    model = PanelListModel(panel_rows(exhibition, "en")[:count])
    qtmodeltester.check(model)
    assert model.rowCount() == count


def test_panel_model_roles_have_qml_names(exhibition: Exhibition) -> None:
    model = PanelListModel(panel_rows(exhibition, "en"))
    names = {role: bytes(name.data()) for role, name in model.roleNames().items()}
    assert names == {
        PanelListModel.Role.PANEL_ID: b"panelId",
        PanelListModel.Role.TITLE: b"title",
        PanelListModel.Role.SUMMARY: b"summary",
        PanelListModel.Role.COLOUR: b"colour",
    }
    index = model.index(1)
    assert model.data(index, PanelListModel.Role.COLOUR) == exhibition.panels[1].theme_colour
    assert model.data(index, PanelListModel.Role.PANEL_ID) == exhibition.panels[1].id


def test_window_shows_title_and_panels(
    qtbot: QtBot, engine: QQmlApplicationEngine, exhibition: Exhibition
) -> None:
    window = _shown(qtbot, engine, exhibition, None)
    assert _texts(window, "exhibitionTitle") == [exhibition.manifest.title["en"]]
    assert _texts(window, "panelTitle") == [p.title["en"] for p in exhibition.panels]
    assert _texts(window, "panelSummary") == [p.summary["en"] for p in exhibition.panels]
    bars = find_items(window.contentItem(), "panelColourBar")
    bars.sort(key=lambda item: item.mapToScene(QPointF(0, 0)).y())
    assert [bar.property("color").name() for bar in bars] == [
        p.theme_colour for p in exhibition.panels
    ]


def test_window_shows_the_chosen_language(
    qtbot: QtBot, engine: QQmlApplicationEngine, exhibition: Exhibition
) -> None:
    window = _shown(qtbot, engine, exhibition, "ru")
    assert _texts(window, "exhibitionTitle") == [exhibition.manifest.title["ru"]]
    assert _texts(window, "panelTitle") == [p.title["ru"] for p in exhibition.panels]


def test_run_reports_content_errors_and_opens_no_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, fullscreen=False, size=None, lang=None) == 1
    err = capsys.readouterr().err.splitlines()
    assert err
    assert all(line.startswith(str(tmp_path)) and ": error: " in line for line in err)


def test_run_rejects_an_unknown_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(BUNDLED, fullscreen=False, size=None, lang="xx") == 2
    assert capsys.readouterr().err == (
        "kiosk: unknown language 'xx' (this exhibition has: en, ru)\n"
    )


def test_run_shows_the_window_until_it_closes(qtbot: QtBot, exhibition: Exhibition) -> None:
    seen: list[tuple[str, int, int]] = []

    def close_when_exposed() -> None:
        exposed = [w for w in QGuiApplication.topLevelWindows() if w.isExposed()]
        if not exposed:
            QTimer.singleShot(10, close_when_exposed)
            return
        seen.append((exposed[0].title(), exposed[0].width(), exposed[0].height()))
        exposed[0].close()

    QTimer.singleShot(0, close_when_exposed)
    assert run(BUNDLED, fullscreen=False, size=(800, 600), lang="ru") == 0
    assert seen == [(exhibition.manifest.title["ru"], 800, 600)]
