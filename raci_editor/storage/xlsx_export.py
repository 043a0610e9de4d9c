"""Write a matrix as an Excel workbook that looks finished and keeps checking itself in Excel.

The RACI sheet carries the grid (group bands, two-level role header,
letters coloured by conditional formatting so typed letters recolour, a
drop-down of the scheme's letters on every cell, COUNTIF checks that turn
a row red without exactly one A); the other sheets carry the problems,
the workload, the roles, the legend and — hidden — everything needed to
read the file back without loss (see :mod:`xlsx_own`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

from raci_editor.core.letter_colours import letter_colours
from raci_editor.core.model import Matrix
from raci_editor.core.rules import validate
from raci_editor.core.scheme import Scheme
from raci_editor.core.texts import ENGLISH, QT_TRANSLATE_NOOP, Text, Translator, join
from raci_editor.storage.atomic import write_atomic
from raci_editor.storage.xlsx_grid import GROUP_FILL, LINE, Grid
from raci_editor.storage.xlsx_layout import (
    COUNT_COLUMN_MARK,
    COUNT_MARK,
    FIRST_DATA_ROW,
    FIRST_ROLE_COL,
    GROUP_ROW,
    GROUPS_MARK,
    HEADER_MARK,
    HEADER_ROW,
    ID_COL,
    LEGEND_MARK,
    LEGEND_SHEET,
    MATRIX_SHEET,
    NAME_COL,
    ROLE_ID_ROW,
    ROLES_MARK,
    SUBTITLE_ROW,
    TITLE_PLACEHOLDER,
    TITLE_ROW,
    escape_id,
)
from raci_editor.storage.xlsx_rows import Block, Blocks
from raci_editor.storage.xlsx_sheets import (
    ACTIVITY,
    COMBINATIONS_COL,
    add_legend_sheet,
    add_meta_sheet,
    add_problems_sheet,
    add_roles_sheet,
    add_workload_sheet,
    letter_name,
    set_text,
    sheet_names,
    sizes,
    text_width,
    translated,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = "DCE6F2"
BAD_ROW_FILL = "F8D3D3"
ROTATE_AT = 12
MAX_ALL_COMBINATIONS = 10
"""With more roles than this, role names stand rotated."""

SUBTITLE = QT_TRANSLATE_NOOP("Export", "Exported {date} · {scheme} · {activities} · {roles}")
COUNT_HEADER = QT_TRANSLATE_NOOP("Export", "{letter} count")
COUNT_ROW = QT_TRANSLATE_NOOP("Export", "{letter} count per role")
LEGEND = QT_TRANSLATE_NOOP("Export", "Legend")
LETTER_IS = QT_TRANSLATE_NOOP("Export", "{letter} = {name}")
LETTER_MEANS = QT_TRANSLATE_NOOP("Export", "{letter} = {name}: {meaning}")
PROMPT_TITLE = QT_TRANSLATE_NOOP("Export", "{scheme} letters")
PROMPT = QT_TRANSLATE_NOOP("Export", "{letters}. Combine them with /, e.g. R/A.")
ERROR_TITLE = QT_TRANSLATE_NOOP("Export", "Not a letter of the scheme")
ERROR = QT_TRANSLATE_NOOP("Export", "Choose {scheme} letters from the list, e.g. R or R/A.")


def save(matrix: Matrix, path: str | Path, *, translator: Translator = ENGLISH) -> None:
    """Write the workbook atomically; FileError when the file cannot be written.

    ``translator`` says the workbook's own words (sheet names, headings, the
    legend, the findings); the matrix's names are written as they are.
    """
    write_atomic(path, dumps(matrix, translator=translator))


def dumps(matrix: Matrix, *, translator: Translator = ENGLISH) -> bytes:
    """The workbook's bytes, its own words in the language of ``translator``."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_names(translator)[MATRIX_SHEET]
    used = {v for row in matrix.letters.values() for v in row.values()}
    combos = letter_combinations(matrix.scheme, used)
    blocks = Blocks()
    _MatrixSheet(matrix, sheet, blocks.new(sheet, FIRST_DATA_ROW), len(combos), translator).write()
    add_problems_sheet(book, blocks, matrix, validate(matrix), translator)
    add_workload_sheet(book, blocks, matrix, translator)
    add_roles_sheet(book, blocks, matrix, translator)
    add_legend_sheet(book, matrix.scheme, combos, translator)
    add_meta_sheet(book, matrix)
    return blocks.save(book)


