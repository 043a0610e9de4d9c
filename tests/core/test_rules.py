"""The rules of RULES.md fire exactly when they should."""

from __future__ import annotations

import pytest

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rules import (
    RULES,
    Finding,
    RuleConfig,
    RuleSetting,
    Severity,
    validate,
)
from raci_editor.core.scheme import BUILTIN_SCHEMES, LetterDef, Scheme


def grid(rows: list[str], scheme: Scheme | None = None, roles: int | None = None) -> Matrix:
    """A matrix from rows like ``"R A . C"`` (``.`` empty, ``RA`` combined)."""
    n_roles = roles if roles is not None else max((len(r.split()) for r in rows), default=0)
    m = Matrix(
        scheme=scheme or BUILTIN_SCHEMES["RACI"],
        roles=[Role(id=f"r{i}", name=f"Role {i}") for i in range(n_roles)],
        activities=[Activity(id=f"a{i}", name=f"Task {i}") for i in range(len(rows))],
    )
    for i, row in enumerate(rows):
        for j, cell in enumerate(row.split()):
            if cell != ".":
                m.put_cell(f"a{i}", f"r{j}", m.scheme.normalise(cell), "")
    return m


def rules_of(findings: list[Finding]) -> list[tuple[str, str | None, str | None]]:
    return [(f.rule, f.activity_id, f.role_id) for f in findings]


def fired(m: Matrix, rule: str, config: RuleConfig | None = None) -> list[Finding]:
    return [f for f in validate(m, config) if f.rule == rule]


def test_a_clean_matrix_has_no_findings() -> None:
    m = grid(["A R C . .", ". A R C .", ". . A R I", "I . . A R", "R C . . A"])
    assert validate(m) == []


def test_no_accountable_and_multiple_accountable() -> None:
    m = grid(["R C . .", "RA A . .", "A A A R"])
    assert rules_of(fired(m, "no-accountable")) == [("no-accountable", "a0", None)]
    multi = fired(m, "multiple-accountable")
    assert rules_of(multi) == [
        ("multiple-accountable", "a1", None),
        ("multiple-accountable", "a2", None),
    ]
    assert multi[1].severity is Severity.ERROR
    assert "3 roles are Accountable (Role 0, Role 1, Role 2)" in multi[1].message


def test_combined_letters_count_for_both() -> None:
    m = grid(["RA C", "C RA"])
    assert fired(m, "no-accountable") == []
    assert fired(m, "no-responsible") == []


def test_an_empty_activity_gets_exactly_two_findings() -> None:
    m = grid(["R A C I", ". . . ."])
    row = [f.rule for f in validate(m) if f.activity_id == "a1"]
    assert row == ["no-accountable", "no-responsible"]


@pytest.mark.parametrize(
    ("rule", "letter", "limit"),
    [
        ("too-many-responsible", "R", 3),
        ("too-many-consulted", "C", 3),
        ("too-many-informed", "I", 5),
    ],
)
def test_thresholds_mean_more_than_n(rule: str, letter: str, limit: int) -> None:
    at_limit = grid([" ".join(["A", *[letter] * limit, "R" if letter != "R" else "."])])
    over = grid([" ".join(["A", *[letter] * (limit + 1), "R" if letter != "R" else "."])])
    assert fired(at_limit, rule) == []
    assert len(fired(over, rule)) == 1
    assert fired(over, rule)[0].severity is RULES[rule].severity


def test_threshold_is_configurable() -> None:
    m = grid(["A R R ."])
    config = RuleConfig({"too-many-responsible": RuleSetting(True, Severity.ERROR, 1)})
    [finding] = fired(m, "too-many-responsible", config)
    assert finding.severity is Severity.ERROR


def test_everyone_involved_needs_four_roles() -> None:
    assert fired(grid(["A R C"]), "everyone-involved") == []
    assert len(fired(grid(["A R C I"]), "everyone-involved")) == 1


