"""The table model over a matrix: activities are rows, roles are columns.

Read-only for now. Every lookup in :meth:`MatrixModel.data` is a list index
or a dict lookup, so a matrix of ten thousand activities costs no more to
show than one of ten.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.scheme import Scheme

LETTERS_ROLE = Qt.ItemDataRole.UserRole + 1
"""The raw letters of a cell in scheme order (``"RA"``), ``""`` when empty."""
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The note on a cell, ``""`` when there is none."""

_ALPHA = 96
"""Tints are translucent so that they read on light and on dark bases alike."""
_PART_COLOURS = {
    "accountable": QColor(226, 88, 62, _ALPHA),
    "responsible": QColor(47, 158, 95, _ALPHA),
    "consulted": QColor(242, 182, 48, _ALPHA),
    "informed": QColor(59, 130, 214, _ALPHA),
}
_PART_ORDER = ("accountable", "responsible", "consulted", "informed")
"""A cell with several letters takes the colour of its weightiest part."""
_OTHER_COLOURS = (
    QColor(142, 92, 214, _ALPHA),
    QColor(22, 160, 170, _ALPHA),
    QColor(214, 92, 160, _ALPHA),
    QColor(128, 128, 128, _ALPHA),
)

Index = QModelIndex | QPersistentModelIndex


def letter_brushes(scheme: Scheme) -> tuple[str, dict[str, QBrush]]:
    """The scheme's letters by colour priority, and a brush for each letter."""
    brushes: dict[str, QBrush] = {}
    priority = ""
    for part in _PART_ORDER:
        letter = getattr(scheme, part)
        if letter is not None and letter not in brushes:
            brushes[letter] = QBrush(_PART_COLOURS[part])
            priority += letter
    others = [ch for ch in scheme.alphabet if ch not in brushes]
    for n, letter in enumerate(others):
        brushes[letter] = QBrush(_OTHER_COLOURS[n % len(_OTHER_COLOURS)])
        priority += letter
    return priority, brushes


def _item_tooltip(item: Role | Activity) -> str:
    parts = [f"<b>{escape(item.name)}</b>"]
    if item.group:
        parts.append(f"Group: {escape(item.group)}")
    if item.description:
        parts.append(escape(item.description))
    return "<br>".join(parts)


class MatrixModel(QAbstractTableModel):
    """Shows a :class:`Matrix` as a table of letters."""

    def __init__(self, matrix: Matrix | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix = Matrix()
        self._priority = ""
        self._brushes: dict[str, QBrush] = {}
        self._use(matrix or Matrix())

    @property
    def matrix(self) -> Matrix:
        """The matrix shown (do not change it behind the model's back)."""
        return self._matrix

    def set_matrix(self, matrix: Matrix) -> None:
        """Show another matrix; views reset."""
        self.beginResetModel()
        self._use(matrix)
        self.endResetModel()

    def _use(self, matrix: Matrix) -> None:
        self._matrix = matrix
        self._priority, self._brushes = letter_brushes(matrix.scheme)

    def role_at(self, column: int) -> Role:
        """The role shown in a column."""
        return self._matrix.roles[column]

    def activity_at(self, row: int) -> Activity:
        """The activity shown in a row."""
        return self._matrix.activities[row]

    # -- Qt overrides ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount: one row per activity."""
        return 0 if parent.isValid() else len(self._matrix.activities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount: one column per role."""
        return 0 if parent.isValid() else len(self._matrix.roles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data: letters, tint, note and alignment of a cell."""
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        matrix = self._matrix
        activity_id = matrix.activities[index.row()].id
        role_id = matrix.roles[index.column()].id
        if role == Qt.ItemDataRole.DisplayRole:
            return matrix.scheme.display(matrix.cell(activity_id, role_id))
        if role == LETTERS_ROLE:
            return matrix.cell(activity_id, role_id)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(matrix.cell(activity_id, role_id))
        if role == NOTE_ROLE:
            return matrix.note(activity_id, role_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(index.row(), index.column())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override QAbstractItemModel.headerData: role names across, activity names down."""
        horizontal = orientation == Qt.Orientation.Horizontal
        items = self._matrix.roles if horizontal else self._matrix.activities
        if not 0 <= section < len(items):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return items[section].name
        if role == Qt.ItemDataRole.ToolTipRole:
            return _item_tooltip(items[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: cells are selectable, not yet editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    # -- helpers --------------------------------------------------------

    def _background(self, letters: str) -> QBrush | None:
        for letter in self._priority:
            if letter in letters:
                return self._brushes[letter]
        return None

    def _cell_tooltip(self, row: int, column: int) -> str | None:
        matrix = self._matrix
        activity, role = matrix.activities[row], matrix.roles[column]
        letters = matrix.cell(activity.id, role.id)
        note = matrix.note(activity.id, role.id)
        if not letters and not note:
            return None
        lines = [f"<b>{escape(activity.name)}</b> — {escape(role.name)}"]
        for letter in letters:
            found = matrix.scheme.letter_def(letter)
            if found is not None:
                meaning = f": {escape(found.meaning)}" if found.meaning else ""
                lines.append(f"<b>{letter}</b> {escape(found.name)}{meaning}")
        if note:
            lines.append("<i>Note:</i> " + escape(note).replace("\n", "<br>"))
        return "<br>".join(lines)
