"""The importer's shortcuts for big sheets give exactly what the plain, cell-by-cell way gives.

Each shortcut (distinct texts classified once, a row's role cells taken by
a slice, legend rows found by their long texts, a row's letters made into
a dict in C, the sheet crossing from the worker as one string per row) is
checked against the straightforward version it replaces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from raci_editor.core.importing import import_grids, make_grid
from raci_editor.core.importing.build import CellSpec, GridCells, MatrixBuilder, RoleSpec
from raci_editor.core.importing.cells import Classifier, Kind
from raci_editor.core.importing.layout import Columns
from raci_editor.core.importing.legend import (
    LegendPair,
    _letter_beside_word,
    cell_pairs,
    row_pairs,
)
from raci_editor.core.importing.scheme_pick import pick_counted, pick_scheme
from raci_editor.core.letters import parse_cell
from raci_editor.core.scheme import BUILTIN_SCHEMES, LetterDef, Scheme
from raci_editor.storage import grid_worker

CO_OWNER = Scheme(
    name="XC",
    letters=(LetterDef(letter="X", name="Co-owner"), LetterDef(letter="C", name="C.C.")),
)
"""A custom scheme whose letter names hold characters no built-in one has."""

WORDS = [
    *("R", "A", "C", "I", "S", "D", "O", "V", "N", "X", "P", "x", "r", "ra", "RA", "AR", "RACI"),
    *("DRASCI", "responsible", "Accountable", "Driver", "approver", "Supportive", "Signatory"),
    *("Out of the loop", "co-owner", "Co-Owner", "c.c.", "负责", "批准", "Ｒ", "С", "А", "and"),
    *("et", "und", "и", "Design", "Phase 2", "Activity 12", "12", "1.5", "-", "n/a", "none"),
    *("#REF!", "T-04", "R = Responsible", "P: Primary", "A: see notes", "Responsible - does it"),
    *("", "", "", " ", "\u00a0", "\n"),
]
SEPARATORS = ["", " ", "/", ", ", " and ", "&", "+", "; ", "|", "(", ")", "-", ".", ":", "\u00a0"]

texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=3).map(
    lambda parts: "".join(w + s for w, s in parts)
)
"""Cell texts: letters, letter words and names joined the ways people join them."""
rows = st.lists(st.one_of(texts, st.sampled_from(WORDS)), max_size=12)


# -- classifying each distinct text once ---------------------------------------------


def _is_code_plainly(text: str, schemes: Sequence[Scheme]) -> bool:
    return any(parse_cell(text, s).letters and not parse_cell(text, s).unknown for s in schemes)


@settings(max_examples=400, deadline=None)
@given(st.lists(texts, max_size=20))
def test_the_quick_no_agrees_with_asking_every_scheme(cells: list[str]) -> None:
    for extra in (None, CO_OWNER):
        classifier = Classifier(extra)
        schemes = [*BUILTIN_SCHEMES.values(), *([extra] if extra else [])]
        for text in cells:
            assert classifier._is_code(text) == _is_code_plainly(text, schemes), text


def test_a_custom_letter_name_with_punctuation_is_still_a_code() -> None:
    classifier = Classifier(CO_OWNER)
    assert classifier.kind("Co-owner") is Kind.CODE
    assert classifier.kind("c.c.") is Kind.CODE
    assert Classifier().kind("Co-owner") is Kind.TEXT


@settings(max_examples=200, deadline=None)
@given(rows)
def test_a_row_is_classified_as_its_cells_are(row: list[str]) -> None:
    one_by_one = Classifier()
    assert Classifier().kinds(row) == [one_by_one.kind(text) for text in row]


# -- taking the role columns of a row -------------------------------------------------


def _taken_plainly(row: Sequence[str], cols: Sequence[int]) -> list[str]:
    return [row[c] if 0 <= c < len(row) else "" for c in cols]


@given(
    st.lists(st.sampled_from(["R", "", "x"]), max_size=8),
    st.lists(st.integers(min_value=-2, max_value=9), max_size=5),
)
def test_columns_take_the_cells_a_row_has(row: list[str], cols: list[int]) -> None:
    taken = list(Columns(cols).take(row, ""))
    plainly = _taken_plainly(row, cols)
    assert taken == plainly[: len(taken)]
    assert not any(plainly[len(taken) :])  # only empty cells are left out at the end


def test_side_by_side_columns_are_a_slice_that_may_stop_short() -> None:
    assert list(Columns([1, 2, 3]).take(["a", "b", "c"], "")) == ["b", "c"]
    assert list(Columns([0, 2]).take(["a"], "")) == ["a", ""]
    assert list(Columns([-1, 0]).take(["a"], "")) == ["", "a"]
    assert list(Columns([]).take(["a"], "")) == []


# -- legend rows -----------------------------------------------------------------------


def _pairs_plainly(cells: list[str]) -> list[LegendPair]:
    """The legend pairs found by looking at every cell (what ``row_pairs`` did before)."""
    found: list[LegendPair] = []
    for col, raw in enumerate(cells):
        text = raw.strip()
        if len(text) == 1:
            pair = _letter_beside_word(cells, col, text)
            if pair is not None:
                found.append(pair)
        elif len(text) > 3 and any(mark in text for mark in (":", "=", "-", "–", "—", "：")):
            found.extend(LegendPair((col,), letter, word) for letter, word in cell_pairs(text))
    return found


@settings(max_examples=300, deadline=None)
@given(rows)
def test_legend_pairs_are_found_as_by_looking_at_every_cell(row: list[str]) -> None:
    grid = make_grid("S", [row])
    assert row_pairs(grid, 0, len(grid.cells[0])) == _pairs_plainly(list(grid.cells[0]))


def test_a_legend_beside_a_long_row_of_letters_is_found() -> None:
    row = ["R", "C", "", "I"] * 10 + ["A", "Accountable", "", "S", "", "Support", "P: Primary"]
    row += ["R", "C"] * 5
    assert row_pairs(make_grid("S", [row]), 0, len(row)) == _pairs_plainly(row)
    assert [p.letter for p in row_pairs(make_grid("S", [row]), 0, len(row))] == ["A", "S", "P"]


# -- a grid's letters made a row at a time ----------------------------------------------


def _built(cells: list[list[str]], by_rows: bool) -> tuple[object, list[str]]:
    builder = MatrixBuilder("T", BUILTIN_SCHEMES["RACI"])
    width = max((len(r) for r in cells), default=0)
    builder.roles = [RoleSpec(f"Role {n}") for n in range(width)]
    builder.activities = [(f"Activity {n}", "") for n in range(len(cells))]
    if by_rows:
        builder.grid_cells = GridCells(
            [n + 5 for n in range(len(cells))], [c + 2 for c in range(width)], cells
        )
    else:
        builder.cells = {
            (a, r): [CellSpec(text, a + 5, r + 2)]
            for a, row in enumerate(cells)
            for r, text in enumerate(row)
            if text.strip()
        }
    matrix, findings = builder.build()
    dump = matrix.model_dump()
    return (dump, list(dump["letters"].items())), [str(f.message) for f in findings]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*WORDS, "R", "C", "I", "A/R", "Ｒ"]), max_size=6)))
def test_rows_of_letters_build_what_cell_by_cell_builds(cells: list[list[str]]) -> None:
    assert _built(cells, by_rows=True) == _built(cells, by_rows=False)


# -- the scheme from counted texts ------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["P", "S", "p", "x", "R", "A", "C", "I", "A/R", "", "zz", "Q"])))
def test_the_scheme_of_counted_texts_is_the_scheme_of_the_texts(cells: list[str]) -> None:
    from collections import Counter

    legend = {"P": "Primary"}
    assert pick_counted(Counter(cells), legend) == pick_scheme(cells, legend)
    assert pick_counted(Counter(cells), {}) == pick_scheme(cells, {})


def test_a_big_sheet_imports_as_a_small_one_does() -> None:
    header = ["Phase", "Activity", *(f"Role {n}" for n in range(30))]
    body = [
        [f"Phase {a // 10}", f"Activity {a}", *(["R", "", "C", "I", "A/R", ""] * 5)]
        for a in range(60)
    ]
    body[7][5] = "С"  # Cyrillic
    body[9][6] = "maybe"
    result = import_grids([make_grid("S", [["Title"], [], header, *body])], None, "big.xlsx")
    matrix = result.matrix
    first = matrix.activities[0].id
    assert matrix.row(first)[matrix.roles[0].id] == "R"
    assert matrix.row(first)[matrix.roles[4].id] == "RA"
    assert matrix.row(matrix.activities[7].id)[matrix.roles[3].id] == "C"
    assert matrix.note(matrix.activities[9].id, matrix.roles[4].id) == "maybe"
    assert [f.rule for f in result.findings[1:]] == ["lookalike-letter", "unknown-code"]
    assert {a.group for a in matrix.activities} == {f"Phase {n}" for n in range(6)}


# -- rows crossing from the reading worker ------------------------------------------------


@given(st.lists(st.one_of(st.text(max_size=4), st.sampled_from(["", grid_worker.SEPARATOR]))))
def test_a_row_crosses_as_it_was(row: list[str]) -> None:
    back = grid_worker.cells(grid_worker.line(row))
    assert back == row[: len(back)]
    assert not any(row[len(back) :])  # only empty cells at the end are left out


def test_values_cross_as_the_texts_people_see() -> None:
    row = [1.0, 2.5, True, None, dt.datetime(2024, 5, 1), "R", ""]
    assert grid_worker.cells(grid_worker.line(row)) == ["1", "2.5", "TRUE", "", "2024-05-01", "R"]
    assert grid_worker.cells(grid_worker.line([])) == []
    assert grid_worker.cells(grid_worker.line(["", ""])) == [""]
