"""The grid of the RACI sheet: a row per activity, and a grey band over each run of one group.

Most of a workbook's cells are here, so the grid is written as one block of
XML text (:mod:`xlsx_rows`), not cell by cell through openpyxl; the notes
still go through openpyxl, as comments over the block's cells.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from raci_editor.core.model import Activity, Matrix
from raci_editor.storage.xlsx_layout import FIRST_ROLE_COL, GROUP_MARK, ID_COL, NAME_COL, escape_id
from raci_editor.storage.xlsx_rows import (
    Block,
    blank_cell,
    column_letter,
    comment_text,
    formula_cell,
    repeated_text_cell,
    style_id,
    text_cell,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

GROUP_FILL = "E4E4E4"
LINE = "A0A0A0"

_ID = column_letter(ID_COL)
_NAME = column_letter(NAME_COL)


class Grid:
    """Writes the rows of ``matrix``'s activities and groups into ``block``.

    ``count_cols`` are the columns of the per-activity letter counts, the
    last of the table ``last_col``.
    """

    def __init__(
        self,
        matrix: Matrix,
        sheet: Worksheet,
        block: Block,
        count_cols: dict[str, int],
        last_col: int,
    ) -> None:
        self.matrix = matrix
        self.sheet = sheet
        self.block = block
        self.count_cols = count_cols
        self.last_col = last_col
        last_role_col = FIRST_ROLE_COL + len(matrix.roles) - 1
        self.role_columns = [column_letter(c) for c in range(FIRST_ROLE_COL, last_role_col + 1)]
        self.looks = _Looks(sheet)
        self.shown: dict[str, str] = {}

    def write(self) -> list[int]:
        """Add the rows to the block; the numbers of the activities' rows."""
        block, group = self.block, None
        rows: list[int] = []
        for activity in self.matrix.activities:
            if activity.group != group and (activity.group or group is not None):
                block.add(self._group_row(block.next_row, activity.group))
            group = activity.group
            rows.append(block.next_row)
            block.add(self._activity_row(block.next_row, activity))
        return rows

    def _group_row(self, row: int, group: str) -> list[str]:
        """The group's name in bold on a grey band across the whole table."""
        band = [blank_cell(f"{column_letter(col)}{row}", self.looks.band)
                for col in range(NAME_COL + 1, self.last_col + 1)]  # fmt: skip
        return [
            text_cell(f"{_ID}{row}", GROUP_MARK),
            text_cell(f"{_NAME}{row}", group, self.looks.group_name),
            *band,
        ]

    def _activity_row(self, row: int, activity: Activity) -> list[str]:
        """The hidden id, the name, a letter cell per role (its note a comment), the counts."""
        matrix, looks = self.matrix, self.looks
        cells = [
            text_cell(f"{_ID}{row}", escape_id(activity.id)),
            text_cell(f"{_NAME}{row}", activity.name, looks.name),
        ]
        letters = matrix.row(activity.id)
        for role, column in zip(matrix.roles, self.role_columns, strict=True):
            ref, value = f"{column}{row}", letters.get(role.id)
            if value:
                cells.append(repeated_text_cell(ref, self._shown(value), looks.letter))
            else:
                cells.append(blank_cell(ref, looks.letter))
        notes = matrix.notes.get(activity.id)
        if notes:
            self._comments(row, notes)
        cells += self._count_formulas(row)
        return cells

    def _comments(self, row: int, notes: dict[str, str]) -> None:
        """The row's notes as comments: openpyxl writes them, the block the cells under them."""
        from openpyxl.comments import Comment

        for index, role in enumerate(self.matrix.roles):
            if role.id in notes:
                comment = Comment(comment_text(notes[role.id]), "RACI Editor", width=240, height=90)
                self.sheet.cell(row, FIRST_ROLE_COL + index).comment = comment

    def _shown(self, letters: str) -> str:
        """``RA`` as the scheme shows it, ``R/A`` (made once per value: cells repeat a few)."""
        shown = self.shown.get(letters)
        if shown is None:
            shown = self.shown[letters] = self.matrix.scheme.display(letters)
        return shown

    def _count_formulas(self, row: int) -> list[str]:
        """How many R and A the row holds, counted by Excel so that edits there count too."""
        if not self.role_columns:
            return []
        span = f"{self.role_columns[0]}{row}:{self.role_columns[-1]}{row}"
        return [
            formula_cell(
                f"{column_letter(col)}{row}", f'COUNTIF({span},"*{letter}*")', self.looks.count
            )
            for letter, col in self.count_cols.items()
        ]


class _Looks:
    """The style ids of the grid's cells, each registered once: every one has a thin box."""

    def __init__(self, sheet: Worksheet) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        line = Side(style="thin", color=LINE)
        box = Border(left=line, right=line, top=line, bottom=line)
        band = PatternFill("solid", fgColor=GROUP_FILL)
        self.group_name = style_id(sheet, border=box, fill=band, font=Font(bold=True))
        self.band = style_id(sheet, border=box, fill=band)
        wrap = Alignment(wrap_text=True, vertical="center")
        self.name = style_id(sheet, border=box, alignment=wrap)
        centre = Alignment(horizontal="center", vertical="center")
        self.letter = style_id(sheet, border=box, alignment=centre)
        self.count = style_id(sheet, border=box, alignment=Alignment(horizontal="center"))
