"""Print the benchmark table: ``make bench`` (or ``python benchmarks/run.py [--quick]``).

Every figure is a median of whole-process wall-clock runs, each side of a
comparison run interleaved with the other in the same session, so the ratio
holds on any machine even when the absolute times do not. The baselines are
what a bare script needs for the same data: ``json.load`` for the native
file, openpyxl read-only for reading a workbook, openpyxl write-only for
writing one. Nothing here asserts a limit; the table is how we know.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

if TYPE_CHECKING:
    from raci_editor.core.model import Matrix

PYTHON = sys.executable
CLI = [PYTHON, "-m", "raci_editor"]

READ_WITH_OPENPYXL = """
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
rows = [list(r) for r in book.active.iter_rows(values_only=True)]
"""
LOAD_JSON = """
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    json.load(f)
"""
WRITE_WITH_OPENPYXL = """
import json, sys, openpyxl
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
book = openpyxl.Workbook(write_only=True)
sheet = book.create_sheet("RACI")
roles = [r["id"] for r in data["roles"]]
sheet.append([data["title"]])
sheet.append(["Group", "Activity", *[r["name"] for r in data["roles"]]])
for activity in data["activities"]:
    row = data.get("assignments", {}).get(activity["id"], {})
    cells = [row.get(r, "") for r in roles]
    cells = [c if isinstance(c, str) else c.get("letters", "") for c in cells]
    sheet.append([activity.get("group", ""), activity["name"], *cells])
