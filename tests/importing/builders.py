"""Small spreadsheets written the way real RACI workbooks are, and ways to look at what was read.

A :class:`Sheet` is rows of values from A1 down, merged ranges in A1
notation, formulas with the value Excel would have cached, and optionally
hundreds of formatted but empty rows after the content. ``write_book``
writes sheets as .xlsx, .xlsm, .xls (with xlwt; skipped when it is
missing) or .ods (a minimal zip written by hand); ``write_csv`` writes rows
in a given encoding and delimiter.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import openpyxl
import pytest
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Border, PatternFill, Side
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries

from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding
from raci_editor.storage.formats import read_matrix
from raci_editor.storage.result import LoadResult

Value = str | int | float | dt.date | dt.time | None
Row = Sequence[Value]

# -- the matrix most tests build around ---------------------------------------

ROLES = ["Project Manager", "Designer", "Developer", "Tester"]
ACTIVITIES = ["Define the scope", "Design the screens", "Build the app", "Test the release"]
WRITTEN = [
    ["A/R", "C", "C", "I"],
    ["A", "R", "C", ""],
    ["A", "C", "R", "C"],
    ["A", "I", "C", "R"],
]
"""The cells as people write them, one row per activity."""
LETTERS = [
    ["RA", "C", "C", "I"],
    ["A", "R", "C", ""],
    ["A", "C", "R", "C"],
    ["A", "I", "C", "R"],
]
"""What the importer must read from ``WRITTEN``: letters in RACI order."""


def body(first: Sequence[Value] = (), after: Sequence[Value] = ()) -> list[list[Value]]:
    """The standard activity rows, with ``first`` cells before the name and ``after`` after it."""
    return [[*first, name, *after, *cells] for name, cells in zip(ACTIVITIES, WRITTEN, strict=True)]


def plain_rows(corner: str = "Activity") -> list[list[Value]]:
    """The standard matrix with its header in row 1 and activities in column A."""
    return [[corner, *ROLES], *body()]


# -- sheets and workbooks -----------------------------------------------------


@dataclass
class Sheet:
    """One sheet's content, from A1 down."""

    name: str
    rows: Sequence[Sequence[Value]]
    merges: list[str] = field(default_factory=list)
    """Merged ranges such as ``"A1:G2"``; the value sits in the top-left cell."""
    formulas: dict[str, tuple[str, float]] = field(default_factory=dict)
    """Cell -> (formula, the value Excel cached for it): ``{"F3": ('=COUNTIF(B3:E3,"A")', 1)}``."""
    styled_empty_rows: int = 0
    """Rows of formatted cells holding empty text after the content (templates have hundreds)."""
    styled_width: int = 8


def write_book(path: Path, *sheets: Sheet) -> Path:
    """Write the sheets in the format the file extension names."""
    writers = {".xlsx": write_xlsx, ".xlsm": write_xlsm, ".xls": write_xls, ".ods": write_ods}
    return writers[path.suffix.lower()](path, *sheets)


def _merge_bounds(ref: str) -> tuple[int, int, int, int]:
    """``"B2:D3"`` -> (first_row, first_col, last_row, last_col), 0-based."""
    min_col, min_row, max_col, max_row = range_boundaries(ref)
    return min_row - 1, min_col - 1, max_row - 1, max_col - 1


def write_xlsx(path: Path, *sheets: Sheet) -> Path:
    """An .xlsx written with openpyxl; formulas get their cached values patched in."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    fill = PatternFill("solid", fgColor="FFF2CC")
    border = Border(bottom=Side(style="thin"), right=Side(style="thin"))
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        for r, row in enumerate(sheet.rows, 1):
            for c, value in enumerate(row, 1):
                if value is not None and value != "":
                    ws.cell(r, c).value = value
        for ref, (formula, _) in sheet.formulas.items():
            ws[ref] = formula
        for ref in sheet.merges:
            ws.merge_cells(ref)
        first = len(sheet.rows) + 1
        for r in range(first, first + sheet.styled_empty_rows):
            for c in range(1, sheet.styled_width + 1):
                cell = ws.cell(r, c)
                if isinstance(cell, MergedCell):
                    continue
                cell.value = ""
                cell.fill = fill
                cell.border = border
    wb.save(path)
    cached = {
        (index, ref): value
        for index, sheet in enumerate(sheets, 1)
        for ref, (_, value) in sheet.formulas.items()
    }
    if cached:
        _patch_zip(path, lambda name, data: _cache_formulas(name, data, cached))
    return path


def _cache_formulas(name: str, data: bytes, cached: dict[tuple[int, str], float]) -> bytes:
    """Put each formula's cached value into ``<v>``, as Excel does when it saves."""
    m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", name)
    if not m:
        return data
    text = data.decode("utf-8")
    for (index, ref), value in cached.items():
        if index != int(m.group(1)):
            continue
        pattern = re.compile(rf'(<c r="{ref}"[^>]*>)(<f>.*?</f>)<v\s*/>(</c>)')
        text, count = pattern.subn(lambda g, v=value: f"{g[1]}{g[2]}<v>{v}</v>{g[3]}", text)
        assert count == 1, f"formula cell {ref} not found in {name}"
    return text.encode("utf-8")


