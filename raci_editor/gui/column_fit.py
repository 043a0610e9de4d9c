"""Sizing the grid's columns to their contents, quickly even for a big matrix.

Qt's ``resizeColumnsToContents`` asks the delegate about every cell of the
first thousand rows, each answer about ten calls of the model's ``data()``:
for 200 roles, seconds. A role cell's size depends on its text alone, so a
big matrix is measured as Qt would (the same rows, and the header), but once
per distinct text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from raci_editor.gui.matrix_model import ACTIVITY, GROUP, SUMMARY, MatrixModel

EXACT_FIT_CELLS = 20_000
"""Up to this many cells Qt measures every one (``resizeColumnsToContents``)."""
SAMPLE_ROWS = 1000
"""How many rows Qt measures to fit a column (``QHeaderView.resizeContentsPrecision``)."""


def fit_columns(view: QTableView, model: MatrixModel) -> None:
    """Size every column of ``view`` to its cells' texts and its header."""
    if model.rowCount() * model.columnCount() <= EXACT_FIT_CELLS:
        view.resizeColumnsToContents()
        return
    header = view.horizontalHeader()
    top = max(view.verticalHeader().visualIndexAt(0), 0)
    start = max(min(top, model.rowCount() - SAMPLE_ROWS), 0)
    texts = column_texts(model, range(start, min(start + SAMPLE_ROWS, model.rowCount())))
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    delegate = view.itemDelegate()
    grid = 1 if view.showGrid() else 0
    widths: dict[tuple[bool, str], int] = {}
    """(a role column?, text) -> width: role cells differ in their text alone."""

    def width(row: int, column: int, text: str) -> int:
        key = (column < model.role_column_count, text)
        if key not in widths or not key[0]:
            widths[key] = delegate.sizeHint(option, model.index(row, column)).width()
        return widths[key]

    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        rows = texts.get(column, {})
        content = max((width(r, column, text) for text, r in rows.items()), default=0)
        size = max(content + grid, header.sectionSizeHint(column))
        header.resizeSection(
            column, max(header.minimumSectionSize(), min(size, header.maximumSectionSize()))
        )


def column_texts(model: MatrixModel, rows: Sequence[int]) -> dict[int, dict[str, int]]:
    """Column -> each distinct text its cells show in ``rows`` -> the first such row.

    Group rows and empty cells show ``""``. An activity's cells are compared
    as a set of (role, letters) pairs, so a row costs a few steps, not one
    per cell; only the count cells are asked for their data.
    """
    n_roles, n_columns = model.role_column_count, model.columnCount()
    texts: dict[int, dict[str, int]] = {c: {} for c in range(n_columns)}
    column_of = {model.role_at(c).id: c for c in range(n_roles)}
    matrix = model.matrix
    seen: set[tuple[str, str]] = set()
    blank = set(column_of)
    """Roles not yet found empty in a row."""
    for row in rows:
        kind = model.row_kind(row)
        activity = model.activity_at(row) if kind == ACTIVITY else None
        if activity is not None:
            cells = matrix.row(activity.id)
            for role_id, letters in cells.items() - seen:
                column = column_of.get(role_id)
                if column is not None:
                    texts[column].setdefault(matrix.scheme.display(letters), row)
            seen.update(cells.items())
            for role_id in blank.difference(cells):
                texts[column_of[role_id]].setdefault("", row)
            blank.intersection_update(cells)
        elif kind == GROUP:
            for column in range(n_roles):
                texts[column].setdefault("", row)
        for column in range(0 if kind == SUMMARY else n_roles, n_columns):  # counts: ask
            text = model.index(row, column).data()
            texts[column].setdefault(str(text) if text is not None else "", row)
    return texts
