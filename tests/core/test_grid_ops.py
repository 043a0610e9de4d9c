"""The grid's gestures as edits: toggle, clear, cycle, edit, copy and paste."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from raci_editor.core.edits import apply_edit
from raci_editor.core.errors import ModelError, RaciError
from raci_editor.core.grid_ops import (
    CellKey,
    GridEdit,
    PasteError,
    clear_cells,
    cycle_cells,
    navigate,
    next_in_cycle,
    paste,
    read_tsv,
    set_cell,
    to_tsv,
    toggle_letter,
)
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.scheme import RASCI

ROLES = ("brand", "writer", "finance")
ACTIVITIES = ("plan", "blog", "budget")


def make_matrix() -> Matrix:
    """Three roles by three activities, a few letters and one note."""
    return Matrix(
        roles=[
            Role(id="brand", name="Brand Manager"),
            Role(id="writer", name="Content Writer"),
            Role(id="finance", name="Finance"),
        ],
        activities=[
            Activity(id="plan", name="Plan", group="Planning"),
            Activity(id="blog", name="Write the blog"),
            Activity(id="budget", name="Budget"),
        ],
        letters={"plan": {"brand": "A", "writer": "R"}, "blog": {"writer": "RA"}},
        notes={"blog": {"writer": "twice a week"}},
    )


@pytest.fixture
def matrix() -> Matrix:
    """A fresh 3x3 matrix."""
    return make_matrix()


def grid() -> list[list[CellKey]]:
    """Every cell of the 3x3 matrix, rows by columns."""
    return [[(a, r) for r in ROLES] for a in ACTIVITIES]


def run(matrix: Matrix, result: GridEdit) -> None:
    """Apply a gesture's edit in place."""
    apply_edit(matrix, result.edit)


# -- toggle ---------------------------------------------------------------------


def test_typing_a_on_an_empty_cell_sets_accountable(matrix: Matrix) -> None:
    result = toggle_letter(matrix, [("budget", "brand")], "A")
    run(matrix, result)
    assert matrix.cell("budget", "brand") == "A"
    assert result.label == "Set A on Brand Manager"


def test_typing_a_then_r_gives_letters_in_scheme_order(matrix: Matrix) -> None:
    run(matrix, toggle_letter(matrix, [("budget", "brand")], "A"))
    run(matrix, toggle_letter(matrix, [("budget", "brand")], "R"))
    assert matrix.cell("budget", "brand") == "RA"


def test_toggle_removes_the_letter_when_every_cell_has_it(matrix: Matrix) -> None:
    cells = [("plan", "writer"), ("blog", "writer")]
    result = toggle_letter(matrix, cells, "R")
    run(matrix, result)
    assert matrix.cell("plan", "writer") == ""
    assert matrix.cell("blog", "writer") == "A"
    assert result.label == "Clear R on 2 cells"


def test_toggle_adds_to_all_when_only_some_cells_have_it(matrix: Matrix) -> None:
    cells = [("plan", "brand"), ("plan", "writer"), ("plan", "finance")]
    result = toggle_letter(matrix, cells, "A")
    run(matrix, result)
    assert [matrix.cell("plan", r) for r in ROLES] == ["A", "RA", "A"]
    assert result.label == "Set A on 3 cells"
    assert len(result.edit.cells) == 2  # the cell that had A already is not in the edit


def test_toggle_keeps_notes(matrix: Matrix) -> None:
    run(matrix, toggle_letter(matrix, [("blog", "writer")], "C"))
    assert matrix.note("blog", "writer") == "twice a week"


def test_toggle_refuses_a_letter_outside_the_scheme(matrix: Matrix) -> None:
    with pytest.raises(ModelError, match="not a letter"):
        toggle_letter(matrix, [("plan", "brand")], "S")


def test_toggle_with_a_custom_scheme() -> None:
    matrix = make_matrix().model_copy(update={"scheme": RASCI})
    run(matrix, toggle_letter(matrix, [("budget", "brand")], "S"))
    run(matrix, toggle_letter(matrix, [("budget", "brand")], "A"))
    assert matrix.cell("budget", "brand") == "AS"


LETTER = st.sampled_from("RACI")
CELLS = st.lists(st.sampled_from([(a, r) for a in ACTIVITIES for r in ROLES]), min_size=1)


@given(cells=CELLS, letter=LETTER)
def test_toggling_twice_restores_the_cells(cells: list[CellKey], letter: str) -> None:
    matrix = make_matrix()
    before = matrix.copy_deep()
    run(matrix, toggle_letter(matrix, cells, letter))
    run(matrix, toggle_letter(matrix, cells, letter))
    # Toggling twice restores when the first toggle added (or removed) for every cell.
    if all(letter in before.cell(*k) for k in cells) or not any(
        letter in before.cell(*k) for k in cells
    ):
        assert matrix == before
    else:
        assert all(letter not in matrix.cell(*k) for k in cells)


# -- clear and cycle --------------------------------------------------------------


