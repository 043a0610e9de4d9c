"""The role header: the role-group band, wrapped names, drags that move, in-place renames."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from raci_editor.core.model import Matrix, Role
from raci_editor.gui.document import Document
from raci_editor.gui.headers import install_headers
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.role_header import RoleHeader, wrap_lines

pytestmark = pytest.mark.gui


def role_ids(model: MatrixModel) -> list[str]:
    return [r.id for r in model.matrix.roles]


def in_logical_order(header: RoleHeader) -> bool:
    return all(header.visualIndex(i) == i for i in range(header.count()))


def test_the_group_band_is_painted_over_two_line_headers(header_grid) -> None:
    _, _, roles, _ = header_grid
    image = roles.grab().toImage()
    assert not image.isNull()
    line = roles.fontMetrics().lineSpacing()
    assert roles.band_height() >= line
    assert roles.sizeHint().height() > 2 * line
    assert roles.height() > 2 * line


def test_without_role_groups_there_is_no_band(qtbot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    roles, _ = install_headers(view)
    matrix = Matrix(roles=[Role(id="a", name="Alpha"), Role(id="b", name="Beta")])
    view.setModel(MatrixModel(Document(matrix), parent=view))
    assert roles.band_height() == 0
    assert not roles.grab().toImage().isNull()


def test_the_band_appears_when_a_role_gets_a_group(qtbot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    roles, _ = install_headers(view)
    document = Document(Matrix(roles=[Role(id="a", name="Alpha")]))
    view.setModel(MatrixModel(document, parent=view))
    from raci_editor.gui import shaping

    shaping.set_roles_group(document, ["a"], "Leads")
    assert roles.band_height() > 0


def test_long_role_names_wrap_onto_at_most_four_lines(header_grid) -> None:
    _, _, roles, _ = header_grid
    text = "A very long role name that needs many many lines to be shown in full here"
    lines = wrap_lines(text, roles.font(), 80)
    assert len(lines) == 4
    assert lines[-1].endswith("…")
    assert wrap_lines("Finance", roles.font(), 200) == ["Finance"]


def test_dragging_a_role_moves_it_in_one_undo_step(header_grid, qtmodeltester) -> None:
    view, model, roles, _ = header_grid
    roles.moveSection(0, 2)
    assert role_ids(model) == ["writer", "finance", "director", "legal"]
    assert model.document.undo_stack.count() == 1
    assert in_logical_order(roles)
    assert view.selectionModel().isColumnSelected(2)
    qtmodeltester.check(model, force_py=True)
    model.document.undo_stack.undo()
    assert role_ids(model) == ["director", "writer", "finance", "legal"]


def test_a_mouse_drag_of_a_role_moves_it(header_grid, qtbot) -> None:
    _, model, roles, _ = header_grid
    y = roles.height() - 5
    start = roles.sectionViewportPosition(0) + 10
    end = roles.sectionViewportPosition(2) + roles.sectionSize(2) - 5
    qtbot.mousePress(roles.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(start, y))
    for x in range(start, end, 10):
        qtbot.mouseMove(roles.viewport(), QPoint(x, y))
    qtbot.mouseRelease(roles.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(end, y))
    assert role_ids(model) == ["writer", "finance", "director", "legal"]
    assert model.document.undo_stack.count() == 1
    assert in_logical_order(roles)


def test_a_dragged_role_keeps_its_width(header_grid) -> None:
    _, model, roles, _ = header_grid
    roles.resizeSection(3, 90)
    roles.moveSection(3, 0)
    assert role_ids(model)[0] == "legal"
    assert roles.sectionSize(0) == 90


def test_double_click_renames_a_role_in_place(header_grid, qtbot) -> None:
    _, model, roles, _ = header_grid
    editor = roles.edit_section(1)
    assert editor is not None
    assert editor.text() == "Content Writer"
    qtbot.keyClicks(editor, "Copywriter")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.matrix.role("writer").name == "Copywriter"
    assert model.document.undo_stack.count() == 1
    assert roles.editor is None


def test_leaving_the_editor_commits_the_rename(header_grid, qtbot) -> None:
    view, model, roles, _ = header_grid
    editor = roles.edit_section(3)
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Lawyers")
    view.setFocus()
    qtbot.waitUntil(lambda: roles.editor is None)
    assert model.matrix.role("legal").name == "Lawyers"
    assert model.document.undo_stack.count() == 1


def test_escape_cancels_a_role_rename(header_grid, qtbot) -> None:
    _, model, roles, _ = header_grid
    editor = roles.edit_section(1)
    qtbot.keyClicks(editor, "Copywriter")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert model.matrix.role("writer").name == "Content Writer"
    assert model.document.undo_stack.count() == 0
    assert roles.editor is None


def test_a_blank_role_name_is_refused(header_grid, qtbot) -> None:
    _, model, roles, _ = header_grid
    editor = roles.edit_section(1)
    editor.clear()
    qtbot.keyClicks(editor, "   ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.matrix.role("writer").name == "Content Writer"
    assert model.document.undo_stack.count() == 0


def test_the_double_click_signal_opens_the_editor(header_grid) -> None:
    _, _, roles, _ = header_grid
    roles.sectionDoubleClicked.emit(2)
    assert roles.editor is not None
    assert roles.editor.text() == "Finance"
    roles.close_editor()
    assert roles.editor is None
