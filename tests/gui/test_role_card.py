"""The role card: what one role does, by letter and group, to read and to copy."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from raci_editor.core.model import Matrix
from raci_editor.gui.main_window import MainWindow
from raci_editor.gui.role_card import RoleCardDialog, role_card_text

DIRECTOR = "launch-director"


def test_the_card_lists_accountable_then_responsible_by_group(matrix: Matrix) -> None:
    text = role_card_text(matrix, "writer")
    lines = text.splitlines()
    assert lines[0] == "Content Writer"
    assert lines.index("Accountable (A):") < lines.index("Responsible (R):")
    assert "  Planning" in lines
    assert "    - Set the annual plan" in lines
    assert "  - Publish the newsletter" in lines


def test_a_role_without_letters_says_so(matrix: Matrix) -> None:
    assert "No letters in this matrix." in role_card_text(matrix, "legal")


def test_the_dialog_shows_the_text_and_copy_puts_it_on_the_clipboard(
    qtbot: QtBot, matrix: Matrix
) -> None:
    dialog = RoleCardDialog(matrix, "finance")
    qtbot.addWidget(dialog)
    assert "Finance" in dialog.windowTitle()
    assert dialog.view.toPlainText() == dialog.text
    assert "Consulted (C):" in dialog.text
    assert "Informed (I):" in dialog.text
    QGuiApplication.clipboard().setText("")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text


def test_matrix_menu_opens_the_card_of_the_current_column(draft_window: MainWindow) -> None:
    action = draft_window.workload.role_card_action
    assert action in draft_window.act.matrix_menu.actions()
    activity = draft_window.document.matrix.activities[0].id
    assert draft_window.view.select_cell(activity, DIRECTOR)
    action.trigger()
    dialog = draft_window.findChild(RoleCardDialog)
    assert dialog is not None
    assert dialog.role_id == DIRECTOR
    assert dialog.text.startswith("Launch Director\n")
    dialog.close()


def test_without_a_current_role_the_card_asks_for_one(draft_window: MainWindow) -> None:
    draft_window.view.selectionModel().clear()
    draft_window.view.setCurrentIndex(draft_window.model.index(-1, -1))
    assert draft_window.workload.show_current_role_card() is None
    assert draft_window.statusBar().currentMessage() == "Select a role first."


def test_the_role_header_menu_offers_the_card_and_the_filter(draft_window: MainWindow) -> None:
    ops = draft_window.workload
    column = draft_window.model.column_of_role(DIRECTOR)
    menu = ops.header_menu(column)
    assert menu is not None
    card, only = menu.actions()
    assert only.text() == "&Show Only Where Launch Director Is R or A"
    card.trigger()
    dialog = draft_window.findChild(RoleCardDialog)
    assert dialog is not None
    assert dialog.role_id == DIRECTOR
    dialog.close()
    only.trigger()
    assert draft_window.find_bar.filter_role == DIRECTOR
    draft_window.model.set_show_counts(True)
    assert ops.header_menu(draft_window.model.role_column_count) is None  # a count column
