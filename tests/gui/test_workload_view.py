"""The Workload dock: bars per role, heaviest first, flagged roles marked, a click filters."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from raci_editor.core.edits import CellValue, SetCells
from raci_editor.core.model import Matrix
from raci_editor.core.workload import RoleLoad, role_loads
from raci_editor.gui.document import Document
from raci_editor.gui.main_window import MainWindow
from raci_editor.gui.role_card import RoleCardDialog
from raci_editor.gui.workload_model import FLAG_MARK, LOAD_ROLE, ROLE_ID_ROLE, WorkloadModel
from raci_editor.gui.workload_view import WorkloadPanel, segments

DIRECTOR = "launch-director"


def names(model: WorkloadModel) -> list[str]:
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def role_ids(model: WorkloadModel) -> list[str]:
    return [str(model.index(r, 0).data(ROLE_ID_ROLE)) for r in range(model.rowCount())]


def open_workload(win: MainWindow, qtbot: QtBot) -> WorkloadPanel:
    win.workload.toggle_action.trigger()
    qtbot.waitUntil(win.workload.dock.isVisible)
    return win.workload.panel


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, matrix: Matrix) -> None:
    qtmodeltester.check(WorkloadModel(Document(matrix)))


def test_the_model_stays_consistent_through_edits(
    qtmodeltester: ModelTester, matrix: Matrix
) -> None:
    document = Document(matrix)
    model = WorkloadModel(document)
    qtmodeltester.check(model, force_py=True)
    document.apply(SetCells((CellValue("budget", "legal", "RA"),)), "Set")
    document.undo_stack.undo()


def test_rows_are_sorted_by_load_with_the_letters_counted(matrix: Matrix) -> None:
    model = WorkloadModel(Document(matrix))
    assert role_ids(model) == [load.role_id for load in role_loads(matrix)]
    assert names(model)[0] == "Content Writer"  # R on three activities, A on two
    load = model.index(0, 0).data(LOAD_ROLE)
    assert isinstance(load, RoleLoad)
    assert load.counts == {"R": 3, "A": 2, "C": 0, "I": 0}
    assert model.share_text(load) == "3 · 75%"
    assert model.letters() == ["R", "A", "C", "I"]


def test_an_overloaded_role_is_marked_bold_and_explained(draft_window: MainWindow) -> None:
    model = draft_window.workload.panel.model
    first = model.index(0, 0)
    assert first.data(ROLE_ID_ROLE) == DIRECTOR
    assert str(first.data()).startswith(FLAG_MARK)
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    tooltip = str(first.data(Qt.ItemDataRole.ToolTipRole))
    for message in model.flag_messages(DIRECTOR):
        assert message in tooltip
    assert model.flag_messages(DIRECTOR)
    calm = model.index(1, 0)
    assert not str(calm.data()).startswith(FLAG_MARK)
    assert calm.data(Qt.ItemDataRole.FontRole) is None
    spoken = str(first.data(Qt.ItemDataRole.AccessibleTextRole))
    assert "R 4, A 8, C 2, I 0" in spoken
    assert model.flag_messages(DIRECTOR)[0] in spoken


def test_the_dock_is_a_view_menu_toggle_and_remembered(draft_window: MainWindow) -> None:
    assert draft_window.workload.toggle_action in draft_window.act.view_menu.actions()
    assert draft_window.workload.dock.objectName() == "workload-dock"
    assert not draft_window.workload.dock.isVisible()


def test_clicking_a_role_filters_the_grid_to_its_r_and_a_activities(
    draft_window: MainWindow, qtbot: QtBot
) -> None:
    panel = open_workload(draft_window, qtbot)
    index = panel.model.index(panel.model.row_of_role(DIRECTOR) or 0, 0)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert draft_window.find_bar.filter_role == DIRECTOR
    assert draft_window.find_bar.isVisible()
    grid = draft_window.model
    assert grid.is_filtered
    shown = [grid.activity_at(r) for r in grid.activity_rows()]
    assert len(shown) == 8  # its load: R or A on 8 activities
    for activity in shown:
        assert activity is not None
        assert set(grid.matrix.cell(activity.id, DIRECTOR)) & {"R", "A"}
    assert draft_window.view.selected_role_ids() == [DIRECTOR]


def test_up_down_and_enter_choose_a_role_from_the_keyboard(
    draft_window: MainWindow, qtbot: QtBot
) -> None:
    panel = open_workload(draft_window, qtbot)
    assert panel.view.hasFocus() or panel.view.currentIndex().row() == 0
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    second = role_ids(panel.model)[1]
    assert panel.view.current_role_id() == second
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert draft_window.find_bar.filter_role == second
    assert draft_window.view.selected_role_ids() == [second]


def test_the_bars_follow_an_edit_and_its_undo(matrix: Matrix, qtbot: QtBot) -> None:
    document = Document(matrix)
    panel = WorkloadPanel()
    qtbot.addWidget(panel)
    panel.set_document(document)
    model = panel.model
    assert role_ids(model)[-1] == "legal"
    panel.view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    cells = tuple(CellValue(a, "legal", "RA") for a in ("plan", "blog", "budget", "news"))
    document.apply(SetCells(cells), "Legal everywhere")
    assert role_ids(model)[0] == "legal"
    assert model.index(0, 0).data(LOAD_ROLE).counts["A"] == 4
    assert panel.view.current_role_id() == "legal"  # the current row stays on its role
    document.undo_stack.undo()
    assert role_ids(model)[-1] == "legal"


def test_a_new_role_appears_and_a_new_document_replaces_the_list(
    draft_window: MainWindow, matrix: Matrix
) -> None:
    model = draft_window.workload.panel.model
    before = model.rowCount()
    draft_window.act.add_role.trigger()
    assert model.rowCount() == before + 1
    draft_window.show_document(Document(matrix), None)
    assert sorted(role_ids(model)) == sorted(r.id for r in matrix.roles)


def test_double_click_opens_the_role_card(draft_window: MainWindow, qtbot: QtBot) -> None:
    panel = open_workload(draft_window, qtbot)
    rect = panel.view.visualRect(panel.model.index(0, 0))
    viewport = panel.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = draft_window.findChild(RoleCardDialog)
    assert dialog is not None
    assert dialog.role_id == DIRECTOR
    assert dialog.isVisible()
    dialog.close()


def test_the_panel_paints_bars_with_letters(draft_window: MainWindow, qtbot: QtBot) -> None:
    panel = open_workload(draft_window, qtbot)
    panel.resize(420, 400)
    image = panel.view.viewport().grab().toImage()
    assert isinstance(image, QImage)
    assert not image.isNull()
    scale = image.devicePixelRatio()
    y = int((panel.view.visualRect(panel.model.index(0, 0)).bottom() - 7) * scale)
    colours = {image.pixelColor(QPoint(x, y)).name() for x in range(0, image.width(), 3)}
    assert len(colours) > 3  # coloured segments with their letters, not a blank row


def test_segments_are_proportional_and_add_up(matrix: Matrix) -> None:
    [load, *_] = role_loads(matrix)
    parts = segments(load, ["R", "A", "C", "I"], 5, 100)
    assert parts == [("R", 60), ("A", 40)]
    assert segments(load, ["R", "A"], 0, 100) == []
    odd = segments(load, ["R", "A"], 7, 100)
    assert sum(width for _, width in odd) == round(5 * 100 / 7)
