"""The matrix: ordered roles (columns) and activities (rows) and who does what.

Cell letters are kept as a string of single letters in scheme order (``"RA"``
for R and A), so ``"A" in letters`` reads naturally and a cell costs a few
bytes. Only non-empty cells and notes are stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from raci_editor.core.errors import (
    AT,
    NO_ACTIVITY,
    NO_ROLE,
    UNKNOWN_RULE,
    ModelError,
    describe_validation_errors,
    format_location,
)
from raci_editor.core.fields import BLANK, checked_id, not_blank
from raci_editor.core.rule_settings import RULES, RuleSetting, Waiver, setting_problem
from raci_editor.core.scheme import RACI, Scheme
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text

Location = tuple[str | int, ...]


class _Item(BaseModel):
    """Fields shared by roles and activities."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    id: str
    name: str
    group: str = ""
    description: str = ""

    _check_name = field_validator("name")(not_blank)
    _check_id = field_validator("id")(checked_id)

    @field_validator("group")
    @classmethod
    def _trim_group(cls, value: str) -> str:
        return value.strip()


class Role(_Item):
    """A column: a job in the team, optionally with the people who fill it."""

    holder: str = ""
    deputy: str = ""


class Activity(_Item):
    """A row: a duty, task or decision."""


class Matrix(BaseModel):
    """A RACI matrix. Change it through :mod:`raci_editor.core.edits` to keep undo possible."""

    # Its validator is built on first use: reading a file constructs the matrix from parts
    # checked on their own, so `raci-editor validate` need not pay for building it.
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    title: str = ""
    description: str = ""
    scheme: Scheme = RACI
    roles: list[Role] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    letters: dict[str, dict[str, str]] = Field(default_factory=dict)
    """activity id -> role id -> letters in scheme order; empty cells are absent."""
    notes: dict[str, dict[str, str]] = Field(default_factory=dict)
    """activity id -> role id -> note; cells without a note are absent."""
    rules: dict[str, RuleSetting] = Field(default_factory=dict)
    """Rule id -> this matrix's setting, where it differs from the default."""
    waivers: list[Waiver] = Field(default_factory=list)
    """Findings accepted on purpose, with the reason and who accepted them."""
    snapshots: list[Snapshot] = Field(default_factory=list)
    """Named copies of the content kept in the file, oldest first; immutable, shared by copies."""

    _role_pos: dict[str, int] | None = PrivateAttr(default=None)
    _activity_pos: dict[str, int] | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _check_invariants(self) -> Self:
        for loc, message in invariant_problems(self):
            raise ModelError(Text(AT, place=format_location(loc), problem=message))
        return self

    def __eq__(self, other: object) -> bool:
        """Matrices are equal when their content is; caches do not count."""
        if not isinstance(other, Matrix):
            return NotImplemented
        return (
            self.title == other.title
            and self.description == other.description
            and self.scheme == other.scheme
            and self.roles == other.roles
            and self.activities == other.activities
            and self.letters == other.letters
            and self.notes == other.notes
            and self.rules == other.rules
            and self.waivers == other.waivers
            and self.snapshots == other.snapshots
        )

    __hash__ = None  # type: ignore[assignment]

    # -- look-ups -------------------------------------------------------

    def role_index(self, role_id: str) -> int:
        """Column of a role; raise ModelError when there is none with that id."""
        try:
            return self._positions("_role_pos", self.roles)[role_id]
        except KeyError:
            raise ModelError(Text(NO_ROLE, id=repr(role_id))) from None

    def activity_index(self, activity_id: str) -> int:
        """Row of an activity; raise ModelError when there is none with that id."""
        try:
            return self._positions("_activity_pos", self.activities)[activity_id]
        except KeyError:
            raise ModelError(Text(NO_ACTIVITY, id=repr(activity_id))) from None

    def _positions(self, cache: str, items: list[Role] | list[Activity]) -> dict[str, int]:
        """Id -> index of ``items``, kept in the private attribute ``cache`` until a reindex.

        The private attributes are read from pydantic's dict of them: reading
        ``self._role_pos`` goes through ``BaseModel.__getattr__``, twenty times
        slower, and the rules and the editor look positions up millions of times.
        """
        private: dict[str, Any] = self.__pydantic_private__  # type: ignore[assignment]
        positions = private[cache]
        if positions is None:
            positions = private[cache] = {item.id: i for i, item in enumerate(items)}
        return positions  # type: ignore[no-any-return]

    def has_role(self, role_id: str) -> bool:
        """Whether a role with this id exists."""
        try:
            self.role_index(role_id)
        except ModelError:
            return False
        return True

    def has_activity(self, activity_id: str) -> bool:
        """Whether an activity with this id exists."""
        try:
            self.activity_index(activity_id)
        except ModelError:
            return False
        return True

    def role(self, role_id: str) -> Role:
        """The role with this id."""
        return self.roles[self.role_index(role_id)]

    def activity(self, activity_id: str) -> Activity:
        """The activity with this id."""
        return self.activities[self.activity_index(activity_id)]

    def cell(self, activity_id: str, role_id: str) -> str:
        """Letters of one cell in scheme order; ``""`` when empty."""
        return self.letters.get(activity_id, {}).get(role_id, "")

    def note(self, activity_id: str, role_id: str) -> str:
        """The note on one cell; ``""`` when there is none."""
        return self.notes.get(activity_id, {}).get(role_id, "")

    def row(self, activity_id: str) -> dict[str, str]:
        """Non-empty cells of one activity: role id -> letters. Do not mutate."""
        return self.letters.get(activity_id, {})

    def column(self, role_id: str) -> Iterator[tuple[str, str]]:
        """Non-empty cells of one role, in activity order: (activity id, letters)."""
        for activity in self.activities:
            letters = self.letters.get(activity.id, {}).get(role_id)
            if letters:
                yield activity.id, letters

    # -- primitive mutations (used by edits.py, which returns inverses) --

    def _reindex(self) -> None:
        self._role_pos = None
        self._activity_pos = None

    def put_cell(self, activity_id: str, role_id: str, letters: str, note: str) -> None:
        """Set one cell's letters (already in scheme order) and note; empty values remove."""
        for store, value in ((self.letters, letters), (self.notes, note)):
            if value:
                store.setdefault(activity_id, {})[role_id] = value
            else:
                row = store.get(activity_id)
                if row is not None:
                    row.pop(role_id, None)
                    if not row:
                        del store[activity_id]

    def insert_role(self, index: int, role: Role) -> None:
        """Insert a role at a column index."""
        self.roles.insert(index, role)
        self._reindex()

    def pop_role(self, index: int) -> Role:
        """Remove the role at a column index, with its cells and notes."""
        role = self.roles.pop(index)
        for store in (self.letters, self.notes):
            for activity_id in [a for a, row in store.items() if role.id in row]:
                del store[activity_id][role.id]
                if not store[activity_id]:
                    del store[activity_id]
        self._reindex()
        return role

    def insert_activity(self, index: int, activity: Activity) -> None:
        """Insert an activity at a row index."""
        self.activities.insert(index, activity)
        self._reindex()

    def reorder_roles(self, order: Sequence[str]) -> None:
        """Put the roles in this order of their ids (each once; the caller checks)."""
        by_id = {r.id: r for r in self.roles}
        self.roles[:] = [by_id[role_id] for role_id in order]
        self._reindex()

    def reorder_activities(self, order: Sequence[str]) -> None:
        """Put the activities in this order of their ids (each once; the caller checks)."""
        by_id = {a.id: a for a in self.activities}
        self.activities[:] = [by_id[activity_id] for activity_id in order]
        self._reindex()

    def pop_activity(self, index: int) -> Activity:
        """Remove the activity at a row index, with its cells and notes."""
        activity = self.activities.pop(index)
        self.letters.pop(activity.id, None)
        self.notes.pop(activity.id, None)
        self._reindex()
        return activity

    def replace_role(self, role: Role) -> Role:
        """Replace the role with the same id; return the old one."""
        index = self.role_index(role.id)
        old, self.roles[index] = self.roles[index], role
        return old

    def replace_activity(self, activity: Activity) -> Activity:
        """Replace the activity with the same id; return the old one."""
        index = self.activity_index(activity.id)
        old, self.activities[index] = self.activities[index], activity
        return old

    def copy_deep(self) -> Matrix:
        """An independent copy (roles, activities and snapshots are immutable and shared)."""
        return Matrix.model_construct(
            title=self.title,
            description=self.description,
            scheme=self.scheme,
            roles=list(self.roles),
            activities=list(self.activities),
            letters={a: dict(row) for a, row in self.letters.items()},
            notes={a: dict(row) for a, row in self.notes.items()},
            rules=dict(self.rules),
            waivers=list(self.waivers),
            snapshots=list(self.snapshots),
        )


