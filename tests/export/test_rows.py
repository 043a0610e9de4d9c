"""The blocks of rows the export writes as XML text itself (``storage/xlsx_rows``).

They must read back exactly as the cells openpyxl writes, in openpyxl and in
calamine (our own reader), take the place of only their own rows, and leave
a package whose every part is well-formed XML.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.utils.escape import unescape
from python_calamine import CalamineWorkbook

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.storage import xlsx_export
from raci_editor.storage.formats import read_matrix
from raci_editor.storage.xlsx_rows import (
    Blocks,
    blank_cell,
    formula_cell,
    number_cell,
    repeated_text_cell,
    style_id,
    text_cell,
)
from raci_editor.storage.xlsx_sheets import set_text
from tests.export.strategies import CONTROL, HOSTILE, everywhere

TEXTS = (
    *HOSTILE,
    *CONTROL,
    "",
    "  padded  ",
    "\ttabbed",
    "trailing\n",
    "<b>&amp;</b> ]]> \"quoted\" 'single'",
    "x" * 40_000,
    "_x005F_x0041_",
)


def _save(book: Workbook, blocks: Blocks, folder: Path) -> Path:
    path = folder / "book.xlsx"
    path.write_bytes(blocks.save(book))
    return path


def _calamine(path: Path, sheet: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


@pytest.mark.parametrize("text", TEXTS, ids=repr)
def test_a_text_cell_reads_back_as_the_one_openpyxl_writes(text: str, tmp_path: Path) -> None:
    book = Workbook()
    theirs = book.active
    assert theirs is not None
    theirs.title = "openpyxl"
    ours = book.create_sheet("block")
    for sheet in (theirs, ours):
        set_text(sheet, 1, 1, "header")
    set_text(theirs, 2, 1, text)
    set_text(theirs, 2, 2, "R/A")
    blocks = Blocks()
    block = blocks.new(ours, 2)
    block.add([text_cell("A2", text), repeated_text_cell("B2", "R/A")])
    path = _save(book, blocks, tmp_path)

    read = load_workbook(path)
    assert [c.value for c in read["block"][2]] == [c.value for c in read["openpyxl"][2]]
    assert _calamine(path, "block") == _calamine(path, "openpyxl")


@pytest.mark.parametrize("text", ["   ", "\t", " \n "], ids=repr)
def test_a_text_of_spaces_only_is_kept(text: str, tmp_path: Path) -> None:
    """Marked to keep its spaces (openpyxl does so only when lxml is installed)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    set_text(sheet, 1, 1, "header")
    blocks = Blocks()
    blocks.new(sheet, 2).add([text_cell("A2", text), text_cell("B2", "after")])
    path = _save(book, blocks, tmp_path)
    read = load_workbook(path).active
    assert read is not None
    assert read["A2"].value == text
    assert _calamine(path, "Sheet")[1] == [text, "after"]


def test_numbers_formulas_and_styles_in_a_block(tmp_path: Path) -> None:
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    set_text(sheet, 1, 1, "header")
    bold = style_id(sheet, font=Font(bold=True))
    percent = style_id(sheet, number_format="0%")
    blocks = Blocks()
    block = blocks.new(sheet, 2)
    block.add([number_cell("A2", 12), number_cell("B2", 0.4567, percent), blank_cell("C2", bold)])
    block.add([formula_cell("A3", "SUM(A2:B2)", bold), text_cell("B3", "=1+1", bold)])
    read = load_workbook(_save(book, blocks, tmp_path)).active
    assert read is not None
    assert (read["A2"].value, read["B2"].value, read["C2"].value) == (12, 0.4567, None)
    assert read["B2"].number_format == "0%"
    assert [read[ref].font.b for ref in ("C2", "A3", "B3")] == [True, True, True]
    assert read["A3"].value == "=SUM(A2:B2)"
    assert (read["B3"].value, read["B3"].data_type) == ("=1+1", "s")