def test_unused_role_and_no_ownership() -> None:
    m = grid(["A R C .", "A R C ."])
    assert rules_of(fired(m, "unused-role")) == [("unused-role", None, "r3")]
    assert rules_of(fired(m, "no-ownership")) == [("no-ownership", None, "r2")]
    assert fired(m, "no-ownership")[0].severity is Severity.INFO


def test_load_rules_need_five_activities() -> None:
    four = grid(["A R", "A R", "A R", "A R"])
    assert fired(four, "overloaded-role") == []
    assert fired(four, "everywhere-role") == []
    five = grid(["A R C", "A R C", "A R C", "A R C", "A R C"])
    assert {f.role_id for f in fired(five, "overloaded-role")} == {"r0", "r1"}
    assert [f.role_id for f in fired(five, "too-many-accountable")] == ["r0"]
    assert {f.role_id for f in fired(five, "everywhere-role")} == {"r0", "r1", "r2"}


def test_overload_is_more_than_sixty_percent() -> None:
    # role 0 is R or A on 3 of 5 activities: exactly 60 %, not more
    m = grid(["A R .", "A R .", "R A .", "C A R", "C A R"])
    assert "r0" not in {f.role_id for f in fired(m, "overloaded-role")}
    assert "r1" in {f.role_id for f in fired(m, "overloaded-role")}
    # role 1 is A on 3 of 5 = 60 % > 50 %
    assert [f.role_id for f in fired(m, "too-many-accountable")] == ["r1"]


def test_duplicates_are_found_trimmed_and_case_insensitive() -> None:
    m = grid(["A R", "R A", "A R"])
    m.activities[2] = Activity(id="a2", name="  task 0 ")
    m.roles[1] = Role(id="r1", name="ROLE 0")
    assert rules_of(fired(m, "duplicate-activity")) == [("duplicate-activity", "a2", None)]
    assert rules_of(fired(m, "duplicate-role")) == [("duplicate-role", None, "r1")]


def test_accountable_is_responsible_is_off_by_default() -> None:
    m = grid(["RA C"])
    assert fired(m, "accountable-is-responsible") == []
    on = RuleConfig({"accountable-is-responsible": RuleSetting(True, Severity.INFO)})
    assert rules_of(fired(m, "accountable-is-responsible", on)) == [
        ("accountable-is-responsible", "a0", "r0")
    ]


def test_a_rule_can_be_switched_off() -> None:
    m = grid(["R C"])
    off = RuleConfig({"no-accountable": RuleSetting(False, Severity.ERROR)})
    assert fired(m, "no-accountable", off) == []


def test_findings_come_by_activity_then_role_then_rule() -> None:
    m = grid([". . . .", "A A R .", "A R . ."])
    keys = [(f.activity_id, f.role_id, f.rule) for f in validate(m)]
    assert keys == [
        ("a0", None, "no-accountable"),
        ("a0", None, "no-responsible"),
        ("a1", None, "multiple-accountable"),
        (None, "r3", "unused-role"),
    ]


def test_daci_uses_driver_as_responsible() -> None:
    m = grid(["D A C", "A C I"], scheme=BUILTIN_SCHEMES["DACI"])
    [finding] = fired(m, "no-responsible")
    assert finding.activity_id == "a1"
    assert finding.message == "No role is Driver for this activity."


def test_a_scheme_without_accountable_skips_the_a_rules() -> None:
    ps = Scheme(
        name="P/S",
        letters=(LetterDef(letter="P", name="Primary"), LetterDef(letter="S", name="Support")),
        responsible="P",
    )
    m = grid(["P S", "S S"], scheme=ps)
    assert {f.rule for f in validate(m)} == {"no-responsible", "no-ownership"}
    assert fired(m, "no-ownership")[0].message == "This role is never Primary."


def test_read_findings_follow_the_configured_severity() -> None:
    m = grid(["A R"])
    extra = [Finding("unknown-code", Severity.ERROR, "'X' is not a letter", "a0", "r1")]
    assert rules_of(validate(m, extra=extra)) == [("unknown-code", "a0", "r1")]
    off = RuleConfig({"unknown-code": RuleSetting(False, Severity.ERROR)})
    assert validate(m, off, extra) == []
