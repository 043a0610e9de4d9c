"""Waive a finding: the reason and who accepts it, asked in a small dialog.

The name typed in "Waived by" is remembered in the settings for the next
waiver; the first time it is the name the user logged in with.
"""

from __future__ import annotations

import getpass
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.model import Matrix
from raci_editor.core.rule_settings import RULES
from raci_editor.core.rules import Finding
from raci_editor.gui import rule_edits, settings
from raci_editor.gui.document import Document
from raci_editor.gui.language import say

WAIVED_BY_KEY = "waivers/by"
"""The settings key of the last name typed in "Waived by"."""


def exec_dialog(dialog: QDialog) -> int:
    """Run a dialog modally; tests replace this to answer it."""
    return dialog.exec()


def last_waived_by() -> str:
    """The name used for the last waiver, else the user's login name (may be empty)."""
    name = settings.settings().value(WAIVED_BY_KEY, "", str)
    if isinstance(name, str) and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in a bare environment
        return ""


def remember_waived_by(name: str) -> None:
    """Remember the name for the next waiver."""
    settings.settings().setValue(WAIVED_BY_KEY, name.strip())


def place_name(matrix: Matrix, activity_id: str | None, role_id: str | None) -> str:
    """Names for where a finding is: "activity · role", one of them, or "the whole matrix".

    An id the matrix no longer has (a stale waiver's) is shown as it is.
    """
    parts = []
    if activity_id is not None:
        a = activity_id
        parts.append(matrix.activity(a).name if matrix.has_activity(a) else a)
    if role_id is not None:
        parts.append(matrix.role(role_id).name if matrix.has_role(role_id) else role_id)
    return (
        " · ".join(parts)
        if parts
        else QCoreApplication.translate("WaiverDialog", "the whole matrix")
    )


class WaiverDialog(QDialog):
    """Shows a finding and asks why it is accepted and by whom; OK needs both."""

    def __init__(self, parent: QWidget | None, matrix: Matrix, finding: Finding) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("WaiverDialog", "Waive finding"))
        rule = RULES.get(finding.rule)
        summary = say(rule.summary) if rule is not None else ""
        self.finding_label = about = QLabel(
            f"<b>{html.escape(finding.rule)}</b> — {html.escape(summary)}<br>"
            f"{html.escape(place_name(matrix, finding.activity_id, finding.role_id))}<br>"
            f"<i>{html.escape(say(finding.message))}</i>",
            self,
        )
        about.setWordWrap(True)
        about.setObjectName("waiver-finding")
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate("WaiverDialog", "Why is this acceptable?")
        )
        if finding.waiver is not None:
            self.reason_edit.setPlainText(finding.waiver.reason)
        self.by_edit = QLineEdit(last_waived_by(), self)
        self.by_edit.setPlaceholderText(QCoreApplication.translate("WaiverDialog", "Your name"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("WaiverDialog", "&Reason:"), self.reason_edit)
        form.addRow(QCoreApplication.translate("WaiverDialog", "Waived &by:"), self.by_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok_button: QPushButton = ok
        self.ok_button.setText(QCoreApplication.translate("WaiverDialog", "&Waive"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason_edit.textChanged.connect(self._on_changed)
        self.by_edit.textChanged.connect(self._on_changed)
        self._on_changed()
        self.reason_edit.setFocus()
        self.resize(460, 300)

    def values(self) -> tuple[str, str]:
        """(reason, waived by) as typed, trimmed."""
        return self.reason_edit.toPlainText().strip(), self.by_edit.text().strip()

    def _on_changed(self) -> None:
        reason, by = self.values()
        self.ok_button.setEnabled(bool(reason and by))

    def accept(self) -> None:
        """Override QDialog.accept: only with a reason and a name."""
        if self.ok_button.isEnabled():
            super().accept()


def ask_waiver(parent: QWidget | None, matrix: Matrix, finding: Finding) -> tuple[str, str] | None:
    """Ask why a finding is accepted and by whom; (reason, by), or None when cancelled."""
    dialog = WaiverDialog(parent, matrix, finding)
    try:
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        reason, by = dialog.values()
        remember_waived_by(by)
        return reason, by
    finally:
        dialog.deleteLater()


def waive_finding(parent: QWidget | None, document: Document, finding: Finding) -> bool:
    """Ask for the reason and the name, then waive the finding as one undo step."""
    answer = ask_waiver(parent, document.matrix, finding)
    if answer is None:
        return False
    rule_edits.waive(document, finding, *answer)
    return True
