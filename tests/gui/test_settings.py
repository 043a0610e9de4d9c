"""Settings: a test folder, recent files, and the window's layout across sessions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from raci_editor.gui import settings
from raci_editor.gui.main_window import MainWindow
from raci_editor.storage.formats import write_matrix

pytestmark = pytest.mark.gui


@pytest.fixture
def windows(qtbot) -> Iterator[list[MainWindow]]:
    """Make windows with ``make()``; all are closed at the end without asking."""
    made: list[MainWindow] = []
    yield made
    for win in made:
        win.document.undo_stack.setClean()
        win.close()
        win.deleteLater()


def new_window(windows: list[MainWindow], qtbot) -> MainWindow:
    win = MainWindow()
    windows.append(win)
    win.show()
    qtbot.wait_exposed(win)
    return win


def some_files(folder: Path, matrix, n: int) -> list[Path]:
    files = []
    for i in range(n):
        path = folder / f"m{i}.raci.json"
        write_matrix(matrix, path)
        files.append(path)
    return files


# -- the settings file ---------------------------------------------------------------


def test_tests_keep_their_settings_in_a_folder_of_their_own(settings_dir: Path) -> None:
    store = settings.settings()
    assert store.format() == QSettings.Format.IniFormat
    assert Path(store.fileName()) == settings_dir / "raci-editor.ini"


def test_without_the_variable_the_settings_are_the_users_ini(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(settings.SETTINGS_DIR_ENV)
    store = settings.settings()
    assert store.format() == QSettings.Format.IniFormat
    assert store.fileName().endswith("raci-editor.ini")
    assert "RACI Editor" in store.fileName()


def test_the_first_launch_is_seen_once() -> None:
    assert settings.first_launch()
    assert not settings.first_launch()


# -- recent files ---------------------------------------------------------------------


def test_recent_files_are_newest_first_without_repeats(tmp_path: Path) -> None:
    a, b = tmp_path / "a.raci.json", tmp_path / "b.raci.json"
    settings.add_recent_file(a)
    settings.add_recent_file(b)
    settings.add_recent_file(a)
    assert settings.recent_files() == [a, b]


def test_recent_files_keep_ten(tmp_path: Path) -> None:
    for i in range(12):
        settings.add_recent_file(tmp_path / f"{i}.raci.json")
    files = settings.recent_files()
    assert len(files) == settings.MAX_RECENT == 10
    assert files[0] == tmp_path / "11.raci.json"


def test_one_recent_file_survives_the_ini_format(tmp_path: Path) -> None:
    settings.add_recent_file(tmp_path / "only.raci.json")
    assert settings.recent_files() == [tmp_path / "only.raci.json"]


def test_opening_a_file_puts_it_in_open_recent(
    qtbot, windows: list[MainWindow], matrix, tmp_path: Path
) -> None:
    files = some_files(tmp_path, matrix, 2)
    window = new_window(windows, qtbot)
    for path in files:
        window.open_file(path)
    labels = [a.text() for a in window.act.recent_menu.actions() if a.data()]
    assert labels == ["&1 m1.raci.json", "&2 m0.raci.json"]


def test_recent_files_persist_into_a_new_window(
    qtbot, windows: list[MainWindow], matrix, tmp_path: Path
) -> None:
    [path] = some_files(tmp_path, matrix, 1)
    first = new_window(windows, qtbot)
    first.open_file(path)
    first.close()
    second = new_window(windows, qtbot)
    recent = [a for a in second.act.recent_menu.actions() if a.data()]
    assert [a.data() for a in recent] == [str(path)]
    recent[0].trigger()
    assert second.path == path


def test_a_missing_recent_file_is_shown_disabled(
    qtbot, windows: list[MainWindow], tmp_path: Path
) -> None:
    settings.add_recent_file(tmp_path / "gone.raci.json")
    window = new_window(windows, qtbot)
    [action] = [a for a in window.act.recent_menu.actions() if a.data()]
    assert not action.isEnabled()
    assert action.text() == "&1 gone.raci.json (not found)"


def test_opening_a_recent_file_that_is_gone_removes_it(
    qtbot, windows: list[MainWindow], matrix, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [path] = some_files(tmp_path, matrix, 1)
    window = new_window(windows, qtbot)
    window.open_file(path)
    path.unlink()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda p, t, text, *a: shown.append(text))
    assert not window.files.open_recent(path)
    assert "no such file" in shown[0]
    assert settings.recent_files() == []


def test_clear_list_empties_open_recent(
    qtbot, windows: list[MainWindow], matrix, tmp_path: Path
) -> None:
    window = new_window(windows, qtbot)
    for path in some_files(tmp_path, matrix, 3):
        window.open_file(path)
    assert window.act.clear_recent.isEnabled()
    window.act.clear_recent.trigger()
    assert settings.recent_files() == []
    assert [a.text() for a in window.act.recent_menu.actions() if a.text()] == [
        "No Recent Files",
        "&Clear List",
    ]
    assert not window.act.clear_recent.isEnabled()


# -- window layout --------------------------------------------------------------------


def test_the_window_geometry_persists(qtbot, windows: list[MainWindow]) -> None:
    first = new_window(windows, qtbot)
    first.resize(700, 500)
    qtbot.wait_until(lambda: first.width() == 700)
    first.close()
    second = new_window(windows, qtbot)
    assert (second.width(), second.height()) == (700, 500)


def test_docks_and_toolbar_remember_whether_they_are_shown(
    qtbot, windows: list[MainWindow]
) -> None:
    first = new_window(windows, qtbot)
    assert not first.history_dock.isVisible()
    first.history_dock.toggleViewAction().trigger()
    first.act.toolbar.toggleViewAction().trigger()
    first.close()
    second = new_window(windows, qtbot)
    assert second.history_dock.isVisible()
    assert not second.act.toolbar.isVisible()
    assert second.properties_dock.isVisible()
