"""The benchmark inputs look like the matrices they stand for."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import generate

from raci_editor.core.rules import RuleConfig, validate
from raci_editor.storage.formats import read_matrix


def test_generated_matrices_are_realistic() -> None:
    matrix = generate.make_matrix(200, 40)
    assert (len(matrix.activities), len(matrix.roles)) == (200, 40)
    filled = sum(len(matrix.row(a.id)) for a in matrix.activities)
    assert 0.35 < filled / (200 * 40) < 0.55
    one_a = sum(sum("A" in v for v in matrix.row(a.id).values()) == 1 for a in matrix.activities)
    assert one_a > 180  # most activities have exactly one Accountable
    assert len({r.group for r in matrix.roles}) == 4


def test_the_generated_workbook_imports_back_to_the_same_letters(tmp_path: Path) -> None:
    matrix = generate.make_matrix(60, 12)
    book = generate.write_workbook(matrix, tmp_path / "m.xlsx")
    assert openpyxl.load_workbook(book).active.max_row == 63
    imported = read_matrix(book).matrix
    assert [a.name for a in imported.activities] == [a.name for a in matrix.activities]
    by_name = {r.name: r.id for r in imported.roles}
    for activity, twin in zip(matrix.activities, imported.activities, strict=True):
        row = {by_name[matrix.role(r).name]: v for r, v in matrix.row(activity.id).items()}
        assert imported.row(twin.id) == row
    assert validate(imported, RuleConfig(imported.rules))  # too many C/I: findings to show
