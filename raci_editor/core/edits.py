"""Every change to a matrix as a small immutable value.

:func:`apply_edit` applies an edit to a matrix in place and returns its
inverse, the edit that undoes it. An undo stack keeps the pair, so one
keystroke costs the size of the change, never a copy of the matrix. Apart
from the matrix it is given, ``apply_edit`` touches nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from raci_editor.core.errors import NO_ACTIVITY, NO_ROLE, UNKNOWN_RULE, ModelError, message_of
from raci_editor.core.model import NESTED_SNAPSHOTS, Activity, Matrix, Role, Snapshot
from raci_editor.core.rule_settings import (
    RULES,
    RuleSetting,
    Waiver,
    default_setting,
    setting_problem,
)
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Source, Text


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
    waivers: tuple[Waiver, ...] = ()


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
    waivers: tuple[Waiver, ...] = ()


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
class ReorderRoles:
    """Put every role in a new order at once (their ids, each once): a sort is one step."""

    order: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReorderActivities:
    """Put every activity in a new order at once (their ids, each once)."""

    order: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SetInfo:
    """Set the matrix's title and description."""

    title: str
    description: str


@dataclass(frozen=True, slots=True)
class SetRule:
    """Set one rule's on/off, severity and threshold for this matrix (None: the default)."""

    rule_id: str
    setting: RuleSetting | None


@dataclass(frozen=True, slots=True)
class AddWaiver:
    """Accept one finding on purpose, with a reason and who accepted it."""

    waiver: Waiver


@dataclass(frozen=True, slots=True)
class RemoveWaiver:
    """Withdraw the waiver of one finding (rule, activity id, role id)."""

    rule: str
    activity_id: str | None
    role_id: str | None


@dataclass(frozen=True, slots=True)
class AddSnapshot:
    """Keep a snapshot (see :func:`~raci_editor.core.model.snapshot_of`) at a list index."""

    snapshot: Snapshot
    index: int


@dataclass(frozen=True, slots=True)
class RemoveSnapshot:
    """Delete the snapshot at a list index."""

    index: int


@dataclass(frozen=True, slots=True)
class RenameSnapshot:
    """Give the snapshot at a list index another name (trimmed; not blank)."""

    index: int
    name: str


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
    | ReorderRoles
    | ReorderActivities
    | SetInfo
    | SetRule
    | AddWaiver
    | RemoveWaiver
    | AddSnapshot
    | RemoveSnapshot
    | RenameSnapshot
    | Batch
)


def only_snapshots(edit: Edit) -> bool:
    """Whether ``edit`` changes only the snapshots: the matrix, its findings and views stay."""
    if isinstance(edit, Batch):
        return bool(edit.edits) and all(only_snapshots(e) for e in edit.edits)
    return isinstance(edit, AddSnapshot | RemoveSnapshot | RenameSnapshot)


