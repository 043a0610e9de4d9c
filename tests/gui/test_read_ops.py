"""Opening a slow spreadsheet keeps the window alive and can be cancelled."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from raci_editor.core.importing import Grid, make_grid
from raci_editor.gui import read_ops
from raci_editor.storage.errors import FileError
from raci_editor.storage.safe_read import ReadCancelledError

pytestmark = pytest.mark.gui


def slow_reader(started: threading.Event):  # type: ignore[no-untyped-def]
    def read(path: Path, cancel: threading.Event | None = None) -> list[Grid]:
        started.set()
        assert cancel is not None
        if cancel.wait(10):
            raise ReadCancelledError
        return [make_grid("S", [["too late"]])]

    return read


def test_cancel_stops_a_slow_read(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()
    monkeypatch.setattr(read_ops, "read_grids", slow_reader(started))
    monkeypatch.setattr(read_ops, "SHOW_AFTER_MS", 0)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        if not visible:
            QTimer.singleShot(20, press_cancel)
            return
        seen.append(visible[0].labelText())
        button = visible[0].findChild(QPushButton)
        assert button is not None
        button.click()  # what the user does

    QTimer.singleShot(50, press_cancel)
    assert read_ops.read_with_progress(parent, Path("/tmp/big.xlsx")) is None
    assert started.is_set()
    assert seen == ["Reading big.xlsx…"]


def test_a_quick_read_returns_the_sheets(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    grid = make_grid("S", [["Activity", "Boss"], ["Plan", "A"]])
    monkeypatch.setattr(read_ops, "read_grids", lambda path, cancel=None: [grid])
    parent = QWidget()
    qtbot.addWidget(parent)
    assert read_ops.read_with_progress(parent, Path("/tmp/team.xlsx")) == [grid]


def test_a_reading_error_reaches_the_caller(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: Path, cancel: threading.Event | None = None) -> list[Grid]:
        raise FileError(path, "needs more than 1536 MB of memory to read; refused as unsafe")

    monkeypatch.setattr(read_ops, "read_grids", broken)
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(FileError, match="1536 MB"):
        read_ops.read_with_progress(parent, Path("/tmp/bomb.xlsx"))


def test_a_quick_read_leaves_no_dialog_to_come_up_later(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What follows a read (a preview, a dialog with its own loop) is not covered by "Reading…"."""
    monkeypatch.setattr(read_ops, "read_grids", lambda path, cancel=None: [make_grid("S", [["x"]])])
    monkeypatch.setattr(read_ops, "SHOW_AFTER_MS", 50)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[bool] = []

    def read_then_run_a_dialog_loop() -> None:  # as a menu action does, inside the event loop
        assert read_ops.read_with_progress(parent, Path("quick.xlsx")) is not None
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)  # past the show timer
        loop.exec()
        seen.extend(d.isVisible() for d in parent.findChildren(QProgressDialog))
        seen.append(False)  # done

    QTimer.singleShot(0, read_then_run_a_dialog_loop)
    qtbot.wait_until(lambda: bool(seen), timeout=3000)
    assert not any(seen)
