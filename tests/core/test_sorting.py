"""Sorting activities and roles by name keeps groups together and is one undoable edit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci_editor.core.edits import Edit, ReorderActivities, ReorderRoles, apply_edit
from raci_editor.core.errors import ModelError
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.sorting import sort_activities, sort_roles


def _apply(matrix: Matrix, edit: Edit | None) -> Edit | None:
    """Apply a sort's edit (None: already sorted); its inverse."""
    return apply_edit(matrix, edit) if edit is not None else None


def _matrix(activities: list[tuple[str, str]], roles: list[tuple[str, str]]) -> Matrix:
    return Matrix(
        title="t",
        roles=[Role(id=f"r{i}", name=n, group=g) for i, (n, g) in enumerate(roles)],
        activities=[Activity(id=f"a{i}", name=n, group=g) for i, (n, g) in enumerate(activities)],
    )


def test_activities_sort_inside_their_groups_and_groups_keep_their_place() -> None:
    matrix = _matrix(
        [("Plan", "Launch"), ("Brief", "Launch"), ("Zeta", "Budget"), ("Alpha", "Budget")],
        [("X", "")],
    )
    matrix.put_cell("a0", "r0", "A", "")
    _apply(matrix, sort_activities(matrix, str.casefold))
    assert [a.name for a in matrix.activities] == ["Brief", "Plan", "Alpha", "Zeta"]
    assert matrix.row("a0") == {"r0": "A"}  # letters travel with their activity


def test_sorting_is_undone_in_one_step() -> None:
    matrix = _matrix([("c", ""), ("a", ""), ("b", "")], [("Y", ""), ("X", "")])
    before = matrix.copy_deep()
    inverse = _apply(matrix, sort_roles(matrix, str))
    assert [r.name for r in matrix.roles] == ["X", "Y"]
    _apply(matrix, inverse)
    assert matrix == before


def test_an_already_sorted_matrix_gives_no_edit() -> None:
    matrix = _matrix([("a", ""), ("b", "")], [("X", "g"), ("Y", "g")])
    assert sort_activities(matrix, str) is None
    assert sort_roles(matrix, str) is None


def test_a_sort_is_one_new_order_that_undoes_to_the_old_one() -> None:
    matrix = _matrix([("c", ""), ("a", ""), ("b", "")], [("Y", ""), ("X", "")])
    matrix.put_cell("a0", "r1", "R", "note")
    before = matrix.copy_deep()
    edit = sort_activities(matrix, str)
    assert edit == ReorderActivities(("a1", "a2", "a0"))
    inverse = apply_edit(matrix, edit)
    assert inverse == ReorderActivities(("a0", "a1", "a2"))
    assert matrix.activity_index("a0") == 2  # positions follow
    assert matrix.cell("a0", "r1") == "R"
    apply_edit(matrix, inverse)
    assert matrix == before


@pytest.mark.parametrize(
    "order", [("a0", "a1"), ("a0", "a1", "a1"), ("a0", "a1", "a2", "a3"), ("a0", "a1", "x")]
)
def test_an_order_that_is_not_every_activity_once_is_refused(order: tuple[str, ...]) -> None:
    matrix = _matrix([("c", ""), ("a", ""), ("b", "")], [("Y", "")])
    before = matrix.copy_deep()
    with pytest.raises(ModelError, match="must name each activity once"):
        apply_edit(matrix, ReorderActivities(order))
    with pytest.raises(ModelError, match="must name each role once"):
        apply_edit(matrix, ReorderRoles(("r0", "r0")))
    assert matrix == before


def test_the_callers_key_decides_the_order_of_chinese_names() -> None:
    pinyin = {"市场总监": "shichang", "品牌经理": "pinpai", "产品营销": "chanpin"}
    matrix = _matrix([("x", "")], [(n, "") for n in pinyin])
    _apply(matrix, sort_roles(matrix, pinyin.__getitem__))
    assert [r.name for r in matrix.roles] == ["产品营销", "品牌经理", "市场总监"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text("abcXYZ市场", min_size=1), st.sampled_from("GH")), max_size=8))
def test_sorted_order_is_reached_from_any_order(names: list[tuple[str, str]]) -> None:
    named = [(n if n.strip() else "n", g) for n, g in names]
    matrix = _matrix(named, [("r", "")])
    groups_before = [a.group for a in matrix.activities]
    _apply(matrix, sort_activities(matrix, str))
    assert [a.group for a in matrix.activities] == groups_before
    runs: dict[int, list[str]] = {}
    run = 0
    for i, activity in enumerate(matrix.activities):
        if i and activity.group != matrix.activities[i - 1].group:
            run += 1
        runs.setdefault(run, []).append(activity.name)
    assert all(names == sorted(names) for names in runs.values())
