"""File › Print… and File › Print Preview…: the same pages as the PDF export.

The printer is made once and kept, so the page setup chosen in the print
dialog holds for the next print; it starts as A4 landscape, like the PDF.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog

from raci_editor.gui import dialogs, render
from raci_editor.gui.render.document import RenderError
from raci_editor.gui.render.writers import page_layout

if TYPE_CHECKING:
    from raci_editor.gui.main_window import MainWindow


class PrintOps(QObject):
    """Prints the open matrix, or shows it in a print preview."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._printer: QPrinter | None = None
        self.preview: QPrintPreviewDialog | None = None
        """The print preview while it is open."""

    def printer(self) -> QPrinter:
        """The printer, made on first use with the PDF's page layout (A4 landscape)."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._printer.setPageLayout(page_layout())
            self._printer.setDocName(self._title())
        return self._printer

    def print_dialog(self) -> bool:
        """File › Print…: ask the print dialog, then print; False when cancelled or failed."""
        self._window.commit_pending_edits()
        printer = self.printer()
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(QCoreApplication.translate("PrintOps", "Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_preview(self) -> QPrintPreviewDialog:
        """File › Print Preview…: open the preview (window-modal) and return it."""
        self._window.commit_pending_edits()
        dialog = QPrintPreviewDialog(self.printer(), self._window)
        dialog.setWindowTitle(QCoreApplication.translate("PrintOps", "Print Preview"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(self.print_to)
        dialog.destroyed.connect(self._on_preview_closed)
        self.preview = dialog
        dialog.resize(self._window.size() * 0.9)
        dialog.open()
        return dialog

    @Slot(QPrinter)
    def print_to(self, printer: QPrinter) -> bool:
        """Paint the matrix on ``printer`` (a real printer or the preview); False on failure."""
        printer.setDocName(self._title())
        try:
            render.print_to(printer, self._window.document.matrix)
        except RenderError as exc:
            dialogs.error(
                self._window, QCoreApplication.translate("PrintOps", "Cannot print"), str(exc)
            )
            return False
        return True

    def _title(self) -> str:
        return self._window.document.matrix.title or QCoreApplication.translate(
            "PrintOps", "RACI matrix"
        )

    @Slot()
    def _on_preview_closed(self) -> None:
        self.preview = None
