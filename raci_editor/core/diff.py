"""Compare two versions of a matrix and take chosen changes from the newer one (issue 11).

:func:`compare` lists what changed from ``old`` to ``new`` as :class:`Change`
values; :func:`edits_for` turns a chosen few of them into one
:class:`~raci_editor.core.edits.Batch` (one undo step) that brings ``old``
that far; :func:`describe` says a change in one line.

Roles and activities are matched by id (``by_id=True``, for files that keep
ids) or by name (trimmed, case-insensitive; equal names are paired in order).

What is compared: names, groups, order, cell letters and notes, the
descriptive texts (matrix title and description, role and activity
descriptions, role holder and deputy). The scheme, rule settings, waivers
and snapshots are not.

The changes come in this order:

1. roles: removed ones (old order), then for each role in new order
   ``role-added``, or ``role-renamed``, ``role-moved``, ``role-regrouped``;
2. activities, the same way;
3. ``cell``: every cell of new activity order × new role order whose letters
   changed, cells of added roles and activities included (``before`` ``""``),
   so that taking them brings the letters; cells of removed items are not
   listed (the removal says it);
4. ``note``: the same cells' notes, in the same order;
5. ``description``: the matrix title and description, then roles and then
   activities in new order (:attr:`Change.field` says which text).

Moves are the fewest that explain the new order: the matched items that
keep their relative order (a longest increasing subsequence) stay, only the
others are ``moved``; a row inserted or deleted moves nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from raci_editor.core.edits import (
    Batch,
    CellValue,
    Edit,
    InsertActivity,
    InsertRole,
    RemoveActivity,
    RemoveRole,
    ReorderActivities,
    ReorderRoles,
    SetCells,
    SetInfo,
    UpdateActivity,
    UpdateRole,
    apply_edit,
)
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Source, Text

KINDS = (
    "cell", "note",
    "role-added", "role-removed", "role-renamed", "role-moved", "role-regrouped",
    "activity-added", "activity-removed", "activity-renamed", "activity-moved",
    "activity-regrouped",
    "description",
)  # fmt: skip
"""Every :attr:`Change.kind`."""

_Item = Role | Activity


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two matrices.

    ``activity`` and ``role`` are names as the user sees them (in the new
    matrix, in the old one for removed items); None where the change is not
    about one. ``before`` and ``after`` by kind:

    - ``cell``: letters as written (``"R/A"``, ``""`` for none);
    - ``note``: the cell's note (``""`` for none);
    - ``*-renamed``: the names; ``*-regrouped``: the groups (``""`` for none);
    - ``*-moved``: 1-based column or row numbers in the old and the new matrix;
    - ``description``: the texts, with :attr:`field` saying which one:
      ``"title"`` or ``"description"`` of the matrix (no role, no activity),
      ``"description"`` of an activity, ``"description"``, ``"holder"`` or
      ``"deputy"`` of a role;
    - ``*-added``, ``*-removed``: None.

    ``old_*_id`` is the item's id in the old matrix (None when added),
    ``new_*_id`` its id in the new one (None when removed).
    """

    kind: str
    activity: str | None = None
    role: str | None = None
    before: str | None = None
    after: str | None = None
    field: str | None = None
    old_activity_id: str | None = None
    new_activity_id: str | None = None
    old_role_id: str | None = None
    new_role_id: str | None = None

    @property
    def activity_id(self) -> str | None:
        """The activity's id in the old matrix, or in the new one for an added activity."""
        return self.new_activity_id if self.old_activity_id is None else self.old_activity_id

    @property
    def role_id(self) -> str | None:
        """The role's id in the old matrix, or in the new one for an added role."""
        return self.new_role_id if self.old_role_id is None else self.old_role_id


