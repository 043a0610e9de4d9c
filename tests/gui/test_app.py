"""Starting the desktop: errors before any window, the file, the last file or the sample."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from raci_editor import paths
from raci_editor.gui import app, settings
from raci_editor.gui.import_preview import ImportPreviewDialog
from raci_editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


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
    assert len(seen[0].model.activity_rows()) == 4
    assert settings.recent_files()[0] == matrix_file


@pytest.mark.parametrize("answer", [QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
def test_run_shows_a_spreadsheet_through_the_import_preview(
    seen: list[MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: QDialog.DialogCode,
) -> None:
    sheet = tmp_path / "team.csv"
    sheet.write_text("Activity,Boss,Dev\nPlan,A,R\nBuild,I,A/R\n", encoding="utf-8")
    previews: list[str] = []

    def exec_(dialog: ImportPreviewDialog) -> int:
        previews.append(dialog.windowTitle())
        return answer.value

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    settings.clear_recent_files()
    assert app.run(str(sheet)) == 0
    assert len(previews) == 1
    assert len(seen) == 1
    names = [a.name for a in seen[0].document.matrix.activities]
    if answer is QDialog.DialogCode.Accepted:
        assert names == ["Plan", "Build"]
        assert seen[0].document.path is None  # an import: Save asks where
    else:
        assert names != ["Plan", "Build"]  # cancelled: the usual start instead


def test_the_grid_has_focus_on_the_first_activity_cell(
    seen: list[MainWindow], matrix_file: Path
) -> None:
    app.run(str(matrix_file))
    window = seen[0]
    current = window.view.currentIndex()
    assert window.model.row_kind(current.row()) == "activity"
    assert window.model.activity_at(current.row()).id == "plan"
    assert current.column() == 0


def test_a_first_run_shows_an_untitled_copy_of_the_english_sample(
    seen: list[MainWindow],
) -> None:
    assert app.run(None) == 0
    window = seen[0]
    assert window.path is None
    assert window.windowTitle() == "Untitled[*] — RACI Editor"
    assert not window.document.is_modified
    sample = paths.sample_path("marketing-team.en.raci.json")
    assert window.document.matrix.title == app.read_matrix(sample).matrix.title
    assert window.model.rowCount() > 0


def test_a_later_run_reopens_the_last_file(seen: list[MainWindow], matrix_file: Path) -> None:
    settings.first_launch()
    settings.add_recent_file(matrix_file)
    assert app.run(None) == 0
    assert seen[0].path == matrix_file


def test_a_later_run_without_a_last_file_shows_an_empty_matrix(
    seen: list[MainWindow], tmp_path: Path
) -> None:
    settings.first_launch()
    settings.add_recent_file(tmp_path / "gone.raci.json")
    assert app.run(None) == 0
    assert seen[0].path is None
    assert seen[0].document.matrix.roles == []


def test_run_without_a_sample_shows_an_empty_matrix(
    seen: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "default_sample", lambda: None)
    assert app.run(None) == 0
    assert seen[0].path is None
    assert seen[0].model.rowCount() == 0


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
    calls: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr(app, "run", lambda path, lang: calls.append((path, lang)) or 7)
    assert app.main(["team.raci.json"]) == 7
    assert app.main([]) == 7
    assert app.main(["--lang", "zh_CN", "team.raci.json"]) == 7
    assert calls == [("team.raci.json", None), (None, None), ("team.raci.json", "zh_CN")]


def test_the_desktop_entry_starts_the_editor_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "raci-editor.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "RACI Editor"
    assert desktop["Exec"] == "raci-editor-gui %f"
    assert desktop["Icon"] == "raci-editor"
    assert "Office" in desktop["Categories"].split(";")
    assert (ROOT / "resources" / "icons" / f"{desktop['Icon']}.svg").is_file()


def test_the_desktop_entry_is_valid() -> None:
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed")
    done = subprocess.run(
        [validate, str(ROOT / "resources" / "raci-editor.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
