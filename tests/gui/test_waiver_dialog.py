"""The waiver dialog: OK needs a reason and a name; the name is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from raci_editor.core.model import Matrix
from raci_editor.core.rule_settings import Waiver
from raci_editor.core.rules import Finding, Severity
from raci_editor.gui import waiver_dialog
from raci_editor.gui.document import Document
from raci_editor.gui.waiver_dialog import WaiverDialog, ask_waiver, waive_finding

pytestmark = pytest.mark.gui


@pytest.fixture
def finding() -> Finding:
    return Finding(
        "no-accountable", Severity.ERROR, "No role is Accountable for this activity.", "budget"
    )


def test_ok_is_disabled_until_reason_and_name_are_filled(
    qtbot, matrix: Matrix, finding: Finding
) -> None:
    dialog = WaiverDialog(None, matrix, finding)
    qtbot.addWidget(dialog)
    dialog.by_edit.clear()
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setPlainText("Finance approves by committee.")
    assert not dialog.ok_button.isEnabled()
    dialog.by_edit.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.by_edit.setText("Ann")
    assert dialog.ok_button.isEnabled()
    dialog.reason_edit.setPlainText("  \n ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_the_dialog_shows_the_rule_the_names_and_the_message(
    qtbot, matrix: Matrix, finding: Finding
) -> None:
    dialog = WaiverDialog(None, matrix, finding)
    qtbot.addWidget(dialog)
    label = dialog.finding_label.text()
    assert "no-accountable" in label
    assert "No role is accountable for the activity" in label
    assert "Approve the budget" in label
    assert "No role is Accountable for this activity." in label


def test_the_names_are_escaped(qtbot, matrix: Matrix) -> None:
    matrix.activities[0] = matrix.activities[0].model_copy(update={"name": "<b>Plan</b>"})
    finding = Finding("no-ownership", Severity.INFO, "a < b", "plan", "legal")
    assert waiver_dialog.place_name(matrix, "plan", "legal") == "<b>Plan</b> · Legal"
    dialog = WaiverDialog(None, matrix, finding)
    qtbot.addWidget(dialog)
    label = dialog.finding_label.text()
    assert "&lt;b&gt;Plan&lt;/b&gt; · Legal" in label
    assert "a &lt; b" in label


def test_the_first_name_is_the_login_name(
    monkeypatch: pytest.MonkeyPatch, qtbot, matrix: Matrix, finding: Finding
) -> None:
    monkeypatch.setattr(waiver_dialog.getpass, "getuser", lambda: "jdoe")
    dialog = WaiverDialog(None, matrix, finding)
    qtbot.addWidget(dialog)
    assert dialog.by_edit.text() == "jdoe"


def test_ask_waiver_returns_the_answer_and_remembers_the_name(
    monkeypatch: pytest.MonkeyPatch, matrix: Matrix, finding: Finding
) -> None:
    def fill(dialog: WaiverDialog) -> int:
        dialog.reason_edit.setPlainText("  Finance approves by committee. ")
        dialog.by_edit.setText(" Ann Lee ")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(waiver_dialog, "exec_dialog", fill)
    assert ask_waiver(None, matrix, finding) == ("Finance approves by committee.", "Ann Lee")

    seen: list[str] = []

    def look(dialog: WaiverDialog) -> int:
        seen.append(dialog.by_edit.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(waiver_dialog, "exec_dialog", look)
    assert ask_waiver(None, matrix, finding) is None
    assert seen == ["Ann Lee"]
    assert waiver_dialog.last_waived_by() == "Ann Lee"


def test_an_existing_waiver_s_reason_is_offered(qtbot, matrix: Matrix, finding: Finding) -> None:
    waived = Finding(
        finding.rule,
        finding.severity,
        finding.message,
        finding.activity_id,
        waiver=Waiver("no-accountable", "budget", None, "Committee", "Bob"),
    )
    dialog = WaiverDialog(None, matrix, waived)
    qtbot.addWidget(dialog)
    assert dialog.reason_edit.toPlainText() == "Committee"


def test_waive_finding_is_one_undo_step_and_the_finding_stops_counting(
    monkeypatch: pytest.MonkeyPatch, matrix: Matrix
) -> None:
    document = Document(matrix)
    finding = next(f for f in document.validation.findings() if f.rule == "no-accountable")
    errors = document.validation.counts()[Severity.ERROR]

    def fill(dialog: WaiverDialog) -> int:
        dialog.reason_edit.setPlainText("Finance approves by committee.")
        dialog.by_edit.setText("Ann")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(waiver_dialog, "exec_dialog", fill)
    assert waive_finding(None, document, finding)
    assert document.undo_stack.count() == 1
    assert document.matrix.waivers == [
        Waiver("no-accountable", finding.activity_id, None, "Finance approves by committee.", "Ann")
    ]
    assert document.validation.counts()[Severity.ERROR] == errors - 1
    monkeypatch.setattr(waiver_dialog, "exec_dialog", lambda d: QDialog.DialogCode.Rejected)
    assert not waive_finding(None, document, finding)
    assert document.undo_stack.count() == 1
