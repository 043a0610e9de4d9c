"""The import report beside the preview: what was decided, then what was found on the way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from raci_editor.core.importing import Imported
from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding, Severity
from raci_editor.gui.language import say
from raci_editor.gui.problems_model import severity_icon

IMPORT_RULE = "import"
"""The rule of the findings that only repeat the report's decisions."""


def finding_text(matrix: Matrix, finding: Finding) -> str:
    """``activity / role: message``, naming what the finding is about where it says.

    The message is said in the interface language.
    """
    where = []
    if finding.activity_id is not None and matrix.has_activity(finding.activity_id):
        where.append(matrix.activity(finding.activity_id).name)
    if finding.role_id is not None and matrix.has_role(finding.role_id):
        where.append(matrix.role(finding.role_id).name)
    message = say(finding.message)
    return f"{' / '.join(where)}: {message}" if where else message


class ReportList(QListWidget):
    """The report's notes, then the findings (unknown codes, skipped rows, look-alike letters)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setObjectName("import-report")
        self._heading_font = QFont()
        self._heading_font.setBold(True)

    def show_result(self, imported: Imported | None) -> None:
        """List what ``imported`` says (nothing when no matrix was found)."""
        self.clear()
        if imported is None:
            self._heading(
                QCoreApplication.translate("ImportPreview", "Nothing can be imported yet")
            )
            self._line(
                QCoreApplication.translate(
                    "ImportPreview",
                    "Pick another sheet or the row that holds the role names, "
                    "or right-click a column to say what it holds.",
                )
            )
            return
        notes = imported.report.notes if imported.report is not None else ()
        if notes:
            self._heading(QCoreApplication.translate("ImportPreview", "What was decided"))
            for line in notes:
                self._line(say(line))
        findings = [f for f in imported.findings if f.rule != IMPORT_RULE]
        if findings:
            self._heading(
                QCoreApplication.translate("ImportPreview", "Found while reading ({0})").format(
                    len(findings)
                )
            )
            for finding in findings:
                self._line(finding_text(imported.matrix, finding), finding)
        elif notes:
            self._line(
                QCoreApplication.translate(
                    "ImportPreview", "Nothing unusual was found in the cells."
                )
            )

    def lines(self) -> list[str]:
        """Every line shown, headings included (for tests and copying)."""
        return [self.item(n).text() for n in range(self.count())]

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text, self)
        item.setFont(self._heading_font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def _line(self, text: str, finding: Finding | None = None) -> None:
        item = QListWidgetItem(text, self)
        item.setToolTip(text)
        if finding is not None:
            item.setData(Qt.ItemDataRole.UserRole, finding.rule)
            if finding.severity is not Severity.INFO:
                item.setIcon(severity_icon(finding.severity))
