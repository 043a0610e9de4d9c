"""Editor benchmarks: open, type a letter, memory, undo growth and ``data()`` cost.

``python benchmarks/editor.py [FILE ...]`` prints a table (default files: the
bundled tiny sample and ``/tmp/bench/m10000x200.raci.json``). Every
measurement runs in a fresh process (``QT_QPA_PLATFORM=offscreen``, settings
and recovery copies in a temporary folder), started by the functions below,
which the table uses and which other scripts may import:

- :func:`measure_open`: wall-clock time from starting the process to the
  first paint of the grid, through :func:`raci_editor.gui.app.run` as the
  ``raci-editor-gui FILE`` command runs it; split into reading the file
  (``read_matrix``) and the window's part after it.
- :func:`measure_typing`: the latency of typing one letter into a cell, from
  the key press until the cell, the findings (Problems panel, grid marks) and
  the status bar are updated and painted; median over distinct cells.
- :func:`measure_memory`: the process's resident memory once the window is
  shown and the matrix checked (VmRSS) and its peak (VmHWM).
- :func:`measure_undo`: retained memory (tracemalloc) per edit over 100 edits,
  on the same two cells (the undo stack) and on cells spread over the matrix.
- :func:`measure_data`: the grid model's ``data()`` cost per call, by role.

Nothing here asserts a limit.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "sample_projects" / "marketing-team.en.raci.json"
BIG = Path("/tmp/bench/m10000x200.raci.json")
KEYSTROKES = 20
UNDO_EDITS = 100


# -- the parent side: one fresh process per measurement ------------------------------


def _run_child(mode: str, path: Path, timeout: float = 600) -> dict[str, Any]:
    """Run this file as ``--child MODE PATH`` in a fresh process; return what it reports."""
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            RACI_EDITOR_SETTINGS_DIR=folder,
            RACI_EDITOR_DATA_DIR=folder,
            PYTHONPATH=str(ROOT),
        )
        started = time.time()
        done = subprocess.run(
            [sys.executable, __file__, "--child", mode, str(path), repr(started)],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"{mode} {path}: exit {done.returncode}\n{done.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if "error" in report:
        raise RuntimeError(f"{mode} {path}: {report['error']}")
    return report


def measure_open(path: Path = BIG) -> dict[str, float]:
    """Seconds: ``total`` (process start to first grid paint), ``load`` and ``window``."""
    return _run_child("open", path)


def measure_typing(path: Path = BIG) -> dict[str, float]:
    """Milliseconds per typed letter: ``median`` and ``max`` over distinct cells."""
    return _run_child("type", path)


def measure_memory(path: Path = BIG) -> dict[str, float]:
    """MB: ``rss`` once the window is shown, ``peak`` (high-water mark) until then."""
    return _run_child("memory", path)


def measure_undo(path: Path = BIG) -> dict[str, float]:
    """Bytes retained per edit over :data:`UNDO_EDITS` single-cell edits (tracemalloc):
    ``per_edit`` on two cells in turn (the undo stack), ``per_edit_spread`` over the matrix."""
    return _run_child("undo", path)


def measure_data(path: Path = BIG) -> dict[str, float]:
    """Nanoseconds per ``MatrixModel.data()`` call, by role, median over many cells."""
    return _run_child("data", path)


# -- the child side: open the editor as the command does, then measure ------------------


def _child(mode: str, path: Path, started: float) -> dict[str, Any]:
    """Start the editor on ``path`` through ``app.run``; once the grid is painted, measure."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from raci_editor.gui import app as gui_app

    marks: dict[str, float] = {}
    real_read = gui_app.read_matrix

    def timed_read(*args: Any, **kwargs: Any) -> Any:
        result = real_read(*args, **kwargs)
        marks["loaded"] = time.time()
        return result

    gui_app.read_matrix = timed_read  # type: ignore[assignment]
    qt_app = QApplication([sys.argv[0]])
    report: dict[str, Any] = {}

    def after_paint() -> None:
        marks["painted"] = time.time()
        try:
            report.update(_MODES[mode](qt_app, _main_window(), marks, started))
        except BaseException as exc:  # reported by the parent, never a hang
            report["error"] = repr(exc)
        _report_and_exit(report)  # no closing of windows, no "save changes?" question

    class FirstPaint(QObject):
        """Notices the first paint of the grid's viewport."""

        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint and _is_grid(watched):
                self.seen = True
                QTimer.singleShot(0, after_paint)  # after this paint has finished
            return False

    watcher = FirstPaint()
    qt_app.installEventFilter(watcher)
    gui_app.run(str(path))
    report["error"] = "the editor quit before the grid was painted"
    return report


