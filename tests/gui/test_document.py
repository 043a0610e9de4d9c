"""The document: every change is one undo step, saving marks it clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from raci_editor.core.edits import Batch, CellValue, RemoveRole, SetCells, SetInfo
from raci_editor.core.errors import ModelError, RaciError
from raci_editor.core.model import Matrix
from raci_editor.gui.document import Document
from raci_editor.storage import native
from raci_editor.storage.formats import write_matrix

pytestmark = pytest.mark.gui


def test_apply_is_one_undo_step_and_undo_redo_round_trip(matrix: Matrix) -> None:
    doc = Document(matrix.copy_deep())
    doc.apply(SetCells((CellValue("budget", "director", "A"),)), "Set A on Marketing Director")
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Set A on Marketing Director"
    assert doc.is_modified
    doc.undo_stack.undo()
    assert doc.matrix == matrix
    assert not doc.is_modified
    doc.undo_stack.redo()
    assert doc.matrix.cell("budget", "director") == "A"


def test_a_refused_edit_changes_nothing_and_pushes_nothing(matrix: Matrix, qtbot) -> None:
    doc = Document(matrix.copy_deep())
    with pytest.raises(ModelError), qtbot.assert_not_emitted(doc.applied):
        doc.apply(RemoveRole("nobody"), "Delete role")
    assert doc.undo_stack.count() == 0
    assert doc.matrix == matrix


def test_a_failing_batch_rolls_back_and_announces_nothing(matrix: Matrix, qtbot) -> None:
    doc = Document(matrix.copy_deep())
    batch = Batch((SetInfo("T", ""), RemoveRole("writer"), RemoveRole("nobody")))
    with pytest.raises(ModelError), qtbot.assert_not_emitted(doc.applied):
        doc.apply(batch, "Batch")
    assert doc.matrix == matrix
    assert doc.undo_stack.count() == 0


def test_a_batch_is_announced_once(matrix: Matrix) -> None:
    doc = Document(matrix.copy_deep())
    seen: list[object] = []
    doc.applied.connect(seen.append)
    batch = Batch((SetInfo("T", ""), RemoveRole("writer")))
    doc.apply(batch, "Batch")
    assert seen == [batch]
    doc.undo_stack.undo()
    assert doc.matrix == matrix
    assert len(seen) == 2
    assert isinstance(seen[1], Batch)


def test_save_writes_the_file_and_marks_clean(matrix: Matrix, tmp_path: Path, qtbot) -> None:
    doc = Document(matrix.copy_deep())
    doc.apply(SetInfo("Renamed", ""), "Edit title")
    target = tmp_path / "team.raci.json"
    with qtbot.wait_signal(doc.path_changed):
        doc.save(target)
    assert not doc.is_modified
    assert doc.display_name == "team.raci.json"
    assert native.load(target).title == "Renamed"


def test_untitled_needs_a_path(matrix: Matrix) -> None:
    doc = Document(matrix)
    assert doc.display_name == "Untitled"
    with pytest.raises(ValueError, match="needs a path"):
        doc.save()


def test_open_reads_native_with_its_path_and_csv_without(matrix: Matrix, tmp_path: Path) -> None:
    write_matrix(matrix, tmp_path / "a.raci.json")
    write_matrix(matrix, tmp_path / "a.csv")
    assert Document.open(tmp_path / "a.raci.json").path == tmp_path / "a.raci.json"
    from_csv = Document.open(tmp_path / "a.csv")
    assert from_csv.path is None  # saving asks where, in the native format
    assert [r.name for r in from_csv.matrix.roles] == [r.name for r in matrix.roles]
    with pytest.raises(RaciError):
        Document.open(tmp_path / "missing.raci.json")
