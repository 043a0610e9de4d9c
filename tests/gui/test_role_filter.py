"""The role filter: show only the activities where one role is responsible or accountable."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from raci_editor.core.model import Matrix
from raci_editor.gui import shaping
from raci_editor.gui.document import Document
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.role_filter import RoleFilter

pytestmark = pytest.mark.gui


@pytest.fixture
def role_filter(qtbot: QtBot, matrix: Matrix) -> RoleFilter:
    """A shown role filter over the small matrix."""
    widget = RoleFilter()
    qtbot.addWidget(widget)
    widget.set_model(MatrixModel(Document(matrix), parent=widget))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def model_of(role_filter: RoleFilter) -> MatrixModel:
    model = role_filter.findChild(MatrixModel)
    assert isinstance(model, MatrixModel)
    return model


def visible_activities(model: MatrixModel) -> list[str]:
    return [model.activity_at(r).id for r in model.activity_rows()]


def test_the_role_filter_lists_every_role(role_filter: RoleFilter) -> None:
    box = role_filter.box
    assert [box.itemText(i) for i in range(box.count())] == [
        "All activities",
        "Marketing Director is R or A",
        "Content Writer is R or A",
        "Finance is R or A",
        "Legal is R or A",
    ]


def test_the_role_filter_shows_only_the_roles_r_and_a_activities(
    role_filter: RoleFilter, qtbot: QtBot, qtmodeltester
) -> None:
    model = model_of(role_filter)
    box = role_filter.box
    with qtbot.wait_signal(role_filter.changed) as changed:
        box.setCurrentIndex(box.findData("director"))
        box.activated.emit(box.currentIndex())
    assert visible_activities(model) == ["plan"]
    assert model.is_filtered
    assert role_filter.label.isVisibleTo(role_filter)
    assert "Marketing Director" in changed.args[0]
    qtmodeltester.check(model, force_py=True)
    role_filter.set_role("writer")
    assert visible_activities(model) == ["plan", "blog", "news"]
    role_filter.clear_button.click()
    assert visible_activities(model) == ["plan", "blog", "budget", "news"]
    assert not model.is_filtered
    assert box.currentIndex() == 0
    assert not role_filter.label.isVisibleTo(role_filter)


def test_activities_added_under_a_filter_stay_visible(role_filter: RoleFilter) -> None:
    model = model_of(role_filter)
    role_filter.set_role("director")
    new = shaping.add_activity(model.document, name="Fresh")
    assert visible_activities(model) == ["plan", new]


def test_the_role_list_follows_renames_and_deletions(role_filter: RoleFilter) -> None:
    model = model_of(role_filter)
    role_filter.set_role("legal")
    shaping.rename_role(model.document, "finance", "Money")
    assert role_filter.box.findText("Money is R or A") >= 0
    assert role_filter.role == "legal"
    shaping.delete_roles(model.document, ["legal"])
    assert role_filter.role == ""
    assert not model.is_filtered
    assert role_filter.box.count() == 4


def test_an_unknown_role_shows_every_activity(role_filter: RoleFilter) -> None:
    model = model_of(role_filter)
    role_filter.set_role("writer")
    role_filter.set_role("nobody")
    assert role_filter.role == ""
    assert not model.is_filtered


def test_without_a_model_there_is_nothing_to_filter(qtbot: QtBot) -> None:
    widget = RoleFilter()
    qtbot.addWidget(widget)
    with qtbot.assert_not_emitted(widget.changed):
        widget.set_role("writer")
    assert widget.role == ""
    assert widget.box.count() == 1  # "All activities"
