"""The import preview: the sheet as read, the result, the report, and the user's choices."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from raci_editor.core.importing import ColumnKind, Grid, ImportOptions, RowKind
from raci_editor.gui import import_preview
from raci_editor.gui.import_preview import ImportPreviewDialog
from raci_editor.gui.import_result_model import ResultModel
from raci_editor.gui.import_sheet_model import SheetModel
from raci_editor.storage.spreadsheet import read_grids

pytestmark = pytest.mark.gui
Rows = Sequence[Sequence[object]]

TEAM: Rows = [
    ["Team responsibilities"],
    [],
    ["Activity", "Status", "Project Manager", "Developer", "QA"],
    ["Plan the release", "open", "A", "R", "C"],
    ["Build it", "done", "I", "R/A", ""],
    ["Test it", "open", "I", "C", "R, A"],
    ["Ship it", "open", "A", "R", "I"],
]
"""A title above the header, an extra status column, letters written as people do."""


def workbook(path: Path, sheets: dict[str, Rows]) -> Path:
    """Write a workbook with one sheet per entry."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def team_grids(tmp_path: Path) -> list[Grid]:
    return read_grids(workbook(tmp_path / "team.xlsx", {"RACI": TEAM}))


def preview(qtbot: QtBot, grids: Sequence[Grid], name: str = "team.xlsx") -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(grids, name)
    qtbot.addWidget(dialog)
    return dialog


def role_names(dialog: ImportPreviewDialog) -> list[str]:
    imported = dialog.imported()
    assert imported is not None
    return [r.name for r in imported.matrix.roles]


def trigger(dialog: ImportPreviewDialog, columns: list[int], label: str) -> None:
    """Pick ``label`` in the column menu of ``columns``."""
    menu = dialog.sheet_view.column_menu(columns)
    [action] = [a for a in menu.actions() if a.text() == label]
    action.trigger()
    menu.deleteLater()


# -- what is shown ------------------------------------------------------------------


def test_the_preview_shows_what_will_be_imported(qtbot: QtBot, team_grids: list[Grid]) -> None:
    dialog = preview(qtbot, team_grids)
    assert dialog.import_button.isEnabled()
    assert role_names(dialog) == ["Project Manager", "Developer", "QA"]
    assert dialog.summary.text() == "4 activities and 3 roles will be imported, read as RACI."
    assert dialog.header_spin.value() == 3
    assert dialog.scheme_combo.currentText() == "Detect (RACI)"
    assert dialog.sheet_combo.currentText() == "RACI"


def test_the_sheet_has_letters_and_numbers_and_says_what_each_part_was_taken_as(
    qtbot: QtBot, team_grids: list[Grid]
) -> None:
    dialog = preview(qtbot, team_grids)
    model = dialog.sheet_model
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    assert [model.headerData(c, horizontal) for c in range(5)] == ["A", "B", "C", "D", "E"]
    assert model.headerData(0, vertical) == "1"
    assert model.index(2, 2).data() == "Project Manager"
    tip = Qt.ItemDataRole.ToolTipRole
    assert "Header row" in model.headerData(2, vertical, tip)
    assert "Activity" in model.headerData(3, vertical, tip)
    assert "Outside the matrix" in model.headerData(0, vertical, tip)
    assert "the role “Project Manager”" in model.headerData(2, horizontal, tip)
    assert "Activity names" in model.headerData(0, horizontal, tip)
    assert "Ignored" in model.headerData(1, horizontal, tip)
    assert "Ignored" in model.index(3, 1).data(tip)
    assert model.row_kind(2) is RowKind.HEADER
    assert model.column_kind(1) is ColumnKind.IGNORED


def test_ignored_columns_and_rows_outside_are_greyed_and_the_header_tinted(
    qtbot: QtBot, team_grids: list[Grid]
) -> None:
    model = preview(qtbot, team_grids).sheet_model
    fg, bg = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole
    assert model.index(3, 1).data(fg) is not None  # the status column
    assert model.index(0, 0).data(fg) is not None  # the title
    assert model.index(3, 2).data(fg) is None  # a letter that is imported
    assert model.index(2, 3).data(bg) is not None
    assert model.index(3, 0).data(bg) != model.index(3, 3).data(bg)


