"""Pagination of a printed matrix: plain numbers in, pages out (no Qt here).

Rows come in *runs*: an activity group (a head row with the group's name,
then its activities) or a run of ungrouped activities (no head). A run
that fits on a page is never split; a longer one continues on the next
page with its head repeated. Columns are split the same way by role
group, without heads. The report part (problems, workload) flows in
blocks that are never split, a heading kept with the block after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """A group of rows or columns that should stay together."""

    head: float
    """Height of the group's head row (0 for none); repeated when the run continues."""
    items: tuple[float, ...]
    """Height (or width) of each item."""

    @property
    def size(self) -> float:
        """The whole run, head included."""
        return self.head + sum(self.items)


@dataclass(frozen=True)
class Piece:
    """The part of one run placed on one page: items ``start`` to ``stop``."""

    run: int
    start: int
    stop: int

    @property
    def continued(self) -> bool:
        """Whether the run began on an earlier page."""
        return self.start > 0


@dataclass(frozen=True)
class Page:
    """One printed matrix page: a slice of the rows by a slice of the columns."""

    rows: tuple[Piece, ...]
    columns: tuple[Piece, ...]


def pack(runs: Sequence[Run], available: float) -> list[list[Piece]]:
    """Place runs on pages of ``available`` size, keeping each run whole where it fits.

    A run that would not fit on the rest of a page but fits on an empty one
    starts a new page; a run longer than a page fills pages in turn. An item
    larger than a whole page gets a page of its own (it is clipped, never lost).
    """
    pages: list[list[Piece]] = [[]]
    used = 0.0
    for r, run in enumerate(runs):
        if used > 0 and used + run.size > available and run.size <= available:
            pages.append([])
            used = 0.0
        i = 0
        while i < len(run.items):
            if used > 0 and used + run.head + run.items[i] > available:
                pages.append([])
                used = 0.0
            start, size = i, run.head
            while i < len(run.items) and (
                used + size + run.items[i] <= available or (i == start and used == 0)
            ):
                size += run.items[i]
                i += 1
            pages[-1].append(Piece(r, start, i))
            used += size
    return [page for page in pages if page] or [[]]


def paginate(
    row_runs: Sequence[Run], column_runs: Sequence[Run], height: float, width: float
) -> list[Page]:
    """The matrix pages: each band of rows, across every band of columns (rows first)."""
    row_pages = pack(row_runs, height)
    column_pages = pack(column_runs, width)
    return [Page(tuple(rows), tuple(columns)) for rows in row_pages for columns in column_pages]


def flow(
    heights: Sequence[float], available: float, keep_with_next: Sequence[bool]
) -> list[list[int]]:
    """Blocks of the given heights on pages; a block marked ``keep_with_next`` never ends one.

    Returns the block indices on each page. A block taller than a page gets a
    page of its own.
    """
    pages: list[list[int]] = [[]]
    used = 0.0
    n = len(heights)
    for i, h in enumerate(heights):
        need, j = h, i
        while j + 1 < n and keep_with_next[j]:  # a heading needs room for what follows
            j += 1
            need += heights[j]
        if used > 0 and used + min(need, available) > available:
            pages.append([])
            used = 0.0
        pages[-1].append(i)
        used += h
    return [page for page in pages if page] or [[]]
