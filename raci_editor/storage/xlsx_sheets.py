"""The workbook's other sheets: problems, workload, roles, legend and the hidden metadata.

Also the words every export writes (headings, severities, the legend), which
the HTML and Markdown exports share: each is marked for translation in the
``Export`` context and said by the :class:`Translator` an export is given.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding, Severity
from raci_editor.core.scheme import Scheme
from raci_editor.core.texts import (
    ENGLISH,
    QT_TRANSLATE_NOOP,
    Source,
    Text,
    Translator,
    plural,
    render,
    word,
)
from raci_editor.storage import native
from raci_editor.storage.xlsx_layout import (
    FORMAT,
    FORMAT_VERSION,
    LEGEND_SHEET,
    MATRIX_SHEET,
    META_CHUNK,
    META_SHEET,
    PROBLEMS_SHEET,
    ROLES_SHEET,
    WORKLOAD_SHEET,
)
from raci_editor.storage.xlsx_rows import (
    Block,
    Blocks,
    cell_text,
    column_letter,
    number_cell,
    style_id,
    text_cell,
)

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

COMBINATIONS_COL = "E"
"""Column of the Legend sheet listing every value a letter cell may hold (the drop-down)."""
PERCENT = "0%"
"""The number format of the workload's share column."""
SHEET_NAME_MAX = 31
_NOT_IN_SHEET_NAMES = frozenset("[]:*?/\\'")

# -- words the exports share -------------------------------------------------------

SEVERITY_WORDS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Export", "error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Export", "warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("Export", "info"),
}
"""A finding's severity as the exports write it (English: the severity's value)."""
WAIVED = QT_TRANSLATE_NOOP("Export", "{reason} ({by})")
"""The Waived column: why, and who waived the finding."""
ROLE = QT_TRANSLATE_NOOP("Export", "Role")
GROUP = QT_TRANSLATE_NOOP("Export", "Group")
ACTIVITY = QT_TRANSLATE_NOOP("Export", "Activity")
PROBLEM_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Severity"),
    QT_TRANSLATE_NOOP("Export", "Rule"),
    ACTIVITY,
    ROLE,
    QT_TRANSLATE_NOOP("Export", "Message"),
    QT_TRANSLATE_NOOP("Export", "Waived"),
)
ROLE_COLUMNS = (
    ROLE,
    GROUP,
    QT_TRANSLATE_NOOP("Export", "Description"),
    QT_TRANSLATE_NOOP("Export", "Holder"),
    QT_TRANSLATE_NOOP("Export", "Deputy"),
)
LEGEND_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Letter"),
    QT_TRANSLATE_NOOP("Export", "Name"),
    QT_TRANSLATE_NOOP("Export", "Meaning"),
)
ACTIVITIES_COLUMN = QT_TRANSLATE_NOOP("Export", "Activities")
SHARE = QT_TRANSLATE_NOOP("Export", "Share")
ALLOWED_VALUES = QT_TRANSLATE_NOOP("Export", "Allowed values")
ONE_ACTIVITY = QT_TRANSLATE_NOOP("Export", "{n} activity")
MANY_ACTIVITIES = QT_TRANSLATE_NOOP("Export", "{n} activities")
ONE_ROLE = QT_TRANSLATE_NOOP("Export", "{n} role")
MANY_ROLES = QT_TRANSLATE_NOOP("Export", "{n} roles")


def sizes(matrix: Matrix) -> dict[str, object]:
    """``activities`` and ``roles``: "12 activities", "1 role", for the line under a title."""
    return {
        "activities": plural(len(matrix.activities), ONE_ACTIVITY, MANY_ACTIVITIES),
        "roles": plural(len(matrix.roles), ONE_ROLE, MANY_ROLES),
    }


def translated(source: Source, translator: Translator) -> str:
    """A word marked with ``QT_TRANSLATE_NOOP`` in the language of ``translator``."""
    return Text(source).render(translator)


def letter_name(text: str, translator: Translator) -> str:
    """A letter's name or meaning from the scheme: the built-in ones translated."""
    return str(render(word("Letters", text), translator)) if text else text


def severity_word(severity: Severity, translator: Translator) -> str:
    """The severity as the exports write it."""
    return translated(SEVERITY_WORDS[severity], translator)


def waived(finding: Finding, translator: Translator) -> str:
    """Why and by whom a finding was waived, or "" when it is not."""
    if finding.waiver is None:
        return ""
    return Text(WAIVED, reason=finding.waiver.reason, by=finding.waiver.by).render(translator)


def sheet_names(translator: Translator = ENGLISH) -> dict[str, str]:
    """The visible sheets' English names -> the names written.

    A translation that Excel would refuse as a sheet name (too long, one of
    ``[]:*?/\\'``, or the name of another sheet) leaves the English name.
    """
    names: dict[str, str] = {}
    taken = {META_SHEET.casefold()}
    for source in (MATRIX_SHEET, PROBLEMS_SHEET, WORKLOAD_SHEET, ROLES_SHEET, LEGEND_SHEET):
        name = translated(source, translator).strip()
        if (
            not name
            or len(name) > SHEET_NAME_MAX
            or _NOT_IN_SHEET_NAMES & set(name)
            or name.casefold() in taken
        ):
            name = str(source)
        taken.add(name.casefold())
        names[str(source)] = name
    return names


# -- sheets ------------------------------------------------------------------------


