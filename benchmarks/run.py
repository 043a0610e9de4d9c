"""Print a table of timings: ``make bench`` (or ``python benchmarks/run.py``).

Each case builds its input in a temporary folder, runs it a few times and
reports the best wall-clock time; nothing here asserts a limit.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

from raci_editor.storage import csv_io, xlsx_export
from raci_editor.storage.formats import read_matrix

LETTERS = ["R", "A", "C", "I", "", "", "", "A/R"]


def workbook(path: Path, activities: int, roles: int) -> Path:
    """A titled workbook with a phase column, a status column and random letters."""
    rng = random.Random(activities * 1000 + roles)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("RACI")
    sheet.append(["Marketing RACI"])
    sheet.append([])
    sheet.append(["Phase", "Activity", "Status", *[f"Role {n}" for n in range(roles)]])
    for n in range(activities):
        letters = [rng.choice(LETTERS) for _ in range(roles)]
        sheet.append([f"Phase {n // 25}", f"Activity {n}", "Planned", *letters])
    book.save(path)
    return path


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of ``runs`` runs, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for activities, roles in ((40, 12), (300, 40), (5000, 40)):
            path = workbook(Path(tmp) / f"m{activities}.xlsx", activities, roles)
            rows.append(
                (f"import .xlsx {activities} × {roles}", best_of(3, lambda p=path: read_matrix(p)))
            )
            csv = Path(tmp) / f"m{activities}.csv"
            matrix = read_matrix(path).matrix
            csv_io.save(matrix, csv)
            rows.append(
                (f"import .csv  {activities} × {roles}", best_of(3, lambda p=csv: read_matrix(p)))
            )
            out = Path(tmp) / f"out{activities}.xlsx"
            rows.append(
                (
                    f"export .xlsx {activities} × {roles}",
                    best_of(
                        1 if activities > 1000 else 3,
                        lambda m=matrix, o=out: xlsx_export.save(m, o),
                    ),
                )
            )
            rows.append(
                (f"reopen export {activities} × {roles}", best_of(3, lambda o=out: read_matrix(o)))
            )
    width = max(len(name) for name, _ in rows)
    print(f"{'case':<{width}}  {'best (ms)':>10}")
    for name, seconds in rows:
        print(f"{name:<{width}}  {seconds * 1000:>10.1f}")


if __name__ == "__main__":
    main()
