"""The Matrix menu: every command is one undo step, and undo gives the matrix back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from raci_editor.gui import dialogs
from raci_editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
Button = QMessageBox.StandardButton
Select = QItemSelectionModel.SelectionFlag


@pytest.fixture
def window(qtbot, matrix_file: Path) -> Iterator[MainWindow]:
    """The small matrix in a window on screen; closed at the end without asking."""
    win = MainWindow()
    win.show()
    qtbot.wait_exposed(win)
    win.open_file(matrix_file)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


class Questions(list[str]):
    """Yes/Cancel questions asked; each is answered with :attr:`answer`."""

    answer = Button.Yes


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    asked = Questions()

    def question(parent, title, text, *args):
        asked.append(text)
        return asked.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def go_to(window: MainWindow, activity_id: str, role_id: str) -> None:
    model = window.model
    index = model.index(model.row_of_activity(activity_id), model.column_of_role(role_id))
    window.view.selectionModel().setCurrentIndex(index, Select.ClearAndSelect)


def select_cells(window: MainWindow, *cells: tuple[str, str]) -> None:
    model = window.model
    selection = QItemSelection()
    for activity_id, role_id in cells:
        index = model.index(model.row_of_activity(activity_id), model.column_of_role(role_id))
        selection.select(index, index)
    window.view.selectionModel().select(selection, Select.ClearAndSelect)


def role_names(window: MainWindow) -> list[str]:
    return [r.name for r in window.document.matrix.roles]


def activity_ids(window: MainWindow) -> list[str]:
    return [a.id for a in window.document.matrix.activities]


def one_step(window: MainWindow, action: QAction) -> None:
    """Trigger ``action``: the matrix changes by one undo step, and undo restores it."""
    before = window.document.matrix.copy_deep()
    count = window.document.undo_stack.count()
    action.trigger()
    assert window.document.undo_stack.count() == count + 1, action.text()
    assert window.document.matrix != before, action.text()
    changed = window.document.matrix.copy_deep()
    window.act.undo.trigger()
    assert window.document.matrix == before, action.text()
    window.act.redo.trigger()
    assert window.document.matrix == changed, action.text()


# -- every command is one step ----------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "add_role",
        "insert_role",
        "duplicate_role",
        "move_role_right",
        "delete_roles",
        "add_activity",
        "insert_activity",
        "duplicate_activity",
        "move_activity_down",
        "delete_activities",
    ],
)
def test_each_matrix_command_is_one_undo_step(
    window: MainWindow, questions: Questions, name: str
) -> None:
    go_to(window, "blog", "writer")
    one_step(window, getattr(window.act, name))


def test_moving_left_and_up_are_one_step_too(window: MainWindow) -> None:
    go_to(window, "news", "legal")
    one_step(window, window.act.move_role_left)
    one_step(window, window.act.move_activity_up)


def test_renaming_is_one_step(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    go_to(window, "blog", "writer")
    for header in (window.role_header, window.activity_header):
        monkeypatch.setattr(header, "edit_section", lambda section: None)  # no in-place editor
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Copywriter", True))
    one_step(window, window.act.rename_role)
    assert window.document.matrix.role("writer").name == "Copywriter"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Blog posts", True))
    one_step(window, window.act.rename_activity)
    assert window.document.matrix.activity("blog").name == "Blog posts"


def test_setting_the_title_and_description_is_one_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "get_info", lambda parent, t, d: ("Launch", "Who does what"))
    one_step(window, window.act.edit_info)
    assert window.document.matrix.title == "Launch"
    assert window.document.matrix.description == "Who does what"


# -- roles ------------------------------------------------------------------------------------


def test_add_role_appends_and_selects_it(window: MainWindow) -> None:
    go_to(window, "blog", "writer")
    window.act.add_role.trigger()
    assert role_names(window)[-1] == "New role"
    assert window.view.current_role_id() == window.document.matrix.roles[-1].id
    assert window.view.current_activity_id() == "blog"
    assert window.document.undo_stack.undoText() == "Add role New role"


def test_insert_role_goes_before_the_current_column(window: MainWindow) -> None:
    go_to(window, "blog", "finance")
    window.act.insert_role.trigger()
    assert role_names(window)[2] == "New role"


def test_duplicate_role_copies_the_letters(window: MainWindow) -> None:
    go_to(window, "blog", "writer")
    window.act.duplicate_role.trigger()
    matrix = window.document.matrix
    copy = matrix.roles[2]
    assert copy.name == "Content Writer (copy)"
    assert matrix.cell("blog", copy.id) == "RA"
    assert window.view.current_role_id() == copy.id


def test_move_role_right_keeps_it_current_and_selected(window: MainWindow) -> None:
    go_to(window, "blog", "writer")
    window.act.move_role_right.trigger()
    assert role_names(window) == ["Marketing Director", "Finance", "Content Writer", "Legal"]
    assert window.view.current_role_id() == "writer"
    assert window.view.selected_role_ids() == ["writer"]


def test_moving_past_the_edge_changes_nothing(window: MainWindow) -> None:
    go_to(window, "plan", "director")
    window.act.move_role_left.trigger()
    window.act.move_activity_up.trigger()
    assert window.document.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == "Already at the edge."


def test_moving_two_roles_moves_them_together(window: MainWindow) -> None:
    go_to(window, "blog", "director")
    select_cells(window, ("blog", "director"), ("blog", "writer"))
    window.act.move_role_right.trigger()
    assert role_names(window) == ["Finance", "Marketing Director", "Content Writer", "Legal"]
    assert window.document.undo_stack.count() == 1
    assert window.view.selected_role_ids() == ["director", "writer"]


def test_delete_role_with_letters_asks_and_cancel_does_nothing(
    window: MainWindow, questions: Questions
) -> None:
    questions.answer = Button.Cancel
    go_to(window, "blog", "finance")
    window.act.delete_roles.trigger()
    assert questions == ["Delete role Finance and its 3 letters?"]
    assert "Finance" in role_names(window)
    assert window.document.undo_stack.count() == 0


def test_delete_role_with_letters_asks_and_yes_deletes(
    window: MainWindow, questions: Questions
) -> None:
    go_to(window, "blog", "finance")
    window.act.delete_roles.trigger()
    assert len(questions) == 1
    assert "Finance" not in role_names(window)
    assert window.document.undo_stack.undoText() == "Delete role Finance"


def test_delete_role_without_letters_does_not_ask(window: MainWindow, questions: Questions) -> None:
    go_to(window, "blog", "legal")
    window.act.delete_roles.trigger()
    assert questions == []
    assert "Legal" not in role_names(window)


def test_delete_two_roles_names_the_count(window: MainWindow, questions: Questions) -> None:
    go_to(window, "blog", "writer")
    select_cells(window, ("blog", "writer"), ("blog", "finance"))
    window.act.delete_roles.trigger()
    assert questions == ["Delete 2 roles and their 7 letters?"]
    assert role_names(window) == ["Marketing Director", "Legal"]
    assert window.document.undo_stack.count() == 1


def test_set_role_group_offers_the_groups_and_is_one_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []
    labels: list[str] = []

    def get_group(parent, title, label, groups, current):
        offered.append(list(groups))
        labels.append(label)
        return "Support"

    monkeypatch.setattr(dialogs, "get_group", get_group)
    go_to(window, "blog", "finance")
    select_cells(window, ("blog", "finance"), ("blog", "legal"))
    one_step(window, window.act.set_role_group)
    assert offered[0] == ["Strategic", "Operational"]
    assert labels[0] == "Group of 2 roles:"
    matrix = window.document.matrix
    assert (matrix.role("finance").group, matrix.role("legal").group) == ("Support", "Support")


# -- activities ----------------------------------------------------------------------------------


def test_add_activity_goes_after_the_current_one_in_its_group(window: MainWindow) -> None:
    go_to(window, "plan", "writer")
    window.act.add_activity.trigger()
    matrix = window.document.matrix
    new = matrix.activities[1]
    assert new.name == "New activity"
    assert new.group == "Planning"
    assert window.view.current_activity_id() == new.id
    assert window.view.current_role_id() == "writer"


def test_insert_activity_goes_before_the_current_one(window: MainWindow) -> None:
    go_to(window, "budget", "writer")
    window.act.insert_activity.trigger()
    assert window.document.matrix.activities[2].name == "New activity"
    assert activity_ids(window)[3] == "budget"


def test_move_activity_down_keeps_it_current(window: MainWindow) -> None:
    go_to(window, "blog", "writer")
    window.act.move_activity_down.trigger()
    assert activity_ids(window) == ["plan", "budget", "blog", "news"]
    assert window.view.current_activity_id() == "blog"
    assert window.view.selected_activity_ids() == ["blog"]


def test_delete_activity_with_letters_asks_and_cancel_does_nothing(
    window: MainWindow, questions: Questions
) -> None:
    questions.answer = Button.Cancel
    go_to(window, "blog", "writer")
    window.act.delete_activities.trigger()
    assert questions == ["Delete activity Write the blog and its 3 letters?"]
    assert "blog" in activity_ids(window)
    assert window.document.undo_stack.count() == 0


def test_set_group_on_two_activities_is_one_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "get_group", lambda *a: "Publishing")
    go_to(window, "blog", "writer")
    select_cells(window, ("blog", "writer"), ("news", "writer"))
    one_step(window, window.act.set_activity_group)
    matrix = window.document.matrix
    assert [matrix.activity(a).group for a in ("blog", "news")] == ["Publishing", "Publishing"]
    assert matrix.activity("budget").group == ""


def test_cancelling_the_group_dialog_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "get_group", lambda *a: None)
    go_to(window, "blog", "writer")
    window.act.set_activity_group.trigger()
    assert window.document.undo_stack.count() == 0


def test_the_group_dialog_offers_existing_groups(qtbot) -> None:
    dialog = dialogs.GroupDialog(None, "Set Group", "Group:", ["Planning", "Events"], "Events")
    qtbot.addWidget(dialog)
    assert [dialog.combo.itemText(i) for i in range(dialog.combo.count())] == [
        "Planning",
        "Events",
    ]
    assert dialog.group() == "Events"
    dialog.combo.setCurrentText("  New group ")
    assert dialog.group() == "New group"


def test_the_info_dialog_returns_what_was_typed(qtbot) -> None:
    dialog = dialogs.InfoDialog(None, "Old", "Text")
    qtbot.addWidget(dialog)
    dialog.title_edit.setText(" Launch ")
    assert dialog.values() == ("Launch", "Text")


# -- renaming ------------------------------------------------------------------------------------


def test_rename_role_opens_the_in_place_editor(qtbot, window: MainWindow) -> None:
    go_to(window, "blog", "writer")
    window.act.rename_role.trigger()
    editor = window.role_header.editor
    assert editor is not None
    assert editor.text() == "Content Writer"
    editor.setText("Copywriter")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.matrix.role("writer").name == "Copywriter"
    assert window.document.undo_stack.count() == 1


def test_rename_activity_opens_the_in_place_editor(qtbot, window: MainWindow) -> None:
    go_to(window, "blog", "writer")
    window.act.rename_activity.trigger()
    editor = window.activity_header.editor
    assert editor is not None
    assert editor.text() == "Write the blog"


def test_a_blank_name_from_the_dialog_is_refused(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    go_to(window, "blog", "writer")
    monkeypatch.setattr(window.role_header, "edit_section", lambda section: None)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("   ", True))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: warned.append(text))
    window.act.rename_role.trigger()
    assert warned == ["A name must not be blank."]
    assert window.document.undo_stack.count() == 0


def test_commands_without_a_current_cell_say_so(window: MainWindow) -> None:
    window.act.new.trigger()
    window.act.delete_roles.trigger()
    assert window.statusBar().currentMessage() == "Select the roles to delete."
    window.act.add_activity.trigger()  # adding needs nothing selected
    assert len(window.document.matrix.activities) == 1


def test_ctrl_shift_down_in_the_grid_moves_the_activity(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow)
    go_to(window, "blog", "writer")
    window.view.setFocus()
    qtbot.wait_until(window.view.hasFocus)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Down, modifiers)
    assert activity_ids(window) == ["plan", "budget", "blog", "news"]
    assert window.view.current_activity_id() == "blog"
    assert window.view.selected_activity_ids() == ["blog"]
    qtbot.keyClick(window.view, Qt.Key.Key_Right, modifiers)
    assert role_names(window)[2] == "Content Writer"
    assert window.document.undo_stack.count() == 2


def test_after_ctrl_shift_down_only_the_moved_cell_is_selected(qtbot, window: MainWindow) -> None:
    """Ctrl and Shift are still held when the action selects: they must not extend it."""
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow)
    go_to(window, "news", "finance")
    go_to(window, "blog", "writer")
    window.view.setFocus()
    qtbot.wait_until(window.view.hasFocus)
    held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyPress(window.view, Qt.Key.Key_Down, held)
    try:
        assert activity_ids(window) == ["plan", "budget", "blog", "news"]
        assert QGuiApplication.keyboardModifiers() == held  # QTest leaves them pressed
        assert window.view.selected_cell_keys() == [("blog", "writer")]
        assert (window.view.current_activity_id(), window.view.current_role_id()) == (
            "blog",
            "writer",
        )
        assert window.view.select_cell("news", "legal")
        assert window.view.selected_cell_keys() == [("news", "legal")]
        assert window.view.select_activity("plan")
        assert window.view.selected_activity_ids() == ["plan"]
        assert len(window.view.selected_cell_keys()) == 4
        assert window.view.select_role("director")
        assert window.view.selected_role_ids() == ["director"]
    finally:
        qtbot.keyRelease(window.view, Qt.Key.Key_Down, held)
        for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control):
            qtbot.keyRelease(window.view, key)


def test_a_moved_block_of_cells_stays_selected(window: MainWindow) -> None:
    go_to(window, "blog", "director")
    cells = [(a, r) for a in ("blog", "budget") for r in ("director", "writer", "legal")]
    select_cells(window, *cells)
    window.act.move_role_right.trigger()  # moves director, writer and legal: legal is last
    assert window.statusBar().currentMessage() == "Already at the edge."
    window.act.move_activity_down.trigger()
    assert activity_ids(window) == ["plan", "news", "blog", "budget"]
    assert sorted(window.view.selected_cell_keys()) == sorted(cells)
