"""File › Export: write the matrix in another format without freezing the window.

An export writes a deep copy of the matrix in a worker thread, so the user
can go on working; a busy dialog shows only when the write takes longer
than :data:`BUSY_DELAY_MS`. Exporting never marks the document saved, and
the writers are atomic, so a failed export leaves an existing file as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from raci_editor.core.model import Matrix
from raci_editor.gui import dialogs, render, settings
from raci_editor.gui.file_ops import error_message
from raci_editor.gui.language import QT_TEXTS
from raci_editor.storage import html_export, markdown_export, xlsx_export
from raci_editor.storage.formats import suffix, writer_for

if TYPE_CHECKING:
    from raci_editor.gui.main_window import MainWindow

BUSY_DELAY_MS = 500
"""An export that takes longer than this shows a busy dialog."""

Writer = Callable[[Matrix, Path], None]


@dataclass(frozen=True)
class ExportFormat:
    """One entry of File › Export; the writer is the one ``formats`` has for ``suffix``."""

    suffix: str
    """The extension written, e.g. ``.xlsx``."""
    name: str
    """What the file is called in dialogs, e.g. "Excel Workbook"."""
    label: str
    """The menu text, with its mnemonic."""
    shortcut: str = ""


def export_formats() -> tuple[ExportFormat, ...]:
    """File › Export's entries in menu order; a new format is one more line here."""
    return (
        ExportFormat(
            ".xlsx",
            QCoreApplication.translate("ExportOps", "Excel Workbook"),
            QCoreApplication.translate("ExportOps", "&Excel Workbook…"),
            "Ctrl+E",
        ),
        ExportFormat(
            ".pdf",
            QCoreApplication.translate("ExportOps", "PDF"),
            QCoreApplication.translate("ExportOps", "&PDF…"),
        ),
        ExportFormat(
            ".png",
            QCoreApplication.translate("ExportOps", "PNG Image"),
            QCoreApplication.translate("ExportOps", "PN&G Image…"),
        ),
        ExportFormat(
            ".html",
            QCoreApplication.translate("ExportOps", "Web Page"),
            QCoreApplication.translate("ExportOps", "&Web Page…"),
        ),
        ExportFormat(
            ".md",
            QCoreApplication.translate("ExportOps", "Markdown Table"),
            QCoreApplication.translate("ExportOps", "&Markdown Table…"),
        ),
    )


RENDERED: dict[str, Writer] = {".pdf": render.write_pdf, ".png": render.write_png}
"""Formats painted with Qt (:mod:`render`), which storage cannot write itself."""
SPOKEN: dict[object, Writer] = {
    save: partial(save, translator=QT_TEXTS)
    for save in (xlsx_export.save, html_export.save, markdown_export.save)
}
"""Storage's writers that write words of their own, given the interface language."""


def export_writer(target: str | Path) -> Writer:
    """The writer for ``target``'s extension; FileError when this version cannot write it.

    The file's own words (sheet names, headings, the legend, the problems)
    are in the interface language; the command line writes them in English.
    """
    rendered = RENDERED.get(suffix(target))
    if rendered is not None:
        return rendered
    writer = writer_for(target)
    return SPOKEN.get(writer, writer)


def export_target(chosen: str, ext: str) -> Path:
    """The file to write for a name typed in the export dialog: ``ext`` is added if missing."""
    path = Path(chosen)
    return path if suffix(path) == ext else path.with_name(path.name + ext)


class _ExportThread(QThread):
    """Writes one file; :attr:`failure` is what went wrong, if anything."""

    def __init__(self, writer: Writer, matrix: Matrix, target: Path, parent: QObject) -> None:
        super().__init__(parent)
        self._writer = writer
        self._matrix = matrix
        self.target = target
        self.failure: Exception | None = None

    def run(self) -> None:
        """Override QThread.run: write the file, keeping a failure for the GUI thread."""
        try:
            self._writer(self._matrix, self.target)
        except Exception as exc:  # RaciError, or a bug: reported by the window, never raised
            self.failure = exc


