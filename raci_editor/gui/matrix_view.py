"""The grid: a table view driven from the keyboard, every gesture one undo step.

Keys (when the grid has the focus): arrows, Tab/Shift+Tab (wrapping to the
next/previous row), Home/End (first/last role), Ctrl+Home/Ctrl+End (first/
last cell), PageUp/PageDown, Enter/Shift+Enter (down/up). Typing a letter of
the scheme toggles it in every selected cell, Space cycles R → A → C → I →
empty, Delete/Backspace clears, F2 or a double click opens the cell editor.
Ctrl+C/X/V are handled here too; a window's QAction with the same shortcut
takes precedence and should call :meth:`MatrixView.copy_selection` etc.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

from raci_editor.core import grid_ops
from raci_editor.core.errors import ModelError, message_of
from raci_editor.core.grid_ops import CellKey, GridEdit, PasteError
from raci_editor.core.letters import parse_cell
from raci_editor.core.model import Matrix
from raci_editor.gui import column_fit
from raci_editor.gui.cell_delegate import CellDelegate
from raci_editor.gui.cell_editor import CellEditorDialog
from raci_editor.gui.grid_selection import SelectableGrid
from raci_editor.gui.headers import install_headers
from raci_editor.gui.language import say

_Action = QAbstractItemView.CursorAction
_Key = Qt.Key
_Select = QItemSelectionModel.SelectionFlag
_CTRL, _SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
_NONE = Qt.KeyboardModifier.NoModifier
_PLAIN_KEYS = {_Key.Key_Delete, _Key.Key_Backspace, _Key.Key_Space, _Key.Key_F2}


class MatrixView(SelectableGrid):
    """The grid of letters, roles across and activities down; edits go to the document.

    It brings its own headers (:attr:`role_header`, :attr:`activity_header`);
    what is selected, and selecting by id, come from :class:`SelectableGrid`.
    """

    message = Signal(str)
    """Something for the status bar (a key that is not a letter, a paste cut short…)."""
    paste_failed = Signal(str)
    """A paste was refused and nothing changed; the text says why (for a dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role_header, self.activity_header = install_headers(self)
        self.setItemDelegate(CellDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setTabKeyNavigation(True)  # Tab moves between cells; Ctrl+Tab leaves the grid
        self.setCornerButtonEnabled(True)
        self.role_header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("R/A/C") + 24)
        self.activity_header.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.doubleClicked.connect(self._on_double_clicked)

    def fit_columns(self) -> None:
        """Size every column to its letters and wrapped role name."""
        model = self._grid_model()
        if model is None:
            self.resizeColumnsToContents()
        else:
            column_fit.fit_columns(self, model)

    def focus_first_cell(self) -> None:
        """Give the grid the keyboard focus with the first activity cell current."""
        rows, cols, model = self._rows(), self._columns(), self.model()
        if rows and cols and model is not None:
            self._select(model.index(rows[0], cols[0]))
            self.scrollToTop()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- gestures --------------------------------------------------------------

    def _apply(self, make: Callable[[Matrix, list[CellKey]], GridEdit]) -> GridEdit | None:
        """Build a gesture for the target cells and push it as one undo step."""
        model, keys = self._grid_model(), self._target_keys()
        if model is None or not keys:
            return None
        try:
            result = make(model.matrix, keys)
            if not result.is_empty:
                model.document.apply(result.edit, say(result.label))
        except PasteError as exc:
            self.paste_failed.emit(say(message_of(exc)))
            return None
        except ModelError as exc:
            self.message.emit(say(message_of(exc)))
            return None
        if result.remark:
            self.message.emit(say(result.remark))
        return result

    def toggle_letter(self, letter: str) -> None:
        """Toggle a letter of the scheme in every selected cell."""
        self._apply(lambda matrix, keys: grid_ops.toggle_letter(matrix, keys, letter))

    def cycle_cells(self) -> None:
        """Give every selected cell the value after the current cell's."""
        current = self._current_key()
        self._apply(lambda matrix, keys: grid_ops.cycle_cells(matrix, keys, current))

    def clear_selection_cells(self) -> None:
        """Clear the letters of every selected cell (notes stay)."""
        self._apply(grid_ops.clear_cells)

    def copy_selection(self) -> None:
        """Put the selected cells on the clipboard as tab-separated text.

        A selection of several blocks is copied as the rectangle around them,
        its unselected cells empty.
        """
        current = self.currentIndex()
        positions = self._selected_positions()
        if not positions and self._current_key():
            positions = [(current.row(), current.column())]
        model = self._grid_model()
        if model is None or not positions:
            return
        top, bottom = positions[0][0], positions[-1][0]
        left, right = min(c for _, c in positions), max(c for _, c in positions)
        rows = [r for r in self._rows() if top <= r <= bottom]
        cols = [c for c in self._columns() if left <= c <= right]
        chosen = dict(zip(positions, self._keys(positions), strict=True))
        grid = [[chosen.get((r, c)) for c in cols] for r in rows]
        QGuiApplication.clipboard().setText(grid_ops.to_tsv(model.matrix, grid))
        count = len(positions)
        text = (
            QCoreApplication.translate("MatrixView", "Copied 1 cell")
            if count == 1
            else QCoreApplication.translate("MatrixView", "Copied {0} cells")
        )
        self.message.emit(text.format(count))

    def cut_selection(self) -> None:
        """Copy the selected cells, then clear them (one undo step)."""
        self.copy_selection()
        self._apply(lambda matrix, keys: grid_ops.clear_cells(matrix, keys, cut=True))

    def paste(self) -> None:
        """Paste the clipboard's text at the selection's top-left cell, or fill the selection.

        Text that is not letters emits :attr:`paste_failed` and changes nothing.
        """
        rows, cols = self._rows(), self._columns()
        current = self.currentIndex()
        positions = self._selected_positions() or [(current.row(), current.column())]
        top = min(bisect_left(rows, positions[0][0]), len(rows) - 1)
        left = bisect_left(cols, min(c for _, c in positions))
        text = QGuiApplication.clipboard().text()
        # Only the rows the pasted block reaches are turned into keys.
        reach = rows[top : top + len(grid_ops.read_tsv(text))]
        grid = [self._keys([(r, c) for c in cols]) for r in reach]
        result = self._apply(lambda m, keys: grid_ops.paste(m, text, grid, (0, left), keys))
        if result and not result.is_empty and set(result.cells) != set(self.selected_cell_keys()):
            self._select(self._index_of(*result.cells[0]), self._index_of(*result.cells[-1]))

    def edit_current_cell(self) -> None:
        """Open the cell editor on the current cell; OK applies its letters and note."""
        model, key = self._grid_model(), self._current_key()
        if model is None or key is None:
            return
        activity_id, role_id = key
        dialog = CellEditorDialog.for_cell(model.matrix, activity_id, role_id, self)
        try:
            if self._run_cell_editor(dialog):
                letters, note = dialog.result_value()
                self._apply(lambda m, _: grid_ops.set_cell(m, activity_id, role_id, letters, note))
        finally:
            dialog.deleteLater()

    def _run_cell_editor(self, dialog: CellEditorDialog) -> bool:
        """Show the cell editor modally; True when accepted. Tests replace this."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self._keys([(index.row(), index.column())]):
            self.selectionModel().setCurrentIndex(index, _Select.NoUpdate)
            self.edit_current_cell()

    def _on_typed(self, text: str) -> None:
        """Toggle the one letter ``text`` stands for: ``a``, full-width ``Ａ``, ``负责``…"""
        model = self._grid_model()
        if model is None:
            return
        scheme = model.matrix.scheme
        # "a", full-width "ａ" (a Chinese input method's), Cyrillic "а": A; parse_cell folds them.
        parsed = parse_cell(text.upper(), scheme)
        if len(parsed.letters) == 1 and not parsed.unknown:
            self.toggle_letter(parsed.letters)
        else:
            self.message.emit(
                QCoreApplication.translate(
                    "MatrixView", "“{0}” is not a letter of the {1} scheme ({2})"
                ).format(text, scheme.name, "/".join(scheme.alphabet))
            )

    # -- Qt overrides --------------------------------------------------------------

    def _is_grid_key(self, event: QKeyEvent) -> bool:
        """Keys the grid acts on itself: no Ctrl, Alt or Meta (Shift only for letters, Enter)."""
        shift = bool(event.modifiers() & _SHIFT)
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | _SHIFT)
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if event.key() in _PLAIN_KEYS:  # Shift+Space extends the selection, as in Qt
            return not (shift and event.key() == _Key.Key_Space)
        text = event.text()
        return event.key() in (_Key.Key_Return, _Key.Key_Enter) or (
            len(text) == 1 and text.isprintable() and not text.isspace()
        )

    def event(self, event: QEvent) -> bool:
        """Override QTableView.event: keys the grid acts on win over window shortcuts."""
        is_override = event.type() == QEvent.Type.ShortcutOverride
        if is_override and isinstance(event, QKeyEvent) and self._is_grid_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QTableView.keyPressEvent: letters, Space, Delete, F2, Enter, clipboard."""
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif not self._is_grid_key(event):
            super().keyPressEvent(event)
            return
        elif key in (_Key.Key_Delete, _Key.Key_Backspace):
            self.clear_selection_cells()
        elif key == _Key.Key_F2:
            self.edit_current_cell()
        elif key == _Key.Key_Space:
            self.cycle_cells()
        elif key in (_Key.Key_Return, _Key.Key_Enter):
            up = bool(event.modifiers() & _SHIFT)
            self._select(self.moveCursor(_Action.MoveUp if up else _Action.MoveDown, _NONE))
        else:
            self._on_typed(event.text())
        event.accept()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        """Override QAbstractItemView.inputMethodEvent: a committed letter toggles it.

        A Chinese input method sends what is typed here, not as key presses
        (full-width ``Ｒ``, or a word such as ``负责``); the view would only
        search for it.
        """
        text = event.commitString().strip()
        if not text or event.preeditString():
            super().inputMethodEvent(event)
            return
        self._on_typed(text)
        event.accept()

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Override QTableView.moveCursor: move among activity cells, skipping group rows."""
        model, rows, cols = self.model(), self._rows(), self._columns()
        if model is None or not rows or not cols:
            return QModelIndex()
        current = self.currentIndex()
        if not current.isValid():
            return model.index(rows[0], cols[0])
        page = self.viewport().height() // max(self.verticalHeader().defaultSectionSize(), 1)
        row, col = grid_ops.navigate(
            rows,
            cols,
            (current.row(), current.column()),
            action.name,
            ctrl=bool(modifiers & _CTRL),
            page=max(page, 1),
        )
        return model.index(row, col)

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """Override QTableView.selectionCommand: Ctrl+Home/End select the cell they reach."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (_Key.Key_Home, _Key.Key_End)
            and event.modifiers() & _CTRL
        ):
            extend = _Select.Current if event.modifiers() & _SHIFT else _Select.NoUpdate
            return _Select.ClearAndSelect | extend
        return super().selectionCommand(index, event)