def _report_and_exit(report: dict[str, Any]) -> None:
    """Hand the report to the parent and leave at once (tearing down is not measured)."""
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()
    os._exit(0)


def _is_grid(widget: object) -> bool:
    from raci_editor.gui.matrix_view import MatrixView

    parent = getattr(widget, "parent", None)
    return callable(parent) and isinstance(parent(), MatrixView)


def _main_window() -> Any:
    from PySide6.QtWidgets import QApplication

    from raci_editor.gui.main_window import MainWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def _open(_app: Any, _window: Any, marks: dict[str, float], started: float) -> dict[str, float]:
    loaded = marks.get("loaded", started)
    return {
        "total": marks["painted"] - started,
        "load": loaded - started,
        "window": marks["painted"] - loaded,
    }


def _memory(app: Any, window: Any, _marks: dict[str, float], _started: float) -> dict[str, float]:
    window.document.check()  # a big matrix is checked just after it shows: count its findings
    _settle(app)
    status = Path("/proc/self/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return {
        "rss": int(fields["VmRSS"].split()[0]) / 1024,
        "peak": int(fields["VmHWM"].split()[0]) / 1024,
    }


def _cells(window: Any, count: int) -> list[tuple[str, str]]:
    """``count`` distinct cells spread over the matrix (rows far apart, columns varied)."""
    matrix = window.document.matrix
    activities, roles = matrix.activities, matrix.roles
    step = max(len(activities) // count, 1)
    return [
        (activities[(n * step) % len(activities)].id, roles[(n * 7) % len(roles)].id)
        for n in range(count)
    ]


def _type(app: Any, window: Any, _marks: dict[str, float], _started: float) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.problems_dock.show()  # its update counts too
    window.document.check()  # a big matrix is checked just after it shows
    _settle(app)
    view = window.view
    times = []
    for activity_id, role_id in _cells(window, KEYSTROKES):
        view.select_cell(activity_id, role_id)
        _settle(app)
        before = window.document.matrix.cell(activity_id, role_id)
        start = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.NoModifier)
        app.processEvents()  # the repaints the key press asked for
        times.append((time.perf_counter() - start) * 1000)
        if window.document.matrix.cell(activity_id, role_id) == before:
            raise RuntimeError("the key press did not reach the cell")
    return {"median": statistics.median(times), "max": max(times)}


def _settle(app: Any) -> None:
    for _ in range(3):
        app.processEvents()


def _undo(app: Any, window: Any, _marks: dict[str, float], _started: float) -> dict[str, float]:
    """Memory kept per edit: on the same two cells (the undo stack alone) and spread out.

    Edits spread over the matrix also replace the findings of every row and
    column they touch (fresh messages instead of ones shared at opening), so
    that figure is an upper bound of what the undo stack keeps.
    """
    cells = _cells(window, UNDO_EDITS)
    same = [cells[n % 2] for n in range(UNDO_EDITS)]
    return {
        "per_edit": _kept_per_edit(app, window, same),
        "per_edit_spread": _kept_per_edit(app, window, cells),
        "stack": window.document.undo_stack.count(),
    }


def _kept_per_edit(app: Any, window: Any, cells: list[tuple[str, str]]) -> float:
    """Bytes (tracemalloc) still held after toggling R in each of ``cells``, per edit."""
    import gc
    import tracemalloc

    view = window.view
    for activity_id, role_id in cells[:2]:  # warm up: the first edits build caches
        view.select_cell(activity_id, role_id)
        view.toggle_letter("R")
    _settle(app)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for activity_id, role_id in cells:
        view.select_cell(activity_id, role_id)
        view.toggle_letter("R")
        app.processEvents()
    _settle(app)
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / len(cells)


