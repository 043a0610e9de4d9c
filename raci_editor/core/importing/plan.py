"""What the user may choose in the import preview, and what the importer decided.

:class:`ImportOptions` carries the user's overrides (sheet, header row,
column kinds, scheme); :class:`ImportReport` says what the importer did,
in terms a preview can draw (row and column kinds) and a person can read
(``notes``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from raci_editor.core.model import Matrix
    from raci_editor.core.rules import Finding


class ColumnKind(StrEnum):
    """What a sheet column holds."""

    ACTIVITY = "activity"
    GROUP = "group"
    ROLE = "role"
    IGNORED = "ignored"
    """An extra column (number, status, priority, deliverable, formulas…)."""


class RowKind(StrEnum):
    """What a sheet row was taken as."""

    HEADER = "header"
    ROLE_GROUPS = "role-groups"
    GROUP = "group"
    ACTIVITY = "activity"
    LEGEND = "legend"
    SKIPPED = "skipped"
    """Had content but was left out (a totals row, a row without a name…)."""
    OUTSIDE = "outside"
    """Above the header or below the end of the matrix."""


class Layout(StrEnum):
    """How the sheet lays the matrix out."""

    GRID = "grid"
    """Activities down, roles across, letters in the cells."""
    TRANSPOSED = "transposed"
    """Activities down, one column per letter holding role names."""
    LONG = "long"
    """One row per (activity, role, letters)."""


@dataclass(frozen=True)
class ImportOptions:
    """The user's choices; None / empty means "detect"."""

    sheet: str | None = None
    header_row: int | None = None
    """0-based row of the role names."""
    columns: Mapping[int, ColumnKind] = field(default_factory=dict)
    """Column kinds the user set (0-based column -> kind); the rest are detected."""
    scheme: str | None = None
    """A built-in scheme name to read the letters with."""


@dataclass(frozen=True)
class ImportReport:
    """What the importer decided, for the preview and for ``validate``."""

    source: str
    sheet: str
    layout: Layout
    header_row: int | None
    activity_column: int | None
    role_columns: tuple[int, ...]
    scheme: str
    scheme_reason: str
    """Why this scheme, a :class:`~raci_editor.core.texts.Text` (``say()`` it in the editor)."""
    columns: Mapping[int, ColumnKind] = field(default_factory=dict)
    rows: Mapping[int, RowKind] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    """One line each, in reading order: what was decided and why.

    Each is a :class:`~raci_editor.core.texts.Text`: English as a ``str``,
    said in the interface language with ``say(note)``.
    """
    sheets: tuple[str, ...] = ()
    """Every sheet of the file (set once the sheet is chosen)."""
    sheet_reason: str = ""
    """Why this sheet was read (set once the sheet is chosen), a Text like :attr:`notes`."""


@dataclass
class Imported:
    """The matrix read from a sheet, the findings met on the way and the report."""

    matrix: Matrix
    findings: list[Finding] = field(default_factory=list)
    report: ImportReport | None = None
    keeps_ids: bool = False
    """Whether the ids come from the file (native files, our own workbook exports) and so
    name the same role or activity in another version of it; else they were made from names."""

    @property
    def letter_count(self) -> int:
        """How many cells hold letters (what makes one sheet a better guess than another)."""
        return sum(len(row) for row in self.matrix.letters.values())
