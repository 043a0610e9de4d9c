"""Fixtures for the desktop tests: a small matrix in code and on disk, a grid with headers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from raci_editor import paths
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.gui.activity_header import ActivityHeader
from raci_editor.gui.document import Document
from raci_editor.gui.headers import install_headers
from raci_editor.gui.main_window import MainWindow
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.matrix_view import MatrixView
from raci_editor.gui.role_header import RoleHeader
from raci_editor.storage.formats import write_matrix


def make_matrix() -> Matrix:
    """Four roles, four activities, a note, two errors on one activity, one unused role."""
    return Matrix(
        title="Small team",
        roles=[
            Role(
                id="director",
                name="Marketing Director",
                group="Strategic",
                description="Sets the strategy and the budget.",
            ),
            Role(id="writer", name="Content Writer", group="Operational"),
            Role(id="finance", name="Finance"),
            Role(id="legal", name="Legal"),
        ],
        activities=[
            Activity(
                id="plan",
                name="Set the annual plan",
                group="Planning",
                description="Goals, budget and calendar for the year.",
            ),
            Activity(id="blog", name="Write the blog"),
            Activity(id="budget", name="Approve the budget"),
            Activity(id="news", name="Publish the newsletter"),
        ],
        letters={
            "plan": {"director": "A", "writer": "R", "finance": "C"},
            "blog": {"director": "I", "writer": "RA"},
            "budget": {"finance": "C"},
            "news": {"writer": "RA", "finance": "I"},
        },
        notes={"blog": {"writer": "Two posts a week, <b>not</b> more"}},
    )


@pytest.fixture(autouse=True)
def settings_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test keeps its settings in a folder of its own, never in the user's."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("RACI_EDITOR_SETTINGS_DIR", str(folder))
    return folder


@pytest.fixture
def view(qtbot: QtBot, matrix: Matrix) -> MatrixView:
    """A shown grid over the small matrix, the first activity cell current."""
    grid = MatrixView()
    grid.setModel(MatrixModel(Document(matrix), grid))
    qtbot.addWidget(grid)
    grid.resize(640, 320)
    grid.show()
    qtbot.waitExposed(grid)
    grid.focus_first_cell()
    return grid


@pytest.fixture
def matrix() -> Matrix:
    """A fresh small matrix."""
    return make_matrix()


@pytest.fixture
def matrix_file(tmp_path: Path) -> Path:
    """The small matrix saved as a native file."""
    path = tmp_path / "small-team.raci.json"
    write_matrix(make_matrix(), path)
    return path


@pytest.fixture
def broken_file(tmp_path: Path) -> Path:
    """A native file that is not JSON."""
    path = tmp_path / "broken.raci.json"
    path.write_text("{ this is not json", encoding="utf-8")
    return path


@pytest.fixture
def header_grid(
    qtbot: QtBot, matrix: Matrix
) -> tuple[QTableView, MatrixModel, RoleHeader, ActivityHeader]:
    """A shown table view over the small matrix with both headers installed."""
    view = QTableView()
    qtbot.addWidget(view)
    roles, activities = install_headers(view)
    model = MatrixModel(Document(matrix), parent=view)
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view, model, roles, activities


@pytest.fixture
def draft_window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window on screen with the product-launch draft open; closed without asking."""
    win = MainWindow()
    assert win.open_file(paths.sample_path("product-launch-draft.en.raci.json"))
    win.show()
    win.activateWindow()
    qtbot.wait_exposed(win)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


@pytest.fixture
def file_window(qtbot: QtBot, matrix_file: Path) -> Iterator[MainWindow]:
    """A shown window on ``matrix_file``, closed without questions at the end."""
    win = MainWindow()
    assert win.open_file(matrix_file)
    win.show()
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