_TAKEN = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d", re.ASCII)
_TAKEN_FORM = QT_TRANSLATE_NOOP("Model", "must be a local date and time like 2026-11-27T10:15:00")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_local_time(value: str) -> bool:
    """Whether ``value`` is a real date and time written as ``2026-11-27T10:15:00``.

    It is what ``datetime.now().isoformat(timespec="seconds")`` gives; the core
    reads no clock (and imports no ``datetime``).
    """
    match = _TAKEN.fullmatch(value)
    if match is None:
        return False
    year, month, day = (int(part) for part in match.groups())
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= _MONTH_DAYS[month - 1]:
        return False
    if (month, day) == (2, 29):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return True


NESTED_SNAPSHOTS = QT_TRANSLATE_NOOP("Model", "a snapshot cannot hold snapshots of its own")


class Snapshot(BaseModel):
    """A named copy of a matrix's content, kept in its file ("Before launch review").

    Treat it as immutable, its ``matrix`` too: copies of the matrix that keeps
    it share it (:meth:`Matrix.copy_deep`). Its matrix has no snapshots.
    Make one with :func:`snapshot_of`; :func:`matrix_of` gives an editable copy.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, defer_build=True)

    name: str
    taken: str
    """When it was taken: local date and time to the second, ``2026-11-27T10:15:00``."""
    matrix: Matrix
    """The content at that time, without snapshots. Do not mutate."""

    _check_name = field_validator("name")(not_blank)

    @field_validator("taken")
    @classmethod
    def _check_taken(cls, value: str) -> str:
        if not _is_local_time(value):
            raise ValueError(Text(_TAKEN_FORM))
        return value

    @field_validator("matrix")
    @classmethod
    def _check_matrix(cls, value: Matrix) -> Matrix:
        if value.snapshots:
            raise ValueError(Text(NESTED_SNAPSHOTS))
        return value

    def __eq__(self, other: object) -> bool:
        """Snapshots are equal when their name, time and content are."""
        if not isinstance(other, Snapshot):
            return NotImplemented
        return self.name == other.name and self.taken == other.taken and self.matrix == other.matrix

    __hash__ = None  # type: ignore[assignment]


def snapshot_of(matrix: Matrix, name: str, taken: str) -> Snapshot:
    """A snapshot of ``matrix``'s content now: later edits of ``matrix`` do not change it.

    ``taken`` is the caller's clock, ``datetime.now().isoformat(timespec="seconds")``. Raises
    ModelError for a blank name or a badly written time.
    """
    content = matrix.copy_deep()
    content.snapshots = []
    try:
        return Snapshot(name=name, taken=taken, matrix=content)
    except ValidationError as exc:
        raise ModelError(describe_validation_errors(exc.errors())) from None


def matrix_of(snapshot: Snapshot) -> Matrix:
    """An independent, editable copy of a snapshot's content (to compare, or to go back to)."""
    return snapshot.matrix.copy_deep()


