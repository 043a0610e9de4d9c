"""The main window: the grid, its title, the status line, opening files and the menus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from raci_editor import __version__
from raci_editor.core.model import Matrix, Role
from raci_editor.core.rules import Severity, validate
from raci_editor.gui.main_window import MainWindow, summary
from raci_editor.gui.matrix_view import MAX_COLUMN_WIDTH
from raci_editor.storage.formats import write_matrix

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    return win


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Critical message boxes shown, as (title, text), instead of showing them."""
    shown: list[tuple[str, str]] = []

    def critical(parent, title, text, *args):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def test_the_window_shows_the_matrix(window: MainWindow, matrix_file: Path) -> None:
    assert window.open_file(matrix_file)
    assert window.view.model() is window.model
    assert window.model.rowCount() == 4
    assert window.model.columnCount() == 4
    assert window.path == matrix_file


def test_the_title_names_the_file_and_the_program(window: MainWindow, matrix_file: Path) -> None:
    window.open_file(matrix_file)
    assert window.windowTitle() == "small-team.raci.json[*] — RACI Editor"
    assert window.windowFilePath() == str(matrix_file)
    assert not window.isWindowModified()


def test_a_new_window_is_untitled(window: MainWindow) -> None:
    assert window.windowTitle() == "Untitled[*] — RACI Editor"
    assert window.status_text() == "0 activities · 0 roles · RACI · 0 errors · 0 warnings"


def test_the_status_line_counts_findings(window: MainWindow, matrix_file: Path) -> None:
    window.open_file(matrix_file)
    assert window.status_text() == "4 activities · 4 roles · RACI · 2 errors · 1 warning"
    assert [f.severity for f in window.findings].count(Severity.ERROR) == 2


def test_the_summary_counts_in_the_singular_too(matrix: Matrix) -> None:
    one = Matrix(roles=[Role(id="r", name="R")])
    assert summary(one, validate(one)).startswith("0 activities · 1 role · RACI")
    assert summary(matrix, []) == "4 activities · 4 roles · RACI · 0 errors · 0 warnings"


def test_a_broken_file_is_reported_and_the_matrix_kept(
    window: MainWindow, matrix_file: Path, broken_file: Path, dialogs: list[tuple[str, str]]
) -> None:
    window.open_file(matrix_file)
    shown = window.model.matrix
    assert not window.open_file(broken_file)
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "Cannot open file"
    assert str(broken_file) in text
    assert "not valid JSON" in text
    assert "\n" not in text
    assert window.model.matrix is shown
    assert window.path == matrix_file
    assert window.windowTitle().startswith("small-team.raci.json")


def test_a_missing_file_is_reported(
    window: MainWindow, tmp_path: Path, dialogs: list[tuple[str, str]]
) -> None:
    assert not window.open_file(tmp_path / "gone.raci.json")
    assert "no such file" in dialogs[0][1]
    assert window.path is None


def test_an_unexpected_failure_is_reported_not_raised(
    window: MainWindow,
    matrix_file: Path,
    dialogs: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def explode(path):
        raise ValueError("bug in a reader")

    monkeypatch.setattr("raci_editor.gui.main_window.read_matrix", explode)
    assert not window.open_file(matrix_file)
    assert dialogs == [("Cannot open file", "unexpected ValueError: bug in a reader")]


def test_the_grid_has_focus_with_the_first_cell_current(
    qtbot, window: MainWindow, matrix_file: Path
) -> None:
    window.show()
    qtbot.wait_exposed(window)
    window.open_file(matrix_file)
    current = window.view.currentIndex()
    assert (current.row(), current.column()) == (0, 0)
    qtbot.wait_until(window.view.hasFocus)


def test_the_grid_is_read_only(window: MainWindow, matrix_file: Path) -> None:
    window.open_file(matrix_file)
    assert window.view.editTriggers() == window.view.EditTrigger.NoEditTriggers
    assert not window.view.alternatingRowColors()


def test_long_role_names_wrap_instead_of_widening_columns(
    window: MainWindow, matrix: Matrix, tmp_path: Path
) -> None:
    long_name = "Head of Brand, Communications and Public Relations"
    matrix.replace_role(Role(id="legal", name=long_name))
    path = tmp_path / "long.raci.json"
    write_matrix(matrix, path)
    window.open_file(path)
    header = window.view.horizontalHeader()
    assert header.sectionSize(3) <= MAX_COLUMN_WIDTH
    one_line = header.fontMetrics().lineSpacing()
    assert header.sectionSizeFromContents(3).height() >= 3 * one_line


def test_file_open_opens_the_chosen_file(
    window: MainWindow, matrix_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(matrix_file), "")
    )
    window.open_action.trigger()
    assert window.path == matrix_file


def test_cancelling_file_open_keeps_the_matrix(
    window: MainWindow, matrix_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_file(matrix_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    window.open_action.trigger()
    assert window.path == matrix_file


def test_the_menus_have_the_usual_shortcuts(window: MainWindow) -> None:
    assert window.open_action.shortcut() == QKeySequence("Ctrl+O")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")


def test_quit_closes_the_window(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.wait_exposed(window)
    window.quit_action.trigger()
    assert not window.isVisible()


def test_about_shows_the_version_and_the_licence(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert __version__ in shown[0]
    assert "MIT" in shown[0]