def letter_combinations(scheme: Scheme, used: Iterable[str] = ()) -> list[str]:
    """Every value a cell may hold, as shown: ``R``, …, ``R/A``, …

    Past 10 letters, single letters and pairs plus the ``used`` ones.
    """
    alphabet = scheme.alphabet
    most = len(alphabet) if len(alphabet) <= MAX_ALL_COMBINATIONS else 2
    values = [
        scheme.display("".join(combo))
        for size in range(1, most + 1)
        for combo in combinations(alphabet, size)
    ]
    values += sorted({scheme.display(v) for v in used} - set(values), key=len)
    return values


class _MatrixSheet:
    """Writes the RACI sheet: its grid into the block ``body``, the rest with openpyxl."""

    def __init__(
        self,
        matrix: Matrix,
        sheet: Worksheet,
        body: Block,
        combinations_count: int,
        translator: Translator,
    ) -> None:
        self.matrix = matrix
        self.sheet = sheet
        self.body = body
        self.combos = combinations_count
        self.translator = translator
        self.last_role_col = FIRST_ROLE_COL + len(matrix.roles) - 1
        scheme = matrix.scheme
        self.count_letters = [ch for ch in (scheme.responsible, scheme.accountable) if ch]
        self.count_cols = {
            letter: self.last_role_col + 1 + i for i, letter in enumerate(self.count_letters)
        }
        self.last_col = self.last_role_col + len(self.count_letters)
        self.activity_rows: list[int] = []
        self.last_row = FIRST_DATA_ROW - 1

    def write(self) -> None:
        self._title()
        self._header()
        self._body()
        self._count_rows()
        self._legend()
        self._checks()
        self._layout()

    # -- top ------------------------------------------------------------------

    def _title(self) -> None:
        from openpyxl.styles import Font

        matrix, sheet, translator = self.matrix, self.sheet, self.translator
        shown = matrix.title
        if not shown:  # the hidden cell beside tells our reader that no title was set
            shown = translated(TITLE_PLACEHOLDER, translator)
            set_text(sheet, TITLE_ROW, ID_COL, shown)
        title = set_text(sheet, TITLE_ROW, NAME_COL, shown)
        title.font = Font(bold=True, size=16)
        today = dt.date.today().isoformat()
        subtitle = Text(SUBTITLE, date=today, scheme=matrix.scheme.name, **sizes(matrix))
        below = set_text(sheet, SUBTITLE_ROW, NAME_COL, subtitle.render(translator))
        below.font = Font(italic=True, color="666666")

    def _header(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        sheet, roles = self.sheet, self.matrix.roles
        for row, mark in ((ROLE_ID_ROW, ROLES_MARK), (GROUP_ROW, GROUPS_MARK),
                          (HEADER_ROW, HEADER_MARK)):  # fmt: skip
            set_text(sheet, row, ID_COL, mark)
        header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        bold = Font(bold=True)
        edge = Border(bottom=Side(style="medium", color="808080"))
        rotate = len(roles) > ROTATE_AT
        name = set_text(sheet, HEADER_ROW, NAME_COL, translated(ACTIVITY, self.translator))
        name.font, name.fill, name.border = bold, header_fill, edge
        name.alignment = Alignment(vertical="bottom")
        for index, role in enumerate(roles):
            col = FIRST_ROLE_COL + index
            set_text(sheet, ROLE_ID_ROW, col, escape_id(role.id))
            cell = set_text(sheet, HEADER_ROW, col, role.name)
            cell.font, cell.fill, cell.border = bold, header_fill, edge
            cell.alignment = Alignment(
                horizontal="center",
                vertical="bottom",
                wrap_text=not rotate,
                text_rotation=90 if rotate else 0,
            )
        for letter, col in self.count_cols.items():
            set_text(sheet, ROLE_ID_ROW, col, COUNT_COLUMN_MARK)
            header = Text(COUNT_HEADER, letter=letter).render(self.translator)
            cell = set_text(sheet, HEADER_ROW, col, header)
            cell.font, cell.fill, cell.border = bold, header_fill, edge
            cell.alignment = Alignment(horizontal="center", vertical="bottom", wrap_text=True)
        self._group_band()

    def _group_band(self) -> None:
        """Role groups over their roles, one merged cell per run of the same group."""
        from openpyxl.styles import Alignment, Font, PatternFill

        sheet, roles = self.sheet, self.matrix.roles
        start = 0
        while start < len(roles):
            stop = start
            while stop + 1 < len(roles) and roles[stop + 1].group == roles[start].group:
                stop += 1
            group = roles[start].group
            if group:
                first, last = FIRST_ROLE_COL + start, FIRST_ROLE_COL + stop
                cell = set_text(sheet, GROUP_ROW, first, group)
                cell.font = Font(bold=True, color="444444")
                cell.fill = PatternFill("solid", fgColor=GROUP_FILL)
                cell.alignment = Alignment(horizontal="center", shrink_to_fit=True)
                if last > first:
                    sheet.merge_cells(
                        start_row=GROUP_ROW, start_column=first, end_row=GROUP_ROW, end_column=last
                    )
            start = stop + 1

    # -- body -----------------------------------------------------------------

    def _body(self) -> None:
        """A row per activity, and a band over each run of activities in one group."""
        grid = Grid(self.matrix, self.sheet, self.body, self.count_cols, self.last_col)
        self.activity_rows = grid.write()
        self.last_row = self.body.last

    def _count_rows(self) -> None:
        """Per role: how many activities it is R on, and A on."""
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        sheet = self.sheet
        row = self.last_row + 1
        for letter in self.count_letters:
            set_text(sheet, row, ID_COL, COUNT_MARK)
            text = Text(COUNT_ROW, letter=letter).render(self.translator)
            label = set_text(sheet, row, NAME_COL, text)
            label.font = Font(italic=True)
            for col in range(FIRST_ROLE_COL, self.last_role_col + 1):
                column = get_column_letter(col)
                span = f"{column}{FIRST_DATA_ROW}:{column}{max(self.last_row, FIRST_DATA_ROW)}"
                cell = sheet.cell(row, col, f'=COUNTIF({span},"*{letter}*")')
                cell.alignment = Alignment(horizontal="center")
                cell.font = Font(italic=True)
            row += 1
        self.counts_end = row - 1

    def _legend(self) -> None:
        from openpyxl.styles import Font, PatternFill

        sheet, scheme, translator = self.sheet, self.matrix.scheme, self.translator
        row = self.counts_end + 2
        set_text(sheet, row, ID_COL, LEGEND_MARK)
        set_text(sheet, row, NAME_COL, translated(LEGEND, translator)).font = Font(bold=True)
        fills = letter_colours(scheme)
        for item in scheme.letters:
            row += 1
            set_text(sheet, row, ID_COL, LEGEND_MARK)
            name = letter_name(item.name, translator)
            if item.meaning:
                meaning = letter_name(item.meaning, translator)
                line = Text(LETTER_MEANS, letter=item.letter, name=name, meaning=meaning)
            else:
                line = Text(LETTER_IS, letter=item.letter, name=name)
            cell = set_text(sheet, row, NAME_COL, line.render(translator))
            cell.fill = PatternFill("solid", fgColor=fills[item.letter])
            if self.last_col > NAME_COL:
                sheet.merge_cells(
                    start_row=row, start_column=NAME_COL, end_row=row, end_column=self.last_col
                )

    # -- checks that keep working in Excel -----------------------------------

    def _checks(self) -> None:
        from openpyxl.formatting.rule import FormulaRule
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        if not self.matrix.roles or not self.activity_rows:
            return
        sheet, scheme = self.sheet, self.matrix.scheme
        first = get_column_letter(FIRST_ROLE_COL)
        last = get_column_letter(self.last_role_col)
        cells = f"{first}{FIRST_DATA_ROW}:{last}{self.last_row}"
        for letter, colour in letter_colours(scheme).items():  # A, R, C, I, others
            rule = FormulaRule(
                formula=[f'ISNUMBER(SEARCH("{letter}",{first}{FIRST_DATA_ROW}))'],
                fill=PatternFill("solid", fgColor=colour, bgColor=colour),
                stopIfTrue=True,
            )
            sheet.conditional_formatting.add(cells, rule)
        accountable = scheme.accountable
        if accountable is not None:
            a_col = get_column_letter(self.count_cols[accountable])
            row_range = f"{get_column_letter(NAME_COL)}{FIRST_DATA_ROW}:{a_col}{self.last_row}"
            rule = FormulaRule(
                formula=[f'AND(${a_col}{FIRST_DATA_ROW}<>"",${a_col}{FIRST_DATA_ROW}<>1)'],
                fill=PatternFill("solid", fgColor=BAD_ROW_FILL, bgColor=BAD_ROW_FILL),
                font=Font(color="9C0006"),
            )
            sheet.conditional_formatting.add(row_range, rule)
        translator = self.translator
        explained = join(
            Text(LETTER_IS, letter=d.letter, name=letter_name(d.name, translator))
            for d in scheme.letters
        )
        column = COMBINATIONS_COL
        legend = sheet_names(translator)[LEGEND_SHEET]
        validation = DataValidation(
            type="list",
            formula1=f"'{legend}'!${column}$2:${column}${self.combos + 1}",
            allow_blank=True,
            showInputMessage=True,
            showErrorMessage=True,
            promptTitle=Text(PROMPT_TITLE, scheme=scheme.name).render(translator)[:32],
            prompt=Text(PROMPT, letters=explained).render(translator)[:255],
            errorTitle=translated(ERROR_TITLE, translator)[:32],
            error=Text(ERROR, scheme=scheme.name).render(translator)[:255],
        )
        sheet.add_data_validation(validation)
        validation.add(cells)  # one range: adding a range per row is quadratic in openpyxl

    # -- page -------------------------------------------------------------------

    def _layout(self) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.properties import PageSetupProperties

        sheet, matrix = self.sheet, self.matrix
        sheet.column_dimensions[get_column_letter(ID_COL)].hidden = True
        sheet.row_dimensions[ROLE_ID_ROW].hidden = True
        longest = max((text_width(a.name) for a in matrix.activities), default=10)
        sheet.column_dimensions[get_column_letter(NAME_COL)].width = min(max(longest, 12), 60) + 2
        rotate = len(matrix.roles) > ROTATE_AT
        lines = 1
        for index, role in enumerate(matrix.roles):
            longest_word = max((text_width(w) for w in role.name.split()), default=4)
            width = 5.0 if rotate else min(max(longest_word * 1.15 + 2, 9.0), 20.0)
            sheet.column_dimensions[get_column_letter(FIRST_ROLE_COL + index)].width = width
            lines = max(lines, -(-int(text_width(role.name) * 1.15 + 2) // int(width)))
        for col in self.count_cols.values():
            sheet.column_dimensions[get_column_letter(col)].width = 9
        if rotate:
            longest_role = max((text_width(r.name) for r in matrix.roles), default=10)
            sheet.row_dimensions[HEADER_ROW].height = min(max(longest_role * 6.5, 40), 180)
        else:
            sheet.row_dimensions[HEADER_ROW].height = 15 * min(max(lines, 2), 6)
        sheet.freeze_panes = sheet.cell(FIRST_DATA_ROW, FIRST_ROLE_COL).coordinate
        last_col = get_column_letter(self.last_col)
        # From the hidden id column: a sort through the filter moves each row's id with it.
        first_col = get_column_letter(ID_COL)
        sheet.auto_filter.ref = f"{first_col}{HEADER_ROW}:{last_col}{self.last_row}"
        setup = sheet.page_setup
        setup.orientation = "landscape"
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.print_title_rows = f"{GROUP_ROW}:{HEADER_ROW}"
        self._borders()

    def _borders(self) -> None:
        """Thin lines around the header and count cells (body cells got theirs with their look)."""
        from openpyxl.styles import Border, Side

        line = Side(style="thin", color=LINE)
        box = Border(left=line, right=line, top=line, bottom=line)
        header_box = Border(left=line, right=line, top=line, bottom=Side(style="medium"))
        for row in (
            *range(GROUP_ROW, HEADER_ROW + 1),
            *range(self.last_row + 1, self.counts_end + 1),
        ):
            for col in range(NAME_COL, self.last_col + 1):
                self.sheet.cell(row, col).border = header_box if row == HEADER_ROW else box
