"""Row syncing turns any list change into insert/remove steps that end at the new list."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from raci_editor.gui.row_sync import sync_list

KEYS = st.lists(st.integers(0, 30), unique=True, max_size=25)


def replay(old: list[int], new: list[int]) -> tuple[list[int], list[tuple[str, int, int]]]:
    current = list(old)
    steps: list[tuple[str, int, int]] = []

    def remove(first: int, last: int) -> None:
        assert 0 <= first <= last < len(current)
        del current[first : last + 1]
        steps.append(("remove", first, last))

    def insert(at: int, keys: Sequence[int]) -> None:
        assert 0 <= at <= len(current)
        assert keys
        current[at:at] = keys
        steps.append(("insert", at, len(keys)))

    sync_list(current, new, remove, insert)
    return current, steps


@given(KEYS, KEYS)
def test_any_change_ends_at_the_new_list(old: list[int], new: list[int]) -> None:
    current, _ = replay(old, new)
    assert current == new


def test_one_inserted_row_is_one_insert_step() -> None:
    old = list(range(1000))
    new = [*old[:500], 5000, *old[500:]]
    assert replay(old, new)[1] == [("insert", 500, 1)]


def test_a_removed_block_is_one_remove_step() -> None:
    assert replay([1, 2, 3, 4, 5], [1, 5])[1] == [("remove", 1, 3)]


def test_nothing_changed_means_no_steps() -> None:
    assert replay([1, 2, 3], [1, 2, 3])[1] == []
