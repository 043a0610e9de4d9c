"""The Problems panel: the list, its filters, the way to the grid, waivers and the status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from raci_editor.core.rule_settings import RuleSetting
from raci_editor.core.rules import Finding, Severity
from raci_editor.gui import rule_edits, waiver_dialog
from raci_editor.gui.document import Document
from raci_editor.gui.main_window import MainWindow
from raci_editor.gui.problems_model import (
    FINDING_ROLE,
    RULE_COL,
    WAIVER_COL,
    ProblemsModel,
)
from raci_editor.gui.problems_panel import ProblemsPanel

pytestmark = pytest.mark.gui
DRAFT = Path(__file__).resolve().parents[2] / "sample_projects/product-launch-draft.en.raci.json"
DRAFT_FINDINGS = [
    ("multiple-accountable", "approve-launch-budget", None),
    ("no-responsible", "approve-launch-budget", None),
    ("no-accountable", "launch-crisis-response", None),
    ("too-many-consulted", "post-launch-review", None),
    ("overloaded-role", None, "launch-director"),
    ("too-many-accountable", None, "launch-director"),
    ("unused-role", None, "legal-counsel"),
]


@pytest.fixture
def window(draft_window: MainWindow) -> MainWindow:
    """The main window on screen with the draft sample open."""
    return draft_window


def shown_keys(panel: ProblemsPanel) -> list[tuple[str, str | None, str | None]]:
    model = panel.model
    return [model.finding(row).key for row in range(model.rowCount())]


def select(panel: ProblemsPanel, rule: str, activity: str | None = None) -> Finding:
    """Make the first shown finding of ``rule`` (about ``activity``) the current row."""
    model = panel.model
    for row in range(model.rowCount()):
        finding = model.finding(row)
        if finding.rule == rule and (activity is None or finding.activity_id == activity):
            assert panel.select_finding(finding)
            return finding
    raise AssertionError(f"{rule} is not listed")


def activate(qtbot: QtBot, panel: ProblemsPanel, rule: str) -> None:
    """Double click the finding's row."""
    select(panel, rule)
    index = panel.table.currentIndex()
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- the list --------------------------------------------------------------------


def test_the_panel_lists_the_drafts_findings_in_the_stable_order(window: MainWindow) -> None:
    panel = window.problems
    assert window.problems_dock.isVisible()  # a draft with errors shows its problems at once
    assert shown_keys(panel) == DRAFT_FINDINGS
    model = panel.model
    assert model.index(0, 0).data() == "Error"
    assert model.index(0, 2).data() == "Approve the launch budget"
    assert model.index(4, 3).data() == "Launch Director"
    assert model.index(2, 4).data() == "No role is Accountable for this activity."
    assert not model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    texts = [b.text() for b in panel.severity_buttons.values()]
    assert texts == ["3 errors", "4 warnings", "0 info"]


def test_the_severity_buttons_filter_the_list(window: MainWindow) -> None:
    panel = window.problems
    panel.severity_buttons[Severity.WARNING].setChecked(False)
    assert [k[0] for k in shown_keys(panel)] == [
        "multiple-accountable",
        "no-responsible",
        "no-accountable",
    ]
    panel.severity_buttons[Severity.ERROR].setChecked(False)
    assert shown_keys(panel) == []
    panel.severity_buttons[Severity.WARNING].setChecked(True)
    assert len(shown_keys(panel)) == 4


def test_the_rule_box_lists_the_rules_found_and_filters(window: MainWindow) -> None:
    box = window.problems.rule_box
    assert box.itemText(0) == "All rules"
    assert [box.itemText(i) for i in range(1, box.count())] == sorted(k[0] for k in DRAFT_FINDINGS)
    box.setCurrentIndex(box.findData("no-accountable"))
    assert shown_keys(window.problems) == [("no-accountable", "launch-crisis-response", None)]
    box.setCurrentIndex(0)
    assert len(shown_keys(window.problems)) == 7


# -- to the grid -----------------------------------------------------------------


def test_a_double_click_selects_the_activitys_row(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window.problems, "no-accountable")
    view = window.view
    assert view.selected_activity_ids() == ["launch-crisis-response"]
    assert len(view.selected_cell_keys()) == 10
    qtbot.wait_until(view.hasFocus)


def test_a_double_click_selects_the_roles_column(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window.problems, "unused-role")
    assert window.view.selected_role_ids() == ["legal-counsel"]
    assert len(window.view.selected_cell_keys()) == 12


def test_enter_selects_a_findings_cell(qtbot: QtBot, window: MainWindow) -> None:
    on = RuleSetting(True, Severity.WARNING)
    rule_edits.set_rules(window.document, {"accountable-is-responsible": on})
    finding = select(window.problems, "accountable-is-responsible")
    qtbot.keyClick(window.problems.table, Qt.Key.Key_Return)
    assert window.view.selected_cell_keys() == [(finding.activity_id, finding.role_id)]


def test_a_finding_in_a_collapsed_group_opens_the_group(qtbot: QtBot, window: MainWindow) -> None:
    model = window.model
    model.set_collapsed("Launch", True)
    assert model.row_of_activity("launch-crisis-response") is None
    with qtbot.wait_signal(window.problems.activated) as signal:
        activate(qtbot, window.problems, "no-accountable")
    assert signal.args[0].rule == "no-accountable"
    assert not model.is_collapsed("Launch")
    assert window.view.selected_activity_ids() == ["launch-crisis-response"]


def test_a_finding_hidden_by_the_role_filter_clears_it(qtbot: QtBot, window: MainWindow) -> None:
    role_filter = window.find_bar.role_filter
    role_filter.set_role("finance-controller")
    assert window.model.row_of_activity("launch-crisis-response") is None
    activate(qtbot, window.problems, "no-accountable")
    assert role_filter.role == ""
    assert window.view.selected_activity_ids() == ["launch-crisis-response"]


