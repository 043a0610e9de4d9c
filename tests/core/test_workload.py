"""Workload: letter counts per role and per activity, flags from the load rules, role cards."""

from __future__ import annotations

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rule_settings import Waiver
from raci_editor.core.rules import Finding, Severity, validate
from raci_editor.core.scheme import RASCI
from raci_editor.core.workload import (
    activity_counts,
    card_text,
    role_card,
    role_count_table,
    role_counts,
    role_loads,
)


def make() -> Matrix:
    """Six activities: the director is A everywhere, the writer R on most."""
    names = ["Plan", "Budget", "Blog", "Newsletter", "Launch", "Review"]
    groups = ["Planning", "Planning", "Content", "Content", "", "Planning"]
    return Matrix(
        roles=[
            Role(id="dir", name="Director"),
            Role(id="writer", name="Writer"),
            Role(id="fin", name="Finance"),
            Role(id="idle", name="Intern"),
        ],
        activities=[
            Activity(id=n.lower(), name=n, group=g) for n, g in zip(names, groups, strict=True)
        ],
        letters={
            "plan": {"dir": "A", "writer": "R", "fin": "C"},
            "budget": {"dir": "A", "fin": "R"},
            "blog": {"dir": "I", "writer": "RA"},
            "newsletter": {"dir": "A", "writer": "R"},
            "launch": {"dir": "A", "writer": "R", "fin": "I"},
            "review": {"dir": "RA"},
        },
    )


def test_role_counts_count_each_letter_of_a_combined_cell() -> None:
    matrix = make()
    assert role_counts(matrix, "writer") == {"R": 4, "A": 1, "C": 0, "I": 0}
    assert role_counts(matrix, "idle") == {"R": 0, "A": 0, "C": 0, "I": 0}


def test_role_count_table_agrees_with_role_counts() -> None:
    matrix = make()
    table = role_count_table(matrix)
    assert list(table) == ["dir", "writer", "fin", "idle"]
    for role in matrix.roles:
        assert table[role.id] == role_counts(matrix, role.id)


def test_activity_counts_count_roles_per_letter() -> None:
    matrix = make()
    assert activity_counts(matrix, "plan") == {"R": 1, "A": 1, "C": 1, "I": 0}
    assert activity_counts(matrix, "blog") == {"R": 1, "A": 1, "C": 0, "I": 1}


def test_counts_use_the_scheme_alphabet() -> None:
    matrix = Matrix(
        scheme=RASCI,
        roles=[Role(id="a", name="A")],
        activities=[Activity(id="x", name="X")],
        letters={"x": {"a": "S"}},
    )
    assert role_counts(matrix, "a") == {"R": 0, "A": 0, "S": 1, "C": 0, "I": 0}
    assert activity_counts(matrix, "x")["S"] == 1


def test_role_loads_sort_by_r_or_a_load_then_letters_then_order() -> None:
    loads = role_loads(make())
    assert [load.role_id for load in loads] == ["dir", "writer", "fin", "idle"]
    director = loads[0]
    assert director.load == 5  # A on plan, budget, newsletter, launch, review (blog is I)
    assert director.involved == 6
    assert director.share == 1.0
    assert loads[-1].share == 0.0


def test_role_loads_of_an_empty_matrix_have_no_share() -> None:
    matrix = Matrix(roles=[Role(id="a", name="A")])
    [load] = role_loads(matrix)
    assert (load.load, load.involved, load.share) == (0, 0, 0.0)


def test_load_rules_flag_roles_and_waived_findings_do_not() -> None:
    matrix = make()
    findings = validate(matrix)
    flagged = {load.role_id: load.flags for load in role_loads(matrix, findings)}
    assert "everywhere-role" in flagged["dir"]
    assert "overloaded-role" in flagged["dir"]
    assert flagged["idle"] == ()
    waived = [
        f._replace(waiver=Waiver(f.rule, f.activity_id, f.role_id, "planned", "Ana"))
        if f.role_id == "dir"
        else f
        for f in findings
    ]
    flagged = {load.role_id: load.flags for load in role_loads(matrix, waived)}
    assert flagged["dir"] == ()


def test_other_rules_do_not_flag_a_role() -> None:
    finding = Finding("unused-role", Severity.WARNING, "No letters.", role_id="idle")
    [*_, idle] = role_loads(make(), [finding])
    assert idle.flags == ()


def test_role_card_lists_accountable_first_grouped_in_matrix_order() -> None:
    card = role_card(make(), "dir")
    assert list(card.by_letter) == ["A", "R", "I"]
    assert card.by_letter["A"] == [
        ("Planning", ["Plan", "Budget"]),
        ("Content", ["Newsletter"]),
        ("", ["Launch"]),
        ("Planning", ["Review"]),
    ]
    assert card.by_letter["I"] == [("Content", ["Blog"])]


def test_card_text_is_plain_text_by_letter_and_group() -> None:
    matrix = make()
    text = card_text(matrix, role_card(matrix, "writer"))
    assert text.splitlines()[:4] == ["Writer", "", "Accountable (A):", "  Content"]
    assert "    - Blog" in text
    assert "Responsible (R):" in text
    assert "  - Launch" in text  # no group: one indent less
    assert text.endswith("\n")


def test_card_text_of_a_role_without_letters_says_so() -> None:
    matrix = make()
    assert "No letters in this matrix." in card_text(matrix, role_card(matrix, "idle"))
    assert "Nichts" in card_text(matrix, role_card(matrix, "idle"), "Nichts")