def text_width(text: str) -> int:
    """How many character widths ``text`` takes in a cell: Chinese characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def set_text(sheet: Worksheet, row: int, col: int, text: str) -> Cell:
    """Put text in a cell as text, never as a formula (``=HYPERLINK(…)`` stays words)."""
    cell = sheet.cell(row, col)
    cell.value = cell_text(text)
    cell.data_type = "s"
    return cell


def _table(
    sheet: Worksheet,
    headers: list[str],
    rows: list[list[str | int | float]],
    blocks: Blocks | None,
    percent_column: int | None = None,
) -> None:
    """A header row in bold, then the rows, an autofilter and fitted widths.

    The rows go into a block of ``blocks`` (they grow with the matrix) or,
    without one, through openpyxl (a small table sharing its rows with other cells).
    """
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    for col, title in enumerate(headers, 1):
        cell = set_text(sheet, 1, col, title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F2")
    if blocks is None:
        _cells(sheet, rows, percent_column)
    else:
        _block(blocks.new(sheet, 2), rows, percent_column)
    for col, title in enumerate(headers, 1):
        longest = max([text_width(title)] + [text_width(str(v[col - 1])) for v in rows[:500]])
        sheet.column_dimensions[get_column_letter(col)].width = min(max(longest, 6), 70) + 2
    last = get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"
    sheet.freeze_panes = "A2"


def _cells(
    sheet: Worksheet, rows: list[list[str | int | float]], percent_column: int | None
) -> None:
    """A table's rows from row 2, cell by cell through openpyxl."""
    for r, values in enumerate(rows, 2):
        for col, value in enumerate(values, 1):
            if isinstance(value, str):
                set_text(sheet, r, col, value)
            else:
                cell = sheet.cell(r, col, value)
                if col == percent_column:
                    cell.number_format = PERCENT


def _block(block: Block, rows: list[list[str | int | float]], percent_column: int | None) -> None:
    """A table's rows from the block's first row on, written as XML text."""
    percent = style_id(block.sheet, number_format=PERCENT) if percent_column else 0
    for values in rows:
        row = block.next_row
        cells = []
        for col, value in enumerate(values, 1):
            ref = f"{column_letter(col)}{row}"
            if isinstance(value, str):
                cells.append(text_cell(ref, value))
            else:
                cells.append(number_cell(ref, value, percent if col == percent_column else 0))
        block.add(cells)


def add_problems_sheet(
    book: Workbook,
    blocks: Blocks,
    matrix: Matrix,
    findings: list[Finding],
    translator: Translator = ENGLISH,
) -> None:
    """The findings at export time, waived ones marked with the reason."""
    sheet = book.create_sheet(sheet_names(translator)[PROBLEMS_SHEET])
    rows: list[list[str | int | float]] = []
    for f in findings:
        activity = matrix.activity(f.activity_id).name if f.activity_id else ""
        role = matrix.role(f.role_id).name if f.role_id else ""
        message = str(render(f.message, translator))
        severity = severity_word(f.severity, translator)
        rows.append([severity, f.rule, activity, role, message, waived(f, translator)])
    _table(sheet, [translated(h, translator) for h in PROBLEM_COLUMNS], rows, blocks)


def add_workload_sheet(
    book: Workbook, blocks: Blocks, matrix: Matrix, translator: Translator = ENGLISH
) -> None:
    """Per role: how often each letter, and on what share of the activities."""
    sheet = book.create_sheet(sheet_names(translator)[WORKLOAD_SHEET])
    letters = matrix.scheme.alphabet
    total = len(matrix.activities)
    held = _cells_per_role(matrix)
    rows: list[list[str | int | float]] = []
    for role in matrix.roles:
        values = held[role.id]  # how many cells of the role hold each value
        counts: list[str | int | float] = [
            sum(n for value, n in values.items() if ch in value) for ch in letters
        ]
        involved = sum(values.values())
        share = round(involved / total, 4) if total else 0.0
        rows.append([role.name, role.group, *counts, involved, share])
    before = [translated(w, translator) for w in (ROLE, GROUP)]
    after = [translated(w, translator) for w in (ACTIVITIES_COLUMN, SHARE)]
    share_col = 2 + len(letters) + 2
    _table(sheet, [*before, *letters, *after], rows, blocks, percent_column=share_col)


def _cells_per_role(matrix: Matrix) -> dict[str, Counter[str]]:
    """Per role: how many of its non-empty cells hold each value (one pass over the matrix)."""
    held: dict[str, Counter[str]] = {role.id: Counter() for role in matrix.roles}
    for activity in matrix.activities:
        for role_id, value in matrix.row(activity.id).items():
            if value and role_id in held:
                held[role_id][value] += 1
    return held


def add_roles_sheet(
    book: Workbook, blocks: Blocks, matrix: Matrix, translator: Translator = ENGLISH
) -> None:
    """Who the roles are."""
    sheet = book.create_sheet(sheet_names(translator)[ROLES_SHEET])
    rows: list[list[str | int | float]] = [
        [r.name, r.group, r.description, r.holder, r.deputy] for r in matrix.roles
    ]
    _table(sheet, [translated(h, translator) for h in ROLE_COLUMNS], rows, blocks)


def add_legend_sheet(
    book: Workbook, scheme: Scheme, combinations: list[str], translator: Translator = ENGLISH
) -> None:
    """The scheme's letters, and in column E every value the drop-down offers."""
    sheet = book.create_sheet(sheet_names(translator)[LEGEND_SHEET])
    rows: list[list[str | int | float]] = [
        [d.letter, letter_name(d.name, translator), letter_name(d.meaning, translator)]
        for d in scheme.letters
    ]
    _table(sheet, [translated(h, translator) for h in LEGEND_COLUMNS], rows, None)  # E shares rows
    col = ord(COMBINATIONS_COL) - ord("A") + 1
    set_text(sheet, 1, col, translated(ALLOWED_VALUES, translator))
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
