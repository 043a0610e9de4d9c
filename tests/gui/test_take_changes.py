"""File › Take Changes from…: each change with a check box, a preview of the findings, one undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from raci_editor.core.diff import compare
from raci_editor.core.model import Activity, Matrix
from raci_editor.core.rules import Severity
from raci_editor.core.scheme import BUILTIN_SCHEMES
from raci_editor.gui import take_changes
from raci_editor.gui.main_window import MainWindow
from raci_editor.gui.take_changes import TakeChangesDialog
from raci_editor.storage.formats import write_matrix

pytestmark = pytest.mark.gui
Answer = Callable[[TakeChangesDialog], int]


def _three_changes(matrix: Matrix) -> Matrix:
    """Three letters changed: the blog's director I → C, the budget's finance C → A, Legal on
    the plan gets I."""
    m = matrix.copy_deep()
    m.letters["blog"]["director"] = "C"
    m.letters["budget"]["finance"] = "A"
    m.letters["plan"]["legal"] = "I"
    return m


@pytest.fixture
def other_file(tmp_path: Path, matrix: Matrix) -> Path:
    path = tmp_path / "meeting.raci.json"
    write_matrix(_three_changes(matrix), path)
    return path


def answer(monkeypatch: pytest.MonkeyPatch, reply: Answer) -> list[TakeChangesDialog]:
    """Answer every Take Changes dialog with ``reply``; the list of the dialogs shown."""
    shown: list[TakeChangesDialog] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, TakeChangesDialog)
        shown.append(dialog)
        return reply(dialog)

    monkeypatch.setattr(take_changes, "exec_dialog", run)
    return shown


def _only_budget(dialog: TakeChangesDialog) -> int:
    for n, change in enumerate(dialog.changes):
        dialog.set_checked(n, change.activity == "Approve the budget")
    return QDialog.DialogCode.Accepted


def test_every_change_is_listed_checked(
    file_window: MainWindow, other_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = answer(monkeypatch, lambda d: QDialog.DialogCode.Rejected)
    file_window.compare_ops.take_changes_from(other_file)
    (dialog,) = shown
    assert len(dialog.changes) == 3
    assert dialog.chosen() == dialog.changes
    texts = [dialog.change_list.item(n).text() for n in range(3)]
    assert "Approve the budget / Finance: C → A" in texts
    assert dialog.chosen_label.text() == "3 of 3 chosen"
    assert dialog.windowTitle() == "Take Changes from meeting.raci.json"


def test_taking_one_of_three_applies_exactly_it_and_one_undo_restores(
    file_window: MainWindow, other_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = file_window.document
    before = document.matrix.copy_deep()
    answer(monkeypatch, _only_budget)
    assert file_window.compare_ops.take_changes_from(other_file) == 1
    matrix = document.matrix
    assert matrix.cell("budget", "finance") == "A"
    assert matrix.cell("blog", "director") == "I"  # not taken
    assert matrix.cell("plan", "legal") == ""  # not taken
    assert [c.kind for c in compare(before, matrix)] == ["cell"]
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Take 1 change from meeting.raci.json"
    assert document.is_modified
    document.undo_stack.undo()
    assert document.matrix == before
    assert not document.is_modified


def test_taking_all_is_one_step_named_after_the_file(
    file_window: MainWindow, other_file: Path, matrix: Matrix, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, lambda d: QDialog.DialogCode.Accepted)
    assert file_window.compare_ops.take_changes_from(other_file) == 3
    assert file_window.document.matrix == _three_changes(matrix)
    assert file_window.document.undo_stack.count() == 1
    assert file_window.document.undo_stack.undoText() == "Take 3 changes from meeting.raci.json"


def test_cancelling_changes_nothing(
    file_window: MainWindow, other_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = file_window.document.matrix.copy_deep()
    answer(monkeypatch, lambda d: QDialog.DialogCode.Rejected)
    assert file_window.compare_ops.take_changes_from(other_file) == 0
    assert file_window.document.matrix == before
    assert file_window.document.undo_stack.count() == 0


def test_taking_nothing_changes_nothing(
    file_window: MainWindow, other_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def none(dialog: TakeChangesDialog) -> int:
        dialog.select_none_button.click()
        assert dialog.chosen() == []
        assert not dialog.apply_button.isEnabled()
        assert dialog.chosen_label.text() == "0 of 3 chosen"
        dialog.select_all_button.click()
        assert dialog.chosen() == dialog.changes
        assert dialog.apply_button.isEnabled()
        dialog.set_all(Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    before = file_window.document.matrix.copy_deep()
    answer(monkeypatch, none)
    assert file_window.compare_ops.take_changes_from(other_file) == 0
    assert file_window.document.matrix == before
    assert file_window.document.undo_stack.count() == 0


def test_the_preview_follows_the_check_boxes(
    file_window: MainWindow, tmp_path: Path, matrix: Matrix, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = matrix.copy_deep()
    other.letters["plan"].pop("director")  # the plan loses its Accountable: a new error
    other.letters["budget"]["finance"] = "A"  # the budget gets one
    path = tmp_path / "meeting.raci.json"
    write_matrix(other, path)
    seen: dict[str, object] = {}

    def look(dialog: TakeChangesDialog) -> int:
        dialog.refresh_preview()
        errors = [f for f in dialog.preview_findings if f.severity is Severity.ERROR]
        seen["all"] = {(f.rule, f.activity_id) for f in errors}
        seen["all_items"] = [
            dialog.finding_list.item(n).text() for n in range(dialog.finding_list.count())
        ]
        loses_a = next(n for n, c in enumerate(dialog.changes) if c.activity_id == "plan")
        dialog.set_checked(loses_a, False)
        assert dialog.preview_pending  # recomputed on a timer, not at once
        dialog.refresh_preview()
        errors = [f for f in dialog.preview_findings if f.severity is Severity.ERROR]
        seen["without"] = {(f.rule, f.activity_id) for f in errors}
        seen["label"] = dialog.preview_label.text()
        return QDialog.DialogCode.Rejected

    answer(monkeypatch, look)
    file_window.compare_ops.take_changes_from(path)
    assert ("no-accountable", "plan") in seen["all"]
    assert ("no-accountable", "budget") not in seen["all"]
    assert ("no-accountable", "plan") not in seen["without"]
    assert any(text.startswith("New: Set the annual plan") for text in seen["all_items"]), seen[
        "all_items"
    ]
    assert str(seen["label"]).startswith("With the 1 chosen changes: ")


def test_the_preview_is_recomputed_on_a_short_timer(
    qtbot: QtBot, file_window: MainWindow, matrix: Matrix
) -> None:
    other = _three_changes(matrix)
    dialog = TakeChangesDialog(
        file_window,
        file_window.document.matrix,
        other,
        compare(file_window.document.matrix, other),
        by_id=True,
        source="meeting.raci.json",
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.preview_pending)
    dialog.set_checked(0, False)
    dialog.set_checked(1, False)
    assert dialog.preview_label.text() == "Checking…"
    qtbot.waitUntil(lambda: not dialog.preview_pending)
    assert dialog.preview_label.text().startswith("With the 1 chosen changes")


def test_a_broken_file_gives_an_error_and_leaves_the_document(
    file_window: MainWindow, broken_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: errors.append(title))
    shown = answer(monkeypatch, lambda d: QDialog.DialogCode.Accepted)
    before = file_window.document.matrix.copy_deep()
    assert file_window.compare_ops.take_changes_from(broken_file) == 0
    assert errors == ["Cannot take changes"]
    assert shown == []
    assert file_window.document.matrix == before
    assert not file_window.document.is_modified


def test_a_file_without_changes_says_so(
    file_window: MainWindow, matrix_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = answer(monkeypatch, lambda d: QDialog.DialogCode.Accepted)
    assert file_window.compare_ops.take_changes_from(matrix_file) == 0
    assert shown == []
    assert file_window.statusBar().currentMessage() == (
        "small-team.raci.json has no changes to take."
    )


def test_an_edited_export_coming_back_from_a_meeting(
    file_window: MainWindow, tmp_path: Path, matrix: Matrix, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export goes to the meeting; a letter is typed over and a role renamed in Excel."""
    path = tmp_path / "meeting.xlsx"
    write_matrix(matrix, path)
    book = load_workbook(path)
    sheet = book["RACI"]
    rows = list(sheet.iter_rows())
    header = next(row for row in rows if any(c.value == "Legal" for c in row))
    legal = next(c for c in header if c.value == "Legal")
    blog = next(r[0].row for r in rows if any(c.value == "Write the blog" for c in r))
    sheet.cell(blog, legal.column).value = "C"
    legal.value = "Legal counsel"
    book.save(path)
    shown = answer(monkeypatch, lambda d: QDialog.DialogCode.Accepted)
    assert file_window.compare_ops.take_changes_from(path) == 2
    assert {c.kind for c in shown[0].changes} == {"cell", "role-renamed"}
    assert file_window.document.matrix.cell("blog", "legal") == "C"
    assert file_window.document.matrix.role("legal").name == "Legal counsel"
    file_window.document.undo_stack.undo()
    assert file_window.document.matrix == matrix


