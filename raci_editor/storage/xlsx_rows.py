"""The big blocks of a workbook's rows, written as XML text into the package openpyxl saved.

openpyxl makes an object for every cell and serialises each through
ElementTree: about 20 µs a cell without lxml, seconds for a 2000 × 100
matrix. So the blocks of rows that grow with the matrix (the RACI grid, the
tables of findings, workload and roles) are written here as text, each cell
the way openpyxl writes it (an inline string, a number or a formula, with a
style id of the workbook's stylesheet). Everything else stays openpyxl's:
header rows, styles, column widths, merged cells, conditional formats, the
drop-down, comments, print setup.

A block replaces the rows ``first..last`` of its sheet in the XML openpyxl
wrote; openpyxl's own rows there (at most the anchors of cell comments, which
live in a part of their own) are dropped. The package's other parts are
copied as they are.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

CELL_MAX = 32_767
"""Characters a cell holds; openpyxl cuts longer text there too."""

_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b-\x0d\x0e-\x1f\ufffe\uffff]")
_COMMENT_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ROW = re.compile(rb'<row r="(\d+)"')
_FILLED = re.compile(rb'<(?:v|f|is)\b|\bs="')
"""A cell with a value, a formula or a style: openpyxl must leave a block's rows without."""


def cell_text(text: str) -> str:
    """Text as a workbook stores it: OOXML's ``_xHHHH_`` for control characters and \\r.

    A literal ``_x0041_`` is protected as ``_x005F_x0041_`` so that readers
    (Excel, LibreOffice, calamine) give back exactly the text written.
    """
    return _ESCAPE.sub(_escaped, text)


def comment_text(text: str) -> str:
    """A note as a cell comment holds it: like :func:`cell_text`, but line breaks kept as they are.

    Without it a control character would make the comments part unreadable XML.
    """
    return _COMMENT_ESCAPE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    return f"_x{ord(match.group()):04X}_"


@lru_cache(maxsize=4096)
def column_letter(col: int) -> str:
    """``1`` -> ``A``, ``28`` -> ``AB``."""
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def text_cell(ref: str, text: str, style: int = 0) -> str:
    """A text cell as openpyxl writes one: an inline string, never a formula."""
    return f'<c r="{ref}"{_text_rest(text, style)}'


def repeated_text_cell(ref: str, text: str, style: int = 0) -> str:
    """A :func:`text_cell` for the few texts that fill most cells (letters): each made once."""
    return f'<c r="{ref}"{_repeated_rest(text, style)}'


def _text_rest(text: str, style: int) -> str:
    """What follows the reference of a text cell."""
    text = cell_text(text)[:CELL_MAX]
    if not text:
        return f'{_style(style)} t="inlineStr"/>'
    space = ' xml:space="preserve"' if text != text.strip() else ""  # "   " stays too
    return f'{_style(style)} t="inlineStr"><is><t{space}>{text.translate(_XML)}</t></is></c>'


_repeated_rest = lru_cache(maxsize=1024)(_text_rest)


def number_cell(ref: str, value: float, style: int = 0) -> str:
    """A number cell as openpyxl writes one."""
    return f'<c r="{ref}"{_style(style)} t="n"><v>{value:.16g}</v></c>'


def formula_cell(ref: str, formula: str, style: int = 0) -> str:
    """A formula cell (``formula`` without its ``=``), its value left for the reader to compute."""
    return f'<c r="{ref}"{_style(style)}><f>{formula.translate(_XML)}</f><v/></c>'


def blank_cell(ref: str, style: int) -> str:
    """An empty cell that only carries a style (a border, a fill)."""
    return f'<c r="{ref}"{_style(style)}/>'


def _style(style: int) -> str:
    return f' s="{style}"' if style else ""


def style_id(sheet: Worksheet, **style: Any) -> int:
    """The id openpyxl gives a cell with ``style`` (font=…, fill=…, border=…, alignment=…).

    A cell made for this and never put on the sheet registers the style in
    the workbook's stylesheet, which openpyxl writes whole.
    """
    from openpyxl.cell.cell import Cell

    cell = Cell(sheet)
    for key, value in style.items():
        setattr(cell, key, value)
    return int(cell.style_id)


class Block:
    """Consecutive rows of one sheet from row ``first``, as XML text."""

    def __init__(self, sheet: Worksheet, first: int) -> None:
        self.sheet = sheet
        self.first = first
        self.rows: list[str] = []

    @property
    def next_row(self) -> int:
        """The number of the row :meth:`add` appends next (its cells name it in their refs)."""
        return self.first + len(self.rows)

    @property
    def last(self) -> int:
        return self.next_row - 1

    def add(self, cells: Iterable[str]) -> None:
        """Append row :attr:`next_row`: its cells, left to right, from the ``*_cell`` functions."""
        self.rows.append(f'<row r="{self.next_row}">{"".join(cells)}</row>')


class Blocks:
    """The blocks of one workbook, and the saving that puts them in place."""

    def __init__(self) -> None:
        self._blocks: list[Block] = []

    def new(self, sheet: Worksheet, first: int) -> Block:
        """A block of ``sheet`` from row ``first``; openpyxl must write no other cells there."""
        if any(b.sheet is sheet for b in self._blocks):
            raise ValueError(f"sheet {sheet.title!r} has a block already")
        block = Block(sheet, first)
        self._blocks.append(block)
        return block

    def save(self, book: Workbook) -> bytes:
        """The workbook's bytes: saved by openpyxl, the blocks written into their sheets."""
        saved = io.BytesIO()
        book.save(saved)
        # openpyxl names each sheet's part while saving; ``path`` says where it wrote it.
        by_part = {b.sheet.path.lstrip("/"): b for b in self._blocks if b.rows}
        out = io.BytesIO()
        with (
            zipfile.ZipFile(saved) as source,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
        ):
            for info in source.infolist():
                block = by_part.pop(info.filename, None)
                if block is None:
                    target.writestr(info, source.read(info))
                else:
                    _write_sheet(target, info, source.read(info), block)
        if by_part:
            raise RuntimeError(f"openpyxl wrote no part {sorted(by_part)}")
        return out.getvalue()


def _write_sheet(target: zipfile.ZipFile, info: zipfile.ZipInfo, xml: bytes, block: Block) -> None:
    """The sheet's XML with ``block``'s rows in place of what openpyxl wrote there."""
    start, end = _span(xml, block.first, block.last)
    if _FILLED.search(xml, start, end):
        raise RuntimeError(f"openpyxl wrote cells in the rows of a block of {info.filename}")
    with target.open(info, "w") as part:
        part.write(xml[:start])
        for row in block.rows:
            part.write(row.encode())
        part.write(xml[end:])


def _span(xml: bytes, first: int, last: int) -> tuple[int, int]:
    """Where the rows ``first..last`` are, or would go, in a sheet's XML (rows are in order)."""
    start: int | None = None
    end = xml.index(b"</sheetData>")
    for match in _ROW.finditer(xml, 0, end):
        number = int(match[1])
        if start is None and number >= first:
            start = match.start()
        if number > last:
            end = match.start()
            break
    return (end if start is None else start), end
