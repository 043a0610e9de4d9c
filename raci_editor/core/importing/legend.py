"""Legend blocks: ``R = Responsible``, ``R: Responsible``, or a letter cell beside its word.

Legend rows are neither activities nor roles; the letters they define
name the letters of a custom scheme (``P: Primary   S: Support``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from raci_editor.core.importing.grid import Grid
from raci_editor.core.letters import clean_text

_LOOKALIKE = str.maketrans("АВСЕНІКМОРТХЅЈ", "ABCEHIKMOPTXSJ")
_PAIR = re.compile(r"(?<![^\W\d_])([A-Z])\s*(?:[:=：]|-(?=\s)|–|—)\s*([^\W\d_][^\s:=：,;]*)")
_LETTER = re.compile(r"^[A-Z]$")
LETTER_WORDS = {
    "respons": "R",
    "account": "A",
    "consult": "C",
    "inform": "I",
    "support": "S",
    "driv": "D",
    "approv": "A",
    "contribut": "C",
    "verif": "V",
    "signator": "S",
    "负责": "R",
    "执行": "R",
    "批准": "A",
    "审批": "A",
    "咨询": "C",
    "知会": "I",
    "通知": "I",
}


class LegendPair(NamedTuple):
    """One legend entry: the cells it takes up, the letter and its word."""

    cols: tuple[int, ...]
    letter: str
    word: str


def _latin(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_LOOKALIKE)


def _known_word(word: str, letter: str) -> bool:
    folded = word.casefold()
    return any(folded.startswith(stem) and ch == letter for stem, ch in LETTER_WORDS.items())


def cell_pairs(text: str) -> list[tuple[str, str]]:
    """``"P: Primary   S: Support"`` -> ``[("P", "Primary"), ("S", "Support")]``.

    Only when the cell starts with such a pair and each word starts with its
    letter or is a known letter word, so ``"A: see notes"`` is not a legend.
    """
    latin = _latin(clean_text(text))
    pairs: list[tuple[str, str]] = []
    for match in _PAIR.finditer(latin):
        if not pairs and match.start() != 0:
            return []
        letter, word = match.group(1), match.group(2)
        if word[0].upper() != letter and not _known_word(word, letter):
            return []
        pairs.append((letter, word))
    return pairs


def _legend_name(text: str) -> str:
    """The name in a legend's word cell: ``"Responsible - Who does it"`` -> ``"Responsible"``."""
    first = text.split(" ", maxsplit=1)[0].strip(".,;:-")
    if len(first) >= 3:
        return first
    return re.split(r"\s[-–—:(]|[,;.]", text)[0].strip()[:30]


def row_pairs(grid: Grid, row: int, width: int) -> list[LegendPair]:
    """The legend pairs in a row: in one cell, or a letter beside its word."""
    found: list[LegendPair] = []
    cells = grid.cells[row][:width]
    for col in _candidates(cells):
        text = cells[col].strip()
        if len(text) == 1:
            pair = _letter_beside_word(cells, col, text)
            if pair is not None:
                found.append(pair)
        elif len(text) > 3 and any(mark in text for mark in _MARKS):
            found.extend(LegendPair((col,), letter, word) for letter, word in cell_pairs(text))
    return found


_MARKS = (":", "=", "-", "–", "—", "：")


def _candidates(cells: Sequence[str]) -> list[int]:
    """The columns that may start a legend pair, in order: every pair needs a cell of 3+ characters.

    A pair in one cell is such a cell; a letter beside its word sits one or
    two cells left of one. In a row of letters only the names are that long:
    they are found by their few distinct texts, not by looking at each letter.
    """
    last = dict(zip(cells, range(len(cells)), strict=True))  # each distinct text: its last column
    long = [text for text in last if len(text) >= 3]
    if len(long) > _FEW:
        cols = [col for col, length in enumerate(map(len, cells)) if length >= 3]
    else:
        cols = [col for text in long for col in _positions(cells, text, last[text])]
    return sorted({c for col in cols for c in (col - 2, col - 1, col) if c >= 0})


_FEW = 8
"""Up to this many distinct long texts, a row is searched for each (``index`` runs in C)."""


def _positions(cells: Sequence[str], text: str, last: int) -> Iterator[int]:
    """Every column holding ``text``, up to its ``last``."""
    col = cells.index(text)
    while col < last:
        yield col
        col = cells.index(text, col + 1, last + 1)
    yield last


def _letter_beside_word(cells: Sequence[str], col: int, text: str) -> LegendPair | None:
    """``R`` followed (within two cells) by ``Responsible …``."""
    word_col = next((c for c in range(col + 1, min(col + 3, len(cells))) if cells[c].strip()), None)
    if word_col is None or len(cells[word_col].strip()) < 3:
        return None
    letter = _latin(text).upper()
    if not _LETTER.match(letter):
        return None
    name = _legend_name(clean_text(cells[word_col]))
    if len(name) >= 3 and (name[0].upper() == letter or _known_word(name, letter)):
        return LegendPair((col, word_col), letter, name)
    return None
