"""The table model over a document: roles are columns, activities and group rows are rows.

Rows are either an activity or a group row (the name of an activity group,
shown before the group's first activity; a group can be collapsed). A row
filter can hide activities. With counts shown (:meth:`MatrixModel.set_show_counts`)
a read-only count column per letter follows the role columns and a count row
per letter follows the last activity (:mod:`summary_cells`); the first
:attr:`MatrixModel.role_column_count` columns are always the roles. The model
keeps its own lists of row and column keys and, after every edit, replays the
difference as fine-grained insert/remove signals (:mod:`row_sync`), so
``data()`` stays O(1) and views keep their selection.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from raci_editor.core.edits import (
    CellValue,
    Edit,
    ReorderActivities,
    ReorderRoles,
    SetCells,
    only_snapshots,
)
from raci_editor.core.errors import ModelError
from raci_editor.core.letters import parse_cell
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rules import Finding, Severity
from raci_editor.core.texts import word
from raci_editor.gui.document import Document
from raci_editor.gui.language import say
from raci_editor.gui.palette import GROUP_BAND, letter_brushes
from raci_editor.gui.row_sync import sync_list
from raci_editor.gui.summary_cells import (
    Counts,
    count_cell,
    count_column_header,
    count_row_header,
)

LETTERS_ROLE = Qt.ItemDataRole.UserRole + 1
"""The raw letters of a cell in scheme order (``"RA"``), ``""`` when empty."""
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The note on a cell, ``""`` when there is none."""
ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 3
"""``"group"`` or ``"activity"`` (data and vertical headerData)."""
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4
"""The group of a row's activity or group row, or of a column's role (headerData)."""
COLLAPSED_ROLE = Qt.ItemDataRole.UserRole + 5
"""Vertical headerData of a group row: whether the group is collapsed."""
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 6
"""The worst unwaived finding's severity (``"error"``, ``"warning"``, ``"info"``) or None:
of a cell (data), of an activity row (vertical headerData) or of a role (horizontal)."""
FINDINGS_ROLE = Qt.ItemDataRole.UserRole + 7
"""The findings (core ``Finding`` objects) of a cell, row or column, waived ones included."""

_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}
_SEVERITY_OF_RANK = {rank: severity.value for severity, rank in _RANK.items()}

GROUP, ACTIVITY, SUMMARY = "group", "activity", "summary"
_CELL_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
RowKey = tuple[str, str, str]
"""``("activity", activity_id, "")``, ``("group", group, first activity id)``
or ``("summary", letter, "")`` (a count row)."""
Index = QModelIndex | QPersistentModelIndex
ActivityFilter = Callable[[Matrix, Activity], bool]


