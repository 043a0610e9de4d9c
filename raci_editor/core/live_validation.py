"""Findings kept up to date edit by edit, for the editor.

After a cell change only the rules of the touched rows and columns run
again; any other edit (structure, names, rule settings, waivers) runs the
whole catalogue, as such edits change what the row and column rules see.
The result always equals :func:`rules.validate` on the same matrix.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from raci_editor.core.edits import Edit, SetCells
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


class LiveValidation:
    """The findings of one matrix; call :meth:`update` after every single edit."""

    def __init__(self, matrix: Matrix, read: Iterable[Finding] = ()) -> None:
        self.matrix = matrix
        self._read = list(read)
        self._by_activity: dict[str, list[Finding]] = {}
        self._by_role: dict[str, list[Finding]] = {}
        self._other: list[Finding] = []
        self._findings: list[Finding] = []
        self._at: dict[tuple[str | None, str | None], list[Finding]] = {}
        self.recompute()

    # -- keeping up -----------------------------------------------------

    @property
    def read_findings(self) -> list[Finding]:
        """Findings from reading the file that still apply (edited cells drop theirs)."""
        return list(self._read)

    def update(self, edit: Edit) -> None:
        """Bring the findings up to date after ``edit`` was applied to the matrix."""
        if isinstance(edit, SetCells):
            self.cells_changed((c.activity_id, c.role_id) for c in edit.cells)
        else:
            self.recompute()

    def recompute(self) -> None:
        """Run every rule on the whole matrix."""
        matrix = self.matrix
        config = RuleConfig(matrix.rules)
        self._by_activity = _group(
            activity_findings(matrix, config, (a.id for a in matrix.activities)), by_activity=True
        )
        self._by_role = _group(role_findings(matrix, config), by_activity=False)
        self._read = [f for f in self._read if _still_there(matrix, f)]
        self._other = duplicate_findings(matrix, config) + read_findings(config, self._read)
        self._finish(config)

    def cells_changed(self, cells: Iterable[tuple[str, str]]) -> None:
        """Re-run the rules of the rows and columns of the changed cells only."""
        matrix = self.matrix
        config = RuleConfig(matrix.rules)
        changed = set(cells)
        activity_ids = {a for a, _ in changed}
        role_ids = {r for _, r in changed}
        fresh = _group(activity_findings(matrix, config, activity_ids), by_activity=True)
        for activity_id in activity_ids:
            self._by_activity[activity_id] = fresh.get(activity_id, [])
        fresh = _group(role_findings(matrix, config, role_ids), by_activity=False)
        for role_id in role_ids:
            self._by_role[role_id] = fresh.get(role_id, [])
        before = len(self._read)
        self._read = [f for f in self._read if (f.activity_id, f.role_id) not in changed]
        if len(self._read) != before:
            self._other = duplicate_findings(matrix, config) + read_findings(config, self._read)
        self._finish(config)

    def _finish(self, config: RuleConfig) -> None:
        found = [f for group in self._by_activity.values() for f in group]
        found += [f for group in self._by_role.values() for f in group]
        found += self._other
        self._findings = sort_findings(self.matrix, apply_waivers(self.matrix, config, found))
        at: dict[tuple[str | None, str | None], list[Finding]] = defaultdict(list)
        for finding in self._findings:
            at[(finding.activity_id, finding.role_id)].append(finding)
        self._at = dict(at)

    # -- reading --------------------------------------------------------

    def findings(self) -> list[Finding]:
        """Every finding in the stable order (waived ones included, marked)."""
        return list(self._findings)

    def counts(self) -> Counter[Severity]:
        """How many findings of each severity count (waived ones do not)."""
        return Counter(f.severity for f in self._findings if f.waiver is None)

    def at(self, activity_id: str | None, role_id: str | None) -> list[Finding]:
        """Findings about exactly this cell, row (role None) or column (activity None)."""
        return self._at.get((activity_id, role_id), [])


def _group(findings: list[Finding], by_activity: bool) -> dict[str, list[Finding]]:
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        key = finding.activity_id if by_activity else finding.role_id
        if key is not None:
            grouped[key].append(finding)
    return dict(grouped)


def _still_there(matrix: Matrix, finding: Finding) -> bool:
    return (finding.activity_id is None or matrix.has_activity(finding.activity_id)) and (
        finding.role_id is None or matrix.has_role(finding.role_id)
    )