def test_clear_removes_letters_and_keeps_notes(matrix: Matrix) -> None:
    cells = [("plan", "brand"), ("plan", "writer"), ("blog", "writer"), ("budget", "brand")]
    result = clear_cells(matrix, cells)
    run(matrix, result)
    assert all(matrix.cell(*k) == "" for k in cells)
    assert matrix.note("blog", "writer") == "twice a week"
    assert result.label == "Clear 4 cells"
    assert len(result.edit.cells) == 3


def test_clear_of_empty_cells_changes_nothing(matrix: Matrix) -> None:
    result = clear_cells(matrix, [("budget", "brand")])
    assert result.is_empty
    assert result.label == "Clear cell of Brand Manager"


def test_cut_has_its_own_label(matrix: Matrix) -> None:
    assert clear_cells(matrix, [("plan", "brand"), ("plan", "writer")], cut=True).label == (
        "Cut 2 cells"
    )


def test_cycle_goes_through_the_scheme_then_empty(matrix: Matrix) -> None:
    seen = []
    for _ in range(5):
        run(matrix, cycle_cells(matrix, [("budget", "brand")]))
        seen.append(matrix.cell("budget", "brand"))
    assert seen == ["R", "A", "C", "I", ""]


def test_cycle_turns_a_combined_cell_into_the_first_letter(matrix: Matrix) -> None:
    assert next_in_cycle(matrix, "RA") == "R"
    assert next_in_cycle(matrix, "") == "R"
    assert next_in_cycle(matrix, "I") == ""


def test_cycle_follows_the_current_cell(matrix: Matrix) -> None:
    cells = [("plan", "brand"), ("plan", "writer"), ("budget", "finance")]
    result = cycle_cells(matrix, cells, current=("plan", "writer"))
    run(matrix, result)
    assert [matrix.cell(*k) for k in cells] == ["A", "A", "A"]
    assert result.label == "Set A on 3 cells"


def test_cycle_to_empty_is_called_clear(matrix: Matrix) -> None:
    matrix.put_cell("budget", "brand", "I", "")
    assert cycle_cells(matrix, [("budget", "brand")]).label == "Clear cell of Brand Manager"


# -- the cell editor ---------------------------------------------------------------


def test_set_cell_sets_letters_and_note(matrix: Matrix) -> None:
    result = set_cell(matrix, "budget", "finance", "AR", "ask first")
    run(matrix, result)
    assert (matrix.cell("budget", "finance"), matrix.note("budget", "finance")) == (
        "RA",
        "ask first",
    )
    assert result.label == "Edit cell Budget / Finance"


def test_set_cell_without_change_is_empty(matrix: Matrix) -> None:
    assert set_cell(matrix, "blog", "writer", "AR", "twice a week").is_empty


def test_set_cell_refuses_foreign_letters(matrix: Matrix) -> None:
    with pytest.raises(ModelError):
        set_cell(matrix, "blog", "writer", "X", "")


# -- clipboard ------------------------------------------------------------------------


def test_to_tsv_shows_letters_as_displayed(matrix: Matrix) -> None:
    rows = [[("plan", "brand"), ("plan", "writer")], [None, ("blog", "writer")]]
    assert to_tsv(matrix, rows) == "A\tR\n\tR/A\n"


def test_read_tsv_reads_what_excel_puts_on_the_clipboard() -> None:
    text = 'R\t"a\tb"\r\n"two\r\nlines"\t""""\r\n\r\nI\r\n'
    assert read_tsv(text) == [["R", "a\tb"], ["two\r\nlines", '"'], [""], ["I"]]
    assert read_tsv("") == []
    assert read_tsv("R\n") == [["R"]]


def test_paste_fills_a_block_at_the_anchor(matrix: Matrix) -> None:
    result = paste(matrix, "R\tA\nC\tI\n", grid(), (1, 1))
    run(matrix, result)
    assert matrix.cell("blog", "writer") == "R"
    assert matrix.cell("blog", "finance") == "A"
    assert matrix.cell("budget", "writer") == "C"
    assert matrix.cell("budget", "finance") == "I"
    assert result.label == "Paste 4 cells"
    assert result.remark == ""
    assert matrix.note("blog", "writer") == "twice a week"


def test_paste_normalises_what_people_write(matrix: Matrix) -> None:
    run(matrix, paste(matrix, "a/r\tＲ\tResponsible\r\n-\tc, i\t负责\r\n", grid()))
    assert [matrix.cell("plan", r) for r in ROLES] == ["RA", "R", "R"]
    assert [matrix.cell("blog", r) for r in ROLES] == ["", "CI", "R"]


def test_paste_with_an_unknown_code_raises_and_names_it(matrix: Matrix) -> None:
    with pytest.raises(PasteError, match=r"“maybe” \(row 2, column 1") as info:
        paste(matrix, "R\tA\nmaybe\tI", grid())
    assert isinstance(info.value, RaciError)