class MatrixModel(QAbstractTableModel):
    """Shows a :class:`Document`'s matrix and follows its edits."""

    def __init__(self, document: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document or Document(parent=self)
        self._rows: list[RowKey] = []
        self._cols: list[str] = []
        self._row_of: dict[str, int] | None = None
        self._collapsed: set[str] = set()
        self._filter: ActivityFilter | None = None
        self._priority, self._brushes = "", dict[str, QBrush]()
        self._show_counts = False
        self._letters: tuple[str, ...] = ()
        self._counts = Counts(self._document.matrix)
        self._document.applied.connect(self._on_applied)
        self._document.checked.connect(self._on_checked)
        self._use_document()

    # -- the document --------------------------------------------------

    @property
    def document(self) -> Document:
        """The document shown."""
        return self._document

    @property
    def matrix(self) -> Matrix:
        """The matrix shown (change it only through the document)."""
        return self._document.matrix

    def set_document(self, document: Document) -> None:
        """Show another document; views reset and groups open up again."""
        self.beginResetModel()
        if self._document is not document:
            self._document.applied.disconnect(self._on_applied)
            self._document.checked.disconnect(self._on_checked)
            document.applied.connect(self._on_applied)
            document.checked.connect(self._on_checked)
            self._document = document
        self._use_document()
        self.endResetModel()

    def _use_document(self) -> None:
        document = self._document
        self._collapsed.clear()
        self._filter = None
        self._priority, self._brushes = letter_brushes(document.matrix.scheme)
        self._letters = tuple(document.matrix.scheme.alphabet)
        self._counts = Counts(document.matrix)
        self._rows = self._build_rows()
        self._cols = [r.id for r in document.matrix.roles]
        self._row_of = None

    # -- rows and columns ----------------------------------------------

    def row_kind(self, row: int) -> str:
        """``"group"`` or ``"activity"``."""
        return self._rows[row][0]

    def activity_at(self, row: int) -> Activity | None:
        """The activity shown in a row, or None for a group row."""
        kind, key, _ = self._rows[row]
        return self.matrix.activity(key) if kind == ACTIVITY else None

    def group_at(self, row: int) -> str:
        """The group a row belongs to (a group row's own group; ``""`` for a count row)."""
        kind, key, _ = self._rows[row]
        if kind == SUMMARY:
            return ""
        return key if kind == GROUP else self.matrix.activity(key).group

    def role_at(self, column: int) -> Role:
        """The role shown in a column."""
        return self.matrix.role(self._cols[column])

    def row_of_activity(self, activity_id: str) -> int | None:
        """The row showing an activity, or None while it is collapsed or filtered out."""
        if self._row_of is None:
            self._row_of = {k[1]: i for i, k in enumerate(self._rows) if k[0] == ACTIVITY}
        return self._row_of.get(activity_id)

    def column_of_role(self, role_id: str) -> int:
        """The column showing a role."""
        return self.matrix.role_index(role_id)

    def cell_keys(self, indexes: Sequence[Index]) -> list[tuple[str, str]]:
        """(activity id, role id) of the activity cells among ``indexes``, in grid order."""
        keys = []
        for index in sorted(indexes, key=lambda i: (i.row(), i.column())):
            if (
                index.isValid()
                and self._rows[index.row()][0] == ACTIVITY
                and index.column() < len(self._cols)
            ):
                keys.append((self._rows[index.row()][1], self._cols[index.column()]))
        return keys

    def activity_rows(self) -> list[int]:
        """Rows that show activities, in order (cached until the rows change)."""
        if self._row_of is None:
            self.row_of_activity("")
        assert self._row_of is not None
        return list(self._row_of.values())

    # -- counts ---------------------------------------------------------

    @property
    def role_column_count(self) -> int:
        """How many columns show roles (the count columns follow them)."""
        return len(self._cols)

    @property
    def show_counts(self) -> bool:
        """Whether the count columns and count rows are shown."""
        return self._show_counts

    def set_show_counts(self, show: bool) -> None:
        """Show or hide a count column and a count row per letter (a view setting)."""
        if show == self._show_counts or not self._letters:
            return
        first, last = len(self._cols), len(self._cols) + len(self._letters) - 1
        if show:
            self.beginInsertColumns(QModelIndex(), first, last)
            self._show_counts = True
            self.endInsertColumns()
        else:
            self.beginRemoveColumns(QModelIndex(), first, last)
            self._show_counts = False
            self.endRemoveColumns()
        self._sync_rows()

    def count_letter(self, column: int) -> str | None:
        """The letter a count column counts; None for a role column."""
        at = column - len(self._cols)
        return self._letters[at] if self._show_counts and 0 <= at < len(self._letters) else None

    def _counts_changed(self, edit: SetCells | None = None) -> None:
        """Counts follow every edit: recount and repaint what the edit touched (None: all)."""
        self._counts.forget(edit)
        if not self._show_counts or not self._rows:
            return
        right = self.columnCount() - 1
        rows = self._rows_of(edit) if edit is not None else [0, len(self._rows) - 1]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), len(self._cols)), self.index(max(rows), right)
            )
        first = len(self._rows) - len(self._letters)
        if self._cols and first >= 0:
            self.dataChanged.emit(self.index(first, 0), self.index(len(self._rows) - 1, right))

    def _count_data(self, kind: str, key: str, column: int, role: int) -> Any:
        """A count cell's data: a count column's, or any cell of a count row."""
        if kind == SUMMARY:
            if column >= len(self._cols):
                return count_cell(None, role)
            return count_cell(self._counts.of_role(self._cols[column], key), role)
        letter = self._letters[column - len(self._cols)]
        if kind == GROUP:
            return count_cell(None, role)
        return count_cell(self._counts.of_activity(key, letter), role)

    # -- collapsing and filtering --------------------------------------

    def is_collapsed(self, group: str) -> bool:
        """Whether a group's activities are hidden."""
        return group in self._collapsed

    def set_collapsed(self, group: str, collapsed: bool) -> None:
        """Hide or show a group's activities (a view setting, not an edit)."""
        if collapsed == (group in self._collapsed):
            return
        (self._collapsed.add if collapsed else self._collapsed.discard)(group)
        self._sync_rows()
        row = next((i for i, k in enumerate(self._rows) if k[:2] == (GROUP, group)), None)
        if row is not None:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)

    def expand_all(self) -> None:
        """Show every group's activities."""
        for group in list(self._collapsed):
            self.set_collapsed(group, False)

    def set_activity_filter(self, keep: ActivityFilter | None) -> None:
        """Show only the activities ``keep`` accepts (None: all). Applied now, not live."""
        self._filter = keep
        self._sync_rows()

    @property
    def is_filtered(self) -> bool:
        """Whether a filter hides activities."""
        return self._filter is not None

    def _build_rows(self) -> list[RowKey]:
        matrix = self.matrix
        has_groups = any(a.group for a in matrix.activities)
        if not self._collapsed and self._filter is None:
            rows = self._all_rows(has_groups)
        else:
            rows = self._shown_rows(has_groups)
        if self._show_counts:
            rows.extend((SUMMARY, letter, "") for letter in self._letters)
        return rows

    def _all_rows(self, has_groups: bool) -> list[RowKey]:
        """Every activity, a group row before each run of a group (nothing folded or filtered)."""
        activities = self.matrix.activities
        if not has_groups:
            return [(ACTIVITY, a.id, "") for a in activities]
        rows: list[RowKey] = []
        previous: str | None = None
        for activity in activities:
            if activity.group != previous:
                previous = activity.group
                rows.append((GROUP, previous, activity.id))
            rows.append((ACTIVITY, activity.id, ""))
        return rows

    def _shown_rows(self, has_groups: bool) -> list[RowKey]:
        """The rows with folded groups and the row filter applied."""
        matrix = self.matrix
        rows: list[RowKey] = []
        pending: RowKey | None = None
        previous: str | None = None
        for activity in matrix.activities:
            group = activity.group
            if has_groups and group != previous:
                pending = (GROUP, group, activity.id)
                if group in self._collapsed:
                    rows.append(pending)
                    pending = None
            previous = group
            if group in self._collapsed or (self._filter and not self._filter(matrix, activity)):
                continue
            if pending is not None:
                rows.append(pending)
                pending = None
            rows.append((ACTIVITY, activity.id, ""))
        return rows

    def _sync_rows(self) -> None:
        def remove(first: int, last: int) -> None:
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self._row_of = None
            self.endRemoveRows()

        def insert(at: int, keys: Sequence[RowKey]) -> None:
            self.beginInsertRows(QModelIndex(), at, at + len(keys) - 1)
            self._rows[at:at] = keys
            self._row_of = None
            self.endInsertRows()

        sync_list(self._rows, self._build_rows(), remove, insert)

    def _sync_columns(self) -> None:
        def remove(first: int, last: int) -> None:
            self.beginRemoveColumns(QModelIndex(), first, last)
            del self._cols[first : last + 1]
            self.endRemoveColumns()

        def insert(at: int, keys: Sequence[str]) -> None:
            self.beginInsertColumns(QModelIndex(), at, at + len(keys) - 1)
            self._cols[at:at] = keys
            self.endInsertColumns()

        sync_list(self._cols, [r.id for r in self.matrix.roles], remove, insert)

    def _relayout(self) -> bool:
        """The same rows and columns in a new order (a sort): one layout change that
        selections follow, not a removal and an insertion per moved row. False when
        the rows or columns are not the same ones."""
        new_rows, new_cols = self._build_rows(), [r.id for r in self.matrix.roles]
        old_ids, new_ids = _identities(self._rows), _identities(new_rows)
        row_at = {ident: row for row, ident in enumerate(new_ids)}
        col_at = {role_id: col for col, role_id in enumerate(new_cols)}
        if set(old_ids) != set(row_at) or set(self._cols) != set(col_at):
            return False
        self.layoutAboutToBeChanged.emit()
        moved = self.persistentIndexList()
        to = [self.index(row_at[old_ids[i.row()]], col_at[self._cols[i.column()]]) for i in moved]
        self._rows, self._cols, self._row_of = new_rows, new_cols, None
        self.changePersistentIndexList(moved, to)
        self.layoutChanged.emit()
        return True

    def _on_applied(self, edit: Edit) -> None:
        """Update views after one edit: cells, headers, or rows and columns.

        A cell edit changes the findings of its rows and columns only
        (:class:`~raci_editor.core.live_validation.LiveValidation`), so only
        their headers and rows are announced: a keystroke costs the same in a
        10,000-row matrix as in a 10-row one.
        """
        if only_snapshots(edit):  # the grid shows none of them
            return
        if isinstance(edit, SetCells):
            self._cells_changed(edit)
            self._findings_changed(edit)
            self._counts_changed(edit)
            return
        self._counts.forget(None)
        if not (isinstance(edit, ReorderActivities | ReorderRoles) and self._relayout()):
            self._sync_columns()
            self._sync_rows()
        self._findings_changed()
        if self._rows and self._cols:  # cell marks may change anywhere after such an edit
            last = self.index(len(self._rows) - 1, len(self._cols) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [SEVERITY_ROLE, FINDINGS_ROLE])
        self._counts_changed()

    def _on_checked(self) -> None:
        """The first check of a big matrix has run: its marks appear."""
        self._findings_changed()
        if self._rows and self._cols:
            last = self.index(len(self._rows) - 1, len(self._cols) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [SEVERITY_ROLE, FINDINGS_ROLE])

    def _findings_changed(self, edit: SetCells | None = None) -> None:
        """Header marks follow the findings: of the edited cells' rows and columns (None: all)."""
        if edit is None:
            if self._cols:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._cols) - 1)
            if self._rows:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)
            return
        cols = sorted({self.column_of_role(cell.role_id) for cell in edit.cells})
        if cols:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, cols[0], cols[-1])
        rows = self._rows_of(edit)
        if rows and self._cols:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, rows[0], rows[-1])
            # A row with an error is tinted across: its other cells repaint too.
            last = self.index(rows[-1], len(self._cols) - 1)
            self.dataChanged.emit(self.index(rows[0], 0), last, [SEVERITY_ROLE, FINDINGS_ROLE])

    def _rows_of(self, edit: SetCells) -> list[int]:
        """The shown rows of the edited cells' activities, in order."""
        found = (self.row_of_activity(cell.activity_id) for cell in edit.cells)
        return sorted({row for row in found if row is not None})

    def findings_at(self, activity_id: str | None, role_id: str | None) -> list[Finding]:
        """Findings about a cell, an activity (role None) or a role (activity None).

        None yet while a big matrix waits for its first check (painting does not wait).
        """
        if self._document.check_pending:
            return []
        return self._document.validation.at(activity_id, role_id)

    def _severity(self, activity_id: str | None, role_id: str | None) -> str | None:
        if self._document.check_pending:
            return None
        worst = 0
        for finding in self._document.validation.at(activity_id, role_id):
            if finding.waiver is None:
                worst = max(worst, _RANK[finding.severity])
        return _SEVERITY_OF_RANK.get(worst)

    def _cells_changed(self, edit: SetCells) -> None:
        rows, cols = [], []
        for cell in edit.cells:
            row = self.row_of_activity(cell.activity_id)
            if row is not None:
                rows.append(row)
                cols.append(self.column_of_role(cell.role_id))
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), min(cols)), self.index(max(rows), max(cols))
            )

    # -- Qt overrides ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount: activities and group rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount: one column per role (and the counts)."""
        if parent.isValid():
            return 0
        return len(self._cols) + (len(self._letters) if self._show_counts else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data: letters, tint, note and alignment of a cell.

        The view asks about ten roles per cell it paints, so an activity cell
        is answered by one dictionary look-up of the role (:data:`_CELL_DATA`).
        """
        if not index.isValid():
            return None
        try:
            kind, key, _ = self._rows[index.row()]
            column = index.column()
            if kind == ACTIVITY and column < len(self._cols):
                answer = _CELL_DATA.get(role)
                return answer(self, key, self._cols[column]) if answer is not None else None
            return self._other_data(kind, key, column, role)
        except ModelError:  # a view asking mid-sync after a batch, about a row now gone
            return None

    def _other_data(self, kind: str, key: str, column: int, role: int) -> Any:
        """A group row's or a count cell's data."""
        if role == ROW_KIND_ROLE:
            return kind
        if kind == SUMMARY or column >= len(self._cols):
            return self._count_data(kind, key, column, role)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(GROUP_BAND)
        if role == GROUP_ROLE:
            return key
        return None

    def _cell(self, activity_id: str, role_id: str) -> str:
        row = self._document.matrix.letters.get(activity_id)
        return row.get(role_id, "") if row is not None else ""

    def _display(self, activity_id: str, role_id: str) -> str:
        return self._document.matrix.scheme.display(self._cell(activity_id, role_id))

    def _note(self, activity_id: str, role_id: str) -> str:
        row = self._document.matrix.notes.get(activity_id)
        return row.get(role_id, "") if row is not None else ""

    def _cell_background(self, activity_id: str, role_id: str) -> QBrush | None:
        return self._background(self._cell(activity_id, role_id))

    def _activity_group(self, activity_id: str, _role_id: str) -> str:
        return self._document.matrix.activity(activity_id).group

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override QAbstractItemModel.setData: typed text becomes the cell's letters (undoable)."""
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        parsed = parse_cell(str(value or ""), self.matrix.scheme)
        if parsed.unknown:
            return False
        [(activity_id, role_id)] = self.cell_keys([index])
        cell = CellValue(
            activity_id, role_id, parsed.letters, self.matrix.note(activity_id, role_id)
        )
        role_name = self.matrix.role(role_id).name
        self._document.apply(
            SetCells((cell,)),
            QCoreApplication.translate("MatrixModel", "Set cell of {0}").format(role_name),
        )
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override QAbstractItemModel.headerData: role names across, activities and groups down."""
        try:
            return self._header_data(section, orientation, role)
        except ModelError:  # a header asking mid-sync after a batch, about a section now gone
            return None

    def _header_data(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            letter = self.count_letter(section)
            if letter is not None:
                return count_column_header(self.matrix.scheme, letter, role)
            if not 0 <= section < len(self._cols):
                return None
            item: Role | Activity = self.matrix.role(self._cols[section])
            if role == SEVERITY_ROLE:
                return self._severity(None, item.id)
            if role == FINDINGS_ROLE:
                return self.findings_at(None, item.id)
        else:
            if not 0 <= section < len(self._rows):
                return None
            kind, key, _ = self._rows[section]
            if role == ROW_KIND_ROLE:
                return kind
            if kind == GROUP:
                return self._group_header(key, role)
            if kind == SUMMARY:
                return count_row_header(self.matrix.scheme, key, role)
            if role == SEVERITY_ROLE:  # asked by every cell painted (the row's tint)
                return self._severity(key, None)
            if role == FINDINGS_ROLE:
                return self.findings_at(key, None)
            item = self.matrix.activity(key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return _item_tooltip(item)
        if role == GROUP_ROLE:
            return item.group
        return None

    def _group_header(self, group: str, role: int) -> Any:
        collapsed = group in self._collapsed
        if role == Qt.ItemDataRole.DisplayRole:
            arrow = "▸" if collapsed else "▾"
            name = group or QCoreApplication.translate("MatrixModel", "(no group)")
            return f"{arrow} {name}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(GROUP_BAND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate("MatrixModel", "Click to show this group's activities")
                if collapsed
                else QCoreApplication.translate("MatrixModel", "Click to collapse this group")
            )
        if role == GROUP_ROLE:
            return group
        if role == COLLAPSED_ROLE:
            return collapsed
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: activity cells are editable; groups, counts inert."""
        if (
            not index.isValid()
            or self._rows[index.row()][0] != ACTIVITY
            or index.column() >= len(self._cols)
        ):
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS

    # -- helpers --------------------------------------------------------

    def _background(self, letters: str) -> QBrush | None:
        for letter in self._priority:
            if letter in letters:
                return self._brushes[letter]
        return None

    def _cell_tooltip(self, activity_id: str, role_id: str) -> str | None:
        matrix = self.matrix
        letters = matrix.cell(activity_id, role_id)
        note = matrix.note(activity_id, role_id)
        if not letters and not note:
            return None
        activity, role = matrix.activity(activity_id), matrix.role(role_id)
        lines = [f"<b>{escape(activity.name)}</b> — {escape(role.name)}"]
        for letter in letters:
            found = matrix.scheme.letter_def(letter)
            if found is not None:
                name = say(word("Letters", found.name))
                if found.meaning:
                    meaning = say(word("Letters", found.meaning))
                    name = QCoreApplication.translate("MatrixModel", "{name}: {meaning}").format(
                        name=name, meaning=meaning
                    )
                lines.append(f"<b>{letter}</b> {escape(name)}")
        if note:
            lines.append(
                QCoreApplication.translate("MatrixModel", "<i>Note:</i> ")
                + escape(note).replace("\n", "<br>")
            )
        return "<br>".join(lines)


_CellData = Callable[[MatrixModel, str, str], Any]
_CELL_DATA: dict[int, _CellData] = {
    int(role): answer
    for role, answer in (
        (ROW_KIND_ROLE, lambda _m, _a, _r: ACTIVITY),
        (Qt.ItemDataRole.DisplayRole, MatrixModel._display),
        (Qt.ItemDataRole.EditRole, MatrixModel._display),
        (LETTERS_ROLE, MatrixModel._cell),
        (NOTE_ROLE, MatrixModel._note),
        (Qt.ItemDataRole.BackgroundRole, MatrixModel._cell_background),
        (Qt.ItemDataRole.TextAlignmentRole, lambda _m, _a, _r: Qt.AlignmentFlag.AlignCenter),
        (Qt.ItemDataRole.ToolTipRole, MatrixModel._cell_tooltip),
        (GROUP_ROLE, MatrixModel._activity_group),
        (SEVERITY_ROLE, MatrixModel._severity),
        (FINDINGS_ROLE, MatrixModel.findings_at),
    )
}
"""An activity cell's data by role: (model, activity id, role id) -> the answer."""


def _item_tooltip(item: Role | Activity) -> str:
    parts = [f"<b>{escape(item.name)}</b>"]
    if item.group:
        parts.append(escape(item.group))
    if isinstance(item, Role):
        people = " / ".join(p for p in (item.holder, item.deputy) if p)
        if people:
            parts.append(escape(people))
    if item.description:
        parts.append(escape(item.description))
    return "<br>".join(parts)


def _identities(rows: list[RowKey]) -> list[tuple[str, str, int]]:
    """What each row shows, the same whatever the order: a group row is its group and
    which run of that group it heads (its key names the run's first activity)."""
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for kind, key, _ in rows:
        out.append((kind, key, seen[kind, key]))
        seen[kind, key] += 1
    return out
