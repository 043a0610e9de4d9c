"""Changed on disk: another program changes or removes the open file; Reload or Keep Mine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from raci_editor.core.edits import CellValue, SetCells
from raci_editor.core.model import Matrix
from raci_editor.gui.main_window import MainWindow
from raci_editor.storage import native

pytestmark = pytest.mark.gui
QUIET_MS = 800
"""Long enough for a file event to arrive and settle."""


@pytest.fixture
def window(qtbot: QtBot, matrix_file: Path) -> Iterator[MainWindow]:
    win = MainWindow()
    assert win.open_file(matrix_file)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def theirs(matrix: Matrix) -> Matrix:
    """The matrix as another program changed it."""
    edited = matrix.model_copy(deep=True)
    edited.title = "Changed elsewhere"
    return edited


def bar_shown(window: MainWindow) -> bool:
    return not window.disk_watch.bar.isHidden()


def test_an_atomic_replace_by_another_program_asks(
    qtbot: QtBot, window: MainWindow, matrix: Matrix, matrix_file: Path
) -> None:
    native.save(theirs(matrix), matrix_file)  # write a temporary file, rename it over ours
    qtbot.waitUntil(lambda: bar_shown(window), timeout=5000)
    bar = window.disk_watch.bar
    assert matrix_file.name in bar.label.text()
    assert "changed" in bar.label.text()
    assert not bar.reload_button.isHidden()


def test_reload_loads_the_new_content(
    qtbot: QtBot, window: MainWindow, matrix: Matrix, matrix_file: Path
) -> None:
    window.document.apply(SetCells((CellValue("budget", "director", "A"),)), "Set A")
    native.save(theirs(matrix), matrix_file)
    qtbot.waitUntil(lambda: bar_shown(window), timeout=5000)
    window.disk_watch.bar.reload_button.click()
    assert window.document.matrix.title == "Changed elsewhere"
    assert window.document.matrix.cell("budget", "director") == ""
    assert not window.document.is_modified
    assert window.path == matrix_file
    assert not bar_shown(window)


def test_keep_mine_keeps_the_document_modified(
    qtbot: QtBot, window: MainWindow, matrix: Matrix, matrix_file: Path
) -> None:
    native.save(theirs(matrix), matrix_file)
    qtbot.waitUntil(lambda: bar_shown(window), timeout=5000)
    window.disk_watch.bar.keep_button.click()
    assert not bar_shown(window)
    assert window.document.matrix.title == matrix.title
    assert window.document.is_modified
    assert window.isWindowModified()
    qtbot.wait(QUIET_MS)
    assert not bar_shown(window)  # the same change is not asked about twice


def test_our_own_save_does_not_ask_and_the_watch_goes_on(
    qtbot: QtBot, window: MainWindow, matrix: Matrix, matrix_file: Path
) -> None:
    window.document.apply(SetCells((CellValue("budget", "director", "A"),)), "Set A")
    assert window.files.save()
    qtbot.wait(QUIET_MS)
    assert not bar_shown(window)
    native.save(theirs(matrix), matrix_file)  # the rename ended the old watch: re-armed?
    qtbot.waitUntil(lambda: bar_shown(window), timeout=5000)


def test_a_write_in_place_asks(
    qtbot: QtBot, window: MainWindow, matrix: Matrix, matrix_file: Path
) -> None:
    matrix_file.write_text(native.dumps(theirs(matrix)), encoding="utf-8")
    qtbot.waitUntil(lambda: bar_shown(window), timeout=5000)


def test_a_change_after_a_reload_asks_again(
    qtbot: QtBot, window: MainWindow, matrix: Matrix, matrix_file: Path
) -> None:
    native.save(theirs(matrix), matrix_file)
    qtbot.waitUntil(lambda: bar_shown(window), timeout=5000)
    window.disk_watch.reload()
    native.save(matrix, matrix_file)
    qtbot.waitUntil(lambda: bar_shown(window), timeout=5000)


def test_a_removed_file_is_reported(qtbot: QtBot, window: MainWindow, matrix_file: Path) -> None:
    matrix_file.unlink()
    qtbot.waitUntil(lambda: bar_shown(window), timeout=5000)
    bar = window.disk_watch.bar
    assert "deleted or moved" in bar.label.text()
    assert bar.reload_button.isHidden()
    bar.keep_button.click()
    assert window.document.is_modified  # Save writes the file again
    assert window.files.save()
    assert matrix_file.is_file()


def test_a_new_document_is_not_watched(
    qtbot: QtBot, window: MainWindow, matrix: Matrix, matrix_file: Path
) -> None:
    assert window.files.new_matrix()
    assert window.disk_watch.path is None
    native.save(theirs(matrix), matrix_file)
    qtbot.wait(QUIET_MS)
    assert not bar_shown(window)
