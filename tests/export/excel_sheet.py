"""An exported workbook opened in "Excel" (openpyxl), edited the way people edit it.

Rows and columns are found the way a person finds them, by what their cells
say. openpyxl's insert_rows/delete_rows leave merged ranges where they were;
Excel moves them with their rows, so these helpers do that too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

ID_COL, NAME_COL, FIRST_ROLE_COL = 1, 2, 3
HEADER_ROW, FIRST_DATA_ROW = 5, 6


class ExcelSheet:
    """The RACI sheet of an exported workbook."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book = load_workbook(path)
        self.sheet: Worksheet = self.book["RACI"]

    def row_of(self, activity_name: str) -> int:
        """The row whose activity name is ``activity_name`` (exactly one)."""
        rows = [
            row
            for row in range(FIRST_DATA_ROW, self.sheet.max_row + 1)
            if self.sheet.cell(row, NAME_COL).value == activity_name
        ]
        assert len(rows) == 1, (activity_name, rows)
        return rows[0]

    def col_of(self, role_name: str) -> int:
        """The column whose header is ``role_name`` (exactly one)."""
        cols = [
            col
            for col in range(FIRST_ROLE_COL, self.sheet.max_column + 1)
            if self.sheet.cell(HEADER_ROW, col).value == role_name
        ]
        assert len(cols) == 1, (role_name, cols)
        return cols[0]

    def insert_row(self, row: int) -> None:
        """Insert an empty row at ``row``; what was there and below moves down."""
        self._shift_merges(row, 1, lambda: self.sheet.insert_rows(row))

    def delete_row(self, row: int) -> None:
        """Delete row ``row``; what was below moves up."""
        self._shift_merges(row + 1, -1, lambda: self.sheet.delete_rows(row))

    def _shift_merges(self, first: int, by: int, edit: Callable[[], object]) -> None:
        moving = [r for r in self.sheet.merged_cells.ranges if r.min_row >= first]
        bounds = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in moving]
        for merged in moving:
            self.sheet.unmerge_cells(merged.coord)
        edit()
        for min_row, min_col, max_row, max_col in bounds:
            self.sheet.merge_cells(
                start_row=min_row + by,
                start_column=min_col,
                end_row=max_row + by,
                end_column=max_col,
            )
