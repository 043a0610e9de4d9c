"""Workbooks through the command line: ``validate`` shows what was read, ``convert`` writes it.

CLI.md ("validate --format json", "convert to .csv", ``--sheet``) and
IMPORT.md (the import report that ``validate`` prints).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from raci_editor.cli import main
from raci_editor.storage import native
from tests.importing.builders import (
    ACTIVITIES,
    BOM,
    LETTERS,
    ROLES,
    Sheet,
    activity_groups,
    body,
    letters,
    plain_rows,
    role_groups,
    write_xlsx,
)

ERROR_LINE = re.compile(r"raci-editor: error: \S.*\n")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def phased_book(tmp_path: Path) -> Path:
    rows = [
        ["Website relaunch – RACI"],
        [],
        ["Activity", *ROLES],
        ["Planning"],
        *body()[:2],
        ["Delivery"],
        *body()[2:],
    ]
    return write_xlsx(tmp_path / "relaunch.xlsx", Sheet("RACI", rows, merges=["A1:E1"]))


def two_sheets(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "phases.xlsx",
        Sheet("Phase 1", plain_rows()),
        Sheet(
            "Phase 2",
            [
                ["Hypercare RACI"],
                [],
                ["Task", "Ops", "Support", "Product Owner"],
                ["Go live", "R", "I", "A"],
                ["Watch the alerts", "A/R", "C", ""],
            ],
        ),
    )


def test_convert_a_workbook_to_the_csv_layout(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "relaunch.csv"
    code, _, err = run(capsys, "convert", str(phased_book(tmp_path)), str(out))
    assert (code, err) == (0, "")
    data = out.read_bytes()
    assert data.startswith(BOM)
    assert data[len(BOM) :].decode("utf-8").splitlines() == [
        "Group,Activity,Project Manager,Designer,Developer,Tester",
        "Planning,Define the scope,R/A,C,C,I",
        "Planning,Design the screens,A,R,C,",
        "Delivery,Build the app,A,C,R,C",
        "Delivery,Test the release,A,I,C,R",
    ]


def test_convert_sheet_picks_the_named_sheet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "phase2.csv"
    code, _, err = run(capsys, "convert", str(two_sheets(tmp_path)), str(out), "--sheet", "Phase 2")
    assert (code, err) == (0, "")
    assert out.read_bytes()[len(BOM) :].decode("utf-8").splitlines() == [
        "Group,Activity,Ops,Support,Product Owner",
        ",Go live,R,I,A",
        ",Watch the alerts,R/A,C,",
    ]


def test_convert_sheet_with_a_sheet_that_is_not_there(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    book = two_sheets(tmp_path)
    out = tmp_path / "out.csv"
    code, _, err = run(capsys, "convert", str(book), str(out), "--sheet", "Phase 3")
    assert code == 2
    assert ERROR_LINE.fullmatch(err), err
    assert err.startswith(f"raci-editor: error: {book}: ")
    assert "Phase 3" in err
    assert "unexpected" not in err
    assert not out.exists()


def validate_json(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, dict[str, Any]]:
    code, out, err = run(capsys, "validate", str(path), "--format", "json")
    assert err == ""
    return code, json.loads(out)


def test_validate_a_workbook_counts_what_was_read_and_reports_the_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, report = validate_json(capsys, phased_book(tmp_path))
    assert code == 0
    assert (report["scheme"], report["activities"], report["roles"]) == ("RACI", 4, 4)
    assert report["errors"] == 0
    decisions = [f for f in report["findings"] if f["rule"] == "import"]
    assert decisions, "validate prints what the importer decided (IMPORT.md)"
    assert all(f["severity"] == "info" for f in decisions)
    assert any("RACI" in f["message"] for f in decisions)  # names the sheet it read


def test_validate_a_workbook_reports_unknown_codes_by_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = [list(r) for r in plain_rows()]
    rows[3][3] = "TBD"  # Build the app / Developer
    path = write_xlsx(tmp_path / "tbd.xlsx", Sheet("RACI", rows))
    code, report = validate_json(capsys, path)
    assert code == 1
    unknown = [f for f in report["findings"] if f["rule"] == "unknown-code"]
    assert [(f["severity"], f["activity"], f["role"]) for f in unknown] == [
        ("error", "Build the app", "Developer")
    ]
    assert "TBD" in unknown[0]["message"]


def test_validate_text_prints_lookalikes_and_unknown_codes_one_a_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = [list(r) for r in plain_rows()]
    rows[1][2] = "С"  # Cyrillic, Define the scope / Designer
    rows[2][4] = "X?"  # Design the screens / Tester
    path = write_xlsx(tmp_path / "odd.xlsx", Sheet("RACI", rows))
    code, out, err = run(capsys, "validate", str(path))
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert any(
        line.startswith("info lookalike-letter: Define the scope / Designer: ") for line in lines
    )
    assert any(
        line.startswith("error unknown-code: Design the screens / Tester: ") for line in lines
    )
    assert lines[-1].startswith("1 errors, ")


def test_convert_a_workbook_to_a_native_file_keeps_groups_and_leaves_the_source_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = [
        [None, "Leadership", "Delivery"],
        ["Activity", *ROLES],
        ["Planning"],
        *body()[:2],
        ["Delivery"],
        *body()[2:],
    ]
    src = write_xlsx(tmp_path / "grouped.xlsx", Sheet("RACI", rows, merges=["C1:E1"]))
    before = src.read_bytes()
    out = tmp_path / "grouped.raci.json"
    code, _, err = run(capsys, "convert", str(src), str(out))
    assert (code, err) == (0, "")
    m = native.load(out)
    assert role_groups(m) == [
        ("Leadership", "Project Manager"),
        ("Delivery", "Designer"),
        ("Delivery", "Developer"),
        ("Delivery", "Tester"),
    ]
    assert activity_groups(m) == [
        ("Planning", ACTIVITIES[0]),
        ("Planning", ACTIVITIES[1]),
        ("Delivery", ACTIVITIES[2]),
        ("Delivery", ACTIVITIES[3]),
    ]
    assert letters(m) == LETTERS
    assert src.read_bytes() == before
