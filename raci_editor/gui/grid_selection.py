"""The grid's selection in ids: which activity cells are selected, and selecting them.

Every programmatic selection goes through :func:`replace_selection`, which
talks to the selection model directly: ``QAbstractItemView.setCurrentIndex``,
``selectRow`` and ``selectColumn`` read the keyboard's modifiers, and a
shortcut such as Ctrl+Shift+Down still holds them when its action runs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTableView

from raci_editor.core.grid_ops import CellKey
from raci_editor.gui.matrix_model import MatrixModel

SELECT = QItemSelectionModel.SelectionFlag


def replace_selection(
    view: QAbstractItemView, current: QModelIndex, selection: QItemSelection
) -> None:
    """Make ``current`` the current index and ``selection`` the whole selection.

    Whatever modifier keys are held: the selection model is told exactly what
    to do, so a held Ctrl or Shift neither adds to nor extends the selection.
    """
    model = view.selectionModel()
    if model is None:
        return
    model.setCurrentIndex(current, SELECT.NoUpdate)
    model.select(selection, SELECT.ClearAndSelect)


class SelectableGrid(QTableView):
    """A table view over a MatrixModel that speaks of cells by activity and role id.

    Group rows are never selected cells: only visible activity rows count.
    """

    def _grid_model(self) -> MatrixModel | None:
        model = self.model()
        return model if isinstance(model, MatrixModel) else None

    def _rows(self) -> list[int]:
        """Visible activity rows, top to bottom."""
        model = self._grid_model()
        if model is None:
            return []
        if not self.verticalHeader().hiddenSectionCount():  # the usual case: no look at each
            return model.activity_rows()
        return [r for r in model.activity_rows() if not self.isRowHidden(r)]

    def _columns(self) -> list[int]:
        """Visible role columns, left to right (never the count columns)."""
        model = self._grid_model()
        count = model.role_column_count if model is not None else 0
        if not self.horizontalHeader().hiddenSectionCount():
            return list(range(count))
        return [c for c in range(count) if not self.isColumnHidden(c)]

    def _keys(self, positions: list[tuple[int, int]]) -> list[CellKey]:
        """(activity id, role id) of activity cells given as (row, column)."""
        model = self._grid_model()
        if model is None:
            return []
        positions = [(r, c) for r, c in positions if 0 <= c < model.role_column_count]
        roles = {c: model.role_at(c).id for c in {c for _, c in positions}}
        activities = {r: model.activity_at(r) for r in {r for r, _ in positions}}
        return [(a.id, roles[c]) for r, c in positions if (a := activities[r]) is not None]

    def _selected_positions(self) -> list[tuple[int, int]]:
        """(row, column) of the selected visible activity cells, in grid order."""
        selection = self.selectionModel().selection()
        blocks = [selection.at(i) for i in range(selection.count())]
        if not blocks:
            return []
        rows, cols = self._rows(), set(self._columns())
        found: set[tuple[int, int]] = set()
        for block in blocks:
            for row in rows[bisect_left(rows, block.top()) : bisect_right(rows, block.bottom())]:
                found.update((row, c) for c in range(block.left(), block.right() + 1) if c in cols)
        return sorted(found)

    def _current_key(self) -> CellKey | None:
        index = self.currentIndex()
        keys = self._keys([(index.row(), index.column())]) if index.isValid() else []
        return keys[0] if keys else None

    def _target_keys(self) -> list[CellKey]:
        """The selected cells, or the current cell when nothing is selected."""
        current = self._current_key()
        return self.selected_cell_keys() or ([current] if current else [])

    def selected_cell_keys(self) -> list[CellKey]:
        """(activity id, role id) of every selected activity cell, in grid order."""
        return self._keys(self._selected_positions())

    def current_activity_id(self) -> str | None:
        """The activity of the current cell (None on a group row or with no current cell)."""
        key = self._current_key()
        return key[0] if key else None

    def current_role_id(self) -> str | None:
        """The role of the current cell (None on a group row or with no current cell)."""
        key = self._current_key()
        return key[1] if key else None

    def selected_role_ids(self) -> list[str]:
        """Roles with at least one selected cell, left to right."""
        columns = sorted({c for _, c in self._selected_positions()})
        model = self._grid_model()
        return [model.role_at(c).id for c in columns] if model else []

    def selected_activity_ids(self) -> list[str]:
        """Activities with at least one selected cell, top to bottom."""
        return list(dict.fromkeys(a for a, _ in self.selected_cell_keys()))

    def _index_of(self, activity_id: str, role_id: str | None = None) -> QModelIndex:
        """A shown activity's cell (its first visible column without a role); else invalid."""
        model, cols = self._grid_model(), self._columns()
        row = model.row_of_activity(activity_id) if model else None
        if model is None or row is None or not cols:
            return QModelIndex()
        if role_id is None:
            return model.index(row, cols[0])
        if not model.matrix.has_role(role_id):
            return QModelIndex()
        return model.index(row, model.column_of_role(role_id))

    def select_cell(self, activity_id: str, role_id: str) -> bool:
        """Make a cell current and the selection; False when its row is not shown."""
        return self._select(self._index_of(activity_id, role_id))

    def select_role(self, role_id: str) -> bool:
        """Select a role's whole column (its visible activity cells)."""
        model, rows = self._grid_model(), self._rows()
        if model is None or not rows or not model.matrix.has_role(role_id):
            return False
        column = model.column_of_role(role_id)
        return self._select(model.index(rows[0], column), model.index(rows[-1], column))

    def select_activity(self, activity_id: str) -> bool:
        """Select an activity's whole row; False when it is not shown."""
        first = self._index_of(activity_id)
        last = first.siblingAtColumn(self._columns()[-1]) if first.isValid() else first
        return self._select(first, last)

    def _select(self, first: QModelIndex, last: QModelIndex | None = None) -> bool:
        """Select first..last (whatever keys are held), ``first`` current and scrolled to."""
        if not first.isValid():
            return False
        replace_selection(self, first, QItemSelection(first, last if last is not None else first))
        self.scrollTo(first)
        return True