def test_the_result_tab_shows_group_activity_and_letters_as_the_scheme_writes_them(
    qtbot: QtBot, team_grids: list[Grid]
) -> None:
    model = preview(qtbot, team_grids).result_model
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(model.columnCount())] == [
        "Group",
        "Activity",
        "Project Manager",
        "Developer",
        "QA",
    ]
    assert model.index(1, 1).data() == "Build it"
    assert model.index(1, 3).data() == "R/A"
    assert model.index(2, 4).data() == "R/A"


def test_the_report_lists_the_decisions_and_the_cells_it_could_not_read(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rows = [list(r) for r in TEAM]
    rows[4] = ["Build it", "done", "I", "R/A", "maybe"]
    dialog = preview(qtbot, read_grids(workbook(tmp_path / "t.xlsx", {"RACI": rows})))
    lines = dialog.report_list.lines()
    assert lines[0] == "What was decided"
    assert any("row 3" in line for line in lines)
    [unknown] = [line for line in lines if "'maybe'" in line]
    assert unknown.startswith("Build it / QA: ")


def test_a_big_sheet_opens_quickly(qtbot: QtBot) -> None:
    rows = [["Activity", *(f"Role {n}" for n in range(12))]]
    rows += [
        [f"Deliverable {n}", *("R" if c == n % 12 else "A" if c == 11 else "" for c in range(12))]
        for n in range(5000)
    ]
    start = time.perf_counter()
    dialog = preview(qtbot, [Grid("Big", rows)])
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.choose_header_row(0)  # once more, as when the user changes a choice
    assert dialog.sheet_model.rowCount() == 5001
    assert dialog.result_model.rowCount() == 5000
    assert time.perf_counter() - start < 10  # about half a second on a laptop


# -- the user's choices --------------------------------------------------------------


def test_changing_the_header_row_imports_again(qtbot: QtBot, team_grids: list[Grid]) -> None:
    dialog = preview(qtbot, team_grids)
    dialog.header_spin.setValue(4)  # the first activity, taken as the role names
    assert dialog.options().header_row == 3
    assert role_names(dialog) == ["A", "R", "C"]
    assert dialog.result_model.index(0, 1).data() == "Build it"
    assert dialog.sheet_model.row_kind(3) is RowKind.HEADER
    dialog.header_spin.setValue(0)  # "Detect"
    assert dialog.options().header_row is None
    assert role_names(dialog) == ["Project Manager", "Developer", "QA"]
    assert dialog.header_spin.value() == 3


def test_a_column_marked_ignored_loses_its_role(qtbot: QtBot, team_grids: list[Grid]) -> None:
    dialog = preview(qtbot, team_grids)
    trigger(dialog, [4], "Ignored")
    assert dialog.options().columns == {4: ColumnKind.IGNORED}
    assert role_names(dialog) == ["Project Manager", "Developer"]
    assert dialog.sheet_model.column_kind(4) is ColumnKind.IGNORED
    tip = dialog.sheet_model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "(your choice)" in tip
    trigger(dialog, [4], "Detect Automatically")
    assert dialog.options().columns == {}
    assert role_names(dialog) == ["Project Manager", "Developer", "QA"]


def test_ignoring_a_middle_column_keeps_the_roles_beside_it(
    qtbot: QtBot, team_grids: list[Grid]
) -> None:
    dialog = preview(qtbot, team_grids)
    trigger(dialog, [3], "Ignored")
    assert role_names(dialog) == ["Project Manager", "QA"]


def test_a_column_marked_role_becomes_a_role(qtbot: QtBot, team_grids: list[Grid]) -> None:
    dialog = preview(qtbot, team_grids)
    menu = dialog.sheet_view.column_menu([1])
    checked = [a.text() for a in menu.actions() if a.isChecked()]
    assert checked == ["Ignored"]
    trigger(dialog, [1], "Role")
    assert "Status" in role_names(dialog)


def test_the_menu_of_a_selected_column_applies_to_every_selected_column(
    qtbot: QtBot, team_grids: list[Grid]
) -> None:
    dialog = preview(qtbot, team_grids)
    view = dialog.sheet_view
    view.selectColumn(1)
    view.selectionModel().select(
        dialog.sheet_model.index(0, 4),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Columns,
    )
    assert view.selected_columns(4) == [1, 4]
    assert view.selected_columns(0) == [0]
    trigger(dialog, view.selected_columns(4), "Ignored")
    assert dialog.options().columns == {1: ColumnKind.IGNORED, 4: ColumnKind.IGNORED}
    assert role_names(dialog) == ["Project Manager", "Developer"]


def test_picking_a_scheme_reads_the_letters_with_it(qtbot: QtBot, team_grids: list[Grid]) -> None:
    dialog = preview(qtbot, team_grids)
    combo = dialog.scheme_combo
    combo.activated.emit(combo.findData("RASCI"))
    imported = dialog.imported()
    assert imported is not None
    assert imported.matrix.scheme.name == "RASCI"
    assert dialog.options().scheme == "RASCI"
    assert combo.currentText() == "RASCI"
    assert dialog.reset_button.isEnabled()
    dialog.reset_button.click()
    assert dialog.options() == ImportOptions()
    assert combo.currentText() == "Detect (RACI)"


def test_the_sheet_combo_picks_the_sheet(qtbot: QtBot, tmp_path: Path) -> None:
    notes: Rows = [["Read me first"], ["This workbook lists who does what."]]
    grids = read_grids(workbook(tmp_path / "two.xlsx", {"Notes": notes, "RACI": TEAM}))
    dialog = preview(qtbot, grids)
    combo = dialog.sheet_combo
    assert combo.currentText() == "RACI"  # the matrix is found on the second sheet
    combo.activated.emit(combo.findText("Notes"))
    assert dialog.options().sheet == "Notes"
    assert dialog.sheet_model.grid.name == "Notes"
    assert not dialog.import_button.isEnabled()
    combo.activated.emit(combo.findText("RACI"))
    assert dialog.import_button.isEnabled()
    assert dialog.sheet_model.index(2, 2).data() == "Project Manager"


# -- no matrix -------------------------------------------------------------------------


def test_no_matrix_disables_import_and_says_why(qtbot: QtBot) -> None:
    dialog = preview(qtbot, [Grid("Notes", [["Shopping list"], ["milk"], ["bread"]])], "list.xlsx")
    assert not dialog.import_button.isEnabled()
    assert dialog.imported() is None
    reason = dialog.problem()
    assert reason
    assert dialog.summary.text() == f"No RACI matrix found in list.xlsx: {reason}"
    assert dialog.result_model.rowCount() == 0
    assert dialog.sheet_model.index(1, 0).data() == "milk"  # the sheet is still shown
    assert dialog.header_spin.text() == "Detect"
    assert dialog.report_list.lines()[0] == "Nothing can be imported yet"


def test_a_failing_importer_is_shown_not_raised(
    qtbot: QtBot, team_grids: list[Grid], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object) -> None:
        raise ValueError("bug in the importer")

    monkeypatch.setattr(import_preview, "import_grids", explode)
    dialog = preview(qtbot, team_grids)
    assert not dialog.import_button.isEnabled()
    assert "unexpected ValueError: bug in the importer" in dialog.summary.text()


def test_an_empty_file_shows_an_empty_sheet(qtbot: QtBot) -> None:
    dialog = preview(qtbot, [])
    assert not dialog.import_button.isEnabled()
    assert dialog.sheet_model.rowCount() == 0


# -- accepting -------------------------------------------------------------------------


def test_choose_import_gives_the_matrix_on_import_and_none_on_cancel(
    qtbot: QtBot, team_grids: list[Grid], monkeypatch: pytest.MonkeyPatch
) -> None:
    def click_import(dialog: ImportPreviewDialog) -> int:
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", click_import)
    imported = import_preview.choose_import(None, team_grids, "team.xlsx")
    assert imported is not None
    assert imported.matrix.activities[0].name == "Plan the release"
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert import_preview.choose_import(None, team_grids, "team.xlsx") is None


# -- the models ------------------------------------------------------------------------


def test_the_sheet_model_passes_the_model_tester(
    qtmodeltester, qtbot: QtBot, team_grids: list[Grid]
) -> None:
    model = SheetModel()
    qtmodeltester.check(model)
    model.set_grid(team_grids[0])
    qtmodeltester.check(model)
    imported = preview(qtbot, team_grids).imported()
    assert imported is not None
    model.set_report(imported.report, {4: ColumnKind.IGNORED})
    qtmodeltester.check(model)
    model.set_grid(Grid("ragged", [["a"], ["b", "c", "d"], []]))
    qtmodeltester.check(model)


def test_the_result_model_passes_the_model_tester(
    qtmodeltester, qtbot: QtBot, team_grids: list[Grid]
) -> None:
    model = ResultModel()
    qtmodeltester.check(model)
    imported = preview(qtbot, team_grids).imported()
    assert imported is not None
    model.set_matrix(imported.matrix)
    qtmodeltester.check(model)
