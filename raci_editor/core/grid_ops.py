"""The grid's gestures as edits: toggle a letter, clear, cycle, edit one cell, copy and paste.

Each gesture returns a :class:`GridEdit`: a core :class:`SetCells` holding only
the cells whose letters or note change (so an empty edit means "nothing to
do") and the text of its undo step (a :class:`~raci_editor.core.texts.Text`). Cells are addressed as
``(activity id, role id)`` keys; the caller decides which cells are visible
and selected.

Clipboard text is tab-separated, one row per line, as Excel and LibreOffice
put it on the clipboard (``\\t`` between cells, ``\\r\\n`` or ``\\n`` between
rows, a final line break, cells holding tabs, line breaks or quotes wrapped
in double quotes).
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from raci_editor.core.edits import CellValue, SetCells
from raci_editor.core.errors import NOT_A_LETTER, ModelError, RaciError, message_of
from raci_editor.core.letters import parse_cell
from raci_editor.core.model import Matrix
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Source, Text, plural

CellKey = tuple[str, str]
"""``(activity id, role id)``."""


class PasteError(RaciError):
    """Clipboard text that cannot be pasted; nothing was changed."""


class GridEdit(NamedTuple):
    """What a gesture does: the edit, its undo text, the cells it covers and a remark."""

    edit: SetCells
    label: str
    cells: tuple[CellKey, ...] = ()
    """Every cell the gesture covers, changed or not (e.g. the pasted block)."""
    remark: str = ""
    """Something the user should hear about, such as a paste cut at the grid's edge."""

    @property
    def is_empty(self) -> bool:
        """Whether the gesture changes nothing (do not push an undo step)."""
        return not self.edit.cells


def _changes(matrix: Matrix, values: Iterable[tuple[CellKey, str, str]]) -> SetCells:
    """A SetCells of the values that differ from what the cells hold now."""
    out: dict[CellKey, CellValue] = {}
    for (activity_id, role_id), letters, note in values:
        normalised = matrix.scheme.normalise(letters)
        now = (matrix.cell(activity_id, role_id), matrix.note(activity_id, role_id))
        if now != (normalised, note):
            out[(activity_id, role_id)] = CellValue(activity_id, role_id, normalised, note)
    return SetCells(tuple(out.values()))


def _unique(cells: Iterable[CellKey]) -> tuple[CellKey, ...]:
    return tuple(dict.fromkeys(cells))


def _check_letter(matrix: Matrix, letter: str) -> None:
    if len(letter) != 1 or letter not in matrix.scheme.alphabet:
        raise ModelError(
            Text(
                NOT_A_LETTER,
                letter=repr(letter),
                scheme=matrix.scheme.name,
                alphabet="/".join(matrix.scheme.alphabet),
            )
        )


_CELLS = QT_TRANSLATE_NOOP("Edit", "{n} cells")
_CELL_OF = QT_TRANSLATE_NOOP("Edit", "cell of {role}")
_SET = QT_TRANSLATE_NOOP("Edit", "Set {letters} on {where}")
_CLEAR_LETTER = QT_TRANSLATE_NOOP("Edit", "Clear {letters} on {where}")
_CLEAR = QT_TRANSLATE_NOOP("Edit", "Clear {where}")
_CUT = QT_TRANSLATE_NOOP("Edit", "Cut {where}")
_PASTE_ONE = QT_TRANSLATE_NOOP("Edit", "Paste {n} cell")
_PASTE_MANY = QT_TRANSLATE_NOOP("Edit", "Paste {n} cells")


def _where(matrix: Matrix, cells: Sequence[CellKey], one: Source | None = None) -> str:
    """``"3 cells"``, or for one cell its role's name (put in ``one`` when given)."""
    if len(cells) == 1:
        name = matrix.role(cells[0][1]).name
        return Text(one, role=name) if one is not None else name
    return Text(_CELLS, n=len(cells))


def toggle_letter(matrix: Matrix, cells: Sequence[CellKey], letter: str) -> GridEdit:
    """Typing a letter: remove it from every cell if all have it, else add it to all.

    Notes are kept. Raises ModelError when ``letter`` is not in the scheme.
    """
    _check_letter(matrix, letter)
    cells = _unique(cells)
    remove = bool(cells) and all(letter in matrix.cell(*key) for key in cells)
    values = []
    for key in cells:
        now = matrix.cell(*key)
        letters = now.replace(letter, "") if remove else now + letter
        values.append((key, letters, matrix.note(*key)))
    label = Text(_CLEAR_LETTER if remove else _SET, letters=letter, where=_where(matrix, cells))
    return GridEdit(_changes(matrix, values), label, cells)


