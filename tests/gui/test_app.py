"""Starting the desktop: errors before any window, the file or the sample, the icon."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from raci_editor import paths
from raci_editor.gui import app
from raci_editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def visible_main_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


@pytest.fixture
def seen(qapp, monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """Main windows on screen when the event loop would start; the loop returns at once."""
    windows: list[MainWindow] = []

    def exec_(self) -> int:
        windows.extend(visible_main_windows())
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    return windows


def test_an_unreadable_file_is_an_error_before_any_window(
    seen: list[MainWindow], broken_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.run(str(broken_file)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"raci-editor: error: {broken_file}: ")
    assert err.count("\n") == 1
    assert seen == []
    assert visible_main_windows() == []


def test_a_platform_problem_is_an_error_before_qt(
    seen: list[MainWindow], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(app.platform_check, "problem", lambda: "no display: DISPLAY is not set")
    assert app.run(None) == 2
    assert capsys.readouterr().err == "raci-editor: error: no display: DISPLAY is not set\n"
    assert seen == []


def test_run_shows_the_file_given(seen: list[MainWindow], matrix_file: Path) -> None:
    assert app.run(str(matrix_file)) == 0
    assert len(seen) == 1
    assert seen[0].path == matrix_file
    assert seen[0].model.rowCount() == 4


def test_run_without_a_file_shows_the_english_sample(seen: list[MainWindow]) -> None:
    assert app.run(None) == 0
    assert seen[0].path == paths.sample_path("marketing-team.en.raci.json")
    assert seen[0].model.rowCount() > 0


def test_run_without_a_sample_shows_an_empty_matrix(
    seen: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "default_sample", lambda: None)
    assert app.run(None) == 0
    assert seen[0].path is None


def test_the_application_is_named_and_has_the_icon(qapp) -> None:
    application = app.application()
    assert application is qapp
    assert application.applicationName() == "RACI Editor"
    assert application.organizationName() == "RACI Editor"
    assert not application.windowIcon().isNull()


@pytest.mark.parametrize("size", [16, 32, 64, 256])
def test_the_icon_renders(qapp, size: int) -> None:
    pixmap = QIcon(str(paths.icon_path())).pixmap(size)
    assert not pixmap.isNull()
    assert pixmap.width() == size


def test_main_passes_the_file_to_run(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str | None] = []
    monkeypatch.setattr(app, "run", lambda path: calls.append(path) or 7)
    assert app.main(["team.raci.json"]) == 7
    assert app.main([]) == 7
    assert calls == ["team.raci.json", None]
