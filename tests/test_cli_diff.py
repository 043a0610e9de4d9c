"""``raci-editor diff OLD NEW``: what a script sees — output, exit codes, one-line errors, no Qt."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from raci_editor.cli import main
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.storage import csv_io, native

ERROR_LINE = re.compile(r"raci-editor: error: \S.*\n")


def launch() -> Matrix:
    return Matrix(
        title="Launch",
        roles=[Role(id="boss", name="Boss"), Role(id="dev", name="Dev")],
        activities=[Activity(id="plan", name="Plan"), Activity(id="build", name="Build")],
        letters={"plan": {"boss": "A", "dev": "R"}, "build": {"boss": "A", "dev": "R"}},
        notes={"plan": {"dev": "with QA"}},
    )


def changed() -> Matrix:
    matrix = launch()
    matrix.put_cell("plan", "dev", "RA", "with QA")
    matrix.replace_role(Role(id="boss", name="Chief"))
    matrix.insert_activity(1, Activity(id="review", name="Review"))
    matrix.put_cell("review", "boss", "I", "")
    return matrix


def save(matrix: Matrix, path: Path) -> Path:
    (native.save if path.name.endswith(".raci.json") else csv_io.save)(matrix, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_equal_files_exit_0_with_no_changes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = save(launch(), tmp_path / "old.raci.json")
    new = save(launch(), tmp_path / "new.raci.json")
    assert run(capsys, "diff", old, new) == (0, "no changes\n", "")
    assert run(capsys, "diff", old, new, "--format", "json") == (0, '{\n  "changes": []\n}\n', "")


def test_text_lists_one_change_a_line_and_a_count(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = save(launch(), tmp_path / "old.raci.json")
    new = save(changed(), tmp_path / "new.raci.json")
    assert run(capsys, "diff", old, new) == (
        1,
        "Role renamed: Boss → Chief\n"
        "Activity added: Review\n"
        "Plan / Dev: R → R/A\n"
        "Review / Chief: (none) → I\n"
        "4 changes\n",
        "",
    )


def test_one_change_is_counted_in_the_singular(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    new_matrix = launch()
    new_matrix.put_cell("build", "dev", "R", "next sprint")
    old = save(launch(), tmp_path / "old.raci.json")
    new = save(new_matrix, tmp_path / "new.raci.json")
    assert run(capsys, "diff", old, new)[1] == (
        "Build / Dev: note (none) → “next sprint”\n1 change\n"
    )


def test_json_has_the_keys_that_apply_and_no_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    new_matrix = changed()
    new_matrix.title = "Launch v2"
    old = save(launch(), tmp_path / "old.raci.json")
    new = save(new_matrix, tmp_path / "new.raci.json")
    code, out, err = run(capsys, "diff", old, new, "--format", "json")
    assert (code, err) == (1, "")
    assert json.loads(out) == {
        "changes": [
            {"kind": "role-renamed", "role": "Chief", "before": "Boss", "after": "Chief"},
            {"kind": "activity-added", "activity": "Review"},
            {"kind": "cell", "activity": "Plan", "role": "Dev", "before": "R", "after": "R/A"},
            {"kind": "cell", "activity": "Review", "role": "Chief", "before": "", "after": "I"},
            {"kind": "description", "field": "title", "before": "Launch", "after": "Launch v2"},
        ]
    }


def test_csv_files_are_matched_by_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    old = save(launch(), tmp_path / "old.csv")
    new = save(changed(), tmp_path / "new.csv")  # other file name: other title; no ids, no notes
    code, out, _ = run(capsys, "diff", old, new)
    assert code == 1
    assert out == (
        "Role removed: Boss\n"  # a renamed column has another name: by name it is another role
        "Role added: Chief\n"
        "Activity added: Review\n"
        "Plan / Chief: (none) → A\n"
        "Plan / Dev: R → R/A\n"
        "Review / Chief: (none) → I\n"
        "Build / Chief: (none) → A\n"
        "7 changes\n"
    )


def test_a_csv_with_rows_in_another_order_and_case_is_one_move(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = save(launch(), tmp_path / "old.csv")
    new = tmp_path / "new.csv"
    new.write_text("Group,Activity,Boss,Dev\n,build,A,R\n,Plan,A,R\n", encoding="utf-8")
    assert run(capsys, "diff", old, new) == (
        1,
        "Activity renamed: Build → build\nActivity moved: Plan (row 1 → 2)\n2 changes\n",
        "",
    )


def test_a_native_file_and_its_csv_are_compared_by_name_without_texts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = save(launch(), tmp_path / "team.raci.json")
    new = save(launch(), tmp_path / "copy.csv")  # notes and title are not in a CSV
    assert run(capsys, "diff", old, new) == (0, "no changes\n", "")


def test_role_groups_a_csv_cannot_carry_are_no_change(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    grouped = launch()
    grouped.replace_role(Role(id="boss", name="Boss", group="Lead"))
    old = save(grouped, tmp_path / "team.raci.json")
    new = save(grouped, tmp_path / "team.csv")  # a CSV has activity groups, not role groups
    assert run(capsys, "diff", old, new) == (0, "no changes\n", "")
    assert run(capsys, "diff", new, old) == (0, "no changes\n", "")


def test_a_move_gives_its_positions_as_numbers_in_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = save(launch(), tmp_path / "old.raci.json")
    moved = launch()
    moved = moved.model_copy(update={"activities": moved.activities[::-1]})
    new = save(moved, tmp_path / "new.raci.json")
    code, out, _ = run(capsys, "diff", old, new, "--format", "json")
    assert code == 1
    [change] = json.loads(out)["changes"]
    assert change["kind"] == "activity-moved"
    assert (change["before"], change["after"]) in ((1, 2), (2, 1))


@pytest.mark.parametrize("which", ["old", "new"])
def test_an_unreadable_file_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, which: str
) -> None:
    good = save(launch(), tmp_path / "good.raci.json")
    broken = tmp_path / "broken.raci.json"
    broken.write_text("{", encoding="utf-8")
    args = (good, broken) if which == "new" else (broken, good)
    code, out, err = run(capsys, "diff", *args)
    assert (code, out) == (2, "")
    assert ERROR_LINE.fullmatch(err), err
    assert err.startswith(f"raci-editor: error: {broken}: ")


def test_a_missing_file_and_wrong_arguments_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = save(launch(), tmp_path / "good.raci.json")
    code, out, err = run(capsys, "diff", good, tmp_path / "missing.csv")
    assert (code, out) == (2, "")
    missing = tmp_path / "missing.csv"
    assert err == f"raci-editor: error: {missing}: cannot read: no such file or folder\n"
    code, out, err = run(capsys, "diff", good)
    assert (code, out) == (2, "")
    assert ERROR_LINE.fullmatch(err), err
    code, _, err = run(capsys, "diff", good, good, "--format", "xml")
    assert code == 2
    assert ERROR_LINE.fullmatch(err), err


def test_help_names_diff(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "diff OLD NEW [--format text|json]" in out
    code, out, _ = run(capsys, "diff", "--help")
    assert code == 0
    assert out.startswith("usage: raci-editor diff")
    assert "--format" in out


_NO_QT = """
import sys
from raci_editor.cli import main
code = main(["diff", sys.argv[1], sys.argv[2]])
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
assert not qt, qt
sys.exit(code)
"""


def test_diff_runs_without_qt_and_a_broken_file_shows_no_traceback(tmp_path: Path) -> None:
    old = save(launch(), tmp_path / "old.raci.json")
    new = save(changed(), tmp_path / "new.csv")
    result = subprocess.run(
        [sys.executable, "-c", _NO_QT, str(old), str(new)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (1, "")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    result = subprocess.run(
        [sys.executable, "-m", "raci_editor", "diff", str(old), str(broken)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert ERROR_LINE.fullmatch(result.stderr), result.stderr
    assert "Traceback" not in result.stderr
