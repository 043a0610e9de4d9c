"""Odd and malformed spreadsheets (../shared/corpus/hostile): a matrix or a one-line reason.

Every file must either import or raise FileError with a one-line message
naming the file; none may crash, hang or invent a matrix from data that
is not one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from raci_editor.storage.errors import FileError
from raci_editor.storage.formats import read_matrix

HOSTILE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "hostile"
FILES = sorted(p for p in HOSTILE.glob("*") if p.suffix != ".md") if HOSTILE.is_dir() else []
pytestmark = pytest.mark.skipif(not FILES, reason="../shared/corpus/hostile is absent")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_a_file_gives_no_matrix_and_a_one_line_reason(path: Path) -> None:
    """None of these files holds a RACI matrix, so each is refused with a reason."""
    with pytest.raises(FileError) as info:
        read_matrix(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert len(message) < 600


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("pass_protected.xlsx", "is protected with a password"),
        ("pass_protected.ods", "is protected with a password"),
        ("issue_385.xls", "is protected with a password"),
        ("issue_594_dos.ods", "is not a readable workbook"),
        ("too_small.xls", "is not an Excel 97-2003 workbook"),
        ("minimal_package.xlsx", "no RACI matrix found"),  # M/F and race codes, not letters
        ("optional_records.xls", "no RACI matrix found"),  # one B/S column among deal data
    ],
)
def test_reasons_say_what_is_wrong(name: str, reason: str) -> None:
    with pytest.raises(FileError, match=reason):
        read_matrix(HOSTILE / name)


LIMITED = (
    "import resource, runpy, sys\n"
    "resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))\n"
    "sys.argv = ['raci-editor', *sys.argv[1:]]\n"
    "runpy.run_module('raci_editor', run_name='__main__')\n"
)
"""Runs the program under a 3 GB address-space limit (set inside the child, thread-safe)."""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_validate_in_a_limited_process_never_crashes_or_hangs(path: Path) -> None:
    """`raci-editor validate` under 3 GB and 60 s: a verdict or one line, never a traceback."""
    done = subprocess.run(
        [sys.executable, "-c", LIMITED, "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode in (0, 1, 2), done.stderr
    assert "Traceback" not in done.stderr
    if done.returncode == 2:
        assert done.stderr.startswith(f"raci-editor: error: {path}: ")
        assert done.stderr.count("\n") == 1
