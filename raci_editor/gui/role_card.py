"""The role card: everything one role is accountable, responsible, consulted and informed on.

A small window beside the grid with the card as plain text, grouped by
activity group (:func:`raci_editor.core.workload.role_card`), and a Copy
button that puts that text on the clipboard for a mail or a chat. Viewing a
card changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.model import Matrix
from raci_editor.core.workload import card_text, role_card
from raci_editor.gui.language import QT_TEXTS


def role_card_text(matrix: Matrix, role_id: str) -> str:
    """The card of a role as plain text, in the interface language."""
    return card_text(matrix, role_card(matrix, role_id), translator=QT_TEXTS)


class RoleCardDialog(QDialog):
    """One role's card as text, with Copy and Close."""

    def __init__(self, matrix: Matrix, role_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        role = matrix.role(role_id)
        self.role_id = role_id
        self.setWindowTitle(
            QCoreApplication.translate("RoleCard", "Role Card — {0}").format(role.name)
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = role_card_text(matrix, role_id)
        heading = QLabel(self)
        people = " / ".join(p for p in (role.holder, role.deputy) if p)
        details = " · ".join(p for p in (role.group, people) if p)
        heading.setText(
            QCoreApplication.translate(
                "RoleCard", "What {0} does, by letter and activity group."
            ).format(role.name)
        )
        heading.setWordWrap(True)
        if details:
            heading.setToolTip(details)
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setPlainText(self.text)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(QCoreApplication.translate("RoleCard", "&Copy"), self)
        self.copy_button.setToolTip(QCoreApplication.translate("RoleCard", "Copy the card as text"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(480, 520)

    def copy(self) -> None:
        """Put the card's text on the clipboard."""
        QGuiApplication.clipboard().setText(self.text)
        self.copy_button.setText(QCoreApplication.translate("RoleCard", "Copied"))


def show_role_card(parent: QWidget, matrix: Matrix, role_id: str) -> RoleCardDialog:
    """Open a role's card as a window that can stay open beside the grid."""
    dialog = RoleCardDialog(matrix, role_id, parent)
    dialog.show()
    return dialog
