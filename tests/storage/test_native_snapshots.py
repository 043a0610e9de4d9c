"""Snapshots in the native file: written at the end, read back exactly, bad ones named by place."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from raci_editor.core.edits import RemoveRole, SetInfo, apply_edit
from raci_editor.core.model import Activity, Matrix, Role, snapshot_of
from raci_editor.core.rule_settings import RuleSetting, Severity, Waiver
from raci_editor.core.scheme import BUILTIN_SCHEMES
from raci_editor.storage import native, recovery, xlsx_export
from raci_editor.storage.errors import FileError
from raci_editor.storage.formats import read_matrix
from tests.storage.test_native import PRIMARY_SUPPORT, pairs, rich_matrix

TAKEN = "2026-11-27T10:15:00"
SAMPLES = sorted((Path(__file__).parents[2] / "sample_projects").glob("*.raci.json"))


def small() -> Matrix:
    return Matrix(
        title="Launch",
        roles=[Role(id="boss", name="Boss")],
        activities=[Activity(id="plan", name="Plan")],
        letters={"plan": {"boss": "RA"}},
    )


def with_history() -> Matrix:
    """A rich matrix with two snapshots of earlier states, one under another scheme."""
    m = rich_matrix()
    m.rules["too-many-consulted"] = RuleSetting(True, Severity.INFO, 4)
    m.waivers.append(Waiver("no-accountable", "idle", None, "Not staffed yet", "Li Wei"))
    first = snapshot_of(m, "Before launch review", TAKEN)
    apply_edit(m, RemoveRole("dev"))
    apply_edit(m, SetInfo("Renamed", ""))
    older = Matrix(
        title="Pilot",
        scheme=PRIMARY_SUPPORT,
        roles=[Role(id="p", name="Pilot lead")],
        activities=[Activity(id="go", name="Go")],
        letters={"go": {"p": "PS"}},
        notes={"go": {"p": "first try"}},
    )
    m.snapshots = [snapshot_of(older, "Pilot", "2026-01-02T03:04:05"), first]
    return m


# -- round trips ----------------------------------------------------------


def test_snapshots_round_trip_exactly(tmp_path: Path) -> None:
    m = with_history()
    path = tmp_path / "m.raci.json"
    native.save(m, path)
    back = native.load(path)
    assert back == m
    assert [(s.name, s.taken) for s in back.snapshots] == [
        ("Pilot", "2026-01-02T03:04:05"),
        ("Before launch review", TAKEN),
    ]
    assert back.snapshots[0].matrix.scheme == PRIMARY_SUPPORT
    assert back.snapshots[1].matrix == rich_matrix().model_copy(
        update={"rules": m.rules, "waivers": m.waivers}
    )
    assert native.dumps(back) == path.read_text("utf-8")


def test_the_text_is_byte_stable() -> None:
    text = native.dumps(with_history())
    assert native.dumps(native.loads(text)) == text
    assert native.dumps(native.loads(text.encode("utf-8"))) == text
    assert native.dumps(native.from_data(json.loads(text))) == text


def test_snapshots_come_last_with_the_content_of_a_file_inside() -> None:
    top = pairs(native.dumps(with_history()))
    assert [k for k, _ in top] == [
        "schema_version",
        "title",
        "scheme",
        "roles",
        "activities",
        "assignments",
        "rules",
        "waivers",
        "snapshots",
    ]
    snapshot = dict(top)["snapshots"][1]
    assert [k for k, _ in snapshot] == ["name", "taken", "matrix"]
    inner = dict(dict(snapshot)["matrix"])
    assert list(inner) == [
        "title",
        "description",
        "scheme",
        "roles",
        "activities",
        "assignments",
        "rules",
        "waivers",
    ]


def test_a_small_matrix_with_a_snapshot_is_written_exactly_so() -> None:
    m = small()
    m.snapshots.append(snapshot_of(m, "Before", TAKEN))
    m.put_cell("plan", "boss", "A", "")
    assert native.dumps(m).endswith(
        '  "assignments": {\n'
        '    "plan": {\n'
        '      "boss": "A"\n'
        "    }\n"
        "  },\n"
        '  "snapshots": [\n'
        "    {\n"
        '      "name": "Before",\n'
        '      "taken": "2026-11-27T10:15:00",\n'
        '      "matrix": {\n'
        '        "title": "Launch",\n'
        '        "scheme": "RACI",\n'
        '        "roles": [\n'
        "          {\n"
        '            "id": "boss",\n'
        '            "name": "Boss"\n'
        "          }\n"
        "        ],\n"
        '        "activities": [\n'
        "          {\n"
        '            "id": "plan",\n'
        '            "name": "Plan"\n'
        "          }\n"
        "        ],\n"
        '        "assignments": {\n'
        '          "plan": {\n'
        '            "boss": "R/A"\n'
        "          }\n"
        "        }\n"
        "      }\n"
        "    }\n"
        "  ]\n"
        "}\n"
    )


def test_a_matrix_without_snapshots_is_written_as_before() -> None:
    text = native.dumps(small())
    assert '"snapshots"' not in text
    assert native.dumps(small()) == json.dumps(native.to_data(small()), indent=2) + "\n"
    assert native.loads(text).snapshots == []


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_the_samples_are_read_and_written_byte_for_byte(sample: Path) -> None:
    text = sample.read_text("utf-8")
    assert native.dumps(native.loads(text)) == text


def test_an_empty_list_of_snapshots_reads_as_none() -> None:
    data = native.to_data(small())
    data["snapshots"] = []
    back = native.from_data(data)
    assert back == small()
    assert '"snapshots"' not in native.dumps(back)


def test_to_data_leaves_the_snapshots_out_unless_asked() -> None:
    m = with_history()
    assert "snapshots" not in native.to_data(m)
    assert native.from_data(native.to_data(m)).snapshots == []
    assert len(native.to_data(m, snapshots=True)["snapshots"]) == 2


def test_a_snapshot_read_from_the_callers_data_shares_none_of_its_rows() -> None:
    data = json.loads(native.dumps(with_history()))
    before = json.dumps(data)
    m = native.from_data(data)
    content = m.snapshots[1].matrix
    content.put_cell("plan", "zhang", "", "")
    content.put_cell("launch", "dev", "", "")
    assert json.dumps(data) == before


def test_a_recovery_copy_keeps_the_snapshots(tmp_path: Path) -> None:
    m = with_history()
    copy = recovery.write_copy(
        tmp_path, "1-1", native.dumps(m), path=None, source=None, name="Untitled"
    )
    assert native.load(copy) == m


def test_an_xlsx_export_carries_no_snapshots(tmp_path: Path) -> None:
    m = with_history()
    path = tmp_path / "meeting.xlsx"
    xlsx_export.save(m, path)
    back = read_matrix(path).matrix
    assert back.snapshots == []
    m.snapshots = []
    assert back == m


def test_validate_checks_the_current_matrix_only(tmp_path: Path) -> None:
    from raci_editor.cli import main

    m = small()
    broken = small()
    broken.put_cell("plan", "boss", "", "")  # no R and no A: errors, but only in the snapshot
    m.snapshots.append(snapshot_of(broken, "Draft", TAKEN))
    path = tmp_path / "m.raci.json"
    native.save(m, path)
    assert main(["validate", str(path)]) == 0


# -- bad snapshots --------------------------------------------------------


def file_with(change: Callable[[dict[str, Any]], object]) -> str:
    m = small()
    m.snapshots.append(snapshot_of(m, "Before", TAKEN))
    data = json.loads(native.dumps(m))
    change(data)
    return json.dumps(data)


def first(data: dict[str, Any]) -> dict[str, Any]:
    snapshot: dict[str, Any] = data["snapshots"][0]
    return snapshot


def inner(data: dict[str, Any]) -> dict[str, Any]:
    content: dict[str, Any] = first(data)["matrix"]
    return content


NESTED = {"name": "x", "taken": TAKEN, "matrix": {}}

BAD_SNAPSHOTS: list[tuple[str, Callable[[dict[str, Any]], object], str]] = [
    ("snapshots an object", lambda d: d.update(snapshots={}), "snapshots: must be a list"),
    ("snapshots null", lambda d: d.update(snapshots=None), "snapshots: must be a list"),
    ("a snapshot a number", lambda d: d["snapshots"].append(3), "snapshots[1]: must be an object"),
    ("blank name", lambda d: first(d).update(name=" \t"), "snapshots[0].name: must not be blank"),
    ("name a number", lambda d: first(d).update(name=7), "snapshots[0].name: must be text"),
    ("name missing", lambda d: first(d).pop("name"), "snapshots[0].name: is missing"),
    (
        "time without seconds",
        lambda d: first(d).update(taken="2026-11-27T10:15"),
        "snapshots[0].taken: must be a local date and time like 2026-11-27T10:15:00",
    ),
    (
        "time not a date",
        lambda d: first(d).update(taken="2026-02-30T10:15:00"),
        "snapshots[0].taken: must be a local date and time",
    ),
    ("time a number", lambda d: first(d).update(taken=20261127), "snapshots[0].taken: must be"),
    (
        "unknown field",
        lambda d: first(d).update(author="Kim"),
        "snapshots[0].author: is not a known field",
    ),
    ("matrix a list", lambda d: first(d).update(matrix=[]), "snapshots[0].matrix: must be an"),
    ("matrix missing", lambda d: first(d).pop("matrix"), "snapshots[0].matrix: is missing"),
    (
        "a snapshot holding snapshots",
        lambda d: inner(d).update(snapshots=[NESTED]),
        "snapshots[0].matrix.snapshots: a snapshot cannot hold snapshots of its own",
    ),
    (
        "an empty list of nested snapshots",
        lambda d: inner(d).update(snapshots=[]),
        "snapshots[0].matrix.snapshots: a snapshot cannot hold snapshots",
    ),
    (
        "a version inside",
        lambda d: inner(d).update(schema_version=1),
        "snapshots[0].matrix.schema_version: is not a known field",
    ),
    (
        "unknown role in the letters",
        lambda d: inner(d)["assignments"]["plan"].update(ghost="R"),
        "snapshots[0].matrix.assignments.plan.ghost: there is no role with id 'ghost'",
    ),
    (
        "unknown activity in the letters",
        lambda d: inner(d)["assignments"].update(ghost={"boss": "R"}),
        "snapshots[0].matrix.assignments.ghost: there is no activity with id 'ghost'",
    ),
    (
        "a letter not in the scheme",
        lambda d: inner(d)["assignments"]["plan"].update(boss="R/Q"),
        "snapshots[0].matrix.assignments.plan.boss: 'Q' is not a letter of the RACI scheme",
    ),
    (
        "a cell a number",
        lambda d: inner(d)["assignments"]["plan"].update(boss=5),
        "snapshots[0].matrix.assignments.plan.boss: must be letters",
    ),
    ("title a number", lambda d: inner(d).update(title=5), "snapshots[0].matrix.title: must be"),
    (
        "roles an object",
        lambda d: inner(d).update(roles={}),
        "snapshots[0].matrix.roles: must be a list",
    ),
    (
        "blank role name",
        lambda d: inner(d)["roles"][0].update(name=" "),
        "snapshots[0].matrix.roles[0].name: must not be blank",
    ),
    (
        "a duplicate role id",
        lambda d: inner(d)["roles"].append({"id": "boss", "name": "Again"}),
        "snapshots[0].matrix.roles[1].id: id 'boss' is already used by roles[0]",
    ),
    ("an unknown scheme", lambda d: inner(d).update(scheme="XYZ"), "snapshots[0].matrix: scheme:"),
    (
        "an unknown rule",
        lambda d: inner(d).update(rules={"nope": {}}),
        "snapshots[0].matrix: rules.nope: unknown rule",
    ),
    (
        "a waiver of a missing activity",
        lambda d: inner(d).update(
            waivers=[{"rule": "no-accountable", "activity": "zz", "reason": "r", "by": "b"}]
        ),
        "snapshots[0].matrix.waivers[0].activity: there is no activity with id 'zz'",
    ),
    (
        "NaN in a snapshot",
        lambda d: inner(d).update(title=float("nan")),
        "snapshots[0].matrix.title: NaN is not allowed",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [case[1:] for case in BAD_SNAPSHOTS],
    ids=[case[0] for case in BAD_SNAPSHOTS],
)
def test_a_bad_snapshot_is_named_by_its_place_in_one_line(
    change: Callable[[dict[str, Any]], object], expected: str
) -> None:
    with pytest.raises(FileError) as info:
        native.loads(file_with(change), "m.raci.json")
    message = str(info.value)
    assert message.startswith("m.raci.json: ")
    assert expected in message
    assert "\n" not in message
    assert "Input should" not in message


def test_a_bad_second_snapshot_is_named_by_its_index() -> None:
    m = small()
    m.snapshots = [snapshot_of(m, "A", TAKEN), snapshot_of(m, "B", TAKEN)]
    data = json.loads(native.dumps(m))
    data["snapshots"][1]["matrix"]["roles"][0]["name"] = ""
    with pytest.raises(FileError, match=r"snapshots\[1\]\.matrix\.roles\[0\]\.name: must not be"):
        native.from_data(data, "m.raci.json")


def test_the_current_matrix_is_checked_before_the_snapshots() -> None:
    def both(data: dict[str, Any]) -> None:
        data["title"] = 1
        inner(data)["title"] = 2

    with pytest.raises(FileError, match=r"m.raci.json: title: must be text"):
        native.loads(file_with(both), "m.raci.json")


def test_a_snapshot_under_another_builtin_scheme_reads_its_own_letters() -> None:
    old = Matrix(
        scheme=BUILTIN_SCHEMES["RASCI"],
        roles=[Role(id="boss", name="Boss")],
        activities=[Activity(id="plan", name="Plan")],
        letters={"plan": {"boss": "S"}},
    )
    m = small()
    m.snapshots.append(snapshot_of(old, "RASCI days", TAKEN))
    back = native.loads(native.dumps(m))
    assert back.snapshots[0].matrix.cell("plan", "boss") == "S"
    assert back.snapshots[0].matrix.scheme.name == "RASCI"
