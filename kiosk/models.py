"""Qt list models that expose the exhibition to QML.

Each model is a list of plain rows (dicts built by :mod:`kiosk.presenter`);
its roles are declared once, as the tuple of keys QML delegates read by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Slot,
)

# Qt.ItemDataRole.DisplayRole and .UserRole, written as numbers: the first touch of the
# ``Qt`` namespace builds all its ~100 Python enums, ~40 ms of a cold start.
DISPLAY_ROLE = 0
USER_ROLE = 0x0100
_FIRST_ROLE = USER_ROLE + 1


class RowListModel(QAbstractListModel):
    """A read-only list of dict rows; subclasses name the roles in ``ROLES``."""

    ROLES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, rows: Sequence[dict[str, Any]] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Replace every row: views rebuild their delegates from the new rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Change only what differs, so views keep their delegates, positions and scrolling.

        Rows that stayed the same are not touched, changed rows are announced with
        ``dataChanged``, and rows beyond the old or new end are removed or inserted.
        """
        new, old_count = list(rows), len(self._rows)
        if len(new) < old_count:
            self.beginRemoveRows(QModelIndex(), len(new), old_count - 1)
            del self._rows[len(new) :]
            self.endRemoveRows()
        for row, values in enumerate(new[: len(self._rows)]):
            if values != self._rows[row]:
                self._rows[row] = values
                self.dataChanged.emit(self.index(row), self.index(row))
        if len(new) > len(self._rows):
            self.beginInsertRows(QModelIndex(), len(self._rows), len(new) - 1)
            self._rows.extend(new[len(self._rows) :])
            self.endInsertRows()

    def role(self, name: str) -> int:
        return _FIRST_ROLE + self.ROLES.index(name)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        return {_FIRST_ROLE + i: QByteArray(name.encode()) for i, name in enumerate(self.ROLES)}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        row = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return row.get(self.ROLES[0])
        position = role - _FIRST_ROLE
        return row.get(self.ROLES[position]) if 0 <= position < len(self.ROLES) else None

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict[str, Any]:
        """One row as a map, for QML code outside a delegate."""
        return dict(self._rows[row]) if 0 <= row < len(self._rows) else {}


class PanelListModel(RowListModel):
    """The panels, as cards on the home screen."""

    ROLES = ("title", "summary", "colour", "panelId")


class PageListModel(RowListModel):
    """The pages of the open panel; ``blocks`` is the list of block maps to lay out,
    ``narration`` the page's transcript and whether it has a recording (``{}`` if not)."""

    ROLES = ("title", "blocks", "narration")


class LanguageListModel(RowListModel):
    """The exhibition's languages, in the order of the switch."""

    ROLES = ("name", "code", "current")
