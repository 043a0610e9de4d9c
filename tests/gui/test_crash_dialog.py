"""Unexpected exceptions: a dialog with the details, a log file, an emergency copy; we go on."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from raci_editor.core.edits import CellValue, SetCells
from raci_editor.gui import app_data, crash
from raci_editor.gui.crash import CrashHandler
from raci_editor.gui.crash_dialog import CrashDialog
from raci_editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def handler(qtbot: QtBot) -> Iterator[CrashHandler]:
    made = CrashHandler()
    yield made
    made.uninstall()
    for dialog in made.dialogs:
        dialog.close()
        dialog.deleteLater()


@pytest.fixture
def window(file_window: MainWindow) -> MainWindow:
    return file_window


def raised(message: str = "the sky fell") -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError(message)
    except RuntimeError as exc:
        return type(exc), exc, exc.__traceback__


def report(handler: CrashHandler, message: str = "the sky fell") -> CrashDialog:
    exc_type, exc, tb = raised(message)
    dialog = handler.handle(exc_type, exc, tb)  # type: ignore[arg-type]
    assert dialog is not None
    return dialog


def test_the_dialog_shows_the_details_as_copyable_text(handler: CrashHandler) -> None:
    dialog = report(handler)
    assert dialog.isVisible()
    assert not dialog.isModal()  # the program goes on
    assert "Error" in dialog.windowTitle()
    text = dialog.details.toPlainText()
    assert "RuntimeError: the sky fell" in text
    assert "Traceback" in text
    assert dialog.details.isReadOnly()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text


def test_a_log_is_written_and_named_in_the_dialog(
    handler: CrashHandler, settings_dir: Path
) -> None:
    dialog = report(handler)
    assert dialog.log is not None
    assert dialog.log.parent == app_data.log_dir()
    assert dialog.log.is_relative_to(settings_dir)
    assert "RuntimeError: the sky fell" in dialog.log.read_text("utf-8")
    assert str(dialog.log) in dialog.message.text()


def test_unsaved_work_gets_an_emergency_copy(handler: CrashHandler, window: MainWindow) -> None:
    window.document.apply(SetCells((CellValue("budget", "director", "A"),)), "Set A")
    dialog = report(handler)
    assert window.autosave.copy_path.is_file()
    assert "recovery copy" in dialog.message.text()
    assert window.isVisible()
    assert window.document.is_modified  # nothing was lost or saved over


def test_install_and_uninstall_swap_the_hooks(handler: CrashHandler) -> None:
    before, thread_before = sys.excepthook, threading.excepthook
    handler.install()
    assert sys.excepthook == handler.handle
    assert threading.excepthook == handler.handle_thread
    handler.uninstall()
    assert sys.excepthook is before
    assert threading.excepthook is thread_before


def test_an_exception_in_another_thread_is_shown_by_the_gui_thread(
    qtbot: QtBot, handler: CrashHandler
) -> None:
    handler.install()

    def fail() -> None:
        raise ValueError("worker broke")

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(handler.dialogs), timeout=5000)
    assert "ValueError: worker broke" in handler.dialogs[-1].details.toPlainText()


def test_ctrl_c_goes_to_the_previous_hook(
    handler: CrashHandler, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, *_: seen.append(t))
    handler.install()
    assert handler.handle(KeyboardInterrupt, KeyboardInterrupt(), None) is None
    assert seen == [KeyboardInterrupt]
    assert handler.dialogs == []


def test_the_module_installs_one_handler(qtbot: QtBot) -> None:
    before = sys.excepthook
    first = crash.install()
    try:
        assert crash.install() is first
        assert sys.excepthook == first.handle
    finally:
        crash.uninstall()
    assert sys.excepthook is before