def test_a_block_takes_the_place_of_its_rows_only_and_comments_stay(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    set_text(sheet, 1, 1, "above")
    set_text(sheet, 6, 1, "below")
    sheet.cell(3, 2).comment = Comment("a note", "RACI Editor")  # anchored on a block cell
    blocks = Blocks()
    block = blocks.new(sheet, 2)
    for row in range(2, 5):
        block.add([text_cell(f"A{row}", f"row {row}"), text_cell(f"B{row}", "R")])
    read = load_workbook(_save(book, blocks, tmp_path)).active
    assert read is not None
    values = [[c.value for c in row] for row in read.iter_rows(max_col=2)]
    assert values == [
        ["above", None],
        ["row 2", "R"],
        ["row 3", "R"],
        ["row 4", "R"],
        [None, None],
        ["below", None],
    ]
    comment = read["B3"].comment
    assert comment is not None
    assert comment.text == "a note"


def test_a_cell_openpyxl_wrote_in_a_block_is_never_silently_dropped(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    set_text(sheet, 3, 2, "lost")
    blocks = Blocks()
    block = blocks.new(sheet, 2)
    block.add([text_cell("A2", "block")])
    block.add([text_cell("A3", "block")])
    with pytest.raises(RuntimeError, match="in the rows of a block"):
        _save(book, blocks, tmp_path)


def test_a_block_on_a_sheet_where_openpyxl_wrote_nothing(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    blocks = Blocks()
    blocks.new(sheet, 1).add([text_cell("A1", "alone")])
    assert _calamine(_save(book, blocks, tmp_path), "Sheet") == [["alone"]]


def test_one_block_per_sheet() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    blocks = Blocks()
    blocks.new(sheet, 2)
    with pytest.raises(ValueError, match="has a block already"):
        blocks.new(sheet, 10)


@pytest.mark.parametrize("text", CONTROL, ids=repr)
def test_every_part_of_an_export_with_control_characters_is_well_formed(
    text: str, tmp_path: Path
) -> None:
    """A note with a control character once made the comments part unreadable for Excel."""
    matrix = everywhere(text)
    path = tmp_path / "m.xlsx"
    xlsx_export.save(matrix, path)
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.endswith((".xml", ".vml", ".rels")):
                ElementTree.fromstring(package.read(name))  # raises on a broken part
    sheet = load_workbook(path)["RACI"]
    notes = [unescape(c.comment.text) for row in sheet.iter_rows() for c in row if c.comment]
    assert [_lines(note) for note in notes] == [_lines(text)] * 2


def _lines(text: str) -> str:
    """Line breaks as XML reads them back (one writer keeps \r as a reference, one as it is)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def test_a_larger_matrix_with_groups_and_notes_comes_back_whole(tmp_path: Path) -> None:
    """Many rows in each block, group bands between them, notes anchored all over."""
    roles = [Role(id=f"r{i}", name=f"Role {i}", group=f"Team {i // 7}") for i in range(30)]
    activities = [
        Activity(id=f"a{i}", name=f"Activity {i}", group=f"Phase {i // 40}" if i >= 20 else "")
        for i in range(250)
    ]
    values = ("R", "A", "C", "I", "RA", "", "", "")
    letters = {
        a.id: {r.id: values[(i * 7 + j * 3) % len(values)] for j, r in enumerate(roles)}
        for i, a in enumerate(activities)
    }
    letters = {a: {r: v for r, v in row.items() if v} for a, row in letters.items()}
    notes = {f"a{i}": {f"r{i % 30}": f"note {i}"} for i in range(0, 250, 9)}
    matrix = Matrix(
        title="Larger", roles=roles, activities=activities, letters=letters, notes=notes
    )
    path = tmp_path / "m.xlsx"
    xlsx_export.save(matrix, path)
    assert read_matrix(path).matrix == matrix
    sheet = load_workbook(path)["RACI"]
    comments = {c.coordinate: c.comment.text for row in sheet.iter_rows() for c in row if c.comment}
    assert len(comments) == len(notes)
    assert sorted(comments.values()) == sorted(n for row in notes.values() for n in row.values())