def _patch_zip(path: Path, change: Callable[[str, bytes], bytes]) -> None:
    """Rewrite every member of a zip through ``change(name, data) -> data``."""
    with zipfile.ZipFile(path) as zin:
        members = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in members:
            zout.writestr(info, change(info.filename, data))


_MACRO_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
_BOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def write_xlsm(path: Path, *sheets: Sheet) -> Path:
    """An .xlsm: an .xlsx whose workbook part declares the macro-enabled type, as Excel's does."""
    write_xlsx(path, *sheets)

    def macro_type(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return data.replace(_BOOK_TYPE.encode(), _MACRO_TYPE.encode())
        return data

    _patch_zip(path, macro_type)
    return path


def write_xls(path: Path, *sheets: Sheet) -> Path:
    """An Excel 97-2003 .xls written with xlwt; the test is skipped when xlwt is not installed."""
    xlwt = pytest.importorskip(
        "xlwt", reason="xlwt is needed to write .xls test files: pip install xlwt"
    )
    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    time_style = xlwt.easyxf(num_format_str="hh:mm")
    filled = xlwt.easyxf("pattern: pattern solid, fore_colour light_yellow; borders: bottom thin")
    for sheet in sheets:
        ws = wb.add_sheet(sheet.name)
        bounds = [_merge_bounds(ref) for ref in sheet.merges]
        starts = {(b[0], b[1]): b for b in bounds}
        covered = {
            (r, c)
            for r0, c0, r1, c1 in bounds
            for r in range(r0, r1 + 1)
            for c in range(c0, c1 + 1)
            if (r, c) != (r0, c0)
        }
        for (r1, c1), (_, value) in _by_position(sheet.formulas).items():
            ws.write(r1 - 1, c1 - 1, value)  # xlwt cannot cache a formula's value: the value
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                if (r, c) in covered or value is None or value == "":
                    continue
                if (r, c) in starts:
                    r0, c0, r1, c1 = starts[(r, c)]
                    ws.write_merge(r0, r1, c0, c1, value)
                elif isinstance(value, dt.time):
                    ws.write(r, c, value, time_style)
                elif isinstance(value, dt.date):
                    ws.write(r, c, value, date_style)
                else:
                    ws.write(r, c, value)
        for r0, c0, r1, c1 in bounds:  # merged ranges whose top-left cell is empty
            if r0 >= len(sheet.rows) or c0 >= len(sheet.rows[r0]) or not sheet.rows[r0][c0]:
                ws.merge(r0, r1, c0, c1)
        first = len(sheet.rows)
        for r in range(first, first + sheet.styled_empty_rows):
            for c in range(sheet.styled_width):
                ws.write(r, c, "", filled)
    wb.save(str(path))
    return path


def _by_position(
    formulas: dict[str, tuple[str, float]],
) -> dict[tuple[int, int], tuple[str, float]]:
    """Formulas keyed by 1-based (row, column)."""
    return {coordinate_to_tuple(ref): f for ref, f in formulas.items()}


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'office:version="1.2"'
)
_ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def _ods_cell(value: Value, span: tuple[int, int] | None) -> str:
    attrs = ""
    if span is not None:
        attrs += f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"'
    if value is None or value == "":
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, bool | int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}"{attrs}>'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    if isinstance(value, dt.time):
        iso = f"PT{value.hour:02d}H{value.minute:02d}M{value.second:02d}S"
        return (
            f'<table:table-cell office:value-type="time" office:time-value="{iso}"{attrs}>'
            f"<text:p>{value:%H:%M}</text:p></table:table-cell>"
        )
    if isinstance(value, dt.date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value:%Y-%m-%d}"'
            f"{attrs}><text:p>{value:%Y-%m-%d}</text:p></table:table-cell>"
        )
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n"))
    return f'<table:table-cell office:value-type="string"{attrs}>{paragraphs}</table:table-cell>'


