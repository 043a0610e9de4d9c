"""Matrix › Ready to Launch?: errors block, warnings do not, waivers are listed with reasons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from raci_editor.core.rule_settings import Waiver
from raci_editor.gui import launch_check, rule_edits
from raci_editor.gui.document import Document
from raci_editor.gui.launch_check import LaunchCheckDialog, launch_summary, summary_text
from raci_editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"
DRAFT = SAMPLES / "product-launch-draft.en.raci.json"
CLEAN = SAMPLES / "marketing-team.en.raci.json"


@pytest.fixture
def draft() -> Document:
    """3 errors, 4 warnings."""
    return Document.open(DRAFT)


def check(document: Document) -> launch_check.LaunchSummary:
    return launch_summary(document.matrix, document.validation.findings())


def test_the_draft_is_not_ready(draft: Document) -> None:
    summary = check(draft)
    assert not summary.ready
    assert summary.verdict == "Not ready: 3 errors block the launch"
    assert [i.rule for i in summary.errors] == [
        "multiple-accountable",
        "no-responsible",
        "no-accountable",
    ]
    assert len(summary.warnings) == 4
    assert summary.errors[0].place == "Approve the launch budget"
    assert summary.waivers == []


def test_the_clean_sample_is_ready_with_no_problems() -> None:
    summary = check(Document.open(CLEAN))
    assert summary.ready
    assert summary.verdict == "Ready: no problems"
    assert (summary.errors, summary.warnings, summary.waivers) == ([], [], [])


def test_waived_errors_do_not_block_and_are_listed_with_reasons(draft: Document) -> None:
    for finding in draft.validation.findings():
        if finding.severity == "error":
            rule_edits.waive(draft, finding, "Signed off by the board", "Ann")
    summary = check(draft)
    assert summary.ready
    assert summary.verdict == "Ready, with 4 warnings"
    assert len(summary.waivers) == 3
    first = summary.waivers[0]
    assert (first.rule, first.place, first.reason, first.by, first.stale) == (
        "multiple-accountable",
        "Approve the launch budget",
        "Signed off by the board",
        "Ann",
        False,
    )
    assert first.message.startswith("2 roles are Accountable")


def test_one_warning_reads_in_the_singular(draft: Document) -> None:
    for finding in draft.validation.findings()[:6]:
        rule_edits.waive(draft, finding, "ok", "Ann")
    assert check(draft).verdict == "Ready, with 1 warning"


def test_a_stale_waiver_is_flagged(draft: Document) -> None:
    draft.matrix.waivers.append(Waiver("no-ownership", None, "legal-counsel", "Old", "Bob"))
    draft.validation.recompute()
    summary = check(draft)
    assert [(w.rule, w.place, w.stale) for w in summary.stale_waivers] == [
        ("no-ownership", "Legal Counsel", True)
    ]
    assert all(i.rule != "stale-waiver" for i in summary.infos)
    assert "[stale" in summary_text(draft.matrix, summary)


def test_the_text_summary_names_everything(draft: Document) -> None:
    finding = draft.validation.findings()[-1]  # unused-role on Legal Counsel
    rule_edits.waive(draft, finding, "Joins for the contract only", "Ann")
    text = summary_text(draft.matrix, check(draft))
    assert "Not ready: 3 errors block the launch" in text
    assert "- no-accountable · Respond to a launch-day crisis:" in text
    assert "Warnings (3)" in text
    assert "“Joins for the contract only” — waived by Ann" in text


def test_the_dialog_escapes_names_and_copies_the_text(qtbot, draft: Document) -> None:
    rule_edits.waive(draft, draft.validation.findings()[0], "<script>", "A & B")
    dialog = LaunchCheckDialog(None, draft.matrix, draft.validation.findings())
    qtbot.addWidget(dialog)
    shown = dialog.browser.toPlainText()
    assert "Not ready: 2 errors block the launch" in shown
    assert "“<script>” — waived by A & B" in shown
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text
    assert dialog.text.startswith("Ready to launch? Product launch")


# -- the menu ---------------------------------------------------------------------


@pytest.fixture
def window(draft_window: MainWindow) -> MainWindow:
    """The draft sample in a window."""
    return draft_window


def test_ready_to_launch_opens_the_check(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    shown: list[LaunchCheckDialog] = []

    def run(dialog: LaunchCheckDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(launch_check, "exec_dialog", run)
    window.act.launch_check.trigger()
    assert len(shown) == 1
    assert not shown[0].summary.ready
    assert window.act.launch_check.shortcut().toString() == "Ctrl+Shift+L"
    assert window.act.launch_check in window.act.matrix_menu.actions()
