"""Letters typed with a Chinese input method: full-width Ｒ/Ａ count as R/A.

An input method in full-width mode sends ``Ｒ`` (U+FF32) instead of ``R``,
either as a key press carrying that text or as a committed input-method
string; a word such as ``负责`` is committed whole. Each is one undo step,
as typing the ASCII letter is.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from raci_editor.gui.matrix_model import LETTERS_ROLE
from raci_editor.gui.matrix_view import MatrixView
from tests.gui.grids import model_of

pytestmark = pytest.mark.gui

NONE = Qt.KeyboardModifier.NoModifier
# make_matrix: row 1 is "plan" (the first activity), column 0 "director" holds A there.


def type_wide(view: MatrixView, key: Qt.Key, text: str) -> None:
    """Press and release ``key`` carrying ``text``, as a full-width input method sends it.

    ``QTest.keyClicks`` cannot type non-Latin-1 text, so the events are sent by hand.
    """
    QTest.sendKeyEvent(QTest.KeyAction.Press, view, key, text, NONE)
    QTest.sendKeyEvent(QTest.KeyAction.Release, view, key, text, NONE)


def commit(view: MatrixView, text: str) -> None:
    """What an input method sends when the user picks ``text`` from its candidates."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(view, event)


def test_typing_full_width_r_sets_r_in_one_undo_step(view: MatrixView) -> None:
    document = model_of(view).document
    type_wide(view, Qt.Key.Key_R, "Ｒ")
    assert document.matrix.cell("plan", "director") == "RA"
    assert view.currentIndex().data() == "R/A"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Set R on Marketing Director"
    document.undo_stack.undo()
    assert document.matrix.cell("plan", "director") == "A"


def test_typing_full_width_lower_case_a_toggles_a(view: MatrixView) -> None:
    document = model_of(view).document
    type_wide(view, Qt.Key.Key_A, "ａ")
    assert document.matrix.cell("plan", "director") == ""
    assert document.undo_stack.count() == 1


def test_an_input_method_commit_of_full_width_r_sets_r(view: MatrixView) -> None:
    document = model_of(view).document
    commit(view, "Ｒ")
    assert document.matrix.cell("plan", "director") == "RA"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Set R on Marketing Director"


def test_an_input_method_commit_of_a_chinese_letter_name_sets_its_letter(
    view: MatrixView,
) -> None:
    document = model_of(view).document
    commit(view, "负责")
    assert document.matrix.cell("plan", "director") == "RA"
    assert document.undo_stack.count() == 1


def test_a_full_width_letter_outside_the_scheme_changes_nothing(
    qtbot: QtBot, view: MatrixView
) -> None:
    document = model_of(view).document
    with qtbot.wait_signal(view.message) as said:
        type_wide(view, Qt.Key.Key_X, "Ｘ")
    assert said.args is not None
    assert "“Ｘ” is not a letter of the RACI scheme (R/A/C/I)" in said.args[0]
    assert document.undo_stack.count() == 0


def test_set_data_with_full_width_letters_and_slash_gives_a_slash_r(view: MatrixView) -> None:
    model = model_of(view)
    document = model.document
    blog = model.row_of_activity("blog")
    assert blog is not None
    index = model.index(blog, model.column_of_role("finance"))
    assert model.setData(index, "Ａ／Ｒ")
    assert document.matrix.cell("blog", "finance") == "RA"
    assert index.data() == "R/A"
    assert index.data(LETTERS_ROLE) == "RA"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Set cell of Finance"
    document.undo_stack.undo()
    assert document.matrix.cell("blog", "finance") == ""


def test_set_data_refuses_full_width_text_that_is_not_letters(view: MatrixView) -> None:
    model = model_of(view)
    index = model.index(view.currentIndex().row(), 0)
    assert not model.setData(index, "Ｘ")
    assert model.document.undo_stack.count() == 0