def test_paste_checks_even_the_cells_cut_at_the_edge(matrix: Matrix) -> None:
    with pytest.raises(PasteError, match="column 5"):
        paste(matrix, "R\tR\tR\tR\tActivity", grid())


def test_one_copied_cell_fills_the_selection(matrix: Matrix) -> None:
    selection = [("plan", "brand"), ("plan", "finance"), ("budget", "brand")]
    result = paste(matrix, "C\r\n", grid(), (0, 0), selection)
    run(matrix, result)
    assert [matrix.cell(*k) for k in selection] == ["C", "C", "C"]
    assert matrix.cell("plan", "writer") == "R"
    assert result.label == "Paste 3 cells"


def test_a_block_past_the_edge_is_cut_and_says_so(matrix: Matrix) -> None:
    result = paste(matrix, "R\tA\nC\tI\n", grid(), (2, 2))
    run(matrix, result)
    assert matrix.cell("budget", "finance") == "R"
    assert result.cells == (("budget", "finance"),)
    assert "3 beyond the edge" in result.remark
    assert result.label == "Paste 1 cell (cut at the edge)"


def test_pasting_nothing_is_empty(matrix: Matrix) -> None:
    result = paste(matrix, "", grid())
    assert result.is_empty
    assert result.remark


GRID_LETTERS = st.sampled_from(["", "R", "A", "C", "I", "RA", "CI", "RACI"])


@given(
    letters=st.lists(st.lists(GRID_LETTERS, min_size=3, max_size=3), min_size=3, max_size=3),
    height=st.integers(1, 3),
    width=st.integers(1, 3),
)
def test_copy_then_paste_round_trips(letters: list[list[str]], height: int, width: int) -> None:
    source = make_matrix()
    for a, row in zip(ACTIVITIES, letters, strict=True):
        for r, value in zip(ROLES, row, strict=True):
            source.put_cell(a, r, value, "")
    block = [row[:width] for row in grid()[:height]]
    text = to_tsv(source, block)
    target = make_matrix()
    run(target, paste(target, text, grid()))
    for row in block:
        for key in row:
            assert target.cell(*key) == source.cell(*key)


# -- moving around ----------------------------------------------------------------------

# Rows 0 and 3 are group rows; columns 0..2.
ROWS, COLS = [1, 2, 4, 5, 6], [0, 1, 2]


@pytest.mark.parametrize(
    ("start", "move", "ctrl", "end"),
    [
        ((2, 1), "MoveDown", False, (4, 1)),  # over the group row
        ((4, 1), "MoveUp", False, (2, 1)),
        ((1, 1), "MoveUp", False, (1, 1)),  # stays at the top
        ((6, 1), "MoveDown", False, (6, 1)),
        ((3, 1), "MoveDown", False, (4, 1)),  # from a group row: the activity below
        ((3, 1), "MoveUp", False, (2, 1)),
        ((0, 2), "MoveDown", False, (1, 2)),
        ((4, 1), "MoveLeft", False, (4, 0)),
        ((4, 0), "MoveLeft", False, (4, 0)),
        ((4, 1), "MoveRight", False, (4, 2)),
        ((4, 1), "MoveHome", False, (4, 0)),
        ((4, 1), "MoveEnd", False, (4, 2)),
        ((4, 1), "MoveHome", True, (1, 0)),
        ((4, 1), "MoveEnd", True, (6, 2)),
        ((0, 1), "MoveHome", True, (1, 0)),
        ((2, 2), "MoveNext", False, (4, 0)),  # Tab wraps to the next row
        ((4, 0), "MovePrevious", False, (2, 2)),
        ((6, 2), "MoveNext", False, (6, 2)),  # the last cell: the focus may leave
        ((1, 0), "MovePrevious", False, (1, 0)),
    ],
)
def test_navigate(start: tuple[int, int], move: str, ctrl: bool, end: tuple[int, int]) -> None:
    assert navigate(ROWS, COLS, start, move, ctrl=ctrl) == end


def test_page_moves_land_on_activity_rows() -> None:
    assert navigate(ROWS, COLS, (1, 0), "MovePageDown", page=2) == (4, 0)  # row 3 is a group
    assert navigate(ROWS, COLS, (1, 0), "MovePageDown", page=50) == (6, 0)
    assert navigate(ROWS, COLS, (5, 0), "MovePageUp", page=2) == (2, 0)
    assert navigate(ROWS, COLS, (5, 0), "MovePageUp", page=50) == (1, 0)


@given(
    row=st.integers(0, 7),
    col=st.integers(0, 2),
    move=st.sampled_from(["MoveUp", "MoveDown", "MoveNext", "MovePrevious", "MovePageDown"]),
    page=st.integers(1, 9),
)
def test_navigate_lands_on_an_activity_cell(row: int, col: int, move: str, page: int) -> None:
    r, c = navigate(ROWS, COLS, (row, col), move, page=page)
    assert r in ROWS
    assert c in COLS
