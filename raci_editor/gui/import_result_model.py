"""The matrix an import would give, as a read-only table: group, activity, one column per role."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from raci_editor.core.model import Matrix
from raci_editor.gui.import_sheet_model import GREY
from raci_editor.gui.palette import letter_brushes

Index = QModelIndex | QPersistentModelIndex
GROUP_COL, ACTIVITY_COL, FIRST_ROLE_COL = 0, 1, 2
_Role = Qt.ItemDataRole


class ResultModel(QAbstractTableModel):
    """What will be imported; letters as the scheme displays them (``R/A``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix = Matrix()
        self._priority = ""
        self._brushes: dict[str, QBrush] = {}
        self._italic = QFont()
        self._italic.setItalic(True)

    @property
    def matrix(self) -> Matrix:
        """The matrix shown (empty when nothing would be imported)."""
        return self._matrix

    def set_matrix(self, matrix: Matrix | None) -> None:
        """Show another result (None: nothing found)."""
        self.beginResetModel()
        self._matrix = matrix if matrix is not None else Matrix()
        self._priority, self._brushes = letter_brushes(self._matrix.scheme)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount: one row per activity."""
        return 0 if parent.isValid() else len(self._matrix.activities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount: group, activity and the roles."""
        return 0 if parent.isValid() else FIRST_ROLE_COL + len(self._matrix.roles)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = _Role.DisplayRole) -> Any:
        """Override QAbstractItemModel.data: names, letters, their tint and the cell's note."""
        if not index.isValid():
            return None
        matrix, col = self._matrix, index.column()
        activity = matrix.activities[index.row()]
        if col == GROUP_COL:
            return activity.group if role == _Role.DisplayRole else None
        if col == ACTIVITY_COL:
            if role == _Role.DisplayRole:
                return activity.name
            if role == _Role.ToolTipRole and activity.description:
                return activity.description
            return None
        role_id = matrix.roles[col - FIRST_ROLE_COL].id
        letters = matrix.cell(activity.id, role_id)
        note = matrix.note(activity.id, role_id)
        if role == _Role.DisplayRole:
            return matrix.scheme.display(letters) if letters else note
        if role == _Role.ToolTipRole:
            return note or None
        if role == _Role.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if letters else None
        if role == _Role.BackgroundRole and letters:
            first = next((ch for ch in self._priority if ch in letters), None)
            return self._brushes.get(first) if first is not None else None
        if not letters and note:  # unknown text kept as a note: shown, but not as letters
            if role == _Role.ForegroundRole:
                return QBrush(GREY)
            if role == _Role.FontRole:
                return self._italic
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole
    ) -> Any:
        """Override QAbstractItemModel.headerData: column titles and row numbers."""
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == _Role.DisplayRole else None
        if section == GROUP_COL:
            return (
                QCoreApplication.translate("ImportPreview", "Group")
                if role == _Role.DisplayRole
                else None
            )
        if section == ACTIVITY_COL:
            return (
                QCoreApplication.translate("ImportPreview", "Activity")
                if role == _Role.DisplayRole
                else None
            )
        if not FIRST_ROLE_COL <= section < self.columnCount():
            return None
        matrix_role = self._matrix.roles[section - FIRST_ROLE_COL]
        if role == _Role.DisplayRole:
            return matrix_role.name
        if role == _Role.ToolTipRole and matrix_role.group:
            return QCoreApplication.translate("ImportPreview", "{0} (group {1})").format(
                matrix_role.name, matrix_role.group
            )
        return None
