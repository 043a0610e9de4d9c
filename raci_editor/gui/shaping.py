"""Reshape the matrix: add, delete, duplicate, move, rename and regroup roles and activities.

Each function makes one core edit (a batch where needed) and applies it to
the document as one undo step with a readable name. Asking the user before
deleting letters is the caller's job (:func:`letters_in_roles` /
:func:`letters_in_activities` tell whether to ask).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from raci_editor.core.edits import (
    Batch,
    CellValue,
    Edit,
    InsertActivity,
    InsertRole,
    MoveActivity,
    MoveRole,
    RemoveActivity,
    RemoveRole,
    SetInfo,
    UpdateActivity,
    UpdateRole,
)
from raci_editor.core.ids import IdMaker
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.gui.document import Document


def _unique_name(base: str, taken: Sequence[str]) -> str:
    existing = {t.casefold() for t in taken}
    if base.casefold() not in existing:
        return base
    n = 2
    while f"{base} {n}".casefold() in existing:
        n += 1
    return f"{base} {n}"


def _quoted(names: Sequence[str], one: str, many: str) -> str:
    """``one`` (a translated "role {name}") for one name, else ``many`` ("{n} roles")."""
    if len(names) == 1:
        return one.format(name=names[0])
    return many.format(n=len(names))


def _roles(names: Sequence[str]) -> str:
    return _quoted(
        names,
        QCoreApplication.translate("shaping", "role {name}"),
        QCoreApplication.translate("shaping", "{n} roles"),
    )


def _activities(names: Sequence[str]) -> str:
    return _quoted(
        names,
        QCoreApplication.translate("shaping", "activity {name}"),
        QCoreApplication.translate("shaping", "{n} activities"),
    )


# -- adding ------------------------------------------------------------------


def add_role(document: Document, index: int | None = None, name: str | None = None) -> str:
    """Insert a new role at a column (default: the end); return its id."""
    matrix = document.matrix
    name = name or _unique_name(
        QCoreApplication.translate("shaping", "New role"), [r.name for r in matrix.roles]
    )
    role = Role(id=IdMaker("role", (r.id for r in matrix.roles)).make(name), name=name)
    at = len(matrix.roles) if index is None else index
    document.apply(
        InsertRole(role, at), QCoreApplication.translate("shaping", "Add role {0}").format(name)
    )
    return role.id


def add_activity(
    document: Document, index: int | None = None, group: str = "", name: str | None = None
) -> str:
    """Insert a new activity at a row (default: the end) in ``group``; return its id."""
    matrix = document.matrix
    name = name or _unique_name(
        QCoreApplication.translate("shaping", "New activity"), [a.name for a in matrix.activities]
    )
    taken = (a.id for a in matrix.activities)
    activity = Activity(id=IdMaker("activity", taken).make(name), name=name, group=group)
    at = len(matrix.activities) if index is None else index
    document.apply(
        InsertActivity(activity, at),
        QCoreApplication.translate("shaping", "Add activity {0}").format(name),
    )
    return activity.id


def duplicate_role(document: Document, role_id: str) -> str:
    """Copy a role with its letters and notes next to it; return the copy's id."""
    matrix = document.matrix
    role = matrix.role(role_id)
    name = _unique_name(
        QCoreApplication.translate("shaping", "{0} (copy)").format(role.name),
        [r.name for r in matrix.roles],
    )
    new_id = IdMaker("role", (r.id for r in matrix.roles)).make(name)
    copy = role.model_copy(update={"id": new_id, "name": name})
    cells = tuple(
        CellValue(a.id, new_id, matrix.cell(a.id, role_id), matrix.note(a.id, role_id))
        for a in matrix.activities
        if matrix.cell(a.id, role_id) or matrix.note(a.id, role_id)
    )
    at = matrix.role_index(role_id) + 1
    document.apply(
        InsertRole(copy, at, cells),
        QCoreApplication.translate("shaping", "Duplicate role {0}").format(role.name),
    )
    return new_id


