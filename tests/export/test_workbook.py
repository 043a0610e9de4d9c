"""The exported workbook, opened with openpyxl: every feature issue 6 asks for is there.

The layout is the one agreed for the writer: column A hidden (ids and row
markers), column B the activity names, role columns from C; row 3 hidden
(role ids), row 4 the role groups, row 5 the role names, data from row 6.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter, range_boundaries
from openpyxl.utils.escape import unescape
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rule_settings import Waiver
from raci_editor.core.rules import validate
from raci_editor.core.scheme import BUILTIN_SCHEMES, RACI, Scheme
from raci_editor.storage import native
from raci_editor.storage.formats import write_matrix
from tests.export.strategies import (
    CUSTOM_SCHEMES,
    DRAFT,
    FORMULA_LIKE,
    HOSTILE,
    MARKETING,
    WIDE,
    all_combinations,
    everywhere,
    rich_sample,
)

ID_COL, NAME_COL, FIRST_ROLE_COL = 1, 2, 3
ROLE_ID_ROW, GROUP_ROW, HEADER_ROW, FIRST_DATA_ROW = 3, 4, 5, 6
SHEETS = ("RACI", "Problems", "Workload", "Roles", "Legend")
META = "_raci"
EXCEL_CELL_MAX = 32_767
OWN_FUNCTIONS = {
    "COUNTIF", "COUNTIFS", "COUNTA", "COUNTBLANK", "SUM", "SUMPRODUCT", "IF", "AND", "OR",
    "NOT", "ISNUMBER", "ISBLANK", "SEARCH", "FIND", "LEN", "ROWS", "COLUMNS", "IFERROR",
}  # fmt: skip
"""Functions the program's own formulas may call; a user's text never becomes a formula."""


# -- helpers --------------------------------------------------------------------


def export(matrix: Matrix, folder: Path, name: str = "m.xlsx") -> Path:
    path = folder / name
    write_matrix(matrix, path)
    return path


def open_export(matrix: Matrix, folder: Path) -> Workbook:
    return load_workbook(export(matrix, folder))


class Layout:
    """Where the matrix landed on the RACI sheet."""

    def __init__(self, sheet: Worksheet, matrix: Matrix) -> None:
        self.sheet, self.matrix = sheet, matrix
        ids = {a.id for a in matrix.activities}
        self.rows: dict[str, int] = {}
        self.group_rows: list[int] = []
        for row in range(FIRST_DATA_ROW, sheet.max_row + 1):
            key = sheet.cell(row, ID_COL).value
            if key in ids and key not in self.rows:
                self.rows[key] = row
        self.first_row = min(self.rows.values(), default=FIRST_DATA_ROW)
        self.last_row = max(self.rows.values(), default=FIRST_DATA_ROW - 1)
        names = {a.group for a in matrix.activities}
        for row in range(FIRST_DATA_ROW, self.last_row + 1):
            value = sheet.cell(row, NAME_COL).value
            if row not in self.rows.values() and (value or "") in names:
                self.group_rows.append(row)
        self.cols = {r.id: FIRST_ROLE_COL + i for i, r in enumerate(matrix.roles)}
        self.last_role_col = FIRST_ROLE_COL + len(matrix.roles) - 1
        self.count_cols: dict[str, int] = {}
        for col in range(self.last_role_col + 1, sheet.max_column + 1):
            text = str(sheet.cell(HEADER_ROW, col).value or "")
            if "count" in text.casefold():
                letter = text.split(maxsplit=1)[0]
                self.count_cols[letter] = col

    def letter_cells(self) -> list[str]:
        return [
            f"{get_column_letter(col)}{row}"
            for row in self.rows.values()
            for col in self.cols.values()
        ]


def layout(book: Workbook, matrix: Matrix) -> Layout:
    return Layout(book["RACI"], matrix)


def cells_of(sqref: Any) -> set[str]:
    """Every cell of a space-separated list of ranges."""
    out: set[str] = set()
    for part in str(sqref).split():
        min_col, min_row, max_col, max_row = range_boundaries(part)
        for row in range(min_row, max_row + 1):
            for col in range(min_col, max_col + 1):
                out.add(f"{get_column_letter(col)}{row}")
    return out


def table(sheet: Worksheet, *wanted: str) -> tuple[int, dict[str, int]]:
    """The header row among the first rows that has every wanted heading (by prefix)."""
    for row in range(1, 6):
        headings = {
            str(c.value).strip().casefold(): c.column for c in sheet[row] if c.value is not None
        }
        found = {}
        for want in wanted:
            col = next((c for h, c in headings.items() if h.startswith(want.casefold())), None)
            if col is not None:
                found[want] = col
        if len(found) == len(wanted):
            return row, found
    raise AssertionError(f"no header row with {wanted} on sheet {sheet.title!r}")


def rows_below(sheet: Worksheet, header: int, key_col: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for row in range(header + 1, sheet.max_row + 1):
        value = sheet.cell(row, key_col).value
        if value is not None:
            out.setdefault(str(value), row)
    return out


def allowed_values(book: Workbook, formula: str) -> list[str]:
    """The values a list validation offers: inline, a range, or a defined name."""
    formula = formula.strip()
    if formula.startswith('"'):
        return [v for v in formula.strip('"').split(",")]
    if formula in book.defined_names:
        formula = book.defined_names[formula].attr_text
    match = re.fullmatch(r"'?(.+?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?", formula)
    assert match, f"cannot resolve the drop-down list {formula!r}"
    sheet = book[match[1].replace("''", "'")]
    first_col, first_row = column_index_from_string(match[2]), int(match[3])
    last_col = column_index_from_string(match[4] or match[2])
    last_row = int(match[5] or match[3])
    return [
        str(sheet.cell(row, col).value)
        for row in range(first_row, last_row + 1)
        for col in range(first_col, last_col + 1)
        if sheet.cell(row, col).value not in (None, "")
    ]


def letter_validations(book: Workbook) -> list[Any]:
    return [dv for dv in book["RACI"].data_validations.dataValidation if dv.type == "list"]


def is_reddish(rgb: str | None) -> bool:
    if not isinstance(rgb, str) or len(rgb) < 6:
        return False
    r, g, b = (int(rgb[-6:][i : i + 2], 16) for i in (0, 2, 4))
    return r > g + 20 and r > b + 20


def formulas(book: Workbook) -> list[tuple[str, str, str]]:
    return [
        (sheet.title, cell.coordinate, str(cell.value))
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]


# -- sheets ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def marketing(tmp_path_factory: pytest.TempPathFactory) -> tuple[Matrix, Workbook]:
    matrix = native.load(MARKETING)
    return matrix, open_export(matrix, tmp_path_factory.mktemp("marketing"))


def test_sheets_raci_first_and_visible_meta_hidden(marketing: tuple[Matrix, Workbook]) -> None:
    _, book = marketing
    assert book.sheetnames[0] == "RACI"
    assert set(SHEETS) <= set(book.sheetnames)
    assert META in book.sheetnames
    for name in SHEETS:
        assert book[name].sheet_state == "visible", name
    assert book[META].sheet_state in ("hidden", "veryHidden")
    assert book.active is not None
    assert book.active.title == "RACI"


def test_title_and_export_date_on_top(marketing: tuple[Matrix, Workbook]) -> None:
    matrix, book = marketing
    sheet = book["RACI"]
    top = [c.value for row in sheet.iter_rows(min_row=1, max_row=2) for c in row]
    assert matrix.title in top
    today = dt.date.today()
    assert any(
        (isinstance(v, dt.datetime) and v.date() == today)
        or (isinstance(v, dt.date) and v == today)
        or (isinstance(v, str) and today.isoformat() in v)
        for v in top
    ), top


def test_hidden_id_column_and_role_id_row(marketing: tuple[Matrix, Workbook]) -> None:
    matrix, book = marketing
    sheet = book["RACI"]
    assert sheet.column_dimensions["A"].hidden
    assert sheet.row_dimensions[ROLE_ID_ROW].hidden
    ids = [sheet.cell(ROLE_ID_ROW, FIRST_ROLE_COL + i).value for i in range(len(matrix.roles))]
    assert ids == [r.id for r in matrix.roles]
    where = layout(book, matrix)
    assert list(where.rows) == [a.id for a in matrix.activities]
    assert list(where.rows.values()) == sorted(where.rows.values())


def test_two_level_role_header(marketing: tuple[Matrix, Workbook]) -> None:
    matrix, book = marketing
    sheet = book["RACI"]
    names = [sheet.cell(HEADER_ROW, FIRST_ROLE_COL + i).value for i in range(len(matrix.roles))]
    assert names == [r.name for r in matrix.roles]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    runs: list[tuple[str, int, int]] = []
    for index, role in enumerate(matrix.roles):
        col = FIRST_ROLE_COL + index
        if runs and runs[-1][0] == role.group:
            runs[-1] = (role.group, runs[-1][1], col)
        else:
            runs.append((role.group, col, col))
    assert len(runs) < len(matrix.roles)  # the sample has groups of several roles
    for group, first, last in runs:
        if not group:
            continue
        assert sheet.cell(GROUP_ROW, first).value == group
        if last > first:
            span = f"{get_column_letter(first)}{GROUP_ROW}:{get_column_letter(last)}{GROUP_ROW}"
            assert span in merged


def test_activity_groups_are_banded_group_rows(marketing: tuple[Matrix, Workbook]) -> None:
    matrix, book = marketing
    sheet = book["RACI"]
    where = layout(book, matrix)
    previous = None
    for activity in matrix.activities:
        row = where.rows[activity.id]
        if activity.group != previous:
            assert row - 1 in where.group_rows, activity.group
            band = sheet.cell(row - 1, NAME_COL)
            assert band.value == activity.group
            assert band.fill.fill_type == "solid"
            for col in where.cols.values():
                assert sheet.cell(row - 1, col).fill.fill_type == "solid"
                assert sheet.cell(row - 1, col).value in (None, "")
        previous = activity.group
    groups_in_order = [
        g
        for i, g in enumerate(a.group for a in matrix.activities)
        if i == 0 or matrix.activities[i - 1].group != g
    ]
    assert len(where.group_rows) == len(groups_in_order)


def test_letters_are_centred_and_written_as_people_write_them(
    marketing: tuple[Matrix, Workbook],
) -> None:
    matrix, book = marketing
    sheet = book["RACI"]
    where = layout(book, matrix)
    for activity in matrix.activities:
        for role in matrix.roles:
            cell = sheet.cell(where.rows[activity.id], where.cols[role.id])
            assert cell.alignment.horizontal in ("center", "centerContinuous"), cell.coordinate
            expected = matrix.scheme.display(matrix.cell(activity.id, role.id))
            assert (cell.value or "") == expected, cell.coordinate
            assert cell.data_type in ("s", "n")


def _letter_rules(sheet: Worksheet) -> list[tuple[set[str], Any]]:
    out = []
    for formatting in sheet.conditional_formatting:
        for rule in formatting.rules:
            out.append((cells_of(formatting.sqref), rule))
    return out


def _mentions(rule: Any, letter: str) -> bool:
    texts = [*(rule.formula or []), rule.text or ""]
    return any(re.search(rf'"[^"]*{letter}[^"]*"', t) or t == letter for t in texts)


@pytest.mark.parametrize(
    "scheme", [RACI, BUILTIN_SCHEMES["RACI-VS"], *CUSTOM_SCHEMES], ids=lambda s: s.name
)
def test_letters_are_coloured_by_conditional_formatting(scheme: Scheme, tmp_path: Path) -> None:
    """So that letters typed in Excel recolour too; every letter cell is covered."""
    matrix = _team(scheme)
    book = open_export(matrix, tmp_path)
    where = layout(book, matrix)
    rules = _letter_rules(book["RACI"])
    fills = {}
    for letter in scheme.alphabet:
        covering = [
            rule
            for cells, rule in rules
            if _mentions(rule, letter) and set(where.letter_cells()) <= cells
        ]
        assert covering, f"no conditional format colours {letter!r} on every letter cell"
        rule = covering[0]
        assert rule.dxf is not None
        assert rule.dxf.fill is not None or rule.dxf.font is not None
        if rule.dxf.fill is not None:
            fills[letter] = (rule.dxf.fill.fgColor.rgb, rule.dxf.fill.bgColor.rgb)
    parts = [getattr(scheme, p) for p in ("accountable", "responsible", "consulted", "informed")]
    coloured = [fills[ch] for ch in parts if ch in fills]
    assert len(set(coloured)) == len(coloured), "the R/A/C/I parts need distinct colours"


def test_legend_under_the_matrix(marketing: tuple[Matrix, Workbook]) -> None:
    matrix, book = marketing
    sheet = book["RACI"]
    where = layout(book, matrix)
    below = " ".join(
        str(c.value)
        for row in sheet.iter_rows(min_row=where.last_row + 1)
        for c in row
        if isinstance(c.value, str)
    )
    for item in matrix.scheme.letters:
        assert item.name in below


def test_frozen_at_the_first_letter_cell(marketing: tuple[Matrix, Workbook]) -> None:
    _, book = marketing
    assert book["RACI"].freeze_panes == f"{get_column_letter(FIRST_ROLE_COL)}{FIRST_DATA_ROW}"


def test_autofilter_over_the_header_and_every_activity(marketing: tuple[Matrix, Workbook]) -> None:
    matrix, book = marketing
    sheet = book["RACI"]
    where = layout(book, matrix)
    assert sheet.auto_filter.ref
    min_col, min_row, max_col, max_row = range_boundaries(sheet.auto_filter.ref)
    assert min_row == HEADER_ROW
    assert min_col == ID_COL  # sorting through the filter moves the hidden ids with their rows
    assert max_col >= where.last_role_col
    assert max_row >= where.last_row


def test_page_setup_landscape_one_page_wide_header_repeated(
    marketing: tuple[Matrix, Workbook],
) -> None:
    _, book = marketing
    sheet = book["RACI"]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr is not None
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert int(sheet.page_setup.fitToWidth) == 1
    # 0 = as many pages tall as needed; the default (1) would squeeze it all onto one page
    assert sheet.page_setup.fitToHeight is not None
    assert int(sheet.page_setup.fitToHeight) == 0
    assert sheet.print_title_rows
    first, last = (int(p.strip("$")) for p in sheet.print_title_rows.split(":"))
    assert first <= GROUP_ROW
    assert last >= HEADER_ROW


def test_column_widths_fitted(marketing: tuple[Matrix, Workbook]) -> None:
    matrix, book = marketing
    sheet = book["RACI"]
    where = layout(book, matrix)
    name_width = sheet.column_dimensions["B"].width
    assert name_width is not None
    assert 25 <= name_width <= 80  # the sample's names are long; fitted, not left at 8.43
    for col in [*where.cols.values(), *where.count_cols.values()]:
        width = sheet.column_dimensions[get_column_letter(col)].width
        assert width is not None
        assert 2 <= width <= 30, get_column_letter(col)


def _thirty() -> Matrix:
    roles = [
        Role(id=f"r{i}", name=f"Senior regional coordinator number {i}", group=f"Group {i // 7}")
        for i in range(30)
    ]
    activities = [Activity(id=f"a{i}", name=f"Activity {i}") for i in range(8)]
    letters = {f"a{i}": {f"r{(i * 3 + j) % 30}": "RACI"[j] for j in range(4)} for i in range(8)}
    return Matrix(title="Thirty", roles=roles, activities=activities, letters=letters)


def test_thirty_long_role_names_are_wrapped_or_rotated_to_fit(tmp_path: Path) -> None:
    matrix = _thirty()
    book = open_export(matrix, tmp_path)
    sheet = book["RACI"]
    where = layout(book, matrix)
    for col in where.cols.values():
        alignment = sheet.cell(HEADER_ROW, col).alignment
        assert alignment.wrap_text or alignment.text_rotation, get_column_letter(col)
    # All printed columns in character widths: landscape A4 holds about 130 at 100 %, so
    # more than 260 would print the letters at under half size.
    total = sum(
        sheet.column_dimensions[get_column_letter(col)].width or 8.43
        for col in range(NAME_COL, max([where.last_role_col, *where.count_cols.values()]) + 1)
    )
    assert total <= 260


# -- data validation ----------------------------------------------------------------


def _team(scheme: Scheme) -> Matrix:
    """Every combination of the scheme's letters somewhere (three roles, one a group)."""
    cells = sorted(all_combinations(scheme), key=lambda c: (len(c), c))[:40]
    roles = [Role(id=f"r{i}", name=f"Role {i}", group="G" if i else "") for i in range(3)]
    activities = [
        Activity(id=f"a{i}", name=f"Do {i}", group=f"P{i // 5}") for i in range(len(cells))
    ]
    letters = {
        a.id: {roles[i % 3].id: cell}
        for i, (a, cell) in enumerate(zip(activities, cells, strict=True))
    }
    return Matrix(
        title=scheme.name, scheme=scheme, roles=roles, activities=activities, letters=letters
    )


