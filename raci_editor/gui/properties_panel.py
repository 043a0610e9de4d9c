"""The properties of the selected role or activity, or of the matrix when nothing is selected.

Each field commits when the user leaves it or presses Enter, as one undo
step; the panel follows the document (edits, undo, redo) without ever
pushing an edit of its own while it refreshes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.edits import Edit, SetCells
from raci_editor.core.model import Activity, Role
from raci_editor.gui import shaping
from raci_editor.gui.document import Document
from raci_editor.gui.matrix_model import MatrixModel

ROLE, ACTIVITY, MATRIX = "role", "activity", "matrix"


class _TextEdit(QPlainTextEdit):
    """A description box that says when the user is done with it."""

    editing_finished = Signal()
    """Focus left the box, or Ctrl+Enter was pressed."""

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Override QPlainTextEdit.focusOutEvent: leaving the box commits (not for its menu)."""
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editing_finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QPlainTextEdit.keyPressEvent: Ctrl+Enter commits; Enter is a new line."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.editing_finished.emit()
            return
        super().keyPressEvent(event)


class PropertiesPanel(QWidget):
    """Name, group and description (and holder and deputy) of one role or activity.

    Call :meth:`set_document`, then :meth:`show_role`, :meth:`show_activity`
    or :meth:`show_matrix` (or let :meth:`follow_view` call them).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._kind = MATRIX
        self._item_id = ""
        self._refreshing = False
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.name_edit = QLineEdit(self)
        self.group_box = QComboBox(self)
        self.group_box.setEditable(True)
        self.group_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.group_box.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(QCoreApplication.translate("PropertiesPanel", "No group"))
        self.description_edit = _TextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.holder_edit = QLineEdit(self)
        self.holder_edit.setPlaceholderText(
            QCoreApplication.translate("PropertiesPanel", "Who fills the role")
        )
        self.deputy_edit = QLineEdit(self)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #d03a2f;")
        self.hint.setWordWrap(True)
        self.hint.hide()

        self._form = QFormLayout()
        self._name_label = QLabel(self)
        self._form.addRow(self._name_label, self.name_edit)
        self._form.addRow(QCoreApplication.translate("PropertiesPanel", "&Group:"), self.group_box)
        self._form.addRow(
            QCoreApplication.translate("PropertiesPanel", "&Description:"), self.description_edit
        )
        self._form.addRow(
            QCoreApplication.translate("PropertiesPanel", "&Holder:"), self.holder_edit
        )
        self._form.addRow(
            QCoreApplication.translate("PropertiesPanel", "De&puty:"), self.deputy_edit
        )
        self._name_label.setBuddy(self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self._form)
        layout.addWidget(self.hint)
        layout.addStretch(1)

        self.name_edit.editingFinished.connect(self._on_name_finished)
        line_edit.editingFinished.connect(self._on_group_finished)
        self.group_box.activated.connect(self._on_group_finished)
        self.description_edit.editing_finished.connect(self._on_description_finished)
        self.holder_edit.editingFinished.connect(self._on_holder_finished)
        self.deputy_edit.editingFinished.connect(self._on_deputy_finished)
        self._refresh()

    # -- what is shown ---------------------------------------------------

    @property
    def kind(self) -> str:
        """``"role"``, ``"activity"`` or ``"matrix"``."""
        return self._kind

    @property
    def item_id(self) -> str:
        """The id of the role or activity shown; ``""`` for the matrix."""
        return self._item_id

    def set_document(self, document: Document | None) -> None:
        """Show another document's matrix (its title and description)."""
        if self._document is not None:
            self._document.applied.disconnect(self._on_applied)
        self._document = document
        if document is not None:
            document.applied.connect(self._on_applied)
        self._kind, self._item_id = MATRIX, ""
        self._refresh()

    def show_role(self, role_id: str) -> None:
        """Show a role's properties."""
        self._show(ROLE, role_id)

    def show_activity(self, activity_id: str) -> None:
        """Show an activity's properties."""
        self._show(ACTIVITY, activity_id)

    def show_matrix(self) -> None:
        """Show the matrix's title and description."""
        self._show(MATRIX, "")

    def follow_view(self, view: QTableView) -> None:
        """Show what is selected in a grid over a MatrixModel (call after ``setModel``)."""
        selection = view.selectionModel()
        model = view.model()
        if selection is None or not isinstance(model, MatrixModel):
            return

        def on_changed(*args: Any) -> None:
            self._follow(view, model)

        selection.selectionChanged.connect(on_changed)
        selection.currentChanged.connect(on_changed)
        model.modelReset.connect(lambda: self.set_document(model.document))
        self.set_document(model.document)

    def _follow(self, view: QTableView, model: MatrixModel) -> None:
        selection = view.selectionModel()
        columns = selection.selectedColumns()
        rows = [i.row() for i in selection.selectedRows() if model.activity_at(i.row())]
        current = view.currentIndex()
        if columns:
            self.show_role(model.role_at(columns[-1].column()).id)
        elif rows:
            self.show_activity(_activity_id(model, rows[-1]))
        elif current.isValid() and model.activity_at(current.row()) is not None:
            self.show_activity(_activity_id(model, current.row()))
        elif not selection.hasSelection():
            self.show_matrix()

    def _show(self, kind: str, item_id: str) -> None:
        if (kind, item_id) == (self._kind, self._item_id):
            return
        self.commit_all()
        self._kind, self._item_id = kind, item_id
        self.hint.hide()
        self._refresh()

    # -- committing ------------------------------------------------------

    def commit_all(self) -> None:
        """Commit whatever the user typed and has not committed yet, as one undo step."""
        if self._refreshing or self._document is None:
            return
        if self._kind == MATRIX:
            self._commit_info()
        else:
            self._commit(
                name=self.name_edit.text(),
                group=self.group_box.currentText(),
                description=self.description_edit.toPlainText(),
                holder=self.holder_edit.text(),
                deputy=self.deputy_edit.text(),
            )

    def _on_name_finished(self) -> None:
        if self._kind == MATRIX:
            self._commit_info()
        else:
            self._commit(name=self.name_edit.text())

    def _on_group_finished(self, *args: object) -> None:
        self._commit(group=self.group_box.currentText())

    def _on_description_finished(self) -> None:
        if self._kind == MATRIX:
            self._commit_info()
        else:
            self._commit(description=self.description_edit.toPlainText())

    def _on_holder_finished(self) -> None:
        self._commit(holder=self.holder_edit.text())

    def _on_deputy_finished(self) -> None:
        self._commit(deputy=self.deputy_edit.text())

    def _commit_info(self) -> None:
        if self._refreshing or self._document is None or self._kind != MATRIX:
            return
        title = self.name_edit.text().strip()
        shaping.set_info(self._document, title, self.description_edit.toPlainText())

    def _commit(self, **changes: str) -> None:
        document = self._document
        if self._refreshing or document is None or self._kind == MATRIX:
            return
        matrix = document.matrix
        if self._kind == ROLE and matrix.has_role(self._item_id):
            role = matrix.role(self._item_id)
            try:
                new_role = Role.model_validate({**role.model_dump(), **changes})
            except ValueError:
                self._refuse()
                return
            self.hint.hide()
            shaping.update_role(document, new_role)
        elif self._kind == ACTIVITY and matrix.has_activity(self._item_id):
            activity = matrix.activity(self._item_id)
            changes.pop("holder", None)
            changes.pop("deputy", None)
            try:
                new_activity = Activity.model_validate({**activity.model_dump(), **changes})
            except ValueError:
                self._refuse()
                return
            self.hint.hide()
            shaping.update_activity(document, new_activity)

    def _refuse(self) -> None:
        """A blank name: say so and show the name that stays."""
        self.hint.setText(
            QCoreApplication.translate(
                "PropertiesPanel", "A name cannot be blank; the old name is kept."
            )
        )
        self.hint.show()
        self._refresh()

    # -- following the document ------------------------------------------

    def _on_applied(self, edit: Edit) -> None:
        if not isinstance(edit, SetCells):
            self._refresh()

    def _refresh(self) -> None:
        """Show the current values; never commits anything."""
        document = self._document
        if document is not None:
            matrix = document.matrix
            if (self._kind == ROLE and not matrix.has_role(self._item_id)) or (
                self._kind == ACTIVITY and not matrix.has_activity(self._item_id)
            ):
                self._kind, self._item_id = MATRIX, ""
        self._refreshing = True
        try:
            self._fill(document)
        finally:
            self._refreshing = False

    def _fill(self, document: Document | None) -> None:
        is_role, is_matrix = self._kind == ROLE, self._kind == MATRIX
        for row in (1, 3, 4):  # group, holder, deputy
            self._form.setRowVisible(row, not is_matrix and (row == 1 or is_role))
        self.setEnabled(document is not None)
        if document is None:
            self.heading.setText(QCoreApplication.translate("PropertiesPanel", "No matrix"))
            return
        matrix = document.matrix
        if is_matrix:
            self.heading.setText(QCoreApplication.translate("PropertiesPanel", "Matrix"))
            self._name_label.setText(QCoreApplication.translate("PropertiesPanel", "&Title:"))
            _set_line(self.name_edit, matrix.title)
            _set_text(self.description_edit, matrix.description)
            return
        self._name_label.setText(QCoreApplication.translate("PropertiesPanel", "&Name:"))
        item: Role | Activity
        if is_role:
            item = matrix.role(self._item_id)
            self.heading.setText(QCoreApplication.translate("PropertiesPanel", "Role"))
            groups = shaping.role_groups(matrix)
            _set_line(self.holder_edit, item.holder)
            _set_line(self.deputy_edit, item.deputy)
        else:
            item = matrix.activity(self._item_id)
            self.heading.setText(QCoreApplication.translate("PropertiesPanel", "Activity"))
            groups = shaping.activity_groups(matrix)
        _set_line(self.name_edit, item.name)
        _set_text(self.description_edit, item.description)
        box = self.group_box
        box.blockSignals(True)
        try:
            box.clear()
            box.addItems(["", *groups])
            box.setCurrentIndex(box.findText(item.group) if item.group in groups else 0)
        finally:
            box.blockSignals(False)


def _activity_id(model: MatrixModel, row: int) -> str:
    activity = model.activity_at(row)
    assert activity is not None
    return activity.id


def _set_line(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)  # show a long name from its start


def _set_text(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)
