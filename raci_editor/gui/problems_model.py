"""The Problems list: a document's findings as a table, filtered by severity, rule and waiver.

The list is small (tens of rows), so the model resets after every edit; the
panel puts the selection back on the same finding (:meth:`ProblemsModel.row_of`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from raci_editor.core.rules import Finding, Severity
from raci_editor.gui.document import Document
from raci_editor.gui.language import say

Index = QModelIndex | QPersistentModelIndex
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
"""The core ``Finding`` of a row (any column)."""
SEVERITY_COL, RULE_COL, ACTIVITY_COL, ROLE_COL, MESSAGE_COL, WAIVER_COL = range(6)
Key = tuple[str, str | None, str | None, bool]
"""What a row is about, kept across resets: rule, activity, role, whether a stale waiver."""

_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def severity_icon(severity: Severity) -> QIcon:
    """The style's standard icon for a severity."""
    return QApplication.style().standardIcon(_ICONS[severity])


def key_of(finding: Finding) -> Key:
    """What a finding is about, stable across edits."""
    return (*finding.key, finding.stale is not None)


class ProblemsModel(QAbstractTableModel):
    """The findings of one document in the stable order, those the filters let through."""

    def __init__(self, document: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._all: list[Finding] = []
        self._rows: list[tuple[Finding, str, str]] = []
        """Each shown finding with its activity's and role's names."""
        self._severities = set(Severity)
        self._rule: str | None = None
        self._show_waived = True
        if document is not None:
            self.set_document(document)

    # -- the document and the filters -------------------------------------

    @property
    def document(self) -> Document | None:
        """The document whose findings are listed."""
        return self._document

    def set_document(self, document: Document | None) -> None:
        """List another document's findings (and follow its edits)."""
        if self._document is not None:
            self._document.applied.disconnect(self._on_applied)
        self._document = document
        if document is not None:
            document.applied.connect(self._on_applied)
        self.refresh()

    def set_filter(
        self, severities: Iterable[Severity], rule: str | None, show_waived: bool
    ) -> None:
        """Show only these severities, one rule (None: all) and, if asked, the waived ones."""
        self._severities, self._rule, self._show_waived = set(severities), rule, show_waived
        self.refresh()

    def all_findings(self) -> list[Finding]:
        """Every finding of the document, whatever the filters (as of the last refresh)."""
        return list(self._all)

    def refresh(self) -> None:
        """Read the findings again (a reset)."""
        self.beginResetModel()
        document = self._document
        self._all = document.validation.findings() if document is not None else []
        self._rows = [
            (f, *self._names(f))
            for f in self._all
            if f.severity in self._severities
            and (self._rule is None or f.rule == self._rule)
            and (self._show_waived or f.waiver is None)
        ]
        self.endResetModel()

    def _names(self, finding: Finding) -> tuple[str, str]:
        assert self._document is not None
        matrix = self._document.matrix
        aid, rid = finding.activity_id, finding.role_id
        activity = matrix.activity(aid).name if aid and matrix.has_activity(aid) else aid or ""
        role = matrix.role(rid).name if rid and matrix.has_role(rid) else rid or ""
        return activity, role

    def _on_applied(self, _edit: object) -> None:
        self.refresh()

    # -- reading ----------------------------------------------------------

    def finding(self, row: int) -> Finding:
        """The finding shown in a row."""
        return self._rows[row][0]

    def row_of(self, key: Key) -> int | None:
        """The row showing the finding with this key, or None."""
        return next((n for n, r in enumerate(self._rows) if key_of(r[0]) == key), None)

    # -- Qt overrides -----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount: one row per shown finding."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount: severity, rule, activity, role, message…"""
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data: the texts, the severity icon, waived rows dimmed."""
        if not index.isValid():
            return None
        finding, activity, role_name = self._rows[index.row()]
        column = index.column()
        if role == FINDING_ROLE:
            return finding
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(finding, column, activity, role_name)
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY_COL:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole and column in (MESSAGE_COL, WAIVER_COL):
            return self._text(finding, column, activity, role_name) or None
        waived = finding.waiver is not None
        if role == Qt.ItemDataRole.FontRole and waived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and waived:
            palette = QGuiApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _text(self, finding: Finding, column: int, activity: str, role_name: str) -> str:
        if column == SEVERITY_COL:
            return severity_name(finding.severity)
        if column == RULE_COL:
            return finding.rule
        if column == ACTIVITY_COL:
            return activity
        if column == ROLE_COL:
            return role_name
        if column == MESSAGE_COL:
            return say(finding.message)
        waiver = finding.waiver or finding.stale
        if waiver is None:
            return ""
        return QCoreApplication.translate("ProblemsModel", "waived by {0}: {1}").format(
            waiver.by, waiver.reason
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override QAbstractItemModel.headerData: the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("ProblemsModel", "Severity"),
            QCoreApplication.translate("ProblemsModel", "Rule"),
            QCoreApplication.translate("ProblemsModel", "Activity"),
            QCoreApplication.translate("ProblemsModel", "Role"),
            QCoreApplication.translate("ProblemsModel", "Message"),
            QCoreApplication.translate("ProblemsModel", "Waiver"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: rows are selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def severity_name(severity: Severity) -> str:
    """``Error``, ``Warning`` or ``Info``, translated."""
    names = {
        Severity.ERROR: QCoreApplication.translate("ProblemsModel", "Error"),
        Severity.WARNING: QCoreApplication.translate("ProblemsModel", "Warning"),
        Severity.INFO: QCoreApplication.translate("ProblemsModel", "Info"),
    }
    return names[severity]
