"""The workload list: one row per role, heaviest R/A load first, following every edit.

A row's data is the core :class:`~raci_editor.core.workload.RoleLoad`
(:data:`LOAD_ROLE`); roles that the load rules flag (not waived) are bold and
their tooltip gives the findings' messages. When an edit changes the order
but not the roles, the rows are re-ordered with ``layoutChanged`` (the
current row stays on its role); when roles come or go the model resets.

The loads are counted only once something reads a row (the dock is hidden
at first), and a cell edit recounts only the roles it touched: the counts of
a 10,000-row matrix are a full pass over its cells, too slow for a keystroke.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from raci_editor.core.edits import Edit, SetCells, only_snapshots
from raci_editor.core.rules import Finding
from raci_editor.core.workload import (
    LOAD_RULES,
    RoleLoad,
    RoleTally,
    loads_from_tallies,
    role_tallies,
)
from raci_editor.gui.document import Document
from raci_editor.gui.language import say

LOAD_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`RoleLoad`."""
ROLE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's role id."""
FLAG_MARK = "▲"
"""Drawn before a flagged role's name (never colour alone)."""
Index = QModelIndex | QPersistentModelIndex
FEW_ROLES = 16
"""A cell edit touching more roles than this recounts every role (one pass)."""


class WorkloadModel(QAbstractListModel):
    """Every role's load in a document, sorted by load (see :func:`role_loads`)."""

    def __init__(self, document: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._loads: list[RoleLoad] | None = []
        """The rows, heaviest first; None until something reads them."""
        self._tallies: dict[str, RoleTally] = {}
        self._rows = 0
        self._total = 0
        self.set_document(document)

    @property
    def document(self) -> Document | None:
        """The document whose roles are listed."""
        return self._document

    @property
    def loads(self) -> list[RoleLoad]:
        """The rows, heaviest first."""
        return list(self._counted())

    def _counted(self) -> list[RoleLoad]:
        """The rows, counted now if nothing has read them since the last reset."""
        if self._loads is None:
            self._loads = self._compute()
        return self._loads

    def letters(self) -> list[str]:
        """The letters in bar order: responsible, accountable, consulted, informed, others."""
        if self._document is None:
            return []
        scheme = self._document.matrix.scheme
        parts = (scheme.responsible, scheme.accountable, scheme.consulted, scheme.informed)
        first = [ch for ch in parts if ch]
        return first + [ch for ch in scheme.alphabet if ch not in first]

    def widest(self) -> int:
        """The most letters any role holds (the full length of a bar)."""
        return max((sum(load.counts.values()) for load in self._counted()), default=0)

    def row_of_role(self, role_id: str) -> int | None:
        """The row listing a role, or None."""
        loads = self._counted()
        return next((i for i, load in enumerate(loads) if load.role_id == role_id), None)

    def set_document(self, document: Document | None) -> None:
        """List another document's roles, following its edits."""
        self.beginResetModel()
        if self._document is not None:
            self._document.applied.disconnect(self._on_applied)
            self._document.checked.disconnect(self._on_checked)
        self._document = document
        if document is not None:
            document.applied.connect(self._on_applied)
            document.checked.connect(self._on_checked)
        self._reset_rows()
        self.endResetModel()

    def _reset_rows(self) -> None:
        """Forget the loads (they are counted when read); one row per role."""
        document = self._document
        self._loads = None
        self._rows = len(document.matrix.roles) if document is not None else 0
        self._total = len(document.matrix.activities) if document is not None else 0

    def _compute(self, edit: Edit | None = None) -> list[RoleLoad]:
        """Count the loads: after a cell edit on a few roles, just theirs."""
        document = self._document
        if document is None:
            self._total = 0
            return []
        matrix = document.matrix
        self._total = len(matrix.activities)
        touched = {c.role_id for c in edit.cells} if isinstance(edit, SetCells) else None
        if touched is not None and len(touched) <= FEW_ROLES and self._tallies:
            self._tallies.update(role_tallies(matrix, touched))
        else:
            self._tallies = role_tallies(matrix)
        return loads_from_tallies(matrix, self._tallies, self._flags())

    def _flags(self) -> dict[str, tuple[str, ...]]:
        """Role id -> the load rules that fire on it (not waived), from the live findings."""
        assert self._document is not None
        validation = self._document.validation
        flags = {}
        for role in self._document.matrix.roles:
            rules = sorted(
                f.rule
                for f in validation.at(None, role.id)
                if f.rule in LOAD_RULES and f.waiver is None
            )
            if rules:
                flags[role.id] = tuple(rules)
        return flags

    def _on_checked(self) -> None:
        """The first check of a big matrix has run: the load flags follow."""
        self._on_applied(None)

    def _on_applied(self, edit: Edit | None) -> None:
        """Counts, order and flags follow the edit (None: anything may have changed)."""
        if edit is not None and only_snapshots(edit):
            return
        if self._loads is None:  # nothing has read the rows: count them when something does
            document = self._document
            if document is not None and len(document.matrix.roles) != self._rows:
                self.beginResetModel()
                self._reset_rows()
                self.endResetModel()
            return
        new = self._compute(edit)
        old_ids = [load.role_id for load in self._loads]
        new_ids = [load.role_id for load in new]
        if sorted(old_ids) != sorted(new_ids):
            self.beginResetModel()
            self._loads = new
            self._rows = len(new)
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        row_of = {role_id: row for row, role_id in enumerate(new_ids)}
        old = self.persistentIndexList()
        self._loads = new
        self.changePersistentIndexList(old, [self.index(row_of[old_ids[i.row()]], 0) for i in old])
        self.layoutChanged.emit()
        if new:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, 0))

    def flag_messages(self, role_id: str) -> list[str]:
        """The messages of the unwaived load findings about a role, in the interface language."""
        if self._document is None:
            return []
        found: list[Finding] = self._document.validation.at(None, role_id)
        return [say(f.message) for f in found if f.rule in LOAD_RULES and f.waiver is None]

    # -- Qt overrides ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount: one row per role."""
        return 0 if parent.isValid() else self._rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data: name, load, tooltip, bold when flagged."""
        loads = self._counted()
        if not index.isValid() or not 0 <= index.row() < len(loads):
            return None
        load = loads[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{FLAG_MARK} {load.name}" if load.flags else load.name
        if role == LOAD_ROLE:
            return load
        if role == ROLE_ID_ROLE:
            return load.role_id
        if role == Qt.ItemDataRole.FontRole and load.flags:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(load)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.summary(load)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: rows are selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    # -- text -------------------------------------------------------------

    def share_text(self, load: RoleLoad) -> str:
        """``9 · 45%``: activities the role is on, and their share of all activities."""
        return QCoreApplication.translate("WorkloadModel", "{0} · {1}%").format(
            load.involved, round(load.share * 100)
        )

    def summary(self, load: RoleLoad) -> str:
        """One line for a screen reader: counts, share and whether the role is flagged."""
        counts = ", ".join(f"{ch} {load.counts.get(ch, 0)}" for ch in self.letters())
        text = QCoreApplication.translate(
            "WorkloadModel", "{0}: {1}; on {2} of {3} activities ({4}%)"
        ).format(load.name, counts, load.involved, self._total, round(load.share * 100))
        messages = self.flag_messages(load.role_id)
        return text + ("; " + "; ".join(messages) if messages else "")

    def _tooltip(self, load: RoleLoad) -> str:
        lines = [f"<b>{escape(load.name)}</b>"]
        if load.group:
            lines.append(escape(load.group))
        lines.append(" · ".join(f"{ch} {load.counts.get(ch, 0)}" for ch in self.letters()))
        lines.append(
            escape(
                QCoreApplication.translate(
                    "WorkloadModel", "On {0} of {1} activities ({2}%)"
                ).format(load.involved, self._total, round(load.share * 100))
            )
        )
        lines += [f"{FLAG_MARK} {escape(m)}" for m in self.flag_messages(load.role_id)]
        hint = QCoreApplication.translate(
            "WorkloadModel", "Click: show where it is {0} · Double-click: role card"
        ).format(QCoreApplication.translate("WorkloadModel", " or ").join(self.letters()[:2]))
        lines.append(f"<i>{escape(hint)}</i>")
        return "<br>".join(lines)
