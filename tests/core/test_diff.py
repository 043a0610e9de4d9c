"""Comparing two versions of a matrix, and taking chosen changes from the newer one (issue 11)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci_editor.core.diff import (
    KINDS,
    Change,
    compare,
    describe,
    edits_for,
    preview,
    taken_changes,
)
from raci_editor.core.edits import (
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
from raci_editor.core.model import Activity, Matrix, Role, invariant_problems
from raci_editor.core.scheme import BUILTIN_SCHEMES, LetterDef, Scheme


def team() -> Matrix:
    return Matrix(
        title="Launch",
        description="Who does what at launch.",
        roles=[
            Role(id="boss", name="Boss", group="Lead", holder="Ana"),
            Role(id="dev", name="Dev", group="Team"),
            Role(id="qa", name="QA", group="Team"),
        ],
        activities=[
            Activity(id="plan", name="Plan", group="Prepare"),
            Activity(id="build", name="Build", group="Make"),
            Activity(id="test", name="Test", group="Make"),
            Activity(id="ship", name="Ship", group="Go", description="Friday"),
        ],
        letters={
            "plan": {"boss": "A", "dev": "R"},
            "build": {"boss": "A", "dev": "R", "qa": "C"},
            "test": {"boss": "A", "qa": "R"},
            "ship": {"boss": "RA", "dev": "I", "qa": "I"},
        },
        notes={"build": {"dev": "two sprints"}},
    )


def edited(*edits: Edit) -> Matrix:
    matrix = team()
    for edit in edits:
        apply_edit(matrix, edit)
    return matrix


def kinds(changes: list[Change]) -> list[str]:
    return [c.kind for c in changes]


# -- what compare reports -----------------------------------------------------------


def test_a_matrix_compared_with_itself_has_no_changes() -> None:
    assert compare(team(), team()) == []
    assert compare(team(), team(), by_id=False) == []


def test_changed_letters_are_a_cell_change_written_as_people_write_them() -> None:
    new = edited(SetCells((CellValue("plan", "dev", "RA"),)))
    [change] = compare(team(), new)
    assert change == Change(
        "cell",
        activity="Plan",
        role="Dev",
        before="R",
        after="R/A",
        old_activity_id="plan",
        new_activity_id="plan",
        old_role_id="dev",
        new_role_id="dev",
    )
    assert describe(change) == "Plan / Dev: R → R/A"


def test_cleared_and_filled_cells_say_none() -> None:
    new = edited(SetCells((CellValue("plan", "dev", ""), CellValue("plan", "qa", "I"))))
    changes = compare(team(), new)
    assert [(c.role, c.before, c.after) for c in changes] == [("Dev", "R", ""), ("QA", "", "I")]
    assert describe(changes[0]) == "Plan / Dev: R → (none)"


def test_a_changed_note_is_a_note_change_not_a_cell_change() -> None:
    new = edited(SetCells((CellValue("build", "dev", "R", "three sprints"),)))
    [change] = compare(team(), new)
    assert (change.kind, change.before, change.after) == ("note", "two sprints", "three sprints")
    assert describe(change) == "Build / Dev: note “two sprints” → “three sprints”"


def test_an_added_role_brings_its_letters_as_cell_changes() -> None:
    new = edited(
        InsertRole(
            Role(id="pm", name="PM"),
            1,
            (CellValue("plan", "pm", "C"), CellValue("ship", "pm", "I")),
        )
    )
    changes = compare(team(), new)
    assert kinds(changes) == ["role-added", "cell", "cell"]
    assert changes[0].role_id == "pm"
    assert changes[0].old_role_id is None
    assert [(c.activity, c.before, c.after) for c in changes[1:]] == [
        ("Plan", "", "C"),
        ("Ship", "", "I"),
    ]
    assert describe(changes[0]) == "Role added: PM"


def test_a_removed_role_is_one_change_even_with_changed_cells() -> None:
    new = edited(SetCells((CellValue("plan", "qa", "RACI"),)), RemoveRole("qa"))
    [change] = compare(team(), new)
    assert (change.kind, change.role, change.role_id) == ("role-removed", "QA", "qa")
    assert describe(change) == "Role removed: QA"


def test_renamed_and_regrouped_items_keep_their_ids() -> None:
    new = edited(
        UpdateRole(team().role("dev").model_copy(update={"name": "Developer", "group": "Eng"})),
        UpdateActivity(team().activity("ship").model_copy(update={"name": "Release"})),
    )
    changes = compare(team(), new)
    assert [(c.kind, c.before, c.after) for c in changes] == [
        ("role-renamed", "Dev", "Developer"),
        ("role-regrouped", "Team", "Eng"),
        ("activity-renamed", "Ship", "Release"),
    ]
    assert changes[0].role == "Developer"
    assert describe(changes[0]) == "Role renamed: Dev → Developer"
    assert describe(changes[1]) == "Role regrouped: Developer (Team → Eng)"


def test_a_group_taken_away_says_no_group() -> None:
    new = edited(UpdateActivity(team().activity("plan").model_copy(update={"group": ""})))
    [change] = compare(team(), new)
    assert describe(change) == "Activity regrouped: Plan (Prepare → (no group))"


def test_a_row_inserted_in_the_middle_moves_nothing() -> None:
    new = edited(InsertActivity(Activity(id="fix", name="Fix"), 1))
    assert kinds(compare(team(), new)) == ["activity-added"]


def test_a_row_deleted_in_the_middle_moves_nothing() -> None:
    new = edited(RemoveActivity("build"))
    assert kinds(compare(team(), new)) == ["activity-removed"]


def test_one_row_moved_down_is_the_only_move() -> None:
    new = edited(MoveActivity("plan", 2))  # build, test, plan, ship
    [change] = compare(team(), new)
    assert (change.kind, change.activity, change.before, change.after) == (
        "activity-moved",
        "Plan",
        "1",
        "3",
    )
    assert describe(change) == "Activity moved: Plan (row 1 → 3)"


def test_one_row_moved_up_is_the_only_move() -> None:
    new = edited(MoveActivity("ship", 0))
    assert [(c.kind, c.activity) for c in compare(team(), new)] == [("activity-moved", "Ship")]


def test_a_moved_column_with_an_inserted_one_is_one_move() -> None:
    new = edited(MoveRole("boss", 2), InsertRole(Role(id="pm", name="PM"), 0))
    changes = compare(team(), new)
    assert [(c.kind, c.role, c.before, c.after) for c in changes] == [
        ("role-added", "PM", None, None),
        ("role-moved", "Boss", "1", "4"),
    ]
    assert describe(changes[1]) == "Role moved: Boss (column 1 → 4)"


def test_texts_are_description_changes_with_the_field_they_are_about() -> None:
    new = edited(
        SetInfo("Launch v2", "Who does what at launch."),
        UpdateRole(team().role("boss").model_copy(update={"holder": "Bo", "deputy": "Cy"})),
        UpdateActivity(team().activity("ship").model_copy(update={"description": "Monday\nearly"})),
    )
    changes = compare(team(), new)
    assert [(c.kind, c.field, c.activity, c.role, c.before, c.after) for c in changes] == [
        ("description", "title", None, None, "Launch", "Launch v2"),
        ("description", "holder", None, "Boss", "Ana", "Bo"),
        ("description", "deputy", None, "Boss", "", "Cy"),
        ("description", "description", "Ship", None, "Friday", "Monday\nearly"),
    ]
    assert [describe(c) for c in changes] == [
        "Title: “Launch” → “Launch v2”",
        "Holder of role Boss: “Ana” → “Bo”",
        "Deputy of role Boss: (none) → “Cy”",
        "Description of activity Ship: “Friday” → “Monday early”",
    ]


def test_texts_false_leaves_notes_and_texts_out() -> None:
    new = edited(SetInfo("Other", ""), SetCells((CellValue("build", "dev", "R"),)))
    assert compare(team(), new, texts=False) == []
    assert kinds(compare(team(), new)) == ["note", "description", "description"]


def test_changes_come_roles_then_activities_then_cells_notes_and_texts() -> None:
    new = edited(
        SetInfo("Launch v2", "Who does what at launch."),
        SetCells((CellValue("build", "dev", "R", "soon"), CellValue("test", "dev", "C"))),
        RemoveActivity("plan"),
        InsertRole(Role(id="pm", name="PM"), 3),
        RemoveRole("qa"),
        UpdateRole(team().role("boss").model_copy(update={"name": "Chief"})),
    )
    assert kinds(compare(team(), new)) == [
        "role-removed",
        "role-renamed",
        "role-added",
        "activity-removed",
        "cell",
        "note",
        "description",
    ]


def test_every_kind_is_said_in_one_line() -> None:
    new = edited(
        SetInfo("T", "D"),
        SetCells((CellValue("build", "dev", "RA", "x"),)),
        RemoveRole("qa"),
        RemoveActivity("test"),
        InsertRole(Role(id="pm", name="PM", group="G"), 0, (CellValue("plan", "pm", "I"),)),
        InsertActivity(Activity(id="fix", name="Fix"), 0),
        UpdateRole(team().role("boss").model_copy(update={"name": "B2", "group": "G"})),
        UpdateActivity(team().activity("ship").model_copy(update={"name": "S2", "group": "G"})),
        MoveRole("dev", 0),
        MoveActivity("plan", 3),
    )
    changes = compare(team(), new)
    assert set(kinds(changes)) == set(KINDS)
    for change in changes:
        said = describe(change)
        assert said
        assert "\n" not in said
        assert "{" not in said


# -- matching by name -----------------------------------------------------------------


def renamed_ids(matrix: Matrix) -> Matrix:
    """The same matrix with other ids, as a spreadsheet without ids gives it."""
    roles = [r.model_copy(update={"id": "x-" + r.id}) for r in matrix.roles]
    activities = [a.model_copy(update={"id": "x-" + a.id}) for a in matrix.activities]
    letters = {"x-" + a: {"x-" + r: v for r, v in row.items()} for a, row in matrix.letters.items()}
    notes = {"x-" + a: {"x-" + r: v for r, v in row.items()} for a, row in matrix.notes.items()}
    return Matrix(
        title=matrix.title,
        description=matrix.description,
        roles=roles,
        activities=activities,
        letters=letters,
        notes=notes,
    )


def test_by_name_matches_trimmed_names_whatever_their_case() -> None:
    new = renamed_ids(edited(SetCells((CellValue("plan", "dev", "A"),))))
    new.roles[1] = new.roles[1].model_copy(update={"name": "DEV"})
    changes = compare(team(), new, by_id=False)
    assert [(c.kind, c.before, c.after) for c in changes] == [
        ("role-renamed", "Dev", "DEV"),  # only the case differs: taking it gives the new name
        ("cell", "R", "A"),
    ]
    assert (changes[1].old_role_id, changes[1].new_role_id) == ("dev", "x-dev")


def test_by_id_the_same_names_with_other_ids_are_other_items() -> None:
    changes = compare(team(), renamed_ids(team()))
    assert kinds(changes).count("role-removed") == 3
    assert kinds(changes).count("activity-added") == 4


def test_by_name_equal_names_are_paired_in_order() -> None:
    old = Matrix(
        roles=[Role(id="r", name="R")],
        activities=[Activity(id=f"a{i}", name="Review") for i in range(3)],
        letters={"a0": {"r": "R"}, "a1": {"r": "A"}, "a2": {"r": "C"}},
    )
    new = old.copy_deep()
    apply_edit(new, RemoveActivity("a2"))
    apply_edit(new, SetCells((CellValue("a1", "r", "I"),)))
    changes = compare(old, renamed_ids(new), by_id=False)
    assert [(c.kind, c.activity_id, c.before, c.after) for c in changes] == [
        ("activity-removed", "a2", None, None),
        ("cell", "a1", "A", "I"),
    ]


# -- taking changes -------------------------------------------------------------------


def busy_edit() -> Matrix:
    return edited(
        SetInfo("Launch v2", "New description"),
        SetCells((CellValue("build", "dev", "RA", "soon"), CellValue("test", "dev", "C"))),
        RemoveActivity("plan"),
        InsertRole(Role(id="pm", name="PM", group="Lead"), 1, (CellValue("ship", "pm", "C"),)),
        InsertActivity(
            Activity(id="fix", name="Fix", group="Make"), 2, (CellValue("fix", "pm", "R", "n"),)
        ),
        RemoveRole("qa"),
        UpdateRole(team().role("boss").model_copy(update={"name": "Chief", "deputy": "Di"})),
        MoveActivity("ship", 0),
        UpdateActivity(team().activity("test").model_copy(update={"group": "Check"})),
    )


def test_taking_every_change_gives_the_new_matrix() -> None:
    old, new = team(), busy_edit()
    assert preview(old, new, compare(old, new)) == new
    assert old == team()  # preview leaves old alone


def test_taking_changes_is_one_step_that_undoes_exactly() -> None:
    old, new = team(), busy_edit()
    matrix = old.copy_deep()
    undo = apply_edit(matrix, edits_for(old, new, compare(old, new)))
    assert matrix == new
    apply_edit(matrix, undo)
    assert matrix == old


def test_taking_nothing_changes_nothing() -> None:
    old, new = team(), busy_edit()
    assert edits_for(old, new, []).edits == ()
    assert preview(old, new, []) == old


def test_a_cell_of_an_added_role_brings_the_role_along() -> None:
    old, new = team(), busy_edit()
    changes = compare(old, new)
    cells = [c for c in changes if c.kind == "cell"]
    taken = taken_changes(old, new, cells)
    assert {c.kind for c in taken} == {"cell", "role-added", "activity-added"}
    assert [c for c in taken if c.kind == "cell"] == cells
    result = preview(old, new, cells)
    assert result.has_role("pm")
    assert result.has_activity("fix")
    assert result.cell("build", "dev") == "RA"  # the cells of items in both are taken
    assert result.cell("test", "dev") == "C"
    for c in cells:
        assert result.cell(c.new_activity_id or "", c.new_role_id or "") == new.cell(
            c.new_activity_id or "", c.new_role_id or ""
        )


def test_a_cell_with_letters_the_matrix_does_not_have_is_not_taken() -> None:
    old = team()
    new = old.copy_deep()
    new.scheme = BUILTIN_SCHEMES["RASCI"]
    apply_edit(new, SetCells((CellValue("plan", "dev", "S"), CellValue("build", "qa", "I"))))
    changes = compare(old, new)
    taken = taken_changes(old, new, changes)
    assert [(c.activity_id, c.role_id) for c in taken] == [("build", "qa")]
    assert preview(old, new, changes).cell("plan", "dev") == old.cell("plan", "dev")


def test_an_added_activity_taken_alone_lands_where_it_was_added_without_letters() -> None:
    old, new = team(), busy_edit()
    [added] = [c for c in compare(old, new) if c.kind == "activity-added"]
    result = preview(old, new, [added])
    assert [a.id for a in result.activities] == ["plan", "build", "test", "fix", "ship"]
    assert result.activity("fix").group == "Make"
    assert result.row("fix") == {}


def test_a_move_taken_without_its_neighbours_lands_among_the_items_that_stayed() -> None:
    old = team()
    new = edited(MoveActivity("plan", 3), MoveActivity("ship", 0))  # ship, build, test, plan
    changes = compare(old, new)
    assert [(c.kind, c.activity) for c in changes] == [
        ("activity-moved", "Ship"),
        ("activity-moved", "Plan"),
    ]
    result = preview(old, new, [changes[1]])
    assert [a.id for a in result.activities] == ["build", "test", "plan", "ship"]
    result = preview(old, new, [changes[0]])
    assert [a.id for a in result.activities] == ["plan", "ship", "build", "test"]


def test_an_added_item_whose_id_is_taken_gets_another() -> None:
    old = team()
    new = renamed_ids(team())
    new.insert_activity(0, Activity(id="plan", name="Kick-off"))  # "plan" is old's Plan's id
    new.put_cell("plan", "x-dev", "R", "")
    changes = compare(old, new, by_id=False)
    assert kinds(changes) == ["activity-added", "cell"]
    result = preview(old, new, changes, by_id=False)
    assert [a.name for a in result.activities] == ["Kick-off", "Plan", "Build", "Test", "Ship"]
    assert result.activities[0].id == "plan-2"
    assert result.cell("plan-2", "dev") == "R"
    assert result.row("plan") == team().row("plan")


def test_changes_that_are_not_between_the_two_matrices_are_ignored() -> None:
    old, new = team(), busy_edit()
    stray = Change("role-removed", role="Ghost", old_role_id="ghost")
    assert preview(old, new, [stray]) == old


def test_letters_the_old_scheme_does_not_have_are_not_taken() -> None:
    old = team()
    primary_support = Scheme(
        name="PS",
        letters=(LetterDef(letter="P", name="Primary"), LetterDef(letter="S", name="Support")),
    )
    new = Matrix(
        scheme=primary_support,
        roles=old.roles,
        activities=old.activities,
        letters={"plan": {"boss": "P"}},
    )
    changes = compare(old, new)
    result = preview(old, new, changes)
    assert result.cell("plan", "boss") == "A"
    assert result.cell("build", "boss") == ""
    assert not list(invariant_problems(result))


# -- generated pairs --------------------------------------------------------------------

NAMES = st.sampled_from(["Plan", "plan ", "Build", "Ship", "评审", "Review", "Test"])
GROUPS = st.sampled_from(["", "G1", "G2"])
LETTERS = st.sampled_from(["", "R", "A", "C", "I", "RA", "CI"])
NOTES = st.sampled_from(["", "", "ask first", "备注"])
TEXTS = st.sampled_from(["", "one", "two"])


@st.composite
def matrices(draw: st.DrawFn) -> Matrix:
    roles = [
        Role(
            id=f"r{i}",
            name=draw(NAMES),
            group=draw(GROUPS),
            description=draw(TEXTS),
            holder=draw(TEXTS),
        )
        for i in range(draw(st.integers(0, 5)))
    ]
    activities = [
        Activity(id=f"a{i}", name=draw(NAMES), group=draw(GROUPS), description=draw(TEXTS))
        for i in range(draw(st.integers(0, 6)))
    ]
    matrix = Matrix(title=draw(TEXTS), roles=roles, activities=activities)
    for activity in activities:
        for role in roles:
            matrix.put_cell(activity.id, role.id, draw(LETTERS), draw(NOTES))
    return matrix


def other(draw: st.DrawFn, values: st.SearchStrategy[str], than: str) -> str:
    return draw(values.filter(lambda v: v.strip() != than.strip()))


def some(draw: st.DrawFn, ids: list[str]) -> list[str]:
    return draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []


@dataclass
class Plan:
    """Random edits of a matrix and the changes they must show as (moves apart)."""

    new: Matrix
    expected: set[tuple[str, str | None, str | None, str | None]] = field(default_factory=set)
    """(kind, activity id, role id, field): ids as in new (old ids for removed items)."""


@st.composite
def plans(draw: st.DrawFn, old: Matrix) -> Plan:
    """Edit a copy of ``old`` the way a person might, noting each change it makes."""
    plan = Plan(old.copy_deep())
    new, expect = plan.new, plan.expected.add
    # cells first: one whose role or activity is removed below is a removal only
    cells = [(a.id, r.id) for a in old.activities for r in old.roles]
    touched = draw(st.lists(st.sampled_from(cells), unique=True)) if cells else []
    letters_changed = draw(st.lists(st.booleans(), min_size=len(touched), max_size=len(touched)))
    for (a, r), letters in zip(touched, letters_changed, strict=True):
        value, note = new.cell(a, r), new.note(a, r)
        if letters:
            value = other(draw, LETTERS, value)
        else:
            note = other(draw, NOTES, note)
        apply_edit(new, SetCells((CellValue(a, r, value, note),)))
    gone_roles = some(draw, [r.id for r in old.roles])
    gone_acts = some(draw, [a.id for a in old.activities])
    for (a, r), letters in zip(touched, letters_changed, strict=True):
        if a not in gone_acts and r not in gone_roles:
            expect(("cell" if letters else "note", a, r, None))
    for role_id in gone_roles:
        apply_edit(new, RemoveRole(role_id))
        expect(("role-removed", None, role_id, None))
    for activity_id in gone_acts:
        apply_edit(new, RemoveActivity(activity_id))
        expect(("activity-removed", activity_id, None, None))
    # names, groups and texts of what is left
    for role in list(new.roles):
        update: dict[str, str] = {}
        if draw(st.booleans()):
            update["name"] = role.name + "*"
            expect(("role-renamed", None, role.id, None))
        if draw(st.booleans()):
            update["group"] = other(draw, GROUPS, role.group)
            expect(("role-regrouped", None, role.id, None))
        for text in ("description", "holder", "deputy"):
            if draw(st.integers(0, 4)) == 0:
                update[text] = other(draw, TEXTS, getattr(role, text))
                expect(("description", None, role.id, text))
        apply_edit(new, UpdateRole(role.model_copy(update=update)))
    for activity in list(new.activities):
        update = {}
        if draw(st.booleans()):
            update["name"] = activity.name + "*"
            expect(("activity-renamed", activity.id, None, None))
        if draw(st.booleans()):
            update["group"] = other(draw, GROUPS, activity.group)
            expect(("activity-regrouped", activity.id, None, None))
        if draw(st.integers(0, 4)) == 0:
            update["description"] = other(draw, TEXTS, activity.description)
            expect(("description", activity.id, None, "description"))
        apply_edit(new, UpdateActivity(activity.model_copy(update=update)))
    if draw(st.booleans()):
        apply_edit(new, SetInfo(other(draw, TEXTS, new.title), new.description))
        expect(("description", None, None, "title"))
    # moves, then added roles and activities with their letters
    for _ in range(draw(st.integers(0, 3))):
        if new.roles and draw(st.booleans()):
            role_id = draw(st.sampled_from([r.id for r in new.roles]))
            apply_edit(new, MoveRole(role_id, draw(st.integers(0, len(new.roles) - 1))))
        elif new.activities:
            activity_id = draw(st.sampled_from([a.id for a in new.activities]))
            index = draw(st.integers(0, len(new.activities) - 1))
            apply_edit(new, MoveActivity(activity_id, index))
    for i in range(draw(st.integers(0, 2))):
        role = Role(id=f"new-r{i}", name=draw(NAMES), group=draw(GROUPS))
        apply_edit(new, InsertRole(role, draw(st.integers(0, len(new.roles)))))
        expect(("role-added", None, role.id, None))
    for i in range(draw(st.integers(0, 2))):
        activity = Activity(id=f"new-a{i}", name=draw(NAMES), group=draw(GROUPS))
        apply_edit(new, InsertActivity(activity, draw(st.integers(0, len(new.activities)))))
        expect(("activity-added", activity.id, None, None))
    for activity in new.activities:
        for role in new.roles:
            if activity.id.startswith("new") or role.id.startswith("new"):
                letters, note = draw(LETTERS), draw(NOTES)
                apply_edit(new, SetCells((CellValue(activity.id, role.id, letters, note),)))
                if letters:
                    expect(("cell", activity.id, role.id, None))
                if note:
                    expect(("note", activity.id, role.id, None))
    return plan


def key(change: Change) -> tuple[str, str | None, str | None, str | None]:
    activity = change.new_activity_id or change.old_activity_id
    role = change.new_role_id or change.old_role_id
    return change.kind, activity, role, change.field


def longest_increasing(values: list[int]) -> int:
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)


def check_moves(old: list[str], new: list[str], moved: set[str]) -> None:
    """``moved`` are the fewest items whose moving explains the new order of the others."""
    both = [i for i in old if i in new]
    stayed = [i for i in both if i not in moved]
    assert stayed == [i for i in new if i in stayed]
    assert len(moved) == len(both) - longest_increasing([new.index(i) for i in both])


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_compare_lists_exactly_the_edits_made(data: st.DataObject) -> None:
    old = data.draw(matrices())
    plan = data.draw(plans(old))
    new = plan.new
    changes = compare(old, new)
    assert {key(c) for c in changes if not c.kind.endswith("-moved")} == plan.expected
    assert len(changes) == len(set(changes))
    moved_roles = {c.role_id or "" for c in changes if c.kind == "role-moved"}
    check_moves([r.id for r in old.roles], [r.id for r in new.roles], moved_roles)
    moved_acts = {c.activity_id or "" for c in changes if c.kind == "activity-moved"}
    check_moves([a.id for a in old.activities], [a.id for a in new.activities], moved_acts)
    for change in changes:
        if change.kind == "cell":
            cell = new.cell(change.new_activity_id or "", change.new_role_id or "")
            assert change.after == "/".join(cell)
    assert preview(old, new, changes) == new


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_choice_of_changes_gives_a_valid_matrix_with_just_those(data: st.DataObject) -> None:
    old = data.draw(matrices())
    new = data.draw(plans(old)).new
    changes = compare(old, new)
    chosen = data.draw(st.lists(st.sampled_from(changes), unique=True)) if changes else []
    result = preview(old, new, chosen)
    assert not list(invariant_problems(result))
    added = {c.activity_id or c.role_id for c in chosen if c.kind.endswith("-added")}
    left = {key(c) for c in compare(result, new)}
    for change in chosen:
        if change.kind.endswith("-moved"):
            continue  # where it lands depends on the moves not taken
        if change.old_activity_id is None and change.activity_id not in (None, *added):
            continue  # the cell of an added activity that was not taken
        if change.old_role_id is None and change.role_id not in (None, *added):
            continue
        assert key(change) not in left, change
    assert preview(result, new, compare(result, new)) == new


def named_apart(matrix: Matrix, names_of: Matrix) -> Matrix:
    """``matrix`` with every item named ``<id>: <name in names_of, else its own>``.

    Names are then unique, and an item has the same name in two matrices
    exactly when it has the same id: matching by name pairs what matching
    by id pairs.
    """
    out = matrix.copy_deep()
    for role in matrix.roles:
        name = names_of.role(role.id).name if names_of.has_role(role.id) else role.name
        out.replace_role(role.model_copy(update={"name": f"{role.id}: {name}"}))
    for activity in matrix.activities:
        source = names_of if names_of.has_activity(activity.id) else matrix
        name = source.activity(activity.id).name
        out.replace_activity(activity.model_copy(update={"name": f"{activity.id}: {name}"}))
    return out


def content(m: Matrix) -> tuple[object, ...]:
    """What a person sees: names, groups, texts, order, letters and notes (not ids)."""
    roles = [(r.name, r.group, r.description, r.holder, r.deputy) for r in m.roles]
    activities = [(a.name, a.group, a.description) for a in m.activities]
    cells = [[(m.cell(a.id, r.id), m.note(a.id, r.id)) for r in m.roles] for a in m.activities]
    return m.title, m.description, roles, activities, cells


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_by_name_finds_what_by_id_finds_when_names_are_unique(data: st.DataObject) -> None:
    drawn = data.draw(matrices())
    old, new = named_apart(drawn, drawn), named_apart(data.draw(plans(drawn)).new, drawn)
    by_name = compare(old, renamed_ids(new), by_id=False)
    shown = [(c.kind, c.activity, c.role, c.before, c.after, c.field) for c in compare(old, new)]
    assert [(c.kind, c.activity, c.role, c.before, c.after, c.field) for c in by_name] == shown
    taken = preview(old, renamed_ids(new), by_name, by_id=False)
    assert content(taken) == content(new)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_known_to_describe(kind: str) -> None:
    change = Change(kind, activity="A", role="R", before="x", after="y", field="description")
    assert describe(change)