class _Pairs:
    """How the roles (or the activities) of two matrices correspond, and which moved."""

    def __init__(self, old: Sequence[_Item], new: Sequence[_Item], by_id: bool) -> None:
        self.old, self.new = old, new
        self.to_new = _match(old, new, by_id)
        self.to_old = {n: o for o, n in self.to_new.items()}
        self.old_by_id = {item.id: item for item in old}
        self.old_pos = {item.id: i for i, item in enumerate(old)}
        new_pos = {item.id: i for i, item in enumerate(new)}
        matched = [item.id for item in old if item.id in self.to_new]
        stay = _increasing([new_pos[self.to_new[i]] for i in matched])
        self.moved = {old_id for k, old_id in enumerate(matched) if k not in stay}
        self.both_grouped = any(i.group for i in old) and any(i.group for i in new)


def _key(name: str) -> str:
    return name.strip().casefold()


def _match(old: Sequence[_Item], new: Sequence[_Item], by_id: bool) -> dict[str, str]:
    """Old id -> new id of the items that are the same in both."""
    if by_id:
        new_ids = {item.id for item in new}
        return {item.id: item.id for item in old if item.id in new_ids}
    waiting: dict[str, list[str]] = {}
    for item in reversed(new):
        waiting.setdefault(_key(item.name), []).append(item.id)
    pairs = {}
    for item in old:
        queue = waiting.get(_key(item.name))
        if queue:
            pairs[item.id] = queue.pop()
    return pairs


def _increasing(values: list[int]) -> set[int]:
    """Indices of one longest strictly increasing subsequence of ``values`` (O(n log n))."""
    tails: list[int] = []  # value ending the best run of each length
    tail_at: list[int] = []  # index of that value
    before: list[int] = []  # index of the previous element in the run ending at each index
    for i, value in enumerate(values):
        length = bisect_left(tails, value)
        before.append(tail_at[length - 1] if length else -1)
        if length == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[length], tail_at[length] = value, i
    out: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        out.add(k)
        k = before[k]
    return out


class _Comparison:
    """Both matrices with their role and activity pairs."""

    def __init__(self, old: Matrix, new: Matrix, by_id: bool) -> None:
        self.old, self.new = old, new
        self.roles = _Pairs(old.roles, new.roles, by_id)
        self.activities = _Pairs(old.activities, new.activities, by_id)

    def changes(self, texts: bool = True) -> list[Change]:
        # Without texts (a file that cannot carry them, such as a CSV), a side with no
        # groups at all cannot carry them either: its roles were not all taken out of theirs.
        out = _structure("role", self.roles, texts or self.roles.both_grouped)
        out += _structure("activity", self.activities, texts or self.activities.both_grouped)
        cells, notes = self._cells()
        return out + cells + (notes + self._descriptions() if texts else [])

    def _cells(self) -> tuple[list[Change], list[Change]]:
        """Changed letters and notes, in new activity order × new role order.

        Only the roles holding something in either row are looked at, and a row
        equal in both matrices (the usual case) is passed over whole: a
        10,000 × 200 matrix compares in a fraction of a second.
        """
        old, new = self.old, self.new
        to_old, to_new = self.roles.to_old, self.roles.to_new
        # Rows compare as dicts when each role id means the same role in both.
        same_ids = all(to_old.get(r.id, r.id) == r.id for r in new.roles) and all(
            to_new.get(r.id, r.id) == r.id for r in old.roles
        )
        cells: list[Change] = []
        notes: list[Change] = []
        for activity in new.activities:
            old_a = self.activities.to_old.get(activity.id)
            new_row = new.letters.get(activity.id, {})
            new_notes = new.notes.get(activity.id, {})
            old_row = old.letters.get(old_a, {}) if old_a else {}
            old_notes = old.notes.get(old_a, {}) if old_a else {}
            if same_ids and old_row == new_row and old_notes == new_notes:
                continue
            held = {*new_row, *new_notes}
            held.update(n for o in (*old_row, *old_notes) if (n := to_new.get(o)) is not None)
            for role_id in sorted(held, key=new.role_index):
                old_r = to_old.get(role_id)
                was = old_row.get(old_r, "") if old_r else ""
                now = new_row.get(role_id, "")
                was_note = old_notes.get(old_r, "") if old_r else ""
                now_note = new_notes.get(role_id, "")
                if was == now and was_note == now_note:
                    continue
                where = {
                    "activity": activity.name,
                    "role": new.role(role_id).name,
                    "old_activity_id": old_a,
                    "new_activity_id": activity.id,
                    "old_role_id": old_r,
                    "new_role_id": role_id,
                }
                if sorted(was) != sorted(now):
                    before, after = old.scheme.display(was), new.scheme.display(now)
                    cells.append(Change("cell", before=before, after=after, **where))
                if was_note != now_note:
                    notes.append(Change("note", before=was_note, after=now_note, **where))
        return cells, notes

    def _descriptions(self) -> list[Change]:
        old, new = self.old, self.new
        out = [
            Change("description", before=before, after=after, field=field)
            for field, before, after in (
                ("title", old.title, new.title),
                ("description", old.description, new.description),
            )
            if before != after
        ]
        for word, pairs, fields in (
            ("role", self.roles, ("description", "holder", "deputy")),
            ("activity", self.activities, ("description",)),
        ):
            for item in pairs.new:
                old_id = pairs.to_old.get(item.id)
                if old_id is None:
                    continue
                was = pairs.old_by_id[old_id]
                for field in fields:
                    before, after = getattr(was, field), getattr(item, field)
                    if before != after:
                        out.append(
                            _change(
                                "description",
                                word,
                                item.name,
                                (old_id, item.id),
                                (before, after),
                                field=field,
                            )
                        )
        return out