# -- waivers ---------------------------------------------------------------------


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    """The waiver dialog answers at once; the findings it was asked about."""
    asked: list[Finding] = []

    def ask(parent: object, matrix: object, finding: Finding) -> tuple[str, str]:
        asked.append(finding)
        return ("The crisis plan covers it", "Dana")

    monkeypatch.setattr(waiver_dialog, "ask_waiver", ask)
    return asked


def menu_of(panel: ProblemsPanel, row: int) -> list[str]:
    """The enabled items of the context menu on a row (the menu is not shown)."""
    menu = panel.context_menu(panel.table.visualRect(panel.model.index(row, 1)).center())
    assert menu is not None
    assert panel.table.currentIndex().row() == row
    return [a.text() for a in menu.actions() if a.text() and a.isEnabled()]


def test_waiving_is_one_undo_step_and_stops_the_count(
    window: MainWindow, answer: list[Finding]
) -> None:
    panel, stack = window.problems, window.document.undo_stack
    before = stack.count()
    assert menu_of(panel, 2) == ["&Show in Grid", "&Waive…"]
    panel.waive_action.trigger()
    assert [f.rule for f in answer] == ["no-accountable"]
    assert stack.count() == before + 1
    row = panel.model.row_of(("no-accountable", "launch-crisis-response", None, False))
    assert row is not None
    assert panel.model.index(row, WAIVER_COL).data() == "waived by Dana: The crisis plan covers it"
    assert panel.model.index(row, RULE_COL).data(Qt.ItemDataRole.FontRole).italic()
    assert window.status_text().endswith("RACI · 2 errors · 4 warnings")
    assert panel.severity_buttons[Severity.ERROR].text() == "2 errors"
    assert panel.current_finding() is not None  # the selection stays on the finding
    assert panel.current_finding().rule == "no-accountable"
    stack.undo()
    assert window.status_text().endswith("3 errors · 4 warnings")
    assert panel.model.index(row, WAIVER_COL).data() == ""


def test_a_waiver_can_be_removed(window: MainWindow, answer: list[Finding]) -> None:
    panel = window.problems
    select(panel, "unused-role")
    panel.waive_action.trigger()
    assert window.status_text().endswith("3 errors · 3 warnings")
    row = panel.table.currentIndex().row()
    assert menu_of(panel, row) == [
        "&Show in Grid",
        "&Edit Waiver…",
        "&Remove Waiver",
    ]
    count = window.document.undo_stack.count()
    panel.unwaive_action.trigger()
    assert window.document.undo_stack.count() == count + 1
    assert window.document.matrix.waivers == []
    assert window.status_text().endswith("3 errors · 4 warnings")


def test_hiding_waived_findings(window: MainWindow, answer: list[Finding]) -> None:
    panel = window.problems
    select(panel, "unused-role")
    panel.waive_action.trigger()
    panel.waived_button.setChecked(False)
    assert ("unused-role", None, "legal-counsel") not in shown_keys(panel)
    assert len(shown_keys(panel)) == 6


def test_a_stale_waiver_can_be_removed(
    qtbot: QtBot, window: MainWindow, answer: list[Finding]
) -> None:
    panel, view = window.problems, window.view
    select(panel, "no-accountable")
    panel.waive_action.trigger()
    assert view.select_cell("launch-crisis-response", "launch-director")
    qtbot.keyClick(view, Qt.Key.Key_A)  # the finding goes; its waiver is stale now
    stale = select(panel, "stale-waiver")
    assert stale.stale is not None
    assert stale.stale.by == "Dana"
    row = panel.table.currentIndex().row()
    assert menu_of(panel, row) == ["&Show in Grid", "Remove &Stale Waiver"]
    panel.unwaive_action.trigger()
    assert window.document.matrix.waivers == []
    assert "stale-waiver" not in [k[0] for k in shown_keys(panel)]


# -- the status bar --------------------------------------------------------------


def test_the_status_bar_counts_open_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    window.problems_dock.hide()
    assert window.problems_button.text() == "3 errors · 4 warnings"
    assert window.status_text() == "12 activities · 10 roles · RACI · 3 errors · 4 warnings"
    qtbot.mouseClick(window.problems_button, Qt.MouseButton.LeftButton)
    assert window.problems_dock.isVisible()
    assert window.problems_dock.toggleViewAction() in window.act.view_menu.actions()


def test_typing_a_fix_updates_the_panel_and_the_status_bar_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.view
    assert view.select_cell("launch-crisis-response", "launch-director")
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert window.status_text().endswith("RACI · 2 errors · 4 warnings")
    assert ("no-accountable", "launch-crisis-response", None) not in shown_keys(window.problems)
    assert window.problems.severity_buttons[Severity.ERROR].text() == "2 errors"


def test_a_document_without_errors_leaves_the_panel_closed(qtbot: QtBot, matrix_file: Path) -> None:
    win = MainWindow()
    win.show()
    qtbot.wait_exposed(win)
    try:
        rule_edits.set_rules(win.document, {})
        assert not win.problems_dock.isVisible()
    finally:
        win.close()
        win.deleteLater()


# -- the model -------------------------------------------------------------------


def test_the_problems_model_passes_the_model_tester(qtmodeltester, qtbot: QtBot) -> None:
    document = Document.open(DRAFT)
    model = ProblemsModel(document)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(FINDING_ROLE).rule == "multiple-accountable"
    rule_edits.waive(document, model.finding(2), "covered", "Dana")
    qtmodeltester.check(model)
    model.set_filter([Severity.ERROR], None, show_waived=False)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    document.undo_stack.undo()
    assert model.rowCount() == 3
    qtmodeltester.check(model)
