"""Importing a matrix into an open one: roles matched by name, activities appended, one undo."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from raci_editor.core.edits import Batch, InsertActivity, apply_edit
from raci_editor.core.importing.merge import match_roles, merge_edit
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.scheme import DACI, RASCI


def open_matrix() -> Matrix:
    """The matrix in the editor: two roles, one activity."""
    return Matrix(
        title="Team",
        roles=[Role(id="pm", name="Project Manager"), Role(id="dev", name="Developer")],
        activities=[Activity(id="plan", name="Plan", group="Start")],
        letters={"plan": {"pm": "A", "dev": "R"}},
    )


def sheet_matrix(**kwargs: object) -> Matrix:
    """What a spreadsheet gave: one known role (other spelling), one new role."""
    values: dict[str, object] = {
        "roles": [
            Role(id="project-manager", name="  project manager "),
            Role(id="qa", name="QA", group="Quality"),
        ],
        "activities": [
            Activity(id="plan", name="Plan", group="Start"),
            Activity(id="test", name="Test", group="Build", description="All of it"),
        ],
        "letters": {"plan": {"project-manager": "C"}, "test": {"project-manager": "A", "qa": "R"}},
        "notes": {"test": {"qa": "nightly"}},
    }
    values.update(kwargs)
    return Matrix.model_validate(values)


def merged(target: Matrix, imported: Matrix) -> Matrix:
    result = target.copy_deep()
    apply_edit(result, merge_edit(target, imported))
    return result


def test_roles_of_the_same_name_are_shared_and_new_ones_appended() -> None:
    result = merged(open_matrix(), sheet_matrix())
    assert [r.name for r in result.roles] == ["Project Manager", "Developer", "QA"]
    assert result.roles[2].group == "Quality"


def test_activities_are_appended_with_fresh_ids_groups_letters_and_notes() -> None:
    result = merged(open_matrix(), sheet_matrix())
    assert [a.name for a in result.activities] == ["Plan", "Plan", "Test"]
    plan2, test = result.activities[1], result.activities[2]
    assert plan2.id != "plan"
    assert (test.group, test.description) == ("Build", "All of it")
    assert result.cell(plan2.id, "pm") == "C"
    assert result.cell(test.id, "pm") == "A"
    qa = result.roles[2].id
    assert result.cell(test.id, qa) == "R"
    assert result.note(test.id, qa) == "nightly"
    assert result.cell("plan", "pm") == "A"  # the open activities keep their letters


def test_the_open_matrix_is_not_changed_until_the_edit_is_applied() -> None:
    target = open_matrix()
    merge_edit(target, sheet_matrix())
    assert target == open_matrix()


def test_undo_restores_the_matrix_exactly() -> None:
    target = open_matrix()
    inverse = apply_edit(target, merge_edit(target, sheet_matrix()))
    apply_edit(target, inverse)
    assert target == open_matrix()


def test_each_open_role_takes_one_imported_role_of_its_name() -> None:
    imported = Matrix(roles=[Role(id="a", name="Developer"), Role(id="b", name="developer")])
    assert match_roles(open_matrix(), imported) == {"a": "dev", "b": None}
    result = merged(open_matrix(), imported)
    assert [r.name for r in result.roles] == ["Project Manager", "Developer", "developer"]


def test_letters_the_open_scheme_lacks_are_kept_in_the_note() -> None:
    imported = Matrix(
        scheme=RASCI,
        roles=[Role(id="dev", name="Developer")],
        activities=[Activity(id="x", name="Build")],
        letters={"x": {"dev": "RS"}},
        notes={"x": {"dev": "mornings"}},
    )
    result = merged(open_matrix(), imported)
    new = result.activities[1].id
    assert result.cell(new, "dev") == "R"
    assert result.note(new, "dev") == "S\nmornings"
    assert result.scheme == open_matrix().scheme


def test_a_cell_with_only_foreign_letters_keeps_them_as_its_note() -> None:
    imported = Matrix(
        scheme=DACI,
        roles=[Role(id="d", name="Developer")],
        activities=[Activity(id="x", name="Decide")],
        letters={"x": {"d": "D"}},
    )
    result = merged(open_matrix(), imported)
    new = result.activities[1].id
    assert result.cell(new, "dev") == ""
    assert result.note(new, "dev") == "D"


def test_ids_never_collide_with_the_open_ones() -> None:
    target = Matrix(
        roles=[Role(id="qa", name="Quality")], activities=[Activity(id="test", name="T")]
    )
    result = merged(target, sheet_matrix())
    assert len({r.id for r in result.roles}) == len(result.roles)
    assert len({a.id for a in result.activities}) == len(result.activities)


def test_a_single_new_activity_is_a_single_edit_and_nothing_is_an_empty_batch() -> None:
    one = Matrix(activities=[Activity(id="x", name="Only")])
    assert isinstance(merge_edit(open_matrix(), one), InsertActivity)
    assert merge_edit(open_matrix(), Matrix()) == Batch(())


NAMES = st.sampled_from(["Developer", "developer ", "QA", "Project Manager", "PM", "财务"])


@st.composite
def imports(draw: st.DrawFn) -> Matrix:
    roles = [Role(id=f"r{i}", name=draw(NAMES)) for i in range(draw(st.integers(0, 4)))]
    acts = [Activity(id=f"a{i}", name=draw(NAMES)) for i in range(draw(st.integers(0, 4)))]
    m = Matrix(scheme=RASCI, roles=roles, activities=acts)
    for a in acts:
        for r in roles:
            letters = draw(st.sampled_from(["", "R", "S", "RA", "SI"]))
            m.put_cell(a.id, r.id, RASCI.normalise(letters), draw(st.sampled_from(["", "n"])))
    return m


@settings(max_examples=60, deadline=None)
@given(imports())
def test_any_import_applies_and_undoes_exactly(imported: Matrix) -> None:
    target = open_matrix()
    inverse = apply_edit(target, merge_edit(open_matrix(), imported))
    assert len(target.activities) == 1 + len(imported.activities)
    apply_edit(target, inverse)
    assert target == open_matrix()
