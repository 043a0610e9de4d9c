"""Sort activities or roles by name inside their groups, as one undoable edit.

The edit is a new order of them all (:class:`~raci_editor.core.edits.ReorderActivities`):
sorting 10,000 activities costs one pass, not a move per activity.

The order of names is the caller's: the editor passes a collation key of
the interface language (Chinese names by pinyin, ``Step 2`` before
``Step 10``), so the core needs no knowledge of languages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from raci_editor.core.edits import ReorderActivities, ReorderRoles
from raci_editor.core.model import Matrix

SortKey = Callable[[str], Any]


def _order(items: Sequence[tuple[str, str, str]], key: SortKey) -> list[str]:
    """Ids of ``(id, name, group)`` items sorted by name within each run of one group."""
    runs: list[list[tuple[str, str, str]]] = []
    for item in items:
        if runs and runs[-1][0][2] == item[2]:
            runs[-1].append(item)
        else:
            runs.append([item])
    return [item[0] for run in runs for item in sorted(run, key=lambda item: key(item[1]))]


def sort_activities(matrix: Matrix, key: SortKey) -> ReorderActivities | None:
    """The order that sorts each group's activities by name; None when already sorted."""
    current = [a.id for a in matrix.activities]
    order = _order([(a.id, a.name, a.group) for a in matrix.activities], key)
    return ReorderActivities(tuple(order)) if order != current else None


def sort_roles(matrix: Matrix, key: SortKey) -> ReorderRoles | None:
    """The order that sorts each role group's roles by name; None when already sorted."""
    current = [r.id for r in matrix.roles]
    order = _order([(r.id, r.name, r.group) for r in matrix.roles], key)
    return ReorderRoles(tuple(order)) if order != current else None