def test_the_compare_window_hands_on_to_take_changes(
    file_window: MainWindow, other_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = answer(monkeypatch, _only_budget)
    dialog = file_window.compare_ops.compare_with_file(other_file)
    assert dialog is not None
    assert dialog.take_button is not None
    dialog.take_button.click()
    assert len(shown) == 1
    assert file_window.document.matrix.cell("budget", "finance") == "A"
    assert not dialog.isVisible()


def test_a_cell_of_an_added_activity_brings_the_activity_along(
    file_window: MainWindow, tmp_path: Path, matrix: Matrix, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = matrix.copy_deep()
    other.insert_activity(1, Activity(id="brief", name="Brief the agency"))
    other.letters["brief"] = {"director": "A"}
    path = tmp_path / "added.raci.json"
    write_matrix(other, path)

    def only_the_cell(dialog: TakeChangesDialog) -> int:
        for n, change in enumerate(dialog.changes):
            dialog.set_checked(n, change.kind == "cell")
        return QDialog.DialogCode.Accepted

    answer(monkeypatch, only_the_cell)
    assert file_window.compare_ops.take_changes_from(path) == 2  # the row and its cell
    assert file_window.document.matrix == other
    assert file_window.document.undo_stack.undoText() == "Take 2 changes from added.raci.json"


def test_letters_the_matrix_has_not_are_not_taken_and_nothing_is_pushed(
    file_window: MainWindow, tmp_path: Path, matrix: Matrix, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = matrix.copy_deep()
    other.scheme = BUILTIN_SCHEMES["RASCI"]
    other.letters["plan"]["legal"] = "S"
    path = tmp_path / "rasci.raci.json"
    write_matrix(other, path)
    answer(monkeypatch, lambda d: QDialog.DialogCode.Accepted)
    assert file_window.compare_ops.take_changes_from(path) == 0
    assert file_window.document.undo_stack.count() == 0
    assert not file_window.document.is_modified
