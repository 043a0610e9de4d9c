"""Find a grid matrix in a sheet: the role band, the header row, the activity and group columns.

The evidence is the letters: columns that hold R/A/C/I codes are role
columns; the header is the nearest row above the first letters that names
most of them; the activity column is the first column of names to their
left. Users may override each decision (:class:`ImportOptions`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from raci_editor.core.importing.cells import (
    Classifier,
    Kind,
    has_letterish,
    is_id_like,
    is_letterish,
)
from raci_editor.core.importing.errors import NoLayoutError
from raci_editor.core.importing.grid import Grid, column_name
from raci_editor.core.importing.legend import LegendPair, row_pairs
from raci_editor.core.importing.plan import ColumnKind, ImportOptions
from raci_editor.core.importing.words import says_activity, says_extra
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text

MAX_HEADER_SCAN = 40
"""How far above the first letters the header row may be."""


@dataclass
class SheetView:
    """A grid with its cells classified, legend rows found and user overrides applied."""

    grid: Grid
    classifier: Classifier
    options: ImportOptions
    width: int = 0
    legend_rows: dict[int, list[LegendPair]] = field(default_factory=dict)
    _kinds: list[list[Kind] | None] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.width = self.grid.width
        self._kinds = [None] * self.grid.height
        for row in range(self.grid.height):
            pairs = row_pairs(self.grid, row, len(self.grid.cells[row]))
            if pairs:
                self.legend_rows[row] = pairs

    def kinds(self, row: int) -> list[Kind]:
        """The kinds of a row's cells (as long as the row; classified once)."""
        if not 0 <= row < len(self._kinds):
            return []
        found = self._kinds[row]
        if found is None:
            found = self._kinds[row] = self.classifier.kinds(self.grid.cells[row])
        return found

    def kind(self, row: int, col: int) -> Kind:
        """The kind of one cell."""
        kinds = self.kinds(row)
        return kinds[col] if 0 <= col < len(kinds) else Kind.EMPTY

    def kinds_at(self, row: int, cols: Columns) -> Sequence[Kind]:
        """The kinds of a row's cells in ``cols`` (see :meth:`Columns.take`)."""
        return cols.take(self.kinds(row), Kind.EMPTY)

    def texts_at(self, row: int, cols: Columns) -> Sequence[str]:
        """The raw texts of a row's cells in ``cols`` (see :meth:`Columns.take`)."""
        cells = self.grid.cells[row] if 0 <= row < self.grid.height else ()
        return cols.take(cells, "")

    def legend_cols(self, row: int) -> set[int]:
        """The cells of a row taken up by legend pairs."""
        return {c for pair in self.legend_rows.get(row, ()) for c in pair.cols}

    def forced(self, col: int) -> ColumnKind | None:
        """The kind the user gave a column."""
        return self.options.columns.get(col)


T = TypeVar("T")


class Columns:
    """Some columns, taken from many rows at once: the same cells of every row, at C speed.

    The importer looks at the role columns of thousands of rows; a slice (or
    ``map`` for columns apart) does that without a Python step per cell.
    """

    def __init__(self, cols: Sequence[int]) -> None:
        self.cols = tuple(cols)
        self._end = max(self.cols, default=-1) + 1
        self._plain = all(c >= 0 for c in self.cols)
        first = self.cols[0] if self.cols else 0
        self._run = first >= 0 and self.cols == tuple(range(first, first + len(self.cols)))
        """Side by side (as role columns are): a slice takes them."""

    def take(self, row: Sequence[T], fill: T) -> Sequence[T]:
        """``row``'s cells in these columns, in order; ``fill`` for a column past the row's end.

        The result may stop short where the row does (a sheet row ends at its
        last filled cell): what is missing at its end is empty.
        """
        if self._run:
            return row[self._end - len(self.cols) : self._end]
        if not self._plain:
            return tuple(row[c] if 0 <= c < len(row) else fill for c in self.cols)
        if len(row) < self._end:
            row = [*row, *([fill] * (self._end - len(row)))]
        return tuple(map(row.__getitem__, self.cols))


