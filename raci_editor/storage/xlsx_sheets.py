"""The workbook's other sheets: problems, workload, roles, legend and the hidden metadata."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding
from raci_editor.core.scheme import Scheme
from raci_editor.storage import native
from raci_editor.storage.xlsx_layout import (
    FORMAT,
    FORMAT_VERSION,
    LEGEND_SHEET,
    META_CHUNK,
    META_SHEET,
    PROBLEMS_SHEET,
    ROLES_SHEET,
    WORKLOAD_SHEET,
)

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

COMBINATIONS_COL = "E"
"""Column of the Legend sheet listing every value a letter cell may hold (the drop-down)."""


_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b-\x0d\x0e-\x1f\ufffe\uffff]")


def cell_text(text: str) -> str:
    """Text as a workbook stores it: OOXML's ``_xHHHH_`` for control characters and \\r.

    A literal ``_x0041_`` is protected as ``_x005F_x0041_`` so that readers
    (Excel, LibreOffice, calamine) give back exactly the text written.
    """
    return _ESCAPE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def set_text(sheet: Worksheet, row: int, col: int, text: str) -> Cell:
    """Put text in a cell as text, never as a formula (``=HYPERLINK(…)`` stays words)."""
    cell = sheet.cell(row, col)
    cell.value = cell_text(text)
    cell.data_type = "s"
    return cell


def _table(sheet: Worksheet, headers: list[str], rows: list[list[str | int | float]]) -> None:
    """A header row in bold, then the rows, an autofilter and fitted widths."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    for col, title in enumerate(headers, 1):
        cell = set_text(sheet, 1, col, title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F2")
    for r, values in enumerate(rows, 2):
        for col, value in enumerate(values, 1):
            if isinstance(value, str):
                set_text(sheet, r, col, value)
            else:
                sheet.cell(r, col, value)
    for col, title in enumerate(headers, 1):
        longest = max([len(title)] + [len(str(v[col - 1])) for v in rows[:500]])
        sheet.column_dimensions[get_column_letter(col)].width = min(max(longest, 6), 70) + 2
    last = get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"
    sheet.freeze_panes = "A2"


def add_problems_sheet(book: Workbook, matrix: Matrix, findings: list[Finding]) -> None:
    """The findings at export time, waived ones marked with the reason."""
    sheet = book.create_sheet(PROBLEMS_SHEET)
    rows: list[list[str | int | float]] = []
    for f in findings:
        activity = matrix.activity(f.activity_id).name if f.activity_id else ""
        role = matrix.role(f.role_id).name if f.role_id else ""
        waiver = f"{f.waiver.reason} ({f.waiver.by})" if f.waiver else ""
        rows.append([f.severity.value, f.rule, activity, role, f.message, waiver])
    _table(sheet, ["Severity", "Rule", "Activity", "Role", "Message", "Waived"], rows)


def add_workload_sheet(book: Workbook, matrix: Matrix) -> None:
    """Per role: how often each letter, and on what share of the activities."""
    sheet = book.create_sheet(WORKLOAD_SHEET)
    letters = matrix.scheme.alphabet
    total = len(matrix.activities)
    rows: list[list[str | int | float]] = []
    for role in matrix.roles:
        held = [matrix.row(a.id).get(role.id, "") for a in matrix.activities]
        counts: list[str | int | float] = [sum(ch in cell for cell in held) for ch in letters]
        involved = sum(1 for cell in held if cell)
        share = round(involved / total, 4) if total else 0.0
        rows.append([role.name, role.group, *counts, involved, share])
    _table(sheet, ["Role", "Group", *letters, "Activities", "Share"], rows)
    share_col = 2 + len(letters) + 2
    for r in range(2, len(rows) + 2):
        sheet.cell(r, share_col).number_format = "0%"


def add_roles_sheet(book: Workbook, matrix: Matrix) -> None:
    """Who the roles are."""
    sheet = book.create_sheet(ROLES_SHEET)
    rows: list[list[str | int | float]] = [
        [r.name, r.group, r.description, r.holder, r.deputy] for r in matrix.roles
    ]
    _table(sheet, ["Role", "Group", "Description", "Holder", "Deputy"], rows)


def add_legend_sheet(book: Workbook, scheme: Scheme, combinations: list[str]) -> None:
    """The scheme's letters, and in column E every value the drop-down offers."""
    sheet = book.create_sheet(LEGEND_SHEET)
    rows: list[list[str | int | float]] = [[d.letter, d.name, d.meaning] for d in scheme.letters]
    _table(sheet, ["Letter", "Name", "Meaning"], rows)
    col = ord(COMBINATIONS_COL) - ord("A") + 1
    set_text(sheet, 1, col, "Allowed values")
    for r, value in enumerate(combinations, 2):
        set_text(sheet, r, col, value)


def add_meta_sheet(book: Workbook, matrix: Matrix) -> None:
    """Hidden: the native JSON of the matrix, in chunks down column A."""
    sheet = book.create_sheet(META_SHEET)
    sheet.sheet_state = "hidden"
    text = json.dumps(
        {"format": FORMAT, "version": FORMAT_VERSION, "matrix": native.to_data(matrix)},
        ensure_ascii=False,
    )
    set_text(sheet, 1, 1, FORMAT)
    for index in range(0, len(text), META_CHUNK):
        set_text(sheet, 2 + index // META_CHUNK, 1, text[index : index + META_CHUNK])
