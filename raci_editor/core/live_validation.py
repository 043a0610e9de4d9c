"""Findings kept up to date edit by edit, for the editor.

After a cell change only the rules of the touched rows and columns run
again; any other edit (structure, names, rule settings, waivers) runs the
whole catalogue, as such edits change what the row and column rules see.
The result always equals :func:`rules.validate` on the same matrix.

The findings are kept in *blocks*: an activity's block holds every finding
about the activity or one of its cells, a role's block every finding about
the role alone, and the matrix block the findings about neither. In the
stable order of :func:`rules.sort_findings` the blocks follow each other
(activities in order, then the matrix block, then the roles in order), so a
cell edit replaces a few blocks, and the counts, the look-ups and a listing
such as the Problems panel can follow without touching the rest: a keystroke
in a 10,000-row matrix does not re-sort its 30,000 findings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from typing import TypeVar

from raci_editor.core.edits import Edit, SetCells, only_snapshots
from raci_editor.core.model import Matrix
from raci_editor.core.rules import (
    Finding,
    RuleConfig,
    Severity,
    activity_findings,
    apply_waivers,
    duplicate_findings,
    read_findings,
    role_findings,
    sort_findings,
)

Block = tuple[str | None, str | None]
"""``(activity id, None)``, ``(None, role id)`` or :data:`MATRIX_BLOCK`."""
MATRIX_BLOCK: Block = (None, None)
Place = tuple[str | None, str | None]
"""What a finding is about: (activity id, role id), either or both None."""
K = TypeVar("K", bound=Hashable)


def block_of(activity_id: str | None, role_id: str | None) -> Block:
    """The block a finding (or a waiver) about this place belongs to."""
    return (activity_id, None) if activity_id is not None else (None, role_id)


class LiveValidation:
    """The findings of one matrix; call :meth:`update` after every single edit.

    ``deferred=True`` leaves the first whole check for later (:meth:`ensure`),
    so that a big matrix can be shown before it is checked: until then
    :attr:`pending` is True and reading any finding runs the check first.
    """

    def __init__(
        self, matrix: Matrix, read: Iterable[Finding] = (), *, deferred: bool = False
    ) -> None:
        self.matrix = matrix
        self._read = list(read)
        self._other: dict[Block, list[Finding]] = {}
        """Duplicate names and read findings, by block."""
        self._blocks: dict[Block, list[Finding]] = {}
        """The findings of each block, waivers applied, in the stable order."""
        self._flat: list[Finding] | None = []
        self._at: dict[Place, list[Finding]] = {}
        self._counts: dict[Severity, int] = {}
        self._rules: dict[str, int] = {}
        self.changed: frozenset[Block] | None = None
        """The blocks the last update replaced; None when it may have changed any."""
        self.pending = deferred
        """Whether the first whole check is still to run."""
        if not deferred:
            self.recompute()

    def ensure(self) -> bool:
        """Run the deferred first check now if it has not run yet; True when it ran."""
        if not self.pending:
            return False
        self.recompute()
        return True

    # -- keeping up -----------------------------------------------------

    @property
    def read_findings(self) -> list[Finding]:
        """Findings from reading the file that still apply (edited cells drop theirs)."""
        return list(self._read)

    def update(self, edit: Edit) -> None:
        """Bring the findings up to date after ``edit`` was applied to the matrix."""
        if self.pending:  # the first check, still to run, will see the edit
            if isinstance(edit, SetCells):  # an edited cell drops its read findings
                edited = {(c.activity_id, c.role_id) for c in edit.cells}
                self._read = [f for f in self._read if (f.activity_id, f.role_id) not in edited]
            return
        if only_snapshots(edit):  # history only: no finding can change
            self.changed = frozenset()
            return
        if isinstance(edit, SetCells):
            self.cells_changed((c.activity_id, c.role_id) for c in edit.cells)
        else:
            self.recompute()

    def recompute(self) -> None:
        """Run every rule on the whole matrix."""
        matrix = self.matrix
        config = RuleConfig(matrix.rules)
        found = activity_findings(matrix, config, (a.id for a in matrix.activities))
        found += role_findings(matrix, config)
        self._read = [f for f in self._read if _still_there(matrix, f)]
        other = duplicate_findings(matrix, config) + read_findings(config, self._read)
        final = sort_findings(matrix, apply_waivers(matrix, config, found + other))
        self._other = {}
        for finding in other:
            self._other.setdefault(_block(finding), []).append(finding)
        self._index(final)
        self._flat = final
        self.changed = None
        self.pending = False

    def _index(self, findings: list[Finding]) -> None:
        """Blocks, look-ups and counts of all the findings, in one pass."""
        blocks: dict[Block, list[Finding]] = {}
        at: dict[Place, list[Finding]] = {}
        for finding in findings:
            place = (finding.activity_id, finding.role_id)
            here = at.get(place)
            if here is None:
                at[place] = [finding]
            else:
                here.append(finding)
            block = (place[0], None) if place[0] is not None else place
            run = blocks.get(block)
            if run is None:
                blocks[block] = [finding]
            else:
                run.append(finding)
        self._blocks, self._at = blocks, at
        self._counts = dict(Counter(f.severity for f in findings if f.waiver is None))
        self._rules = dict(Counter(f.rule for f in findings))

    def cells_changed(self, cells: Iterable[tuple[str, str]]) -> None:
        """Re-run the rules of the rows and columns of the changed cells only."""
        matrix = self.matrix
        config = RuleConfig(matrix.rules)
        changed = set(cells)
        activity_ids = {a for a, _ in changed}
        role_ids = {r for _, r in changed}
        rows = _group(activity_findings(matrix, config, activity_ids), by_activity=True)
        columns = _group(role_findings(matrix, config, role_ids), by_activity=False)
        before = len(self._read)
        self._read = [f for f in self._read if (f.activity_id, f.role_id) not in changed]
        if len(self._read) != before:  # a read finding sits on a cell: in its activity's block
            for activity_id in activity_ids:
                row_block: Block = (activity_id, None)
                kept = [
                    f
                    for f in self._other.get(row_block, ())
                    if (f.activity_id, f.role_id) not in changed
                ]
                self._set(self._other, row_block, kept)
        fresh: dict[Block, list[Finding]] = {(a, None): rows.get(a, []) for a in activity_ids}
        fresh.update(((None, r), columns.get(r, [])) for r in role_ids)
        for block, found in fresh.items():
            self._replace_block(block, self._block_findings(block, found, config))
        self.changed = frozenset(fresh)

    def _block_findings(
        self, block: Block, found: list[Finding], config: RuleConfig
    ) -> list[Finding]:
        """One block's findings: the rules' (``found``) and the others, waivers applied, sorted."""
        found = found + self._other.get(block, [])
        # Waivers of other blocks come back stale here (their findings are not in
        # ``found``): only this block's own are kept.
        waived = apply_waivers(self.matrix, config, found)
        mine = [f for f in waived if block_of(f.activity_id, f.role_id) == block]
        return _in_order(self.matrix, mine)

    def _replace_block(self, block: Block, new: list[Finding]) -> None:
        """Put ``new`` in place of a block's findings; counts and look-ups follow."""
        old = self._blocks.get(block, [])
        if old == new:
            return
        for finding in old:
            self._at.pop((finding.activity_id, finding.role_id), None)
            _add(self._rules, finding.rule, -1)
            if finding.waiver is None:
                _add(self._counts, finding.severity, -1)
        for finding in new:
            self._at.setdefault((finding.activity_id, finding.role_id), []).append(finding)
            _add(self._rules, finding.rule, 1)
            if finding.waiver is None:
                _add(self._counts, finding.severity, 1)
        self._set(self._blocks, block, new)
        self._flat = None

    @staticmethod
    def _set(store: dict[Block, list[Finding]], block: Block, findings: list[Finding]) -> None:
        if findings:
            store[block] = findings
        else:
            store.pop(block, None)

    # -- reading --------------------------------------------------------

    def findings(self) -> list[Finding]:
        """Every finding in the stable order (waived ones included, marked)."""
        self.ensure()
        if self._flat is None:
            self._flat = [f for block in self.blocks_in_order() for f in self._blocks[block]]
        return list(self._flat)

    def blocks_in_order(self) -> list[Block]:
        """The blocks that hold findings, in the stable order."""
        self.ensure()
        matrix, blocks = self.matrix, self._blocks
        order: list[Block] = [(a.id, None) for a in matrix.activities]
        order.append(MATRIX_BLOCK)
        order += [(None, r.id) for r in matrix.roles]
        return [b for b in order if b in blocks]

    def block(self, block: Block) -> list[Finding]:
        """The findings of one block, in the stable order."""
        self.ensure()
        return list(self._blocks.get(block, ()))

    def block_position(self, block: Block) -> int:
        """Where a block comes in the stable order: findings sort by this number first.

        Raises ModelError when the block's activity or role is not in the matrix.
        """
        activity_id, role_id = block
        matrix = self.matrix
        if activity_id is not None:
            return matrix.activity_index(activity_id)
        n_activities = len(matrix.activities)
        if role_id is None:
            return n_activities
        return n_activities + 1 + matrix.role_index(role_id)

    def counts(self) -> Counter[Severity]:
        """How many findings of each severity count (waived ones do not)."""
        self.ensure()
        return Counter({s: n for s, n in self._counts.items() if n > 0})

    def rules(self) -> list[str]:
        """The ids of the rules with at least one finding (waived ones too), sorted."""
        self.ensure()
        return sorted(r for r, n in self._rules.items() if n > 0)

    def at(self, activity_id: str | None, role_id: str | None) -> list[Finding]:
        """Findings about exactly this cell, row (role None) or column (activity None)."""
        if self.pending:
            self.recompute()
        return self._at.get((activity_id, role_id), [])


