"""Autosave: a recovery copy of a window's unsaved matrix, written every so often.

The copy goes to the app-data folder (:func:`app_data.recovery_dir`), never
over the user's file. The GUI thread takes a snapshot of the matrix (a
consistent copy, a few milliseconds even for 10,000 × 200) and one background
thread turns it into text and writes it, so neither a slow disk nor a big
matrix (a second and a half of JSON) holds up typing; the same thread
removes copies, so a removal never overtakes the write before it. A clean
save, dropping the document or closing the window removes the copy.
"""

from __future__ import annotations

import contextlib
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from raci_editor.core.model import Matrix
from raci_editor.gui import app_data
from raci_editor.gui.file_ops import error_message
from raci_editor.storage import native, recovery

if TYPE_CHECKING:
    from raci_editor.gui.main_window import MainWindow

WAIT_SECONDS = 10.0
"""How long :meth:`Autosaver.flush` waits for the background writer."""

_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


def _writer() -> ThreadPoolExecutor:
    """The one background thread that writes and removes recovery copies, in order."""
    global _executor  # noqa: PLW0603 - one writer for the whole program
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        return _executor


def _write_snapshot(
    folder: Path, slot: str, matrix: Matrix, *, path: Path | None, source: Path | None, name: str
) -> Path:
    """On the writer thread: the snapshot as a native file, written as a recovery copy."""
    return recovery.write_copy(
        folder, slot, native.dumps(matrix), path=path, source=source, name=name
    )


class Autosaver(QObject):
    """Keeps a recovery copy of one window's document while it has unsaved changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.slot = recovery.new_slot()
        """The name of this window's copy in the recovery folder."""
        self._stale = window.document.is_modified
        self._has_copy = False
        self._pending: Future[object] | None = None
        self._reported: str | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_tick)
        self.apply_interval()
        group = window.undo_group
        group.indexChanged.connect(self._on_index_changed)
        group.cleanChanged.connect(self._on_clean_changed)
        window.document_shown.connect(self._on_document_shown)

    @property
    def copy_path(self) -> Path:
        """Where this window's recovery copy is (or would be) written."""
        return app_data.recovery_dir() / f"{self.slot}{recovery.COPY_SUFFIX}"

    def apply_interval(self) -> None:
        """Start (or restart) the timer with the interval of the settings or the environment."""
        self._timer.start(app_data.autosave_seconds() * 1000)

    def save_now(self, wait: bool = False) -> bool:
        """Write the copy now if the document has unsaved changes; True if a write was queued.

        With ``wait``, return only when it is on disk (for an emergency).
        """
        document = self._window.document
        if not document.is_modified:
            return False
        self._submit(
            _write_snapshot,
            app_data.recovery_dir(),
            self.slot,
            document.matrix.copy_deep(),
            path=document.path,
            source=self._window.source,
            name=self._window.display_name(),
        )
        self._stale, self._has_copy = False, True
        if wait:
            self.flush()
        return True

    def discard(self) -> None:
        """Remove the copy (the changes were saved or deliberately dropped)."""
        self._stale = False
        if self._has_copy:
            self._has_copy = False
            self._submit(recovery.remove_copy, app_data.recovery_dir(), self.slot)

    def stop(self) -> None:
        """The window closes: no more copies, and the one there is goes, on disk before return."""
        self._timer.stop()
        self.discard()
        self.flush()

    def flush(self) -> None:
        """Wait until the background writer has done what was asked of it."""
        pending = self._pending
        if pending is not None:
            with contextlib.suppress(Exception):
                pending.result(timeout=WAIT_SECONDS)
            self._report(pending)

    def _submit(self, *args: object, **kwargs: object) -> None:
        function, *rest = args
        assert callable(function)
        self._pending = _writer().submit(function, *rest, **kwargs)

    def _report(self, pending: Future[object]) -> None:
        """Say once in the status bar when a copy could not be written."""
        if not pending.done() or pending.cancelled():
            return
        exc = pending.exception()
        if exc is None:
            self._reported = None
            return
        message = error_message(exc)
        if message != self._reported:
            self._reported = message
            self._window.show_message(
                QCoreApplication.translate(
                    "Autosaver", "Cannot write the recovery copy: {0}"
                ).format(message)
            )

    # -- slots ------------------------------------------------------------------

    def _on_tick(self) -> None:
        if self._pending is not None:
            self._report(self._pending)
        if self._stale:
            self.save_now()

    def _on_index_changed(self, _index: int) -> None:
        self._stale = True

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()
        else:
            self._stale = True

    def _on_document_shown(self) -> None:
        """Another document is in the window: the old one was saved or dropped."""
        self.discard()
        self._stale = self._window.document.is_modified
