"""Every change to a matrix as a small immutable value.

:func:`apply_edit` applies an edit to a matrix in place and returns its
inverse, the edit that undoes it. An undo stack keeps the pair, so one
keystroke costs the size of the change, never a copy of the matrix. Apart
from the matrix it is given, ``apply_edit`` touches nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from raci_editor.core.errors import ModelError
from raci_editor.core.model import Activity, Matrix, Role


@dataclass(frozen=True, slots=True)
class CellValue:
    """What one cell holds: letters (any order, normalised on apply) and a note."""

    activity_id: str
    role_id: str
    letters: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class SetCells:
    """Set the letters and notes of any number of cells as one step."""

    cells: tuple[CellValue, ...]


@dataclass(frozen=True, slots=True)
class InsertRole:
    """Insert a role at a column index, with the cells it brings (used to undo a removal)."""

    role: Role
    index: int
    cells: tuple[CellValue, ...] = ()


@dataclass(frozen=True, slots=True)
class RemoveRole:
    """Remove a role and everything in its column."""

    role_id: str


@dataclass(frozen=True, slots=True)
class UpdateRole:
    """Replace a role's name, group, description, holder or deputy (matched by id)."""

    role: Role


@dataclass(frozen=True, slots=True)
class MoveRole:
    """Move a role to another column index."""

    role_id: str
    index: int


@dataclass(frozen=True, slots=True)
class InsertActivity:
    """Insert an activity at a row index, with the cells it brings."""

    activity: Activity
    index: int
    cells: tuple[CellValue, ...] = ()


@dataclass(frozen=True, slots=True)
class RemoveActivity:
    """Remove an activity and everything in its row."""

    activity_id: str


@dataclass(frozen=True, slots=True)
class UpdateActivity:
    """Replace an activity's name, group or description (matched by id)."""

    activity: Activity


@dataclass(frozen=True, slots=True)
class MoveActivity:
    """Move an activity to another row index."""

    activity_id: str
    index: int


@dataclass(frozen=True, slots=True)
class SetInfo:
    """Set the matrix's title and description."""

    title: str
    description: str


@dataclass(frozen=True, slots=True)
class Batch:
    """Several edits applied in order as one step (one undo)."""

    edits: tuple[Edit, ...] = field(default=())


Edit = (
    SetCells
    | InsertRole
    | RemoveRole
    | UpdateRole
    | MoveRole
    | InsertActivity
    | RemoveActivity
    | UpdateActivity
    | MoveActivity
    | SetInfo
    | Batch
)


def apply_edit(matrix: Matrix, edit: Edit) -> Edit:
    """Apply ``edit`` to ``matrix`` in place and return the edit that undoes it.

    Raises ModelError, leaving the matrix as it was, when the edit would break
    an invariant (an unknown id, a duplicate id, a blank name, a foreign letter).
    """
    match edit:
        case SetCells(cells):
            return _set_cells(matrix, cells)
        case InsertRole(role, index, cells):
            if matrix.has_role(role.id):
                raise ModelError(f"there is already a role with id {role.id!r}")
            _check_index(index, len(matrix.roles) + 1, "role")
            _check_cells(matrix, cells, extra_role=role.id)
            matrix.insert_role(index, role)
            _set_cells(matrix, cells)
            return RemoveRole(role.id)
        case RemoveRole(role_id):
            index = matrix.role_index(role_id)
            cells = _column_cells(matrix, role_id)
            role = matrix.pop_role(index)
            return InsertRole(role, index, cells)
        case UpdateRole(role):
            return UpdateRole(matrix.replace_role(role))
        case MoveRole(role_id, index):
            old = matrix.role_index(role_id)
            _check_index(index, len(matrix.roles), "role")
            matrix.insert_role(index, matrix.roles.pop(old))
            return MoveRole(role_id, old)
        case InsertActivity(activity, index, cells):
            if matrix.has_activity(activity.id):
                raise ModelError(f"there is already an activity with id {activity.id!r}")
            _check_index(index, len(matrix.activities) + 1, "activity")
            _check_cells(matrix, cells, extra_activity=activity.id)
            matrix.insert_activity(index, activity)
            _set_cells(matrix, cells)
            return RemoveActivity(activity.id)
        case RemoveActivity(activity_id):
            index = matrix.activity_index(activity_id)
            cells = _row_cells(matrix, activity_id)
            activity = matrix.pop_activity(index)
            return InsertActivity(activity, index, cells)
        case UpdateActivity(activity):
            return UpdateActivity(matrix.replace_activity(activity))
        case MoveActivity(activity_id, index):
            old = matrix.activity_index(activity_id)
            _check_index(index, len(matrix.activities), "activity")
            matrix.insert_activity(index, matrix.activities.pop(old))
            return MoveActivity(activity_id, old)
        case SetInfo(title, description):
            inverse = SetInfo(matrix.title, matrix.description)
            matrix.title, matrix.description = title, description
            return inverse
        case Batch(edits):
            return _apply_batch(matrix, edits)
    raise TypeError(f"not an edit: {edit!r}")  # pragma: no cover - exhaustive match


def _apply_batch(matrix: Matrix, edits: tuple[Edit, ...]) -> Batch:
    inverses: list[Edit] = []
    try:
        for edit in edits:
            inverses.append(apply_edit(matrix, edit))
    except ModelError:
        for inverse in reversed(inverses):  # leave the matrix as it was
            apply_edit(matrix, inverse)
        raise
    return Batch(tuple(reversed(inverses)))


def _check_index(index: int, limit: int, what: str) -> None:
    if not 0 <= index < limit:
        raise ModelError(f"{what} position {index} is outside 0..{limit - 1}")


def _check_cells(
    matrix: Matrix,
    cells: tuple[CellValue, ...],
    extra_role: str | None = None,
    extra_activity: str | None = None,
) -> list[str]:
    """Check every cell before anything changes; return the normalised letters."""
    out = []
    for cell in cells:
        if cell.activity_id != extra_activity and not matrix.has_activity(cell.activity_id):
            raise ModelError(f"there is no activity with id {cell.activity_id!r}")
        if cell.role_id != extra_role and not matrix.has_role(cell.role_id):
            raise ModelError(f"there is no role with id {cell.role_id!r}")
        try:
            out.append(matrix.scheme.normalise(cell.letters))
        except ValueError as exc:
            raise ModelError(str(exc)) from None
    return out


def _set_cells(matrix: Matrix, cells: tuple[CellValue, ...]) -> SetCells:
    letters = _check_cells(matrix, cells)
    old: dict[tuple[str, str], CellValue] = {}
    for cell, normalised in zip(cells, letters, strict=True):
        key = (cell.activity_id, cell.role_id)
        if key not in old:  # the first old value is the one to restore
            old[key] = CellValue(*key, matrix.cell(*key), matrix.note(*key))
        matrix.put_cell(cell.activity_id, cell.role_id, normalised, cell.note)
    return SetCells(tuple(old.values()))


def _column_cells(matrix: Matrix, role_id: str) -> tuple[CellValue, ...]:
    return tuple(
        CellValue(a.id, role_id, matrix.cell(a.id, role_id), matrix.note(a.id, role_id))
        for a in matrix.activities
        if matrix.cell(a.id, role_id) or matrix.note(a.id, role_id)
    )


def _row_cells(matrix: Matrix, activity_id: str) -> tuple[CellValue, ...]:
    return tuple(
        CellValue(activity_id, r.id, matrix.cell(activity_id, r.id), matrix.note(activity_id, r.id))
        for r in matrix.roles
        if matrix.cell(activity_id, r.id) or matrix.note(activity_id, r.id)
    )
