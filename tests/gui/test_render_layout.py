"""Pagination of the printed matrix: plain numbers, no Qt."""

from __future__ import annotations

from raci_editor.gui.render.layout import Piece, Run, flow, pack, paginate


def test_runs_that_fit_stay_whole() -> None:
    runs = [Run(1, (1, 1, 1)), Run(1, (1, 1, 1))]  # 4 each
    assert pack(runs, 6) == [[Piece(0, 0, 3)], [Piece(1, 0, 3)]]


def test_runs_share_a_page_when_they_fit() -> None:
    assert pack([Run(1, (1, 1)), Run(1, (1, 1))], 6) == [[Piece(0, 0, 2), Piece(1, 0, 2)]]


def test_a_run_longer_than_a_page_continues_with_its_head_repeated() -> None:
    pages = pack([Run(1, (1,) * 7)], 4)  # the head takes a row on every page
    assert pages == [[Piece(0, 0, 3)], [Piece(0, 3, 6)], [Piece(0, 6, 7)]]
    assert [p[0].continued for p in pages] == [False, True, True]


def test_an_item_taller_than_a_page_gets_a_page_of_its_own() -> None:
    assert pack([Run(0, (1, 9, 1))], 4) == [[Piece(0, 0, 1)], [Piece(0, 1, 2)], [Piece(0, 2, 3)]]


def test_no_runs_give_one_empty_page() -> None:
    assert pack([], 10) == [[]]


def test_paginate_goes_across_the_columns_for_each_band_of_rows() -> None:
    rows = [Run(0, (1,) * 10)]
    columns = [Run(0, (1,) * 5), Run(0, (1,) * 5)]
    pages = paginate(rows, columns, height=5, width=6)
    assert len(pages) == 4
    assert [(p.rows[0].start, p.columns[0].run) for p in pages] == [(0, 0), (0, 1), (5, 0), (5, 1)]


def test_flow_keeps_a_heading_with_the_block_after_it() -> None:
    heights = [1, 1, 1, 2, 1]
    keep = [False, False, False, True, False]
    assert flow(heights, 5, keep) == [[0, 1, 2], [3, 4]]


def test_flow_puts_blocks_in_order_on_pages() -> None:
    assert flow([2, 2, 2], 4, [False] * 3) == [[0, 1], [2]]