@pytest.mark.parametrize(
    "scheme", [*BUILTIN_SCHEMES.values(), *CUSTOM_SCHEMES], ids=lambda s: s.name
)
def test_a_drop_down_on_every_letter_cell_with_the_schemes_combinations(
    scheme: Scheme, tmp_path: Path
) -> None:
    matrix = _team(scheme)
    book = open_export(matrix, tmp_path)
    where = layout(book, matrix)
    validations = letter_validations(book)
    covered: set[str] = set()
    for dv in validations:
        covered |= cells_of(dv.sqref)
    assert set(where.letter_cells()) <= covered
    for dv in validations:
        assert not dv.showDropDown, "showDropDown=True hides the in-cell drop-down arrow"
        assert dv.allow_blank, "people must be able to clear a cell"
        offered = allowed_values(book, dv.formula1)
        normalised = {v.replace("/", "").strip() for v in offered}
        everything = all_combinations(scheme)
        assert normalised <= everything, sorted(normalised - everything)
        assert set(scheme.alphabet) <= normalised
        if len(scheme.alphabet) <= 6:
            assert normalised == everything, sorted(everything - normalised)
        written = {v for v in (book["RACI"][c].value for c in where.letter_cells()) if v}
        refused = written - set(offered)
        assert not refused, f"cells hold values the drop-down refuses: {refused}"
        if dv.formula1.startswith('"'):
            assert len(dv.formula1) <= 257, "Excel refuses an inline list over 255 characters"


