"""Turn "the list of rows was X, is now Y" into the smallest insert/remove steps.

The table model keeps its own list of row keys (group rows and activity rows)
and column keys (role ids). After any edit it rebuilds the list and replays
the difference as begin/end insert/remove calls, so views keep their
selection and scroll position and never see a reset for a small change.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from difflib import SequenceMatcher
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def sync_list(
    current: list[K],
    new: Sequence[K],
    remove: Callable[[int, int], None],
    insert: Callable[[int, Sequence[K]], None],
) -> None:
    """Make ``current`` equal ``new`` through ``remove(first, last)`` and ``insert(at, keys)``.

    The callbacks must change ``current`` themselves (between the model's
    begin and end calls). Common prefix and suffix are skipped first, so a
    one-row change costs O(n) comparisons, not a full diff.
    """
    n_old, n_new = len(current), len(new)
    start = 0
    limit = min(n_old, n_new)
    while start < limit and current[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and current[n_old - 1 - end] == new[n_new - 1 - end]:
        end += 1
    old_mid = current[start : n_old - end]
    new_mid = list(new[start : n_new - end])
    if not old_mid and not new_mid:
        return
    ops = SequenceMatcher(None, old_mid, new_mid, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(ops):
        if tag in ("delete", "replace"):
            remove(start + i1, start + i2 - 1)
        if tag in ("insert", "replace"):
            insert(start + i1, new_mid[j1:j2])
