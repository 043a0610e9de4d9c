"""Recovery at start: copies left by an editor that died are offered; Restore brings them back."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from raci_editor.core.model import Matrix
from raci_editor.gui import app, app_data, recovery_dialog, settings
from raci_editor.gui.main_window import MainWindow
from raci_editor.gui.recovery_dialog import Choice, RecoveryDialog
from raci_editor.storage import native, recovery

pytestmark = pytest.mark.gui


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def plant_copy(matrix: Matrix, path: Path | None, name: str, pid: int | None = None) -> Path:
    """A recovery copy as an editor with process ``pid`` (by default a dead one) left it."""
    folder = app_data.recovery_dir()
    slot = f"{pid or 0}-{name}"
    copy = recovery.write_copy(
        folder, slot, native.dumps(matrix), path=path, source=path, name=name
    )
    info_path = folder / f"{slot}{recovery.INFO_SUFFIX}"
    info = json.loads(info_path.read_text("utf-8"))
    info["pid"] = pid if pid is not None else dead_pid()
    if pid is None:
        info["marker"] = None
    info_path.write_text(json.dumps(info), encoding="utf-8")
    return copy


def changed(matrix: Matrix) -> Matrix:
    edited = matrix.model_copy(deep=True)
    edited.letters.setdefault("budget", {})["director"] = "A"
    return edited


@pytest.fixture
def window(qtbot: QtBot, matrix_file: Path) -> Iterator[MainWindow]:
    win = MainWindow()
    assert win.open_file(matrix_file)
    win.show()
    yield win
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.document.undo_stack.setClean()
            widget.close()
            widget.deleteLater()


def answer_next_dialog(qtbot: QtBot, act: Callable[[RecoveryDialog], None]) -> list[str]:
    """Act on the recovery dialog when it shows; the titles of the dialogs seen."""
    titles: list[str] = []

    def poke() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            QTimer.singleShot(20, poke)
            return
        titles.append(dialog.windowTitle())
        act(dialog)

    QTimer.singleShot(0, poke)
    return titles


def press_enter(dialog: RecoveryDialog) -> None:
    """Enter, typed where the dialog has the focus (or in its list): the default button."""
    QtBot.keyClick(dialog.focusWidget() or dialog.table, Qt.Key.Key_Return)


# -- finding the copies ---------------------------------------------------------------


def test_copies_of_a_dead_process_are_found(matrix, matrix_file: Path) -> None:
    copy = plant_copy(changed(matrix), matrix_file, "small-team.raci.json")
    found = recovery.orphaned_copies(app_data.recovery_dir())
    assert [c.copy for c in found] == [copy]
    assert found[0].path == matrix_file
    assert found[0].name == "small-team.raci.json"


def test_copies_of_a_running_process_are_not_found(matrix, matrix_file: Path) -> None:
    plant_copy(changed(matrix), matrix_file, "mine", pid=os.getpid())
    assert recovery.orphaned_copies(app_data.recovery_dir()) == []


def test_a_reused_process_id_does_not_hide_a_copy(matrix, matrix_file: Path) -> None:
    if recovery.process_marker(os.getpid()) is None:
        pytest.skip("the system does not tell process start times")
    copy = plant_copy(changed(matrix), matrix_file, "old", pid=os.getpid())
    info_path = copy.with_name(f"{os.getpid()}-old{recovery.INFO_SUFFIX}")
    info = json.loads(info_path.read_text("utf-8"))
    info["marker"] = "another-boot:1"
    info_path.write_text(json.dumps(info), encoding="utf-8")
    assert [c.copy for c in recovery.orphaned_copies(app_data.recovery_dir())] == [copy]


def test_a_broken_sidecar_is_removed(matrix) -> None:
    folder = app_data.recovery_dir()
    folder.mkdir(parents=True)
    (folder / "1-1.info.json").write_text("{ not json", encoding="utf-8")
    assert recovery.orphaned_copies(folder) == []
    assert list(folder.iterdir()) == []


# -- the dialog -------------------------------------------------------------------------


def test_restore_is_the_default_and_enter_restores(
    qtbot: QtBot, window: MainWindow, matrix, matrix_file: Path
) -> None:
    copy = plant_copy(changed(matrix), matrix_file, "small-team.raci.json")
    titles = answer_next_dialog(qtbot, press_enter)
    restored = recovery_dialog.offer_recovery(window)
    assert titles
    assert "Recover" in titles[0]
    assert restored == [window]
    assert window.path == matrix_file
    assert window.document.is_modified
    assert window.isWindowModified()
    assert window.document.matrix.cell("budget", "director") == "A"
    assert not copy.exists()
    window.autosave.flush()
    assert window.autosave.copy_path.is_file()  # safe again, under this process's name


def test_the_dialog_lists_each_document_with_its_time_and_file(
    qtbot: QtBot, matrix, matrix_file: Path
) -> None:
    plant_copy(changed(matrix), matrix_file, "small-team.raci.json")
    plant_copy(matrix, None, "Untitled")
    dialog = RecoveryDialog(recovery.orphaned_copies(app_data.recovery_dir()))
    qtbot.addWidget(dialog)
    rows = [
        [dialog.table.topLevelItem(i).text(c) for c in range(3)]
        for i in range(dialog.table.topLevelItemCount())
    ]
    assert {r[0] for r in rows} == {"small-team.raci.json", "Untitled"}
    assert all(r[1] for r in rows)
    assert str(matrix_file) in {r[2] for r in rows}
    assert dialog.restore_button.isDefault()


def test_several_copies_open_in_several_windows(
    qtbot: QtBot, window: MainWindow, matrix, matrix_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.raci.json"
    shutil.copyfile(matrix_file, other)
    plant_copy(changed(matrix), matrix_file, "a")
    plant_copy(changed(matrix), other, "b")
    answer_next_dialog(qtbot, lambda d: d.restore_button.click())
    restored = recovery_dialog.offer_recovery(window)
    assert sorted(w.path for w in restored) == sorted([matrix_file, other])
    assert all(w.document.is_modified for w in restored)


def test_discard_removes_the_copies(
    qtbot: QtBot, window: MainWindow, matrix, matrix_file: Path
) -> None:
    copy = plant_copy(changed(matrix), matrix_file, "small-team.raci.json")
    answer_next_dialog(qtbot, lambda d: d.discard_button.click())
    assert recovery_dialog.offer_recovery(window) == []
    assert not copy.exists()
    assert list(app_data.recovery_dir().iterdir()) == []
    assert not window.document.is_modified


def test_escape_decides_later(qtbot: QtBot, window: MainWindow, matrix, matrix_file: Path) -> None:
    copy = plant_copy(changed(matrix), matrix_file, "small-team.raci.json")
    answer_next_dialog(qtbot, lambda d: QtBot.keyClick(d, Qt.Key.Key_Escape))
    assert recovery_dialog.offer_recovery(window) == []
    assert copy.exists()


def test_no_dialog_without_copies(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recovery_dialog, "ask", lambda *_: pytest.fail("asked"))
    assert recovery_dialog.offer_recovery(window) == []


def test_a_damaged_copy_is_reported_and_kept(
    window: MainWindow, matrix, matrix_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = plant_copy(changed(matrix), matrix_file, "small-team.raci.json")
    copy.write_text("{ broken", encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(recovery_dialog, "ask", lambda *_: Choice.RESTORE)
    monkeypatch.setattr(
        recovery_dialog.dialogs, "error", lambda _w, title, _t: errors.append(title)
    )
    assert recovery_dialog.offer_recovery(window) == []
    assert errors
    assert copy.exists()


# -- the real thing: an editor killed in the middle of its work ---------------------------


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)


@pytest.fixture
def display() -> Iterator[str]:
    """A private virtual X display."""
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool (make test installs them)")
    number = next(n for n in range(300, 400) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
def test_an_editor_killed_with_unsaved_work_gives_it_back_at_the_next_start(  # noqa: PLR0917
    qtbot: QtBot,
    display: str,
    matrix_file: Path,
    settings_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = native.load(matrix_file)
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(tmp_path),
        settings.SETTINGS_DIR_ENV: str(settings_dir),
        app_data.AUTOSAVE_ENV: "1",
    }
    log = tmp_path / "editor.log"
    with open(log, "wb") as out:
        editor = subprocess.Popen(
            [sys.executable, "-m", "raci_editor", str(matrix_file)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:

        def xdotool(*args: str) -> str:
            done = subprocess.run(
                ["xdotool", *args], env=env, capture_output=True, text=True, check=False
            )
            return done.stdout.strip()

        wait_for(
            lambda: bool(xdotool("search", "--onlyvisible", "--pid", str(editor.pid))),
            60,
            f"the window; the editor said {log.read_text()[-1000:]}",
        )
        window_id = xdotool("search", "--onlyvisible", "--pid", str(editor.pid)).split()[0]
        xdotool("windowfocus", "--sync", window_id)
        time.sleep(0.5)
        for key in ("ctrl+Home", "i"):
            xdotool("key", "--clearmodifiers", key)
            time.sleep(0.3)
        folder = app_data.recovery_dir()
        wait_for(lambda: any(folder.glob(f"{editor.pid}-*.info.json")), 20, "the recovery copy")
        # Another editor running now must leave a live editor's copy alone.
        assert recovery.orphaned_copies(folder) == []
        editor.send_signal(signal.SIGKILL)
        editor.wait(timeout=10)
    finally:
        if editor.poll() is None:
            editor.kill()
            editor.wait(timeout=10)
    assert native.load(matrix_file) == before  # the file itself was never touched

    seen: list[MainWindow] = []

    def exec_(_app: object) -> int:
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    titles = answer_next_dialog(qtbot, press_enter)
    try:
        assert app.run(str(matrix_file)) == 0
        assert titles
        assert "Recover" in titles[0]
        shown = [w for w in seen if w.isVisible()]
        assert len(shown) == 1
        window = shown[0]
        assert window.path == matrix_file
        assert window.document.is_modified
        first_activity, first_role = before.activities[0].id, before.roles[0].id
        old = before.cell(first_activity, first_role)
        cell = window.document.matrix.cell(first_activity, first_role)
        assert cell == before.scheme.normalise(old + "I")
        assert not any(folder.glob(f"{editor.pid}-*"))
    finally:
        for window in seen:
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()
