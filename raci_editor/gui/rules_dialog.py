"""Matrix › Rules…: switch each rule on or off, set its severity and its threshold.

The dialog edits a copy; OK applies every change as one undo step through
:func:`rule_edits.set_rules`, Cancel drops them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.model import Matrix
from raci_editor.core.rule_settings import RULES, RuleSetting, Severity, default_setting
from raci_editor.gui import rule_edits
from raci_editor.gui.document import Document
from raci_editor.gui.language import say

ACTIVITY_RULES = (
    "no-accountable",
    "multiple-accountable",
    "no-responsible",
    "too-many-responsible",
    "too-many-consulted",
    "too-many-informed",
    "everyone-involved",
)
ROLE_RULES = (
    "unused-role",
    "no-ownership",
    "overloaded-role",
    "too-many-accountable",
    "everywhere-role",
)
MAX_ROLES_THRESHOLD = 999
COLUMNS = ON, RULE, SEVERITY, THRESHOLD = range(4)


def exec_dialog(dialog: QDialog) -> int:
    """Run a dialog modally; tests replace this to answer it."""
    return dialog.exec()


def severity_names() -> dict[Severity, str]:
    """The severities as the combo boxes show them."""
    return {
        Severity.ERROR: QCoreApplication.translate("RulesDialog", "Error"),
        Severity.WARNING: QCoreApplication.translate("RulesDialog", "Warning"),
        Severity.INFO: QCoreApplication.translate("RulesDialog", "Info"),
    }


def scopes() -> list[tuple[str, list[str]]]:
    """The rule ids in catalogue order, grouped under the headings of RULES.md."""
    groups: dict[str, list[str]] = {
        QCoreApplication.translate("RulesDialog", "Per activity (across a row)"): [],
        QCoreApplication.translate("RulesDialog", "Per role (down a column)"): [],
        QCoreApplication.translate("RulesDialog", "Data quality"): [],
        QCoreApplication.translate("RulesDialog", "Off by default"): [],
    }
    activity, role, data, off = groups.values()
    for rule in RULES.values():
        if not rule.enabled:
            off.append(rule.id)
        elif rule.id in ACTIVITY_RULES:
            activity.append(rule.id)
        elif rule.id in ROLE_RULES:
            role.append(rule.id)
        else:
            data.append(rule.id)
    return [(title, ids) for title, ids in groups.items() if ids]


def meanings() -> dict[str, str]:
    """When each rule fires, as RULES.md says (the rows' tooltips)."""
    return {
        "no-accountable": QCoreApplication.translate(
            "RulesDialog", "No role is A on the activity."
        ),
        "multiple-accountable": QCoreApplication.translate(
            "RulesDialog", "Two or more roles are A on the activity."
        ),
        "no-responsible": QCoreApplication.translate(
            "RulesDialog", "No role is R on the activity."
        ),
        "too-many-responsible": QCoreApplication.translate(
            "RulesDialog", "More than N roles are R on the activity."
        ),
        "too-many-consulted": QCoreApplication.translate(
            "RulesDialog", "More than N roles are C on the activity."
        ),
        "too-many-informed": QCoreApplication.translate(
            "RulesDialog", "More than N roles are I on the activity."
        ),
        "everyone-involved": QCoreApplication.translate(
            "RulesDialog",
            "The matrix has at least 4 roles and every one has a letter on the activity.",
        ),
        "unused-role": QCoreApplication.translate(
            "RulesDialog", "The role has no letter on any activity."
        ),
        "no-ownership": QCoreApplication.translate(
            "RulesDialog", "The role has letters, but is never R and never A."
        ),
        "overloaded-role": QCoreApplication.translate(
            "RulesDialog",
            "The role is R or A on more than N % of activities (matrices of 5 activities or more).",
        ),
        "too-many-accountable": QCoreApplication.translate(
            "RulesDialog",
            "The role is A on more than N % of activities (matrices of 5 activities or more).",
        ),
        "everywhere-role": QCoreApplication.translate(
            "RulesDialog",
            "The role has a letter on every activity (matrices of 5 activities or more).",
        ),
        "duplicate-activity": QCoreApplication.translate(
            "RulesDialog", "An activity has the same name as an earlier one (trimmed, any case)."
        ),
        "duplicate-role": QCoreApplication.translate(
            "RulesDialog", "A role has the same name as an earlier one (trimmed, any case)."
        ),
        "unknown-code": QCoreApplication.translate(
            "RulesDialog",
            "A cell holds text that is not a letter of the scheme (kept as the cell's note).",
        ),
        "skipped-row": QCoreApplication.translate(
            "RulesDialog", "A row of the file was skipped while reading it."
        ),
        "lookalike-letter": QCoreApplication.translate(
            "RulesDialog",
            "A look-alike character (e.g. a Cyrillic С) was read as the Latin letter.",
        ),
        "import": QCoreApplication.translate(
            "RulesDialog", "What the importer decided about a spreadsheet's layout."
        ),
        "stale-waiver": QCoreApplication.translate(
            "RulesDialog", "A waiver saved in the file matches no current finding."
        ),
        "accountable-is-responsible": QCoreApplication.translate(
            "RulesDialog", "One role is both A and R on the same activity."
        ),
    }


class RulesDialog(QDialog):
    """Every rule of the catalogue with the matrix's setting for it."""

    def __init__(self, parent: QWidget | None, matrix: Matrix) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RulesDialog", "Rules"))
        self._rows: dict[str, int] = {}
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RulesDialog", "On"),
                QCoreApplication.translate("RulesDialog", "Rule"),
                QCoreApplication.translate("RulesDialog", "Severity"),
                QCoreApplication.translate("RulesDialog", "Threshold"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        tips = meanings()
        for title, ids in scopes():
            self._add_heading(title)
            for rule_id in ids:
                self._add_rule(rule_id, tips.get(rule_id, ""))
        header = self.table.horizontalHeader()
        for column in (ON, SEVERITY, THRESHOLD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RULE, QHeaderView.ResizeMode.Stretch)
        self.set_settings({r: matrix.rules.get(r, default_setting(r)) for r in RULES})
        self.table.itemChanged.connect(self._on_item_changed)

        hint = QLabel(
            QCoreApplication.translate(
                "RulesDialog", "Changes apply to this matrix and are saved with it."
            ),
            self,
        )
        hint.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        reset = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        assert reset is not None
        reset.setText(QCoreApplication.translate("RulesDialog", "&Reset to Defaults"))
        reset.clicked.connect(self.reset_to_defaults)
        self.reset_button = reset
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._fit_to_rows()

    def _fit_to_rows(self) -> None:
        """As tall as every row needs, when the screen has room."""
        table = self.table
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        wanted = rows + table.horizontalHeader().sizeHint().height() + 110
        room = self.screen().availableGeometry().height() * 9 // 10
        self.resize(780, min(wanted, room))

    # -- building ---------------------------------------------------------

    def _add_heading(self, title: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(title)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, ON, item)
        self.table.setSpan(row, ON, 1, len(COLUMNS))

    def _add_rule(self, rule_id: str, tip: str) -> None:
        rule = RULES[rule_id]
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._rows[rule_id] = row
        on = QTableWidgetItem()
        on.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        on.setToolTip(QCoreApplication.translate("RulesDialog", "Check this rule"))
        self.table.setItem(row, ON, on)
        name = QTableWidgetItem(f"{rule.id} — {say(rule.summary)}")
        name.setFlags(Qt.ItemFlag.ItemIsEnabled)
        name.setToolTip(tip)
        self.table.setItem(row, RULE, name)
        combo = QComboBox(self.table)
        for severity, text in severity_names().items():
            combo.addItem(text, severity)
        combo.setToolTip(tip)
        self.table.setCellWidget(row, SEVERITY, combo)
        if rule.threshold is not None:
            spin = QSpinBox(self.table)
            if rule.unit == "%":
                spin.setRange(0, 100)
                spin.setSuffix(QCoreApplication.translate("RulesDialog", " %"))
            else:
                spin.setRange(0, MAX_ROLES_THRESHOLD)
                spin.setSuffix(QCoreApplication.translate("RulesDialog", " roles"))
            spin.setToolTip(
                QCoreApplication.translate(
                    "RulesDialog", "Fires when there are more than this many"
                )
            )
            self.table.setCellWidget(row, THRESHOLD, spin)

    # -- reading and writing the widgets -------------------------------------

    def rule_ids(self) -> list[str]:
        """The rules in the order the table shows them."""
        return list(self._rows)

    def check_item(self, rule_id: str) -> QTableWidgetItem:
        """The On check box of a rule."""
        item = self.table.item(self._rows[rule_id], ON)
        assert item is not None
        return item

    def severity_combo(self, rule_id: str) -> QComboBox:
        """The severity of a rule."""
        combo = self.table.cellWidget(self._rows[rule_id], SEVERITY)
        assert isinstance(combo, QComboBox)
        return combo

    def threshold_spin(self, rule_id: str) -> QSpinBox | None:
        """The threshold of a rule, or None for rules without one."""
        spin = self.table.cellWidget(self._rows[rule_id], THRESHOLD)
        return spin if isinstance(spin, QSpinBox) else None

    def settings(self) -> dict[str, RuleSetting]:
        """Every rule's setting as the dialog shows it."""
        out = {}
        for rule_id in self._rows:
            on = self.check_item(rule_id).checkState() == Qt.CheckState.Checked
            severity = Severity(self.severity_combo(rule_id).currentData())
            spin = self.threshold_spin(rule_id)
            out[rule_id] = RuleSetting(on, severity, spin.value() if spin is not None else None)
        return out

    def set_settings(self, settings: dict[str, RuleSetting]) -> None:
        """Show these settings (rules not named keep what they show)."""
        for rule_id, setting in settings.items():
            if rule_id not in self._rows:
                continue
            state = Qt.CheckState.Checked if setting.enabled else Qt.CheckState.Unchecked
            self.check_item(rule_id).setCheckState(state)
            combo = self.severity_combo(rule_id)
            combo.setCurrentIndex(max(0, combo.findData(setting.severity)))
            spin = self.threshold_spin(rule_id)
            if spin is not None and setting.threshold is not None:
                spin.setValue(setting.threshold)
            self._enable_row(rule_id, setting.enabled)

    def reset_to_defaults(self) -> None:
        """Show the catalogue's defaults (applied only with OK)."""
        self.set_settings({rule_id: default_setting(rule_id) for rule_id in self._rows})

    def _enable_row(self, rule_id: str, on: bool) -> None:
        self.severity_combo(rule_id).setEnabled(on)
        spin = self.threshold_spin(rule_id)
        if spin is not None:
            spin.setEnabled(on)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != ON:
            return
        for rule_id, row in self._rows.items():
            if row == item.row():
                self._enable_row(rule_id, item.checkState() == Qt.CheckState.Checked)


def edit_rules(parent: QWidget | None, document: Document) -> bool:
    """Matrix › Rules…: ask, then apply the changes as one undo step; True if any."""
    dialog = RulesDialog(parent, document.matrix)
    try:
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        return rule_edits.set_rules(document, dialog.settings())
    finally:
        dialog.deleteLater()
