"""``pip install .`` ships the samples, icons and translations inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("raci_editor-*.whl")
    return zipfile.ZipFile(built)


def test_wheel_carries_samples_icons_and_entry_points(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for sample in (ROOT / "sample_projects").glob("*.raci.json"):
        assert f"raci_editor/sample_projects/{sample.name}" in names
    assert "raci_editor/resources/icons/raci-editor.svg" in names
    assert "raci_editor/cli.py" in names
    assert "raci_editor/py.typed" in names
    [entry_points] = [n for n in names if n.endswith("entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "raci-editor = raci_editor.cli:main" in text
    assert "[gui_scripts]" in text


def test_wheel_has_no_tests_or_caches(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]