def test_the_drop_down_explains_the_letters(tmp_path: Path) -> None:
    matrix = _team(RACI)
    book = open_export(matrix, tmp_path)
    for dv in letter_validations(book):
        assert dv.showInputMessage
        assert dv.prompt
        for item in RACI.letters:
            assert item.letter in dv.prompt
            assert item.name in dv.prompt
        # Excel's limits; longer ones make Excel "repair" the file
        assert len(dv.prompt) <= 255
        assert len(dv.promptTitle or "") <= 32
        assert len(dv.error or "") <= 255
        assert len(dv.errorTitle or "") <= 32


def test_input_message_limits_hold_for_a_wordy_custom_scheme(tmp_path: Path) -> None:
    book = open_export(_team(WIDE), tmp_path)
    for dv in letter_validations(book):
        assert len(dv.prompt or "") <= 255
        assert len(dv.promptTitle or "") <= 32
        assert len(dv.error or "") <= 255
        assert len(dv.errorTitle or "") <= 32


# -- live checks ----------------------------------------------------------------------


def _count_formula_ok(formula: str, letter: str, span: str) -> bool:
    """``=COUNTIF(<range>,"*A*")`` or alike, whose range covers ``span`` in the same line."""
    text = formula.upper().replace("$", "")
    if not (text.startswith("=") and "COUNTIF" in text):
        return False
    if re.search(rf'"[^"]*{letter}[^"]*"', text) is None:
        return False
    want = range_boundaries(span)
    for found in re.findall(r"\b([A-Z]{1,3}\d+:[A-Z]{1,3}\d+)\b", text):
        got = range_boundaries(found)
        horizontal = want[1] == want[3]
        if horizontal and got[1] == got[3] == want[1] and got[0] <= want[0] and got[2] >= want[2]:
            return True
        if (
            not horizontal
            and got[0] == got[2] == want[0]
            and got[1] <= want[1]
            and got[3] >= want[3]
        ):
            return True
    return False


