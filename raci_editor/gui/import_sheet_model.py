"""The sheet being imported, as a read-only table tinted by what the importer took each part as.

Reads the :class:`Grid` on demand: nothing is made per cell, so a 5,000-row
sheet costs no more to show than a 50-row one. Colours never carry the
meaning alone: every row and column header and every cell says in its
tooltip what it was taken as.
"""

from __future__ import annotations

from collections.abc import Mapping
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

from raci_editor.core.importing import (
    ColumnKind,
    Grid,
    ImportReport,
    Layout,
    RowKind,
    column_name,
)

Index = QModelIndex | QPersistentModelIndex
_ALPHA = 70
ROW_TINTS = {
    RowKind.HEADER: QColor(59, 130, 214, _ALPHA + 30),
    RowKind.ROLE_GROUPS: QColor(59, 130, 214, _ALPHA - 30),
    RowKind.GROUP: QColor(242, 182, 48, _ALPHA + 20),
    RowKind.LEGEND: QColor(128, 128, 128, 40),
    RowKind.SKIPPED: QColor(128, 128, 128, 40),
}
COLUMN_TINTS = {
    ColumnKind.ACTIVITY: QColor(47, 158, 95, _ALPHA),
    ColumnKind.GROUP: QColor(242, 182, 48, _ALPHA - 25),
}
GREY = QColor(128, 128, 128)
"""Text of what is not imported (ignored columns, legend, skipped and outside rows)."""
_LEFT_OUT = frozenset({RowKind.LEGEND, RowKind.SKIPPED, RowKind.OUTSIDE})
_BOLD_ROWS = frozenset({RowKind.HEADER, RowKind.GROUP})
_Role = Qt.ItemDataRole


def row_kind_text(kind: RowKind) -> str:
    """What a row was taken as, for a person."""
    return {
        RowKind.HEADER: QCoreApplication.translate("ImportPreview", "Header row: the role names"),
        RowKind.ROLE_GROUPS: QCoreApplication.translate(
            "ImportPreview", "Role groups above or below the role names"
        ),
        RowKind.GROUP: QCoreApplication.translate(
            "ImportPreview", "Group row: names the group of the activities below"
        ),
        RowKind.ACTIVITY: QCoreApplication.translate("ImportPreview", "Activity"),
        RowKind.LEGEND: QCoreApplication.translate("ImportPreview", "Legend: not imported"),
        RowKind.SKIPPED: QCoreApplication.translate("ImportPreview", "Skipped: not imported"),
        RowKind.OUTSIDE: QCoreApplication.translate(
            "ImportPreview", "Outside the matrix: not imported"
        ),
    }[kind]


def column_kind_text(kind: ColumnKind) -> str:
    """What a column was taken as, for a person."""
    return {
        ColumnKind.ACTIVITY: QCoreApplication.translate("ImportPreview", "Activity names"),
        ColumnKind.GROUP: QCoreApplication.translate("ImportPreview", "Activity groups"),
        ColumnKind.ROLE: QCoreApplication.translate("ImportPreview", "A role"),
        ColumnKind.IGNORED: QCoreApplication.translate("ImportPreview", "Ignored: not imported"),
    }[kind]


