"""The matrix keeps its invariants and answers look-ups."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from raci_editor.core.model import Activity, Matrix, Role, invariant_problems
from raci_editor.core.scheme import DACI


def make() -> Matrix:
    return Matrix(
        title="Launch",
        roles=[Role(id="dir", name="Director"), Role(id="pm", name="PM", group="Tactical")],
        activities=[Activity(id="plan", name="Plan"), Activity(id="ship", name="Ship")],
        letters={"plan": {"dir": "A", "pm": "R"}, "ship": {"pm": "RA"}},
        notes={"ship": {"dir": "only if late"}},
    )


def test_look_ups_answer_by_id() -> None:
    m = make()
    assert m.role_index("pm") == 1
    assert m.activity("ship").name == "Ship"
    assert m.cell("ship", "pm") == "RA"
    assert m.cell("ship", "dir") == ""
    assert m.note("ship", "dir") == "only if late"
    assert list(m.column("pm")) == [("plan", "R"), ("ship", "RA")]


def test_unknown_id_is_a_readable_error() -> None:
    with pytest.raises(ValueError, match="no role with id 'cfo'"):
        make().role("cfo")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"roles": [Role(id="x", name="A"), Role(id="x", name="B")]}, r"roles\[1\]\.id: id 'x'"),
        ({"letters": {"plan": {"cfo": "A"}}}, r"assignments\.plan\.cfo: there is no role"),
        ({"letters": {"nope": {"dir": "A"}}}, r"assignments\.nope: there is no activity"),
        ({"letters": {"plan": {"dir": "X"}}}, r"X not in the RACI scheme"),
        ({"letters": {"plan": {"dir": "AR"}}}, r"must be unique and in scheme order"),
        ({"notes": {"plan": {"cfo": "?"}}}, r"assignments\.plan\.cfo: there is no role"),
    ],
)
def test_invariants_are_enforced_with_the_place(change: dict[str, object], message: str) -> None:
    data = make().model_dump() | change
    with pytest.raises(ValidationError, match=message):
        Matrix.model_validate(data)


def test_blank_names_are_refused() -> None:
    with pytest.raises(ValidationError, match="must not be blank"):
        Role(id="r", name="   ")
    with pytest.raises(ValidationError, match="must not be blank"):
        Activity(id="  ", name="Plan")


def test_names_and_groups_are_trimmed() -> None:
    role = Role(id="r", name="  Brand Manager\u00a0", group=" Tactical ")
    assert (role.name, role.group) == ("Brand Manager", "Tactical")


def test_letters_must_belong_to_the_matrix_scheme() -> None:
    data = make().model_dump() | {"scheme": DACI}
    with pytest.raises(ValidationError, match=r"R not in the DACI scheme"):
        Matrix.model_validate(data)


def test_equality_ignores_look_up_caches() -> None:
    a, b = make(), make()
    a.role_index("pm")
    assert a == b
    b.put_cell("plan", "pm", "", "")
    assert a != b


def test_put_cell_removes_empty_rows() -> None:
    m = make()
    m.put_cell("ship", "pm", "", "")
    assert "ship" not in m.letters
    m.put_cell("ship", "dir", "", "")
    assert m.notes == {}


def test_a_valid_matrix_has_no_problems() -> None:
    assert list(invariant_problems(make())) == []


def test_copy_deep_is_independent() -> None:
    m = make()
    c = m.copy_deep()
    c.put_cell("plan", "dir", "C", "")
    assert m.cell("plan", "dir") == "A"
    assert c != m


def test_ids_with_surrounding_space_are_refused() -> None:
    with pytest.raises(ValidationError, match="must not start or end with white space"):
        Role(id=" r ", name="R")
