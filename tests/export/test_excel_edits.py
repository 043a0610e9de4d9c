"""A meeting edits the export in Excel (simulated with openpyxl); the editor reads the edits back.

Issue 6: the workbook must "keep working when people edit it in Excel during
the meeting" and "come back into the editor with nothing lost": letters,
names and rows changed in Excel are taken over; ids, notes, descriptions,
holders, rule settings and waivers of what was not touched are kept.

The edits go through ``tests/export/excel_sheet.py``.
"""

from __future__ import annotations

from copy import copy
from pathlib import Path

import pytest

from raci_editor.core.model import Activity, Matrix
from raci_editor.storage.formats import read_matrix, write_matrix
from tests.export.excel_sheet import HEADER_ROW, NAME_COL, ExcelSheet
from tests.export.strategies import rich_sample

# -- the matrix and the workbook --------------------------------------------------


def base_matrix() -> Matrix:
    """The marketing sample with rules, waivers, notes, a description and role holders."""
    matrix = rich_sample()
    roles = list(matrix.roles)
    roles[0] = roles[0].model_copy(update={"holder": "Ana Silva", "deputy": "Bo Chen"})
    roles[1] = roles[1].model_copy(update={"holder": "=Kim"})
    activities = list(matrix.activities)
    activities[3] = activities[3].model_copy(update={"description": "Yearly, before Q1."})
    return Matrix(
        title=matrix.title,
        description=matrix.description,
        scheme=matrix.scheme,
        roles=roles,
        activities=activities,
        letters=matrix.letters,
        notes=matrix.notes,
        rules=matrix.rules,
        waivers=matrix.waivers,
    )


class Meeting(ExcelSheet):
    """The export opened in "Excel"."""

    def __init__(self, matrix: Matrix, folder: Path) -> None:
        self.matrix = matrix
        write_matrix(matrix, folder / "meeting.xlsx")
        super().__init__(folder / "meeting.xlsx")

    def cell(self, activity: str, role: str) -> str:
        """A cell by activity and role id (found through their names)."""
        row = self.row_of(self.matrix.activity(activity).name)
        col = self.col_of(self.matrix.role(role).name)
        return self.sheet.cell(row, col).coordinate

    # edits

    def type(self, coordinate: str, value: str | None) -> None:
        self.sheet[coordinate].value = value

    def move_row(self, source: int, target: int) -> None:
        """Cut row ``source`` and insert it before row ``target`` (all columns, hidden A too)."""
        self.insert_row(target)
        if source >= target:
            source += 1
        for col in range(1, self.sheet.max_column + 1):
            old, new = self.sheet.cell(source, col), self.sheet.cell(target, col)
            new.value = old.value
            new._style = copy(old._style)
            if old.comment is not None:
                new.comment = copy(old.comment)
        self.delete_row(source)

    def read_back(self) -> Matrix:
        self.book.save(self.path)
        return read_matrix(self.path).matrix


def same_except(back: Matrix, expected: Matrix) -> None:
    parts = ("title", "description", "scheme", "roles", "activities", "letters", "notes",
             "rules", "waivers")  # fmt: skip
    differences = [
        (part, getattr(back, part), getattr(expected, part))
        for part in parts
        if getattr(back, part) != getattr(expected, part)
    ]
    assert differences == []


@pytest.fixture
def meeting(tmp_path: Path) -> Meeting:
    return Meeting(base_matrix(), tmp_path)


# -- one edit at a time ---------------------------------------------------------------


def test_reading_the_untouched_export_gives_the_matrix(meeting: Meeting) -> None:
    same_except(meeting.read_back(), meeting.matrix)


def test_a_changed_letter(meeting: Meeting) -> None:
    meeting.type(meeting.cell("set-marketing-strategy", "brand-manager"), "A")
    expected = meeting.matrix.copy_deep()
    expected.put_cell("set-marketing-strategy", "brand-manager", "A", "")
    same_except(meeting.read_back(), expected)


def test_a_letter_typed_into_an_empty_cell_and_a_combination(meeting: Meeting) -> None:
    assert meeting.matrix.cell("brand-positioning", "sales") == ""
    meeting.type(meeting.cell("brand-positioning", "sales"), "I")
    meeting.type(meeting.cell("event-design", "legal"), "R/A")
    expected = meeting.matrix.copy_deep()
    expected.put_cell("brand-positioning", "sales", "I", "")
    expected.put_cell("event-design", "legal", "RA", "")
    same_except(meeting.read_back(), expected)