def _change(
    kind: str,
    word: str,
    name: str,
    ids: tuple[str | None, str | None],
    values: tuple[str | None, str | None] = (None, None),
    *,
    field: str | None = None,
) -> Change:
    """A change about one role or activity (``word``): its name, (old, new) ids and values."""
    (old_id, new_id), (before, after) = ids, values
    if word == "role":
        return Change(kind, None, name, before, after, field, None, None, old_id, new_id)
    return Change(kind, name, None, before, after, field, old_id, new_id, None, None)


def _structure(word: str, pairs: _Pairs, grouped: bool) -> list[Change]:
    """Removed, added, renamed, moved and regrouped roles (or activities), in the module's order.

    ``grouped=False`` leaves out the regroupings.
    """
    out = [
        _change(f"{word}-removed", word, item.name, (item.id, None))
        for item in pairs.old
        if item.id not in pairs.to_new
    ]
    for index, item in enumerate(pairs.new):
        old_id = pairs.to_old.get(item.id)
        if old_id is None:
            out.append(_change(f"{word}-added", word, item.name, (None, item.id)))
            continue
        was, ids = pairs.old_by_id[old_id], (old_id, item.id)
        if was.name != item.name:
            out.append(_change(f"{word}-renamed", word, item.name, ids, (was.name, item.name)))
        if old_id in pairs.moved:
            positions = (str(pairs.old_pos[old_id] + 1), str(index + 1))
            out.append(_change(f"{word}-moved", word, item.name, ids, positions))
        if was.group != item.group and grouped:
            out.append(_change(f"{word}-regrouped", word, item.name, ids, (was.group, item.group)))
    return out


def compare(old: Matrix, new: Matrix, *, by_id: bool = True, texts: bool = True) -> list[Change]:
    """Every change from ``old`` to ``new``, in the order the module describes.

    ``texts=False`` leaves out notes and texts (``note`` and ``description``):
    for a file that cannot carry them (CSV, a spreadsheet not exported by this
    program, whose title is its file name), they would all look changed. So
    would the groups of a side without any (a CSV's roles): then they are
    not compared either.
    """
    return _Comparison(old, new, by_id).changes(texts)