def apply_edit(matrix: Matrix, edit: Edit) -> Edit:
    """Apply ``edit`` to ``matrix`` in place and return the edit that undoes it.

    Raises ModelError, leaving the matrix as it was, when the edit would break
    an invariant (an unknown id, a duplicate id, a blank name, a foreign letter).
    """
    match edit:
        case SetCells(cells):
            return _set_cells(matrix, cells)
        case InsertRole(role, index, cells, waivers):
            if matrix.has_role(role.id):
                raise ModelError(Text(_ROLE_TAKEN, id=repr(role.id)))
            _check_index(index, len(matrix.roles) + 1, _ROLE_POSITION)
            _check_cells(matrix, cells, extra_role=role.id)
            _check_new_waivers(matrix, waivers)
            matrix.insert_role(index, role)
            _set_cells(matrix, cells)
            _put_waivers(matrix, waivers)
            return RemoveRole(role.id)
        case RemoveRole(role_id):
            index = matrix.role_index(role_id)
            cells = _column_cells(matrix, role_id)
            waivers = _take_waivers(matrix, lambda w: w.role_id == role_id)
            role = matrix.pop_role(index)
            return InsertRole(role, index, cells, waivers)
        case UpdateRole(role):
            return UpdateRole(matrix.replace_role(role))
        case MoveRole(role_id, index):
            old = matrix.role_index(role_id)
            _check_index(index, len(matrix.roles), _ROLE_POSITION)
            matrix.insert_role(index, matrix.roles.pop(old))
            return MoveRole(role_id, old)
        case InsertActivity(activity, index, cells, waivers):
            if matrix.has_activity(activity.id):
                raise ModelError(Text(_ACTIVITY_TAKEN, id=repr(activity.id)))
            _check_index(index, len(matrix.activities) + 1, _ACTIVITY_POSITION)
            _check_cells(matrix, cells, extra_activity=activity.id)
            _check_new_waivers(matrix, waivers)
            matrix.insert_activity(index, activity)
            _set_cells(matrix, cells)
            _put_waivers(matrix, waivers)
            return RemoveActivity(activity.id)
        case RemoveActivity(activity_id):
            index = matrix.activity_index(activity_id)
            cells = _row_cells(matrix, activity_id)
            waivers = _take_waivers(matrix, lambda w: w.activity_id == activity_id)
            activity = matrix.pop_activity(index)
            return InsertActivity(activity, index, cells, waivers)
        case UpdateActivity(activity):
            return UpdateActivity(matrix.replace_activity(activity))
        case MoveActivity(activity_id, index):
            old = matrix.activity_index(activity_id)
            _check_index(index, len(matrix.activities), _ACTIVITY_POSITION)
            matrix.insert_activity(index, matrix.activities.pop(old))
            return MoveActivity(activity_id, old)
        case ReorderRoles() | ReorderActivities():
            return _reorder(matrix, edit)
        case SetInfo(title, description):
            inverse = SetInfo(matrix.title, matrix.description)
            matrix.title, matrix.description = title, description
            return inverse
        case SetRule(rule_id, setting):
            return _set_rule(matrix, rule_id, setting)
        case AddWaiver() | RemoveWaiver():
            return _waiver_edit(matrix, edit)
        case AddSnapshot() | RemoveSnapshot() | RenameSnapshot():
            return _snapshot_edit(matrix, edit)
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


_ROLE_TAKEN = QT_TRANSLATE_NOOP("Edit", "there is already a role with id {id}")
_ACTIVITY_TAKEN = QT_TRANSLATE_NOOP("Edit", "there is already an activity with id {id}")
_ROLE_POSITION = QT_TRANSLATE_NOOP("Edit", "role position {index} is outside 0..{last}")
_ACTIVITY_POSITION = QT_TRANSLATE_NOOP("Edit", "activity position {index} is outside 0..{last}")
_SNAPSHOT_POSITION = QT_TRANSLATE_NOOP("Edit", "snapshot position {index} is outside 0..{last}")


_ROLE_ORDER = QT_TRANSLATE_NOOP("Edit", "a new order of the roles must name each role once")
_ACTIVITY_ORDER = QT_TRANSLATE_NOOP(
    "Edit", "a new order of the activities must name each activity once"
)


def _reorder(
    matrix: Matrix, edit: ReorderRoles | ReorderActivities
) -> ReorderRoles | ReorderActivities:
    """Put every role (or activity) in the edit's order; the inverse puts them back."""
    roles = isinstance(edit, ReorderRoles)
    before = tuple(item.id for item in (matrix.roles if roles else matrix.activities))
    if len(edit.order) != len(before) or set(edit.order) != set(before):
        raise ModelError(Text(_ROLE_ORDER if roles else _ACTIVITY_ORDER))
    if roles:
        matrix.reorder_roles(edit.order)
        return ReorderRoles(before)
    matrix.reorder_activities(edit.order)
    return ReorderActivities(before)


def _check_index(index: int, limit: int, problem: Source) -> None:
    if not 0 <= index < limit:
        raise ModelError(Text(problem, index=index, last=limit - 1))


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
            raise ModelError(Text(NO_ACTIVITY, id=repr(cell.activity_id)))
        if cell.role_id != extra_role and not matrix.has_role(cell.role_id):
            raise ModelError(Text(NO_ROLE, id=repr(cell.role_id)))
        try:
            out.append(matrix.scheme.normalise(cell.letters))
        except ValueError as exc:
            raise ModelError(message_of(exc)) from None
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