def test_r_and_a_count_columns_per_activity(marketing: tuple[Matrix, Workbook]) -> None:
    matrix, book = marketing
    sheet = book["RACI"]
    where = layout(book, matrix)
    scheme = matrix.scheme
    assert {scheme.responsible, scheme.accountable} <= set(where.count_cols)
    first, last = get_column_letter(FIRST_ROLE_COL), get_column_letter(where.last_role_col)
    for letter in (scheme.responsible, scheme.accountable):
        assert letter is not None
        col = where.count_cols[letter]
        assert col > where.last_role_col
        for row in where.rows.values():
            cell = sheet.cell(row, col)
            assert cell.data_type == "f"
            assert _count_formula_ok(str(cell.value), letter, f"{first}{row}:{last}{row}"), (
                cell.coordinate,
                cell.value,
            )


def test_per_role_count_rows_below_the_activities(marketing: tuple[Matrix, Workbook]) -> None:
    matrix, book = marketing
    sheet = book["RACI"]
    where = layout(book, matrix)
    found: dict[str, int] = {}
    for row in range(where.last_row + 1, sheet.max_row + 1):
        first = sheet.cell(row, FIRST_ROLE_COL)
        if first.data_type != "f":
            continue
        for letter in matrix.scheme.alphabet:
            column = get_column_letter(FIRST_ROLE_COL)
            span = f"{column}{where.first_row}:{column}{where.last_row}"
            if _count_formula_ok(str(first.value), letter, span):
                found.setdefault(letter, row)
    assert {matrix.scheme.responsible, matrix.scheme.accountable} <= set(found)
    for letter, row in found.items():
        label = str(sheet.cell(row, NAME_COL).value or "")
        assert letter in label
        for col in where.cols.values():
            column = get_column_letter(col)
            cell = sheet.cell(row, col)
            span = f"{column}{where.first_row}:{column}{where.last_row}"
            assert cell.data_type == "f"
            assert _count_formula_ok(str(cell.value), letter, span), (cell.coordinate, cell.value)


