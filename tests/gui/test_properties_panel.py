"""The properties panel: one undo step per field, refreshed after undo, blank names refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from raci_editor.core.model import Matrix
from raci_editor.gui import shaping
from raci_editor.gui.document import Document
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.properties_panel import PropertiesPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def document(matrix: Matrix) -> Document:
    return Document(matrix)


@pytest.fixture
def panel(qtbot, document: Document) -> PropertiesPanel:
    widget = PropertiesPanel()
    qtbot.addWidget(widget)
    widget.set_document(document)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_into_line(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_shows_the_matrix_title_and_description_at_first(panel: PropertiesPanel) -> None:
    assert panel.kind == "matrix"
    assert panel.name_edit.text() == "Small team"
    assert not panel.holder_edit.isVisibleTo(panel)
    assert not panel.group_box.isVisibleTo(panel)


def test_shows_a_role_with_holder_and_deputy(panel: PropertiesPanel) -> None:
    panel.show_role("director")
    assert panel.kind == "role"
    assert panel.name_edit.text() == "Marketing Director"
    assert panel.group_box.currentText() == "Strategic"
    assert panel.description_edit.toPlainText() == "Sets the strategy and the budget."
    assert panel.holder_edit.isVisibleTo(panel)
    assert [panel.group_box.itemText(i) for i in range(panel.group_box.count())] == [
        "",
        "Strategic",
        "Operational",
    ]


def test_shows_an_activity_without_holder(panel: PropertiesPanel) -> None:
    panel.show_activity("plan")
    assert panel.name_edit.text() == "Set the annual plan"
    assert panel.group_box.currentText() == "Planning"
    assert not panel.holder_edit.isVisibleTo(panel)


def test_renaming_a_role_is_one_undo_step(
    qtbot, panel: PropertiesPanel, document: Document
) -> None:
    panel.show_role("writer")
    type_into_line(qtbot, panel.name_edit, "Copywriter")
    assert document.matrix.role("writer").name == "Copywriter"
    assert document.undo_stack.count() == 1


def test_each_committed_field_is_one_undo_step(
    qtbot, panel: PropertiesPanel, document: Document
) -> None:
    panel.show_role("writer")
    type_into_line(qtbot, panel.holder_edit, "Ann")
    type_into_line(qtbot, panel.deputy_edit, "Bob")
    type_into_line(qtbot, panel.group_box.lineEdit(), "Strategic")
    role = document.matrix.role("writer")
    assert (role.holder, role.deputy, role.group) == ("Ann", "Bob", "Strategic")
    assert document.undo_stack.count() == 3


def test_the_description_commits_when_focus_leaves(
    qtbot, panel: PropertiesPanel, document: Document
) -> None:
    panel.show_activity("blog")
    panel.description_edit.setFocus()
    qtbot.waitUntil(panel.description_edit.hasFocus)
    qtbot.keyClicks(panel.description_edit, "Weekly posts")
    qtbot.keyClick(panel.description_edit, Qt.Key.Key_Return)  # a new line, not a commit
    assert document.undo_stack.count() == 0
    panel.name_edit.setFocus()
    qtbot.waitUntil(lambda: document.undo_stack.count() == 1)
    assert document.matrix.activity("blog").description == "Weekly posts\n"


def test_ctrl_enter_commits_the_description(
    qtbot, panel: PropertiesPanel, document: Document
) -> None:
    panel.show_activity("blog")
    qtbot.keyClicks(panel.description_edit, "Weekly")
    qtbot.keyClick(panel.description_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert document.matrix.activity("blog").description == "Weekly"
    assert document.undo_stack.count() == 1


def test_picking_a_group_from_the_list_commits(panel: PropertiesPanel, document: Document) -> None:
    panel.show_activity("blog")
    box = panel.group_box
    box.setCurrentIndex(box.findText("Planning"))
    box.activated.emit(box.currentIndex())
    assert document.matrix.activity("blog").group == "Planning"
    assert document.undo_stack.count() == 1


def test_committing_an_unchanged_field_pushes_nothing(
    qtbot, panel: PropertiesPanel, document: Document
) -> None:
    panel.show_role("writer")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    panel.group_box.activated.emit(panel.group_box.currentIndex())
    qtbot.keyClick(panel.description_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert document.undo_stack.count() == 0


def test_a_blank_name_is_refused(qtbot, panel: PropertiesPanel, document: Document) -> None:
    panel.show_activity("blog")
    panel.name_edit.clear()
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert document.matrix.activity("blog").name == "Write the blog"
    assert document.undo_stack.count() == 0
    assert panel.name_edit.text() == "Write the blog"
    assert panel.hint.isVisibleTo(panel)
    type_into_line(qtbot, panel.name_edit, "Blog")
    assert not panel.hint.isVisibleTo(panel)


def test_the_panel_refreshes_after_undo_and_redo_without_pushing(
    qtbot, panel: PropertiesPanel, document: Document
) -> None:
    panel.show_role("writer")
    type_into_line(qtbot, panel.name_edit, "Copywriter")
    document.undo_stack.undo()
    assert panel.name_edit.text() == "Content Writer"
    document.undo_stack.redo()
    assert panel.name_edit.text() == "Copywriter"
    assert document.undo_stack.count() == 1


def test_the_panel_follows_edits_made_elsewhere(panel: PropertiesPanel, document: Document) -> None:
    panel.show_activity("plan")
    shaping.set_activities_group(document, ["plan"], "Strategy")
    assert panel.group_box.currentText() == "Strategy"
    shaping.rename_activity(document, "plan", "Plan the year")
    assert panel.name_edit.text() == "Plan the year"
    assert document.undo_stack.count() == 2


def test_a_deleted_item_gives_way_to_the_matrix(panel: PropertiesPanel, document: Document) -> None:
    panel.show_role("legal")
    shaping.delete_roles(document, ["legal"])
    assert panel.kind == "matrix"
    assert panel.name_edit.text() == "Small team"


def test_the_matrix_title_and_description_are_edited(
    qtbot, panel: PropertiesPanel, document: Document
) -> None:
    type_into_line(qtbot, panel.name_edit, "Marketing")
    qtbot.keyClicks(panel.description_edit, "Who does what")
    qtbot.keyClick(panel.description_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert (document.matrix.title, document.matrix.description) == ("Marketing", "Who does what")
    assert document.undo_stack.count() == 2


def test_switching_items_commits_what_was_typed(
    qtbot, panel: PropertiesPanel, document: Document
) -> None:
    panel.show_role("writer")
    panel.holder_edit.setText("Ann")
    panel.show_role("finance")
    assert document.matrix.role("writer").holder == "Ann"
    assert panel.holder_edit.text() == ""
    assert document.undo_stack.count() == 1


def test_a_new_document_shows_its_matrix(panel: PropertiesPanel) -> None:
    panel.show_role("writer")
    panel.set_document(Document(Matrix(title="Other")))
    assert panel.kind == "matrix"
    assert panel.name_edit.text() == "Other"
    panel.set_document(None)
    assert not panel.isEnabled()


def test_follow_view_shows_the_selected_role_or_activity(
    qtbot, panel: PropertiesPanel, document: Document
) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    model = MatrixModel(document, parent=view)
    view.setModel(model)
    panel.follow_view(view)
    # Through the selection model: QTableView.selectRow heeds the keyboard modifiers that
    # earlier tests' key clicks may have left behind.
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    selection.select(model.index(0, 1), flags | QItemSelectionModel.SelectionFlag.Columns)
    assert (panel.kind, panel.item_id) == ("role", "writer")
    row = model.row_of_activity("news")
    selection.select(model.index(row, 0), flags | QItemSelectionModel.SelectionFlag.Rows)
    assert (panel.kind, panel.item_id) == ("activity", "news")
    view.clearSelection()
    view.setCurrentIndex(model.index(model.row_of_activity("blog"), 2))
    assert (panel.kind, panel.item_id) == ("activity", "blog")
    assert document.undo_stack.count() == 0
