"""The Problems list: a document's findings as a table, filtered by severity, rule and waiver.

A big matrix has tens of thousands of findings, so a cell edit does not reset
the list: the model replaces the rows of the blocks the edit changed
(:class:`~raci_editor.core.live_validation.LiveValidation` names them), found
by bisection since rows are in the stable order. Other edits reset it. Around
either, :attr:`ProblemsModel.about_to_change` and :attr:`ProblemsModel.changed`
let the panel put the selection back on the same finding
(:meth:`ProblemsModel.row_of`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from raci_editor.core.errors import ModelError
from raci_editor.core.live_validation import Block, block_of
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


_icon_cache: dict[tuple[int, Severity], QIcon] = {}


def severity_icon(severity: Severity) -> QIcon:
    """The style's standard icon for a severity (asked of the style once per style)."""
    style = QApplication.style()
    key = (id(style), severity)
    icon = _icon_cache.get(key)
    if icon is None:
        if len(_icon_cache) > 3 * len(_ICONS):  # another style: forget the old icons
            _icon_cache.clear()
        icon = _icon_cache[key] = style.standardIcon(_ICONS[severity])
    return icon


def key_of(finding: Finding) -> Key:
    """What a finding is about, stable across edits."""
    return (*finding.key, finding.stale is not None)


class ProblemsModel(QAbstractTableModel):
    """The findings of one document in the stable order, those the filters let through."""

    about_to_change = Signal()
    """The rows are about to change (a reset or an edit's few rows)."""
    changed = Signal()
    """The rows have changed; the counts and rules may have too."""

    def __init__(self, document: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._rows: list[Finding] = []
        """The shown findings, in the stable order."""
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
            self._document.checked.disconnect(self.refresh)
        self._document = document
        if document is not None:
            document.applied.connect(self._on_applied)
            document.checked.connect(self.refresh)
        self.refresh()

    def set_filter(
        self, severities: Iterable[Severity], rule: str | None, show_waived: bool
    ) -> None:
        """Show only these severities, one rule (None: all) and, if asked, the waived ones."""
        self._severities, self._rule, self._show_waived = set(severities), rule, show_waived
        self.refresh()

    def all_findings(self) -> list[Finding]:
        """Every finding of the document, whatever the filters."""
        return self._document.validation.findings() if self._document is not None else []

    def severity_counts(self) -> Counter[Severity]:
        """How many findings of each severity count (waived ones do not), whatever the filters."""
        document = self._checked()
        return document.validation.counts() if document is not None else Counter()

    def rules(self) -> list[str]:
        """The rules with at least one finding (waived ones too), sorted, whatever the filters."""
        document = self._checked()
        return document.validation.rules() if document is not None else []

    def _checked(self) -> Document | None:
        """The document when it has findings to show (a big matrix is checked after it shows)."""
        document = self._document
        return document if document is not None and not document.check_pending else None

    def refresh(self) -> None:
        """Read the findings again (a reset)."""
        self.about_to_change.emit()
        self.beginResetModel()
        document = self._checked()
        found = document.validation.findings() if document is not None else []
        filtered = self._severities != set(Severity) or self._rule or not self._show_waived
        self._rows = [f for f in found if self._shows(f)] if filtered else found
        self.endResetModel()
        self.changed.emit()

    def _shows(self, finding: Finding) -> bool:
        """Whether the filters let a finding through."""
        return (
            finding.severity in self._severities
            and (self._rule is None or finding.rule == self._rule)
            and (self._show_waived or finding.waiver is None)
        )

    def _names(self, finding: Finding) -> tuple[str, str]:
        assert self._document is not None
        matrix = self._document.matrix
        aid, rid = finding.activity_id, finding.role_id
        activity = matrix.activity(aid).name if aid and matrix.has_activity(aid) else aid or ""
        role = matrix.role(rid).name if rid and matrix.has_role(rid) else rid or ""
        return activity, role

    def _on_applied(self, _edit: object) -> None:
        document = self._document
        blocks = document.validation.changed if document is not None else None
        if blocks is None:
            self.refresh()
            return
        self.about_to_change.emit()
        for block in blocks:
            self._replace_block(block)
        self.changed.emit()

    def _replace_block(self, block: Block) -> None:
        """Show a block's new findings in place of its old rows; the other rows stay."""
        assert self._document is not None
        validation = self._document.validation
        position = validation.block_position(block)
        first = bisect_left(self._rows, position, key=self._position)
        end = bisect_right(self._rows, position, key=self._position)
        new = [f for f in validation.block(block) if self._shows(f)]
        kept = min(len(new), end - first)  # rows that stay, their findings maybe changed
        if self._rows[first : first + kept] != new[:kept]:
            self._rows[first : first + kept] = new[:kept]
            last = self.index(first + kept - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(first, 0), last)
        at = first + kept
        if len(new) > kept:
            self.beginInsertRows(QModelIndex(), at, first + len(new) - 1)
            self._rows[at:at] = new[kept:]
            self.endInsertRows()
        elif end > at:
            self.beginRemoveRows(QModelIndex(), at, end - 1)
            del self._rows[at:end]
            self.endRemoveRows()

    def _position(self, finding: Finding) -> int:
        """The position of a finding's block in the stable order (rows are sorted by it)."""
        assert self._document is not None
        block = block_of(finding.activity_id, finding.role_id)
        return self._document.validation.block_position(block)

    # -- reading ----------------------------------------------------------

    def finding(self, row: int) -> Finding:
        """The finding shown in a row."""
        return self._rows[row]

    def row_of(self, key: Key) -> int | None:
        """The row showing the finding with this key, or None."""
        if self._document is None:
            return None
        _, activity_id, role_id, _ = key
        try:
            position = self._document.validation.block_position(block_of(activity_id, role_id))
        except ModelError:  # its activity or role is gone, and so is the finding
            return None
        first = bisect_left(self._rows, position, key=self._position)
        end = bisect_right(self._rows, position, key=self._position)
        return next((n for n in range(first, end) if key_of(self._rows[n]) == key), None)

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
        finding = self._rows[index.row()]
        column = index.column()
        if role == FINDING_ROLE:
            return finding
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(finding, column)
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY_COL:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole and column in (MESSAGE_COL, WAIVER_COL):
            return self._text(finding, column) or None
        waived = finding.waiver is not None
        if role == Qt.ItemDataRole.FontRole and waived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and waived:
            palette = QGuiApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _text(self, finding: Finding, column: int) -> str:
        if column == SEVERITY_COL:
            return severity_name(finding.severity)
        if column == RULE_COL:
            return finding.rule
        if column == ACTIVITY_COL:
            return self._names(finding)[0]
        if column == ROLE_COL:
            return self._names(finding)[1]
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
