"""Rule settings and waivers travel in the native file and reach the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from raci_editor.cli import main
from raci_editor.core.edits import AddWaiver, SetRule, apply_edit
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rules import RuleSetting, Severity, Waiver
from raci_editor.storage import native
from raci_editor.storage.errors import FileError


def draft() -> Matrix:
    m = Matrix(
        title="Launch",
        roles=[Role(id="dir", name="Director"), Role(id="fin", name="Finance")],
        activities=[Activity(id="budget", name="Budget"), Activity(id="crisis", name="Crisis")],
        letters={"budget": {"dir": "RA", "fin": "A"}, "crisis": {"dir": "R"}},
    )
    apply_edit(m, SetRule("too-many-consulted", RuleSetting(True, Severity.INFO, 1)))
    apply_edit(m, SetRule("no-responsible", RuleSetting(False, Severity.ERROR)))
    apply_edit(m, AddWaiver(Waiver("multiple-accountable", "budget", None, "Shared", "Li Wei")))
    return m


def test_rules_and_waivers_round_trip_and_read_well() -> None:
    m = draft()
    text = native.dumps(m)
    assert native.loads(text) == m
    data = json.loads(text)
    assert list(data)[-2:] == ["rules", "waivers"]
    assert data["rules"]["no-responsible"] == {"enabled": False, "severity": "error"}
    assert data["rules"]["too-many-consulted"]["threshold"] == 1
    assert data["waivers"] == [
        {
            "rule": "multiple-accountable",
            "activity": "budget",
            "role": None,
            "reason": "Shared",
            "by": "Li Wei",
        }
    ]


def test_a_matrix_without_settings_writes_neither_key() -> None:
    data = json.loads(native.dumps(Matrix()))
    assert "rules" not in data
    assert "waivers" not in data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"rules": {"made-up": {}}}, "rules.made-up: unknown rule"),
        ({"rules": {"no-accountable": {"severity": "fatal"}}}, "must be error, warning or info"),
        ({"rules": {"no-accountable": {"threshold": 2}}}, "has no threshold"),
        ({"rules": {"no-accountable": {"enabled": "yes"}}}, "rules.no-accountable.enabled"),
        ({"rules": []}, "rules: must be an object"),
        ({"waivers": {}}, "waivers: must be a list"),
        ({"waivers": [{"rule": "no-accountable", "reason": "x"}]}, r"waivers\[0\]\.by: is missing"),
        (
            {"waivers": [{"rule": "no-accountable", "activity": "nope", "reason": "x", "by": "y"}]},
            r"waivers\[0\]\.activity: there is no activity",
        ),
        (
            {"waivers": [{"rule": "no-accountable", "reason": " ", "by": "y"}]},
            r"waivers\[0\]\.reason: must not be blank",
        ),
    ],
)
def test_broken_rules_and_waivers_are_refused_with_the_place(
    change: dict[str, object], message: str
) -> None:
    data = json.loads(native.dumps(draft()))
    data.pop("rules")
    data.pop("waivers")
    data.update(change)
    with pytest.raises(FileError, match=message):
        native.from_data(data, "x.raci.json")


def test_validate_reports_waivers_and_does_not_count_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "launch.raci.json"
    native.save(draft(), path)
    assert main(["validate", str(path), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    [multi] = [f for f in report["findings"] if f["rule"] == "multiple-accountable"]
    assert multi["waived"] == {"reason": "Shared", "by": "Li Wei"}
    assert report["errors"] == 1  # only the crisis has no A; the waived one does not count
    assert main(["validate", str(path)]) == 1
    text = capsys.readouterr().out
    assert "[waived by Li Wei: Shared]" in text
    assert text.splitlines()[-1] == "1 errors, 0 warnings"
