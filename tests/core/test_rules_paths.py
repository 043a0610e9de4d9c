"""The rules' fast paths for a whole matrix agree with the paths for a few rows or columns
(issue 10), and the model's shortcuts keep its errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci_editor.core.errors import ModelError
from raci_editor.core.model import Activity, Matrix, Role, invariant_problems
from raci_editor.core.rules import (
    RULES,
    Finding,
    RuleConfig,
    RuleSetting,
    Severity,
    activity_findings,
    role_findings,
    sort_findings,
)
from raci_editor.core.scheme import BUILTIN_SCHEMES, LetterDef, Scheme

PRIMARY_SUPPORT = Scheme(
    name="PS",
    letters=(LetterDef(letter="P", name="Primary"), LetterDef(letter="S", name="Support")),
    responsible="P",
)
TWELVE = Scheme(  # more letters than the rules list cell values for: they gather them
    name="Twelve",
    letters=tuple(LetterDef(letter=ch, name=f"Letter {ch}") for ch in "ABCDEFGHIJKL"),
    accountable="A",
    responsible="K",
)
SCHEMES = st.sampled_from([*BUILTIN_SCHEMES.values(), PRIMARY_SUPPORT, TWELVE])


@st.composite
def matrices(draw: st.DrawFn) -> Matrix:
    scheme = draw(SCHEMES)
    n_roles, n_acts = draw(st.integers(0, 6)), draw(st.integers(0, 8))
    matrix = Matrix(
        scheme=scheme,
        roles=[Role(id=f"r{i}", name=f"Role {i}") for i in range(n_roles)],
        activities=[Activity(id=f"a{i}", name=f"Task {i}") for i in range(n_acts)],
    )
    cells = st.sets(st.sampled_from(scheme.alphabet))
    for a in matrix.activities:
        for r in matrix.roles:
            chosen = draw(cells)
            if chosen:
                matrix.put_cell(a.id, r.id, scheme.normalise("".join(chosen)), "")
    return matrix


@st.composite
def configs(draw: st.DrawFn) -> RuleConfig:
    chosen = {}
    for rule_id in draw(st.sets(st.sampled_from(list(RULES)))):
        rule = RULES[rule_id]
        top = 100 if rule.unit == "%" else 5
        threshold = None if rule.threshold is None else draw(st.integers(0, top))
        chosen[rule_id] = RuleSetting(
            draw(st.booleans()), draw(st.sampled_from(Severity)), threshold
        )
    return RuleConfig(chosen)


@settings(max_examples=200, deadline=None)
@given(matrices(), configs())
def test_the_whole_matrix_gives_what_its_rows_and_columns_give_one_by_one(
    matrix: Matrix, config: RuleConfig
) -> None:
    role_ids = [r.id for r in matrix.roles]
    assert role_findings(matrix, config) == role_findings(matrix, config, role_ids)
    by_row = [f for a in matrix.activities for f in activity_findings(matrix, config, [a.id])]
    assert activity_findings(matrix, config, (a.id for a in matrix.activities)) == by_row


def test_an_unknown_activity_is_refused_by_the_row_rules() -> None:
    matrix = Matrix(activities=[Activity(id="a", name="A")])
    with pytest.raises(ModelError, match="there is no activity with id 'ghost'"):
        activity_findings(matrix, RuleConfig(), ["a", "ghost"])


def test_sorting_a_finding_about_a_missing_role_names_it() -> None:
    matrix = Matrix(roles=[Role(id="r", name="R")], activities=[Activity(id="a", name="A")])
    findings = [
        Finding("unused-role", Severity.WARNING, "m", None, "r"),
        Finding("unused-role", Severity.WARNING, "m", "a", "ghost"),
    ]
    with pytest.raises(ModelError, match="there is no role with id 'ghost'"):
        sort_findings(matrix, findings)


def test_invariants_without_the_cells_still_see_ids_and_waivers() -> None:
    matrix = Matrix.model_construct(
        roles=[Role(id="r", name="R"), Role(id="r", name="S")],
        activities=[Activity(id="a", name="A")],
        letters={"a": {"r": "AR"}, "ghost": {"r": "R"}},
        notes={},
        rules={},
        waivers=[],
    )
    everything = [str(message) for _, message in invariant_problems(matrix)]
    assert everything == [
        "id 'r' is already used by roles[0]",
        "letters 'AR' must be unique and in scheme order",
        "there is no activity with id 'ghost'",
    ]
    without_cells = [str(message) for _, message in invariant_problems(matrix, cells=False)]
    assert without_cells == ["id 'r' is already used by roles[0]"]


def test_positions_follow_inserted_and_removed_roles() -> None:
    matrix = Matrix(roles=[Role(id="a", name="A"), Role(id="b", name="B")])
    assert matrix.role_index("b") == 1
    matrix.insert_role(0, Role(id="c", name="C"))
    assert [matrix.role_index(x) for x in "cab"] == [0, 1, 2]
    matrix.pop_role(1)
    assert matrix.role_index("b") == 1
    assert not matrix.has_role("a")
    with pytest.raises(ModelError, match="there is no role with id 'a'"):
        matrix.role_index("a")
