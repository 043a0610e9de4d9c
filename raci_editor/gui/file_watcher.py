"""Notice when another program changes or removes the open file, and offer Reload / Keep Mine.

``QFileSystemWatcher`` watches an inode: a program that saves by writing a
new file and renaming it over the old one (as we do) ends the watch. So the
folder is watched too, the file is watched again after every event, and an
event is compared with what the file was when we last read or wrote it, so
that our own saves never ask anything.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer

from raci_editor.gui import dialogs
from raci_editor.gui.disk_bar import ChangedOnDiskBar
from raci_editor.gui.document import Document
from raci_editor.gui.file_ops import error_message
from raci_editor.storage.formats import read_matrix

if TYPE_CHECKING:
    from raci_editor.gui.main_window import MainWindow

Signature = tuple[int, int, int]
"""What tells one version of a file from another: inode, size and modification time."""
SETTLE_MS = 150
"""Wait this long after an event, so a delete-then-write save is seen as one change."""


def signature(path: Path) -> Signature | None:
    """The file's signature, or None when it is not there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class FileWatcher(QObject):
    """Watches the file of a window's document and shows :class:`ChangedOnDiskBar`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self.bar = ChangedOnDiskBar(window)
        self.bar.reload_clicked.connect(self.reload)
        self.bar.keep_clicked.connect(self.keep_mine)
        window.insert_bar(self.bar)
        self._document: Document | None = None
        self._path: Path | None = None
        self._known: Signature | None = None
        window.document_shown.connect(self._on_document_shown)

    @property
    def path(self) -> Path | None:
        """The file watched, or None."""
        return self._path

    # -- following the document -------------------------------------------------

    def _on_document_shown(self) -> None:
        old, document = self._document, self._window.document
        if old is not None and old is not document:
            old.saved.disconnect(self._on_saved)
        if old is not document:
            document.saved.connect(self._on_saved)
        self._document = document
        self.bar.hide()
        self._follow(document.path)

    def _on_saved(self) -> None:
        """Our own save (maybe under a new name): what is on disk now is what we wrote."""
        self.bar.hide()
        self._follow(self._document.path if self._document else None)

    def _follow(self, path: Path | None) -> None:
        self._path = path.absolute() if path is not None else None
        self._known = signature(self._path) if self._path is not None else None
        self._arm()

    def _arm(self) -> None:
        """Watch the file and its folder (again: a rename over the file ends a watch)."""
        old = self._watcher.files() + self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        if self._path is None:
            return
        wanted = [str(self._path.parent)]
        if self._path.exists():
            wanted.append(str(self._path))
        self._watcher.addPaths(wanted)

    # -- events ----------------------------------------------------------------

    def _on_event(self, _path: str) -> None:
        self._settle.start()

    def check(self) -> None:
        """Compare the file with what we last read or wrote; say so when it differs."""
        if self._path is None:
            return
        self._arm()
        now = signature(self._path)
        if now == self._known:
            return
        self._known = now
        name = self._path.name
        if now is None:
            self.bar.show_removed(name)
        else:
            self.bar.show_changed(name)

    def reload(self) -> bool:
        """Reload: show the file as it is on disk now, dropping the changes in the window."""
        path = self._path
        if path is None:
            return False
        try:
            result = read_matrix(path)
        except Exception as exc:  # a broken or half-written file must not crash us
            dialogs.error(
                self._window,
                QCoreApplication.translate("FileWatcher", "Cannot reload file"),
                error_message(exc),
            )
            return False
        self._window.show_result(result, path)
        self._window.show_message(
            QCoreApplication.translate("FileWatcher", "Reloaded {0}").format(path.name)
        )
        return True

    def keep_mine(self) -> None:
        """Keep Mine: keep the matrix in the window, marked as not saved."""
        self.bar.hide()
        if self._document is not None:
            self._document.undo_stack.resetClean()
