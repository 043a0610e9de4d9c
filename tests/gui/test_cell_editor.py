"""The cell editor dialog: a check box per letter with its meaning, and a note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from raci_editor.core.scheme import RACI, RASCI, LetterDef, Scheme
from raci_editor.gui.cell_editor import CellEditorDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot) -> CellEditorDialog:
    """The editor on an R/A cell with a note."""
    editor = CellEditorDialog(RACI, "Write the blog", "Brand Manager", letters="RA", note="weekly")
    qtbot.addWidget(editor)
    return editor


def test_title_names_the_activity_and_the_role(dialog: CellEditorDialog) -> None:
    assert dialog.windowTitle() == "Edit cell — Write the blog / Brand Manager"


def test_one_check_box_per_letter_with_name_meaning_and_mnemonic(
    dialog: CellEditorDialog,
) -> None:
    box = dialog.checkbox("R")
    assert box.text() == "&R — Responsible: Does the work to complete the activity."
    assert [dialog.checkbox(ch).isChecked() for ch in "RACI"] == [True, True, False, False]
    assert dialog.note_edit.toPlainText() == "weekly"


def test_result_is_letters_in_scheme_order_and_the_trimmed_note(
    dialog: CellEditorDialog,
) -> None:
    dialog.checkbox("A").setChecked(False)
    dialog.checkbox("I").setChecked(True)
    dialog.note_edit.setPlainText("  ask first\n")
    assert dialog.result_value() == ("RI", "ask first")


def test_set_value_ticks_exactly_the_letters(dialog: CellEditorDialog) -> None:
    dialog.set_value("C", "")
    assert dialog.result_value() == ("C", "")


def test_other_schemes_get_their_own_letters(qtbot: QtBot) -> None:
    editor = CellEditorDialog(RASCI, "Plan", "Finance", letters="S")
    qtbot.addWidget(editor)
    assert editor.checkbox("S").isChecked()
    assert editor.result_value() == ("S", "")


def test_ampersands_in_names_are_not_mnemonics(qtbot: QtBot) -> None:
    scheme = Scheme(name="Odd", letters=(LetterDef(letter="X", name="Sign & seal"),))
    editor = CellEditorDialog(scheme, "R&D", "Q&A")
    qtbot.addWidget(editor)
    assert editor.checkbox("X").text() == "&X — Sign && seal"
    assert editor.windowTitle() == "Edit cell — R&D / Q&A"


def test_buttons_leave_the_letters_their_mnemonics(dialog: CellEditorDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert all("&" not in button.text() for button in buttons.buttons())


def test_ok_accepts_and_escape_cancels(qtbot: QtBot, dialog: CellEditorDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.wait_signal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.show()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    with qtbot.wait_signal(dialog.accepted):
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_alt_letter_toggles_its_box(qtbot: QtBot, dialog: CellEditorDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait_until(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.keyRelease(dialog, Qt.Key.Key_Alt)
    qtbot.wait_until(dialog.checkbox("C").isChecked)  # a mnemonic clicks after a short delay
    assert dialog.checkbox("C").hasFocus()