def edits_for(old: Matrix, new: Matrix, changes: Iterable[Change], *, by_id: bool = True) -> Batch:
    """One edit (one undo step) that takes the chosen ``changes`` from ``new`` into ``old``.

    ``changes`` are some of ``compare(old, new, by_id=by_id)``; others are
    ignored. Applied to ``old``, the batch gives ``old`` with exactly those
    changes; taking all of them gives ``new``'s names, groups, texts, order,
    letters and notes (added items keep their ids from ``new`` unless ``old``
    already uses them). Whatever the choice, the result is a valid matrix:

    - a cell or note of an added role or activity brings that addition along
      (:func:`taken_changes` lists what is really taken);
    - a moved or added item lands right after the nearest item before it in
      ``new``'s order that is in place (not moved, or placed already), else
      right before the first such item after it, else first;
    - letters that ``old``'s scheme does not have cannot be taken: that cell
      is skipped.
    """
    comparison = _Comparison(old, new, by_id)
    return _Taker(old.copy_deep(), comparison, _taken(comparison, changes)).run()


def taken_changes(
    old: Matrix, new: Matrix, changes: Iterable[Change], *, by_id: bool = True
) -> list[Change]:
    """What taking ``changes`` really takes, in order (see :func:`edits_for`).

    A cell or note of an added role or activity brings that addition along;
    a cell with letters ``old``'s scheme does not have cannot be taken.
    """
    return _taken(_Comparison(old, new, by_id), changes)


def _taken(comparison: _Comparison, changes: Iterable[Change]) -> list[Change]:
    every = comparison.changes()
    added = {
        (c.kind, c.new_role_id or c.new_activity_id): c for c in every if c.kind.endswith("-added")
    }
    chosen = set(changes)
    for change in list(chosen):
        if change.kind in ("cell", "note"):
            if change.old_activity_id is None:
                chosen.add(added.get(("activity-added", change.new_activity_id), change))
            if change.old_role_id is None:
                chosen.add(added.get(("role-added", change.new_role_id), change))
    alphabet, new = set(comparison.old.scheme.alphabet), comparison.new
    return [
        c
        for c in every
        if c in chosen
        and not (
            c.kind == "cell"
            and not set(new.cell(c.new_activity_id or "", c.new_role_id or "")) <= alphabet
        )
    ]


def preview(old: Matrix, new: Matrix, changes: Iterable[Change], *, by_id: bool = True) -> Matrix:
    """A copy of ``old`` with the chosen changes taken (``old`` is left as it is)."""
    result = old.copy_deep()
    apply_edit(result, edits_for(old, new, changes, by_id=by_id))
    return result


_FIELDS = {"role-renamed": "name", "role-regrouped": "group"}
_FIELDS |= {"activity-renamed": "name", "activity-regrouped": "group"}


