"""Matrix › Rules…: every rule with the matrix's setting; OK is one undo step, Cancel nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from raci_editor.core.rule_settings import RULES, RuleSetting, Severity, default_setting
from raci_editor.gui import rule_edits, rules_dialog
from raci_editor.gui.document import Document
from raci_editor.gui.main_window import MainWindow
from raci_editor.gui.rules_dialog import RulesDialog, edit_rules

pytestmark = pytest.mark.gui
DRAFT = Path(__file__).resolve().parents[2] / "sample_projects/product-launch-draft.en.raci.json"
Accepted, Rejected = QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected


@pytest.fixture
def document() -> Document:
    """The draft launch sample: 3 errors, 4 warnings."""
    return Document.open(DRAFT)


def answer(
    monkeypatch: pytest.MonkeyPatch, change: Callable[[RulesDialog], object], code: int
) -> list[RulesDialog]:
    """Answer the next rules dialog: ``change`` it, then close it with ``code``."""
    shown: list[RulesDialog] = []

    def run(dialog: RulesDialog) -> int:
        shown.append(dialog)
        change(dialog)
        return code

    monkeypatch.setattr(rules_dialog, "exec_dialog", run)
    return shown


def turn_off_no_accountable_and_raise_consulted(dialog: RulesDialog) -> None:
    dialog.check_item("no-accountable").setCheckState(Qt.CheckState.Unchecked)
    spin = dialog.threshold_spin("too-many-consulted")
    assert spin is not None
    spin.setValue(5)


def rules_found(document: Document) -> set[str]:
    return {f.rule for f in document.validation.findings()}


def test_the_dialog_shows_every_rule_in_catalogue_order(qtbot, document: Document) -> None:
    dialog = RulesDialog(None, document.matrix)
    qtbot.addWidget(dialog)
    assert dialog.rule_ids() == list(RULES)
    assert dialog.settings() == {r: default_setting(r) for r in RULES}


def test_the_rules_are_grouped_under_the_headings_of_rules_md() -> None:
    groups = dict(rules_dialog.scopes())
    titles = list(groups)
    assert len(titles) == 4
    assert groups[titles[0]][0] == "no-accountable"
    assert groups[titles[1]] == list(rules_dialog.ROLE_RULES)
    assert "unknown-code" in groups[titles[2]]
    assert groups[titles[3]] == ["accountable-is-responsible"]
    assert set(rules_dialog.meanings()) == set(RULES)


def test_the_dialog_shows_the_matrix_s_own_settings(qtbot, document: Document) -> None:
    document.matrix.rules["too-many-informed"] = RuleSetting(False, Severity.ERROR, 7)
    dialog = RulesDialog(None, document.matrix)
    qtbot.addWidget(dialog)
    assert dialog.settings()["too-many-informed"] == RuleSetting(False, Severity.ERROR, 7)
    assert not dialog.severity_combo("too-many-informed").isEnabled()
    assert dialog.severity_combo("no-accountable").currentText() == "Error"
    first = dialog.table.item(1, rules_dialog.RULE)  # row 0 is the "Per activity" heading
    assert first.text().startswith("no-accountable")
    assert first.toolTip() == rules_dialog.meanings()["no-accountable"]


def test_only_threshold_rules_have_a_spin_box_with_the_right_range(
    qtbot, document: Document
) -> None:
    dialog = RulesDialog(None, document.matrix)
    qtbot.addWidget(dialog)
    for rule_id, rule in RULES.items():
        spin = dialog.threshold_spin(rule_id)
        if rule.threshold is None:
            assert spin is None, rule_id
            continue
        assert spin is not None, rule_id
        assert spin.value() == rule.threshold
        if rule.unit == "%":
            assert (spin.minimum(), spin.maximum(), spin.suffix()) == (0, 100, " %")
        else:
            assert spin.minimum() == 0
            assert spin.suffix() == " roles"


def test_ok_applies_two_changes_as_one_undo_step(
    monkeypatch: pytest.MonkeyPatch, document: Document
) -> None:
    answer(monkeypatch, turn_off_no_accountable_and_raise_consulted, Accepted)
    assert "no-accountable" in rules_found(document)
    assert edit_rules(None, document)
    stack = document.undo_stack
    assert stack.count() == 1
    assert stack.text(0) == "Change 2 rules"
    assert document.matrix.rules == {
        "no-accountable": RuleSetting(False, Severity.ERROR),
        "too-many-consulted": RuleSetting(True, Severity.WARNING, 5),
    }
    assert "no-accountable" not in rules_found(document)
    assert "too-many-consulted" not in rules_found(document)
    stack.undo()
    assert document.matrix.rules == {}
    assert {"no-accountable", "too-many-consulted"} <= rules_found(document)


def test_a_severity_change_moves_the_findings_count(
    monkeypatch: pytest.MonkeyPatch, document: Document
) -> None:
    def demote(dialog: RulesDialog) -> None:
        combo = dialog.severity_combo("multiple-accountable")
        combo.setCurrentIndex(combo.findData(Severity.WARNING))

    answer(monkeypatch, demote, Accepted)
    edit_rules(None, document)
    assert document.undo_stack.text(0) == "Change rule multiple-accountable"
    counts = document.validation.counts()
    assert (counts[Severity.ERROR], counts[Severity.WARNING]) == (2, 5)


def test_cancel_changes_nothing(monkeypatch: pytest.MonkeyPatch, document: Document) -> None:
    answer(monkeypatch, turn_off_no_accountable_and_raise_consulted, Rejected)
    assert not edit_rules(None, document)
    assert document.undo_stack.count() == 0
    assert document.matrix.rules == {}


def test_ok_without_changes_pushes_nothing(
    monkeypatch: pytest.MonkeyPatch, document: Document
) -> None:
    answer(monkeypatch, lambda dialog: None, Accepted)
    assert not edit_rules(None, document)
    assert document.undo_stack.count() == 0


def test_reset_shows_the_defaults_and_ok_stores_nothing(
    monkeypatch: pytest.MonkeyPatch, document: Document
) -> None:
    document.matrix.rules["no-responsible"] = RuleSetting(False, Severity.INFO)
    document.matrix.rules["overloaded-role"] = RuleSetting(True, Severity.WARNING, 80)
    document.validation.recompute()
    shown = answer(monkeypatch, lambda dialog: dialog.reset_button.click(), Accepted)
    assert edit_rules(None, document)
    assert shown[0].settings() == {r: default_setting(r) for r in RULES}
    assert document.matrix.rules == {}
    assert document.undo_stack.text(0) == "Change 2 rules"
    assert "no-responsible" in rules_found(document)


def test_checking_a_rule_enables_its_severity_and_threshold(qtbot, document: Document) -> None:
    dialog = RulesDialog(None, document.matrix)
    qtbot.addWidget(dialog)
    dialog.check_item("too-many-responsible").setCheckState(Qt.CheckState.Unchecked)
    spin = dialog.threshold_spin("too-many-responsible")
    assert spin is not None
    assert not spin.isEnabled()
    dialog.check_item("too-many-responsible").setCheckState(Qt.CheckState.Checked)
    assert spin.isEnabled()
    assert dialog.severity_combo("too-many-responsible").isEnabled()


# -- the menu ---------------------------------------------------------------------


@pytest.fixture
def window(draft_window: MainWindow) -> MainWindow:
    """The draft sample in a window."""
    return draft_window


def test_matrix_rules_opens_the_dialog_and_applies(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    shown = answer(monkeypatch, turn_off_no_accountable_and_raise_consulted, Accepted)
    window.act.edit_rules.trigger()
    assert len(shown) == 1
    assert shown[0].parent() is window
    assert window.document.undo_stack.text(0) == "Change 2 rules"
    assert window.act.edit_rules in window.act.matrix_menu.actions()


def test_reset_rules_to_defaults_is_one_step_or_a_message(window: MainWindow) -> None:
    document = window.document
    window.act.reset_rules.trigger()
    assert document.undo_stack.count() == 0
    assert "already" in window.statusBar().currentMessage()
    rule_edits.set_rules(document, {"no-accountable": RuleSetting(False, Severity.ERROR)})
    window.act.reset_rules.trigger()
    assert document.undo_stack.count() == 2
    assert document.matrix.rules == {}
