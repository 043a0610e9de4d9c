"""``raci-editor convert FILE.raci.json OUT.xlsx`` and back (issue 6)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from raci_editor.cli import main
from raci_editor.storage import native
from tests.export.strategies import MARKETING, SAMPLES, rich_sample


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_convert_a_sample_to_xlsx_and_back(
    sample: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    xlsx, back = tmp_path / "out.xlsx", tmp_path / "back.raci.json"
    assert run(capsys, "convert", str(sample), str(xlsx)) == (0, "", "")
    assert load_workbook(xlsx).sheetnames[0] == "RACI"
    assert run(capsys, "convert", str(xlsx), str(back)) == (0, "", "")
    assert native.load(back) == native.load(sample)
    assert back.read_text("utf-8") == native.dumps(native.load(sample))


def test_convert_keeps_rules_waivers_and_notes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    matrix = rich_sample()
    src, xlsx, back = tmp_path / "m.raci.json", tmp_path / "m.xlsx", tmp_path / "b.raci.json"
    native.save(matrix, src)
    assert run(capsys, "convert", str(src), str(xlsx))[0] == 0
    assert run(capsys, "convert", str(xlsx), str(back))[0] == 0
    assert native.load(back) == matrix


def test_convert_overwrites_an_existing_xlsx(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    xlsx = tmp_path / "out.xlsx"
    xlsx.write_bytes(b"not a workbook")
    assert run(capsys, "convert", str(MARKETING), str(xlsx))[0] == 0
    assert load_workbook(xlsx).sheetnames[0] == "RACI"


def test_python_dash_m_convert(tmp_path: Path) -> None:
    xlsx, back = tmp_path / "out.xlsx", tmp_path / "back.raci.json"
    for src, dst in ((MARKETING, xlsx), (xlsx, back)):
        done = subprocess.run(
            [sys.executable, "-m", "raci_editor", "convert", str(src), str(dst)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, "")
    assert native.load(back) == native.load(MARKETING)
