"""Reshaping gestures: each is one named undo step, and undo gives the matrix back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from raci_editor.core.model import Matrix
from raci_editor.gui import shaping
from raci_editor.gui.document import Document

pytestmark = pytest.mark.gui

Gesture = Callable[[Document], object]

GESTURES: dict[str, tuple[Gesture, str]] = {
    "add role": (shaping.add_role, "Add role New role"),
    "insert role": (lambda d: shaping.add_role(d, 0, "CEO"), "Add role CEO"),
    "add activity": (lambda d: shaping.add_activity(d, 1, "Planning"), "Add activity New activity"),
    "duplicate role": (
        lambda d: shaping.duplicate_role(d, "writer"),
        "Duplicate role Content Writer",
    ),
    "duplicate activity": (
        lambda d: shaping.duplicate_activity(d, "blog"),
        "Duplicate activity Write the blog",
    ),
    "delete roles": (lambda d: shaping.delete_roles(d, ["writer", "legal"]), "Delete 2 roles"),
    "delete activity": (
        lambda d: shaping.delete_activities(d, ["plan"]),
        "Delete activity Set the annual plan",
    ),
    "move roles": (lambda d: shaping.move_roles(d, ["director", "writer"], 1), "Move 2 roles"),
    "move activity": (
        lambda d: shaping.move_activities(d, ["news"], -1),
        "Move activity Publish the newsletter",
    ),
    "drag role": (lambda d: shaping.move_role_to(d, "legal", 0), "Move role Legal"),
    "rename role": (
        lambda d: shaping.rename_role(d, "legal", "Legal Counsel"),
        "Rename role Legal to Legal Counsel",
    ),
    "rename activity": (
        lambda d: shaping.rename_activity(d, "blog", "Blog posts"),
        "Rename activity Write the blog to Blog posts",
    ),
    "group roles": (
        lambda d: shaping.set_roles_group(d, ["finance", "legal"], "Partners"),
        "Set group of 2 roles",
    ),
    "group activities": (
        lambda d: shaping.set_activities_group(d, ["blog", "news"], "Content"),
        "Set group of 2 activities",
    ),
    "info": (
        lambda d: shaping.set_info(d, "Team", "Who does what"),
        "Edit matrix title and description",
    ),
}


@pytest.mark.parametrize("name", GESTURES)
def test_each_gesture_is_one_named_undo_step(name: str, matrix: Matrix) -> None:
    gesture, label = GESTURES[name]
    doc = Document(matrix.copy_deep())
    gesture(doc)
    assert doc.matrix != matrix
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == label
    doc.undo_stack.undo()
    assert doc.matrix == matrix


def test_duplicate_copies_letters_and_notes_next_to_the_original(matrix: Matrix) -> None:
    doc = Document(matrix)
    new_id = shaping.duplicate_role(doc, "writer")
    assert doc.matrix.role_index(new_id) == 2
    assert doc.matrix.role(new_id).name == "Content Writer (copy)"
    assert doc.matrix.cell("blog", new_id) == "RA"
    assert doc.matrix.note("blog", new_id) == doc.matrix.note("blog", "writer")


def test_new_names_do_not_repeat(matrix: Matrix) -> None:
    doc = Document(matrix)
    shaping.add_role(doc)
    second = shaping.add_role(doc)
    assert doc.matrix.role(second).name == "New role 2"


def test_moving_past_the_edge_does_nothing(matrix: Matrix) -> None:
    doc = Document(matrix)
    assert not shaping.move_roles(doc, ["director"], -1)
    assert not shaping.move_activities(doc, ["news"], 1)
    assert doc.undo_stack.count() == 0


def test_moving_non_adjacent_roles_keeps_their_order(matrix: Matrix) -> None:
    doc = Document(matrix)
    shaping.move_roles(doc, ["director", "finance"], 1)
    assert [r.id for r in doc.matrix.roles] == ["writer", "director", "legal", "finance"]


def test_letters_counts_tell_whether_to_ask(matrix: Matrix) -> None:
    assert shaping.letters_in_roles(matrix, ["legal"]) == 0
    assert shaping.letters_in_roles(matrix, ["writer"]) == 4  # 3 letters and a note
    assert shaping.letters_in_activities(matrix, ["budget"]) == 1


def test_blank_rename_is_refused_and_changes_nothing(matrix: Matrix) -> None:
    doc = Document(matrix.copy_deep())
    with pytest.raises(ValueError, match="must not be blank"):
        shaping.rename_role(doc, "legal", "  ")
    assert doc.matrix == matrix
    assert doc.undo_stack.count() == 0


def test_unchanged_properties_push_nothing(matrix: Matrix) -> None:
    doc = Document(matrix)
    shaping.update_role(doc, matrix.role("legal"))
    shaping.set_roles_group(doc, ["director"], "Strategic")
    assert doc.undo_stack.count() == 0


def test_groups_are_listed_in_first_seen_order(matrix: Matrix) -> None:
    assert shaping.role_groups(matrix) == ["Strategic", "Operational"]
    assert shaping.activity_groups(matrix) == ["Planning"]
