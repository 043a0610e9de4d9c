"""Incremental validation always equals a full run, whatever the edits."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from raci_editor.core.edits import (
    AddSnapshot,
    AddWaiver,
    Batch,
    CellValue,
    Edit,
    InsertActivity,
    RemoveRole,
    RenameSnapshot,
    SetCells,
    SetRule,
    UpdateActivity,
    apply_edit,
    only_snapshots,
)
from raci_editor.core.errors import ModelError
from raci_editor.core.live_validation import LiveValidation, block_of
from raci_editor.core.model import Activity, Matrix, Role, snapshot_of
from raci_editor.core.rules import Finding, RuleSetting, Severity, Waiver, validate

LETTERS = st.sampled_from(["", "", "R", "A", "C", "I", "RA", "CI", "RACI"])


def start(n_roles: int, n_acts: int) -> Matrix:
    return Matrix(
        roles=[Role(id=f"r{i}", name=f"Role {i % 3}") for i in range(n_roles)],
        activities=[Activity(id=f"a{i}", name=f"Task {i % 4}") for i in range(n_acts)],
    )


@st.composite
def an_edit(draw: st.DrawFn, m: Matrix) -> Edit:
    act_ids = [a.id for a in m.activities]
    role_ids = [r.id for r in m.roles]
    kind = draw(st.sampled_from(["cells"] * 8 + ["insert", "remove", "rename", "rule", "waive"]))
    if kind == "insert" or not act_ids or not role_ids:
        new_id = f"n{len(act_ids)}-{draw(st.integers(0, 9999))}"
        return InsertActivity(Activity(id=new_id, name="Task 1"), len(act_ids))
    if kind == "remove" and len(role_ids) > 1:
        return RemoveRole(draw(st.sampled_from(role_ids)))
    if kind == "rename":
        old = m.activity(draw(st.sampled_from(act_ids)))
        return UpdateActivity(old.model_copy(update={"name": draw(st.sampled_from(["X", "Y"]))}))
    if kind == "rule":
        limit = draw(st.integers(0, 3))
        return SetRule("too-many-consulted", RuleSetting(True, Severity.ERROR, limit))
    if kind == "waive":
        return AddWaiver(
            Waiver("no-accountable", draw(st.sampled_from(act_ids)), None, "agreed", "Li")
        )
    cells = tuple(
        CellValue(draw(st.sampled_from(act_ids)), draw(st.sampled_from(role_ids)), draw(LETTERS))
        for _ in range(draw(st.integers(1, 4)))
    )
    return SetCells(cells)


@settings(max_examples=150, deadline=None)
@given(st.data(), st.integers(1, 6), st.integers(0, 7))
def test_incremental_equals_full_after_random_edits(
    data: st.DataObject, n_roles: int, n_acts: int
) -> None:
    m = start(n_roles, n_acts)
    read = [
        Finding("unknown-code", Severity.ERROR, "'X' kept as note", a.id, m.roles[0].id)
        for a in m.activities[:2]
    ]
    live = LiveValidation(m, read)
    for _ in range(data.draw(st.integers(1, 15))):
        edit = data.draw(an_edit(m))
        try:
            apply_edit(m, edit)
        except ModelError:
            continue  # a refused edit changes nothing
        live.update(edit)
        assert live.findings() == validate(m, extra=live.read_findings)
        assert_bookkeeping(live)


def assert_bookkeeping(live: LiveValidation) -> None:
    """Counts, look-ups, rules and blocks agree with the findings, kept edit by edit."""
    found = live.findings()
    assert live.counts() == Counter(f.severity for f in found if f.waiver is None)
    assert live.rules() == sorted({f.rule for f in found})
    places = {(f.activity_id, f.role_id) for f in found}
    for activity_id, role_id in places:
        assert live.at(activity_id, role_id) == [
            f for f in found if (f.activity_id, f.role_id) == (activity_id, role_id)
        ]
    blocks = live.blocks_in_order()
    assert [f for b in blocks for f in live.block(b)] == found
    positions = [live.block_position(b) for b in blocks]
    assert positions == sorted(positions)
    for block in blocks:
        assert all(block_of(f.activity_id, f.role_id) == block for f in live.block(block))


@settings(max_examples=60, deadline=None)
@given(st.data(), st.integers(1, 5), st.integers(0, 6))
def test_a_deferred_check_gives_the_same_findings_after_edits_made_before_it(
    data: st.DataObject, n_roles: int, n_acts: int
) -> None:
    m = start(n_roles, n_acts)
    read = [Finding("unknown-code", Severity.ERROR, "'X' kept", a.id, "r0") for a in m.activities]
    live = LiveValidation(m, read, deferred=True)
    assert live.pending
    for _ in range(data.draw(st.integers(0, 6))):
        edit = data.draw(an_edit(m))
        try:
            apply_edit(m, edit)
        except ModelError:
            continue
        live.update(edit)
        assert live.pending  # nothing is checked until asked
    assert live.ensure()
    assert not live.pending
    assert not live.ensure()
    assert live.findings() == validate(m, extra=live.read_findings)
    assert_bookkeeping(live)


def test_reading_a_pending_check_runs_it() -> None:
    m = start(2, 2)
    live = LiveValidation(m, deferred=True)
    assert live.counts()[Severity.ERROR] == 4  # no A and no R on both activities
    assert not live.pending
    live = LiveValidation(m, deferred=True)
    assert [f.rule for f in live.at("a0", None)] == ["no-accountable", "no-responsible"]


def test_a_cell_edit_names_the_blocks_it_changed() -> None:
    m = start(3, 3)
    live = LiveValidation(m)
    assert live.changed is None
    edit = SetCells((CellValue("a1", "r2", "A"),))
    apply_edit(m, edit)
    live.update(edit)
    assert live.changed == {("a1", None), (None, "r2")}
    assert [f.rule for f in live.block(("a1", None))] == ["no-responsible"]
    assert live.block((None, "r2")) == []  # no longer unused
    rename = UpdateActivity(m.activity("a0").model_copy(update={"name": "Other"}))
    apply_edit(m, rename)
    live.update(rename)
    assert live.changed is None


def test_waivers_stay_in_their_block_when_a_cell_changes() -> None:
    m = start(2, 2)
    for edit in (
        AddWaiver(Waiver("no-accountable", "a0", None, "agreed", "Li")),
        AddWaiver(Waiver("unused-role", None, "r1", "agreed", "Li")),
    ):
        apply_edit(m, edit)
    live = LiveValidation(m)
    edit = SetCells((CellValue("a0", "r0", "A"),))
    apply_edit(m, edit)
    live.update(edit)
    assert live.findings() == validate(m)
    assert [f.rule for f in live.block(("a0", None))] == ["no-responsible", "stale-waiver"]
    assert_bookkeeping(live)


def test_editing_a_cell_drops_its_read_finding() -> None:
    m = start(2, 2)
    read = [Finding("unknown-code", Severity.ERROR, "'X' kept", "a0", "r0")]
    live = LiveValidation(m, read)
    assert any(f.rule == "unknown-code" for f in live.findings())
    edit = SetCells((CellValue("a0", "r0", "R"),))
    apply_edit(m, edit)
    live.update(edit)
    assert not any(f.rule == "unknown-code" for f in live.findings())


def test_counts_and_lookups() -> None:
    m = start(2, 1)
    live = LiveValidation(m)
    assert live.counts()[Severity.ERROR] == 2  # no A, no R
    assert [f.rule for f in live.at("a0", None)] == ["no-accountable", "no-responsible"]
    assert [f.rule for f in live.at(None, "r0")] == ["unused-role"]
    assert live.at("a0", "r0") == []


def test_a_snapshot_edit_changes_no_finding_and_no_block() -> None:
    m = start(2, 3)
    live = LiveValidation(m)
    before = live.findings()
    snap = snapshot_of(m, "Before review", "2026-11-27T10:15:00")
    for edit in (AddSnapshot(snap, 0), Batch((RenameSnapshot(0, "After"),))):
        apply_edit(m, edit)
        live.update(edit)
        assert live.changed == frozenset()
        assert live.findings() == before == validate(m)
    assert only_snapshots(AddSnapshot(snap, 0))
    assert not only_snapshots(Batch((RenameSnapshot(0, "x"), SetCells(()))))
    assert not only_snapshots(Batch(()))