def test_a_row_turns_red_when_its_a_count_is_not_one(marketing: tuple[Matrix, Workbook]) -> None:
    matrix, book = marketing
    sheet = book["RACI"]
    where = layout(book, matrix)
    a_col = get_column_letter(where.count_cols["A"])
    candidates = []
    for cells, rule in _letter_rules(sheet):
        text = " ".join(rule.formula or []).replace("$", "")
        if a_col not in text or "1" not in text:
            continue
        row_cells = {f"B{r}" for r in where.rows.values()} | {
            f"{a_col}{r}" for r in where.rows.values()
        }
        if row_cells <= cells:
            candidates.append((cells, rule))
    assert candidates, "no conditional format over whole activity rows tests the A count"
    cells, rule = candidates[0]
    assert rule.dxf is not None
    colours = []
    if rule.dxf.fill is not None:
        colours += [rule.dxf.fill.fgColor.rgb, rule.dxf.fill.bgColor.rgb]
    if rule.dxf.font is not None and rule.dxf.font.color is not None:
        colours.append(rule.dxf.font.color.rgb)
    assert any(is_reddish(c) for c in colours), colours
    # Group rows have no A count: they must not turn red.
    text = " ".join(rule.formula or []).replace(" ", "")
    guarded = any(g in text.upper() for g in ('<>""', "ISNUMBER", "ISBLANK", "LEN(", '=""'))
    for row in where.group_rows:
        assert guarded or f"B{row}" not in cells, f"group row {row} would turn red"