def duplicate_activity(document: Document, activity_id: str) -> str:
    """Copy an activity with its letters and notes below it; return the copy's id."""
    matrix = document.matrix
    activity = matrix.activity(activity_id)
    names = [a.name for a in matrix.activities]
    name = _unique_name(
        QCoreApplication.translate("shaping", "{0} (copy)").format(activity.name), names
    )
    new_id = IdMaker("activity", (a.id for a in matrix.activities)).make(name)
    copy = activity.model_copy(update={"id": new_id, "name": name})
    cells = tuple(
        CellValue(new_id, r.id, matrix.cell(activity_id, r.id), matrix.note(activity_id, r.id))
        for r in matrix.roles
        if matrix.cell(activity_id, r.id) or matrix.note(activity_id, r.id)
    )
    at = matrix.activity_index(activity_id) + 1
    label = QCoreApplication.translate("shaping", "Duplicate activity {0}").format(activity.name)
    document.apply(InsertActivity(copy, at, cells), label)
    return new_id


# -- deleting ----------------------------------------------------------------


def letters_in_roles(matrix: Matrix, role_ids: Sequence[str]) -> int:
    """How many cells with letters or notes deleting these roles would remove."""
    wanted = set(role_ids)
    return sum(
        1
        for store in (matrix.letters, matrix.notes)
        for row in store.values()
        for role_id in row
        if role_id in wanted
    )


def letters_in_activities(matrix: Matrix, activity_ids: Sequence[str]) -> int:
    """How many cells with letters or notes deleting these activities would remove."""
    return sum(
        len(store.get(a, {})) for store in (matrix.letters, matrix.notes) for a in activity_ids
    )


def delete_roles(document: Document, role_ids: Sequence[str]) -> None:
    """Delete roles with their columns, as one undo step."""
    if not role_ids:
        return
    names = [document.matrix.role(r).name for r in role_ids]
    label = QCoreApplication.translate("shaping", "Delete {0}").format(_roles(names))
    document.apply(Batch(tuple(RemoveRole(r) for r in role_ids)), label)


def delete_activities(document: Document, activity_ids: Sequence[str]) -> None:
    """Delete activities with their rows, as one undo step."""
    if not activity_ids:
        return
    names = [document.matrix.activity(a).name for a in activity_ids]
    label = QCoreApplication.translate("shaping", "Delete {0}").format(_activities(names))
    document.apply(Batch(tuple(RemoveActivity(a) for a in activity_ids)), label)


# -- moving ------------------------------------------------------------------


def move_role_to(document: Document, role_id: str, index: int) -> None:
    """Move one role to a column (e.g. after a drag in the header)."""
    if document.matrix.role_index(role_id) == index:
        return
    name = document.matrix.role(role_id).name
    document.apply(
        MoveRole(role_id, index),
        QCoreApplication.translate("shaping", "Move role {0}").format(name),
    )


def move_activity_to(document: Document, activity_id: str, index: int) -> None:
    """Move one activity to a row of the matrix (e.g. after a drag in the header)."""
    if document.matrix.activity_index(activity_id) == index:
        return
    name = document.matrix.activity(activity_id).name
    document.apply(
        MoveActivity(activity_id, index),
        QCoreApplication.translate("shaping", "Move activity {0}").format(name),
    )


def move_roles(document: Document, role_ids: Sequence[str], delta: int) -> bool:
    """Move roles left (-1) or right (+1) together; False when already at the edge."""
    matrix = document.matrix
    order = sorted(role_ids, key=matrix.role_index, reverse=delta > 0)
    targets = [matrix.role_index(r) + delta for r in order]
    if not order or min(targets) < 0 or max(targets) >= len(matrix.roles):
        return False
    names = [matrix.role(r).name for r in order]
    label = QCoreApplication.translate("shaping", "Move {0}").format(_roles(names))
    document.apply(Batch(tuple(MoveRole(r, t) for r, t in zip(order, targets, strict=True))), label)
    return True


