"""Every threshold rule below, at and above its threshold, and the A/R rules in every scheme."""

from __future__ import annotations

import pytest

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rules import Severity, validate
from raci_editor.core.scheme import BUILTIN_SCHEMES, LetterDef, Scheme

PS = Scheme(
    name="P/S",
    letters=(LetterDef(letter="P", name="Primary"), LetterDef(letter="S", name="Support")),
    accountable="P",
    responsible="S",
)
SCHEMES = [*BUILTIN_SCHEMES.values(), PS]


def matrix(rows: list[dict[int, str]], n_roles: int, scheme: Scheme | None = None) -> Matrix:
    m = Matrix(
        scheme=scheme or BUILTIN_SCHEMES["RACI"],
        roles=[Role(id=f"r{i}", name=f"Role {i}") for i in range(n_roles)],
        activities=[Activity(id=f"a{i}", name=f"Task {i}") for i in range(len(rows))],
    )
    for i, row in enumerate(rows):
        for j, letters in row.items():
            m.put_cell(f"a{i}", f"r{j}", m.scheme.normalise(letters), "")
    return m


def rules(m: Matrix, rule: str) -> list[tuple[str | None, str | None]]:
    return [(f.activity_id, f.role_id) for f in validate(m) if f.rule == rule]


@pytest.mark.parametrize(
    ("rule", "letter", "limit"),
    [
        ("too-many-responsible", "R", 3),
        ("too-many-consulted", "C", 3),
        ("too-many-informed", "I", 5),
    ],
)
@pytest.mark.parametrize("offset", [-1, 0, 1])
def test_row_thresholds_below_at_and_above(rule: str, letter: str, limit: int, offset: int) -> None:
    count = limit + offset
    row = {0: "A"}
    for j in range(1, count + 1):
        row[j] = letter
    if letter != "R":
        row[count + 1] = "R"
    m = matrix([row], n_roles=count + 3)
    assert rules(m, rule) == ([("a0", None)] if offset > 0 else [])


@pytest.mark.parametrize(("owning", "fires"), [(5, False), (6, False), (7, True)])
def test_overloaded_role_is_more_than_sixty_percent(owning: int, fires: bool) -> None:
    rows = [{0: "R", 1: "A"} if i < owning else {1: "R", 2: "A"} for i in range(10)]
    # role 0 is R on `owning` of 10 activities; role 1 is R or A on all (always fires)
    found = rules(matrix(rows, 3), "overloaded-role")
    assert ((None, "r0") in found) is fires


@pytest.mark.parametrize(("accountable", "fires"), [(4, False), (5, False), (6, True)])
def test_too_many_accountable_is_more_than_half(accountable: int, fires: bool) -> None:
    rows = [{0: "A", 1: "R"} if i < accountable else {1: "R", 2: "A"} for i in range(10)]
    found = rules(matrix(rows, 3), "too-many-accountable")
    assert ((None, "r0") in found) is fires


@pytest.mark.parametrize(("n_activities", "fires"), [(4, False), (5, True)])
def test_load_rules_start_at_five_activities(n_activities: int, fires: bool) -> None:
    m = matrix([{0: "RA", 1: "C"} for _ in range(n_activities)], 3)
    for rule in ("overloaded-role", "too-many-accountable", "everywhere-role"):
        assert ((None, "r0") in rules(m, rule)) is fires, rule


@pytest.mark.parametrize(("n_roles", "fires"), [(3, False), (4, True), (5, True)])
def test_everyone_involved_from_four_roles(n_roles: int, fires: bool) -> None:
    row = {0: "A", 1: "R", **{j: "I" for j in range(2, n_roles)}}
    assert bool(rules(matrix([row], n_roles), "everyone-involved")) is fires


def test_everyone_involved_not_when_one_role_is_missing() -> None:
    assert rules(matrix([{0: "A", 1: "R", 2: "C"}], 4), "everyone-involved") == []


def test_everywhere_role_needs_every_activity() -> None:
    rows = [{0: "I", 1: "RA"} for _ in range(5)]
    rows[4] = {1: "RA"}
    assert (None, "r0") not in rules(matrix(rows, 2), "everywhere-role")
    assert (None, "r1") in rules(matrix(rows, 2), "everywhere-role")


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_accountable_and_responsible_rules_in_every_scheme(scheme: Scheme) -> None:
    acc, resp = scheme.accountable, scheme.responsible
    assert acc
    assert resp
    rows = [
        {0: acc, 1: resp},  # clean
        {0: resp},  # no accountable
        {0: acc, 1: acc, 2: resp},  # two accountable
        {0: acc},  # no responsible
        {},  # empty row: exactly no-accountable and no-responsible
        {0: acc + resp},  # combined letters count for both
    ]
    m = matrix(rows, 3, scheme)
    assert rules(m, "no-accountable") == [("a1", None), ("a4", None)]
    assert rules(m, "multiple-accountable") == [("a2", None)]
    assert rules(m, "no-responsible") == [("a3", None), ("a4", None)]
    row_rules = {f.rule for f in validate(m) if f.activity_id == "a4"}
    assert row_rules == {"no-accountable", "no-responsible"}
    assert all(
        f.severity is Severity.ERROR
        for f in validate(m)
        if f.rule in ("no-accountable", "no-responsible", "multiple-accountable")
    )


def test_other_letters_do_not_count_as_responsible() -> None:
    rasci = BUILTIN_SCHEMES["RASCI"]
    m = matrix([{0: "A", 1: "S", 2: "C"}], 3, rasci)
    assert rules(m, "no-responsible") == [("a0", None)]
    cairo = BUILTIN_SCHEMES["CAIRO"]
    assert rules(matrix([{0: "A", 1: "O"}], 2, cairo), "no-responsible") == [("a0", None)]


def test_duplicates_one_finding_per_repeat() -> None:
    m = matrix([{0: "RA"}] * 4, 1)
    m.activities[:] = [
        Activity(id=f"a{i}", name=n) for i, n in enumerate(["Plan", " plan ", "PLAN", "Ship"])
    ]
    assert rules(m, "duplicate-activity") == [("a1", None), ("a2", None)]
