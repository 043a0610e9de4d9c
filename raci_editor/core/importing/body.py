"""Walk the rows under the header: activities, group rows, legends, totals, the matrix's end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from raci_editor.core.importing.cells import Kind, has_letterish, is_letterish
from raci_editor.core.importing.layout import Columns, GridLayout, SheetView
from raci_editor.core.importing.plan import RowKind
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text, join


@dataclass
class Entry:
    """One activity row, with its group and the sheet row it came from."""

    row: int
    name: str
    group: str


@dataclass
class Body:
    """The activities of a sheet in order, and what every row was taken as."""

    entries: list[Entry] = field(default_factory=list)
    rows: dict[int, RowKind] = field(default_factory=dict)
    skipped: list[int] = field(default_factory=list)
    """Rows with letters but no activity name (their letters are lost: a warning)."""
    notes: list[str] = field(default_factory=list)
    """What was decided about rows, one sentence (a :class:`Text`) each."""


@dataclass
class _Candidate:
    """A row with a name and nothing else: a group heading or an activity without letters."""

    row: int
    name: str
    left: bool
    """The name sits left of the activity column (e.g. in the number column)."""


def walk(view: SheetView, layout: GridLayout) -> Body:
    """Classify each row from the header down and collect the activities."""
    walker = _Walker(view, layout)
    return walker.run()


class _Walker:
    """The state of one walk down the rows."""

    def __init__(self, view: SheetView, layout: GridLayout) -> None:
        self.view = view
        self.layout = layout
        self.role_columns = Columns(layout.role_cols)
        self.body = Body()
        self.items: list[Entry | _Candidate] = []
        self.totals: list[int] = []
        self.legends: list[int] = []
        self.blank_before = False

    def run(self) -> Body:
        grid, layout, body = self.view.grid, self.layout, self.body
        for row in (layout.header_row, layout.group_header_row):
            if row is not None:
                kind = RowKind.HEADER if row == layout.header_row else RowKind.ROLE_GROUPS
                body.rows[row] = kind
        top = min(
            r
            for r in (layout.header_row, layout.group_header_row, layout.first_row)
            if r is not None
        )
        for row in range(top):
            if not grid.is_blank_row(row):
                body.rows[row] = RowKind.OUTSIDE
        for row in range(layout.first_row, grid.height):
            if row not in body.rows and not self.visit(row):
                self._end(row)
                break
        _resolve(self.view, layout, self.items, body)
        if self.totals:
            body.notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Import", "{rows} skipped: numbers under the roles (totals or counts)."
                    ),
                    rows=_rows_text(self.totals),
                )
            )
        if self.legends:
            body.notes.append(
                Text(
                    QT_TRANSLATE_NOOP("Import", "{rows} skipped: the legend."),
                    rows=_rows_text(self.legends),
                )
            )
        return body

    def visit(self, row: int) -> bool:
        """Take one row; False when the matrix ended above it."""
        view, layout, body = self.view, self.layout, self.body
        kinds = view.kinds_at(row, self.role_columns)
        has_letters = has_letterish(kinds)
        name = view.grid.clean(row, layout.activity_col)
        group = view.grid.clean(row, layout.group_col) if layout.group_col is not None else ""
        if row in view.legend_rows and not _letters_outside_pairs(view, row, layout):
            body.rows[row] = RowKind.LEGEND
            self.legends.append(row)
            return True
        role_texts = kinds.count(Kind.TEXT)
        role_numbers = kinds.count(Kind.NUMBER)
        if row > layout.last_letter_row:
            if not (name or group or has_letters) and (
                view.grid.is_blank_row(row) or _only_numbers(view, row)
            ):
                self.blank_before = True
                return True
            if self.blank_before or not name:
                return False
        if not has_letters and role_numbers and role_numbers >= role_texts:
            body.rows[row] = RowKind.SKIPPED
            self.totals.append(row)
            return True
        if not has_letters and role_texts >= 2:
            if self.items and self.blank_before:
                return False
            body.rows[row] = RowKind.SKIPPED
            body.notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Import", "Row {row} was skipped: words, not letters, under the roles."
                    ),
                    row=row + 1,
                )
            )
            return True
        if not name and not group:
            self._nameless(row, has_letters, role_texts)
            return True
        self.blank_before = False
        if not name:  # only a group name: it starts a block
            self.items.append(_Candidate(row, group, left=True))
        elif has_letters or role_texts or layout.group_col is not None:
            self.items.append(Entry(row, name, group))
        else:
            self.items.append(_Candidate(row, name, left=False))
        return True

    def _nameless(self, row: int, has_letters: bool, role_texts: int) -> None:
        """A row without an activity name: lost letters, a section title on the left, or blank."""
        left = _left_name(self.view, row, self.layout)
        if has_letters:
            self.body.rows[row] = RowKind.SKIPPED
            self.body.skipped.append(row)
        elif left and not role_texts:
            self.items.append(_Candidate(row, left, left=True))
        self.blank_before = not has_letters and not left

    def _end(self, ended_at: int) -> None:
        """Mark everything from ``ended_at`` down as outside the matrix."""
        grid, body = self.view.grid, self.body
        for row in range(ended_at, grid.height):
            if not grid.is_blank_row(row):
                body.rows.setdefault(row, RowKind.OUTSIDE)
        last = max((r for r, k in body.rows.items() if k is RowKind.OUTSIDE), default=ended_at)
        body.notes.append(
            Text(
                QT_TRANSLATE_NOOP("Import", "{rows} below the matrix ignored."),
                rows=_rows_text(list(range(ended_at, last + 1))),
            )
        )


def _letters_outside_pairs(view: SheetView, row: int, layout: GridLayout) -> bool:
    pair_cols = view.legend_cols(row)
    return any(is_letterish(view.kind(row, c)) for c in layout.role_cols if c not in pair_cols)


def _only_numbers(view: SheetView, row: int) -> bool:
    """A row that only carries numbers (a numbered but unused row)."""
    return all(
        not view.grid.text(row, c).strip() or view.kind(row, c) is Kind.NUMBER
        for c in range(len(view.grid.cells[row]))
    )


def _left_name(view: SheetView, row: int, layout: GridLayout) -> str:
    """Text left of the activity column (a section title in the number column)."""
    for col in range(layout.activity_col):
        text = view.grid.clean(row, col)
        if text and view.kind(row, col) is Kind.TEXT:
            return text
    return ""


def _resolve(
    view: SheetView, layout: GridLayout, items: list[Entry | _Candidate], body: Body
) -> None:
    """Decide which name-only rows are group headings, then give every activity its group."""
    groups = _heading_rows(view, layout, items)
    current = ""
    for index, item in enumerate(items):
        if isinstance(item, Entry):
            body.rows[item.row] = RowKind.ACTIVITY
            current = item.group or current
            body.entries.append(Entry(item.row, item.name, current))
            continue
        if (item.row in groups and _has_activity_after(items, index, groups)) or (
            item.left and layout.group_col is not None
        ):
            body.rows[item.row] = RowKind.GROUP
            current = item.name
        else:
            body.rows[item.row] = RowKind.ACTIVITY
            body.entries.append(Entry(item.row, item.name, current))


def _has_activity_after(items: list[Entry | _Candidate], index: int, groups: set[int]) -> bool:
    """Whether the next item is an activity (not another heading, not the end)."""
    following = items[index + 1] if index + 1 < len(items) else None
    return following is not None and (isinstance(following, Entry) or following.row not in groups)


def _heading_rows(view: SheetView, layout: GridLayout, items: list[Entry | _Candidate]) -> set[int]:
    """The name-only rows that head a block of activities.

    Formatting decides where the file has it (group rows are bold or filled,
    activity rows are not); otherwise a name-only row heads a block unless it
    shares an extra-column value (a status such as "Planned") with activities.
    """
    candidates = [i for i in items if isinstance(i, _Candidate)]
    if not candidates:
        return set()
    if layout.group_col is not None:
        return {c.row for c in candidates if c.left}
    style = view.grid.style
    if style is not None:
        activity_styles = Counter(
            style(i.row, layout.activity_col) for i in items[:200] if isinstance(i, Entry)
        )
        if activity_styles:
            usual = activity_styles.most_common(1)[0][0]
            styled = {
                c.row for c in candidates if style(c.row, _name_col(c, view, layout)) != usual
            }
            if styled:
                return styled | {c.row for c in candidates if c.left}
    shared = _shared_extra_values(view, layout, items)
    return {
        c.row
        for c in candidates
        if c.left
        or not any((col, view.grid.clean(c.row, col)) in shared for col in layout.ignored_cols)
    }


def _name_col(candidate: _Candidate, view: SheetView, layout: GridLayout) -> int:
    if not candidate.left:
        return layout.activity_col
    for col in range(layout.activity_col):
        if view.grid.clean(candidate.row, col):
            return col
    return layout.activity_col


def _shared_extra_values(
    view: SheetView, layout: GridLayout, items: list[Entry | _Candidate]
) -> set[tuple[int, str]]:
    """Extra-column values that two or more activity rows share (``Completed``, ``High``)."""
    counts: Counter[tuple[int, str]] = Counter()
    for item in items:
        if isinstance(item, Entry):
            for col in layout.ignored_cols:
                value = view.grid.clean(item.row, col)
                if value:
                    counts[(col, value)] += 1
    return {key for key, n in counts.items() if n >= 2}


def _rows_text(rows: list[int]) -> Text:
    """``[22, 23, 24]`` -> ``Rows 23–25``; ``[5]`` -> ``Row 6``; ``[0, 3]`` -> ``Rows 1, 4``."""
    if len(rows) == 1:
        return Text(QT_TRANSLATE_NOOP("Import", "Row {row}"), row=rows[0] + 1)
    if rows[-1] - rows[0] == len(rows) - 1:
        return Text(
            QT_TRANSLATE_NOOP("Import", "Rows {first}–{last}"), first=rows[0] + 1, last=rows[-1] + 1
        )
    return Text(QT_TRANSLATE_NOOP("Import", "Rows {rows}"), rows=join(str(r + 1) for r in rows))