def clear_cells(matrix: Matrix, cells: Sequence[CellKey], *, cut: bool = False) -> GridEdit:
    """Delete or Backspace (or the clearing half of a cut): letters go, notes stay."""
    cells = _unique(cells)
    values = [(key, "", matrix.note(*key)) for key in cells]
    label = Text(_CUT if cut else _CLEAR, where=_where(matrix, cells, _CELL_OF))
    return GridEdit(_changes(matrix, values), label, cells)


def next_in_cycle(matrix: Matrix, letters: str) -> str:
    """Space's next value: each letter of the scheme in turn, then empty.

    An empty or combined cell goes to the first letter.
    """
    alphabet = matrix.scheme.alphabet
    if len(letters) != 1 or letters not in alphabet:
        return alphabet[0]
    position = alphabet.index(letters)
    return alphabet[position + 1] if position + 1 < len(alphabet) else ""


def cycle_cells(
    matrix: Matrix, cells: Sequence[CellKey], current: CellKey | None = None
) -> GridEdit:
    """Space: give every cell the value after the ``current`` cell's (default: the first)."""
    cells = _unique(cells)
    if not cells:
        return GridEdit(SetCells(()), Text(QT_TRANSLATE_NOOP("Edit", "Cycle 0 cells")))
    source = current if current is not None and current in cells else cells[0]
    letters = next_in_cycle(matrix, matrix.cell(*source))
    values = [(key, letters, matrix.note(*key)) for key in cells]
    if letters:
        label = Text(_SET, letters=letters, where=_where(matrix, cells))
    else:
        label = Text(_CLEAR, where=_where(matrix, cells, _CELL_OF))
    return GridEdit(_changes(matrix, values), label, cells)


def set_cell(matrix: Matrix, activity_id: str, role_id: str, letters: str, note: str) -> GridEdit:
    """The cell editor's result: one cell's letters (any order) and note.

    Raises ModelError for an unknown cell or a letter outside the scheme.
    """
    activity, role = matrix.activity(activity_id), matrix.role(role_id)
    try:
        edit = _changes(matrix, [((activity_id, role_id), letters, note)])
    except ValueError as exc:
        raise ModelError(message_of(exc)) from None
    key = (activity_id, role_id)
    label = Text(
        QT_TRANSLATE_NOOP("Edit", "Edit cell {activity} / {role}"),
        activity=activity.name,
        role=role.name,
    )
    return GridEdit(edit, label, (key,))


# -- the clipboard ------------------------------------------------------------


def to_tsv(matrix: Matrix, rows: Sequence[Sequence[CellKey | None]]) -> str:
    """Cells as tab-separated text, letters as displayed (``R/A``); None gives an empty cell.

    Every row ends with a line break, as Excel's and LibreOffice's copies do.
    Letters never need quoting.
    """
    display = matrix.scheme.display
    lines = ("\t".join(display(matrix.cell(*key)) if key else "" for key in row) for row in rows)
    return "".join(line + "\n" for line in lines)


def read_tsv(text: str) -> list[list[str]]:
    """Rows of cell texts from clipboard text; quoted cells may hold tabs and line breaks.

    The final line break is not an extra row; an empty line in between is
    one empty cell.
    """
    if not text:
        return []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t", quotechar='"')
    return [row or [""] for row in reader]


def _parse_block(matrix: Matrix, block: list[list[str]]) -> list[list[str]]:
    """Every cell's letters; PasteError naming the first text that is not letters."""
    cache: dict[str, str] = {}
    out = []
    for r, row in enumerate(block, start=1):
        parsed_row = []
        for c, text in enumerate(row, start=1):
            letters = cache.get(text)
            if letters is None:
                parsed = parse_cell(text, matrix.scheme)
                if parsed.unknown:
                    raise PasteError(
                        Text(
                            _CANNOT_PASTE,
                            text=_shorten(parsed.unknown),
                            row=r,
                            column=c,
                            scheme=matrix.scheme.name,
                            alphabet="/".join(matrix.scheme.alphabet),
                        )
                    )
                letters = cache[text] = parsed.letters
            parsed_row.append(letters)
        out.append(parsed_row)
    return out


