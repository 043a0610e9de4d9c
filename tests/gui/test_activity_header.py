"""The activity header: group headings that fold, drags that move (and regroup), renames."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from raci_editor.core.model import Activity
from raci_editor.gui.activity_header import (
    MAX_ROW_HEADER_WIDTH,
    MEASURED_NAMES,
    ActivityHeader,
    _longest,
)
from raci_editor.gui.matrix_model import MatrixModel

pytestmark = pytest.mark.gui

# Rows of the small matrix: 0 "▾ Planning", 1 plan, 2 "▾ (no group)", 3 blog, 4 budget, 5 news.


def activity_ids(model: MatrixModel) -> list[str]:
    return [a.id for a in model.matrix.activities]


def in_logical_order(header: ActivityHeader) -> bool:
    return all(header.visualIndex(i) == i for i in range(header.count()))


def heading_point(header: ActivityHeader, row: int) -> QPoint:
    return QPoint(10, header.sectionViewportPosition(row) + header.sectionSize(row) // 2)


def test_clicking_a_group_heading_collapses_and_expands_it(header_grid, qtbot) -> None:
    _, model, _, activities = header_grid
    qtbot.mouseClick(
        activities.viewport(), Qt.MouseButton.LeftButton, pos=heading_point(activities, 0)
    )
    assert model.is_collapsed("Planning")
    assert model.row_of_activity("plan") is None
    qtbot.mouseClick(
        activities.viewport(), Qt.MouseButton.LeftButton, pos=heading_point(activities, 0)
    )
    assert not model.is_collapsed("Planning")
    assert model.document.undo_stack.count() == 0


def test_toggle_group_folds_only_headings(header_grid) -> None:
    _, model, _, activities = header_grid
    activities.toggle_group(1)  # an activity row: nothing happens
    assert not model.is_collapsed("Planning")
    activities.toggle_group(0)
    assert model.is_collapsed("Planning")


def test_double_clicking_a_heading_renames_the_group_and_keeps_it_open(header_grid, qtbot) -> None:
    _, model, _, activities = header_grid
    qtbot.mouseDClick(
        activities.viewport(), Qt.MouseButton.LeftButton, pos=heading_point(activities, 0)
    )
    assert not model.is_collapsed("Planning")
    editor = activities.editor
    assert editor is not None
    assert editor.text() == "Planning"
    qtbot.keyClicks(editor, "Strategy")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.matrix.activity("plan").group == "Strategy"
    assert model.document.undo_stack.count() == 1


def test_renaming_the_no_group_heading_groups_its_whole_run(header_grid, qtbot) -> None:
    _, model, _, activities = header_grid
    editor = activities.edit_section(2)
    assert editor.text() == ""
    qtbot.keyClicks(editor, "Content")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [a.group for a in model.matrix.activities] == [
        "Planning",
        "Content",
        "Content",
        "Content",
    ]
    assert model.document.undo_stack.count() == 1


def test_renaming_a_collapsed_group_renames_all_its_activities(header_grid, qtbot) -> None:
    _, model, _, activities = header_grid
    activities.toggle_group(2)
    editor = activities.edit_section(2)
    qtbot.keyClicks(editor, "Later")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert {model.matrix.activity(a).group for a in ("blog", "budget", "news")} == {"Later"}


def test_double_click_renames_an_activity_in_place(header_grid, qtbot) -> None:
    _, model, _, activities = header_grid
    editor = activities.edit_section(3)
    assert editor.text() == "Write the blog"
    qtbot.keyClicks(editor, "Blog weekly")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.matrix.activity("blog").name == "Blog weekly"
    assert model.document.undo_stack.count() == 1
    model.document.undo_stack.undo()
    assert model.matrix.activity("blog").name == "Write the blog"


def test_a_blank_activity_name_is_refused_and_escape_cancels(header_grid, qtbot) -> None:
    _, model, _, activities = header_grid
    editor = activities.edit_section(3)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor = activities.edit_section(3)
    qtbot.keyClicks(editor, "Other")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert model.matrix.activity("blog").name == "Write the blog"
    assert model.document.undo_stack.count() == 0


def test_dragging_an_activity_within_its_group_moves_it(header_grid, qtmodeltester) -> None:
    view, model, _, activities = header_grid
    activities.moveSection(5, 3)  # news just under the "(no group)" heading
    assert activity_ids(model) == ["plan", "news", "blog", "budget"]
    assert model.matrix.activity("news").group == ""
    assert model.document.undo_stack.count() == 1
    assert in_logical_order(activities)
    assert view.selectionModel().isRowSelected(model.row_of_activity("news"))
    qtmodeltester.check(model, force_py=True)


def test_dropping_an_activity_under_another_group_moves_it_into_that_group(header_grid) -> None:
    _, model, _, activities = header_grid
    activities.moveSection(5, 1)  # news just under the "Planning" heading
    assert activity_ids(model) == ["news", "plan", "blog", "budget"]
    assert model.matrix.activity("news").group == "Planning"
    assert model.document.undo_stack.count() == 1
    model.document.undo_stack.undo()
    assert activity_ids(model) == ["plan", "blog", "budget", "news"]
    assert model.matrix.activity("news").group == ""


def test_dropping_after_an_activity_joins_its_group(header_grid) -> None:
    _, model, _, activities = header_grid
    activities.moveSection(4, 2)  # budget just after "plan", above the "(no group)" heading
    assert activity_ids(model) == ["plan", "budget", "blog", "news"]
    assert model.matrix.activity("budget").group == "Planning"
    assert model.document.undo_stack.count() == 1


def test_dropping_at_the_very_top_keeps_the_group(header_grid) -> None:
    _, model, _, activities = header_grid
    activities.moveSection(4, 0)
    assert activity_ids(model)[0] == "budget"
    assert model.matrix.activity("budget").group == ""
    assert in_logical_order(activities)


def test_group_headings_cannot_be_dragged(header_grid) -> None:
    _, model, _, activities = header_grid
    activities.moveSection(0, 4)
    assert activity_ids(model) == ["plan", "blog", "budget", "news"]
    assert model.document.undo_stack.count() == 0
    assert in_logical_order(activities)


def test_dropping_after_a_collapsed_heading_goes_to_the_end_of_its_run(header_grid) -> None:
    _, model, _, activities = header_grid
    activities.toggle_group(0)  # rows: 0 "▸ Planning", 1 "▾ (no group)", 2 blog, 3 budget, 4 news
    activities.moveSection(4, 1)
    assert activity_ids(model) == ["plan", "news", "blog", "budget"]
    assert model.matrix.activity("news").group == "Planning"


def test_the_activity_header_fits_names_up_to_a_limit(header_grid, qtbot) -> None:
    _, model, _, activities = header_grid
    name_width = activities.fontMetrics().horizontalAdvance("Publish the newsletter")
    assert activities.sizeHint().width() >= name_width
    from raci_editor.gui import shaping

    shaping.rename_activity(model.document, "news", "Publish " * 80)
    assert activities.sizeHint().width() == MAX_ROW_HEADER_WIDTH


def test_of_many_activities_the_widest_names_are_among_those_measured() -> None:
    """Of thousands of activities only the longest names are measured: the widest among them."""
    names = [f"Task {n}" for n in range(MEASURED_NAMES * 4)]
    names[1000] = "Review the launch budget with finance"  # the widest, by characters
    names[77] = "审核营销预算分配方案"  # fewer characters, more bytes: wide glyphs
    activities = [Activity(id=f"a{n}", name=name) for n, name in enumerate(names)]
    chosen = _longest(activities)
    assert {names[1000], names[77]} <= chosen
    assert len(chosen) <= 2 * MEASURED_NAMES
