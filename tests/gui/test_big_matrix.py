"""A big matrix costs no more per keystroke than a small one, and looks the same.

The shortcuts taken for big matrices (fitting columns to one cell per distinct
text, counting workloads lazily and per touched role, updating the Problems
list block by block, caching header sizes) must give what the plain way gives.
"""

from __future__ import annotations

import random

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from raci_editor.core.edits import CellValue, SetCells
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rule_settings import Waiver
from raci_editor.core.rules import Severity, validate
from raci_editor.core.workload import role_loads
from raci_editor.gui import column_fit
from raci_editor.gui.document import Document
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.matrix_view import MatrixView
from raci_editor.gui.problems_model import ProblemsModel, key_of
from raci_editor.gui.problems_panel import ProblemsPanel
from raci_editor.gui.workload_model import LOAD_ROLE, WorkloadModel

LETTERS = ["", "", "", "R", "A", "C", "I", "RA", "CI", "RACI"]


def random_matrix(activities: int, roles: int, seed: int = 3) -> Matrix:
    """Groups, long names, and every kind of cell, from a fixed seed."""
    rng = random.Random(seed)
    letters: dict[str, dict[str, str]] = {}
    for a in range(activities):
        row = {f"r{r}": v for r in range(roles) if (v := rng.choice(LETTERS))}
        if row:
            letters[f"a{a}"] = row
    return Matrix(
        roles=[
            Role(id=f"r{r}", name=f"Role {r}" + " with a long name" * (r % 3), group=f"G{r // 4}")
            for r in range(roles)
        ],
        activities=[
            Activity(id=f"a{a}", name=f"Activity {a}", group=f"Phase {a // 7}")
            for a in range(activities)
        ],
        letters=letters,
    )


def shown_grid(qtbot: QtBot, matrix: Matrix) -> MatrixView:
    grid = MatrixView()
    grid.setModel(MatrixModel(Document(matrix), grid))
    qtbot.addWidget(grid)
    grid.resize(900, 500)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


@pytest.mark.parametrize("counts", [False, True])
def test_fitting_one_cell_per_text_gives_qts_widths(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, counts: bool
) -> None:
    grid = shown_grid(qtbot, random_matrix(60, 14))
    model = grid.model()
    assert isinstance(model, MatrixModel)
    model.set_show_counts(counts)
    header = grid.horizontalHeader()
    grid.fit_columns()  # small enough: Qt measures every cell
    exact = [header.sectionSize(c) for c in range(model.columnCount())]
    for column in range(model.columnCount()):
        header.resizeSection(column, 30)
    monkeypatch.setattr(column_fit, "EXACT_FIT_CELLS", 0)
    grid.fit_columns()
    assert [header.sectionSize(c) for c in range(model.columnCount())] == exact


def test_column_texts_name_each_text_with_a_row_showing_it(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot, random_matrix(30, 6))
    model = grid.model()
    assert isinstance(model, MatrixModel)
    rows = range(model.rowCount())
    texts = column_fit.column_texts(model, rows)
    for column in range(model.columnCount()):
        shown = {str(model.index(r, column).data() or "") for r in rows}
        assert set(texts[column]) == shown
        for text, row in texts[column].items():
            assert str(model.index(row, column).data() or "") == text
            assert all(str(model.index(r, column).data() or "") != text for r in range(row))


def edits(matrix: Matrix, n: int, seed: int = 5) -> list[SetCells]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        cells = tuple(
            CellValue(rng.choice(matrix.activities).id, rng.choice(matrix.roles).id, letters)
            for letters in rng.sample(LETTERS, rng.randint(1, 3))
        )
        out.append(SetCells(cells))
    return out


def test_the_problems_list_follows_cell_edits_row_by_row(qtmodeltester: ModelTester) -> None:
    matrix = random_matrix(25, 8)
    matrix.waivers.append(Waiver("no-accountable", "a3", None, "agreed", "Li"))
    document = Document(matrix)
    model = ProblemsModel(document)
    qtmodeltester.check(model, force_py=True)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    for edit in [*edits(matrix, 30)]:
        document.apply(edit, "Set")
        shown = [model.finding(r) for r in range(model.rowCount())]
        assert shown == validate(matrix)
    assert not resets  # cell edits never reset the list
    model.set_filter([Severity.ERROR], None, show_waived=False)
    for edit in edits(matrix, 10, seed=8):
        document.apply(edit, "Set")
        shown = [model.finding(r) for r in range(model.rowCount())]
        expected = [f for f in validate(matrix) if f.severity is Severity.ERROR and not f.waiver]
        assert shown == expected
    for _ in range(15):
        document.undo_stack.undo()
    assert [model.finding(r) for r in range(model.rowCount())] == [
        f for f in validate(matrix) if f.severity is Severity.ERROR and not f.waiver
    ]


def test_the_problems_selection_stays_on_its_finding_through_edits(qtbot: QtBot) -> None:
    matrix = random_matrix(20, 6)
    document = Document(matrix)
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_document(document)
    model = panel.model
    chosen = model.finding(model.rowCount() // 2)
    assert panel.select_finding(chosen)
    applied = 0
    for edit in edits(matrix, 20):
        touched = {c.activity_id for c in edit.cells} | {c.role_id for c in edit.cells}
        if {chosen.activity_id, chosen.role_id} & touched:
            continue  # the finding itself may change or go
        document.apply(edit, "Set")
        applied += 1
        current = panel.current_finding()
        assert current is not None
        assert key_of(current) == key_of(chosen)
    assert applied


def test_problems_row_of_finds_every_listed_finding() -> None:
    matrix = random_matrix(20, 6)
    model = ProblemsModel(Document(matrix))
    for row in range(model.rowCount()):
        assert model.row_of(key_of(model.finding(row))) == row
    assert model.row_of(("no-accountable", "nowhere", None, False)) is None


def test_the_workload_is_counted_when_read_and_follows_edits(
    qtmodeltester: ModelTester,
) -> None:
    matrix = random_matrix(30, 24)
    document = Document(matrix)
    model = WorkloadModel(document)
    assert model.rowCount() == 24
    for edit in edits(matrix, 5):  # not counted yet: nothing to follow
        document.apply(edit, "Set")
    qtmodeltester.check(model, force_py=True)
    for edit in edits(matrix, 20, seed=9):
        document.apply(edit, "Set")
        loads = [model.index(r, 0).data(LOAD_ROLE) for r in range(model.rowCount())]
        assert loads == role_loads(matrix, document.validation.findings())
    many = SetCells(tuple(CellValue("a1", r.id, "R") for r in matrix.roles))  # > FEW_ROLES
    document.apply(many, "Fill")
    assert model.loads == role_loads(matrix, document.validation.findings())


def test_counts_follow_cell_edits(qtbot: QtBot) -> None:
    matrix = random_matrix(12, 20)
    model = MatrixModel(Document(matrix))
    model.set_show_counts(True)

    def all_counts() -> list[str]:
        return [
            str(model.index(r, c).data() or "")
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        ]

    for edit in edits(matrix, 15):
        all_counts()  # fill the caches the edit must update
        model.document.apply(edit, "Set")
        fresh = MatrixModel(Document(matrix))
        fresh.set_show_counts(True)
        assert all_counts() == [
            str(fresh.index(r, c).data() or "")
            for r in range(fresh.rowCount())
            for c in range(fresh.columnCount())
        ]
