"""The table model: what each cell and header shows, and Qt's model contract."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush

from raci_editor import paths
from raci_editor.core.model import Matrix
from raci_editor.core.scheme import BUILTIN_SCHEMES, DACI
from raci_editor.gui.matrix_model import LETTERS_ROLE, NOTE_ROLE, MatrixModel, letter_brushes
from raci_editor.storage.formats import read_matrix

pytestmark = pytest.mark.gui

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
H, V = Qt.Orientation.Horizontal, Qt.Orientation.Vertical


def test_model_passes_qtmodeltester(qtmodeltester, matrix: Matrix) -> None:
    qtmodeltester.check(MatrixModel(matrix), force_py=True)


def test_model_passes_qtmodeltester_on_the_bundled_sample(qtmodeltester) -> None:
    sample = read_matrix(paths.sample_path()).matrix
    qtmodeltester.check(MatrixModel(sample), force_py=True)


def test_empty_model_passes_qtmodeltester(qtmodeltester) -> None:
    qtmodeltester.check(MatrixModel(), force_py=True)


def test_rows_are_activities_and_columns_are_roles(matrix: Matrix) -> None:
    model = MatrixModel(matrix)
    assert model.rowCount() == 4
    assert model.columnCount() == 4
    assert model.activity_at(1).id == "blog"
    assert model.role_at(1).id == "writer"


def test_a_cell_shows_its_letters_as_people_write_them(matrix: Matrix) -> None:
    model = MatrixModel(matrix)
    assert model.data(model.index(1, 1), DISPLAY) == "R/A"
    assert model.data(model.index(1, 1), LETTERS_ROLE) == "RA"
    assert model.data(model.index(0, 0), DISPLAY) == "A"


def test_an_empty_cell_shows_nothing(matrix: Matrix) -> None:
    model = MatrixModel(matrix)
    assert model.data(model.index(2, 0), DISPLAY) == ""
    assert model.data(model.index(2, 0), BACKGROUND) is None
    assert model.data(model.index(2, 0), TOOLTIP) is None


def test_cells_are_centred(matrix: Matrix) -> None:
    model = MatrixModel(matrix)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) == (
        Qt.AlignmentFlag.AlignCenter
    )


def test_the_tooltip_shows_the_note_and_what_the_letters_mean(matrix: Matrix) -> None:
    model = MatrixModel(matrix)
    tip = model.data(model.index(1, 1), TOOLTIP)
    assert "Write the blog" in tip
    assert "Content Writer" in tip
    assert "Responsible" in tip
    assert "Accountable" in tip
    assert "Two posts a week" in tip
    assert model.data(model.index(1, 1), NOTE_ROLE).startswith("Two posts")


def test_the_tooltip_shows_markup_in_a_note_as_text(matrix: Matrix) -> None:
    model = MatrixModel(matrix)
    tip = model.data(model.index(1, 1), TOOLTIP)
    assert "&lt;b&gt;not&lt;/b&gt;" in tip
    assert "<b>not</b>" not in tip


def test_a_cell_takes_the_colour_of_its_weightiest_letter(matrix: Matrix) -> None:
    model = MatrixModel(matrix)
    accountable = model.data(model.index(0, 0), BACKGROUND)  # "A"
    responsible = model.data(model.index(0, 1), BACKGROUND)  # "R"
    both = model.data(model.index(1, 1), BACKGROUND)  # "RA"
    consulted = model.data(model.index(0, 2), BACKGROUND)  # "C"
    assert isinstance(both, QBrush)
    assert both.color() == accountable.color()
    colours = {b.color().name() for b in (accountable, responsible, consulted)}
    assert len(colours) == 3


@pytest.mark.parametrize("name", sorted(BUILTIN_SCHEMES))
def test_every_letter_of_a_builtin_scheme_has_its_own_colour(name: str) -> None:
    scheme = BUILTIN_SCHEMES[name]
    priority, brushes = letter_brushes(scheme)
    assert sorted(priority) == sorted(scheme.alphabet)
    assert len({b.color().rgba() for b in brushes.values()}) == len(scheme.alphabet)


def test_the_accountable_letter_outweighs_the_others_in_any_scheme() -> None:
    priority, _ = letter_brushes(DACI)
    assert priority[0] == "A"
    assert priority[1] == "D"


def test_headers_show_role_and_activity_names(matrix: Matrix) -> None:
    model = MatrixModel(matrix)
    assert model.headerData(0, H, DISPLAY) == "Marketing Director"
    assert model.headerData(3, V, DISPLAY) == "Publish the newsletter"


def test_header_tooltips_show_group_and_description(matrix: Matrix) -> None:
    model = MatrixModel(matrix)
    role_tip = model.headerData(0, H, TOOLTIP)
    assert "Strategic" in role_tip
    assert "Sets the strategy" in role_tip
    activity_tip = model.headerData(0, V, TOOLTIP)
    assert "Planning" in activity_tip
    assert "Goals, budget" in activity_tip


def test_headers_beyond_the_matrix_are_empty(matrix: Matrix) -> None:
    model = MatrixModel(matrix)
    assert model.headerData(4, H, DISPLAY) is None
    assert model.headerData(-1, V, DISPLAY) is None


def test_an_invalid_index_has_no_flags(matrix: Matrix) -> None:
    assert MatrixModel(matrix).flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_cells_can_be_selected_but_not_edited(matrix: Matrix) -> None:
    flags = MatrixModel(matrix).flags(MatrixModel(matrix).index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert flags & Qt.ItemFlag.ItemIsEnabled
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_set_matrix_resets_the_model(qtbot, matrix: Matrix) -> None:
    model = MatrixModel()
    with qtbot.wait_signal(model.modelReset):
        model.set_matrix(matrix)
    assert model.matrix is matrix
    assert model.rowCount() == 4
