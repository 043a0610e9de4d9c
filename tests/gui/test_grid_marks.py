"""Findings marked in the grid: cell frames and badges, error rows, header badges and tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from raci_editor.core.model import Matrix
from raci_editor.core.rule_settings import RuleSetting
from raci_editor.core.rules import Severity
from raci_editor.gui import rule_edits
from raci_editor.gui.document import Document
from raci_editor.gui.matrix_model import SEVERITY_ROLE, MatrixModel
from raci_editor.gui.matrix_view import MatrixView
from tests.gui.grids import model_of

pytestmark = pytest.mark.gui


@pytest.fixture
def grid(qtbot: QtBot, matrix: Matrix) -> MatrixView:
    """The grid over the small matrix, shown, with no cell current."""
    view = MatrixView()
    qtbot.addWidget(view)
    view.setModel(MatrixModel(Document(matrix), parent=view))
    view.resize(900, 400)
    view.fit_columns()
    view.show()
    qtbot.wait_exposed(view)
    view.clearFocus()
    view.selectionModel().clear()
    return view


def cell_image(view: MatrixView, activity: str, role: str) -> QImage:
    model = model_of(view)
    row = model.row_of_activity(activity)
    assert row is not None
    rect = view.visualRect(model.index(row, model.column_of_role(role)))
    return view.viewport().grab(rect).toImage()


def reddish(colour: QColor) -> bool:
    return colour.red() > 150 and colour.green() < 110 and colour.blue() < 110


def count(image: QImage, test: object) -> int:
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if test(image.pixelColor(x, y))  # type: ignore[operator]
    )


def set_rule(view: MatrixView, severity: Severity) -> None:
    """R and A in one cell becomes a finding of ``severity`` (blog/writer and news/writer)."""
    setting = RuleSetting(True, severity)
    rule_edits.set_rules(model_of(view).document, {"accountable-is-responsible": setting})


def test_an_error_cell_gets_a_frame_and_a_badge(qtbot: QtBot, grid: MatrixView) -> None:
    before = cell_image(grid, "news", "writer")
    set_rule(grid, Severity.ERROR)
    qtbot.wait(10)
    after = cell_image(grid, "news", "writer")
    assert model_of(grid).findings_at("news", "writer")[0].rule == "accountable-is-responsible"
    assert count(before, reddish) == 0
    middle = after.height() // 2
    assert reddish(after.pixelColor(1, middle))  # the frame, left
    assert reddish(after.pixelColor(after.width() - 2, middle))  # and right
    assert count(after, reddish) > 2 * (after.width() + after.height())  # frame and badge
    unmarked = cell_image(grid, "plan", "writer")  # also R, no finding
    assert count(unmarked, reddish) == 0


def test_a_warning_cell_gets_a_dashed_frame(qtbot: QtBot, grid: MatrixView) -> None:
    set_rule(grid, Severity.WARNING)
    qtbot.wait(10)
    image = cell_image(grid, "news", "writer")
    top = [image.pixelColor(x, 1) for x in range(4, image.width() - 4)]
    amber = [c.red() > 150 and 80 < c.green() < 210 and c.blue() < 90 for c in top]
    assert any(amber)
    assert not all(amber)


def test_an_info_cell_gets_a_dot_and_no_frame(qtbot: QtBot, grid: MatrixView) -> None:
    before = cell_image(grid, "news", "writer")
    set_rule(grid, Severity.INFO)
    qtbot.wait(10)
    after = cell_image(grid, "news", "writer")
    middle = after.height() // 2
    assert after.pixelColor(1, middle) == before.pixelColor(1, middle)
    assert after != before


def test_a_row_with_an_error_is_tinted_across(grid: MatrixView) -> None:
    # "budget" has no A and no R; "news" has none of its own findings
    flagged, plain = cell_image(grid, "budget", "legal"), cell_image(grid, "news", "legal")
    inside = QPoint(plain.width() // 2, 3)
    a, b = flagged.pixelColor(inside), plain.pixelColor(inside)
    assert a != b
    assert a.red() - a.green() > b.red() - b.green()


def test_the_row_header_shows_a_badge_and_lists_the_findings(grid: MatrixView) -> None:
    header, model = grid.activity_header, model_of(grid)
    budget, blog = model.row_of_activity("budget"), model.row_of_activity("blog")
    assert budget is not None
    assert blog is not None
    text = header.tooltip_text(budget)
    assert text is not None
    assert "no-accountable: No role is Accountable for this activity." in text
    assert "no-responsible: No role is Responsible for this activity." in text
    assert "no-accountable" not in (header.tooltip_text(blog) or "")

    def strip(row: int) -> QImage:
        top = header.sectionViewportPosition(row)
        return header.viewport().grab().copy(0, top, 30, header.sectionSize(row)).toImage()

    assert count(strip(budget), reddish) > 10
    assert count(strip(blog), reddish) == 0


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_row_header_tooltip_is_shown(qtbot: QtBot, grid: MatrixView) -> None:
    header, model = grid.activity_header, model_of(grid)
    row = model.row_of_activity("budget")
    assert row is not None
    pos = QPoint(10, header.sectionViewportPosition(row) + 4)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, header.viewport().mapToGlobal(pos))
    QApplication.sendEvent(header.viewport(), event)
    qtbot.wait_until(QToolTip.isVisible)
    assert "no-accountable: No role is Accountable" in QToolTip.text()
    QToolTip.hideText()


def test_the_role_header_lists_the_roles_findings(grid: MatrixView) -> None:
    header, model = grid.role_header, model_of(grid)
    legal = model.column_of_role("legal")
    text = header.tooltip_text(legal)
    assert text is not None
    assert text.startswith("<b>Legal</b>")
    assert "unused-role: This role has no letter on any activity." in text
    assert "unused-role" not in (header.tooltip_text(model.column_of_role("writer")) or "")


def test_a_waived_finding_is_no_longer_marked(grid: MatrixView) -> None:
    model = model_of(grid)
    row = model.row_of_activity("budget")
    finding = model.findings_at("budget", None)[0]
    rule_edits.waive(model.document, finding, "owned elsewhere", "Dana")
    rule_edits.waive(model.document, model.findings_at("budget", None)[1], "later", "Dana")
    assert model.headerData(row, Qt.Orientation.Vertical, SEVERITY_ROLE) is None
    text = grid.activity_header.tooltip_text(row) or ""
    assert "waived by Dana: owned elsewhere" in text


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_cells_tooltip_lists_its_findings(qtbot: QtBot, grid: MatrixView) -> None:
    set_rule(grid, Severity.ERROR)
    model = model_of(grid)
    row = model.row_of_activity("news")
    assert row is not None
    pos = grid.visualRect(model.index(row, model.column_of_role("writer"))).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, grid.viewport().mapToGlobal(pos))
    QApplication.sendEvent(grid.viewport(), event)
    qtbot.wait_until(QToolTip.isVisible)
    assert "accountable-is-responsible: " in QToolTip.text()
    assert "<b>A</b> Accountable" in QToolTip.text()  # the cell's own tooltip comes first
    QToolTip.hideText()
