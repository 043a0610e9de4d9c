"""Named snapshots: a copy of the content kept in the matrix, and the edits that keep them."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from pydantic import ValidationError

from raci_editor.core.edits import (
    AddSnapshot,
    Batch,
    CellValue,
    Edit,
    RemoveRole,
    RemoveSnapshot,
    RenameSnapshot,
    SetCells,
    SetInfo,
    apply_edit,
)
from raci_editor.core.errors import ModelError
from raci_editor.core.model import (
    Activity,
    Matrix,
    Role,
    Snapshot,
    invariant_problems,
    matrix_of,
    snapshot_of,
    unique_snapshot_name,
)
from raci_editor.core.rule_settings import Waiver

TAKEN = "2026-11-27T10:15:00"


def team() -> Matrix:
    return Matrix(
        title="Launch",
        roles=[Role(id="boss", name="Boss"), Role(id="dev", name="Dev")],
        activities=[Activity(id="plan", name="Plan"), Activity(id="ship", name="Ship")],
        letters={"plan": {"boss": "A", "dev": "R"}, "ship": {"dev": "RA"}},
        notes={"plan": {"dev": "by Friday"}},
        waivers=[Waiver("no-accountable", "ship", None, "Shared", "Kim")],
    )


def with_snapshots(*names: str) -> Matrix:
    m = team()
    for name in names:
        m.snapshots.append(snapshot_of(m, name, TAKEN))
    return m


# -- the model --------------------------------------------------------------


def test_a_snapshot_keeps_the_content_as_it_was() -> None:
    m = team()
    snap = snapshot_of(m, "  Before launch review ", TAKEN)
    assert snap.name == "Before launch review"
    assert snap.taken == TAKEN
    assert snap.matrix == team()
    m.put_cell("plan", "boss", "", "")
    m.put_cell("ship", "boss", "I", "new note")
    apply_edit(m, SetInfo("Changed", "now"))
    apply_edit(m, RemoveRole("dev"))
    assert snap.matrix == team()


def test_a_snapshot_of_a_matrix_with_snapshots_leaves_them_out() -> None:
    m = with_snapshots("First")
    second = snapshot_of(m, "Second", TAKEN)
    assert second.matrix.snapshots == []
    assert m.snapshots[0].name == "First"  # the matrix keeps its own


def test_matrix_of_gives_an_editable_copy() -> None:
    snap = snapshot_of(team(), "Before", TAKEN)
    copy = matrix_of(snap)
    assert copy == snap.matrix
    copy.put_cell("plan", "boss", "C", "")
    assert snap.matrix.cell("plan", "boss") == "A"


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_a_blank_name_is_refused(name: str) -> None:
    with pytest.raises(ModelError, match="name: must not be blank"):
        snapshot_of(team(), name, TAKEN)


@pytest.mark.parametrize(
    "taken",
    [
        "",
        "2026-11-27",
        "2026-11-27 10:15:00",
        "2026-11-27T10:15",
        "2026-11-27T10:15:00.5",
        "2026-11-27T10:15:00Z",
        "2026-11-27T10:15:00+01:00",
        "2026-02-30T10:15:00",
        "2026-11-27T24:00:00",
        "2026-11-27T10:60:00",
        "2026-11-27T10:15:60",
        "2026-04-31T10:15:00",
        "2026-00-10T10:15:00",
        "2026-11-00T10:15:00",
        "2025-02-29T10:15:00",
        "1900-02-29T10:15:00",
        "0000-01-01T00:00:00",
        "２０２６-11-27T10:15:00",
        " 2026-11-27T10:15:00",
        "yesterday",
    ],
)
def test_the_time_is_a_local_date_and_time_to_the_second(taken: str) -> None:
    with pytest.raises(ModelError, match="taken: must be a local date and time"):
        snapshot_of(team(), "Before", taken)


@pytest.mark.parametrize(
    "taken", ["2024-02-29T00:00:00", "2000-02-29T23:59:59", "0001-01-01T00:00:00", TAKEN]
)
def test_real_dates_and_times_are_taken(taken: str) -> None:
    assert snapshot_of(team(), "Then", taken).taken == taken


def test_the_time_of_the_callers_clock_is_taken_as_python_writes_it() -> None:
    now = datetime(2026, 11, 27, 10, 15, 0, 123456).isoformat(timespec="seconds")
    assert snapshot_of(team(), "Now", now).taken == TAKEN
    snapshot_of(team(), "Now", datetime.now().isoformat(timespec="seconds"))


def test_a_snapshot_cannot_hold_snapshots() -> None:
    nested = with_snapshots("Inner")
    with pytest.raises(ValidationError, match="cannot hold snapshots"):
        Snapshot(name="Outer", taken=TAKEN, matrix=nested)
    bad = Snapshot.model_construct(name="Outer", taken=TAKEN, matrix=nested)
    m = team()
    m.snapshots.append(bad)
    assert [(loc, str(msg)) for loc, msg in invariant_problems(m)] == [
        (("snapshots", 0, "matrix", "snapshots"), "a snapshot cannot hold snapshots of its own")
    ]


def test_a_snapshot_is_immutable() -> None:
    snap = snapshot_of(team(), "Before", TAKEN)
    with pytest.raises(ValidationError):
        snap.name = "After"  # type: ignore[misc]


def test_a_matrix_with_snapshots_is_a_valid_matrix() -> None:
    snap = snapshot_of(team(), "Before", TAKEN)
    m = Matrix(title="x", snapshots=[snap])
    assert m.snapshots == [snap]
    assert list(invariant_problems(m)) == []


def test_equality_counts_the_snapshots() -> None:
    assert with_snapshots("A") == with_snapshots("A")
    assert with_snapshots("A") != with_snapshots("B")
    assert with_snapshots("A") != with_snapshots()
    assert with_snapshots("A", "B") != with_snapshots("B", "A")
    one, other = with_snapshots("A"), with_snapshots("A")
    other.snapshots[0] = other.snapshots[0].model_copy(update={"taken": "2026-11-28T10:15:00"})
    assert one != other
    other = with_snapshots()
    other.put_cell("plan", "boss", "R", "")
    other.snapshots.append(snapshot_of(other, "A", TAKEN))
    other.put_cell("plan", "boss", "A", "")
    assert one != other  # the same current content, another snapshot content
    assert one.snapshots[0] != "A"


def test_copy_deep_shares_the_snapshots_and_copies_their_list() -> None:
    m = with_snapshots("A", "B")
    copy = m.copy_deep()
    assert copy == m
    assert copy.snapshots is not m.snapshots
    assert all(a is b for a, b in zip(copy.snapshots, m.snapshots, strict=True))
    apply_edit(copy, RemoveSnapshot(0))
    apply_edit(copy, RenameSnapshot(0, "Renamed"))
    assert [s.name for s in m.snapshots] == ["A", "B"]


def test_unique_snapshot_name_numbers_a_name_in_use() -> None:
    m = with_snapshots("Before launch", "Before launch (2)")
    assert unique_snapshot_name(m, " Review ") == "Review"
    assert unique_snapshot_name(m, "Before launch") == "Before launch (3)"
    assert unique_snapshot_name(m, "before LAUNCH ") == "before LAUNCH (3)"
    assert unique_snapshot_name(m, "Before launch (2)") == "Before launch (2) (2)"


# -- the edits --------------------------------------------------------------


def check_undo(m: Matrix, edit: Edit) -> Matrix:
    """Apply ``edit`` and its inverse; the matrix comes back exactly. Return it as edited."""
    before = m.copy_deep()
    inverse = apply_edit(m, edit)
    after = m.copy_deep()
    again = apply_edit(m, inverse)
    assert m == before
    assert [s.name for s in m.snapshots] == [s.name for s in before.snapshots]
    apply_edit(m, again)
    assert m == after
    return after


def test_adding_a_snapshot_puts_it_at_the_index() -> None:
    snap = snapshot_of(team(), "New", TAKEN)
    for index in (0, 1, 2):
        after = check_undo(with_snapshots("A", "B"), AddSnapshot(snap, index))
        assert [s.name for s in after.snapshots].index("New") == index
        assert after.snapshots[index] is snap


def test_removing_a_snapshot_and_undo_puts_the_same_one_back() -> None:
    after = check_undo(with_snapshots("A", "B", "C"), RemoveSnapshot(1))
    assert [s.name for s in after.snapshots] == ["A", "C"]
    m = with_snapshots("A", "B", "C")
    kept = m.snapshots[1]
    inverse = apply_edit(m, RemoveSnapshot(1))
    assert inverse == AddSnapshot(kept, 1)
    apply_edit(m, inverse)
    assert m.snapshots[1] is kept


def test_renaming_a_snapshot_trims_the_name_and_keeps_the_content() -> None:
    m = with_snapshots("A", "B")
    content = m.snapshots[1].matrix
    after = check_undo(m, RenameSnapshot(1, "  Before launch review "))
    assert [s.name for s in after.snapshots] == ["A", "Before launch review"]
    assert after.snapshots[1].matrix is content
    assert after.snapshots[1].taken == TAKEN
    assert apply_edit(with_snapshots("A", "B"), RenameSnapshot(1, "X")) == RenameSnapshot(1, "B")


def test_snapshot_edits_leave_the_current_content_alone() -> None:
    m = with_snapshots("A")
    for edit in (AddSnapshot(snapshot_of(m, "B", TAKEN), 1), RenameSnapshot(0, "Z")):
        apply_edit(m, edit)
    apply_edit(m, RemoveSnapshot(0))
    m.snapshots.clear()
    assert m == team()


def test_cell_edits_do_not_reach_the_snapshots() -> None:
    m = with_snapshots("A")
    apply_edit(m, SetCells((CellValue("plan", "boss", "R", "x"),)))
    assert m.snapshots[0].matrix.cell("plan", "boss") == "A"
    assert m.snapshots[0].matrix.note("plan", "boss") == ""


def test_snapshot_edits_undo_in_a_batch() -> None:
    m = with_snapshots("A")
    batch = Batch(
        (
            AddSnapshot(snapshot_of(m, "B", TAKEN), 1),
            RenameSnapshot(0, "First"),
            SetInfo("Renamed", ""),
            RemoveSnapshot(1),
        )
    )
    after = check_undo(m, batch)
    assert [s.name for s in after.snapshots] == ["First"]


NESTED = Snapshot.model_construct(name="Nested", taken=TAKEN, matrix=with_snapshots("Inner"))


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (AddSnapshot(snapshot_of(team(), "X", TAKEN), 3), "snapshot position 3 is outside 0..2"),
        (AddSnapshot(snapshot_of(team(), "X", TAKEN), -1), "snapshot position -1 is outside"),
        (AddSnapshot(NESTED, 0), "a snapshot cannot hold snapshots of its own"),
        (RemoveSnapshot(2), "snapshot position 2 is outside 0..1"),
        (RemoveSnapshot(-1), "snapshot position -1 is outside 0..1"),
        (RenameSnapshot(2, "X"), "snapshot position 2 is outside 0..1"),
        (RenameSnapshot(0, "  "), "a snapshot needs a name"),
        (Batch((RemoveSnapshot(0), RemoveSnapshot(5))), "snapshot position 5 is outside 0..0"),
    ],
)
def test_bad_snapshot_edits_are_refused_and_change_nothing(edit: Edit, message: str) -> None:
    m = with_snapshots("A", "B")
    before = m.copy_deep()
    with pytest.raises(ModelError, match=re.escape(message)):
        apply_edit(m, edit)
    assert m == before


def test_bad_snapshot_edits_on_a_matrix_without_snapshots() -> None:
    m = team()
    with pytest.raises(ModelError, match=re.escape("snapshot position 0 is outside 0..-1")):
        apply_edit(m, RemoveSnapshot(0))