def ods_content(*sheets: Sheet) -> str:
    """content.xml of an OpenDocument spreadsheet holding the sheets."""
    tables = []
    for sheet in sheets:
        bounds = [_merge_bounds(ref) for ref in sheet.merges]
        spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in bounds}
        covered = {
            (r, c)
            for r0, c0, r1, c1 in bounds
            for r in range(r0, r1 + 1)
            for c in range(c0, c1 + 1)
            if (r, c) != (r0, c0)
        }
        formulas = {(row - 1, col - 1): f for (row, col), f in _by_position(sheet.formulas).items()}
        height = max([len(sheet.rows)] + [b[2] + 1 for b in bounds] + [r + 1 for r, _ in formulas])
        rows = []
        for r in range(height):
            row = sheet.rows[r] if r < len(sheet.rows) else []
            width = max(
                [len(row)]
                + [b[3] + 1 for b in bounds if b[0] <= r <= b[2]]
                + [c + 1 for fr, c in formulas if fr == r]
            )
            cells = []
            for c in range(width):
                if (r, c) in covered:
                    cells.append("<table:covered-table-cell/>")
                elif (r, c) in formulas:
                    formula, value = formulas[(r, c)]
                    cells.append(
                        f"<table:table-cell table:formula={quoteattr('of:' + formula)}"
                        f' office:value-type="float" office:value="{value}">'
                        f"<text:p>{value}</text:p></table:table-cell>"
                    )
                else:
                    cells.append(_ods_cell(row[c] if c < len(row) else None, spans.get((r, c))))
            rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        if sheet.styled_empty_rows:
            empty = (
                '<table:table-cell office:value-type="string"><text:p></text:p></table:table-cell>'
            )
            rows.append(
                f'<table:table-row table:number-rows-repeated="{sheet.styled_empty_rows}">'
                f"{empty * sheet.styled_width}</table:table-row>"
            )
        tables.append(
            f"<table:table table:name={quoteattr(sheet.name)}>{''.join(rows)}</table:table>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<office:document-content {_ODS_NS}><office:body><office:spreadsheet>"
        f"{''.join(tables)}</office:spreadsheet></office:body></office:document-content>"
    )


def write_ods(path: Path, *sheets: Sheet) -> Path:
    """A minimal .ods: mimetype (stored, first), content.xml and META-INF/manifest.xml."""
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS_MIME}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), _ODS_MIME, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", ods_content(*sheets), compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def csv_text(rows: Sequence[Row], delimiter: str = ",") -> str:
    """Rows as CSV text, CRLF line ends like Excel."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue()


def write_csv(
    path: Path, rows: Sequence[Row], *, encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    """A CSV file; ``encoding`` as Python names it (``utf-8-sig`` for a BOM, ``utf-16`` for Excel's
    "Unicode text", which has a BOM)."""
    path.write_bytes(csv_text(rows, delimiter).encode(encoding))
    return path


BOM = codecs.BOM_UTF8

# -- what was read, as a user sees it -----------------------------------------


def load(path: Path, sheet: str | None = None) -> LoadResult:
    """Read a file as the editor and the command line do."""
    return read_matrix(path, sheet=sheet)


def role_names(m: Matrix) -> list[str]:
    return [r.name for r in m.roles]


def role_groups(m: Matrix) -> list[tuple[str, str]]:
    """(group, role name) for every role, in column order."""
    return [(r.group, r.name) for r in m.roles]


def activity_names(m: Matrix) -> list[str]:
    return [a.name for a in m.activities]


def activity_groups(m: Matrix) -> list[tuple[str, str]]:
    """(group, activity name) for every activity, in row order."""
    return [(a.group, a.name) for a in m.activities]


def letters(m: Matrix) -> list[list[str]]:
    """Every cell's letters, one list per activity in role order."""
    return [[m.cell(a.id, r.id) for r in m.roles] for a in m.activities]


def _ids(m: Matrix, activity: str, role: str) -> tuple[str, str]:
    [a] = [x.id for x in m.activities if x.name == activity]
    [r] = [x.id for x in m.roles if x.name == role]
    return a, r


def cell(m: Matrix, activity: str, role: str) -> str:
    """The letters of the cell named by activity and role name."""
    return m.cell(*_ids(m, activity, role))


def note(m: Matrix, activity: str, role: str) -> str:
    """The note of the cell named by activity and role name."""
    return m.note(*_ids(m, activity, role))


def found(result: LoadResult, rule: str) -> list[Finding]:
    """The findings of one rule met while reading."""
    return [f for f in result.findings if f.rule == rule]


def about(result: LoadResult, finding: Finding) -> tuple[str | None, str | None]:
    """(activity name, role name) that a finding is about."""
    m = result.matrix
    activity = m.activity(finding.activity_id).name if finding.activity_id else None
    role = m.role(finding.role_id).name if finding.role_id else None
    return activity, role


def assert_standard(result: LoadResult, groups: Sequence[str] | None = None) -> None:
    """The matrix is exactly the standard one: roles, activities (and groups), every cell."""
    m = result.matrix
    assert role_names(m) == ROLES
    assert activity_names(m) == ACTIVITIES
    assert letters(m) == LETTERS
    assert m.scheme.name == "RACI"
    if groups is not None:
        assert [a.group for a in m.activities] == list(groups)
    assert not found(result, "unknown-code")
    assert not found(result, "skipped-row")
