"""The two other layouts people use: transposed (a column per letter) and long (a row per pair)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from raci_editor.core.importing.build import CellSpec, MatrixBuilder, RoleSpec
from raci_editor.core.importing.cells import Kind
from raci_editor.core.importing.errors import NoLayoutError
from raci_editor.core.importing.findings import import_note
from raci_editor.core.importing.grid import activity_count, column_name, role_count
from raci_editor.core.importing.legend import LETTER_WORDS
from raci_editor.core.importing.plan import ColumnKind, ImportReport, Layout, RowKind
from raci_editor.core.importing.scheme_pick import pick_scheme, scheme_note
from raci_editor.core.importing.words import says_activity, says_extra
from raci_editor.core.letters import NONE_TEXTS, clean_text
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text, join

if TYPE_CHECKING:
    from raci_editor.core.importing.layout import SheetView
    from raci_editor.core.importing.reader import Imported

SCAN_ROWS = 40
_NAME_SPLIT = re.compile(r"\s*(?:[,;\n、，；]|\band\b)\s*")
_ROLE_WORDS = re.compile(
    r"role|who|person|people|owner|team|stakeholder|member|party|角色|岗位|人员|负责人|"
    r"\brol\b|rolle|rôle|papel|роль|участник",
    re.IGNORECASE,
)
_LETTER_HEADING = re.compile(r"^[RACISDOV]$")


def heading_letter(text: str) -> str | None:
    """``"R"``, ``"Responsible"``, ``"负责"`` -> the letter a column heading stands for."""
    if _LETTER_HEADING.match(text.strip().upper()) and len(text.strip()) == 1:
        return text.strip().upper()
    folded = text.strip().casefold()
    for stem, letter in LETTER_WORDS.items():
        if folded.startswith(stem) and len(folded) <= len(stem) + 8:
            return letter
    return None


def _headings(texts: Sequence[str], seen: dict[str, str | None]) -> list[str | None]:
    """:func:`heading_letter` of each raw cell text, each distinct text read once (in ``seen``).

    The rows a transposed heading is looked for in are mostly letters.
    """
    for text in set(texts).difference(seen):
        seen[text] = heading_letter(clean_text(text))
    return list(map(seen.__getitem__, texts))


def read_transposed(view: SheetView, title: str) -> Imported | None:
    """Columns headed R, A, C, I holding role names; None when the sheet is not laid out so."""
    if view.options.header_row is None and view.options.columns:
        return None
    grid = view.grid
    rows = (
        [view.options.header_row]
        if view.options.header_row is not None
        else range(min(grid.height, SCAN_ROWS))
    )
    seen: dict[str, str | None] = {}
    for header in rows:
        headings = _headings(grid.cells[header], seen)
        letters = {col: letter for col, letter in enumerate(headings) if letter is not None}
        values = list(letters.values())
        if len(set(values)) < 2 or len(set(values)) < len(values) or not set(values) & set("RAD"):
            continue  # a heading names each letter once; a row of letters repeats them
        sample = range(header + 1, min(grid.height, header + 51))
        below = [view.kind(r, c) for r in sample for c in letters]
        filled = [k for k in below if k is not Kind.EMPTY and k is not Kind.NONE]
        if len(filled) < 2 or sum(k is Kind.TEXT for k in filled) * 10 < len(filled) * 6:
            continue
        others = [c for c in range(len(grid.cells[header])) if c not in letters]
        activity = _names_column(view, header, others)
        if activity is None:
            continue
        return _build_transposed(view, title, header, activity, letters)
    return None


def _names_column(view: SheetView, header: int, cols: list[int]) -> int | None:
    grid = view.grid
    best = None
    for col in cols:
        values = [grid.clean(r, col) for r in range(header + 1, grid.height)]
        filled = [v for v in values if v]
        if not filled or says_extra(grid.clean(header, col)):
            continue
        if says_activity(grid.clean(header, col)):
            return col
        if best is None:
            best = col
    return best


def _build_transposed(
    view: SheetView, title: str, header: int, activity: int, letters: dict[int, str]
) -> Imported:
    from raci_editor.core.importing.reader import Imported

    grid = view.grid
    names: list[tuple[str, int]] = []
    roles: dict[str, int] = {}
    pairs: dict[tuple[int, int], list[CellSpec]] = {}
    rows: dict[int, RowKind] = {header: RowKind.HEADER}
    for row in range(header + 1, grid.height):
        name = grid.clean(row, activity)
        if not name:
            continue
        rows[row] = RowKind.ACTIVITY
        index = len(names)
        names.append((name, row))
        for col, letter in letters.items():
            for who in _NAME_SPLIT.split(grid.clean(row, col)):
                if not who or who.casefold() in NONE_TEXTS:
                    continue
                role = roles.setdefault(who, len(roles))
                pairs.setdefault((index, role), []).append(CellSpec(letter, row, col))
    scheme, why = pick_scheme(letters.values(), {}, view.options.scheme)
    builder = MatrixBuilder(title, scheme)
    builder.roles = [RoleSpec(name) for name in roles]
    builder.activities = [(name, "") for name, _ in names]
    builder.cells = pairs
    matrix, findings = builder.build()
    notes = [
        Text(
            QT_TRANSLATE_NOOP(
                "Import",
                "Transposed layout: row {row} heads one column per letter ({letters}) "
                "holding role names.",
            ),
            row=header + 1,
            letters=join(f"{column_name(c)}={ch}" for c, ch in letters.items()),
        ),
        Text(
            QT_TRANSLATE_NOOP("Import", "{roles}, {activities} in column {column}."),
            roles=role_count(len(roles)),
            activities=activity_count(len(names)),
            column=column_name(activity),
        ),
        scheme_note(scheme.name, why),
    ]
    columns = {activity: ColumnKind.ACTIVITY, **{c: ColumnKind.ROLE for c in letters}}
    report = ImportReport(
        source=title,
        sheet=grid.name,
        layout=Layout.TRANSPOSED,
        header_row=header,
        activity_column=activity,
        role_columns=tuple(letters),
        scheme=scheme.name,
        scheme_reason=why,
        columns=columns,
        rows=rows,
        notes=tuple(notes),
    )
    return Imported(matrix, [import_note(notes), *findings], report)


def read_long(view: SheetView, title: str) -> Imported | None:
    """Rows of (activity, role, letters); None when the sheet is not laid out so."""
    if view.options.columns or view.options.header_row is not None:
        return None
    grid = view.grid
    header = next((r for r in range(min(grid.height, SCAN_ROWS)) if not grid.is_blank_row(r)), None)
    if header is None:
        return None
    body = [r for r in range(header + 1, grid.height) if not grid.is_blank_row(r)]
    if len(body) < 2:
        return None
    code_cols = []
    text_cols = []
    for col in range(len(grid.cells[header])):  # a long table names its columns
        kinds = [view.kind(r, col) for r in body]
        filled = [k for k in kinds if k is not Kind.EMPTY]
        codes = sum(k is Kind.CODE for k in filled)
        if codes >= 2:
            code_cols.append(col)  # a grid has several; the long layout exactly one
        if len(filled) * 10 < len(body) * 8:
            continue
        if sum(k is Kind.TEXT for k in filled) * 10 >= len(filled) * 8:
            text_cols.append(col)
    if len(code_cols) != 1 or len(text_cols) < 2:
        return None
    coded = [view.kind(r, code_cols[0]) for r in body]
    if sum(k is Kind.CODE for k in coded) * 10 < len(body) * 8:
        return None
    repeated = [c for c in text_cols if len({grid.clean(r, c) for r in body}) < len(body)]
    if len(repeated) < 2:
        return None
    role = next((c for c in repeated if _ROLE_WORDS.search(grid.clean(header, c))), None)
    if role is None:
        role = min(repeated[:2], key=lambda c: len({grid.clean(r, c) for r in body}))
    activity = next(
        (c for c in repeated if c != role and says_activity(grid.clean(header, c))),
        next(c for c in repeated if c != role),
    )
    group = next(
        (c for c in text_cols if c < activity and c != role and _comes_in_runs(view, body, c)), None
    )
    return _build_long(view, title, header, body, (group, activity, role, code_cols[0]))


def _comes_in_runs(view: SheetView, body: list[int], col: int) -> bool:
    """Whether each value of a column fills one run of rows (blanks continue a run)."""
    runs: list[str] = []
    for row in body:
        value = view.grid.clean(row, col)
        if value and (not runs or runs[-1] != value):
            runs.append(value)
    return len(runs) == len(set(runs)) and len(runs) < len(body)


def _build_long(
    view: SheetView,
    title: str,
    header: int,
    body: list[int],
    cols: tuple[int | None, int, int, int],
) -> Imported:
    from raci_editor.core.importing.reader import Imported

    group_col, activity, role, code = cols
    grid = view.grid
    activities: dict[str, int] = {}
    groups: dict[str, str] = {}
    roles: dict[str, int] = {}
    pairs: dict[tuple[int, int], list[CellSpec]] = {}
    group = ""
    for row in body:
        if group_col is not None:
            group = grid.clean(row, group_col) or group
        name, who = grid.clean(row, activity), grid.clean(row, role)
        if not name or not who:
            continue
        groups.setdefault(name, group)
        a = activities.setdefault(name, len(activities))
        r = roles.setdefault(who, len(roles))
        pairs.setdefault((a, r), []).append(CellSpec(grid.text(row, code), row, code))
    if len(roles) < 2 or len(activities) < 2 or len(pairs) <= len(activities):
        raise NoLayoutError(
            Text(QT_TRANSLATE_NOOP("Import", "the rows do not pair activities with several roles"))
        )
    texts = [s.text for specs in pairs.values() for s in specs]
    scheme, why = pick_scheme(texts, {}, view.options.scheme)
    builder = MatrixBuilder(title, scheme)
    builder.roles = [RoleSpec(name) for name in roles]
    builder.activities = [(name, groups[name]) for name in activities]
    builder.cells = pairs
    matrix, findings = builder.build()
    notes = [
        Text(
            QT_TRANSLATE_NOOP(
                "Import",
                "Long layout: one row per activity and role; activities in column {activity}, "
                "roles in {role}, letters in {letters}.",
            ),
            activity=column_name(activity),
            role=column_name(role),
            letters=column_name(code),
        ),
        Text(
            QT_TRANSLATE_NOOP("Import", "{roles}, {activities}."),
            roles=role_count(len(roles)),
            activities=activity_count(len(activities)),
        ),
        scheme_note(scheme.name, why),
    ]
    report = ImportReport(
        source=title,
        sheet=grid.name,
        layout=Layout.LONG,
        header_row=header,
        activity_column=activity,
        role_columns=(role,),
        scheme=scheme.name,
        scheme_reason=why,
        columns={
            activity: ColumnKind.ACTIVITY,
            role: ColumnKind.ROLE,
            code: ColumnKind.IGNORED,
            **({group_col: ColumnKind.GROUP} if group_col is not None else {}),
        },
        rows={header: RowKind.HEADER, **{r: RowKind.ACTIVITY for r in body}},
        notes=tuple(notes),
    )
    return Imported(matrix, [import_note(notes), *findings], report)
