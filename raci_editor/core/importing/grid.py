"""A sheet as the importer sees it: cell texts, merged ranges and an optional style probe.

The storage layer turns xlsx/xls/ods/csv files into :class:`Grid` values;
everything after that is pure and works on any grid, which is what makes
the import preview cheap to re-run when the user changes a choice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from raci_editor.core.letters import clean_text
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text, plural

StyleProbe = Callable[[int, int], str | None]
"""``(row, column) -> style key`` (e.g. ``"bold|FFD9E1F2"``), None where unknown."""


@dataclass(frozen=True, slots=True)
class CellRange:
    """A merged range, inclusive, 0-based."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int

    def covers(self, row: int, col: int) -> bool:
        """Whether the range contains the cell."""
        return self.first_row <= row <= self.last_row and self.first_col <= col <= self.last_col


@dataclass(frozen=True, eq=False)
class Grid:
    """One sheet: ``cells[row][col]`` is the cell's text (``""`` when empty), 0-based."""

    name: str
    cells: Sequence[Sequence[str]]
    merges: Sequence[CellRange] = ()
    style: StyleProbe | None = field(default=None, repr=False)
    """Where the file has formatting (xlsx), a probe for one cell's style."""

    @property
    def height(self) -> int:
        """Number of rows."""
        return len(self.cells)

    @property
    def width(self) -> int:
        """Number of columns of the widest row."""
        return max((len(r) for r in self.cells), default=0)

    def text(self, row: int, col: int) -> str:
        """The cell's raw text, ``""`` outside the sheet."""
        if 0 <= row < len(self.cells):
            cells = self.cells[row]
            if 0 <= col < len(cells):
                return cells[col]
        return ""

    def clean(self, row: int, col: int) -> str:
        """The cell's text trimmed, line breaks as spaces (how names are kept)."""
        return clean_text(self.text(row, col))

    def merge_at(self, row: int, col: int) -> CellRange | None:
        """The merged range that covers the cell, if any."""
        for merge in self.merges:
            if merge.covers(row, col):
                return merge
        return None

    def is_blank_row(self, row: int) -> bool:
        """Whether no cell of the row holds text."""
        return not any(c.strip() for c in self.cells[row]) if row < len(self.cells) else True


def make_grid(
    name: str,
    rows: Sequence[Sequence[str]],
    merges: Sequence[CellRange] = (),
    style: StyleProbe | None = None,
) -> Grid:
    """A grid with each row cut after its last filled cell (files pad rows to the widest one)."""
    trimmed = []
    for row in rows:
        end = len(row)
        while end and not row[end - 1].strip():
            end -= 1
        trimmed.append(list(row[:end]))
    return Grid(name, trimmed, tuple(merges), style)


def column_name(col: int) -> str:
    """Spreadsheet column letters for a 0-based column: 0 -> ``A``, 27 -> ``AB``."""
    name = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def role_count(number: int) -> Text:
    """``1 role``, ``3 roles`` (said in the reader's language)."""
    return plural(
        number, QT_TRANSLATE_NOOP("Import", "1 role"), QT_TRANSLATE_NOOP("Import", "{n} roles")
    )


def activity_count(number: int) -> Text:
    """``1 activity``, ``3 activities`` (said in the reader's language)."""
    return plural(
        number,
        QT_TRANSLATE_NOOP("Import", "1 activity"),
        QT_TRANSLATE_NOOP("Import", "{n} activities"),
    )