@dataclass
class GridLayout:
    """Where the matrix is in a sheet."""

    header_row: int | None
    group_header_row: int | None
    activity_col: int
    group_col: int | None
    role_cols: list[int]
    ignored_cols: list[int]
    first_row: int
    """First row after the header(s)."""
    last_letter_row: int
    notes: list[str] = field(default_factory=list)


def detect(view: SheetView) -> GridLayout:
    """The grid layout of a sheet; NoLayoutError when it holds no matrix."""
    grid = view.grid
    letters, texts, numbers = _column_counts(view)
    strong = [
        view.forced(c) is ColumnKind.ROLE
        or (
            view.forced(c) is None
            and letters[c] >= 1
            and texts[c] <= max(3, letters[c])
            and numbers[c] <= max(2, letters[c] // 4)
        )
        for c in range(view.width)
    ]
    weak = [
        view.forced(c) is ColumnKind.IGNORED  # the user left it out: it does not split the band
        or (view.forced(c) is None and letters[c] == 0 and numbers[c] == 0 and 1 <= texts[c] <= 2)
        for c in range(view.width)
    ]
    band = _best_band(strong, weak, letters)
    if band is None:
        raise NoLayoutError(Text(QT_TRANSLATE_NOOP("Import", "no column holds R/A/C/I letters")))
    start, stop = band
    band_letters = [c for c in range(start, stop) if strong[c]]
    band_columns = Columns(band_letters)
    letter_rows = [
        r
        for r in range(grid.height)
        if (r not in view.legend_rows or _letters_beyond_legend(view, r, band_letters))
        and has_letterish(view.kinds_at(r, band_columns))
    ]
    if not letter_rows:
        raise NoLayoutError(Text(QT_TRANSLATE_NOOP("Import", "no row holds R/A/C/I letters")))
    first_letters, last_letters = _first_of_run(view, letter_rows, band_letters), letter_rows[-1]
    header, group_header = _header_rows(view, start, stop, first_letters)
    empty = [letters[c] + texts[c] + numbers[c] == 0 for c in range(view.width)]
    start, stop = _widen(view, _Columns(strong, weak, empty), (start, stop), header)
    notes: list[str] = []
    role_cols = [
        c
        for c in range(start, stop)
        if (strong[c] or (header is not None and grid.clean(header, c)))
        and view.forced(c) in (None, ColumnKind.ROLE)
        and not (header is not None and says_extra(grid.clean(header, c)) and not view.forced(c))
    ]
    if not role_cols:
        raise NoLayoutError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Import", "the only columns with letters are notes or status columns"
                )
            )
        )
    role_cols += [
        c for c, k in view.options.columns.items() if k is ColumnKind.ROLE and c not in role_cols
    ]
    role_cols.sort()
    if header is None:
        body_start = first_letters
    else:
        body_start = max(r for r in (header, group_header) if r is not None) + 1
    body_rows = [
        r for r in letter_rows if r >= body_start and r not in view.legend_rows
    ] or letter_rows
    activity = _activity_col(view, role_cols, header, body_rows)
    group = _group_col(view, activity, header, body_rows)
    used = {activity, *role_cols, *([group] if group is not None else [])}
    ignored = [
        c
        for c in range(view.width)
        if c not in used
        and (
            view.forced(c) is ColumnKind.IGNORED or any(grid.text(r, c).strip() for r in body_rows)
        )
    ]
    return GridLayout(
        header_row=header,
        group_header_row=group_header,
        activity_col=activity,
        group_col=group,
        role_cols=role_cols,
        ignored_cols=ignored,
        first_row=body_start,
        last_letter_row=last_letters,
        notes=notes,
    )


