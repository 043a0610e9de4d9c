"""One side of a comparison as a read-only table, with what changed marked.

:func:`marks_for` reads the changes (:mod:`raci_editor.core.diff`) into the
places they touch on one side: the cells whose letters or note changed, the
roles and activities added (on the new side) or removed (on the old side),
and those renamed, moved or regrouped. :class:`CompareModel` shows one
matrix flat (one row per activity, one column per role) with those places
marked by a background, a font and a sign in the header, never by colour
alone; tooltips say the changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from raci_editor.core.diff import Change, describe
from raci_editor.core.model import Matrix
from raci_editor.gui.language import say

Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole

OLD, NEW = "old", "new"
"""The two sides of a comparison: before and after."""
CHANGED, ADDED, REMOVED, MODIFIED = "changed", "added", "removed", "modified"
"""What :data:`DIFF_ROLE` says: a changed cell, an added or removed row or column (or a cell
in one), a row or column renamed, moved, regrouped or with another description."""
DIFF_ROLE = Qt.ItemDataRole.UserRole + 40
"""data() and headerData(): :data:`CHANGED`, :data:`ADDED`, :data:`REMOVED`,
:data:`MODIFIED` (headers only) or None."""

CHANGED_COLOUR = QColor(255, 193, 7, 170)
"""Changed cells, the same on both sides: amber, readable on light and dark bases."""
ADDED_COLOUR = QColor(47, 158, 95, 80)
REMOVED_COLOUR = QColor(226, 88, 62, 80)
MODIFIED_COLOUR = QColor(255, 193, 7, 90)
_COLOURS = {
    CHANGED: CHANGED_COLOUR,
    ADDED: ADDED_COLOUR,
    REMOVED: REMOVED_COLOUR,
    MODIFIED: MODIFIED_COLOUR,
}
_SIGNS = {ADDED: "+ ", REMOVED: "− ", MODIFIED: "~ "}


@dataclass
class Marks:
    """The places the changes touch on one side, by this side's ids; values: change numbers."""

    cells: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    activities: dict[str, list[int]] = field(default_factory=dict)
    roles: dict[str, list[int]] = field(default_factory=dict)
    activity_kind: dict[str, str] = field(default_factory=dict)
    """Activity id -> :data:`ADDED`, :data:`REMOVED` or :data:`MODIFIED`."""
    role_kind: dict[str, str] = field(default_factory=dict)


def side_ids(change: Change, side: str) -> tuple[str | None, str | None]:
    """(activity id, role id) the change has on ``side`` (None where it has none there)."""
    if side == OLD:
        return change.old_activity_id, change.old_role_id
    return change.new_activity_id, change.new_role_id


def marks_for(changes: Iterable[Change], side: str) -> Marks:
    """Where each change shows on ``side`` (:data:`OLD` or :data:`NEW`)."""
    marks = Marks()
    gone = "-added" if side == OLD else "-removed"  # kinds that have no place on this side
    for number, change in enumerate(changes):
        if change.kind.endswith(gone):
            continue
        activity_id, role_id = side_ids(change, side)
        if change.kind in ("cell", "note"):
            if activity_id is not None and role_id is not None:
                marks.cells.setdefault((activity_id, role_id), []).append(number)
            continue
        kind = (
            ADDED
            if change.kind.endswith("-added")
            else REMOVED
            if change.kind.endswith("-removed")
            else MODIFIED
        )
        if role_id is not None:
            marks.roles.setdefault(role_id, []).append(number)
            if marks.role_kind.get(role_id) not in (ADDED, REMOVED):
                marks.role_kind[role_id] = kind
        elif activity_id is not None:
            marks.activities.setdefault(activity_id, []).append(number)
            if marks.activity_kind.get(activity_id) not in (ADDED, REMOVED):
                marks.activity_kind[activity_id] = kind
    return marks