def test_no_a_count_check_for_a_scheme_without_accountable(tmp_path: Path) -> None:
    scheme = CUSTOM_SCHEMES[0]
    assert scheme.accountable is None
    matrix = _team(scheme)
    book = open_export(matrix, tmp_path)
    where = layout(book, matrix)
    assert "A" not in where.count_cols


# -- the other sheets ------------------------------------------------------------------


def _draft_with_waiver() -> Matrix:
    matrix = native.load(DRAFT)
    budget = next(a for a in matrix.activities if a.name == "Approve the launch budget")
    waiver = Waiver("multiple-accountable", budget.id, None, "Shared budget by design", "Li Wei")
    matrix.waivers = [waiver]
    return matrix


def test_problems_sheet_lists_the_findings_at_export_time(tmp_path: Path) -> None:
    matrix = native.load(DRAFT)
    findings = validate(matrix)
    counted = [f for f in findings if f.waiver is None]
    assert sum(f.severity == "error" for f in counted) == 3
    assert sum(f.severity == "warning" for f in counted) == 4
    book = open_export(matrix, tmp_path)
    sheet = book["Problems"]
    header, cols = table(sheet, "rule", "severity", "activity", "role", "message", "waive")
    got = []
    for row in range(header + 1, sheet.max_row + 1):
        rule = sheet.cell(row, cols["rule"]).value
        if rule is None:
            continue
        got.append(
            (
                rule,
                sheet.cell(row, cols["severity"]).value,
                sheet.cell(row, cols["activity"]).value or "",
                sheet.cell(row, cols["role"]).value or "",
                sheet.cell(row, cols["message"]).value,
            )
        )
    expected = []
    for f in findings:
        activity = matrix.activity(f.activity_id).name if f.activity_id else ""
        role = matrix.role(f.role_id).name if f.role_id else ""
        expected.append((f.rule, f.severity.value, activity, role, f.message))
    assert sorted(got) == sorted(expected)