class SheetModel(QAbstractTableModel):
    """One sheet's cells, rows and columns tinted by an :class:`ImportReport` when there is one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid = Grid("", ())
        self._width = 0
        self._report: ImportReport | None = None
        self._chosen: Mapping[int, ColumnKind] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    @property
    def grid(self) -> Grid:
        """The sheet shown."""
        return self._grid

    def set_grid(self, grid: Grid) -> None:
        """Show another sheet (the report is dropped: it was about the old one)."""
        self.beginResetModel()
        self._grid, self._width = grid, grid.width
        self._report, self._chosen = None, {}
        self.endResetModel()

    def set_report(
        self, report: ImportReport | None, chosen: Mapping[int, ColumnKind] | None = None
    ) -> None:
        """Tint the sheet by ``report`` (None: no matrix found); ``chosen`` are the user's kinds."""
        self._report, self._chosen = report, dict(chosen or {})
        rows, cols = self.rowCount(), self.columnCount()
        if rows and cols:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1))
        if cols:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)
        if rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)

    @property
    def chosen_columns(self) -> Mapping[int, ColumnKind]:
        """The column kinds the user set."""
        return self._chosen

    def row_kind(self, row: int) -> RowKind | None:
        """What the importer took a row as (None: no report, or not said)."""
        return self._report.rows.get(row) if self._report is not None else None

    def column_kind(self, col: int) -> ColumnKind | None:
        """What the importer took a column as; None without a report.

        In a grid layout a column the report does not name is not imported.
        """
        report = self._report
        if report is None:
            return None
        kind = report.columns.get(col, self._chosen.get(col))
        if kind is None and report.layout is Layout.GRID:
            return ColumnKind.IGNORED
        return kind

    # -- Qt overrides ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount: the sheet's rows."""
        return 0 if parent.isValid() else self._grid.height

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount: the widest row's cells."""
        return 0 if parent.isValid() else self._width

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = _Role.DisplayRole) -> Any:
        """Override QAbstractItemModel.data: the cell's text, tint and what it was taken as."""
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == _Role.DisplayRole:
            return " ".join(self._grid.text(row, col).splitlines())
        if role == _Role.ToolTipRole:
            return self._cell_tooltip(row, col)
        if self._report is None:
            return None
        row_kind, col_kind = self.row_kind(row), self.column_kind(col)
        if role == _Role.BackgroundRole:
            tint = ROW_TINTS.get(row_kind) if row_kind is not None else None
            if tint is None and row_kind is RowKind.ACTIVITY and col_kind is not None:
                tint = COLUMN_TINTS.get(col_kind)
            return QBrush(tint) if tint is not None else None
        if role == _Role.ForegroundRole:
            if row_kind in _LEFT_OUT or col_kind is ColumnKind.IGNORED:
                return QBrush(GREY)
            return None
        if role == _Role.FontRole:
            if row_kind in _BOLD_ROWS or (
                row_kind is RowKind.ACTIVITY and col_kind is ColumnKind.ACTIVITY
            ):
                return self._bold
            return self._italic if row_kind is RowKind.ROLE_GROUPS else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole
    ) -> Any:
        """Override QAbstractItemModel.headerData: column letters and 1-based row numbers."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == _Role.DisplayRole:
            return column_name(section) if horizontal else str(section + 1)
        if role == _Role.ToolTipRole:
            return self._column_tooltip(section) if horizontal else self._row_tooltip(section)
        if role == _Role.FontRole and horizontal and section in self._chosen:
            return self._bold
        return None

    # -- tooltips -------------------------------------------------------

    def _row_tooltip(self, row: int) -> str:
        kind = self.row_kind(row)
        if kind is None:
            return QCoreApplication.translate("ImportPreview", "Row {0}").format(row + 1)
        return QCoreApplication.translate("ImportPreview", "Row {0}: {1}").format(
            row + 1, row_kind_text(kind)
        )

    def _column_tooltip(self, col: int) -> str:
        kind = self.column_kind(col)
        if kind is None:
            return QCoreApplication.translate("ImportPreview", "Column {0}").format(
                column_name(col)
            )
        text = QCoreApplication.translate("ImportPreview", "Column {0}: {1}").format(
            column_name(col), column_kind_text(kind)
        )
        report = self._report
        if (
            kind is ColumnKind.ROLE
            and report is not None
            and report.layout is Layout.GRID
            and report.header_row is not None
        ):
            name = self._grid.clean(report.header_row, col)
            if name:
                text = QCoreApplication.translate(
                    "ImportPreview", "Column {0}: the role “{1}”"
                ).format(column_name(col), name)
        if col in self._chosen:
            text += " " + QCoreApplication.translate("ImportPreview", "(your choice)")
        return (
            text
            + "\n"
            + QCoreApplication.translate(
                "ImportPreview", "Right-click to choose what this column holds."
            )
        )

    def _cell_tooltip(self, row: int, col: int) -> str:
        text = self._grid.text(row, col)
        where = f"{column_name(col)}{row + 1}"
        lines = [f"{where}: {text}" if text else where]
        if self._report is not None:
            lines.append(self._row_tooltip(row))
            if self.row_kind(row) not in _LEFT_OUT:
                lines.append(self._column_tooltip(col).split("\n")[0])
        return "\n".join(lines)
