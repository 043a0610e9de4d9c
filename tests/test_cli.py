"""The command-line contract of CLI.md: output shapes, exit codes, one-line errors, no Qt."""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from raci_editor import __version__
from raci_editor.cli import main
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.storage import csv_io, native

ERROR_LINE = re.compile(r"raci-editor: error: \S.*\n")


def clean_matrix() -> Matrix:
    return Matrix(
        title="Launch",
        roles=[Role(id="boss", name="Boss"), Role(id="dev", name="Dev")],
        activities=[Activity(id="plan", name="Plan"), Activity(id="build", name="Build")],
        letters={"plan": {"boss": "A", "dev": "R"}, "build": {"boss": "A", "dev": "R"}},
    )


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    path = tmp_path / "clean.raci.json"
    native.save(clean_matrix(), path)
    return path


@pytest.fixture
def warnings_only(tmp_path: Path) -> Path:
    matrix = clean_matrix()
    matrix.insert_role(2, Role(id="intern", name="Intern"))  # unused-role: a warning
    path = tmp_path / "warn.raci.json"
    native.save(matrix, path)
    return path


@pytest.fixture
def with_errors(tmp_path: Path) -> Path:
    path = tmp_path / "errors.csv"
    path.write_text("Activity,Boss,Dev,Intern\nPlan,A,A,\nBuild,,maybe,\n", encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_error_line(err: str, file: str | Path, reason: str = "") -> None:
    """Exactly one stderr line, ``raci-editor: error: <file>: <reason>``, no traceback."""
    assert ERROR_LINE.fullmatch(err), err
    assert err.startswith(f"raci-editor: error: {file}: ")
    assert reason in err
    assert "Traceback" not in err


# -- validate ---------------------------------------------------------------

EXPECTED_ORDER = [
    ("multiple-accountable", "error", "Plan", None),
    ("no-responsible", "error", "Plan", None),
    ("no-accountable", "error", "Build", None),
    ("no-responsible", "error", "Build", None),
    ("unknown-code", "error", "Build", "Dev"),
    ("import", "info", None, None),
    ("unused-role", "warning", None, "Intern"),
]


def test_validate_json_shape(capsys: pytest.CaptureFixture[str], with_errors: Path) -> None:
    code, out, err = run(capsys, "validate", str(with_errors), "--format", "json")
    assert (code, err) == (1, "")
    report = json.loads(out, object_pairs_hook=lambda pairs: pairs)
    assert [k for k, _ in report] == [
        "file",
        "scheme",
        "activities",
        "roles",
        "errors",
        "warnings",
        "findings",
    ]
    report = json.loads(out)
    findings = report.pop("findings")
    assert report == {
        "file": str(with_errors),
        "scheme": "RACI",
        "activities": 2,
        "roles": 3,
        "errors": 5,
        "warnings": 1,
    }
    for finding in findings:
        assert list(finding) == ["rule", "severity", "activity", "role", "message", "waived"]
        assert finding["waived"] is None
        assert isinstance(finding["message"], str)
        assert finding["message"]
    got = [(f["rule"], f["severity"], f["activity"], f["role"]) for f in findings]
    assert got == EXPECTED_ORDER
    assert "maybe" in findings[4]["message"]


def test_validate_text_shape(capsys: pytest.CaptureFixture[str], with_errors: Path) -> None:
    code, out, err = run(capsys, "validate", str(with_errors))
    assert (code, err) == (1, "")
    *lines, summary = out.splitlines()
    assert summary == "5 errors, 1 warnings"
    pattern = re.compile(r"(error|warning|info) ([a-z-]+): (.+?) / (.+?): (.+)")
    parsed = []
    for line in lines:
        match = pattern.fullmatch(line)
        assert match, line
        severity, rule, activity, role, _ = match.groups()
        parsed.append(
            (rule, severity, None if activity == "-" else activity, None if role == "-" else role)
        )
    assert parsed == EXPECTED_ORDER


def test_clean_matrix_exits_0(capsys: pytest.CaptureFixture[str], clean: Path) -> None:
    assert run(capsys, "validate", str(clean)) == (0, "0 errors, 0 warnings\n", "")
    assert run(capsys, "validate", "--strict", str(clean))[0] == 0
    code, out, _ = run(capsys, "validate", str(clean), "--format", "json")
    assert code == 0
    assert json.loads(out)["findings"] == []


def test_warnings_exit_0_unless_strict(
    capsys: pytest.CaptureFixture[str], warnings_only: Path
) -> None:
    code, out, _ = run(capsys, "validate", str(warnings_only))
    assert code == 0
    assert out.splitlines()[-1] == "0 errors, 1 warnings"
    assert out.startswith("warning unused-role: - / Intern: ")
    assert run(capsys, "validate", str(warnings_only), "--strict")[0] == 1
    code, out, _ = run(capsys, "validate", "--strict", "--format", "json", str(warnings_only))
    assert (code, json.loads(out)["warnings"]) == (1, 1)


def test_info_findings_do_not_count(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "info.csv"  # Dev is only ever C: no-ownership, an info
    path.write_text("Activity,Boss,Dev\nPlan,R/A,C\n", encoding="utf-8")
    code, out, _ = run(capsys, "validate", "--strict", str(path))
    assert code == 0
    import_line, *rest = out.splitlines()
    assert import_line.startswith("info import: - / -: Sheet 'info' was read")
    assert "2 roles in columns B–C; activities in column A." in import_line
    assert rest == [
        "info no-ownership: - / Dev: This role is never Responsible or Accountable.",
        "0 errors, 0 warnings",
    ]


def test_validate_prints_names_as_they_are(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "zh.csv"
    path.write_text("任务,市场经理\n品牌定位,R\n", encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(path), "--format", "json")
    assert code == 1
    assert '"activity": "品牌定位"' in out
    text_out = run(capsys, "validate", str(path))[1]
    assert "error no-accountable: 品牌定位 / -: " in text_out


def test_a_line_break_in_a_name_stays_on_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    matrix = Matrix(
        roles=[Role(id="r", name="Boss")], activities=[Activity(id="a", name="Plan\nit")]
    )
    path = tmp_path / "nl.raci.json"
    native.save(matrix, path)
    _, out, _ = run(capsys, "validate", str(path))
    assert out.splitlines() == [
        "error no-accountable: Plan it / -: No role is Accountable for this activity.",
        "error no-responsible: Plan it / -: No role is Responsible for this activity.",
        "warning unused-role: - / Boss: This role has no letter on any activity.",
        "2 errors, 1 warnings",
    ]


def test_rows_skipped_while_reading_are_findings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "skip.csv"
    path.write_text("Activity,Boss\nPlan,R/A\n,R\n", encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(path), "--format", "json", "--strict")
    findings = json.loads(out)["findings"]
    assert [(f["rule"], f["severity"], f["activity"], f["role"]) for f in findings] == [
        ("import", "info", None, None),
        ("skipped-row", "warning", None, None),
    ]
    assert code == 1


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("missing.raci.json", b"", "cannot read: no such file or folder"),
    ("broken.raci.json", b'{"schema_version": 1,', "is not valid JSON"),
    ("blank.raci.json", b'{"schema_version":1,"roles":[{"id":"r","name":" "}]}', "roles[0].name"),
    ("newer.raci.json", b'{"schema_version": 99}', "newer RACI Editor"),
    ("garbage.csv", bytes(range(256)), "is not a text file"),
    ("empty.csv", b"", "holds no matrix"),
    ("matrix.txt", b"Activity,Boss\nPlan,R\n", "cannot read .txt files"),
    ("matrix", b"Activity,Boss\nPlan,R\n", "cannot read files without an extension"),
    ("matrix.xlsx", b"PK", "is not a .xlsx workbook"),
    ("matrix.ods", b"Activity,Boss\nPlan,R\n", "is not a .ods workbook"),
    ("matrix.pdf", b"%PDF-1.4", "cannot read .pdf files"),
]


@pytest.mark.parametrize("case", BAD_FILES, ids=[b[0] for b in BAD_FILES])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_unreadable_input_exits_2_with_one_line(
    case: tuple[str, bytes, str], fmt: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    name, content, reason = case
    path = tmp_path / name
    if name != "missing.raci.json":
        path.write_bytes(content)
    code, out, err = run(capsys, "validate", str(path), "--format", fmt)
    assert (code, out) == (2, "")
    assert_one_error_line(err, path, reason)


def test_a_folder_is_not_a_matrix(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path))
    assert code == 2
    assert_one_error_line(err, tmp_path, "is a folder")


def test_an_unexpected_error_names_the_file_not_an_option(
    capsys: pytest.CaptureFixture[str], clean: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: Any, **kwargs: Any) -> None:
        raise ValueError("boom")

    monkeypatch.setattr("raci_editor.cli.validate", boom)
    code, _, err = run(capsys, "validate", str(clean), "--strict")
    assert code == 2
    assert_one_error_line(err, clean, "unexpected ValueError: boom")
    monkeypatch.setattr("raci_editor.cli.validate", lambda *a, **k: _raise(RecursionError()))
    code, _, err = run(capsys, "validate", str(clean), "--format", "json")
    assert code == 2
    assert_one_error_line(err, clean, "too large or too deeply nested")


def _raise(exc: BaseException) -> None:
    raise exc


# -- convert ----------------------------------------------------------------


def grid(matrix: Matrix) -> list[tuple[str, str, list[str]]]:
    return [
        (a.group, a.name, [matrix.cell(a.id, r.id) for r in matrix.roles])
        for a in matrix.activities
    ]


def team() -> Matrix:
    return Matrix(
        title="团队",
        roles=[Role(id="cmo", name="CMO"), Role(id="zhang", name="市场经理")],
        activities=[
            Activity(id="plan", name="Set the strategy", group="Strategy & budget"),
            Activity(id="ads", name="=Run ads", group="Strategy & budget"),
            Activity(id="idle", name="发布"),
        ],
        letters={"plan": {"cmo": "RA", "zhang": "C"}, "ads": {"zhang": "RA"}},
    )


def test_convert_native_to_csv_and_back(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src, mid, back = tmp_path / "t.raci.json", tmp_path / "t.csv", tmp_path / "back.raci.json"
    native.save(team(), src)
    assert run(capsys, "convert", str(src), str(mid)) == (0, "", "")
    assert mid.read_bytes().startswith(b"\xef\xbb\xbfGroup,Activity,CMO,")
    assert run(capsys, "convert", str(mid), str(back)) == (0, "", "")
    loaded = native.load(back)
    assert grid(loaded) == grid(team())
    assert [r.name for r in loaded.roles] == ["CMO", "市场经理"]


def test_convert_csv_to_native_keeps_unknown_text_as_notes(
    capsys: pytest.CaptureFixture[str], with_errors: Path, tmp_path: Path
) -> None:
    dst = tmp_path / "out.RACI.JSON"  # extensions are case-insensitive
    assert run(capsys, "convert", str(with_errors), str(dst)) == (0, "", "")
    matrix = native.load(dst)
    assert grid(matrix) == [("", "Plan", ["A", "A", ""]), ("", "Build", ["", "", ""])]
    assert matrix.note("build", "dev") == "maybe"


def test_convert_overwrites_an_existing_dst(
    capsys: pytest.CaptureFixture[str], clean: Path, tmp_path: Path
) -> None:
    dst = tmp_path / "out.csv"
    dst.write_text("old", encoding="utf-8")
    assert run(capsys, "convert", str(clean), str(dst))[0] == 0
    assert csv_io.load(dst).matrix.activities[0].name == "Plan"


@pytest.mark.parametrize(
    ("dst_name", "reason"),
    [
        ("out.xls", "cannot write .xls files"),
        ("out.ods", "cannot write .ods files"),
        ("out.txt", "cannot write .txt files"),
        ("out", "cannot write files without an extension"),
    ],
)
def test_convert_to_an_unsupported_format(
    dst_name: str, reason: str, capsys: pytest.CaptureFixture[str], clean: Path, tmp_path: Path
) -> None:
    dst = tmp_path / dst_name
    code, out, err = run(capsys, "convert", str(clean), str(dst))
    assert (code, out) == (2, "")
    assert_one_error_line(err, dst, reason)
    assert not dst.exists()


@pytest.mark.parametrize("src_name", ["in.txt", "in", "in.png"])
def test_convert_from_an_unsupported_format(
    src_name: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / src_name
    src.write_text("Activity,Boss\nPlan,R\n", encoding="utf-8")
    code, _, err = run(capsys, "convert", str(src), str(tmp_path / "out.csv"))
    assert code == 2
    assert_one_error_line(err, src, "cannot read")
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_failing_write_leaves_dst_and_src_untouched(
    failing: str,
    capsys: pytest.CaptureFixture[str],
    clean: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dst = tmp_path / "out.csv"
    dst.write_bytes(b"previous content")
    src_before = clean.read_bytes()
    src_mtime = clean.stat().st_mtime_ns

    def full(*args: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, full)
    code, _, err = run(capsys, "convert", str(clean), str(dst))
    monkeypatch.undo()
    assert code == 2
    assert_one_error_line(err, dst, "the disk is full")
    assert dst.read_bytes() == b"previous content"
    assert clean.read_bytes() == src_before
    assert clean.stat().st_mtime_ns == src_mtime
    assert sorted(os.listdir(tmp_path)) == ["clean.raci.json", "out.csv"]


def test_convert_into_a_missing_folder(
    capsys: pytest.CaptureFixture[str], clean: Path, tmp_path: Path
) -> None:
    dst = tmp_path / "nope" / "out.csv"
    code, _, err = run(capsys, "convert", str(clean), str(dst))
    assert code == 2
    assert_one_error_line(err, dst, "no such file or folder")


def test_convert_refuses_src_as_dst(
    capsys: pytest.CaptureFixture[str], clean: Path, tmp_path: Path
) -> None:
    before = clean.read_bytes()
    for dst in (str(clean), str(tmp_path / "." / clean.name)):
        code, _, err = run(capsys, "convert", str(clean), dst)
        assert code == 2
        assert_one_error_line(err, dst, "is the same file as SRC")
    link = tmp_path / "link.raci.json"
    link.symlink_to(clean)
    code, _, err = run(capsys, "convert", str(clean), str(link))
    assert code == 2
    assert clean.read_bytes() == before
    assert link.is_symlink()


def test_sheet_with_a_csv_is_refused(
    capsys: pytest.CaptureFixture[str], with_errors: Path, tmp_path: Path
) -> None:
    dst = tmp_path / "out.raci.json"
    code, _, err = run(capsys, "convert", str(with_errors), str(dst), "--sheet", "RACI")
    assert code == 2
    assert_one_error_line(err, with_errors, "--sheet applies only to workbooks")
    assert not dst.exists()


def test_convert_a_missing_src(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "gone.csv"
    code, _, err = run(capsys, "convert", str(src), str(tmp_path / "out.raci.json"))
    assert code == 2
    assert_one_error_line(err, src, "no such file or folder")


# -- arguments ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["validate"], "the following arguments are required: FILE"),
        (["convert", "a.csv"], "the following arguments are required: DST"),
        (["convert"], "the following arguments are required: SRC, DST"),
        (["validate", "a.csv", "--bogus"], "unrecognized arguments: --bogus"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["a.csv", "b.csv"], "unrecognized arguments: b.csv"),
        (["validate", "a.csv", "--format", "xml"], "invalid choice: 'xml'"),
        (["validate", "a.csv", "--format"], "expected one argument"),
        (["convert", "a.csv", "b.csv", "--sheet"], "expected one argument"),
    ],
)
def test_wrong_arguments_exit_2_with_one_line(
    args: list[str], reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert ERROR_LINE.fullmatch(err), err
    assert err.startswith("raci-editor")
    assert reason in err
    assert "usage:" not in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"raci-editor {__version__}\n", "")


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["validate", "--help"], ["convert", "-h"]])
def test_help(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *args)
    assert (code, err) == (0, "")
    assert out.startswith("usage: raci-editor")
    if args[0].startswith("-"):
        assert "validate" in out
        assert "convert" in out
    else:
        assert "FILE" in out or "SRC" in out


# -- real processes -----------------------------------------------------------


def python(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=60,
        check=False,
    )


def test_python_m_version() -> None:
    result = python("-m", "raci_editor", "--version")
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"raci-editor {__version__}\n",
        "",
    )


def test_python_m_validate_and_a_one_line_error(with_errors: Path, tmp_path: Path) -> None:
    result = python(
        "-m", "raci_editor", "validate", with_errors.name, "--format", "json", cwd=tmp_path
    )
    assert result.returncode == 1
    assert json.loads(result.stdout)["file"] == "errors.csv"
    broken = tmp_path / "broken.raci.json"
    broken.write_text("{", encoding="utf-8")
    result = python("-m", "raci_editor", "validate", str(broken))
    assert (result.returncode, result.stdout) == (2, "")
    assert_one_error_line(result.stderr, broken, "is not valid JSON")


_NO_QT_CHECK = """
import sys
{preimport}
from raci_editor.cli import main
code = main(["validate", sys.argv[1]])
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
assert not qt, qt
sys.exit(code)
"""


def test_validate_does_not_import_qt(clean: Path) -> None:
    result = python("-c", _NO_QT_CHECK.format(preimport=""), str(clean))
    assert (result.returncode, result.stderr) == (0, "")
    # The check itself works: with Qt imported it fails.
    result = python("-c", _NO_QT_CHECK.format(preimport="import PySide6.QtCore"), str(clean))
    assert result.returncode != 0
    assert "AssertionError" in result.stderr