class _Taker:
    """Builds the edits for the taken changes, applying each to a scratch copy as it goes,
    so that every index is right for the matrix as it is at that point of the batch."""

    def __init__(self, work: Matrix, comparison: _Comparison, taken: list[Change]) -> None:
        self.work, self.comparison, self.new, self.taken = work, comparison, comparison.new, taken
        self.edits: list[Edit] = []
        self.added: dict[tuple[str, str], str] = {}
        """(word, id in new) -> id in the result, for the added roles and activities taken."""

    def run(self) -> Batch:
        for word in ("role", "activity"):
            self._remove(word)
            self._update(word)
            self._place(word)
        self._cells()
        self._info()
        return Batch(tuple(self.edits))

    def _do(self, edit: Edit) -> None:
        apply_edit(self.work, edit)
        self.edits.append(edit)

    def _mine(self, word: str, kinds: Iterable[str]) -> list[Change]:
        """The taken changes of ``kinds`` about a role (``word``) or an activity."""
        if word == "role":
            return [c for c in self.taken if c.kind in kinds and c.role is not None]
        return [
            c for c in self.taken if c.kind in kinds and c.activity is not None and c.role is None
        ]

    def _remove(self, word: str) -> None:
        for change in self._mine(word, (f"{word}-removed",)):
            if word == "role":
                self._do(RemoveRole(change.old_role_id or ""))
            else:
                self._do(RemoveActivity(change.old_activity_id or ""))

    def _update(self, word: str) -> None:
        """Names, groups and texts of matched items, one update per item."""
        updates: dict[tuple[str, str], dict[str, str]] = {}
        kinds = (f"{word}-renamed", f"{word}-regrouped", "description")
        for change in self._mine(word, kinds):
            ids = (change.old_role_id, change.new_role_id)
            if word == "activity":
                ids = (change.old_activity_id, change.new_activity_id)
            old_id, new_id = ids
            if old_id is None or new_id is None:
                continue  # a description of the matrix itself: _info
            field = change.field or _FIELDS[change.kind]
            source = self.new.role(new_id) if word == "role" else self.new.activity(new_id)
            updates.setdefault((old_id, new_id), {})[field] = getattr(source, field)
        for (old_id, _), update in updates.items():
            if word == "role":
                self._do(UpdateRole(self.work.role(old_id).model_copy(update=update)))
            else:
                self._do(UpdateActivity(self.work.activity(old_id).model_copy(update=update)))

    def _place(self, word: str) -> None:
        """Insert the added items taken and move the moved ones, in new order (see edits_for).

        The places are worked out on a list of ids; then the added items are
        inserted at the end and everything is put in order with one reorder,
        so taking ten thousand moved rows costs one pass, not one per row.
        """
        pairs = self.comparison.roles if word == "role" else self.comparison.activities
        kinds = (f"{word}-added", f"{word}-moved")
        placing = {c.new_role_id or c.new_activity_id for c in self._mine(word, kinds)}
        if not placing:
            return
        anchors = [pairs.to_old.get(item.id) for item in pairs.new]
        anchors = [a if a is not None and a not in pairs.moved else None for a in anchors]
        following: list[str | None] = []
        nearest = None
        for anchor in reversed(anchors):
            following.append(nearest)
            nearest = anchor or nearest
        following.reverse()
        items = self.work.roles if word == "role" else self.work.activities
        order = [i.id for i in items]
        taken = set(order)
        added: list[_Item] = []
        previous = None
        for index, item in enumerate(pairs.new):
            if item.id in placing:
                old_id = pairs.to_old.get(item.id)
                if old_id is None:
                    placed = self._new_item(word, item, taken)
                    added.append(placed)
                    old_id = placed.id
                else:
                    order.remove(old_id)
                at = order.index(previous) + 1 if previous is not None else None
                if at is None:
                    before = following[index]
                    at = order.index(before) if before is not None else 0
                order.insert(at, old_id)
                previous = old_id
            elif anchors[index] is not None:
                previous = anchors[index]
        for placed in added:
            if isinstance(placed, Role):
                self._do(InsertRole(placed, len(self.work.roles)))
            else:
                self._do(InsertActivity(placed, len(self.work.activities)))
        current = [i.id for i in (self.work.roles if word == "role" else self.work.activities)]
        if order != current:
            self._do(
                ReorderRoles(tuple(order)) if word == "role" else ReorderActivities(tuple(order))
            )

    def _new_item(self, word: str, item: _Item, taken: set[str]) -> _Item:
        """An added item as it goes into the result: its id from new, unless already taken."""
        work_id, n = item.id, 2
        while work_id in taken:
            work_id, n = f"{item.id}-{n}", n + 1
        taken.add(work_id)
        self.added[word, item.id] = work_id
        return item.model_copy(update={"id": work_id}) if work_id != item.id else item

    def _cells(self) -> None:
        """Letters and notes of the cells taken whose role and activity are in the result."""
        work, new = self.work, self.new
        values: dict[tuple[str, str], list[str]] = {}
        for change in self.taken:
            if change.kind not in ("cell", "note"):
                continue
            new_a, new_r = change.new_activity_id or "", change.new_role_id or ""
            activity = change.old_activity_id or self.added.get(("activity", new_a))
            role = change.old_role_id or self.added.get(("role", new_r))
            if activity is None or role is None:
                continue  # its added role or activity was not taken
            value = values.get((activity, role))
            if value is None:
                value = values[activity, role] = [
                    work.cell(activity, role),
                    work.note(activity, role),
                ]
            if change.kind == "note":
                value[1] = new.note(new_a, new_r)
            elif set(new.cell(new_a, new_r)) <= set(work.scheme.alphabet):
                value[0] = new.cell(new_a, new_r)
        if values:
            self._do(SetCells(tuple(CellValue(*key, *value) for key, value in values.items())))

    def _info(self) -> None:
        info = {"title": self.work.title, "description": self.work.description}
        for change in self.taken:
            if change.kind == "description" and change.role is None and change.activity is None:
                field = change.field or "description"
                info[field] = getattr(self.new, field)
        if (info["title"], info["description"]) != (self.work.title, self.work.description):
            self._do(SetInfo(info["title"], info["description"]))


