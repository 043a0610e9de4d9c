"""Cell text -> letters (IMPORT.md, "Cell text → letters"), in a real .xlsx and a real .csv.

Each spelling goes into one cell (Define the scope / Designer) of the
standard matrix; the rest of the matrix must come through untouched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from raci_editor.storage.result import LoadResult
from tests.importing.builders import (
    ACTIVITIES,
    LETTERS,
    ROLES,
    Sheet,
    about,
    found,
    letters,
    load,
    note,
    plain_rows,
    write_csv,
    write_xlsx,
)

ACTIVITY, ROLE = ACTIVITIES[0], ROLES[1]

READ_AS = [
    # one letter, however it is typed
    ("R", "R"),
    ("r", "R"),
    (" R ", "R"),
    ("R ", "R"),
    ("\u00a0R\u00a0", "R"),
    ("Ｒ", "R"),
    ("ｃ", "C"),
    # two letters, every way people join them
    ("A/R", "RA"),
    ("R/A", "RA"),
    ("AR", "RA"),
    ("RA", "RA"),
    ("A,R", "RA"),
    ("R, A", "RA"),
    ("A R", "RA"),
    ("A+R", "RA"),
    ("R & A", "RA"),
    ("R et A", "RA"),
    ("R y A", "RA"),
    ("R und A", "RA"),
    ("A、R", "RA"),
    ("R (A)", "RA"),
    ("(R)", "R"),
    ("a/r", "RA"),
    ("c/i", "CI"),
    ("C/I", "CI"),
    (" A/R\u00a0", "RA"),
    ("Ａ／Ｒ", "RA"),
    # words
    ("Responsible", "R"),
    ("accountable", "A"),
    ("CONSULTED", "C"),
    ("Informed", "I"),
    ("负责", "R"),
    ("批准", "A"),
    ("咨询", "C"),
    ("知会", "I"),
    # no involvement
    ("", ""),
    ("-", ""),
    ("–", ""),
    ("—", ""),
    ("n/a", ""),
    ("N/A", ""),
    ("N", ""),
    ("n", ""),
]

LOOKALIKES = [
    ("С", "C"),  # Cyrillic Es
    ("А", "A"),  # Cyrillic A
    ("І", "I"),  # Cyrillic (Ukrainian) I
    ("А/R", "RA"),  # Cyrillic A mixed into a Latin code
    ("R/С", "RC"),
]

UNKNOWN = ["TBD", "X?", "X", "Yes", "?", "R?", "Lead", "Р"]
"""Not letters of RACI. ``Р`` is Cyrillic Er: it looks like a Latin P, which RACI has not."""


def write(tmp_path: Path, fmt: str, text: str) -> Path:
    rows = [list(r) for r in plain_rows()]
    rows[1][2] = text  # Define the scope / Designer
    if fmt == "csv":
        return write_csv(tmp_path / "raci.csv", rows, encoding="utf-8-sig")
    return write_xlsx(tmp_path / "raci.xlsx", Sheet("RACI", rows))


def expected_grid(letters_there: str) -> list[list[str]]:
    grid = [list(r) for r in LETTERS]
    grid[0][1] = letters_there
    return grid


def assert_rest_untouched(result: LoadResult, letters_there: str) -> None:
    m = result.matrix
    assert [r.name for r in m.roles] == ROLES
    assert [a.name for a in m.activities] == ACTIVITIES
    assert letters(m) == expected_grid(letters_there)
    assert m.scheme.name == "RACI"


FORMATS = pytest.mark.parametrize("fmt", ["xlsx", "csv"])


@FORMATS
@pytest.mark.parametrize(("text", "expected"), READ_AS)
def test_cell_text_is_read_as_letters(tmp_path: Path, fmt: str, text: str, expected: str) -> None:
    result = load(write(tmp_path, fmt, text))
    assert_rest_untouched(result, expected)
    assert not found(result, "unknown-code")
    assert not found(result, "lookalike-letter")
    assert note(result.matrix, ACTIVITY, ROLE) == ""


@FORMATS
@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_cyrillic_lookalikes_are_read_as_latin_letters_with_an_info_finding(
    tmp_path: Path, fmt: str, text: str, expected: str
) -> None:
    result = load(write(tmp_path, fmt, text))
    assert_rest_untouched(result, expected)
    [finding] = found(result, "lookalike-letter")
    assert finding.severity.value == "info"
    assert about(result, finding) == (ACTIVITY, ROLE)
    assert not found(result, "unknown-code")


@FORMATS
@pytest.mark.parametrize("text", UNKNOWN)
def test_anything_else_is_kept_as_the_cells_note_and_reported(
    tmp_path: Path, fmt: str, text: str
) -> None:
    result = load(write(tmp_path, fmt, text))
    assert_rest_untouched(result, "")
    assert note(result.matrix, ACTIVITY, ROLE) == text
    [finding] = found(result, "unknown-code")
    assert finding.severity.value == "error"
    assert about(result, finding) == (ACTIVITY, ROLE)
    assert text in finding.message


@FORMATS
def test_unknown_text_keeps_its_words_but_loses_surrounding_spaces(
    tmp_path: Path, fmt: str
) -> None:
    result = load(write(tmp_path, fmt, "\u00a0 ask Maria \u00a0"))
    assert_rest_untouched(result, "")
    assert note(result.matrix, ACTIVITY, ROLE) == "ask Maria"
    assert len(found(result, "unknown-code")) == 1
