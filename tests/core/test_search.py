"""Finding text in a matrix, and what a role is responsible or accountable for."""

from __future__ import annotations

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.scheme import BUILTIN_SCHEMES
from raci_editor.core.search import (
    Match,
    find,
    fold,
    is_responsible_or_accountable,
    responsible_or_accountable,
)


def make() -> Matrix:
    return Matrix(
        roles=[
            Role(id="dir", name="Marketing Director", group="Strategic"),
            Role(id="brand", name="Brand Manager", group="Strategic"),
            Role(id="writer", name="Content Writer", group="Operational"),
            Role(id="fin", name="Finance"),
        ],
        activities=[
            Activity(id="plan", name="Set the annual plan", group="Planning"),
            Activity(id="budget", name="Plan the budget", group="Planning"),
            Activity(id="blog", name="Write the blog", group="Content"),
            Activity(id="cafe", name="Café meetings"),
        ],
        letters={
            "plan": {"dir": "A", "writer": "R", "fin": "C"},
            "budget": {"fin": "RA"},
            "blog": {"writer": "R", "dir": "I"},
            "cafe": {"brand": "A"},
        },
        notes={
            "blog": {"writer": "Two posts a WEEK", "dir": "read the plan first"},
            "cafe": {"fin": "weekly"},
        },
    )


def test_an_empty_or_blank_search_finds_nothing() -> None:
    assert find(make(), "") == []
    assert find(make(), "   ") == []


def test_finds_activity_names_case_insensitively() -> None:
    assert find(make(), "BLOG") == [Match("activity", "blog", None, "name")]


def test_finds_notes_with_their_cell() -> None:
    assert find(make(), "week") == [
        Match("note", "blog", "writer", "note"),
        Match("note", "cafe", "fin", "note"),
    ]


def test_finds_a_group_once_per_run_of_activities() -> None:
    assert find(make(), "planning") == [Match("activity", "plan", None, "group")]


def test_finds_role_names_and_role_groups_once_per_run() -> None:
    assert find(make(), "strategic") == [Match("role", None, "dir", "group")]
    assert find(make(), "manager") == [Match("role", None, "brand", "name")]


def test_matches_come_in_grid_order() -> None:
    found = find(make(), "plan")
    assert found == [
        Match("activity", "plan", None, "group"),
        Match("activity", "plan", None, "name"),
        Match("activity", "budget", None, "name"),
        Match("note", "blog", "dir", "note"),
    ]


def test_notes_follow_the_role_order_not_the_note_order() -> None:
    matrix = make()
    found = find(matrix, "e")
    blog_notes = [m.role_id for m in found if m.kind == "note" and m.activity_id == "blog"]
    assert blog_notes == ["dir", "writer"]


def test_roles_come_after_all_activities() -> None:
    found = find(make(), "r")
    kinds = [m.kind for m in found]
    first_role = kinds.index("role")
    assert all(kind == "role" for kind in kinds[first_role:])


def test_accents_and_width_do_not_matter() -> None:
    assert find(make(), "cafe") == [Match("activity", "cafe", None, "name")]
    assert find(make(), "ＣＡＦＥ") == [Match("activity", "cafe", None, "name")]
    assert fold("Straße") == fold("STRASSE")


def test_chinese_text_is_found() -> None:
    matrix = Matrix(activities=[Activity(id="a", name="制定年度营销计划")])
    assert find(matrix, "营销") == [Match("activity", "a", None, "name")]


def test_responsible_or_accountable_takes_either_letter() -> None:
    matrix = make()
    assert responsible_or_accountable(matrix, "dir") == {"plan"}
    assert responsible_or_accountable(matrix, "fin") == {"budget"}
    assert responsible_or_accountable(matrix, "writer") == {"plan", "blog"}
    assert is_responsible_or_accountable(matrix, "plan", "writer")
    assert not is_responsible_or_accountable(matrix, "plan", "fin")


def test_responsible_or_accountable_follows_the_scheme() -> None:
    daci = BUILTIN_SCHEMES["DACI"]
    matrix = Matrix(
        scheme=daci,
        roles=[Role(id="r", name="Role")],
        activities=[Activity(id=f"a{n}", name=f"A{n}") for n in range(len(daci.alphabet))],
        letters={f"a{n}": {"r": letter} for n, letter in enumerate(daci.alphabet)},
    )
    wanted = {daci.responsible, daci.accountable} - {None}
    expected = {f"a{n}" for n, letter in enumerate(daci.alphabet) if letter in wanted}
    assert responsible_or_accountable(matrix, "r") == expected