_SAY: dict[str, Source] = {
    "cell": QT_TRANSLATE_NOOP("Diff", "{activity} / {role}: {before} → {after}"),
    "note": QT_TRANSLATE_NOOP("Diff", "{activity} / {role}: note {before} → {after}"),
    "role-added": QT_TRANSLATE_NOOP("Diff", "Role added: {role}"),
    "role-removed": QT_TRANSLATE_NOOP("Diff", "Role removed: {role}"),
    "role-renamed": QT_TRANSLATE_NOOP("Diff", "Role renamed: {before} → {after}"),
    "role-moved": QT_TRANSLATE_NOOP("Diff", "Role moved: {role} (column {before} → {after})"),
    "role-regrouped": QT_TRANSLATE_NOOP("Diff", "Role regrouped: {role} ({before} → {after})"),
    "activity-added": QT_TRANSLATE_NOOP("Diff", "Activity added: {activity}"),
    "activity-removed": QT_TRANSLATE_NOOP("Diff", "Activity removed: {activity}"),
    "activity-renamed": QT_TRANSLATE_NOOP("Diff", "Activity renamed: {before} → {after}"),
    "activity-moved": QT_TRANSLATE_NOOP(
        "Diff", "Activity moved: {activity} (row {before} → {after})"
    ),
    "activity-regrouped": QT_TRANSLATE_NOOP(
        "Diff", "Activity regrouped: {activity} ({before} → {after})"
    ),
    "title": QT_TRANSLATE_NOOP("Diff", "Title: {before} → {after}"),
    "description": QT_TRANSLATE_NOOP("Diff", "Matrix description: {before} → {after}"),
    "role-description": QT_TRANSLATE_NOOP("Diff", "Description of role {role}: {before} → {after}"),
    "role-holder": QT_TRANSLATE_NOOP("Diff", "Holder of role {role}: {before} → {after}"),
    "role-deputy": QT_TRANSLATE_NOOP("Diff", "Deputy of role {role}: {before} → {after}"),
    "activity-description": QT_TRANSLATE_NOOP(
        "Diff", "Description of activity {activity}: {before} → {after}"
    ),
}
"""What :func:`describe` says, by kind (by subject and field for ``description``)."""
_NONE = QT_TRANSLATE_NOOP("Diff", "(none)")
_NO_GROUP = QT_TRANSLATE_NOOP("Diff", "(no group)")
_QUOTED = QT_TRANSLATE_NOOP("Diff", "“{text}”")


def describe(change: Change) -> Text:
    """One line a person reads: ``Plan / Brand manager: R → R/A``, ``Role renamed: Old → New``.

    Empty letters, notes and texts are said as "(none)", no group as "(no
    group)"; notes and texts are quoted. Line breaks in texts become spaces.
    """
    key = change.kind
    if key == "description":
        subject = "role-" if change.role else "activity-" if change.activity else ""
        key = subject + (change.field or "description")
    quoted = change.kind in ("note", "description")
    values = [
        _said(v, quoted, change.kind.endswith("regrouped")) for v in (change.before, change.after)
    ]
    return Text(
        _SAY[key],
        activity=change.activity or "",
        role=change.role or "",
        before=values[0],
        after=values[1],
    )


def _said(value: str | None, quoted: bool, group: bool) -> object:
    """A before or after value as :func:`describe` shows it."""
    if value is None:
        return ""
    if not value:
        return Text(_NO_GROUP if group else _NONE)
    value = " ".join(value.split())
    return Text(_QUOTED, text=value) if quoted else value
