"""Rule settings and waivers belong to the matrix, are undoable, and change what counts."""

from __future__ import annotations

import pytest

from raci_editor.core.edits import (
    AddWaiver,
    RemoveActivity,
    RemoveWaiver,
    SetRule,
    apply_edit,
)
from raci_editor.core.errors import ModelError
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rules import RuleSetting, Severity, Waiver, validate


def draft() -> Matrix:
    return Matrix(
        roles=[Role(id="dir", name="Director"), Role(id="fin", name="Finance")],
        activities=[Activity(id="budget", name="Budget"), Activity(id="crisis", name="Crisis")],
        letters={"budget": {"dir": "RA", "fin": "A"}, "crisis": {"dir": "R"}},
    )


WAIVER = Waiver("multiple-accountable", "budget", None, "Shared sign-off by design", "Li Wei")


def test_a_waived_finding_is_listed_but_marked() -> None:
    m = draft()
    apply_edit(m, AddWaiver(WAIVER))
    [multi] = [f for f in validate(m) if f.rule == "multiple-accountable"]
    assert multi.waiver == WAIVER


def test_a_waiver_whose_finding_is_gone_is_stale() -> None:
    m = draft()
    apply_edit(m, AddWaiver(Waiver("no-accountable", "budget", None, "n/a", "Li")))
    stale = [f for f in validate(m) if f.rule == "stale-waiver"]
    assert [(f.activity_id, f.severity) for f in stale] == [("budget", Severity.INFO)]
    assert "no-accountable" in stale[0].message


def test_waivers_are_undoable_and_unique() -> None:
    m = draft()
    undo = apply_edit(m, AddWaiver(WAIVER))
    with pytest.raises(ModelError, match="already waived"):
        apply_edit(m, AddWaiver(WAIVER))
    apply_edit(m, undo)
    assert m == draft()
    with pytest.raises(ModelError, match="no waiver"):
        apply_edit(m, RemoveWaiver(*WAIVER.key))


def test_a_waiver_needs_a_reason_and_a_name() -> None:
    with pytest.raises(ModelError, match="reason"):
        apply_edit(draft(), AddWaiver(Waiver("no-accountable", "crisis", None, " ", "Li")))


def test_removing_an_activity_takes_its_waivers_and_undo_restores_them() -> None:
    m = draft()
    apply_edit(m, AddWaiver(WAIVER))
    undo = apply_edit(m, RemoveActivity("budget"))
    assert m.waivers == []
    apply_edit(m, undo)
    assert m.waivers == [WAIVER]


def test_rule_settings_change_severity_threshold_and_on_off() -> None:
    m = draft()
    undo = apply_edit(m, SetRule("no-responsible", RuleSetting(False, Severity.ERROR)))
    assert not [f for f in validate(m) if f.rule == "no-responsible"]
    apply_edit(m, undo)
    assert m.rules == {}
    apply_edit(m, SetRule("no-accountable", RuleSetting(True, Severity.WARNING)))
    [no_a] = [f for f in validate(m) if f.rule == "no-accountable"]
    assert no_a.severity is Severity.WARNING


@pytest.mark.parametrize(
    ("rule", "setting", "message"),
    [
        ("no-accountable", RuleSetting(True, Severity.ERROR, 3), "has no threshold"),
        ("overloaded-role", RuleSetting(True, Severity.ERROR, 150), "0 to 100"),
        ("nonsense", RuleSetting(True, Severity.ERROR), "unknown rule"),
    ],
)
def test_invalid_settings_are_refused(rule: str, setting: RuleSetting, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        apply_edit(draft(), SetRule(rule, setting))


def test_setting_the_default_stores_nothing() -> None:
    m = draft()
    apply_edit(m, SetRule("too-many-consulted", RuleSetting(True, Severity.WARNING, 3)))
    assert m.rules == {}
