"""The Problems panel: the findings, filters, a way to the grid and waivers.

A double click (or Enter) on a finding selects its cell, its activity's row
or its role's column in the grid, opening a collapsed group or dropping the
row filter when needed. The context menu waives a finding (asking why) or
withdraws a waiver; both are undoable edits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.rules import Finding, Severity
from raci_editor.gui import rule_edits, waiver_dialog
from raci_editor.gui.document import Document
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.matrix_view import MatrixView
from raci_editor.gui.problems_model import (
    ACTIVITY_COL,
    MESSAGE_COL,
    ROLE_COL,
    RULE_COL,
    SEVERITY_COL,
    WAIVER_COL,
    Key,
    ProblemsModel,
    key_of,
    severity_icon,
)

FITTED_COLUMNS = (SEVERITY_COL, RULE_COL, ACTIVITY_COL, ROLE_COL, WAIVER_COL)
"""Columns as wide as their contents; the message takes the rest."""
FIT_ROWS = 100
"""After a reset, the columns are fitted to this many rows from the top."""

_Select = QItemSelectionModel.SelectionFlag


class ProblemsPanel(QWidget):
    """The findings of the grid's document, with severity, rule and waiver filters."""

    activated = Signal(object)
    """A finding was activated (double click or Enter); the grid shows it."""

    def __init__(self, view: MatrixView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._document: Document | None = None
        self._kept: tuple[Key | None, int] = (None, -1)
        self.reveal_all: Callable[[], None] | None = None
        """Shows every activity of the grid (the window also resets its row filter)."""
        self.model = ProblemsModel(parent=self)
        self.table = self._make_table()
        self.severity_buttons = {s: self._make_severity_button(s) for s in Severity}
        self.rule_box = QComboBox(self)
        self.rule_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rule_box.setToolTip(
            QCoreApplication.translate("ProblemsPanel", "Show the findings of one rule")
        )
        self.rule_box.addItem(QCoreApplication.translate("ProblemsPanel", "All rules"), None)
        self.rule_box.currentIndexChanged.connect(self._on_filter_changed)
        self.waived_button = QToolButton(self)
        self.waived_button.setText(QCoreApplication.translate("ProblemsPanel", "Show waived"))
        self.waived_button.setToolTip(
            QCoreApplication.translate(
                "ProblemsPanel", "List the findings accepted with a waiver too"
            )
        )
        self.waived_button.setCheckable(True)
        self.waived_button.setChecked(True)
        self.waived_button.setAutoRaise(True)
        self.waived_button.toggled.connect(self._on_filter_changed)
        self.waive_action = QAction(QCoreApplication.translate("ProblemsPanel", "&Waive…"), self)
        self.waive_action.triggered.connect(self.waive_current)
        self.unwaive_action = QAction(
            QCoreApplication.translate("ProblemsPanel", "&Remove Waiver"), self
        )
        self.unwaive_action.triggered.connect(self.unwaive_current)
        self.show_action = QAction(
            QCoreApplication.translate("ProblemsPanel", "&Show in Grid"), self
        )
        self.show_action.triggered.connect(self._on_show_current)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for button in self.severity_buttons.values():
            bar.addWidget(button)
        bar.addSpacing(8)
        bar.addWidget(self.rule_box)
        bar.addWidget(self.waived_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._refit: set[int] | None = None
        """Rows to fit the columns to at the next change; None: after a reset, the first rows."""
        self.model.about_to_change.connect(self._on_about_to_change)
        self.model.modelReset.connect(self._on_rows_reset)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.model.dataChanged.connect(self._on_data_changed)
        self.model.changed.connect(self._on_changed)
        self.table.selectionModel().currentRowChanged.connect(self.update_actions)
        self._update_counts()
        self.update_actions()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fitted: _fit_columns
        header.setSectionResizeMode(MESSAGE_COL, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_context_menu)
        table.activated.connect(self._on_activated)
        return table

    def _make_severity_button(self, severity: Severity) -> QToolButton:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setChecked(True)
        button.setAutoRaise(True)
        button.setIcon(severity_icon(severity))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setObjectName(f"problems-{severity.value}")
        button.toggled.connect(self._on_filter_changed)
        return button

    # -- the document ---------------------------------------------------

    def set_document(self, document: Document) -> None:
        """List the findings of ``document`` (the grid's)."""
        self._document = document
        self.model.set_document(document)

    def set_view(self, view: MatrixView) -> None:
        """The grid that shows the activated findings."""
        self._view = view

    def current_finding(self) -> Finding | None:
        """The selected finding, or None."""
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        return self.model.finding(index.row()) if index.isValid() and rows else None

    def select_finding(self, finding: Finding) -> bool:
        """Make a finding the current row; False when the filters hide it."""
        row = self.model.row_of(key_of(finding))
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, _Select.ClearAndSelect | _Select.Rows)
        self.table.scrollTo(index)

    # -- going to the grid ----------------------------------------------

    def show_in_grid(self, finding: Finding) -> bool:
        """Select the cell, row or column of a finding in the grid and focus it."""
        view = self._view
        if view is None:
            return False
        shown = self._select_in_grid(view, finding)
        if not shown and finding.activity_id is not None:
            self._reveal_all(view)
            shown = self._select_in_grid(view, finding)
        if shown:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        return shown

    def _reveal_all(self, view: MatrixView) -> None:
        if self.reveal_all is not None:
            self.reveal_all()
            return
        model = view.model()
        if isinstance(model, MatrixModel):  # open every group, drop the row filter
            model.expand_all()
            model.set_activity_filter(None)

    @staticmethod
    def _select_in_grid(view: MatrixView, finding: Finding) -> bool:
        aid, rid = finding.activity_id, finding.role_id
        if aid is not None and rid is not None:
            return view.select_cell(aid, rid)
        if aid is not None:
            return view.select_activity(aid)
        if rid is not None:
            return view.select_role(rid)
        return False

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        finding = self.model.finding(index.row())
        self.show_in_grid(finding)
        self.activated.emit(finding)

    def _on_show_current(self) -> None:
        self._on_activated(self.table.currentIndex())

    # -- waivers --------------------------------------------------------

    def waive_current(self) -> bool:
        """Ask why, then waive the selected finding (one undo step); False if not done."""
        finding = self.current_finding()
        if finding is None or self._document is None or finding.stale is not None:
            return False
        answer = waiver_dialog.ask_waiver(self, self._document.matrix, finding)
        if answer is None:
            return False
        reason, by = answer
        rule_edits.waive(self._document, finding, reason, by)
        return True

    def unwaive_current(self) -> bool:
        """Withdraw the waiver of the selected finding, stale or not (one undo step)."""
        finding = self.current_finding()
        if finding is None or self._document is None:
            return False
        if finding.waiver is None and finding.stale is None:
            return False
        rule_edits.unwaive(self._document, finding)
        return True

    def update_actions(self, *_args: object) -> None:
        """Fit the actions to the selected finding."""
        finding = self.current_finding()
        stale = finding is not None and finding.stale is not None
        waived = finding is not None and finding.waiver is not None
        self.waive_action.setEnabled(finding is not None and not stale)
        self.waive_action.setText(
            QCoreApplication.translate("ProblemsPanel", "&Edit Waiver…")
            if waived
            else QCoreApplication.translate("ProblemsPanel", "&Waive…")
        )
        self.unwaive_action.setEnabled(waived or stale)
        self.unwaive_action.setText(
            QCoreApplication.translate("ProblemsPanel", "Remove &Stale Waiver")
            if stale
            else QCoreApplication.translate("ProblemsPanel", "&Remove Waiver")
        )
        self.show_action.setEnabled(
            finding is not None and (finding.activity_id or finding.role_id) is not None
        )

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The menu for the row at ``pos`` (table viewport coordinates), made current."""
        index = self.table.indexAt(pos)
        if not index.isValid():
            return None
        self._select_row(index.row())
        self.update_actions()
        menu = QMenu(self)
        menu.addAction(self.show_action)
        menu.addSeparator()
        menu.addActions([self.waive_action, self.unwaive_action])
        return menu

    def _on_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))
            menu.deleteLater()

    # -- filters and counts ---------------------------------------------

    def _on_filter_changed(self, *_args: object) -> None:
        shown = [s for s, button in self.severity_buttons.items() if button.isChecked()]
        self.model.set_filter(shown, self.rule_box.currentData(), self.waived_button.isChecked())

    def _on_about_to_change(self) -> None:
        finding = self.current_finding()
        self._kept = (key_of(finding) if finding else None, self.table.currentIndex().row())

    def _on_rows_reset(self) -> None:
        self._refit = None

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._rows_changed(first, last)

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        self._rows_changed(top_left.row(), bottom_right.row())

    def _rows_changed(self, first: int, last: int) -> None:
        """Remember the rows an edit changed, to fit the columns to them."""
        if self._refit is not None:
            self._refit.update(range(first, last + 1))

    def _fit_columns(self) -> None:
        """Size every column but the message to its contents, as ResizeToContents would.

        After a reset the first :data:`FIT_ROWS` rows are measured (Qt measures
        a thousand, every time rows come or go: far too slow for tens of
        thousands of findings); after an edit only its rows, and columns only grow.
        """
        table, header = self.table, self.table.horizontalHeader()
        rows = self._refit
        if rows is None:
            rows, start = set(range(min(self.model.rowCount(), FIT_ROWS))), {}
        else:
            start = {c: header.sectionSize(c) for c in FITTED_COLUMNS}
        for column in FITTED_COLUMNS:
            width = max(start.get(column, 0), header.sectionSizeHint(column))
            for row in rows:
                index = self.model.index(row, column)  # invalid if later rows went
                if index.isValid():
                    width = max(width, table.sizeHintForIndex(index).width())
            width = max(header.minimumSectionSize(), min(width, header.maximumSectionSize()))
            if width != header.sectionSize(column):
                header.resizeSection(column, width)
        self._refit = set()

    def _on_changed(self) -> None:
        """Keep the selection on the same finding; if it is gone, on the next one."""
        self._fit_columns()
        key, old_row = self._kept
        if key is not None and not self._shows_current(key):
            row = self.model.row_of(key)
            if row is None and self.model.rowCount():
                row = min(old_row, self.model.rowCount() - 1)  # the next finding in the list
            if row is not None:
                self._select_row(row)
        self._update_counts()
        self.update_actions()

    def _shows_current(self, key: Key) -> bool:
        """Whether the current row is selected and shows the finding with ``key``."""
        finding = self.current_finding()
        return finding is not None and key_of(finding) == key

    def _update_counts(self) -> None:
        counts = self.model.severity_counts()
        one = {
            Severity.ERROR: (
                QCoreApplication.translate("ProblemsPanel", "{0} error"),
                QCoreApplication.translate("ProblemsPanel", "{0} errors"),
            ),
            Severity.WARNING: (
                QCoreApplication.translate("ProblemsPanel", "{0} warning"),
                QCoreApplication.translate("ProblemsPanel", "{0} warnings"),
            ),
            Severity.INFO: (
                QCoreApplication.translate("ProblemsPanel", "{0} info"),
                QCoreApplication.translate("ProblemsPanel", "{0} info"),
            ),
        }
        for severity, button in self.severity_buttons.items():
            n = counts[severity]
            button.setText(one[severity][0 if n == 1 else 1].format(n))
            button.setToolTip(
                QCoreApplication.translate("ProblemsPanel", "Show or hide this severity's findings")
            )
        rules = self.model.rules()
        chosen = self.rule_box.currentData()
        if chosen is not None and chosen not in rules:
            rules = sorted([*rules, chosen])  # keep the chosen rule while it has no findings
        present = [self.rule_box.itemData(i) for i in range(1, self.rule_box.count())]
        if present != rules:
            self.rule_box.blockSignals(True)
            while self.rule_box.count() > 1:
                self.rule_box.removeItem(1)
            for rule in rules:
                self.rule_box.addItem(rule, rule)
            self.rule_box.setCurrentIndex(max(self.rule_box.findData(chosen), 0))
            self.rule_box.blockSignals(False)