def _add(counts: dict[K, int], key: K, delta: int) -> None:
    counts[key] = counts.get(key, 0) + delta


def _in_order(matrix: Matrix, findings: list[Finding]) -> list[Finding]:
    """A block's findings in the order of :func:`rules.sort_findings`.

    That function maps every activity to its row first, a cost worth paying
    for all findings but not for the handful of one block.
    """
    n_activities = len(matrix.activities)

    def key(f: Finding) -> tuple[int, int, str, str]:
        a = matrix.activity_index(f.activity_id) if f.activity_id is not None else n_activities
        r = matrix.role_index(f.role_id) if f.role_id is not None else -1
        return (a, r, f.rule, f.message)

    return sorted(findings, key=key)


def _block(finding: Finding) -> Block:
    return block_of(finding.activity_id, finding.role_id)


def _group(findings: list[Finding], by_activity: bool) -> dict[str, list[Finding]]:
    """Findings by their activity (or role)."""
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        key = finding.activity_id if by_activity else finding.role_id
        if key is not None:
            grouped.setdefault(key, []).append(finding)
    return grouped


def _still_there(matrix: Matrix, finding: Finding) -> bool:
    return (finding.activity_id is None or matrix.has_activity(finding.activity_id)) and (
        finding.role_id is None or matrix.has_role(finding.role_id)
    )
