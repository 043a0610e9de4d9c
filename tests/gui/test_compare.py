"""File › Compare with…: two versions side by side, changed cells marked, a list of changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from raci_editor.core.diff import compare
from raci_editor.core.importing import Imported
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.gui.compare_dialog import CompareDialog, count_text
from raci_editor.gui.compare_model import (
    ADDED,
    CHANGED,
    CHANGED_COLOUR,
    DIFF_ROLE,
    MODIFIED,
    NEW,
    OLD,
    REMOVED,
    CompareModel,
    marks_for,
)
from raci_editor.gui.compare_ops import by_id_for
from raci_editor.gui.main_window import MainWindow
from raci_editor.storage.formats import write_matrix

pytestmark = pytest.mark.gui


def _edited(matrix: Matrix) -> Matrix:
    """The small matrix after a meeting: two letters changed, Finance renamed, a row swapped."""
    m = matrix.copy_deep()
    m.letters["blog"]["director"] = "C"  # I -> C
    m.letters["budget"]["finance"] = "A"  # C -> A
    m.roles[2] = m.roles[2].model_copy(update={"name": "Finance team"})
    m.activities.pop(3)  # Publish the newsletter
    m.letters.pop("news")
    m.activities.append(Activity(id="event", name="Run the event"))
    m.letters["event"] = {"writer": "R", "director": "A"}
    return m


@pytest.fixture
def edited_file(tmp_path: Path, matrix: Matrix) -> Path:
    path = tmp_path / "after-meeting.raci.json"
    write_matrix(_edited(matrix), path)
    return path


def _cell(model: CompareModel, activity_id: str, role_id: str) -> tuple[object, object]:
    row, column = model.row_of(activity_id), model.column_of(role_id)
    assert row is not None
    assert column is not None
    index = model.index(row, column)
    return index.data(DIFF_ROLE), index.data(Qt.ItemDataRole.BackgroundRole)


def _close(dialog: CompareDialog) -> None:
    dialog.close()


def test_comparing_with_a_file_lists_the_changes(
    file_window: MainWindow, edited_file: Path
) -> None:
    dialog = file_window.compare_ops.compare_with_file(edited_file)
    assert dialog is not None
    kinds = [c.kind for c in dialog.changes]
    assert kinds.count("cell") == 4  # two letters changed, two letters of the new row
    assert {"role-renamed", "activity-removed", "activity-added"} <= set(kinds)
    assert dialog.change_list.count() == len(dialog.changes)
    texts = [dialog.change_list.item(n).text() for n in range(dialog.change_list.count())]
    assert "Write the blog / Marketing Director: I → C" in texts
    assert "Role renamed: Finance → Finance team" in texts
    assert dialog.count_label.text() == f"{len(dialog.changes)} changes"
    _close(dialog)


def test_the_open_matrix_is_before_and_the_file_after(
    file_window: MainWindow, edited_file: Path
) -> None:
    dialog = file_window.compare_ops.compare_with_file(edited_file)
    assert dialog is not None
    assert dialog.old_pane.caption.text() == "Before: small-team.raci.json (open)"
    assert dialog.new_pane.caption.text() == "After: after-meeting.raci.json"
    assert dialog.old_model.matrix == file_window.document.matrix
    assert dialog.old_model.matrix is not file_window.document.matrix  # a copy: edits go on
    _close(dialog)


def test_changed_cells_are_highlighted_in_both_grids(
    file_window: MainWindow, edited_file: Path
) -> None:
    dialog = file_window.compare_ops.compare_with_file(edited_file)
    assert dialog is not None
    for model in (dialog.old_model, dialog.new_model):
        for cell in (("blog", "director"), ("budget", "finance")):
            kind, background = _cell(model, *cell)
            assert kind == CHANGED
            assert isinstance(background, QBrush)
            assert background.color() == CHANGED_COLOUR
        assert _cell(model, "plan", "director") == (None, None)  # unchanged
    _close(dialog)


def test_added_rows_are_marked_on_the_new_side_and_removed_ones_on_the_old(
    file_window: MainWindow, edited_file: Path
) -> None:
    dialog = file_window.compare_ops.compare_with_file(edited_file)
    assert dialog is not None
    old, new = dialog.old_model, dialog.new_model
    vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
    news = old.row_of("news")
    assert news is not None
    assert new.row_of("news") is None
    assert old.headerData(news, vertical, DIFF_ROLE) == REMOVED
    assert old.headerData(news, vertical) == "− Publish the newsletter"
    assert _cell(old, "news", "writer")[0] == REMOVED
    event = new.row_of("event")
    assert event is not None
    assert old.row_of("event") is None
    assert new.headerData(event, vertical, DIFF_ROLE) == ADDED
    assert new.headerData(event, vertical) == "+ Run the event"
    assert _cell(new, "event", "writer")[0] == ADDED
    finance = new.column_of("finance")
    assert finance is not None
    assert new.headerData(finance, horizontal, DIFF_ROLE) == MODIFIED
    assert "Role renamed: Finance → Finance team" in new.headerData(
        finance, horizontal, Qt.ItemDataRole.ToolTipRole
    )
    _close(dialog)


def test_choosing_a_change_scrolls_both_grids_to_it(
    file_window: MainWindow, edited_file: Path
) -> None:
    dialog = file_window.compare_ops.compare_with_file(edited_file)
    assert dialog is not None
    number = next(
        n
        for n, c in enumerate(dialog.changes)
        if c.kind == "cell" and c.new_activity_id == "budget"
    )
    dialog.show_change(number)
    for pane in (dialog.old_pane, dialog.new_pane):
        current = pane.table.currentIndex()
        assert (current.row(), current.column()) == (
            pane.model.row_of("budget"),
            pane.model.column_of("finance"),
        )
        assert pane.table.selectionModel().isSelected(current)
    removed = next(n for n, c in enumerate(dialog.changes) if c.kind == "activity-removed")
    dialog.show_change(removed)  # only the old side has it: the new side selects nothing
    assert dialog.old_pane.table.currentIndex().row() == dialog.old_model.row_of("news")
    assert not dialog.new_pane.table.selectionModel().hasSelection()
    _close(dialog)


def test_the_window_is_not_modal_and_offers_to_take_the_changes(
    file_window: MainWindow, edited_file: Path
) -> None:
    dialog = file_window.compare_ops.compare_with_file(edited_file)
    assert dialog is not None
    assert dialog.isVisible()
    assert not dialog.isModal()
    assert dialog.take_button is not None
    assert dialog.take_button.isEnabled()
    _close(dialog)


def test_an_equal_file_says_no_differences(
    file_window: MainWindow, matrix: Matrix, tmp_path: Path
) -> None:
    same = tmp_path / "same.raci.json"
    write_matrix(matrix, same)
    dialog = file_window.compare_ops.compare_with_file(same)
    assert dialog is not None
    assert dialog.changes == []
    assert dialog.count_label.text() == "No differences."
    assert dialog.change_list.item(0).text() == "No differences."
    assert dialog.take_button is not None
    assert not dialog.take_button.isEnabled()
    _close(dialog)


def test_a_broken_file_gives_an_error_and_leaves_the_document(
    file_window: MainWindow, broken_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text, *a: errors.append((title, text))
    )
    before = file_window.document.matrix.copy_deep()
    assert file_window.compare_ops.compare_with_file(broken_file) is None
    assert len(errors) == 1
    assert errors[0][0] == "Cannot compare"
    assert "broken.raci.json" in errors[0][1]
    assert file_window.document.matrix == before
    assert not file_window.document.is_modified
    assert not file_window.findChildren(CompareDialog)


def _meeting_workbook(tmp_path: Path, matrix: Matrix) -> Path:
    """Our export of ``matrix``, edited as in a meeting: Legal becomes C on the blog."""
    path = tmp_path / "meeting.xlsx"
    write_matrix(matrix, path)
    book = load_workbook(path)
    sheet = book["RACI"]
    cells = list(sheet.iter_rows())
    header = next(row for row in cells if any(c.value == "Legal" for c in row))
    column = next(c.column for c in header if c.value == "Legal")
    row = next(r[0].row for r in cells if any(c.value == "Write the blog" for c in r))
    sheet.cell(row, column).value = "C"
    book.save(path)
    return path


def test_an_edited_export_is_compared_by_id(
    file_window: MainWindow, tmp_path: Path, matrix: Matrix
) -> None:
    dialog = file_window.compare_ops.compare_with_file(_meeting_workbook(tmp_path, matrix))
    assert dialog is not None
    assert [(c.kind, c.activity, c.role, c.before, c.after) for c in dialog.changes] == [
        ("cell", "Write the blog", "Legal", "", "C")
    ]
    assert _cell(dialog.new_model, "blog", "legal")[0] == CHANGED
    _close(dialog)


def test_the_compare_action_is_in_the_file_menu_with_a_shortcut(file_window: MainWindow) -> None:
    act = file_window.act
    assert act.compare.shortcut().toString() == "Ctrl+Shift+D"
    assert act.take_changes.shortcut().toString() == "Ctrl+Shift+T"
    assert act.compare.statusTip()
    rows = [row for _, rows in act.shortcut_sections() for row in rows]
    assert any(name == "Compare with" for _, name in rows)


def test_compare_models_pass_the_model_tester(qtmodeltester: ModelTester, matrix: Matrix) -> None:
    old, new = matrix, _edited(matrix)
    changes = compare(old, new)
    for shown, side in ((old, OLD), (new, NEW)):
        model = CompareModel(shown, changes, side)
        qtmodeltester.check(model, force_py=True)


def test_an_empty_comparison_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(CompareModel(Matrix(), [], OLD), force_py=True)


def test_marks_follow_ids_of_each_side() -> None:
    old = Matrix(roles=[Role(id="a", name="Ann")], activities=[Activity(id="x", name="X")])
    new = Matrix(roles=[Role(id="b", name="Ann")], activities=[Activity(id="y", name="X")])
    new.letters = {"y": {"b": "R"}}
    changes = compare(old, new, by_id=False)
    assert list(marks_for(changes, OLD).cells) == [("x", "a")]  # matched by name
    assert list(marks_for(changes, NEW).cells) == [("y", "b")]


def test_files_without_ids_are_compared_by_name(matrix: Matrix) -> None:
    other = Imported(Matrix(roles=[Role(id="r1", name="Legal")]), keeps_ids=True)
    assert not by_id_for(matrix, other)  # shares no id: names it is
    assert by_id_for(matrix, Imported(matrix.copy_deep(), keeps_ids=True))
    assert not by_id_for(matrix, Imported(matrix.copy_deep(), keeps_ids=False))


def test_count_text() -> None:
    assert count_text(0) == "No differences."
    assert count_text(1) == "1 change"
    assert count_text(12) == "12 changes"


def test_a_dialog_built_alone_shows_both_sides(qtbot: QtBot, matrix: Matrix) -> None:
    old, new = matrix, _edited(matrix)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = CompareDialog(parent, (old, "a"), (new, "b"), compare(old, new))
    assert dialog.windowTitle() == "Compare: a and b"
    assert dialog.take_button is None
    assert dialog.old_pane.table.model().rowCount() == 4
    assert dialog.new_pane.table.model().rowCount() == 4
