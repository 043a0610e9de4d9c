"""Matrix › Sort … by Name: one undo step, groups kept, Chinese names in pinyin order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.gui import language
from raci_editor.gui.main_window import MainWindow
from raci_editor.storage.formats import write_matrix

pytestmark = pytest.mark.gui
ROLES = ["市场总监", "品牌经理", "产品营销", "数字营销"]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    matrix = Matrix(
        title="团队",
        roles=[Role(id=f"r{i}", name=name) for i, name in enumerate(ROLES)],
        activities=[
            Activity(id="a2", name="Step 10", group="Plan"),
            Activity(id="a1", name="Step 2", group="Plan"),
            Activity(id="a0", name="Alpha", group="Run"),
        ],
        letters={"a2": {"r0": "A"}},
    )
    path = tmp_path / "team.raci.json"
    write_matrix(matrix, path)
    win = MainWindow()
    assert win.open_file(path)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def test_chinese_roles_sort_by_pinyin_and_undo_in_one_step(
    window: MainWindow, qapp: object
) -> None:
    assert language.install(language.CHINESE)
    try:
        window.act.sort_roles.trigger()
    finally:
        language.install(language.ENGLISH)
    matrix = window.document.matrix
    assert [r.name for r in matrix.roles] == ["产品营销", "品牌经理", "市场总监", "数字营销"]
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert [r.name for r in window.document.matrix.roles] == ROLES


def test_activities_sort_numbers_by_value_inside_their_group(window: MainWindow) -> None:
    window.act.sort_activities.trigger()
    matrix = window.document.matrix
    assert [a.name for a in matrix.activities] == ["Step 2", "Step 10", "Alpha"]
    assert matrix.row("a2") == {"r0": "A"}


def test_sorting_a_sorted_matrix_says_so_and_adds_no_undo_step(window: MainWindow) -> None:
    window.act.sort_activities.trigger()
    window.act.sort_activities.trigger()
    assert window.document.undo_stack.count() == 1
    assert window.statusBar().currentMessage() == "Already sorted by name."


def test_the_grid_shows_the_new_order_and_the_current_cell_follows_its_activity(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    model = window.view.model()
    qtmodeltester.check(model)  # and it keeps checking the model through the sort
    window.view.select_cell("a2", "r0")  # "Step 10": second row of Plan after the sort
    window.act.sort_activities.trigger()
    shown = [model.activity_at(row) for row in range(model.rowCount())]
    assert [a.name for a in shown if a is not None] == ["Step 2", "Step 10", "Alpha"]
    current = window.view.currentIndex()
    assert model.activity_at(current.row()).id == "a2"
    assert model.role_at(current.column()).id == "r0"
    window.document.undo_stack.undo()
    shown = [model.activity_at(row) for row in range(model.rowCount())]
    assert [a.name for a in shown if a is not None] == ["Step 10", "Step 2", "Alpha"]
    assert model.activity_at(window.view.currentIndex().row()).id == "a2"


def test_sorting_roles_moves_their_columns_with_their_letters(window: MainWindow) -> None:
    model = window.view.model()
    assert language.install(language.CHINESE)
    try:
        window.act.sort_roles.trigger()
    finally:
        language.install(language.ENGLISH)
    assert [model.role_at(c).name for c in range(len(ROLES))] == [
        "产品营销",
        "品牌经理",
        "市场总监",
        "数字营销",
    ]
    row = model.row_of_activity("a2")
    assert row is not None
    assert model.index(row, model.column_of_role("r0")).data() == "A"
