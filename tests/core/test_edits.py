"""Every edit applied and then undone gives back an equal matrix."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci_editor.core.edits import (
    Batch,
    CellValue,
    Edit,
    InsertActivity,
    InsertRole,
    MoveActivity,
    MoveRole,
    RemoveActivity,
    RemoveRole,
    SetCells,
    SetInfo,
    UpdateActivity,
    UpdateRole,
    apply_edit,
)
from raci_editor.core.errors import ModelError
from raci_editor.core.model import Activity, Matrix, Role

NAMES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1).filter(
    lambda s: s.strip() != ""
)
LETTERS = st.sampled_from(["", "R", "A", "C", "I", "RA", "CI", "RACI", "AR", "IR"])
NOTES = st.sampled_from(["", "", "ask first", "备注"])


@st.composite
def matrices(draw: st.DrawFn) -> Matrix:
    n_roles = draw(st.integers(0, 5))
    n_acts = draw(st.integers(0, 6))
    roles = [
        Role(id=f"r{i}", name=draw(NAMES), group=draw(st.sampled_from(["", "G"])))
        for i in range(n_roles)
    ]
    acts = [Activity(id=f"a{i}", name=draw(NAMES)) for i in range(n_acts)]
    m = Matrix(title=draw(NAMES), roles=roles, activities=acts)
    for a in acts:
        for r in roles:
            letters, note = draw(LETTERS), draw(NOTES)
            m.put_cell(a.id, r.id, m.scheme.normalise(letters), note)
    return m


@st.composite
def edits_for(draw: st.DrawFn, m: Matrix) -> Edit:
    """One valid edit of any kind for ``m``."""
    kinds = ["info", "insert_role", "insert_activity"]
    if m.roles:
        kinds += ["remove_role", "update_role", "move_role"]
    if m.activities:
        kinds += ["remove_activity", "update_activity", "move_activity"]
    if m.roles and m.activities:
        kinds += ["cells", "batch"]
    kind = draw(st.sampled_from(kinds))
    role_ids = [r.id for r in m.roles]
    act_ids = [a.id for a in m.activities]
    if kind == "info":
        return SetInfo(draw(NAMES), draw(st.text(max_size=20)))
    if kind == "insert_role":
        role = Role(id="new-role", name=draw(NAMES), holder=draw(st.text(max_size=5)))
        cells = (
            tuple(
                CellValue(a, role.id, draw(LETTERS), draw(NOTES))
                for a in draw(st.lists(st.sampled_from(act_ids), unique=True))
            )
            if act_ids
            else ()
        )
        return InsertRole(role, draw(st.integers(0, len(role_ids))), cells)
    if kind == "insert_activity":
        act = Activity(id="new-act", name=draw(NAMES), description=draw(st.text(max_size=9)))
        return InsertActivity(act, draw(st.integers(0, len(act_ids))))
    if kind == "remove_role":
        return RemoveRole(draw(st.sampled_from(role_ids)))
    if kind == "remove_activity":
        return RemoveActivity(draw(st.sampled_from(act_ids)))
    if kind == "update_role":
        old = m.role(draw(st.sampled_from(role_ids)))
        return UpdateRole(old.model_copy(update={"name": draw(NAMES).strip(), "deputy": "D"}))
    if kind == "update_activity":
        old_a = m.activity(draw(st.sampled_from(act_ids)))
        return UpdateActivity(old_a.model_copy(update={"group": "Phase 2"}))
    if kind == "move_role":
        return MoveRole(draw(st.sampled_from(role_ids)), draw(st.integers(0, len(role_ids) - 1)))
    if kind == "move_activity":
        return MoveActivity(draw(st.sampled_from(act_ids)), draw(st.integers(0, len(act_ids) - 1)))
    cells = tuple(
        CellValue(
            draw(st.sampled_from(act_ids)),
            draw(st.sampled_from(role_ids)),
            draw(LETTERS),
            draw(NOTES),
        )
        for _ in range(draw(st.integers(1, 6)))
    )
    if kind == "cells":
        return SetCells(cells)
    return Batch((SetCells(cells), SetInfo("Batch", ""), RemoveRole(role_ids[0])))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_applying_an_edit_then_its_inverse_gives_back_the_matrix(data: st.DataObject) -> None:
    m = data.draw(matrices())
    before = m.copy_deep()
    edit = data.draw(edits_for(m))
    inverse = apply_edit(m, edit)
    after = m.copy_deep()
    redo = apply_edit(m, inverse)
    assert m == before
    apply_edit(m, redo)
    assert m == after  # the inverse of the inverse redoes the edit


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_sequences_of_edits_undo_in_reverse(data: st.DataObject) -> None:
    m = data.draw(matrices())
    before = m.copy_deep()
    undo: list[Edit] = []
    for _ in range(data.draw(st.integers(1, 8))):
        edit = data.draw(edits_for(m))
        try:
            undo.append(apply_edit(m, edit))
        except ModelError:  # e.g. a second InsertRole("new-role"); must change nothing
            continue
    for inverse in reversed(undo):
        apply_edit(m, inverse)
    assert m == before


def base() -> Matrix:
    return Matrix(
        roles=[Role(id="dir", name="Director"), Role(id="pm", name="PM")],
        activities=[Activity(id="plan", name="Plan"), Activity(id="ship", name="Ship")],
        letters={"plan": {"dir": "A", "pm": "R"}},
    )


def test_set_cells_normalises_letters() -> None:
    m = base()
    apply_edit(m, SetCells((CellValue("ship", "pm", "AR"),)))
    assert m.cell("ship", "pm") == "RA"


def test_removing_a_role_takes_its_column_and_undo_brings_it_back() -> None:
    m = base()
    inverse = apply_edit(m, RemoveRole("dir"))
    assert [r.id for r in m.roles] == ["pm"]
    assert m.cell("plan", "dir") == ""
    apply_edit(m, inverse)
    assert m == base()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (SetCells((CellValue("plan", "cfo", "A"),)), "no role with id 'cfo'"),
        (SetCells((CellValue("nope", "pm", "A"),)), "no activity with id 'nope'"),
        (SetCells((CellValue("plan", "pm", "X"),)), "X is not a letter"),
        (InsertRole(Role(id="pm", name="Again"), 0), "already a role with id 'pm'"),
        (InsertActivity(Activity(id="plan", name="Again"), 0), "already an activity"),
        (InsertRole(Role(id="new", name="New"), 5), "position 5 is outside 0..2"),
        (MoveActivity("plan", 2), "position 2 is outside 0..1"),
        (UpdateRole(Role(id="cfo", name="CFO")), "no role with id 'cfo'"),
        (RemoveActivity("nope"), "no activity with id 'nope'"),
    ],
)
def test_invalid_edits_are_refused_and_change_nothing(edit: Edit, message: str) -> None:
    m = base()
    with pytest.raises(ModelError, match=message):
        apply_edit(m, edit)
    assert m == base()


def test_a_failing_batch_is_rolled_back() -> None:
    m = base()
    batch = Batch((SetCells((CellValue("ship", "pm", "R"),)), RemoveRole("cfo")))
    with pytest.raises(ModelError):
        apply_edit(m, batch)
    assert m == base()


def test_a_bad_cell_in_a_set_changes_no_cell() -> None:
    m = base()
    with pytest.raises(ModelError):
        apply_edit(m, SetCells((CellValue("ship", "pm", "R"), CellValue("ship", "dir", "Q"))))
    assert m == base()
