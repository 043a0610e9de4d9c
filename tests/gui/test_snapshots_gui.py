"""Named snapshots in the editor: save one, compare with it, rename, delete, each undoable."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from raci_editor.core.edits import CellValue, SetCells
from raci_editor.core.model import Matrix
from raci_editor.gui import snapshot_ops
from raci_editor.gui.compare_model import CHANGED, DIFF_ROLE
from raci_editor.gui.main_window import MainWindow
from raci_editor.gui.snapshot_ops import SnapshotsDialog
from raci_editor.storage.formats import read_matrix

pytestmark = pytest.mark.gui
WHEN = datetime(2026, 11, 27, 10, 15, 42)


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot_ops, "now", lambda: WHEN)


def _name(monkeypatch: pytest.MonkeyPatch, reply: str | None) -> list[str]:
    """Answer the name question with ``reply``; the suggestions it was asked with."""
    suggested: list[str] = []

    def ask(_parent: QWidget, _title: str, _label: str, suggestion: str) -> str | None:
        suggested.append(suggestion)
        return reply

    monkeypatch.setattr(snapshot_ops, "ask_name", ask)
    return suggested


def _set(window: MainWindow, activity: str, role: str, letters: str) -> None:
    window.document.apply(SetCells((CellValue(activity, role, letters, ""),)), "Set")


def test_saving_a_snapshot_suggests_the_time_and_is_one_undo_step(
    file_window: MainWindow, matrix: Matrix, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested = _name(monkeypatch, "Before launch review")
    document = file_window.document
    assert file_window.snapshot_ops.save_dialog()
    assert suggested == ["Snapshot 2026-11-27 10:15"]
    (snapshot,) = document.matrix.snapshots
    assert (snapshot.name, snapshot.taken) == ("Before launch review", "2026-11-27T10:15:42")
    assert snapshot.matrix == matrix
    assert document.is_modified
    assert document.undo_stack.undoText() == "Save Snapshot “Before launch review”"
    document.undo_stack.undo()
    assert document.matrix.snapshots == []
    assert not document.is_modified


def test_cancelling_the_name_keeps_no_snapshot(
    file_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _name(monkeypatch, None)
    assert not file_window.snapshot_ops.save_dialog()
    assert file_window.document.matrix.snapshots == []
    assert file_window.document.undo_stack.count() == 0


def test_a_name_already_used_gets_a_number(file_window: MainWindow) -> None:
    ops = file_window.snapshot_ops
    assert ops.save("Review")
    assert ops.save("review")
    assert [s.name for s in file_window.document.matrix.snapshots] == ["Review", "review (2)"]


def test_snapshots_are_saved_with_the_document(file_window: MainWindow, tmp_path: Path) -> None:
    file_window.snapshot_ops.save("Before launch review")
    target = tmp_path / "saved.raci.json"
    file_window.document.save(target)
    (snapshot,) = read_matrix(target).matrix.snapshots
    assert snapshot.name == "Before launch review"


def test_comparing_with_a_snapshot_shows_what_changed_since(file_window: MainWindow) -> None:
    file_window.snapshot_ops.save("Before launch review")
    _set(file_window, "budget", "finance", "A")
    dialog = file_window.compare_ops.compare_with_snapshot(0)
    assert dialog is not None
    assert [(c.kind, c.before, c.after) for c in dialog.changes] == [("cell", "C", "A")]
    assert dialog.old_pane.caption.text() == (
        "Before: snapshot “Before launch review” of 2026-11-27 10:15"
    )
    assert dialog.new_pane.caption.text() == "After: small-team.raci.json (open)"
    assert dialog.take_button is None
    for model in (dialog.old_model, dialog.new_model):
        row, column = model.row_of("budget"), model.column_of("finance")
        assert row is not None
        assert column is not None
        assert model.index(row, column).data(DIFF_ROLE) == CHANGED
    dialog.close()


def test_undoing_the_edit_leaves_nothing_to_compare(file_window: MainWindow) -> None:
    file_window.snapshot_ops.save("Before")
    _set(file_window, "budget", "finance", "A")
    file_window.document.undo_stack.undo()
    dialog = file_window.compare_ops.compare_with_snapshot(0)
    assert dialog is not None
    assert dialog.changes == []
    assert dialog.count_label.text() == "No differences."
    dialog.close()


def test_rename_and_delete_are_undoable(file_window: MainWindow) -> None:
    ops, stack = file_window.snapshot_ops, file_window.document.undo_stack
    ops.save("First")
    ops.save("Second")
    assert ops.rename(0, "Kick-off")
    assert stack.undoText() == "Rename Snapshot “First”"
    assert [s.name for s in file_window.document.matrix.snapshots] == ["Kick-off", "Second"]
    assert ops.delete(1)
    assert stack.undoText() == "Delete Snapshot “Second”"
    assert [s.name for s in file_window.document.matrix.snapshots] == ["Kick-off"]
    stack.undo()
    stack.undo()
    assert [s.name for s in file_window.document.matrix.snapshots] == ["First", "Second"]


def test_a_blank_new_name_changes_nothing(
    file_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(snapshot_ops.dialogs, "error", lambda _p, title, text: errors.append(text))
    file_window.snapshot_ops.save("First")
    assert not file_window.snapshot_ops.rename(0, "   ")
    assert errors
    assert file_window.document.matrix.snapshots[0].name == "First"


def test_the_compare_menu_lists_the_snapshots(file_window: MainWindow) -> None:
    menu = QMenu(file_window)
    file_window.snapshot_ops.fill_compare_menu(menu)
    (empty,) = menu.actions()
    assert empty.text() == "No Snapshots"
    assert not empty.isEnabled()
    file_window.snapshot_ops.save("Before launch review")
    file_window.snapshot_ops.fill_compare_menu(menu)
    (entry,) = menu.actions()
    assert entry.text() == "&1 Before launch review (2026-11-27 10:15)"
    assert entry.statusTip()
    entry.trigger()
    dialogs = [w for w in file_window.findChildren(QDialog) if w.isVisible()]
    assert any(d.windowTitle().startswith("Compare:") for d in dialogs)
    for d in dialogs:
        d.close()


def test_the_snapshots_dialog_deletes_and_renames(
    file_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ops = file_window.snapshot_ops
    ops.save("First")
    ops.save("Second")
    _name(monkeypatch, "Renamed")

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, SnapshotsDialog)
        assert dialog.tree.topLevelItemCount() == 2
        assert dialog.current() == 1  # the newest is chosen
        dialog.delete_button.click()
        assert dialog.tree.topLevelItemCount() == 1
        assert dialog.current() == 0
        dialog.rename_button.click()
        assert dialog.tree.topLevelItem(0).text(0) == "Renamed"
        dialog.delete_button.click()
        assert dialog.current() is None
        assert not dialog.delete_button.isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(snapshot_ops, "exec_dialog", drive)
    ops.manage()
    assert file_window.document.matrix.snapshots == []
    assert file_window.document.undo_stack.count() == 5  # two saves, delete, rename, delete


def test_the_snapshot_actions_are_in_the_matrix_menu(file_window: MainWindow) -> None:
    act = file_window.act
    assert act.save_snapshot in act.matrix_menu.actions()
    assert act.snapshots in act.matrix_menu.actions()
    assert act.save_snapshot.shortcut().toString() == "Ctrl+Alt+S"
    assert (
        act.compare_snapshot_menu.menuAction()
        in file_window.menuBar().actions()[0].menu().actions()
    )