class ExportOps(QObject):
    """Runs File › Export: asks where, writes in the background, reports the outcome."""

    export_finished = Signal(bool)
    """An export has ended: True when the file was written."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._thread: _ExportThread | None = None
        self._busy: QProgressDialog | None = None
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    @property
    def busy(self) -> bool:
        """Whether an export is being written."""
        return self._thread is not None

    @property
    def busy_dialog(self) -> QProgressDialog | None:
        """The busy dialog while it is shown."""
        return self._busy

    def export_dialog(self, fmt: ExportFormat) -> bool:
        """File › Export › a format: ask where, then start writing; False when not started."""
        if self._refuse_while_busy():
            return False
        window = self._window
        window.commit_pending_edits()
        start = self._start_folder() / f"{self._document_stem()}{fmt.suffix}"
        title = QCoreApplication.translate("ExportOps", "Export {format}").format(format=fmt.name)
        kind = QCoreApplication.translate("ExportOps", "{format} (*{suffix})")
        kind = kind.format(format=fmt.name, suffix=fmt.suffix)
        chosen, _ = QFileDialog.getSaveFileName(window, title, str(start), kind)
        if not chosen:
            return False
        target = export_target(chosen, fmt.suffix)
        # The dialog asked about replacing the name typed, not the one we completed.
        replace = QCoreApplication.translate("ExportOps", "{file} already exists. Replace it?")
        if (
            target != Path(chosen)
            and target.exists()
            and not dialogs.confirm(window, title, replace.format(file=target.name))
        ):
            return False
        settings.set_folder(settings.EXPORT_FOLDER_KEY, target.parent)
        return self.export_to(target)

    def export_to(self, target: str | Path) -> bool:
        """Write the document's matrix to ``target`` in the background; False if not started.

        The outcome is told when the write ends: "Exported <file>" in the status
        bar, or an error dialog. :attr:`export_finished` follows either way.
        """
        if self._refuse_while_busy():
            return False
        target = Path(target)
        try:
            writer = export_writer(target)
        except Exception as exc:  # an extension this version cannot write
            dialogs.error(
                self._window,
                QCoreApplication.translate("ExportOps", "Cannot export file"),
                error_message(exc),
            )
            return False
        matrix = self._window.document.matrix.copy_deep()  # edits go on while it is written
        render.warm_up()  # the font database is loaded on this (the GUI) thread
        thread = _ExportThread(writer, matrix, target, self)
        thread.finished.connect(self._on_finished)
        self._thread = thread
        self._busy_timer.start()
        thread.start()
        return True

    @Slot()
    def wait(self) -> None:
        """Block until a running export has ended (before the window goes away)."""
        if self._thread is not None:
            self._thread.wait()
            self._on_finished()

    def _refuse_while_busy(self) -> bool:
        if self._thread is None:
            return False
        self._window.show_message(
            QCoreApplication.translate("ExportOps", "An export is still being written")
        )
        return True

    def _document_stem(self) -> str:
        """The document's file name without its extension, or "Untitled"."""
        known = self._window.document.path or self._window.source
        if known is None:
            return QCoreApplication.translate("ExportOps", "Untitled")
        return known.name[: len(known.name) - len(suffix(known))] or known.name

    def _start_folder(self) -> Path:
        """The folder of the last export, else that of the matrix shown, else home."""
        remembered = settings.folder(settings.EXPORT_FOLDER_KEY)
        if remembered is not None:
            return remembered
        known = self._window.document.path or self._window.source
        return known.parent if known is not None and known.parent.is_dir() else Path.home()

    @Slot()
    def _show_busy(self) -> None:
        if self._thread is None:
            return
        dialog = QProgressDialog(self._window)
        dialog.setWindowTitle(QCoreApplication.translate("ExportOps", "Export"))
        writing = QCoreApplication.translate("ExportOps", "Writing {file}…")
        dialog.setLabelText(writing.format(file=self._thread.target.name))
        dialog.setRange(0, 0)  # a busy indicator: the writers do not report progress
        dialog.setCancelButton(None)  # the write is atomic: let it end
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        self._busy = dialog
        dialog.show()

    @Slot()
    def _on_finished(self) -> None:
        """The worker has ended: hide the busy dialog and tell the user how it went."""
        thread = self._thread
        if thread is None or not thread.isFinished():  # a late signal of one wait() handled
            return
        self._thread = None
        self._busy_timer.stop()
        if self._busy is not None:
            self._busy.hide()
            self._busy.deleteLater()
            self._busy = None
        thread.wait()
        thread.deleteLater()
        if thread.failure is not None:
            self._window.statusBar().clearMessage()  # no stale "Exported …" from before
            dialogs.error(
                self._window,
                QCoreApplication.translate("ExportOps", "Cannot export file"),
                error_message(thread.failure),
            )
        else:
            exported = QCoreApplication.translate("ExportOps", "Exported {file}")
            self._window.show_message(exported.format(file=thread.target))
        self.export_finished.emit(thread.failure is None)
