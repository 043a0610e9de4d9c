"""The grid driven as a user drives it: keys, selection, clipboard, the cell editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from raci_editor.core.model import Matrix
from raci_editor.gui.activity_header import ActivityHeader
from raci_editor.gui.cell_editor import CellEditorDialog
from raci_editor.gui.document import Document
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.matrix_view import MatrixView
from raci_editor.gui.role_header import MAX_COLUMN_WIDTH, RoleHeader
from tests.gui.grids import model_of

pytestmark = pytest.mark.gui

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# make_matrix's rows: 0 "Planning" group, 1 plan, 2 "" group, 3 blog, 4 budget, 5 news.
# Columns: 0 director, 1 writer, 2 finance, 3 legal.


def document_of(view: MatrixView) -> Document:
    """The document behind the view."""
    return model_of(view).document


def chord(qtbot: QtBot, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """Press ``modifier+key``, then release the modifier key.

    QTest leaves the application's keyboard modifiers set after a click with
    modifiers, which would turn later selections into Ctrl/Shift ones.
    """
    qtbot.keyClick(widget, key, modifier)
    for flag, modifier_key in ((CTRL, Key.Key_Control), (SHIFT, Key.Key_Shift)):
        if modifier & flag:
            qtbot.keyRelease(widget, modifier_key)


def select_block(view: MatrixView, top: int, left: int, bottom: int, right: int) -> None:
    """Select a rectangle of rows and columns, its top-left cell current."""
    model = model_of(view)
    first, last = model.index(top, left), model.index(bottom, right)
    view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    view.selectionModel().select(
        QItemSelection(first, last), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def current(view: MatrixView) -> tuple[str | None, str | None]:
    """(activity id, role id) of the current cell."""
    return view.current_activity_id(), view.current_role_id()


# -- typing ------------------------------------------------------------------------------


def test_typing_a_toggles_accountable_in_one_undo_step(qtbot: QtBot, view: MatrixView) -> None:
    document = document_of(view)
    before = document.matrix.copy_deep()
    view.select_cell("budget", "director")
    qtbot.keyClick(view, Key.Key_A)
    assert document.matrix.cell("budget", "director") == "A"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Set A on Marketing Director"
    document.undo_stack.undo()
    assert document.matrix == before


def test_typing_a_then_r_shows_r_slash_a(qtbot: QtBot, view: MatrixView) -> None:
    view.select_cell("budget", "legal")
    qtbot.keyClicks(view, "ar")
    model = model_of(view)
    assert view.currentIndex().data() == "R/A"
    assert model.matrix.cell("budget", "legal") == "RA"
    assert document_of(view).undo_stack.count() == 2


def test_typing_a_letter_twice_takes_it_away(qtbot: QtBot, view: MatrixView) -> None:
    view.select_cell("budget", "legal")
    qtbot.keyClicks(view, "CC")
    assert model_of(view).matrix.cell("budget", "legal") == ""


def test_typing_toggles_every_selected_cell(qtbot: QtBot, view: MatrixView) -> None:
    document = document_of(view)
    before = document.matrix.copy_deep()
    select_block(view, 3, 2, 5, 3)  # blog..news x finance..legal
    qtbot.keyClick(view, Key.Key_I)
    for activity in ("blog", "budget", "news"):
        for role in ("finance", "legal"):
            assert "I" in document.matrix.cell(activity, role)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.matrix == before


def test_a_letter_outside_the_scheme_changes_nothing(qtbot: QtBot, view: MatrixView) -> None:
    with qtbot.wait_signal(view.message) as signal:
        qtbot.keyClick(view, Key.Key_X)
    assert "not a letter of the RACI scheme" in signal.args[0]
    assert document_of(view).undo_stack.count() == 0
    assert current(view) == ("plan", "director")  # no jump by keyboard search


def test_delete_and_backspace_clear_letters_and_keep_notes(qtbot: QtBot, view: MatrixView) -> None:
    document = document_of(view)
    before = document.matrix.copy_deep()
    select_block(view, 3, 0, 3, 3)  # the blog row
    qtbot.keyClick(view, Key.Key_Delete)
    assert document.matrix.row("blog") == {}
    assert document.matrix.note("blog", "writer")
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.matrix == before
    view.select_cell("news", "finance")
    qtbot.keyClick(view, Key.Key_Backspace)
    assert document.matrix.cell("news", "finance") == ""


def test_space_cycles_through_the_scheme_then_empty(qtbot: QtBot, view: MatrixView) -> None:
    view.select_cell("budget", "legal")
    seen = []
    for _ in range(5):
        qtbot.keyClick(view, Key.Key_Space)
        seen.append(model_of(view).matrix.cell("budget", "legal"))
    assert seen == ["R", "A", "C", "I", ""]
    assert document_of(view).undo_stack.count() == 5


def test_grid_keys_win_over_a_window_shortcut(qtbot: QtBot, matrix: Matrix) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    grid = MatrixView(window)
    grid.setModel(MatrixModel(Document(matrix), grid))
    window.setCentralWidget(grid)
    action = QAction("Delete row", window)
    action.setShortcut(QKeySequence(Key.Key_Delete))
    window.addAction(action)
    window.show()
    qtbot.waitExposed(window)
    grid.focus_first_cell()
    with qtbot.assert_not_emitted(action.triggered):
        qtbot.keyClick(grid, Key.Key_Delete)
    assert matrix.cell("plan", "director") == ""


# -- moving ------------------------------------------------------------------------------


def test_focus_first_cell_skips_the_group_row(view: MatrixView) -> None:
    assert view.currentIndex().row() == 1
    assert current(view) == ("plan", "director")


def test_ctrl_home_and_ctrl_end_reach_the_corners(qtbot: QtBot, view: MatrixView) -> None:
    chord(qtbot, view, Key.Key_End, CTRL)
    assert current(view) == ("news", "legal")
    assert view.selected_cell_keys() == [("news", "legal")]
    chord(qtbot, view, Key.Key_Home, CTRL)
    assert current(view) == ("plan", "director")
    assert view.selected_cell_keys() == [("plan", "director")]


def test_home_and_end_stay_in_the_row(qtbot: QtBot, view: MatrixView) -> None:
    view.select_cell("blog", "writer")
    qtbot.keyClick(view, Key.Key_End)
    assert current(view) == ("blog", "legal")
    qtbot.keyClick(view, Key.Key_Home)
    assert current(view) == ("blog", "director")


def test_arrows_skip_group_rows(qtbot: QtBot, view: MatrixView) -> None:
    qtbot.keyClick(view, Key.Key_Down)
    assert current(view) == ("blog", "director")
    qtbot.keyClick(view, Key.Key_Up)
    assert current(view) == ("plan", "director")
    qtbot.keyClick(view, Key.Key_Up)
    assert current(view) == ("plan", "director")
    qtbot.keyClick(view, Key.Key_Right)
    assert current(view) == ("plan", "writer")


def test_shift_arrows_extend_the_selection(qtbot: QtBot, view: MatrixView) -> None:
    chord(qtbot, view, Key.Key_Down, SHIFT)
    chord(qtbot, view, Key.Key_Right, SHIFT)
    assert view.selected_cell_keys() == [
        ("plan", "director"),
        ("plan", "writer"),
        ("blog", "director"),
        ("blog", "writer"),
    ]


def test_tab_moves_right_and_wraps(qtbot: QtBot, view: MatrixView) -> None:
    view.select_cell("plan", "legal")
    qtbot.keyClick(view, Key.Key_Tab)
    assert current(view) == ("blog", "director")
    qtbot.keyClick(view, Key.Key_Backtab)
    assert current(view) == ("plan", "legal")


def test_enter_moves_down_and_page_down_lands_on_an_activity(
    qtbot: QtBot, view: MatrixView
) -> None:
    qtbot.keyClick(view, Key.Key_Return)
    assert current(view) == ("blog", "director")
    chord(qtbot, view, Key.Key_Return, SHIFT)
    assert current(view) == ("plan", "director")
    qtbot.keyClick(view, Key.Key_PageDown)
    assert current(view) == ("news", "director")
    qtbot.keyClick(view, Key.Key_PageUp)
    assert current(view) == ("plan", "director")


# -- selection helpers -----------------------------------------------------------------------


def test_ctrl_a_selects_every_activity_cell(qtbot: QtBot, view: MatrixView) -> None:
    chord(qtbot, view, Key.Key_A, CTRL)
    assert len(view.selected_cell_keys()) == 16
    assert view.selected_role_ids() == ["director", "writer", "finance", "legal"]
    assert view.selected_activity_ids() == ["plan", "blog", "budget", "news"]


def test_header_clicks_select_whole_columns_and_rows(view: MatrixView) -> None:
    view.selectColumn(1)
    assert view.selected_cell_keys() == [(a, "writer") for a in ("plan", "blog", "budget", "news")]
    view.selectRow(3)
    assert view.selected_activity_ids() == ["blog"]


def test_the_grid_brings_the_role_and_activity_headers(view: MatrixView) -> None:
    assert isinstance(view.role_header, RoleHeader)
    assert isinstance(view.activity_header, ActivityHeader)
    assert view.horizontalHeader() is view.role_header
    assert view.verticalHeader() is view.activity_header
    assert view.role_header.maximumSectionSize() == MAX_COLUMN_WIDTH


def test_select_role_and_activity(view: MatrixView) -> None:
    assert view.select_role("finance")
    assert view.selected_role_ids() == ["finance"]
    assert len(view.selected_cell_keys()) == 4
    assert view.select_activity("budget")
    assert view.selected_activity_ids() == ["budget"]
    assert view.selected_role_ids() == ["director", "writer", "finance", "legal"]
    assert not view.select_role("nobody")


def test_select_cell_is_refused_while_the_group_is_collapsed(view: MatrixView) -> None:
    model_of(view).set_collapsed("Planning", True)
    assert not view.select_cell("plan", "writer")
    assert view.select_cell("news", "writer")
    assert current(view) == ("news", "writer")


# -- clipboard -----------------------------------------------------------------------------


def test_copy_gives_tab_separated_letters(qtbot: QtBot, view: MatrixView) -> None:
    select_block(view, 1, 0, 3, 1)  # plan and blog (the group row between is skipped)
    chord(qtbot, view, Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "A\tR\nI\tR/A\n"


def test_copy_of_a_scattered_selection_copies_its_bounding_rectangle(view: MatrixView) -> None:
    model = model_of(view)
    selection = view.selectionModel()
    selection.select(model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.select(model.index(4, 2), QItemSelectionModel.SelectionFlag.Select)
    view.copy_selection()
    assert QGuiApplication.clipboard().text() == "A\t\t\n\t\t\n\t\tC\n"


def test_paste_fills_four_cells_in_one_step(qtbot: QtBot, view: MatrixView) -> None:
    document = document_of(view)
    before = document.matrix.copy_deep()
    view.select_cell("blog", "finance")
    QGuiApplication.clipboard().setText("R\tA\nC\tI")
    chord(qtbot, view, Key.Key_V, CTRL)
    matrix = document.matrix
    assert [matrix.cell("blog", "finance"), matrix.cell("blog", "legal")] == ["R", "A"]
    assert [matrix.cell("budget", "finance"), matrix.cell("budget", "legal")] == ["C", "I"]
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Paste 4 cells"
    assert len(view.selected_cell_keys()) == 4
    document.undo_stack.undo()
    assert matrix == before


def test_paste_of_an_unknown_code_changes_nothing(qtbot: QtBot, view: MatrixView) -> None:
    document = document_of(view)
    before = document.matrix.copy_deep()
    QGuiApplication.clipboard().setText("R\tA\nmaybe\tI\n")
    with qtbot.wait_signal(view.paste_failed) as signal:
        view.paste()
    assert "maybe" in signal.args[0]
    assert "row 2, column 1" in signal.args[0]
    assert document.matrix == before
    assert document.undo_stack.count() == 0


def test_one_copied_cell_fills_the_selection(view: MatrixView) -> None:
    select_block(view, 3, 0, 5, 1)
    QGuiApplication.clipboard().setText("c\r\n")
    view.paste()
    matrix = model_of(view).matrix
    assert all(
        matrix.cell(a, r) == "C" for a in ("blog", "budget", "news") for r in ("director", "writer")
    )
    assert document_of(view).undo_stack.count() == 1


def test_a_paste_past_the_edge_is_cut_and_says_so(qtbot: QtBot, view: MatrixView) -> None:
    view.select_cell("news", "legal")
    QGuiApplication.clipboard().setText("R\tA\nC\tI\n")
    with qtbot.wait_signal(view.message) as signal:
        view.paste()
    assert "left out" in signal.args[0]
    assert model_of(view).matrix.cell("news", "legal") == "R"


def test_cut_copies_and_clears_in_one_step(qtbot: QtBot, view: MatrixView) -> None:
    document = document_of(view)
    select_block(view, 5, 1, 5, 2)
    chord(qtbot, view, Key.Key_X, CTRL)
    assert QGuiApplication.clipboard().text() == "R/A\tI\n"
    assert document.matrix.row("news") == {}
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Cut 2 cells"


# -- the cell editor -----------------------------------------------------------------------


def test_f2_edits_letters_and_note_in_one_step(
    qtbot: QtBot, view: MatrixView, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def run(dialog: CellEditorDialog) -> bool:
        seen.append(dialog.windowTitle())
        assert dialog.checkbox("C").isChecked()
        dialog.checkbox("C").setChecked(False)
        dialog.checkbox("A").setChecked(True)
        dialog.note_edit.setPlainText("signs the budget")
        return True

    monkeypatch.setattr(view, "_run_cell_editor", run)
    document = document_of(view)
    before = document.matrix.copy_deep()
    view.select_cell("budget", "finance")
    qtbot.keyClick(view, Key.Key_F2)
    assert seen == ["Edit cell — Approve the budget / Finance"]
    assert document.matrix.cell("budget", "finance") == "A"
    assert document.matrix.note("budget", "finance") == "signs the budget"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.matrix == before


def test_a_cancelled_or_unchanged_edit_adds_no_undo_step(
    view: MatrixView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(view, "_run_cell_editor", lambda dialog: False)
    view.edit_current_cell()
    monkeypatch.setattr(view, "_run_cell_editor", lambda dialog: True)
    view.edit_current_cell()
    assert document_of(view).undo_stack.count() == 0


def test_double_click_opens_the_cell_editor(
    qtbot: QtBot, view: MatrixView, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(view, "_run_cell_editor", lambda d: bool(opened.append(d.windowTitle())))
    index = model_of(view).index(4, 3)
    position = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert opened == ["Edit cell — Approve the budget / Legal"]


def test_ctrl_shift_end_selects_to_the_last_cell(qtbot: QtBot, view: MatrixView) -> None:
    view.select_cell("blog", "writer")
    chord(qtbot, view, Key.Key_End, CTRL | SHIFT)
    assert current(view) == ("news", "legal")
    assert len(view.selected_cell_keys()) == 9


def test_tab_on_the_last_cell_lets_the_focus_go(qtbot: QtBot, matrix: Matrix) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    grid = MatrixView(window)
    grid.setModel(MatrixModel(Document(matrix), grid))
    after = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(grid)
    layout.addWidget(after)
    window.show()
    qtbot.waitExposed(window)
    grid.focus_first_cell()
    qtbot.wait_until(grid.hasFocus)
    grid.select_cell("news", "finance")
    qtbot.keyClick(grid, Key.Key_Tab)
    assert grid.hasFocus()
    assert current(grid) == ("news", "legal")
    qtbot.keyClick(grid, Key.Key_Tab)
    assert after.hasFocus()
    assert current(grid) == ("news", "legal")