def _column_counts(view: SheetView) -> tuple[list[int], list[int], list[int]]:
    """Per column: how many cells hold letters, text and numbers (legend pairs left out).

    Rows without a legend are counted a column at a time (``tuple.count``
    runs in C, on rows padded to the same width); the few legend rows cell
    by cell, leaving their pairs out.
    """
    width = view.width
    letters, texts, numbers = [0] * width, [0] * width, [0] * width
    plain: list[list[Kind]] = []
    for row in range(view.grid.height):
        if row not in view.legend_rows:
            kinds = view.kinds(row)
            plain.append(kinds + [Kind.EMPTY] * (width - len(kinds)))
            continue
        pair_cols = view.legend_cols(row)
        for col, kind in enumerate(view.kinds(row)):
            if col in pair_cols:
                continue
            if is_letterish(kind):
                letters[col] += 1
            elif kind is Kind.TEXT:
                texts[col] += 1
            elif kind is Kind.NUMBER:
                numbers[col] += 1
    for col, column in enumerate(zip(*plain, strict=True)):
        letters[col] += column.count(Kind.CODE) + column.count(Kind.SINGLE)
        texts[col] += column.count(Kind.TEXT)
        numbers[col] += column.count(Kind.NUMBER)
    return letters, texts, numbers


def _letters_beyond_legend(view: SheetView, row: int, cols: list[int]) -> bool:
    """Whether a row with a legend pair also has letters of its own in the role band."""
    pair_cols = view.legend_cols(row)
    return any(is_letterish(view.kind(row, c)) for c in cols if c not in pair_cols)


def _first_of_run(view: SheetView, letter_rows: list[int], cols: list[int]) -> int:
    """The first row with two letters, passing over a stray letter in a title block."""
    if len(cols) < 2:
        return letter_rows[0]
    for row in letter_rows:
        if sum(is_letterish(view.kind(row, c)) for c in cols) >= 2:
            return row
    return letter_rows[0]


@dataclass
class _Columns:
    """Per column: full of letters (strong), a name over an empty column (weak), empty."""

    strong: list[bool]
    weak: list[bool]
    empty: list[bool]


def _widen(
    view: SheetView, columns: _Columns, band: tuple[int, int], header: int | None
) -> tuple[int, int]:
    """Join role columns that one or two empty spacer columns split, when the header names them."""
    strong, weak, empty = columns.strong, columns.weak, columns.empty
    start, stop = band
    if header is None:
        return band
    width = len(strong)

    def named(col: int) -> bool:
        return bool(view.grid.clean(header, col))

    while True:
        col = stop
        while col < width and col - stop < 2 and empty[col] and not named(col):
            col += 1
        if col == stop or col >= width or not (strong[col] and named(col)):
            break
        stop = col
        while stop < width and (strong[stop] or weak[stop]):
            stop += 1
    while True:
        col = start - 1
        while col >= 0 and start - col <= 2 and empty[col] and not named(col):
            col -= 1
        if col == start - 1 or col < 0 or not (strong[col] and named(col)):
            break
        start = col
        while start > 0 and strong[start - 1]:
            start -= 1
    return start, stop


def _best_band(strong: list[bool], weak: list[bool], letters: list[int]) -> tuple[int, int] | None:
    """The run of role-like columns holding the most letters, as ``(start, stop)``."""
    best: tuple[int, int] | None = None
    best_count = 0
    col = 0
    width = len(strong)
    while col < width:
        if not strong[col]:
            col += 1
            continue
        start = stop = col
        while stop < width and (strong[stop] or weak[stop]):
            stop += 1
        count = sum(letters[start:stop])
        if count > best_count:
            best, best_count = (start, stop), count
        col = stop
    return best


def _header_rows(
    view: SheetView, start: int, stop: int, first_letters: int
) -> tuple[int | None, int | None]:
    """The row of role names and the row of role groups (either may be None)."""
    forced = view.options.header_row
    if forced is not None:
        return forced, _group_row_beside(view, forced, start, stop, first_letters)
    for row in range(first_letters - 1, max(-1, first_letters - 1 - MAX_HEADER_SCAN), -1):
        if _covers(view, row, start, stop) * 2 >= stop - start and not _has_letters(
            view, row, start, stop, loose=True
        ):
            other = _group_row_beside(view, row, start, stop, first_letters)
            if other is not None and _raw_texts(view, other, start, stop) > _raw_texts(
                view, row, start, stop
            ):
                return other, row
            return row, other
    return None, None


