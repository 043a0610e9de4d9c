"""The table that shows the sheet in the import preview, with its column menu and merged cells."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QMenu, QTableView, QWidget

from raci_editor.core.importing import ColumnKind, Grid, RowKind, column_name
from raci_editor.gui.import_sheet_model import COLUMN_TINTS, GREY, ROW_TINTS, SheetModel

MAX_SPANS = 2000
"""Merged ranges drawn as spans; past this many a sheet is shown without them."""
MAX_COLUMN_WIDTH = 260
"""Columns are fitted to their text up to this width (a long note must not push the rest away)."""
MENU_NAMES_SHOWN = 6


def column_kind_names() -> dict[ColumnKind, str]:
    """The choices of the column menu."""
    return {
        ColumnKind.ACTIVITY: QCoreApplication.translate("ImportPreview", "Activity"),
        ColumnKind.GROUP: QCoreApplication.translate("ImportPreview", "Group"),
        ColumnKind.ROLE: QCoreApplication.translate("ImportPreview", "Role"),
        ColumnKind.IGNORED: QCoreApplication.translate("ImportPreview", "Ignored"),
    }


def read_only_table(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """A table for a read-only model, rows one line high, no editing."""
    view = QTableView(parent)
    _set_up(view, model)
    return view


def _set_up(view: QTableView, model: QAbstractItemModel) -> None:
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.horizontalHeader().setResizeContentsPrecision(200)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)


def fit_columns(view: QTableView) -> None:
    """Fit the columns to their text, none wider than :data:`MAX_COLUMN_WIDTH`."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for col in range(header.count()):
        if header.sectionSize(col) > MAX_COLUMN_WIDTH:
            header.resizeSection(col, MAX_COLUMN_WIDTH)


class SheetView(QTableView):
    """The sheet; right-click a column header or a cell to say what the column holds."""

    columns_marked = Signal(list, object)
    """``(columns, kind)``: the user said what the columns hold (kind None: detect)."""

    def __init__(self, model: SheetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        _set_up(self, model)
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self._on_menu(header.logicalIndexAt(pos), header.mapToGlobal(pos))
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: self._on_menu(self.indexAt(pos).column(), self.viewport().mapToGlobal(pos))
        )

    def show_grid(self, grid: Grid) -> None:
        """Show another sheet, with its merged cells, columns fitted."""
        self._model.set_grid(grid)
        self._show_spans(grid)
        fit_columns(self)

    def column_menu(self, columns: Sequence[int]) -> QMenu:
        """The menu that says what ``columns`` hold; the kind in force is checked."""
        menu = QMenu(self)
        names = ", ".join(column_name(c) for c in columns[:MENU_NAMES_SHOWN])
        if len(columns) > MENU_NAMES_SHOWN:
            names += ", …"
        menu.addAction(
            QCoreApplication.translate("ImportPreview", "Column {0}").format(names)
        ).setEnabled(False)
        kinds = {self._model.column_kind(c) for c in columns}
        for kind, label in column_kind_names().items():
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(kinds == {kind})
            action.setData(kind.value)
            action.triggered.connect(
                lambda _=False, k=kind: self.columns_marked.emit(list(columns), k)
            )
        menu.addSeparator()
        detect = menu.addAction(QCoreApplication.translate("ImportPreview", "Detect Automatically"))
        detect.setEnabled(any(c in self._model.chosen_columns for c in columns))
        detect.triggered.connect(lambda _=False: self.columns_marked.emit(list(columns), None))
        return menu

    def selected_columns(self, clicked: int) -> list[int]:
        """The columns a menu on ``clicked`` is about: the selected ones if it is among them."""
        selected: set[int] = set()
        selection = self.selectionModel().selection()
        for block in (selection.at(i) for i in range(selection.count())):
            selected.update(range(block.left(), block.right() + 1))
        return sorted(selected) if clicked in selected else [clicked]

    def _on_menu(self, col: int, where: QPoint) -> None:
        if col < 0:
            return
        menu = self.column_menu(self.selected_columns(col))
        menu.exec(where)
        menu.deleteLater()

    def _show_spans(self, grid: Grid) -> None:
        """Draw merged ranges as spans (each cell in one span at most, as Qt requires)."""
        self.clearSpans()
        merges = [m for m in grid.merges if (m.first_row, m.first_col) != (m.last_row, m.last_col)]
        if len(merges) > MAX_SPANS:
            return
        rows, cols = self._model.rowCount(), self._model.columnCount()
        covered: set[tuple[int, int]] = set()
        for m in merges:
            last_row, last_col = min(m.last_row, rows - 1), min(m.last_col, cols - 1)
            cells = {
                (r, c)
                for r in range(m.first_row, last_row + 1)
                for c in range(m.first_col, last_col + 1)
            }
            if len(cells) < 2 or cells & covered:
                continue
            covered |= cells
            self.setSpan(
                m.first_row, m.first_col, last_row - m.first_row + 1, last_col - m.first_col + 1
            )


class ColourKey(QWidget):
    """What the sheet's tints mean, in words on the tints themselves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(6)
        chips = (
            (
                QCoreApplication.translate("ImportPreview", "Header row"),
                ROW_TINTS[RowKind.HEADER],
                None,
            ),
            (
                QCoreApplication.translate("ImportPreview", "Role groups"),
                ROW_TINTS[RowKind.ROLE_GROUPS],
                None,
            ),
            (
                QCoreApplication.translate("ImportPreview", "Group row"),
                ROW_TINTS[RowKind.GROUP],
                None,
            ),
            (
                QCoreApplication.translate("ImportPreview", "Activity names"),
                COLUMN_TINTS[ColumnKind.ACTIVITY],
                None,
            ),
            (
                QCoreApplication.translate("ImportPreview", "Activity groups"),
                COLUMN_TINTS[ColumnKind.GROUP],
                None,
            ),
            (
                QCoreApplication.translate("ImportPreview", "Not imported"),
                ROW_TINTS[RowKind.SKIPPED],
                GREY,
            ),
        )
        for text, tint, ink in chips:
            chip = QLabel(text, self)
            style = f"background: {_css(tint)}; padding: 1px 6px; border-radius: 3px;"
            if ink is not None:
                style += f" color: {_css(ink)};"
            chip.setStyleSheet(f"QLabel {{ {style} }}")
            layout.addWidget(chip)
        hint = QLabel(
            QCoreApplication.translate(
                "ImportPreview", "Right-click a column to say what it holds."
            ),
            self,
        )
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addStretch(1)


def _css(colour: QColor) -> str:
    return f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, {colour.alpha()})"