def _set_rule(matrix: Matrix, rule_id: str, setting: RuleSetting | None) -> SetRule:
    if setting is not None:
        problem = setting_problem(rule_id, setting)
        if problem:
            raise ModelError(problem)
    elif rule_id not in RULES:
        raise ModelError(Text(UNKNOWN_RULE, rule=repr(rule_id)))
    old = matrix.rules.get(rule_id)
    if setting is None or setting == default_setting(rule_id):
        matrix.rules.pop(rule_id, None)
    else:
        matrix.rules[rule_id] = setting
    return SetRule(rule_id, old)


def _waiver_edit(matrix: Matrix, edit: AddWaiver | RemoveWaiver) -> AddWaiver | RemoveWaiver:
    if isinstance(edit, AddWaiver):
        _check_new_waivers(matrix, (edit.waiver,))
        _check_waiver_refs(matrix, edit.waiver)
        _put_waivers(matrix, (edit.waiver,))
        return RemoveWaiver(*edit.waiver.key)
    key = (edit.rule, edit.activity_id, edit.role_id)
    taken = _take_waivers(matrix, lambda w: w.key == key)
    if not taken:
        raise ModelError(
            Text(
                QT_TRANSLATE_NOOP("Edit", "there is no waiver of {rule} for that finding"),
                rule=edit.rule,
            )
        )
    return AddWaiver(taken[0])


def _check_new_waivers(matrix: Matrix, waivers: tuple[Waiver, ...]) -> None:
    keys = {w.key for w in matrix.waivers}
    for waiver in waivers:
        if not waiver.reason.strip() or not waiver.by.strip():
            raise ModelError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Edit", "a waiver needs a reason and the name of who waived it"
                    )
                )
            )
        if waiver.key in keys:
            raise ModelError(
                Text(
                    QT_TRANSLATE_NOOP("Edit", "that {rule} finding is already waived"),
                    rule=waiver.rule,
                )
            )
        keys.add(waiver.key)


def _check_waiver_refs(matrix: Matrix, waiver: Waiver) -> None:
    if waiver.rule not in RULES:
        raise ModelError(Text(UNKNOWN_RULE, rule=repr(waiver.rule)))
    if waiver.activity_id is not None:
        matrix.activity_index(waiver.activity_id)
    if waiver.role_id is not None:
        matrix.role_index(waiver.role_id)


def _put_waivers(matrix: Matrix, waivers: tuple[Waiver, ...]) -> None:
    """Add waivers, keeping the list in its canonical order (by rule, activity, role)."""
    if waivers:
        matrix.waivers.extend(waivers)
        matrix.waivers.sort(key=lambda w: w.sort_key)


def _take_waivers(matrix: Matrix, which: Callable[[Waiver], bool]) -> tuple[Waiver, ...]:
    """Remove and return the waivers ``which`` selects."""
    taken = tuple(w for w in matrix.waivers if which(w))
    if taken:
        matrix.waivers[:] = [w for w in matrix.waivers if not which(w)]
    return taken


def _snapshot_edit(
    matrix: Matrix, edit: AddSnapshot | RemoveSnapshot | RenameSnapshot
) -> AddSnapshot | RemoveSnapshot | RenameSnapshot:
    snapshots = matrix.snapshots
    if isinstance(edit, AddSnapshot):
        _check_index(edit.index, len(snapshots) + 1, _SNAPSHOT_POSITION)
        if edit.snapshot.matrix.snapshots:
            raise ModelError(Text(NESTED_SNAPSHOTS))
        snapshots.insert(edit.index, edit.snapshot)
        return RemoveSnapshot(edit.index)
    _check_index(edit.index, len(snapshots), _SNAPSHOT_POSITION)
    if isinstance(edit, RemoveSnapshot):
        return AddSnapshot(snapshots.pop(edit.index), edit.index)
    name = edit.name.strip()
    if not name:
        raise ModelError(Text(QT_TRANSLATE_NOOP("Edit", "a snapshot needs a name")))
    old = snapshots[edit.index]
    snapshots[edit.index] = old.model_copy(update={"name": name})  # shares the content
    return RenameSnapshot(edit.index, old.name)