def unique_snapshot_name(matrix: Matrix, name: str) -> str:
    """``name`` trimmed, or ``"name (2)"``, ``"name (3)"``… when a snapshot is already called so.

    Names are compared ignoring case: "Before launch" and "before launch"
    would look like the same snapshot in a list.
    """
    name = name.strip()
    taken = {s.name.casefold() for s in matrix.snapshots}
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def invariant_problems(matrix: Matrix, *, cells: bool = True) -> Iterator[tuple[Location, str]]:
    """Every broken invariant, with the place it is at (``roles[2].id``, ``assignments.a.r``).

    Ids are unique, names are not blank, cells refer to existing roles and
    activities, and cell letters are letters of the scheme in scheme order.
    ``cells=False`` leaves the cells out, for a reader that built them from
    text it checked itself (a big matrix has a million).
    """
    yield from _unique_ids("roles", matrix.roles)
    yield from _unique_ids("activities", matrix.activities)
    role_ids = {r.id for r in matrix.roles}
    activity_ids = {a.id for a in matrix.activities}
    if cells:
        yield from _cell_problems(matrix, activity_ids, role_ids)
    for rule_id, setting in matrix.rules.items():
        problem = setting_problem(rule_id, setting)
        if problem:
            yield ("rules", rule_id), problem
    yield from _waiver_problems(matrix.waivers, activity_ids, role_ids)
    for index, snapshot in enumerate(matrix.snapshots):
        if snapshot.matrix.snapshots:
            yield ("snapshots", index, "matrix", "snapshots"), Text(NESTED_SNAPSHOTS)


