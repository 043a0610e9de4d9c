"""A meeting edits the exported workbook in Excel; diffing it against the export lists those edits.

Issue 11: "It will be checked by editing an exported workbook as a meeting
would and diffing it against the original." The workbook is edited with
openpyxl the way people edit in Excel: letters typed over, a row inserted
in the middle of a group, a role header renamed, a row deleted. Ids travel
in the hidden column and row, so the renamed role is a rename and the rows
below the inserted one have not moved.

The edits go through ``tests/export/excel_sheet.py``.
"""

from __future__ import annotations

import json
from copy import copy
from pathlib import Path

import pytest
from openpyxl.utils import range_boundaries

from raci_editor.cli import main
from raci_editor.core.diff import Change, compare, describe, preview
from raci_editor.core.model import Matrix
from raci_editor.storage.formats import read_matrix, write_matrix
from tests.export.excel_sheet import HEADER_ROW, NAME_COL, ExcelSheet

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_projects" / "marketing-team.en.raci.json"


class Workbook(ExcelSheet):
    """The export opened in "Excel"."""

    def type(self, activity: str, role: str, value: str | None) -> None:
        self.sheet.cell(self.row_of(activity), self.col_of(role)).value = value

    def rename_role(self, old: str, new: str) -> None:
        self.sheet.cell(HEADER_ROW, self.col_of(old)).value = new

    def insert_activity(self, row: int, name: str, cells: dict[str, str]) -> None:
        """A new activity typed into an empty row inserted at ``row`` (the hidden id left empty)."""
        cols = {role: self.col_of(role) for role in cells}
        self.insert_row(row)
        self.sheet.cell(row, NAME_COL).value = name
        for role, letters in cells.items():
            self.sheet.cell(row, cols[role]).value = letters

    def save(self, path: Path) -> None:
        self.book.save(path)


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "team.xlsx"
    write_matrix(read_matrix(SAMPLE).matrix, path)
    return path


def meeting_edits(exported: Path, edited: Path) -> Matrix:
    """Edit the export as a meeting would; return the matrix as it was before."""
    matrix = read_matrix(exported).matrix
    a = [x.name for x in matrix.activities]
    book = Workbook(exported)
    book.type(a[0], "Brand Manager", "R/A")  # was C
    book.type(a[4], "Marketing Director", None)  # cleared
    book.type(a[7], "Sales Support", "I")  # was empty
    book.insert_activity(book.row_of(a[5]), "Brief the agency", {"Brand Manager": "R", "CEO": "A"})
    book.rename_role("Digital Marketing Specialist", "Digital Lead")
    book.delete_row(book.row_of(a[12]))
    book.save(edited)
    return matrix


def test_the_meeting_edits_are_exactly_the_changes(exported: Path, tmp_path: Path) -> None:
    edited = tmp_path / "after-meeting.xlsx"
    matrix = meeting_edits(exported, edited)
    old, new = read_matrix(exported), read_matrix(edited)
    assert old.keeps_ids
    assert new.keeps_ids
    assert old.matrix == matrix
    changes = compare(old.matrix, new.matrix)
    a = matrix.activities
    assert [(c.kind, c.activity, c.role, c.before, c.after) for c in changes] == [
        ("role-renamed", None, "Digital Lead", "Digital Marketing Specialist", "Digital Lead"),
        ("activity-removed", a[12].name, None, None, None),
        ("activity-added", "Brief the agency", None, None, None),
        ("cell", a[0].name, "Brand Manager", "C", "R/A"),
        ("cell", a[4].name, "Marketing Director", "I", ""),
        ("cell", "Brief the agency", "Brand Manager", "", "R"),
        ("cell", "Brief the agency", "CEO", "", "A"),
        ("cell", a[7].name, "Sales Support", "", "I"),
    ]
    assert changes[0].role_id == "digital-marketing-specialist"
    assert changes[1].activity_id == a[12].id
    added = new.matrix.activity(changes[2].activity_id or "")
    assert added.group == a[5].group  # inserted inside the group of the row below it
    assert preview(old.matrix, new.matrix, changes) == new.matrix


def test_taking_some_of_the_meeting_edits(exported: Path, tmp_path: Path) -> None:
    edited = tmp_path / "after-meeting.xlsx"
    meeting_edits(exported, edited)
    old, new = read_matrix(exported).matrix, read_matrix(edited).matrix
    changes = compare(old, new)
    chosen: list[Change] = [c for c in changes if c.kind in ("role-renamed", "activity-added")]
    chosen.append(next(c for c in changes if c.kind == "cell" and c.activity == "Brief the agency"))
    result = preview(old, new, chosen)
    assert result.role("digital-marketing-specialist").name == "Digital Lead"
    assert [x.id for x in result.activities if x.id not in {a.id for a in old.activities}] == [
        changes[2].activity_id
    ]
    assert len(result.activities) == len(old.activities) + 1  # the deleted row stays
    assert result.cell(changes[2].activity_id or "", "brand-manager") == "R"
    assert result.cell(changes[2].activity_id or "", "ceo") == ""  # not taken
    left = compare(result, new)
    assert describe(left[0]).startswith("Activity removed: ")
    assert [c.kind for c in left] == ["activity-removed", *["cell"] * 4]


def test_the_command_line_diff_of_the_meeting(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / "after-meeting.xlsx"
    meeting_edits(exported, edited)
    assert main(["diff", str(exported), str(edited), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [c["kind"] for c in report["changes"]] == [
        "role-renamed",
        "activity-removed",
        "activity-added",
        *["cell"] * 5,
    ]
    assert report["changes"][0] == {
        "kind": "role-renamed",
        "role": "Digital Lead",
        "before": "Digital Marketing Specialist",
        "after": "Digital Lead",
    }
    assert main(["diff", str(exported), str(exported)]) == 0
    assert capsys.readouterr().out == "no changes\n"


def test_sorting_through_the_filter_moves_rows_and_changes_nothing_else(
    exported: Path, tmp_path: Path
) -> None:
    """Data › Sort A to Z inside the sheet's filter sorts every column of its range."""
    matrix = read_matrix(exported).matrix
    group = [a for a in matrix.activities if a.group == matrix.activities[0].group]
    assert len(group) >= 3
    book = Workbook(exported)
    first_col, _, last_col, _ = range_boundaries(book.sheet.auto_filter.ref or "")
    rows = [book.row_of(a.name) for a in group]
    assert rows == list(range(rows[0], rows[0] + len(rows)))
    cells = [  # what a sort carries: each cell's value and its comment (the cell's note)
        [
            (book.sheet.cell(r, c).value, book.sheet.cell(r, c).comment)
            for c in range(first_col, last_col + 1)
        ]
        for r in rows
    ]
    by_name = sorted(cells, key=lambda row: str(row[NAME_COL - first_col][0]))  # A to Z
    for r, row in zip(rows, by_name, strict=True):
        for c, (value, comment) in zip(range(first_col, last_col + 1), row, strict=True):
            book.sheet.cell(r, c).value = value
            book.sheet.cell(r, c).comment = copy(comment)
    edited = tmp_path / "sorted.xlsx"
    book.save(edited)
    changes = compare(matrix, read_matrix(edited).matrix)
    assert changes
    assert {c.kind for c in changes} == {"activity-moved"}
