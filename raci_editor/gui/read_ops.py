"""Read a spreadsheet's sheets without freezing the window, with a Cancel button."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from raci_editor.core.importing import Grid
from raci_editor.storage.formats import read_grids
from raci_editor.storage.safe_read import ReadCancelledError

SHOW_AFTER_MS = 500
"""The progress dialog appears only for reads that take longer than this."""


def read_with_progress(parent: QWidget, path: Path) -> list[Grid] | None:
    """The sheets of ``path``, read on a worker thread; None when the user cancelled.

    Raises what reading raises (a one-line FileError for a bad or hostile file).
    """
    cancel = threading.Event()
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["grids"] = read_grids(path, cancel)
        except BaseException as exc:  # handed to the GUI thread below
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="read-sheets", daemon=True)
    worker.start()
    dialog = QProgressDialog(
        QCoreApplication.translate("ReadOps", "Reading {0}…").format(path.name),
        QCoreApplication.translate("ReadOps", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("ReadOps", "Opening"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.canceled.connect(cancel.set)
    show = QTimer(dialog)  # a busy dialog gets no setValue calls to show it by itself
    show.setSingleShot(True)
    show.timeout.connect(dialog.show)
    show.start(SHOW_AFTER_MS)
    try:
        while worker.is_alive():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            worker.join(0.02)
    finally:
        show.stop()  # a quick read: the dialog must not come up over what follows
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
    error = outcome.get("error")
    if isinstance(error, ReadCancelledError):
        return None
    if isinstance(error, BaseException):
        raise error
    grids = outcome["grids"]
    assert isinstance(grids, list)
    return grids
