"""Qt list models that expose the exhibition to QML."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kiosk.content import Exhibition


@dataclass(frozen=True)
class PanelRow:
    """One panel's card on the home screen, in the language being shown."""

    panel_id: str
    title: str
    summary: str
    colour: str


def panel_rows(exhibition: Exhibition, language: str) -> list[PanelRow]:
    """The exhibition's panels as cards in ``language`` (else the default language)."""
    fallback = exhibition.manifest.default_language
    return [
        PanelRow(
            panel_id=panel.id,
            title=panel.title.in_language(language, fallback),
            summary=panel.summary.in_language(language, fallback),
            colour=panel.theme_colour,
        )
        for panel in exhibition.panels
    ]


class PanelListModel(QAbstractListModel):
    """The panels, one row each; QML delegates read the roles by name."""

    class Role(IntEnum):
        PANEL_ID = Qt.ItemDataRole.UserRole + 1
        TITLE = Qt.ItemDataRole.UserRole + 2
        SUMMARY = Qt.ItemDataRole.UserRole + 3
        COLOUR = Qt.ItemDataRole.UserRole + 4

    _ROLE_NAMES: ClassVar[dict[Role, bytes]] = {
        Role.PANEL_ID: b"panelId",
        Role.TITLE: b"title",
        Role.SUMMARY: b"summary",
        Role.COLOUR: b"colour",
    }

    def __init__(self, rows: Sequence[PanelRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        return {int(role): QByteArray(name) for role, name in self._ROLE_NAMES.items()}

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, self.Role.TITLE):
            return row.title
        values: dict[int, str] = {
            self.Role.PANEL_ID: row.panel_id,
            self.Role.SUMMARY: row.summary,
            self.Role.COLOUR: row.colour,
        }
        return values.get(role)