def _cell_problems(
    matrix: Matrix, activity_ids: set[str], role_ids: set[str]
) -> Iterator[tuple[Location, str]]:
    """Cells of missing activities or roles, and letters not in scheme order."""
    in_order: set[str] = set()
    """Cell letters found to be letters of the scheme in scheme order."""
    for activity_id, row in matrix.letters.items():
        if _all_refer(activity_id, row, activity_ids, role_ids) and _all_in(row.values(), in_order):
            continue  # the usual row, checked without a Python step per cell
        yield from _refs(activity_id, row, activity_ids, role_ids)
        yield from _letter_problems(matrix.scheme, activity_id, row, in_order)
    for activity_id, row in matrix.notes.items():
        if not _all_refer(activity_id, row, activity_ids, role_ids):
            yield from _refs(activity_id, row, activity_ids, role_ids)


def _all_refer(
    activity_id: str, row: dict[str, Any], activity_ids: set[str], role_ids: set[str]
) -> bool:
    """Whether a row's activity and every role it names exist."""
    return activity_id in activity_ids and role_ids.issuperset(row)


def _all_in(values: Iterable[object], known: set[str]) -> bool:
    """Whether every value is one of ``known`` (False for values that cannot be in a set)."""
    try:
        return known.issuperset(values)
    except TypeError:
        return False


def _letter_problems(
    scheme: Scheme, activity_id: str, row: dict[str, str], in_order: set[str]
) -> Iterator[tuple[Location, str]]:
    """The cells of a row whose letters are not the scheme's in scheme order.

    Letters found good are added to ``in_order``, so that the next rows
    need not look at them again.
    """
    alphabet = scheme.alphabet
    for role_id, letters in row.items():
        if isinstance(letters, str) and letters in in_order:
            continue
        if not letters:
            yield ("assignments", activity_id, role_id), Text(_EMPTY_LETTERS)
        elif letters != "".join(ch for ch in alphabet if ch in letters):
            bad = sorted({ch for ch in letters if ch not in alphabet})
            if bad:
                yield (
                    ("assignments", activity_id, role_id),
                    Text(
                        _NOT_IN_SCHEME,
                        letters="/".join(bad),
                        scheme=scheme.name,
                        alphabet="/".join(alphabet),
                    ),
                )
            else:
                yield (
                    ("assignments", activity_id, role_id),
                    Text(_ORDER, letters=repr(letters)),
                )
        elif isinstance(letters, str):
            in_order.add(letters)


_EMPTY_LETTERS = QT_TRANSLATE_NOOP("Model", "empty letters must be left out")
_NOT_IN_SCHEME = QT_TRANSLATE_NOOP("Model", "{letters} not in the {scheme} scheme ({alphabet})")
_ORDER = QT_TRANSLATE_NOOP("Model", "letters {letters} must be unique and in scheme order")
_ID_TAKEN = QT_TRANSLATE_NOOP("Model", "id {id} is already used by {other}")


def _waiver_problems(
    waivers: list[Waiver], activity_ids: set[str], role_ids: set[str]
) -> Iterator[tuple[Location, str]]:
    seen: set[tuple[str, str | None, str | None]] = set()
    for index, waiver in enumerate(waivers):
        loc: Location = ("waivers", index)
        if waiver.rule not in RULES:
            yield (*loc, "rule"), Text(UNKNOWN_RULE, rule=repr(waiver.rule))
        if waiver.activity_id is not None and waiver.activity_id not in activity_ids:
            yield (*loc, "activity"), Text(NO_ACTIVITY, id=repr(waiver.activity_id))
        if waiver.role_id is not None and waiver.role_id not in role_ids:
            yield (*loc, "role"), Text(NO_ROLE, id=repr(waiver.role_id))
        for field in ("reason", "by"):
            if not getattr(waiver, field).strip():
                yield (*loc, field), Text(BLANK)
        if waiver.key in seen:
            yield loc, Text(QT_TRANSLATE_NOOP("Model", "the same finding is waived twice"))
        seen.add(waiver.key)


def _unique_ids(field: str, items: list[Role] | list[Activity]) -> Iterator[tuple[Location, str]]:
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        if item.id in first:
            yield (
                (field, index, "id"),
                Text(_ID_TAKEN, id=repr(item.id), other=f"{field}[{first[item.id]}]"),
            )
        else:
            first[item.id] = index


def _refs(
    activity_id: str, row: dict[str, Any], activity_ids: set[str], role_ids: set[str]
) -> Iterator[tuple[Location, str]]:
    if activity_id not in activity_ids:
        yield ("assignments", activity_id), Text(NO_ACTIVITY, id=repr(activity_id))
        return
    for role_id in row:
        if role_id not in role_ids:
            yield ("assignments", activity_id, role_id), Text(NO_ROLE, id=repr(role_id))
