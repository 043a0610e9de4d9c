"""Autosave: a recovery copy of unsaved work in the app-data folder, gone after a save or close."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from raci_editor.core.edits import CellValue, SetCells
from raci_editor.gui import app_data, dialogs, preferences
from raci_editor.gui.main_window import MainWindow
from raci_editor.storage import native

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def fast_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(app_data.AUTOSAVE_ENV, "1")


@pytest.fixture
def window(file_window: MainWindow) -> MainWindow:
    return file_window


def edit(window: MainWindow) -> None:
    window.document.apply(SetCells((CellValue("budget", "director", "A"),)), "Set A")


def recovery_files() -> list[Path]:
    folder = app_data.recovery_dir()
    return sorted(folder.iterdir()) if folder.is_dir() else []


def wait_for_copy(qtbot: QtBot, window: MainWindow) -> Path:
    copy = window.autosave.copy_path
    qtbot.waitUntil(copy.is_file, timeout=5000)
    window.autosave.flush()
    return copy


def test_an_unsaved_change_is_copied_to_the_recovery_folder(
    qtbot: QtBot, window: MainWindow, matrix_file: Path, settings_dir: Path
) -> None:
    original = matrix_file.read_bytes()
    edit(window)
    copy = wait_for_copy(qtbot, window)
    assert copy.parent == settings_dir / "data" / "recovery"
    assert native.load(copy).cell("budget", "director") == "A"
    info = json.loads(copy.with_name(f"{window.autosave.slot}.info.json").read_text("utf-8"))
    assert info["pid"] == os.getpid()
    assert info["path"] == str(matrix_file)
    assert info["name"] == matrix_file.name
    assert info["time"]
    assert matrix_file.read_bytes() == original  # never over the user's file


def test_nothing_is_copied_without_changes(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.wait(1500)
    assert recovery_files() == []


def test_a_clean_save_removes_the_copy(qtbot: QtBot, window: MainWindow) -> None:
    edit(window)
    wait_for_copy(qtbot, window)
    assert window.files.save()
    window.autosave.flush()
    assert recovery_files() == []


def test_undoing_back_to_the_saved_state_removes_the_copy(qtbot: QtBot, window: MainWindow) -> None:
    edit(window)
    wait_for_copy(qtbot, window)
    window.document.undo_stack.undo()
    window.autosave.flush()
    assert recovery_files() == []


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Discard, "save"])
def test_closing_removes_the_copy(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: object
) -> None:
    edit(window)
    wait_for_copy(qtbot, window)
    button = QMessageBox.StandardButton.Save if answer == "save" else answer
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_: button)
    assert window.close()
    assert recovery_files() == []


def test_a_new_document_drops_the_old_copy(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(window)
    wait_for_copy(qtbot, window)
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_: QMessageBox.StandardButton.Discard)
    assert window.files.new_matrix()
    window.autosave.flush()
    assert recovery_files() == []


def test_the_copy_follows_later_edits(qtbot: QtBot, window: MainWindow) -> None:
    edit(window)
    copy = wait_for_copy(qtbot, window)
    window.document.apply(SetCells((CellValue("budget", "legal", "R"),)), "Set R")
    qtbot.waitUntil(lambda: native.load(copy).cell("budget", "legal") == "R", timeout=5000)


# -- the interval ----------------------------------------------------------------


def test_the_environment_overrides_the_preference(monkeypatch: pytest.MonkeyPatch) -> None:
    app_data.set_autosave_seconds(120)
    assert app_data.autosave_seconds() == 1
    monkeypatch.delenv(app_data.AUTOSAVE_ENV)
    assert app_data.autosave_seconds() == 120


def test_the_default_interval_is_a_minute(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(app_data.AUTOSAVE_ENV)
    assert app_data.autosave_seconds() == 60


def test_a_bad_environment_value_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(app_data.AUTOSAVE_ENV, "soon")
    assert app_data.autosave_seconds() == 60


def test_preferences_set_the_interval_of_every_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(app_data.AUTOSAVE_ENV)

    def accept(dialog: preferences.PreferencesDialog) -> QDialog.DialogCode:
        dialog.autosave.setValue(30)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", accept)
    window.act.preferences.trigger()
    assert app_data.saved_autosave_seconds() == 30
    assert window.autosave._timer.interval() == 30_000


def test_preferences_are_in_the_edit_menu_with_ctrl_comma(window: MainWindow) -> None:
    action = window.act.preferences
    assert action in window.act.edit_menu.actions()
    assert action.shortcut() == QKeySequence("Ctrl+,")


def test_the_preferences_dialog_names_the_override(qtbot: QtBot) -> None:
    dialog = preferences.PreferencesDialog()
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(preferences.QLabel))
    assert app_data.AUTOSAVE_ENV in texts
    assert str(app_data.recovery_dir()) in texts
