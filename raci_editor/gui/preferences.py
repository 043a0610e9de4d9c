"""Edit › Preferences: how often a recovery copy of unsaved work is written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from raci_editor.gui import app_data


class PreferencesDialog(QDialog):
    """The program's preferences (for now the autosave interval)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self.autosave = QSpinBox(self)
        self.autosave.setRange(app_data.MIN_AUTOSAVE_SECONDS, app_data.MAX_AUTOSAVE_SECONDS)
        self.autosave.setSuffix(QCoreApplication.translate("PreferencesDialog", " s"))
        self.autosave.setValue(app_data.saved_autosave_seconds())
        self.autosave.setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "Autosave interval in seconds")
        )
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("PreferencesDialog", "Save a &recovery copy every:"),
            self.autosave,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(
            QCoreApplication.translate(
                "PreferencesDialog",
                "While a matrix has unsaved changes, a copy is kept in {0}, never over "
                "your file. After a crash the editor offers to restore it.",
            ).format(app_data.recovery_dir()),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        override = app_data.autosave_override()
        if override is not None:
            note = QLabel(
                QCoreApplication.translate(
                    "PreferencesDialog", "{0} is set: a copy is written every {1} s."
                ).format(app_data.AUTOSAVE_ENV, override),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def apply(self) -> None:
        """Store the values shown."""
        app_data.set_autosave_seconds(self.autosave.value())


def edit_preferences(parent: QWidget) -> bool:
    """Show the dialog; True when the user changed and stored the preferences."""
    dialog = PreferencesDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    dialog.apply()
    return True
