"""File › Save and File › Export on a really full disk, a read-only mount, a vanished folder.

The user sees one clear error, the previous file is untouched, no temporary
file is left, and the document stays open and modified, so that Save As (or
an export) to another folder works at once (issue 8). The file systems are
real: a small tmpfs, filled up or remounted read-only; without the right to
mount (not root, or a container without CAP_SYS_ADMIN) those tests are skipped.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from raci_editor.core.edits import CellValue, SetCells
from raci_editor.core.model import Matrix
from raci_editor.gui.main_window import MainWindow
from raci_editor.storage.formats import read_matrix, write_matrix

pytestmark = pytest.mark.gui
Button = QMessageBox.StandardButton
NATIVE_FILTER = "RACI matrix (*.raci.json)"
EXPORTS = (".xlsx", ".pdf", ".png", ".html", ".md")
WAIT_MS = 20_000


# -- real mounts (as in tests/storage/test_save_failures.py) -------------------------------


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs of its own (1 MiB), unmounted at the end.

    Tests ask for it before the windows, so that the windows close before it goes.
    """
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CAP_SYS_ADMIN)")
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("mount/umount are not installed")
    folder = tmp_path / "tmpfs"
    folder.mkdir()
    done = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"mount is not permitted here: {done.stderr.strip() or done.returncode}")
    yield folder
    if run("umount", str(folder)).returncode != 0:
        run("umount", "-l", str(folder))


