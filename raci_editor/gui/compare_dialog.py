"""File › Compare with…: two versions of a matrix side by side, and the list of changes.

The window is not modal: it stays open beside the editor. It shows the two
matrices as they were when it opened (copies), the older one on the left.
Choosing a change in the list scrolls both grids to it and selects it where
each side has it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.diff import Change, describe
from raci_editor.core.model import Matrix
from raci_editor.gui.compare_model import (
    ADDED_COLOUR,
    CHANGED_COLOUR,
    NEW,
    OLD,
    REMOVED_COLOUR,
    CompareModel,
    side_ids,
)
from raci_editor.gui.language import say

FIT_COLUMNS_UP_TO = 200
"""Grids with at most this many roles get columns fitted to their names."""
_SELECT = QItemSelectionModel.SelectionFlag


def count_text(n: int) -> str:
    """The count line: "12 changes", "No differences."."""
    if n == 0:
        return QCoreApplication.translate("CompareDialog", "No differences.")
    if n == 1:
        return QCoreApplication.translate("CompareDialog", "1 change")
    return QCoreApplication.translate("CompareDialog", "{0} changes").format(n)


def _swatch(colour_name: str, text: str) -> str:
    """A small coloured square and its meaning, as rich text (the meaning is also a sign)."""
    return (
        f'<span style="background-color:{colour_name}">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{text}'
    )


class FramedSelection(QStyledItemDelegate):
    """Shows a selected cell with a frame, so that its change highlight stays visible."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Override QStyledItemDelegate.paint: the cell as unselected, then a frame."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        if selected:  # the view has filled the cell with the selection colour: undo that
            painter.fillRect(option.rect, option.palette.base())
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(option.palette.highlight().color(), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class ComparePane(QWidget):
    """One side: its caption ("Before: …") over a read-only grid."""

    def __init__(self, caption: str, model: CompareModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(caption, self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.caption.setWordWrap(True)
        self.model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setItemDelegate(FramedSelection(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        roles = self.table.horizontalHeader()
        roles.setTextElideMode(Qt.TextElideMode.ElideRight)
        roles.setDefaultSectionSize(96)
        roles.setMaximumSectionSize(220)
        self.table.verticalHeader().setMaximumSectionSize(360)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        if model.columnCount() <= FIT_COLUMNS_UP_TO:
            self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)

    def show_change(self, change: Change | None) -> bool:
        """Scroll to where ``change`` is on this side and select it; False when it is not here."""
        table, model = self.table, self.model
        table.clearSelection()
        if change is None:
            return False
        activity_id, role_id = side_ids(change, model.side)
        row, column = model.row_of(activity_id), model.column_of(role_id)
        if row is None and column is None:
            return False
        selection = QItemSelection()
        last_row, last_column = model.rowCount() - 1, model.columnCount() - 1
        if row is not None and column is not None:
            target = model.index(row, column)
            selection.select(target, target)
        elif row is not None:
            if last_column < 0:
                table.verticalHeader().setCurrentIndex(model.index(row, 0))
                return True
            target = model.index(row, max(table.currentIndex().column(), 0))
            selection.select(model.index(row, 0), model.index(row, last_column))
        else:
            assert column is not None
            if last_row < 0:
                return True
            target = model.index(max(table.currentIndex().row(), 0), column)
            selection.select(model.index(0, column), model.index(last_row, column))
        selection_model = table.selectionModel()
        selection_model.setCurrentIndex(target, _SELECT.NoUpdate)
        selection_model.select(selection, _SELECT.ClearAndSelect)
        table.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True


class CompareDialog(QDialog):
    """The old and the new matrix side by side, the changes listed below them."""

    def __init__(
        self,
        parent: QWidget | None,
        old: tuple[Matrix, str],
        new: tuple[Matrix, str],
        changes: list[Change],
        take: Callable[[], object] | None = None,
    ) -> None:
        """``old`` and ``new`` are (matrix, name to show); ``take`` adds Take Changes…."""
        super().__init__(parent)
        (old_matrix, old_name), (new_matrix, new_name) = old, new
        self.changes = changes
        self.setWindowTitle(
            QCoreApplication.translate("CompareDialog", "Compare: {0} and {1}").format(
                old_name, new_name
            )
        )
        top = self._build_top()
        self.old_pane = ComparePane(
            QCoreApplication.translate("CompareDialog", "Before: {0}").format(old_name),
            CompareModel(old_matrix, changes, OLD, self),
            self,
        )
        self.new_pane = ComparePane(
            QCoreApplication.translate("CompareDialog", "After: {0}").format(new_name),
            CompareModel(new_matrix, changes, NEW, self),
            self,
        )
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.addWidget(self.old_pane)
        sides.addWidget(self.new_pane)
        sides.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(sides)
        split.addWidget(self._build_list())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 180])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self._build_buttons(take))
        self.resize(1200, 760)
        if changes:
            self.change_list.setCurrentRow(0)
        self.change_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_top(self) -> QHBoxLayout:
        """The count line and the legend of the marks."""
        self.count_label = QLabel(count_text(len(self.changes)), self)
        self.count_label.setObjectName("compare-count")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                (
                    _swatch(
                        CHANGED_COLOUR.name(),
                        QCoreApplication.translate("CompareDialog", "changed"),
                    ),
                    _swatch(
                        ADDED_COLOUR.name(),
                        QCoreApplication.translate("CompareDialog", "+ added (after)"),
                    ),
                    _swatch(
                        REMOVED_COLOUR.name(),
                        QCoreApplication.translate("CompareDialog", "− removed (before)"),
                    ),
                    QCoreApplication.translate(
                        "CompareDialog", "~ renamed, moved or regrouped · * a note"
                    ),
                )
            )
        )
        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.legend)
        return top

    def _build_list(self) -> QWidget:
        """The list of changes under its label."""
        self.change_list = QListWidget(self)
        self.change_list.setObjectName("compare-changes")
        self.change_list.setUniformItemSizes(True)
        for change in self.changes:
            self.change_list.addItem(QListWidgetItem(" ".join(say(describe(change)).split())))
        if not self.changes:
            empty = QListWidgetItem(count_text(0))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.change_list.addItem(empty)
        self.change_list.currentRowChanged.connect(self._on_current_change)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(QCoreApplication.translate("CompareDialog", "C&hanges:"), self)
        label.setBuddy(self.change_list)
        layout.addWidget(label)
        layout.addWidget(self.change_list)
        return box

    def _build_buttons(self, take: Callable[[], object] | None) -> QDialogButtonBox:
        """Close, and Take Changes… when the other side is a file."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.take_button: QPushButton | None = None
        if take is not None:
            self.take_button = QPushButton(
                QCoreApplication.translate("CompareDialog", "&Take Changes…"), self
            )
            self.take_button.setAutoDefault(False)
            self.take_button.setToolTip(
                QCoreApplication.translate(
                    "CompareDialog", "Choose which of these changes to take into this matrix"
                )
            )
            self.take_button.setEnabled(bool(self.changes))
            self.take_button.clicked.connect(lambda _=False: (self.close(), take()))
            buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        return buttons

    @property
    def old_model(self) -> CompareModel:
        """The grid model of the older side (left)."""
        return self.old_pane.model

    @property
    def new_model(self) -> CompareModel:
        """The grid model of the newer side (right)."""
        return self.new_pane.model

    def show_change(self, number: int) -> None:
        """Select change ``number`` in the list (which scrolls both grids to it)."""
        self.change_list.setCurrentRow(number)

    def _on_current_change(self, row: int) -> None:
        change = self.changes[row] if 0 <= row < len(self.changes) else None
        self.old_pane.show_change(change)
        self.new_pane.show_change(change)
