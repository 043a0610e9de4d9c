"""Sort activities or roles by name inside their groups, as one undoable edit.

The order of names is the caller's: the editor passes a collation key of
the interface language (Chinese names by pinyin, ``Step 2`` before
``Step 10``), so the core needs no knowledge of languages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from raci_editor.core.edits import Batch, MoveActivity, MoveRole
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


def _moves(current: list[str], target: list[str]) -> list[tuple[str, int]]:
    """(id, index) moves that turn ``current`` into ``target``, each applied in turn."""
    order = list(current)
    moves = []
    for index, item_id in enumerate(target):
        if order[index] != item_id:
            order.remove(item_id)
            order.insert(index, item_id)
            moves.append((item_id, index))
    return moves


def sort_activities(matrix: Matrix, key: SortKey) -> Batch:
    """The moves that sort each group's activities by name (empty when already sorted)."""
    items = [(a.id, a.name, a.group) for a in matrix.activities]
    current = [a.id for a in matrix.activities]
    moves = _moves(current, _order(items, key))
    return Batch(tuple(MoveActivity(item_id, index) for item_id, index in moves))


def sort_roles(matrix: Matrix, key: SortKey) -> Batch:
    """The moves that sort each role group's roles by name (empty when already sorted)."""
    items = [(r.id, r.name, r.group) for r in matrix.roles]
    current = [r.id for r in matrix.roles]
    moves = _moves(current, _order(items, key))
    return Batch(tuple(MoveRole(item_id, index) for item_id, index in moves))