def move_activities(document: Document, activity_ids: Sequence[str], delta: int) -> bool:
    """Move activities up (-1) or down (+1) together; False when already at the edge."""
    matrix = document.matrix
    order = sorted(activity_ids, key=matrix.activity_index, reverse=delta > 0)
    targets = [matrix.activity_index(a) + delta for a in order]
    if not order or min(targets) < 0 or max(targets) >= len(matrix.activities):
        return False
    names = [matrix.activity(a).name for a in order]
    label = QCoreApplication.translate("shaping", "Move {0}").format(_activities(names))
    edits = tuple(MoveActivity(a, t) for a, t in zip(order, targets, strict=True))
    document.apply(Batch(edits), label)
    return True


# -- renaming and properties --------------------------------------------------


def update_role(document: Document, role: Role) -> None:
    """Replace a role's name, group, description, holder or deputy (one undo step)."""
    old = document.matrix.role(role.id)
    if old == role:
        return
    if old.name != role.name and old.model_copy(update={"name": role.name}) == role:
        label = QCoreApplication.translate("shaping", "Rename role {0} to {1}").format(
            old.name, role.name
        )
    else:
        label = QCoreApplication.translate("shaping", "Edit role {0}").format(role.name)
    document.apply(UpdateRole(role), label)


def update_activity(document: Document, activity: Activity) -> None:
    """Replace an activity's name, group or description (one undo step)."""
    old = document.matrix.activity(activity.id)
    if old == activity:
        return
    if old.name != activity.name and old.model_copy(update={"name": activity.name}) == activity:
        label = QCoreApplication.translate("shaping", "Rename activity {0} to {1}").format(
            old.name, activity.name
        )
    else:
        label = QCoreApplication.translate("shaping", "Edit activity {0}").format(activity.name)
    document.apply(UpdateActivity(activity), label)


def rename_role(document: Document, role_id: str, name: str) -> None:
    """Rename a role; a blank name raises ModelError/ValueError and changes nothing."""
    role = document.matrix.role(role_id)
    update_role(document, Role.model_validate({**role.model_dump(), "name": name}))


def rename_activity(document: Document, activity_id: str, name: str) -> None:
    """Rename an activity; a blank name raises ValueError and changes nothing."""
    activity = document.matrix.activity(activity_id)
    update_activity(document, Activity.model_validate({**activity.model_dump(), "name": name}))


def set_roles_group(document: Document, role_ids: Sequence[str], group: str) -> None:
    """Put roles in a group ("" for none), as one undo step."""
    matrix = document.matrix
    edits: list[Edit] = [
        UpdateRole(matrix.role(r).model_copy(update={"group": group.strip()}))
        for r in role_ids
        if matrix.role(r).group != group.strip()
    ]
    if edits:
        label = QCoreApplication.translate("shaping", "Set group of {0}").format(
            _roles([matrix.role(r).name for r in role_ids])
        )
        document.apply(Batch(tuple(edits)), label)


def set_activities_group(document: Document, activity_ids: Sequence[str], group: str) -> None:
    """Put activities in a group ("" for none), as one undo step."""
    matrix = document.matrix
    edits: list[Edit] = [
        UpdateActivity(matrix.activity(a).model_copy(update={"group": group.strip()}))
        for a in activity_ids
        if matrix.activity(a).group != group.strip()
    ]
    if edits:
        names = [matrix.activity(a).name for a in activity_ids]
        label = QCoreApplication.translate("shaping", "Set group of {0}").format(_activities(names))
        document.apply(Batch(tuple(edits)), label)


def set_info(document: Document, title: str, description: str) -> None:
    """Set the matrix's title and description (one undo step)."""
    matrix = document.matrix
    if (matrix.title, matrix.description) != (title, description):
        document.apply(
            SetInfo(title, description),
            QCoreApplication.translate("shaping", "Edit matrix title and description"),
        )


def role_groups(matrix: Matrix) -> list[str]:
    """The role groups in first-seen order (for group pickers)."""
    return list(dict.fromkeys(r.group for r in matrix.roles if r.group))


def activity_groups(matrix: Matrix) -> list[str]:
    """The activity groups in first-seen order (for group pickers)."""
    return list(dict.fromkeys(a.group for a in matrix.activities if a.group))
