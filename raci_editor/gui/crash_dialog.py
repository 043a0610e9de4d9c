"""The dialog shown after an unexpected error: what happened, where the report is, Copy."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from raci_editor.gui.dialogs import ISSUES


class CrashDialog(QDialog):
    """Non-modal: the program goes on; the details can be selected and copied."""

    def __init__(
        self,
        details: str,
        log: Path | None,
        copies: Sequence[Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("CrashDialog", "Unexpected Error — RACI Editor")
        )
        self.log = log
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.setWindowIcon(icon)
        parts = [
            QCoreApplication.translate(
                "CrashDialog",
                "Something went wrong inside RACI Editor. The program goes on running.",
            )
        ]
        if copies:
            parts.append(
                QCoreApplication.translate(
                    "CrashDialog", "A recovery copy of your unsaved changes was written."
                )
            )
        parts.append(
            QCoreApplication.translate("CrashDialog", "Save your work under a new name to be safe.")
        )
        if log is not None:
            parts.append(
                QCoreApplication.translate("CrashDialog", "The report was written to {0}").format(
                    log
                )
            )
        else:
            parts.append(
                QCoreApplication.translate(
                    "CrashDialog", "The report could not be written to a file; copy it from below."
                )
            )
        parts.append(
            QCoreApplication.translate("CrashDialog", "Please send it to {0}").format(ISSUES)
        )
        self.message = QLabel("\n".join(parts), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(640, 240)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            QCoreApplication.translate("CrashDialog", "&Copy Details"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the whole report on the clipboard."""
        QGuiApplication.clipboard().setText(self.details.toPlainText())