book.save(sys.argv[2])
"""


@dataclass
class Row:
    """One line of the table."""

    case: str
    ours: float
    baseline: float | None = None
    target: str = ""
    unit: str = "s"
    """``s`` for times (shown in ms or s); anything else is shown as it is, e.g. ``MB``."""

    def shown(self, value: float) -> str:
        if self.unit != "s":
            return f"{value:,.0f} {self.unit}"
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.baseline else None


def run_process(args: Sequence[str]) -> float:
    """Seconds one process takes, start to exit; a crash or exit 2 stops the benchmark."""
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(map(str, args))} failed:\n{done.stderr.decode()}")
    return elapsed


def compare(
    runs: int, ours: Callable[[], float], baseline: Callable[[], float]
) -> tuple[float, float]:
    """Medians of ``runs`` interleaved runs of both sides."""
    a, b = [], []
    for _ in range(runs):
        a.append(ours())
        b.append(baseline())
    return statistics.median(a), statistics.median(b)


def file_cases(folder: Path, runs: int, sizes: Sequence[tuple[int, int]]) -> list[Row]:
    """Import, native validate and export, against their baselines, per size."""
    rows: list[Row] = []
    for activities, roles in sizes:
        size = f"{activities:,} × {roles}"
        matrix = generate.make_matrix(activities, roles)
        native = folder / f"m{activities}x{roles}.raci.json"
        generate.write_matrix(matrix, native)
        n = max(1, runs if activities <= 2_000 else runs // 2 + 1)
        ours, base = compare(
            n,
            lambda p=native: run_process([*CLI, "validate", str(p)]),
            lambda p=native: run_process([PYTHON, "-c", LOAD_JSON, str(p)]),
        )
        target = "≤ 3×" if (activities, roles) == (10_000, 200) else ""
        rows.append(Row(f"validate .raci.json {size} / json.load", ours, base, target))
        if activities > 2_000:
            continue  # openpyxl alone needs minutes on the largest workbook
        book = generate.write_workbook(matrix, folder / f"m{activities}x{roles}.xlsx")
        ours, base = compare(
            n,
            lambda p=book: run_process([*CLI, "validate", str(p)]),
            lambda p=book: run_process([PYTHON, "-c", READ_WITH_OPENPYXL, str(p)]),
        )
        named = (activities, roles) == (2_000, 100)  # the size the issue names
        rows.append(
            Row(f"validate .xlsx {size} / openpyxl read-only", ours, base, "≤ 0.33×" * named)
        )
        convert = [*CLI, "convert", str(native), str(folder / "out.xlsx")]
        write = [PYTHON, "-c", WRITE_WITH_OPENPYXL, str(native), str(folder / "plain.xlsx")]
        ours, base = compare(n, lambda a=convert: run_process(a), lambda a=write: run_process(a))
        rows.append(
            Row(f"convert → .xlsx {size} / openpyxl write-only", ours, base, "≤ 1.5×" * named)
        )
    return rows


def validation_cases(sizes: Sequence[tuple[int, int]], runs: int) -> list[Row]:
    """Full validation against the incremental update after one edit, in one process."""
    from raci_editor.core.edits import CellValue, SetCells, apply_edit
    from raci_editor.core.live_validation import LiveValidation

    rows = []
    for activities, roles in sizes:
        matrix = generate.make_matrix(activities, roles)
        live = LiveValidation(matrix)
        full = []
        for _ in range(runs):
            start = time.perf_counter()
            live.recompute()
            full.append(time.perf_counter() - start)
        one = []
        for n in range(runs * 4):
            activity = matrix.activities[n * 7 % activities].id
            role = matrix.roles[n * 3 % roles].id
            edit = SetCells((CellValue(activity, role, "C", ""),))
            start = time.perf_counter()
            apply_edit(matrix, edit)
            live.update(edit)
            one.append(time.perf_counter() - start)
        size = f"{activities:,} × {roles}"
        rows.append(Row(f"validation, whole matrix {size}", statistics.median(full)))
        rows.append(
            Row(f"validation, after one edit {size}", statistics.median(one), None, "≤ 30 ms")
        )
        rows.append(Row(f"sort activities by name and undo, {size}", _sort_and_undo(matrix)))
    return rows


def _sort_and_undo(matrix: Matrix) -> float:
    """Seconds to sort the activities of ``matrix`` (names shuffled first) and undo it."""
    from raci_editor.core.edits import apply_edit
    from raci_editor.core.sorting import sort_activities

    rng = random.Random(5)
    names = [f"Task {rng.randrange(10**6)}" for _ in matrix.activities]
    shuffled = matrix.model_copy(
        update={
            "activities": [
                a.model_copy(update={"name": n})
                for a, n in zip(matrix.activities, names, strict=True)
            ]
        }
    ).copy_deep()
    start = time.perf_counter()
    edit = sort_activities(shuffled, str)
    if edit is not None:
        apply_edit(shuffled, apply_edit(shuffled, edit))
    return time.perf_counter() - start


def editor_rows(folder: Path, runs: int, size: tuple[int, int]) -> list[Row]:
    """The editor's figures (``benchmarks/editor.py``, each in a fresh process)."""
    import editor

    activities, roles = size
    big = folder / f"m{activities}x{roles}.raci.json"
    name = f"{activities:,} × {roles}"
    big_open, tiny_open = [], []
    for _ in range(max(1, runs // 2)):
        big_open.append(editor.measure_open(big)["total"])
        tiny_open.append(editor.measure_open(editor.TINY)["total"])
    typing = editor.measure_typing(big)
    memory = editor.measure_memory(big)
    undo = editor.measure_undo(big)
    data = editor.measure_data(big)
    return [
        Row(
            f"editor: open {name} / open the tiny sample",
            statistics.median(big_open),
            statistics.median(tiny_open),
            "≤ 2×",
        ),
        Row(f"editor: type a letter in {name} (median)", typing["median"] / 1000, None, "≤ 30 ms"),
        Row(f"editor: type a letter in {name} (slowest)", typing["max"] / 1000),
        Row(f"editor: memory with {name} open (RSS)", memory["rss"], None, "< 500 MB", "MB"),
        Row(f"editor: undo memory per one-cell edit, {name}", undo["per_edit"], None, "", "B"),
        Row("editor: grid model data(), per call", data["display"], None, "", "ns"),
    ]


def print_table(rows: list[Row]) -> None:
    width = max(len(r.case) for r in rows)
    print(f"{'case':<{width}}  {'ours':>11}  {'baseline':>11}  {'ratio':>7}  target")
    for r in rows:
        base = r.shown(r.baseline) if r.baseline else ""
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        print(f"{r.case:<{width}}  {r.shown(r.ours):>11}  {base:>11}  {ratio:>7}  {r.target}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the two small sizes, fewer runs")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else 5
    sizes = generate.SIZES[:2] if args.quick else generate.SIZES
    print(
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = file_cases(folder, runs, sizes)
        rows += validation_cases(sizes, runs)
        rows += editor_rows(folder, runs, sizes[-1])
    print_table(rows)


if __name__ == "__main__":
    main()