_CANNOT_PASTE = QT_TRANSLATE_NOOP(
    "Edit",
    "Cannot paste: “{text}” (row {row}, column {column} of the copied cells) is not a letter "
    "of the {scheme} scheme ({alphabet}). Nothing was pasted.",
)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def paste(
    matrix: Matrix,
    text: str,
    grid: Sequence[Sequence[CellKey]],
    anchor: tuple[int, int] = (0, 0),
    selection: Sequence[CellKey] = (),
) -> GridEdit:
    """Paste clipboard text into ``grid`` (visible activity rows x columns) at ``anchor``.

    ``anchor`` is a (row, column) position in ``grid``. Every cell is read with
    :func:`parse_cell`; one that is not letters raises PasteError and nothing
    is pasted. A single copied cell over a ``selection`` of several cells
    fills them all, like Excel. A block reaching past the grid is cut at its
    edge; the result's ``remark`` says so. Notes of pasted cells are kept.
    """
    block = _parse_block(matrix, read_tsv(text))
    if not block:
        return GridEdit(
            SetCells(()),
            plural(0, _PASTE_ONE, _PASTE_MANY),
            remark=Text(QT_TRANSLATE_NOOP("Edit", "There is no text to paste.")),
        )
    targets: list[tuple[CellKey, str]] = []
    cut = False
    if len(block) == 1 and len(block[0]) == 1 and len(_unique(selection)) > 1:
        targets = [(key, block[0][0]) for key in _unique(selection)]
    else:
        top, left = anchor
        for r, row in enumerate(block):
            for c, letters in enumerate(row):
                y, x = top + r, left + c
                if 0 <= y < len(grid) and 0 <= x < len(grid[y]):
                    targets.append((grid[y][x], letters))
                else:
                    cut = True
    keys = _unique(key for key, _ in targets)
    edit = _changes(matrix, ((key, letters, matrix.note(*key)) for key, letters in targets))
    count = len(keys)
    label: str = plural(count, _PASTE_ONE, _PASTE_MANY)
    remark: str = ""
    if cut:
        total = sum(len(row) for row in block)
        remark = Text(
            QT_TRANSLATE_NOOP(
                "Edit",
                "The copied block has {total} cells; {left} beyond the edge of the matrix "
                "were left out.",
            ),
            total=total,
            left=total - count,
        )
        label = Text(QT_TRANSLATE_NOOP("Edit", "{label} (cut at the edge)"), label=label)
    return GridEdit(edit, label, keys, remark)


# -- moving around ---------------------------------------------------------------------


def navigate(
    rows: Sequence[int],
    cols: Sequence[int],
    current: tuple[int, int],
    move: str,
    *,
    ctrl: bool = False,
    page: int = 1,
) -> tuple[int, int]:
    """Where a cursor key leads from ``current`` (row, column), staying on ``rows`` x ``cols``.

    ``rows`` are the visible activity rows and ``cols`` the visible columns,
    both ascending and not empty; ``current`` may be on a row not in ``rows``
    (a group row). ``move`` is the name of a Qt cursor action (``"MoveUp"``,
    ``"MoveDown"``, ``"MoveLeft"``, ``"MoveRight"``, ``"MoveHome"``,
    ``"MoveEnd"``, ``"MovePageUp"``, ``"MovePageDown"``, ``"MoveNext"`` for
    Tab, ``"MovePrevious"`` for Shift+Tab); Home and End go to the first or
    last column, with ``ctrl`` to the first or last cell. Tab wraps to the next
    row; at the last cell it stays, so the focus can leave the grid.
    """
    row, col = current
    r = bisect_left(rows, row)  # on a group row: the activity row below it
    on_row = r < len(rows) and rows[r] == row
    c = min(bisect_left(cols, col), len(cols) - 1)
    last_r, last_c = len(rows) - 1, len(cols) - 1
    if move == "MoveUp":
        r -= 1
    elif move == "MoveDown":
        r += 1 if on_row else 0
    elif move in ("MoveLeft", "MoveRight"):
        c += 1 if move == "MoveRight" else -1
    elif move in ("MoveHome", "MoveEnd"):
        c = 0 if move == "MoveHome" else last_c
        r = (0 if move == "MoveHome" else last_r) if ctrl else r
    elif move == "MovePageUp":
        r = bisect_right(rows, row - page) - 1
    elif move == "MovePageDown":
        r = bisect_left(rows, row + page)
    elif move == "MoveNext":
        c, r = (c + 1, r) if c < last_c or r >= last_r else (0, r + 1)
    elif move == "MovePrevious":
        c, r = (c - 1, r) if c > 0 or r == 0 else (last_c, r - 1)
    r, c = max(0, min(r, last_r)), max(0, min(c, last_c))
    return rows[r], cols[c]
