"""Bring an imported matrix into an open one as one edit (File › Import…).

Roles are matched to the open matrix's roles by name (trimmed,
case-insensitive; each open role takes at most one imported role); the
others are appended. Every imported activity is appended with its group,
description, letters and notes. Letters the open matrix's scheme has no
place for are kept in the cell's note, so nothing read is lost.
"""

from __future__ import annotations

from raci_editor.core.edits import Batch, CellValue, Edit, InsertActivity, InsertRole
from raci_editor.core.ids import IdMaker
from raci_editor.core.letters import clean_text
from raci_editor.core.model import Matrix


def name_key(name: str) -> str:
    """How role names are compared: trimmed, inner white space single, case-folded."""
    return clean_text(name).casefold()


def match_roles(target: Matrix, imported: Matrix) -> dict[str, str | None]:
    """Imported role id -> the open matrix's role id of the same name, or None for a new role."""
    free: dict[str, list[str]] = {}
    for role in target.roles:
        free.setdefault(name_key(role.name), []).append(role.id)
    out: dict[str, str | None] = {}
    for role in imported.roles:
        same = free.get(name_key(role.name))
        out[role.id] = same.pop(0) if same else None
    return out


def merge_edit(target: Matrix, imported: Matrix) -> Edit:
    """The edit that appends ``imported``'s activities (and its new roles) to ``target``.

    ``target`` is not changed; apply the edit (one undo step) to merge.
    """
    role_ids = IdMaker("role", (r.id for r in target.roles))
    activity_ids = IdMaker("activity", (a.id for a in target.activities))
    edits: list[Edit] = []
    role_of: dict[str, str] = {}
    for imported_id, matched in match_roles(target, imported).items():
        if matched is not None:
            role_of[imported_id] = matched
            continue
        role = imported.role(imported_id)
        new_id = role_of[imported_id] = role_ids.make(role.name)
        index = len(target.roles) + len(edits)
        edits.append(InsertRole(role.model_copy(update={"id": new_id}), index))
    for n, activity in enumerate(imported.activities):
        new_id = activity_ids.make(activity.name)
        cells = tuple(_cells(target, imported, activity.id, new_id, role_of))
        copy = activity.model_copy(update={"id": new_id})
        edits.append(InsertActivity(copy, len(target.activities) + n, cells))
    return edits[0] if len(edits) == 1 else Batch(tuple(edits))


def _cells(
    target: Matrix,
    imported: Matrix,
    old_id: str,
    new_id: str,
    role_of: dict[str, str],
) -> list[CellValue]:
    """The imported row's cells in the open matrix's roles and scheme."""
    alphabet = target.scheme.alphabet
    out = []
    for role in imported.roles:
        letters = imported.cell(old_id, role.id)
        note = imported.note(old_id, role.id)
        if not letters and not note:
            continue
        kept = "".join(ch for ch in letters if ch in alphabet)
        foreign = [ch for ch in letters if ch not in alphabet]
        if foreign:
            written = imported.scheme.display("".join(foreign))
            note = f"{written}\n{note}" if note else written
        out.append(CellValue(new_id, role_of[role.id], kept, note))
    return out