def test_problems_sheet_shows_the_waiver(tmp_path: Path) -> None:
    matrix = _draft_with_waiver()
    book = open_export(matrix, tmp_path)
    sheet = book["Problems"]
    header, cols = table(sheet, "rule", "activity", "waive")
    waived = [
        str(sheet.cell(row, cols["waive"]).value or "")
        for row in range(header + 1, sheet.max_row + 1)
        if sheet.cell(row, cols["rule"]).value == "multiple-accountable"
    ]
    assert len(waived) == 1
    assert "Shared budget by design" in waived[0]
    assert "Li Wei" in waived[0]


def test_workload_sheet_counts_per_role(marketing: tuple[Matrix, Workbook]) -> None:
    matrix, book = marketing
    sheet = book["Workload"]
    header, cols = table(sheet, "role")
    headings = {c.column: str(c.value or "").strip() for c in sheet[header]}
    letter_col = {}
    for item in matrix.scheme.letters:
        col = next(
            (
                c
                for c, h in headings.items()
                if h == item.letter
                or h.casefold() == item.name.casefold()
                or h.startswith(f"{item.letter} ")
            ),
            None,
        )
        assert col is not None, f"no column for {item.letter}"
        letter_col[item.letter] = col
    share_col = next((c for c, h in headings.items() if "share" in h.casefold() or "%" in h), None)
    assert share_col is not None
    rows = rows_below(sheet, header, cols["role"])
    total = len(matrix.activities)
    for role in matrix.roles:
        row = rows[role.name]
        cells = [matrix.cell(a.id, role.id) for a in matrix.activities]
        for letter, col in letter_col.items():
            value = sheet.cell(row, col).value
            if sheet.cell(row, col).data_type == "f":
                continue  # a live formula: its value is checked through LibreOffice
            assert value == sum(letter in c for c in cells), (role.name, letter)
        share = sheet.cell(row, share_col)
        if share.data_type != "f":
            involved = sum(bool(c) for c in cells) / total
            assert share.value == pytest.approx(involved, abs=0.01) or share.value == (
                pytest.approx(involved * 100, abs=1)
            ), (role.name, share.value)


def test_roles_sheet(tmp_path: Path) -> None:
    matrix = rich_sample()
    roles = [
        r.model_copy(update={"description": f"Does {r.name}", "holder": "Ana", "deputy": "Bo"})
        if i % 2
        else r
        for i, r in enumerate(matrix.roles)
    ]
    matrix = Matrix(title="Roles", roles=roles)
    book = open_export(matrix, tmp_path)
    sheet = book["Roles"]
    header, cols = table(sheet, "role", "group", "description", "holder", "deputy")
    rows = rows_below(sheet, header, cols["role"])
    assert list(rows) == [r.name for r in matrix.roles]
    for role in matrix.roles:
        row = rows[role.name]
        for field in ("group", "description", "holder", "deputy"):
            assert (sheet.cell(row, cols[field]).value or "") == getattr(role, field), (
                role.name,
                field,
            )