def _group_row_beside(
    view: SheetView, row: int, start: int, stop: int, first_letters: int
) -> int | None:
    """A row of role groups directly above or below the role names."""
    for other in (row + 1, row - 1):
        if other < 0 or other >= first_letters or other in view.legend_rows:
            continue
        if _raw_texts(view, other, start, stop) and not _has_letters(view, other, start, stop):
            return other
    return None


def _covers(view: SheetView, row: int, start: int, stop: int) -> int:
    """How many band columns have header text in a row (merged cells count, titles do not)."""
    count = 0
    for col in range(start, stop):
        if view.grid.text(row, col).strip():
            count += 1
            continue
        merge = view.grid.merge_at(row, col)
        if (
            merge is not None
            and merge.first_col >= start
            and view.grid.clean(merge.first_row, merge.first_col)
        ):
            count += 1
    return count


def _raw_texts(view: SheetView, row: int, start: int, stop: int) -> int:
    return sum(1 for col in range(start, stop) if view.grid.clean(row, col))


def _has_letters(view: SheetView, row: int, start: int, stop: int, loose: bool = False) -> bool:
    """Whether a row holds letters in the band (``loose``: more than a third of its cells)."""
    found = sum(1 for col in range(start, stop) if is_letterish(view.kind(row, col)))
    if not loose:
        return found > 0
    return found * 3 > max(1, _raw_texts(view, row, start, stop))


def _activity_col(
    view: SheetView, role_cols: list[int], header: int | None, body_rows: list[int]
) -> int:
    """The column of activity names: the first column of varied names left of the roles."""
    for col, kind in view.options.columns.items():
        if kind is ColumnKind.ACTIVITY:
            return col
    grid = view.grid
    left = [c for c in range(role_cols[0]) if view.forced(c) is None]
    named: list[int] = []
    for col in left:
        values = [grid.clean(r, col) for r in body_rows]
        filled = [v for v in values if v]
        if len(filled) * 2 < len(values):
            continue
        if sum(map(is_id_like, filled)) * 2 >= len(filled):
            continue
        if len(filled) > 3 and len(set(filled)) < 0.6 * len(filled):
            continue
        named.append(col)

    def title(col: int) -> str:
        return grid.clean(header, col) if header is not None else ""

    plain = [c for c in named if not says_extra(title(c))] or named
    for col in plain:
        if says_activity(title(col)):
            return col
    if plain:
        return plain[0]
    filled_cols = [c for c in left if any(grid.clean(r, c) for r in body_rows)]
    if filled_cols:
        return filled_cols[-1]
    raise NoLayoutError(
        Text(
            QT_TRANSLATE_NOOP(
                "Import", "no column of activity names left of the roles in column {column}"
            ),
            column=column_name(role_cols[0]),
        )
    )


def _group_col(
    view: SheetView, activity: int, header: int | None, body_rows: list[int]
) -> int | None:
    """A column left of the activities whose names come in runs (each name one run)."""
    for col, kind in view.options.columns.items():
        if kind is ColumnKind.GROUP:
            return col
    grid = view.grid
    first, last = body_rows[0], body_rows[-1]
    for col in range(activity - 1, -1, -1):
        if view.forced(col) is not None:
            continue
        if header is not None and says_extra(grid.clean(header, col)):
            continue
        runs: list[str] = []
        lengths: list[int] = []
        current = ""
        for row in range(first, last + 1):
            if not grid.clean(row, activity):
                value = grid.clean(row, col)
                if value and value != current:
                    current = value
                    runs.append(value)
                    lengths.append(0)
                continue
            value = grid.clean(row, col) or current
            if not value:
                continue
            if value != current or not runs:
                runs.append(value)
                lengths.append(0)
                current = value
            lengths[-1] += 1
        values = [r for r in runs if r]
        if (
            len(set(values)) >= 2
            and len(set(values)) == len(values)
            and max(lengths, default=0) >= 2
            and sum(map(is_id_like, values)) * 2 < len(values)
        ):
            return col
    return None
