"""The main window: title, status bar, legend, keyboard focus, Edit/View/Help and shortcuts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from raci_editor import __version__
from raci_editor.core.edits import CellValue, SetCells
from raci_editor.core.model import Matrix, Role
from raci_editor.core.rules import Severity
from raci_editor.gui import dialogs
from raci_editor.gui.main_window import MainWindow, findings_summary, matrix_summary
from raci_editor.gui.matrix_view import MatrixView

pytestmark = pytest.mark.gui
Select = QItemSelectionModel.SelectionFlag


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    """A main window, closed at the end without asking about unsaved changes."""
    win = MainWindow()
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


@pytest.fixture
def shown(qtbot, window: MainWindow, matrix_file: Path) -> MainWindow:
    """The window on screen and active, showing the small matrix."""
    window.open_file(matrix_file)
    window.show()
    window.activateWindow()
    qtbot.wait_exposed(window)
    qtbot.wait_until(window.isActiveWindow)
    qtbot.wait_until(window.view.hasFocus)
    return window


def set_cell(window: MainWindow, activity: str, role: str, letters: str) -> None:
    cell = CellValue(activity, role, letters, window.document.matrix.note(activity, role))
    window.document.apply(SetCells((cell,)), f"Set {letters}")


# -- what the window shows ------------------------------------------------------


def test_the_window_shows_the_matrix(window: MainWindow, matrix_file: Path) -> None:
    assert window.open_file(matrix_file)
    assert window.view.model() is window.model
    assert len(window.model.activity_rows()) == 4
    assert window.model.columnCount() == 4
    assert window.path == matrix_file


def test_the_title_names_the_file_and_the_program(window: MainWindow, matrix_file: Path) -> None:
    window.open_file(matrix_file)
    assert window.windowTitle() == "small-team.raci.json[*] — RACI Editor"
    assert window.windowFilePath() == str(matrix_file)
    assert not window.isWindowModified()


def test_a_new_window_is_untitled(window: MainWindow) -> None:
    assert window.windowTitle() == "Untitled[*] — RACI Editor"
    assert window.status_text() == "0 activities · 0 roles · RACI · 0 errors · 0 warnings"


def test_the_window_carries_the_application_icon(window: MainWindow) -> None:
    assert not window.windowIcon().isNull()


def test_the_modified_marker_follows_the_undo_stack(window: MainWindow, matrix_file: Path) -> None:
    window.open_file(matrix_file)
    set_cell(window, "budget", "director", "A")
    assert window.isWindowModified()
    window.act.undo.trigger()
    assert not window.isWindowModified()
    window.act.redo.trigger()
    assert window.isWindowModified()


def test_undo_and_redo_name_the_step(window: MainWindow, matrix_file: Path) -> None:
    window.open_file(matrix_file)
    set_cell(window, "budget", "director", "A")
    assert window.act.undo.text() == "&Undo Set A"
    assert window.act.undo.isEnabled()
    window.act.undo.trigger()
    assert window.document.matrix.cell("budget", "director") == ""
    assert window.act.redo.text() == "&Redo Set A"
    window.act.redo.trigger()
    assert window.document.matrix.cell("budget", "director") == "A"


def test_the_status_line_counts_findings(window: MainWindow, matrix_file: Path) -> None:
    window.open_file(matrix_file)
    assert window.status_text() == "4 activities · 4 roles · RACI · 2 errors · 1 warning"
    assert [f.severity for f in window.findings].count(Severity.ERROR) == 2


def test_the_status_line_follows_edits(qtbot, window: MainWindow, matrix_file: Path) -> None:
    window.open_file(matrix_file)
    set_cell(window, "budget", "director", "A")  # budget had no A: one error less
    set_cell(window, "budget", "finance", "RC")  # … and no R: one more less
    qtbot.wait_until(lambda: "0 errors" in window.status_text())
    window.matrix_ops.add_role()
    qtbot.wait_until(lambda: "5 roles" in window.status_text())
    window.act.undo.trigger()
    qtbot.wait_until(lambda: "4 roles" in window.status_text())


def test_the_summary_counts_in_the_singular_too(matrix: Matrix) -> None:
    one = Matrix(roles=[Role(id="r", name="R")])
    assert matrix_summary(one) == "0 activities · 1 role · RACI"
    assert matrix_summary(matrix) == "4 activities · 4 roles · RACI"
    assert findings_summary({}) == "0 errors · 0 warnings"
    assert findings_summary({Severity.ERROR: 1, Severity.WARNING: 1}) == "1 error · 1 warning"


def test_the_legend_names_every_letter(window: MainWindow) -> None:
    assert window.legend.text() == "R Responsible · A Accountable · C Consulted · I Informed"
    assert window.legend.isVisibleTo(window)


def test_the_legend_follows_the_scheme(window: MainWindow, matrix: Matrix, tmp_path: Path) -> None:
    from raci_editor.core.scheme import builtin_scheme
    from raci_editor.storage.formats import write_matrix

    rasci = Matrix(scheme=builtin_scheme("RASCI"), roles=matrix.roles)
    path = tmp_path / "rasci.raci.json"
    write_matrix(rasci, path)
    window.open_file(path)
    assert window.legend.text().startswith("R Responsible · A Accountable · S ")


def test_view_messages_show_in_the_status_bar(window: MainWindow) -> None:
    window.view.message.emit("Copied 3 cells")
    assert window.statusBar().currentMessage() == "Copied 3 cells"
    assert window.status_text().startswith("0 activities")


def test_a_refused_paste_is_explained(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: shown.append(text))
    window.view.paste_failed.emit("“X” is not a letter of the RACI scheme")
    assert shown == ["“X” is not a letter of the RACI scheme"]


# -- focus and keys -----------------------------------------------------------------


def test_the_grid_has_focus_on_the_first_activity_cell(shown: MainWindow) -> None:
    current = shown.view.currentIndex()
    assert shown.model.row_kind(0) == "group"  # the small matrix starts with a group row
    assert shown.model.activity_at(current.row()).id == "plan"
    assert current.column() == 0
    assert shown.view.hasFocus()


def test_ctrl_c_in_the_grid_copies_exactly_once(
    qtbot, shown: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    original = MatrixView.copy_selection
    monkeypatch.setattr(
        MatrixView, "copy_selection", lambda self: calls.append(1) or original(self)
    )
    with qtbot.wait_signal(shown.act.copy.triggered, timeout=1000):
        qtbot.keyClick(shown.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert calls == [1]
    assert QGuiApplication.clipboard().text().rstrip("\r\n") == "A"


def test_a_letter_typed_in_the_grid_toggles_it(qtbot, shown: MainWindow) -> None:
    qtbot.keyClick(shown.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(shown.view, "r")
    assert shown.document.matrix.cell("plan", "director") == "RA"
    assert shown.isWindowModified()


def test_delete_in_the_grid_clears_once(qtbot, shown: MainWindow) -> None:
    qtbot.keyClick(shown.view, Qt.Key.Key_Delete)
    assert shown.document.matrix.cell("plan", "director") == ""
    assert shown.document.undo_stack.count() == 1


def test_ctrl_z_undoes_from_the_grid(qtbot, shown: MainWindow) -> None:
    qtbot.keyClicks(shown.view, "r")
    qtbot.keyClick(shown.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown.document.matrix.cell("plan", "director") == "A"
    assert not shown.isWindowModified()


def test_delete_in_the_properties_name_field_edits_the_field_not_the_grid(
    qtbot, shown: MainWindow
) -> None:
    before = shown.document.matrix.copy_deep()
    field = shown.properties.name_edit
    field.setFocus()
    qtbot.wait_until(field.hasFocus)
    field.setCursorPosition(0)
    text = field.text()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == text[1:]
    assert shown.document.matrix == before
    assert shown.document.undo_stack.count() == 0
    field.undo()  # nothing left for the window to commit when it closes


@pytest.mark.parametrize("place", ["properties", "find field", "undo history"])
def test_delete_and_f2_typed_outside_the_grid_leave_its_cells_alone(
    qtbot, shown: MainWindow, monkeypatch: pytest.MonkeyPatch, place: str
) -> None:
    edited: list[str] = []
    monkeypatch.setattr(MatrixView, "edit_current_cell", lambda self: edited.append("F2"))
    widget: QWidget
    if place == "find field":
        shown.find_bar.activate()
        widget = shown.find_bar.field
    elif place == "undo history":
        shown.history_dock.show()
        widget = shown.undo_view
    else:
        widget = shown.properties.name_edit
    widget.setFocus()
    qtbot.wait_until(widget.hasFocus)
    if isinstance(widget, QLineEdit):
        widget.end(False)  # Delete there deletes nothing
    before = shown.document.matrix.copy_deep()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClick(widget, Qt.Key.Key_F2)
    assert shown.document.matrix == before
    assert shown.document.undo_stack.count() == 0
    assert edited == []


def test_f2_in_the_grid_opens_the_cell_editor(
    qtbot, shown: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    edited: list[str] = []
    monkeypatch.setattr(MatrixView, "edit_current_cell", lambda self: edited.append("F2"))
    qtbot.keyClick(shown.view, Qt.Key.Key_F2)
    assert edited == ["F2"]


def test_no_shortcut_is_bound_twice_or_to_a_plain_letter(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in window.actions():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
            combination = key[0]
            plain = combination.keyboardModifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ShiftModifier,
            )
            assert not (plain and Qt.Key.Key_A <= combination.key() <= Qt.Key.Key_Z), text
    assert "Ctrl+S" in seen
    assert "Ctrl+Shift+Left" in seen


def test_the_menus_have_the_usual_shortcuts(window: MainWindow) -> None:
    act = window.act
    assert act.new.shortcut() == QKeySequence("Ctrl+N")
    assert act.open.shortcut() == QKeySequence("Ctrl+O")
    assert act.save.shortcut() == QKeySequence("Ctrl+S")
    assert act.save_as.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert act.close.shortcut() == QKeySequence("Ctrl+W")
    assert act.quit.shortcut() == QKeySequence("Ctrl+Q")
    assert act.undo.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Y") in act.redo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in act.redo.shortcuts()
    assert act.find.shortcut() == QKeySequence("Ctrl+F")
    assert act.edit_cell.shortcut() == QKeySequence("F2")


def test_the_menu_bar_has_the_five_menus(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Matrix", "&Help"]


def test_the_toolbar_has_the_common_actions(window: MainWindow) -> None:
    act = window.act
    on_bar = window.act.toolbar.actions()
    for action in (act.new, act.open, act.save, act.undo, act.redo):
        assert action in on_bar
    for action in (act.add_role, act.add_activity, act.find):
        assert action in on_bar


# -- Edit menu -------------------------------------------------------------------------


def test_edit_menu_actions_call_the_grid(
    window: MainWindow, matrix_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_file(matrix_file)
    calls: list[str] = []
    for name in (
        "cut_selection",
        "copy_selection",
        "paste",
        "clear_selection_cells",
        "edit_current_cell",
    ):
        monkeypatch.setattr(MatrixView, name, lambda self, n=name: calls.append(n))
    act = window.act
    for action in (act.cut, act.copy, act.paste, act.clear_cells, act.edit_cell):
        action.trigger()
    assert calls == [
        "cut_selection",
        "copy_selection",
        "paste",
        "clear_selection_cells",
        "edit_current_cell",
    ]


def test_select_all_selects_every_activity_cell(window: MainWindow, matrix_file: Path) -> None:
    window.open_file(matrix_file)
    window.act.select_all.trigger()
    assert len(window.view.selected_cell_keys()) == 16


def test_edit_copy_puts_the_current_cell_on_the_clipboard(
    window: MainWindow, matrix_file: Path
) -> None:
    window.open_file(matrix_file)
    model = window.model
    index = model.index(model.row_of_activity("blog"), model.column_of_role("writer"))
    window.view.selectionModel().setCurrentIndex(index, Select.ClearAndSelect)
    window.act.copy.trigger()
    assert QApplication.clipboard().text().rstrip("\r\n") == "R/A"


# -- View menu ---------------------------------------------------------------------------


def test_the_undo_history_shows_the_steps(window: MainWindow, matrix_file: Path) -> None:
    window.open_file(matrix_file)
    toggle = window.history_dock.toggleViewAction()
    assert toggle in window.act.view_menu.actions()
    toggle.trigger()
    assert window.history_dock.isVisibleTo(window)
    set_cell(window, "budget", "director", "A")
    history = window.undo_view.model()
    assert history.rowCount() == 2  # "<opened>" and the step
    assert history.index(1, 0).data() == "Set A"


def test_the_toolbar_and_the_properties_can_be_hidden(shown: MainWindow) -> None:
    for toggle, widget in (
        (shown.act.toolbar.toggleViewAction(), shown.act.toolbar),
        (shown.properties_dock.toggleViewAction(), shown.properties_dock),
    ):
        assert toggle in shown.act.view_menu.actions()
        assert widget.isVisible()
        toggle.trigger()
        assert not widget.isVisible()
        toggle.trigger()
        assert widget.isVisible()


def test_expand_all_groups(window: MainWindow, matrix_file: Path) -> None:
    window.open_file(matrix_file)
    window.model.set_collapsed("Planning", True)
    assert window.model.row_of_activity("plan") is None
    window.act.expand_all.trigger()
    assert window.model.row_of_activity("plan") is not None


# -- Help menu ---------------------------------------------------------------------------


def test_the_shortcuts_dialog_lists_grid_and_menu_keys(qtbot, window: MainWindow) -> None:
    window.act.shortcuts.trigger()
    dialog = window.findChild(dialogs.ShortcutsDialog)
    assert dialog is not None
    assert dialog.isVisible()
    keys = [k for k, _ in dialog.rows()]
    actions = [a for _, a in dialog.rows()]
    assert any("Ctrl+Home" in k for k in keys)
    assert "Space" in keys
    assert "Ctrl+S" in keys
    assert "Ctrl+Shift+Left" in keys
    assert "Undo" in actions
    assert "Move Role Left" in actions
    dialog.close()


def test_about_shows_the_version_the_licence_and_the_homepage(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.act.about.trigger()
    assert __version__ in shown[0]
    assert "MIT" in shown[0]
    assert "https://github.com/raci-editor/raci-editor" in shown[0]
    assert "PySide6" in shown[0]


def test_about_qt(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[object] = []
    monkeypatch.setattr(QMessageBox, "aboutQt", lambda parent, *a: shown.append(parent))
    window.act.about_qt.trigger()
    assert shown == [window]


def test_the_findings_part_of_the_status_line_is_a_button(window: MainWindow) -> None:
    from raci_editor.gui.main_window import findings_summary

    assert findings_summary({Severity.ERROR: 1, Severity.WARNING: 2}) == "1 error · 2 warnings"
    assert window.problems_button.text() == "0 errors · 0 warnings"
    assert window.problems_button.icon().isNull()  # nothing to worry about