def test_a_cleared_cell_loses_its_letters_but_keeps_its_note(meeting: Meeting) -> None:
    note = meeting.matrix.note("set-marketing-strategy", "ceo")
    assert note
    assert meeting.matrix.cell("set-marketing-strategy", "ceo") == "A"
    meeting.type(meeting.cell("set-marketing-strategy", "ceo"), None)
    expected = meeting.matrix.copy_deep()
    expected.put_cell("set-marketing-strategy", "ceo", "", note)
    same_except(meeting.read_back(), expected)


def test_a_renamed_role_keeps_its_id_group_description_holder_and_letters(
    meeting: Meeting,
) -> None:
    old = meeting.matrix.role("marketing-director")
    meeting.type(f"{_col(meeting.col_of(old.name))}{HEADER_ROW}", "Head of Marketing")
    back = meeting.read_back()
    role = back.role("marketing-director")
    assert role == old.model_copy(update={"name": "Head of Marketing"})
    expected = meeting.matrix.copy_deep()
    expected.replace_role(role)
    same_except(back, expected)


def test_a_renamed_activity_keeps_its_id_description_group_notes_and_waivers(
    meeting: Meeting,
) -> None:
    old = meeting.matrix.activity("oversee-marketing-budget")
    meeting.type(f"B{meeting.row_of(old.name)}", "+Own the budget")
    expected = meeting.matrix.copy_deep()
    expected.replace_activity(old.model_copy(update={"name": "+Own the budget"}))
    same_except(meeting.read_back(), expected)


