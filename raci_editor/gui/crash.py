"""Unexpected exceptions: a dialog with the details, a log file, an emergency recovery copy.

:func:`install` puts :class:`CrashHandler` in ``sys.excepthook`` and
``threading.excepthook`` (an exception in another thread is handed to the
GUI thread first); :func:`uninstall` puts the previous hooks back. The
program keeps running after the dialog.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import QApplication, QWidget

from raci_editor import __version__
from raci_editor.gui import app_data
from raci_editor.gui.autosave import Autosaver
from raci_editor.gui.crash_dialog import CrashDialog

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def report_text(exc_type: type[BaseException], exc: BaseException, tb: object) -> str:
    """The text of the report: versions, then the traceback."""
    lines = traceback.format_exception(exc_type, exc, tb if isinstance(tb, TracebackType) else None)
    head = (
        f"RACI Editor {__version__}, Python {platform.python_version()}, Qt {qVersion()}, "
        f"{platform.platform()}\n{datetime.now().astimezone().isoformat(timespec='seconds')}\n\n"
    )
    return head + "".join(lines)


def write_log(text: str) -> Path | None:
    """Write the report to the log folder; its path, or None when it cannot be written."""
    folder = app_data.log_dir()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}-{os.getpid()}.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path


def emergency_copies() -> list[Path]:
    """Write the recovery copy of every window with unsaved changes now; the copies written."""
    written = []
    app = QApplication.instance()
    widgets = QApplication.topLevelWidgets() if isinstance(app, QApplication) else []
    for widget in widgets:
        saver = widget.findChild(Autosaver, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if saver is None:
            continue
        try:  # the matrix may be half-changed; a copy that fails must not hide the report
            if saver.save_now(wait=True):
                written.append(saver.copy_path)
        except Exception:
            continue
    return written


class CrashHandler(QObject):
    """Shows every uncaught exception; keeps the program running."""

    _from_thread = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._busy = False
        self.dialogs: list[CrashDialog] = []
        """The dialogs shown (kept so that they stay open)."""
        self._from_thread.connect(self._on_thread_exception, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook`` (again is harmless)."""
        if sys.excepthook != self.handle:
            self._previous_hook = sys.excepthook
            sys.excepthook = self.handle
        if threading.excepthook != self.handle_thread:
            self._previous_thread_hook = threading.excepthook
            threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        """Put the previous hooks back (when they are still ours)."""
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._previous_thread_hook

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> CrashDialog | None:
        """The hook: report the exception; the dialog shown, or None."""
        if issubclass(exc_type, KeyboardInterrupt) or self._busy:
            self._previous_hook(exc_type, exc, tb)  # Ctrl+C, or a failure while reporting
            return None
        self._busy = True
        try:
            text = report_text(exc_type, exc, tb)
            with contextlib.suppress(Exception):
                sys.stderr.write(text)
            log = write_log(text)
            copies = emergency_copies()
            dialog = CrashDialog(text, log, copies, _parent())
            self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
            dialog.show()
            return dialog
        finally:
            self._busy = False

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """The thread hook: hand the exception to the GUI thread."""
        if args.exc_value is None or args.exc_type is SystemExit:
            return
        info = (args.exc_type, args.exc_value, args.exc_traceback)
        if threading.current_thread() is threading.main_thread():
            self.handle(*info)
        else:
            self._from_thread.emit(info)

    def _on_thread_exception(self, info: ExcInfo) -> None:
        self.handle(*info)


def _parent() -> QWidget | None:
    window = QApplication.activeWindow()
    return window if window is not None and window.isVisible() else None


_handler: CrashHandler | None = None


def install() -> CrashHandler:
    """Install the handler (once); return it."""
    global _handler  # noqa: PLW0603 - one handler for the process
    if _handler is None:
        _handler = CrashHandler(QCoreApplication.instance())
    _handler.install()
    return _handler


def uninstall() -> None:
    """Remove the handler, restoring the hooks there were before."""
    if _handler is not None:
        _handler.uninstall()