class CompareModel(QAbstractTableModel):
    """One matrix of a comparison, flat and read-only, with the changes marked."""

    def __init__(
        self,
        matrix: Matrix,
        changes: list[Change],
        side: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._matrix = matrix
        self._changes = changes
        self._side = side
        self.marks = marks_for(changes, side)
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._brushes = {kind: QBrush(colour) for kind, colour in _COLOURS.items()}
        self._rows = {a.id: n for n, a in enumerate(matrix.activities)}
        self._columns = {r.id: n for n, r in enumerate(matrix.roles)}

    @property
    def matrix(self) -> Matrix:
        """The matrix shown."""
        return self._matrix

    @property
    def side(self) -> str:
        """:data:`OLD` or :data:`NEW`."""
        return self._side

    def row_of(self, activity_id: str | None) -> int | None:
        """The row of an activity, None when this side does not have it."""
        return None if activity_id is None else self._rows.get(activity_id)

    def column_of(self, role_id: str | None) -> int | None:
        """The column of a role, None when this side does not have it."""
        return None if role_id is None else self._columns.get(role_id)

    def cell_kind(self, activity_id: str, role_id: str) -> str | None:
        """How a cell is marked: its row's or column's addition or removal, else changed."""
        for kind in (self.marks.activity_kind.get(activity_id), self.marks.role_kind.get(role_id)):
            if kind in (ADDED, REMOVED):
                return kind
        return CHANGED if (activity_id, role_id) in self.marks.cells else None

    def _said(self, numbers: Iterable[int]) -> str | None:
        lines = [say(describe(self._changes[n])) for n in numbers]
        return "\n".join(lines) if lines else None

    # -- Qt overrides -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount: one row per activity."""
        return 0 if parent.isValid() else len(self._matrix.activities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount: one column per role."""
        return 0 if parent.isValid() else len(self._matrix.roles)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = _Role.DisplayRole) -> Any:
        """Override QAbstractItemModel.data: letters, the marks and what changed."""
        if not index.isValid():
            return None
        matrix = self._matrix
        activity_id = matrix.activities[index.row()].id
        role_id = matrix.roles[index.column()].id
        if role == _Role.DisplayRole:
            letters = matrix.cell(activity_id, role_id)
            shown = matrix.scheme.display(letters) if letters else ""
            return shown + (" *" if matrix.note(activity_id, role_id) else "")
        if role == _Role.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == DIFF_ROLE:
            return self.cell_kind(activity_id, role_id)
        if role == _Role.BackgroundRole:
            kind = self.cell_kind(activity_id, role_id)
            return self._brushes[kind] if kind is not None else None
        if role == _Role.FontRole:
            return self._bold if (activity_id, role_id) in self.marks.cells else None
        if role == _Role.ToolTipRole:
            said = self._said(self.marks.cells.get((activity_id, role_id), ()))
            note = matrix.note(activity_id, role_id)
            if note:
                note = QCoreApplication.translate("CompareModel", "Note: {0}").format(note)
            return "\n\n".join(t for t in (said, note) if t) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole
    ) -> Any:
        """Override QAbstractItemModel.headerData: names, signed and tinted where changed."""
        horizontal = orientation == Qt.Orientation.Horizontal
        items = self._matrix.roles if horizontal else self._matrix.activities
        if not 0 <= section < len(items):
            return None
        item = items[section]
        kinds, numbers = (
            (self.marks.role_kind, self.marks.roles)
            if horizontal
            else (self.marks.activity_kind, self.marks.activities)
        )
        kind = kinds.get(item.id)
        if role == _Role.DisplayRole:
            return _SIGNS.get(kind or "", "") + item.name
        if role == DIFF_ROLE:
            return kind
        if role == _Role.BackgroundRole:
            return self._brushes[kind] if kind is not None else None
        if role == _Role.FontRole:
            if kind == REMOVED:
                return self._struck
            return self._bold if kind is not None else None
        if role == _Role.ToolTipRole:
            lines = [item.name]
            if item.group:
                lines.append(
                    QCoreApplication.translate("CompareModel", "Group: {0}").format(item.group)
                )
            said = self._said(numbers.get(item.id, ()))
            return "\n".join([*lines, *([said] if said else [])])
        return None