def _col(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


def _new_row(meeting: Meeting, row: int, name: str, cells: dict[str, str]) -> None:
    meeting.insert_row(row)
    meeting.type(f"B{row}", name)
    for role_id, letters in cells.items():
        meeting.type(f"{_col(meeting.col_of(meeting.matrix.role(role_id).name))}{row}", letters)


def _with_new_activity(
    back: Matrix, expected: Matrix, index: int, *, name: str, group: str, cells: dict[str, str]
) -> None:
    """Check the new activity (its id is the reader's choice) and add it to ``expected``."""
    new = back.activities[index]
    assert new.name == name
    assert new.group == group
    assert new.description == ""
    assert new.id.strip()
    assert not expected.has_activity(new.id), "a new row must not take an existing id"
    expected.insert_activity(index, Activity(id=new.id, name=name, group=group))
    for role_id, letters in cells.items():
        expected.put_cell(new.id, role_id, letters.replace("/", ""), "")


def test_a_new_activity_at_the_end_of_a_group(meeting: Meeting) -> None:
    last = meeting.matrix.activity("coordinate-cross-department-resources")
    assert meeting.matrix.activities[3].group != last.group
    cells = {"marketing-director": "A", "finance": "R", "legal": "C/I"}
    _new_row(meeting, meeting.row_of(last.name) + 1, "Approve agency contracts", cells)
    back = meeting.read_back()
    expected = meeting.matrix.copy_deep()
    _with_new_activity(
        back, expected, 3, name="Approve agency contracts", group=last.group, cells=cells
    )
    same_except(back, expected)


def test_a_new_activity_first_in_a_group(meeting: Meeting) -> None:
    first = meeting.matrix.activities[3]
    cells = {"brand-manager": "R/A"}
    _new_row(meeting, meeting.row_of(first.name), "Brief the agency", cells)
    back = meeting.read_back()
    expected = meeting.matrix.copy_deep()
    _with_new_activity(back, expected, 3, name="Brief the agency", group=first.group, cells=cells)
    same_except(back, expected)


def test_two_new_activities_with_the_same_name_get_different_ids(meeting: Meeting) -> None:
    row = meeting.row_of(meeting.matrix.activities[5].name)
    _new_row(meeting, row, "Follow up", {"sales": "R"})
    _new_row(meeting, row, "Follow up", {"sales": "A"})
    back = meeting.read_back()
    ids = [a.id for a in back.activities if a.name == "Follow up"]
    assert len(ids) == 2
    assert len(set(ids)) == 2
    assert not set(ids) & {a.id for a in meeting.matrix.activities}


def test_a_deleted_row_takes_its_letters_notes_and_waivers_along(meeting: Meeting) -> None:
    gone = meeting.matrix.activity("oversee-marketing-budget")
    assert any(w.activity_id == gone.id for w in meeting.matrix.waivers)
    assert meeting.matrix.notes.get(gone.id)
    meeting.delete_row(meeting.row_of(gone.name))
    expected = meeting.matrix.copy_deep()
    expected.pop_activity(expected.activity_index(gone.id))
    expected.waivers = [w for w in expected.waivers if w.activity_id != gone.id]
    back = meeting.read_back()
    same_except(back, expected)
    assert back.rules == meeting.matrix.rules


def test_a_row_moved_within_its_group(meeting: Meeting) -> None:
    moved = meeting.matrix.activities[0]
    target = meeting.row_of(meeting.matrix.activities[2].name) + 1  # below the group's last
    meeting.move_row(meeting.row_of(moved.name), target)
    expected = meeting.matrix.copy_deep()
    expected.insert_activity(2, expected.pop_activity(0))
    expected.letters[moved.id] = dict(meeting.matrix.letters[moved.id])
    expected.notes[moved.id] = dict(meeting.matrix.notes[moved.id])
    back = meeting.read_back()
    assert [a.id for a in back.activities[:3]] == [a.id for a in expected.activities[:3]]
    same_except(back, expected)


def test_a_row_moved_under_another_group_joins_that_group(meeting: Meeting) -> None:
    moved = meeting.matrix.activities[0]
    other = meeting.matrix.activities[4]
    assert other.group != moved.group
    meeting.move_row(meeting.row_of(moved.name), meeting.row_of(other.name))
    back = meeting.read_back()
    index = back.activity_index(moved.id)
    assert back.activities[index + 1].id == other.id
    assert back.activities[index] == moved.model_copy(update={"group": other.group})
    assert back.letters[moved.id] == meeting.matrix.letters[moved.id]
    assert back.notes[moved.id] == meeting.matrix.notes[moved.id]


def test_a_renamed_group_row_renames_the_group_of_its_activities(meeting: Meeting) -> None:
    first = meeting.matrix.activities[3]
    group_row = meeting.row_of(first.name) - 1
    assert meeting.sheet.cell(group_row, NAME_COL).value == first.group
    meeting.type(f"B{group_row}", "Brand")
    back = meeting.read_back()
    renamed = [a for a in meeting.matrix.activities if a.group == first.group]
    for activity in renamed:
        assert back.activity(activity.id) == activity.model_copy(update={"group": "Brand"})


# -- the whole meeting ----------------------------------------------------------------------


def test_a_meeting_with_every_kind_of_edit(meeting: Meeting) -> None:
    m = meeting.matrix
    expected = m.copy_deep()
    # letters
    meeting.type(meeting.cell("brand-positioning", "sales"), "C")
    expected.put_cell("brand-positioning", "sales", "C", "")
    meeting.type(meeting.cell("event-design", "event-planner"), "R")
    expected.put_cell("event-design", "event-planner", "R", "")
    # a role and an activity renamed
    meeting.type(f"{_col(meeting.col_of(m.role('ceo').name))}{HEADER_ROW}", "Managing Director")
    expected.replace_role(m.role("ceo").model_copy(update={"name": "Managing Director"}))
    meeting.type(f"B{meeting.row_of(m.activity('brand-positioning').name)}", "Position the brand")
    expected.replace_activity(
        m.activity("brand-positioning").model_copy(update={"name": "Position the brand"})
    )
    # a row deleted (with its waiver)
    gone = m.activity("oversee-marketing-budget")
    meeting.delete_row(meeting.row_of(gone.name))
    expected.pop_activity(expected.activity_index(gone.id))
    expected.waivers = [w for w in expected.waivers if w.activity_id != gone.id]
    # a row added at the end of the "Product marketing" group
    last = [a for a in m.activities if a.group == "Product marketing"][-1]
    cells = {"product-marketing-manager": "A", "market-analyst": "R"}
    _new_row(meeting, meeting.row_of(last.name) + 1, "Price the new range", cells)
    back = meeting.read_back()
    index = expected.activity_index(last.id) + 1
    _with_new_activity(
        back, expected, index, name="Price the new range", group=last.group, cells=cells
    )
    same_except(back, expected)
