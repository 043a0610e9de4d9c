"""A big matrix is on screen first and checked right after, with nothing lost.

The threshold is lowered here so that the draft sample counts as big: what
is tested is the order of things and that the findings arrive in full.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from raci_editor import paths
from raci_editor.core.edits import CellValue, SetCells
from raci_editor.core.rules import Severity, validate
from raci_editor.gui import document as document_module
from raci_editor.gui.main_window import MainWindow
from raci_editor.gui.matrix_model import SEVERITY_ROLE
from raci_editor.storage.formats import read_matrix

DRAFT = "product-launch-draft.en.raci.json"


@pytest.fixture
def small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_module, "DEFER_CHECK_CELLS", 1)


@pytest.fixture
def window(qtbot: QtBot, small_threshold: None) -> Iterator[MainWindow]:
    win = MainWindow()
    win.resize(1000, 600)
    win.show()
    qtbot.wait_exposed(win)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def open_draft(window: MainWindow) -> None:
    path = paths.sample_path(DRAFT)
    window.show_result(read_matrix(path), path)


def test_the_window_shows_the_matrix_before_its_check_and_the_findings_follow(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_draft(window)
    document = window.document
    assert document.check_pending
    assert "Checking…" in window.status_text()
    assert window.problems.model.rowCount() == 0
    qtbot.wait_until(lambda: not document.check_pending, timeout=3000)
    expected = validate(document.matrix)
    errors = sum(f.severity is Severity.ERROR and f.waiver is None for f in expected)
    assert errors > 0
    assert f"{errors} errors" in window.status_text()
    assert window.problems.model.rowCount() == len(expected)
    assert window.problems_dock.isVisible()  # errors: the panel opens, as for a small file


def test_grid_marks_appear_once_checked(qtbot: QtBot, window: MainWindow) -> None:
    open_draft(window)
    document, model = window.document, window.view.model()
    bad = next(
        f for f in validate(document.matrix) if f.activity_id is not None and f.role_id is None
    )
    row = model.row_of_activity(bad.activity_id)
    assert row is not None

    def mark() -> object:
        return model.headerData(row, Qt.Orientation.Vertical, SEVERITY_ROLE)

    assert mark() is None
    qtbot.wait_until(lambda: mark() is not None, timeout=3000)


def test_an_edit_before_the_check_is_in_the_findings(qtbot: QtBot, window: MainWindow) -> None:
    open_draft(window)
    document = window.document
    matrix = document.matrix
    activity, role = matrix.activities[0], matrix.roles[0]
    document.apply(SetCells((CellValue(activity.id, role.id, "A"),)), "Set A")
    qtbot.wait_until(lambda: not document.check_pending, timeout=3000)
    assert document.validation.findings() == validate(matrix)
    assert window.problems.model.rowCount() == len(validate(matrix))


def test_a_hidden_window_checks_at_once(qtbot: QtBot, small_threshold: None) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    open_draft(win)
    assert not win.document.check_pending
    assert "Checking" not in win.status_text()