@pytest.mark.parametrize("scheme", [RACI, *CUSTOM_SCHEMES], ids=lambda s: s.name)
def test_legend_sheet_lists_the_scheme(scheme: Scheme, tmp_path: Path) -> None:
    book = open_export(_team(scheme), tmp_path)
    sheet = book["Legend"]
    header, cols = table(sheet, "letter", "name", "meaning")
    rows = rows_below(sheet, header, cols["letter"])
    for item in scheme.letters:
        row = rows[item.letter]
        # openpyxl shows OOXML's _xHHHH_ escapes raw; Excel, LibreOffice and calamine decode them
        assert unescape(sheet.cell(row, cols["name"]).value) == item.name
        assert unescape(sheet.cell(row, cols["meaning"]).value or "") == item.meaning
        assert sheet.cell(row, cols["name"]).data_type == "s"
        assert sheet.cell(row, cols["meaning"]).data_type != "f"


# -- text stays text ----------------------------------------------------------------------


def _own_formulas_only(book: Workbook) -> None:
    for title, coordinate, formula in formulas(book):
        called = set(re.findall(r"([A-Z][A-Z0-9.]*)\(", formula.upper()))
        assert called <= OWN_FUNCTIONS, (title, coordinate, formula)
        assert "HYPERLINK" not in formula.upper()
        assert "CMD" not in formula.upper()


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_formula_like_text_is_written_as_text(text: str, tmp_path: Path) -> None:
    matrix = everywhere(text)
    book = open_export(matrix, tmp_path)
    _own_formulas_only(book)
    found = [
        (sheet.title, cell.coordinate, cell.data_type)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value == text
    ]
    assert found
    assert all(data_type == "s" for _, _, data_type in found), found
    raci = book["RACI"]
    where = layout(book, matrix)
    assert raci.cell(HEADER_ROW, FIRST_ROLE_COL).value == text
    assert raci.cell(where.rows[matrix.activities[0].id], NAME_COL).value == text
    assert raci.cell(HEADER_ROW, FIRST_ROLE_COL).data_type == "s"


@pytest.mark.parametrize("text", HOSTILE)
def test_excel_shows_hostile_names_as_they_are(text: str, tmp_path: Path) -> None:
    """python-calamine reads cells as Excel shows them (it undoes ``_xHHHH_`` escapes)."""
    import python_calamine

    matrix = everywhere(text)
    path = export(matrix, tmp_path)
    sheet = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("RACI")
    rows = sheet.to_python(skip_empty_area=False)
    assert rows[HEADER_ROW - 1][FIRST_ROLE_COL - 1] == matrix.roles[0].name
    names = [r[NAME_COL - 1] for r in rows[FIRST_DATA_ROW - 1 :]]
    assert matrix.activities[0].name in names


def test_no_cell_is_longer_than_excel_allows(tmp_path: Path) -> None:
    matrix = Matrix(
        title="Long",
        description="=" * 70_000,
        roles=[Role(id="r", name="R" * 200, description="d" * 40_000, holder="h" * 33_000)],
        activities=[Activity(id="a", name="A" * 2_000, description="@" * 50_000)],
        letters={"a": {"r": "RA"}},
        notes={"a": {"r": "-" * 40_000}},
    )
    book = open_export(matrix, tmp_path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert len(cell.value) <= EXCEL_CELL_MAX, (sheet.title, cell.coordinate)
    _own_formulas_only(book)


def test_the_metadata_never_holds_a_formula(tmp_path: Path) -> None:
    """Chunks of the hidden JSON that happen to start with = are still text."""
    matrix = rich_sample()
    matrix.description = "=" * 100_000
    book = open_export(matrix, tmp_path)
    meta = book[META]
    assert all(cell.data_type != "f" for row in meta.iter_rows() for cell in row)
