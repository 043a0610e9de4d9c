"""The table model: what cells and headers show, and that it follows every edit finely."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from raci_editor import paths
from raci_editor.core.edits import (
    CellValue,
    Edit,
    InsertActivity,
    InsertRole,
    MoveActivity,
    MoveRole,
    RemoveActivity,
    RemoveRole,
    SetCells,
    SetInfo,
    UpdateActivity,
    UpdateRole,
)
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.scheme import DACI
from raci_editor.gui.document import Document
from raci_editor.gui.matrix_model import (
    COLLAPSED_ROLE,
    LETTERS_ROLE,
    NOTE_ROLE,
    ROW_KIND_ROLE,
    MatrixModel,
)
from raci_editor.storage.formats import read_matrix

pytestmark = pytest.mark.gui

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
H, V = Qt.Orientation.Horizontal, Qt.Orientation.Vertical


def model_for(matrix: Matrix) -> MatrixModel:
    return MatrixModel(Document(matrix))


def headers(model: MatrixModel) -> list[str]:
    return [model.headerData(r, V) for r in range(model.rowCount())]


def test_rows_show_group_rows_before_each_block(matrix: Matrix) -> None:
    model = model_for(matrix)
    assert headers(model) == [
        "▾ Planning",
        "Set the annual plan",
        "▾ (no group)",
        "Write the blog",
        "Approve the budget",
        "Publish the newsletter",
    ]
    assert [model.row_kind(r) for r in range(2)] == ["group", "activity"]
    assert model.activity_at(0) is None
    assert model.activity_at(3).id == "blog"  # type: ignore[union-attr]
    assert model.group_at(1) == "Planning"
    assert model.headerData(0, V, ROW_KIND_ROLE) == "group"


def test_a_matrix_without_groups_has_no_group_rows() -> None:
    m = Matrix(roles=[Role(id="r", name="R")], activities=[Activity(id="a", name="A")])
    assert headers(model_for(m)) == ["A"]


def test_cells_show_letters_notes_and_tints(matrix: Matrix) -> None:
    model = model_for(matrix)
    blog_writer = model.index(3, 1)
    assert model.data(blog_writer, DISPLAY) == "R/A"
    assert model.data(blog_writer, LETTERS_ROLE) == "RA"
    assert model.data(blog_writer, NOTE_ROLE) == "Two posts a week, <b>not</b> more"
    assert "&lt;b&gt;not&lt;/b&gt;" in model.data(blog_writer, TOOLTIP)
    assert model.data(blog_writer, BACKGROUND) is not None
    assert model.data(model.index(4, 0), BACKGROUND) is None  # empty cell
    assert model.data(model.index(0, 0), DISPLAY) is None  # group row
    assert model.headerData(0, H) == "Marketing Director"
    assert "Sets the strategy" in model.headerData(0, H, TOOLTIP)


def test_group_rows_are_inert_and_activity_cells_editable(matrix: Matrix) -> None:
    model = model_for(matrix)
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable


def test_set_data_parses_what_is_typed_and_is_undoable(matrix: Matrix) -> None:
    model = model_for(matrix)
    index = model.index(4, 0)  # budget / director
    assert model.setData(index, "a")
    assert model.data(index, DISPLAY) == "A"
    assert model.document.undo_stack.count() == 1
    assert not model.setData(index, "lead")  # not a letter: refused, nothing changed
    assert model.data(index, DISPLAY) == "A"
    model.document.undo_stack.undo()
    assert model.data(index, DISPLAY) == ""


def test_collapsing_a_group_hides_its_activities(matrix: Matrix, qtbot) -> None:
    model = model_for(matrix)
    with qtbot.wait_signal(model.rowsRemoved):
        model.set_collapsed("Planning", True)
    assert headers(model)[:2] == ["▸ Planning", "▾ (no group)"]
    assert model.headerData(0, V, COLLAPSED_ROLE) is True
    assert model.row_of_activity("plan") is None
    model.expand_all()
    assert model.row_of_activity("plan") == 1


def test_filter_shows_only_accepted_activities_and_their_groups(matrix: Matrix) -> None:
    model = model_for(matrix)
    model.set_activity_filter(lambda m, a: "writer" in m.row(a.id) and "R" in m.row(a.id)["writer"])
    assert headers(model) == [
        "▾ Planning",
        "Set the annual plan",
        "▾ (no group)",
        "Write the blog",
        "Publish the newsletter",
    ]
    assert model.is_filtered
    model.set_activity_filter(None)
    assert model.rowCount() == 6


def test_cell_edits_signal_only_the_cells(matrix: Matrix, qtbot) -> None:
    model = model_for(matrix)
    with (
        qtbot.assert_not_emitted(model.modelReset),
        qtbot.assert_not_emitted(model.layoutChanged),
        qtbot.wait_signal(model.dataChanged) as blocker,
    ):
        model.document.apply(SetCells((CellValue("budget", "legal", "R"),)), "Set R")
    top_left, bottom_right = blocker.args[:2]
    assert (top_left.row(), top_left.column()) == (4, 3)
    assert (bottom_right.row(), bottom_right.column()) == (4, 3)


def test_removing_a_role_removes_exactly_its_column(matrix: Matrix, qtbot) -> None:
    model = model_for(matrix)
    with (
        qtbot.assert_not_emitted(model.modelReset),
        qtbot.wait_signal(model.columnsRemoved) as blocker,
    ):
        model.document.apply(RemoveRole("writer"), "Delete role")
    assert blocker.args[1:] == [1, 1]
    assert [model.headerData(c, H) for c in range(3)] == ["Marketing Director", "Finance", "Legal"]


def test_inserting_an_activity_into_a_group_inserts_one_row(matrix: Matrix, qtbot) -> None:
    model = model_for(matrix)
    new = Activity(id="review", name="Review the plan", group="Planning")
    with qtbot.wait_signal(model.rowsInserted) as blocker:
        model.document.apply(InsertActivity(new, 1), "Add activity")
    assert blocker.args[1:] == [2, 2]
    assert headers(model)[:3] == ["▾ Planning", "Set the annual plan", "Review the plan"]


def test_renaming_updates_headers_without_structure_signals(matrix: Matrix, qtbot) -> None:
    model = model_for(matrix)
    renamed = matrix.role("legal").model_copy(update={"name": "Legal Counsel"})
    with (
        qtbot.assert_not_emitted(model.columnsRemoved),
        qtbot.wait_signal(model.headerDataChanged),
    ):
        model.document.apply(UpdateRole(renamed), "Rename")
    assert model.headerData(3, H) == "Legal Counsel"


def every_kind_of_edit(m: Matrix) -> list[Edit]:
    return [
        SetCells((CellValue("budget", "director", "A"), CellValue("budget", "legal", "R"))),
        InsertRole(Role(id="ceo", name="CEO", group="Strategic"), 1),
        RemoveRole("finance"),
        UpdateRole(m.role("legal").model_copy(update={"group": "Strategic"})),
        MoveRole("legal", 0),
        InsertActivity(Activity(id="launch", name="Launch", group="Planning"), 4),
        RemoveActivity("plan"),
        UpdateActivity(m.activity("news").model_copy(update={"group": "Planning"})),
        MoveActivity("news", 0),
        SetInfo("New title", ""),
    ]


def test_model_contract_holds_through_every_edit_undo_and_redo(qtmodeltester, matrix) -> None:
    """qtmodeltester watches the model while every kind of edit is done, undone and redone."""
    document = Document(matrix.copy_deep())
    model = MatrixModel(document)
    qtmodeltester.check(model, force_py=True)
    for edit in every_kind_of_edit(document.matrix):
        document.apply(edit, "step")
        assert headers(model) == headers(MatrixModel(Document(document.matrix.copy_deep())))
    model.set_collapsed("Planning", True)
    model.set_collapsed("Planning", False)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.matrix == matrix
    assert headers(model) == headers(model_for(matrix))
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert model.rowCount() == MatrixModel(Document(document.matrix.copy_deep())).rowCount()


def test_model_passes_qtmodeltester_on_the_bundled_sample(qtmodeltester) -> None:
    sample = read_matrix(paths.sample_path()).matrix
    qtmodeltester.check(model_for(sample), force_py=True)


def test_empty_model_passes_qtmodeltester(qtmodeltester) -> None:
    qtmodeltester.check(MatrixModel(), force_py=True)


def test_switching_documents_resets_the_model(matrix: Matrix, qtbot) -> None:
    model = model_for(matrix)
    other = Document(Matrix(scheme=DACI, roles=[Role(id="d", name="Driver")]))
    with qtbot.wait_signal(model.modelReset):
        model.set_document(other)
    assert (model.rowCount(), model.columnCount()) == (0, 1)
    matrix_doc_edit = SetInfo("x", "")
    other.apply(matrix_doc_edit, "info")
    assert model.document is other
