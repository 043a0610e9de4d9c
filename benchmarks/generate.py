"""Generated matrices for the benchmarks: the shape of a company-wide RACI, at any size.

Every activity has one Accountable (a few have none or two, as real drafts
do), a handful of Responsible roles and many Consulted and Informed ones, so
that about 45 % of the cells hold letters: a 10,000 × 200 matrix has about
900,000 letters and a 20 MB native file. Roles come in groups of ten,
activities in phases of fifty, some cells carry notes.

``python benchmarks/generate.py OUT_DIR`` writes the benchmark files there.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import openpyxl

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.storage.formats import write_matrix

SIZES = ((100, 20), (2_000, 100), (10_000, 200))
"""(activities, roles) of the generated matrices."""


def make_matrix(activities: int, roles: int, seed: int = 7) -> Matrix:
    """A matrix of ``activities`` × ``roles`` with realistic letters (see the module)."""
    rng = random.Random(seed * 1_000_003 + activities * 1_000 + roles)
    role_list = [
        Role(id=f"role-{n}", name=f"Role {n}", group=f"Department {n // 10}") for n in range(roles)
    ]
    activity_list = [
        Activity(id=f"activity-{n}", name=f"Activity {n}", group=f"Phase {n // 50}")
        for n in range(activities)
    ]
    letters: dict[str, dict[str, str]] = {}
    notes: dict[str, dict[str, str]] = {}
    ids = [r.id for r in role_list]
    for activity in activity_list:
        row: dict[str, str] = {}
        for role_id in ids:
            draw = rng.random()
            if draw < 0.05:
                row[role_id] = "R"
            elif draw < 0.20:
                row[role_id] = "C"
            elif draw < 0.45:
                row[role_id] = "I"
        accountable = rng.choice(ids)
        share = rng.random()
        if share < 0.97:  # one A (the usual case); sometimes none, sometimes two
            row[accountable] = "RA" if row.get(accountable) == "R" else "A"
        if share > 0.99:
            row[rng.choice(ids)] = "A"
        letters[activity.id] = row
        if rng.random() < 0.05 and row:
            notes[activity.id] = {next(iter(row)): "Check with the owner before the review."}
    return Matrix(
        title=f"Company RACI {activities} × {roles}",
        roles=role_list,
        activities=activity_list,
        letters=letters,
        notes=notes,
    )


def write_workbook(matrix: Matrix, path: Path) -> Path:
    """The matrix as people keep it in Excel: a title, a phase and an activity column, letters."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("RACI")
    sheet.append([matrix.title])
    sheet.append([])
    sheet.append(["Phase", "Activity", *[r.name for r in matrix.roles]])
    role_ids = [r.id for r in matrix.roles]
    for activity in matrix.activities:
        row = matrix.row(activity.id)
        cells = ["/".join(row.get(role_id, "")) for role_id in role_ids]
        sheet.append([activity.group, activity.name, *cells])
    book.save(path)
    return path


def write_all(folder: Path) -> dict[tuple[int, int], tuple[Path, Path]]:
    """Every size as ``.raci.json`` and ``.xlsx`` in ``folder``."""
    out = {}
    for activities, roles in SIZES:
        matrix = make_matrix(activities, roles)
        native = folder / f"m{activities}x{roles}.raci.json"
        write_matrix(matrix, native)
        out[(activities, roles)] = (
            native,
            write_workbook(matrix, native.with_suffix("").with_suffix(".xlsx")),
        )
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    target.mkdir(parents=True, exist_ok=True)
    for (a, r), (native, book) in write_all(target).items():
        print(f"{a} × {r}: {native} ({native.stat().st_size // 1024} KB), {book}")