def fill_up(folder: Path) -> None:
    """Write one file until the file system has not a byte left."""
    with (folder / "filler").open("wb", buffering=0) as file:
        for chunk in (1 << 16, 1 << 12, 1):
            try:
                while True:
                    file.write(b"\0" * chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    assert shutil.disk_usage(folder).free == 0


def remount_read_only(folder: Path) -> None:
    done = run("mount", "-o", "remount,ro", str(folder))
    assert done.returncode == 0, done.stderr


# -- the window and its dialogs -------------------------------------------------------------


class Answers:
    """Scripted file dialogs and message boxes, and the errors shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.chosen = ""
        self.errors: list[tuple[str, str]] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save_name)
        monkeypatch.setattr(QMessageBox, "critical", self._critical)
        monkeypatch.setattr(QMessageBox, "question", self._unexpected)
        monkeypatch.setattr(QMessageBox, "warning", self._unexpected)

    def _save_name(
        self, parent: object, title: str, start: str, pattern: str, *args: object
    ) -> tuple[str, str]:
        return (self.chosen, NATIVE_FILTER if ".raci.json" in pattern else pattern)

    def _critical(self, parent: object, title: str, text: str, *args: object) -> Button:
        self.errors.append((title, text))
        return Button.Ok

    def _unexpected(self, parent: object, title: str, text: str, *args: object) -> Button:
        raise AssertionError(f"unexpected question: {text}")


class Desk:
    """Opens files in main windows, with scripted dialogs; the windows close at the end."""

    def __init__(self, qtbot: QtBot, answers: Answers) -> None:
        self.qtbot = qtbot
        self.answers = answers
        self.windows: list[MainWindow] = []

    def open(self, path: Path) -> MainWindow:
        win = MainWindow()
        self.windows.append(win)
        assert win.open_file(path)
        win.show()
        self.qtbot.wait_exposed(win)
        return win

    def export(self, window: MainWindow, ext: str, target: Path) -> bool:
        """File › Export › the format, to ``target``; True when the file was written."""
        self.answers.chosen = str(target)
        with self.qtbot.waitSignal(window.exports.export_finished, timeout=WAIT_MS) as finished:
            window.act.export_actions[ext].trigger()
        return bool(finished.args[0])

    def close(self) -> None:
        for win in self.windows:
            win.exports.wait()
            win.document.undo_stack.setClean()
            win.close()
            win.deleteLater()


@pytest.fixture
def desk(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    desk = Desk(qtbot, Answers(monkeypatch))
    yield desk
    desk.close()


def edit(window: MainWindow) -> None:
    """Change one cell, as the user would, so the document has unsaved changes."""
    matrix = window.document.matrix
    activity, role = matrix.activities[0].id, matrix.roles[0].id
    letters = "I" if matrix.letters.get(activity, {}).get(role) != "I" else "C"
    window.document.apply(SetCells((CellValue(activity, role, letters, ""),)), "Set")
    assert window.isWindowModified()


def listing(folder: Path) -> set[str]:
    return set(os.listdir(folder))


def assert_still_unsaved(window: MainWindow, path: Path, edited: Matrix) -> None:
    """The document is the one edited, still named ``path``, and marked modified."""
    assert window.document.path == path
    assert window.document.matrix == edited
    assert not window.document.undo_stack.isClean()
    assert window.document.is_modified
    assert window.isWindowModified()
    assert f"{path.name}*" in window.windowHandle().title()  # the title as shown
    assert not window.statusBar().currentMessage().startswith("Saved")


# -- File › Save ----------------------------------------------------------------------------


FAILURES: dict[str, tuple[Callable[[Path], None], str]] = {
    "full disk": (fill_up, "the disk is full"),
    "read-only file system": (remount_read_only, "the file system is read-only"),
}


@pytest.mark.parametrize("failure", FAILURES)
def test_a_failed_save_keeps_the_document_unsaved_and_save_as_elsewhere_works(
    tmpfs: Path, desk: Desk, matrix: Matrix, failure: str
) -> None:
    answers = desk.answers
    break_it, reason = FAILURES[failure]
    path = tmpfs / "team.raci.json"
    write_matrix(matrix, path)
    old = path.read_bytes()
    window = desk.open(path)
    edit(window)
    edited = window.document.matrix.copy_deep()
    break_it(tmpfs)
    before = listing(tmpfs)

    window.act.save.trigger()

    assert answers.errors == [("Cannot save file", f"{path}: cannot write: {reason}")]
    assert path.read_bytes() == old
    assert listing(tmpfs) == before  # no temporary file left
    assert_still_unsaved(window, path, edited)

    elsewhere = tmpfs.parent / "elsewhere" / "team.raci.json"
    elsewhere.parent.mkdir()
    answers.chosen = str(elsewhere)
    window.act.save_as.trigger()

    assert len(answers.errors) == 1
    assert read_matrix(elsewhere).matrix == edited
    assert window.document.path == elsewhere
    assert window.document.undo_stack.isClean()
    assert not window.isWindowModified()
    assert "*" not in window.windowHandle().title()
    assert path.read_bytes() == old


def test_save_as_onto_a_full_disk_fails_and_another_folder_works(
    tmpfs: Path, desk: Desk, tmp_path: Path, matrix_file: Path
) -> None:
    answers = desk.answers
    window = desk.open(matrix_file)
    edit(window)
    edited = window.document.matrix.copy_deep()
    fill_up(tmpfs)
    before = listing(tmpfs)
    full = tmpfs / "copy.raci.json"
    answers.chosen = str(full)

    window.act.save_as.trigger()

    assert answers.errors == [("Cannot save file", f"{full}: cannot write: the disk is full")]
    assert listing(tmpfs) == before
    assert_still_unsaved(window, matrix_file, edited)  # still the file it was opened from

    answers.chosen = str(tmp_path / "copy.raci.json")
    window.act.save_as.trigger()
    assert read_matrix(tmp_path / "copy.raci.json").matrix == edited
    assert not window.isWindowModified()


def test_a_save_into_a_folder_that_vanished(desk: Desk, tmp_path: Path, matrix: Matrix) -> None:
    answers = desk.answers
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    path = folder / "team.raci.json"
    write_matrix(matrix, path)
    window = desk.open(path)
    edit(window)
    edited = window.document.matrix.copy_deep()
    shutil.rmtree(folder)  # the stick was pulled out

    window.act.save.trigger()

    assert answers.errors == [("Cannot save file", f"{path}: cannot write: no such file or folder")]
    assert not folder.exists()
    assert_still_unsaved(window, path, edited)

    answers.chosen = str(tmp_path / "team.raci.json")
    window.act.save_as.trigger()
    assert read_matrix(tmp_path / "team.raci.json").matrix == edited
    assert not window.isWindowModified()


# -- File › Export ---------------------------------------------------------------------------


@pytest.mark.parametrize("ext", EXPORTS)
@pytest.mark.parametrize("failure", FAILURES)
def test_a_failed_export_keeps_the_previous_file_and_another_folder_works(
    tmpfs: Path, desk: Desk, matrix_file: Path, ext: str, failure: str
) -> None:
    break_it, reason = FAILURES[failure]
    answers = desk.answers
    window = desk.open(matrix_file)
    target = tmpfs / f"team{ext}"
    assert desk.export(window, ext, target)  # an earlier export: "Exported …" shows
    target.chmod(0o640)
    old = target.read_bytes()
    edit(window)
    edited = window.document.matrix.copy_deep()
    break_it(tmpfs)
    before = listing(tmpfs)

    assert not desk.export(window, ext, target)

    assert answers.errors == [("Cannot export file", f"{target}: cannot write: {reason}")]
    assert target.read_bytes() == old
    assert target.stat().st_mode & 0o777 == 0o640
    assert listing(tmpfs) == before
    assert_still_unsaved(window, matrix_file, edited)
    assert not window.statusBar().currentMessage().startswith("Exported")

    elsewhere = matrix_file.parent / f"team{ext}"
    assert desk.export(window, ext, elsewhere)
    assert elsewhere.stat().st_size > 0
    assert len(answers.errors) == 1
    assert window.isWindowModified()  # an export never marks the document saved