def _data(_app: Any, window: Any, _marks: dict[str, float], _started: float) -> dict[str, float]:
    from PySide6.QtCore import Qt

    from raci_editor.gui.matrix_model import LETTERS_ROLE, SEVERITY_ROLE

    model = window.model
    rows = model.activity_rows()
    columns = model.role_column_count
    picks = [(rows[(n * 7919) % len(rows)], (n * 31) % columns) for n in range(2000)]
    indexes = [model.index(r, c) for r, c in picks]
    roles = {
        "display": Qt.ItemDataRole.DisplayRole,
        "background": Qt.ItemDataRole.BackgroundRole,
        "letters": LETTERS_ROLE,
        "severity": SEVERITY_ROLE,
        "alignment": Qt.ItemDataRole.TextAlignmentRole,
    }
    report = {}
    for name, role in roles.items():
        report[name] = _ns_per_call(lambda i, r=role: model.data(i, r), indexes)
    report["header_severity"] = _ns_per_call(
        lambda i: model.headerData(i.row(), Qt.Orientation.Vertical, SEVERITY_ROLE), indexes
    )
    return report


def _ns_per_call(call: Callable[[Any], object], indexes: list[Any]) -> float:
    """Median over 5 rounds of the mean time of one call over ``indexes``, in ns."""
    rounds = []
    for _ in range(5):
        start = time.perf_counter_ns()
        for index in indexes:
            call(index)
        rounds.append((time.perf_counter_ns() - start) / len(indexes))
    return statistics.median(rounds)


_MODES: dict[str, Callable[[Any, Any, dict[str, float], float], dict[str, Any]]] = {
    "open": _open,
    "memory": _memory,
    "type": _type,
    "undo": _undo,
    "data": _data,
}


# -- the table ------------------------------------------------------------------


def table(files: list[Path], repeats: int = 3) -> str:
    """Run every measurement (open ``repeats`` times, interleaved) and format the results."""
    opens: dict[Path, list[dict[str, float]]] = {f: [] for f in files}
    for _ in range(repeats):
        for f in files:
            opens[f].append(measure_open(f))
    lines = [
        f"{'file':<28} {'open s':>7} {'load s':>7} {'window s':>8} {'key ms':>7} {'key max':>7} "
        f"{'RSS MB':>7} {'peak MB':>7} {'undo B/edit':>11} {'spread B':>8} {'data ns':>8} "
        f"{'hdr ns':>7}"
    ]
    for f in files:
        runs = opens[f]
        total = statistics.median(r["total"] for r in runs)
        load = statistics.median(r["load"] for r in runs)
        window = statistics.median(r["window"] for r in runs)
        typing = measure_typing(f)
        memory = measure_memory(f)
        undo = measure_undo(f)
        data = measure_data(f)
        worst = max(v for k, v in data.items() if k != "header_severity")
        lines.append(
            f"{f.name[:28]:<28} {total:>7.2f} {load:>7.2f} {window:>8.2f} "
            f"{typing['median']:>7.1f} {typing['max']:>7.1f} {memory['rss']:>7.0f} "
            f"{memory['peak']:>7.0f} {undo['per_edit']:>11.0f} {undo['per_edit_spread']:>8.0f} "
            f"{worst:>8.0f} "
            f"{data['header_severity']:>7.0f}"
        )
    if len(files) >= 2:
        first = statistics.median(r["total"] for r in opens[files[0]])
        for f in files[1:]:
            ratio = statistics.median(r["total"] for r in opens[f]) / first
            lines.append(f"open ratio {f.name} / {files[0].name}: {ratio:.2f} (target <= 2)")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """``editor.py [FILE ...]`` prints the table; ``--child`` is the measuring process."""
    if argv[:1] == ["--child"]:
        mode, path, started = argv[1], Path(argv[2]), float(argv[3])
        _report_and_exit(_child(mode, path, started))
    files = [Path(a) for a in argv] or [TINY, BIG]
    print(table(files))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
