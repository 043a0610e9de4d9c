"""View › Show Counts: count columns per activity and count rows per role, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from raci_editor.core.edits import CellValue, SetCells
from raci_editor.core.model import Matrix
from raci_editor.gui import settings
from raci_editor.gui.document import Document
from raci_editor.gui.main_window import MainWindow
from raci_editor.gui.matrix_model import SUMMARY, MatrixModel
from raci_editor.gui.matrix_view import MatrixView

H = Qt.Orientation.Horizontal
V = Qt.Orientation.Vertical


def counted(matrix: Matrix) -> MatrixModel:
    model = MatrixModel(Document(matrix))
    model.set_show_counts(True)
    return model


def text(model: MatrixModel, row: int, column: int) -> str:
    return str(model.index(row, column).data() or "")


def summary_row(model: MatrixModel, letter: str) -> int:
    return next(
        r
        for r in range(model.rowCount())
        if model.row_kind(r) == SUMMARY and str(model.headerData(r, V)).startswith(f"# {letter} ")
    )


def test_counts_are_off_by_default(matrix: Matrix) -> None:
    model = MatrixModel(Document(matrix))
    assert not model.show_counts
    assert model.columnCount() == model.role_column_count == 4
    assert model.rowCount() == 6  # two group rows, four activities


def test_count_columns_follow_the_roles(matrix: Matrix) -> None:
    model = counted(matrix)
    assert model.columnCount() == 8
    assert [model.headerData(c, H) for c in range(4, 8)] == ["#R", "#A", "#C", "#I"]
    assert [model.count_letter(c) for c in (3, 4, 7)] == [None, "R", "I"]
    plan = model.row_of_activity("plan")
    assert plan is not None
    assert [text(model, plan, c) for c in range(4, 8)] == ["1", "1", "1", "0"]
    blog = model.row_of_activity("blog")
    assert blog is not None
    assert [text(model, blog, c) for c in range(4, 8)] == ["1", "1", "0", "1"]
    assert text(model, 0, 4) == ""  # the group row: a band, no count


def test_count_rows_follow_the_activities(matrix: Matrix) -> None:
    model = counted(matrix)
    assert model.rowCount() == 6 + 4
    assert [model.row_kind(r) for r in range(6, 10)] == [SUMMARY] * 4
    assert str(model.headerData(6, V)) == "# R — Responsible"
    writer = model.column_of_role("writer")
    assert [text(model, r, writer) for r in range(6, 10)] == ["3", "2", "0", "0"]
    assert text(model, 6, 4) == ""  # where count rows and count columns cross


def test_counts_look_like_summaries_and_cannot_be_edited(matrix: Matrix) -> None:
    model = counted(matrix)
    for index in (model.index(1, 5), model.index(7, 1)):
        assert model.flags(index) == Qt.ItemFlag.NoItemFlags
        assert index.data(Qt.ItemDataRole.FontRole).italic()
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
        assert not model.setData(index, "R")
    assert model.cell_keys([model.index(1, 5), model.index(7, 1)]) == []
    assert model.group_at(7) == ""


def test_the_model_passes_the_model_tester_with_counts(
    qtmodeltester: ModelTester, matrix: Matrix
) -> None:
    model = counted(matrix)
    qtmodeltester.check(model, force_py=True)
    model.document.apply(SetCells((CellValue("budget", "legal", "A"),)), "Set")
    model.set_show_counts(False)
    model.set_show_counts(True)
    model.set_activity_filter(lambda _m, a: a.id == "plan")


def test_counts_follow_an_edit_and_its_undo(matrix: Matrix, qtbot: QtBot) -> None:
    model = counted(matrix)
    budget = model.row_of_activity("budget")
    assert budget is not None
    legal = model.column_of_role("legal")
    accountable = summary_row(model, "A")
    with qtbot.wait_signal(model.dataChanged):
        model.document.apply(SetCells((CellValue("budget", "legal", "RA"),)), "Set")
    assert text(model, budget, 5) == "1"  # #A of Approve the budget
    assert text(model, accountable, legal) == "1"
    model.document.undo_stack.undo()
    assert text(model, budget, 5) == "0"
    assert text(model, accountable, legal) == "0"


def test_counts_follow_new_roles_and_stay_last_when_filtered(matrix: Matrix) -> None:
    model = counted(matrix)
    model.set_activity_filter(lambda _m, a: a.id == "plan")
    assert [model.row_kind(r) for r in range(model.rowCount())][-4:] == [SUMMARY] * 4
    writer = model.column_of_role("writer")
    assert text(model, summary_row(model, "R"), writer) == "3"  # all activities, not just shown
    model.set_show_counts(False)
    assert SUMMARY not in [model.row_kind(r) for r in range(model.rowCount())]
    assert model.columnCount() == 4


def test_selection_copy_and_typing_never_touch_counts(matrix: Matrix, qtbot: QtBot) -> None:
    view = MatrixView()
    qtbot.addWidget(view)
    model = counted(matrix)
    view.setModel(model)
    view.selectAll()
    assert len(view.selected_cell_keys()) == 16
    view.copy_selection()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert [len(line.split("\t")) for line in lines] == [4, 4, 4, 4]
    view.clear_selection_cells()
    assert all(not matrix.row(a.id) for a in matrix.activities)
    assert text(model, summary_row(model, "R"), 1) == "0"


def test_show_counts_is_a_view_menu_toggle_remembered(matrix_file: object, qtbot: QtBot) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    action = win.workload.counts_action
    assert action.isCheckable()
    assert action in win.act.view_menu.actions()
    assert not action.isChecked()
    action.trigger()
    assert win.model.show_counts
    assert settings.settings().value(settings.SHOW_COUNTS_KEY, False, bool)
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.workload.counts_action.isChecked()
    assert again.model.show_counts
    again.workload.counts_action.trigger()
    assert not again.model.show_counts


def test_a_count_column_cannot_be_renamed_or_dragged(draft_window: MainWindow) -> None:
    model = draft_window.model
    model.set_show_counts(True)
    header = draft_window.view.role_header
    count_column = model.role_column_count
    assert header.edit_section(count_column) is None
    roles = [r.id for r in model.matrix.roles]
    header.moveSection(count_column, 0)
    header.moveSection(0, count_column + 1)  # a role dragged onto the counts: it goes last
    assert [r.id for r in model.matrix.roles] == [*roles[1:], roles[0]]
    activities = draft_window.view.activity_header
    last = model.rowCount() - 1
    assert activities.edit_section(last) is None
