"""The find bar under the grid: find names, groups and notes, with the role filter beside.

The main window owns the Ctrl+F shortcut and calls :meth:`FindBar.activate`.
The bar brings its own F3 / Shift+F3 actions (:attr:`FindBar.next_action`,
:attr:`FindBar.previous_action`), active while it is shown; a window that
wants them in a menu should add these actions rather than make its own.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QWidget,
)

from raci_editor.core.edits import Edit
from raci_editor.core.search import Match, find
from raci_editor.gui.document import Document
from raci_editor.gui.grid_selection import replace_selection
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.role_filter import RoleFilter


class FindBar(QWidget):
    """A find field with next/previous and a match count, and a "Show:" role filter.

    The filter is a :class:`RoleFilter`; the bar's ``filter_…`` members and
    :meth:`set_role_filter` / :meth:`clear_filter` hand on to it.
    """

    filter_changed = Signal(str)
    """The role filter changed: what it shows, or ``""`` when every activity is shown."""

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._model: MatrixModel | None = None
        self._document: Document | None = None
        self._matches: list[Match] = []
        self._current = -1

        self.field = QLineEdit(self)
        self.field.setPlaceholderText(
            QCoreApplication.translate("FindBar", "Find in names, groups and notes")
        )
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self._field_palette = self.field.palette()
        self.previous_button = self._button(
            "▲", QCoreApplication.translate("FindBar", "Previous match (Shift+F3)")
        )
        self.next_button = self._button(
            "▼", QCoreApplication.translate("FindBar", "Next match (F3)")
        )
        self.count_label = QLabel(self)
        self.role_filter = RoleFilter(self)
        self.close_button = self._button(
            "✕", QCoreApplication.translate("FindBar", "Close the find bar (Escape)")
        )
        self.next_action = self._action(
            QCoreApplication.translate("FindBar", "Find &Next"), QKeySequence.StandardKey.FindNext
        )
        self.previous_action = self._action(
            QCoreApplication.translate("FindBar", "Find Pre&vious"),
            QKeySequence.StandardKey.FindPrevious,
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.field, 2)
        for widget in (self.previous_button, self.next_button, self.count_label):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.role_filter)
        layout.addStretch(1)
        layout.addWidget(self.close_button)

        self.field.textChanged.connect(self._on_text_changed)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_action.triggered.connect(self.find_next)
        self.previous_action.triggered.connect(self.find_previous)
        self.role_filter.changed.connect(self.filter_changed)
        self.close_button.clicked.connect(self.dismiss)
        self._follow_model()
        self.hide()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def _action(self, text: str, key: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(key)
        self.addAction(action)
        return action

    # -- showing and hiding ----------------------------------------------

    def activate(self) -> None:
        """Show the bar with the find field focused and its text selected."""
        self._follow_model()
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._update_matches(keep=True)

    def dismiss(self) -> None:
        """Hide the bar and give the grid the focus; a role filter stays on."""
        self.hide()
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: Enter / Shift+Enter step through matches in the field."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QWidget.keyPressEvent: Escape hides the bar."""
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    # -- finding ---------------------------------------------------------

    @property
    def matches(self) -> list[Match]:
        """What the text finds, in grid order."""
        return list(self._matches)

    @property
    def current(self) -> int:
        """The index of the match shown, or -1."""
        return self._current

    def find_next(self) -> None:
        """Select the next match (after the last, the first)."""
        self._step(1)

    def find_previous(self) -> None:
        """Select the previous match (before the first, the last)."""
        self._step(-1)

    def _step(self, delta: int) -> None:
        self._update_matches(keep=True)
        if not self._matches:
            return
        if self._current < 0:
            at = 0 if delta > 0 else len(self._matches) - 1
        else:
            at = (self._current + delta) % len(self._matches)
        self.select_match(at)

    def _on_text_changed(self, text: str) -> None:
        self._update_matches(keep=False)
        if self._matches:
            self.select_match(0)

    def _update_matches(self, keep: bool) -> None:
        """Find again; with ``keep``, stay on the same match if it is still there."""
        model = self._model
        old = (
            self._matches[self._current]
            if keep and 0 <= self._current < len(self._matches)
            else None
        )
        self._matches = find(model.matrix, self.field.text()) if model is not None else []
        self._current = self._matches.index(old) if old in self._matches else -1
        self._show_count()

    def _show_count(self) -> None:
        n = len(self._matches)
        if not self.field.text().strip():
            text = ""
        elif not n:
            text = QCoreApplication.translate("FindBar", "No matches")
        elif self._current < 0:
            text = (
                QCoreApplication.translate("FindBar", "{0} match")
                if n == 1
                else QCoreApplication.translate("FindBar", "{0} matches")
            ).format(n)
        else:
            text = QCoreApplication.translate("FindBar", "{0} of {1}").format(self._current + 1, n)
        self.count_label.setText(text)
        palette = QPalette(self._field_palette)
        if text and not n:  # a red tint that reads on light and dark bases
            tint = QColor(226, 88, 62, 72)
            base = palette.color(QPalette.ColorRole.Base)
            palette.setColor(QPalette.ColorRole.Base, _blend(base, tint))
        self.field.setPalette(palette)
        self.previous_button.setEnabled(bool(n))
        self.next_button.setEnabled(bool(n))

    def select_match(self, at: int) -> None:
        """Select the cell, row or column of match ``at`` in the grid, unfolding what hides it."""
        model = self._model
        if model is None or not 0 <= at < len(self._matches):
            return
        self._current = at
        self._show_count()
        match = self._matches[at]
        row = self._reveal(match.activity_id) if match.activity_id is not None else None
        column = model.column_of_role(match.role_id) if match.role_id is not None else None
        if match.kind == "role" and column is not None:
            rows = model.activity_rows()
            if rows:
                current = self._view.currentIndex()
                row = current.row() if current.isValid() and current.row() in rows else rows[0]
                self._select(model.index(row, column), model.index(rows[-1], column), rows[0])
            else:
                self._view.clearSelection()
        elif match.kind == "note" and row is not None and column is not None:
            index = model.index(row, column)
            self._select(index, index, row)
        elif row is not None and model.columnCount():
            current = self._view.currentIndex()
            column = current.column() if current.isValid() else 0
            last = model.index(row, model.columnCount() - 1)
            if match.field == "group" and row > 0:
                self._view.scrollTo(model.index(row - 1, column))  # its heading too
            self._select(model.index(row, column), last, row, first_column=0)

    def _reveal(self, activity_id: str) -> int | None:
        """The row of an activity, unfolding its group or dropping the filter that hides it."""
        model = self._model
        assert model is not None
        row = model.row_of_activity(activity_id)
        group = model.matrix.activity(activity_id).group
        if row is None and model.is_collapsed(group):
            model.set_collapsed(group, False)
            row = model.row_of_activity(activity_id)
        if row is None and model.is_filtered:
            self.clear_filter()
            row = model.row_of_activity(activity_id)
        return row

    def _select(
        self, current: QModelIndex, last: QModelIndex, first_row: int, first_column: int = -1
    ) -> None:
        """Make ``current`` current and select from (first_row, first_column) to ``last``."""
        model = self._model
        selection = self._view.selectionModel()
        if model is None or selection is None:
            return
        column = current.column() if first_column < 0 else first_column
        first = model.index(first_row, column)
        # Not QTableView.selectRow: that one heeds Shift (Shift+Enter).
        replace_selection(self._view, current, QItemSelection(first, last))
        self._view.scrollTo(current)

    # -- the role filter (see RoleFilter) --------------------------------

    @property
    def filter_box(self) -> QComboBox:
        """The "Show:" list of roles."""
        return self.role_filter.box

    @property
    def filter_role(self) -> str:
        """The id of the role whose R and A activities alone are shown; ``""`` for all."""
        return self.role_filter.role

    def set_role_filter(self, role_id: str) -> None:
        """Show only the activities where a role is responsible or accountable (``""``: all)."""
        self.role_filter.set_role(role_id)

    def clear_filter(self) -> None:
        """Show every activity again."""
        self.role_filter.clear()

    # -- following the model and the document ----------------------------

    def _follow_model(self) -> None:
        shown = self._view.model()
        model = shown if isinstance(shown, MatrixModel) else None
        if model is self._model:
            return
        if self._model is not None:
            self._model.modelReset.disconnect(self._on_model_reset)
        self._model = model
        if model is not None:
            model.modelReset.connect(self._on_model_reset)
        self.role_filter.set_model(model)
        self._on_model_reset()

    def _on_model_reset(self) -> None:
        """Another document (or none): matches found again (the role filter resets itself)."""
        document = self._model.document if self._model is not None else None
        if document is not self._document:
            if self._document is not None:
                self._document.applied.disconnect(self._on_applied)
            self._document = document
            if document is not None:
                document.applied.connect(self._on_applied)
        self._update_matches(keep=True)

    def _on_applied(self, edit: Edit) -> None:
        if self.field.text().strip():
            self._update_matches(keep=True)


def _blend(base: QColor, tint: QColor) -> QColor:
    """``tint`` laid over an opaque ``base``."""
    alpha = tint.alphaF()
    return QColor.fromRgbF(
        base.redF() * (1 - alpha) + tint.redF() * alpha,
        base.greenF() * (1 - alpha) + tint.greenF() * alpha,
        base.blueF() * (1 - alpha) + tint.blueF() * alpha,
    )
