"""The find bar: stepping through matches, and the "what is this role on the hook for" filter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from raci_editor.core.model import Matrix, Role
from raci_editor.gui import shaping
from raci_editor.gui.document import Document
from raci_editor.gui.find_bar import FindBar
from raci_editor.gui.matrix_model import MatrixModel

pytestmark = pytest.mark.gui


@pytest.fixture
def grid(qtbot, matrix: Matrix) -> Iterator[tuple[QTableView, MatrixModel, FindBar]]:
    window = QWidget()
    qtbot.addWidget(window)
    view = QTableView(window)
    model = MatrixModel(Document(matrix), parent=view)
    view.setModel(model)
    bar = FindBar(view, window)
    layout = QVBoxLayout(window)
    layout.addWidget(view)
    layout.addWidget(bar)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    bar.activate()
    yield view, model, bar  # the window lives until the test is done
    window.close()


def selected_cells(view: QTableView) -> set[tuple[int, int]]:
    return {(i.row(), i.column()) for i in view.selectionModel().selectedIndexes()}


def visible_activities(model: MatrixModel) -> list[str]:
    return [model.activity_at(r).id for r in model.activity_rows()]


def test_activate_shows_the_bar_with_the_field_focused(grid, qtbot) -> None:
    _, _, bar = grid
    assert bar.isVisible()
    qtbot.waitUntil(bar.field.hasFocus)
    assert bar.field.placeholderText() == "Find in names, groups and notes"


def test_typing_selects_the_first_match(grid, qtbot) -> None:
    view, model, bar = grid
    qtbot.keyClicks(bar.field, "blog")
    assert bar.count_label.text() == "1 of 1"
    row = model.row_of_activity("blog")
    assert view.currentIndex().row() == row
    assert view.selectionModel().isRowSelected(row)


def test_enter_and_shift_enter_step_through_matches(grid, qtbot) -> None:
    _, _, bar = grid
    qtbot.keyClicks(bar.field, "plan")  # Planning, Set the annual plan
    n = len(bar.matches)
    assert n >= 2
    assert bar.current == 0
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.current == 1
    assert bar.count_label.text() == f"2 of {n}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == 0
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == n - 1  # wraps round


def test_f3_actions_step_too(grid, qtbot) -> None:
    _, _, bar = grid
    bar.field.setText("e")
    assert bar.next_action.shortcut().toString() == "F3"
    bar.next_action.trigger()
    assert bar.current == 1
    bar.previous_action.trigger()
    assert bar.current == 0


def test_a_note_match_selects_its_cell(grid) -> None:
    view, model, bar = grid
    bar.field.setText("two posts")
    row, column = model.row_of_activity("blog"), model.column_of_role("writer")
    assert selected_cells(view) == {(row, column)}
    assert view.currentIndex().row() == row
    assert view.currentIndex().column() == column


def test_a_role_match_selects_its_column(grid) -> None:
    view, model, bar = grid
    bar.field.setText("finance")
    column = model.column_of_role("finance")
    assert view.selectionModel().isColumnSelected(column)
    assert view.currentIndex().column() == column


def test_finding_inside_a_collapsed_group_expands_it(grid) -> None:
    view, model, bar = grid
    model.set_collapsed("Planning", True)
    assert model.row_of_activity("plan") is None
    bar.field.setText("annual")
    assert not model.is_collapsed("Planning")
    assert view.currentIndex().row() == model.row_of_activity("plan")


def test_no_matches_says_so(grid) -> None:
    _, _, bar = grid
    bar.field.setText("zebra")
    assert bar.count_label.text() == "No matches"
    assert not bar.next_button.isEnabled()
    bar.find_next()  # nothing to do, no error
    bar.field.setText("")
    assert bar.count_label.text() == ""


def test_matches_follow_edits(grid) -> None:
    _, model, bar = grid
    bar.field.setText("blog")
    assert len(bar.matches) == 1
    shaping.rename_activity(model.document, "news", "Blog digest")
    assert len(bar.matches) == 2
    assert bar.current == 0


def test_escape_hides_the_bar_and_focuses_the_grid(grid, qtbot) -> None:
    view, _, bar = grid
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    qtbot.waitUntil(view.hasFocus)


# -- the role filter (see test_role_filter.py) ---------------------------------------------


def test_the_bar_hands_its_filter_calls_on_to_the_role_filter(grid, qtbot) -> None:
    _, model, bar = grid
    assert bar.filter_box is bar.role_filter.box
    with qtbot.wait_signal(bar.filter_changed) as changed:
        bar.set_role_filter("writer")
    assert changed.args == ["3 of 4 activities: Content Writer is R or A"]
    assert bar.filter_role == "writer"
    assert visible_activities(model) == ["plan", "blog", "news"]
    with qtbot.wait_signal(bar.filter_changed) as changed:
        bar.clear_filter()
    assert changed.args == [""]
    assert bar.filter_role == ""
    assert not model.is_filtered


def test_finding_an_activity_hidden_by_the_filter_drops_the_filter(grid) -> None:
    view, model, bar = grid
    bar.set_role_filter("director")
    bar.field.setText("newsletter")
    assert not model.is_filtered
    assert bar.filter_role == ""
    assert bar.filter_box.currentIndex() == 0
    assert view.currentIndex().row() == model.row_of_activity("news")


def test_a_new_document_brings_its_roles_and_no_filter(grid) -> None:
    _, model, bar = grid
    bar.set_role_filter("writer")
    bar.field.setText("blog")
    model.set_document(Document(Matrix(roles=[Role(id="x", name="Xavier")])))
    assert [bar.filter_box.itemText(i) for i in range(bar.filter_box.count())] == [
        "All activities",
        "Xavier is R or A",
    ]
    assert bar.filter_role == ""
    assert bar.matches == []
    shaping.rename_role(model.document, "x", "blog master")
    assert len(bar.matches) == 1
