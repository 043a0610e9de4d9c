"""The importer's entry point: sheets in, matrix + findings + report out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from raci_editor.core.importing.alt_layouts import read_long, read_transposed
from raci_editor.core.importing.body import walk
from raci_editor.core.importing.build import GridCells, MatrixBuilder, RoleSpec
from raci_editor.core.importing.cells import Classifier, is_id_like
from raci_editor.core.importing.errors import NoLayoutError, NoMatrixFoundError
from raci_editor.core.importing.findings import import_note, skipped_row
from raci_editor.core.importing.grid import Grid, column_name
from raci_editor.core.importing.layout import Columns, GridLayout, SheetView, detect
from raci_editor.core.importing.plan import (
    ColumnKind,
    Imported,
    ImportOptions,
    ImportReport,
    Layout,
    RowKind,
)
from raci_editor.core.importing.scheme_pick import AS_CHOSEN, pick_counted, scheme_note
from raci_editor.core.letters import NONE_TEXTS, clean_text, parse_cell
from raci_editor.core.scheme import BUILTIN_SCHEMES, Scheme
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text, join, plural


def import_grids(
    grids: Sequence[Grid], options: ImportOptions | None = None, source: str = ""
) -> Imported:
    """Read the matrix from the best sheet (or ``options.sheet``); NoMatrixFoundError if none."""
    options = options or ImportOptions()
    names = tuple(g.name for g in grids)
    if not grids:
        raise NoMatrixFoundError(Text(QT_TRANSLATE_NOOP("Import", "the file has no sheets")))
    if options.sheet is not None:
        chosen = [g for g in grids if g.name == options.sheet]
        if not chosen:
            raise NoMatrixFoundError(
                Text(
                    QT_TRANSLATE_NOOP("Import", "no sheet named {sheet} (sheets: {sheets})"),
                    sheet=repr(options.sheet),
                    sheets=join(names),
                )
            )
        try:
            return _finish(import_sheet(chosen[0], options, source), names, AS_CHOSEN)
        except NoLayoutError as exc:
            raise NoMatrixFoundError(
                Text(
                    QT_TRANSLATE_NOOP("Import", "sheet {sheet}: {reason}"),
                    sheet=repr(options.sheet),
                    reason=exc.message,
                )
            ) from None
    results: list[Imported] = []
    reasons: list[Text] = []
    for grid in grids:
        try:
            results.append(import_sheet(grid, options, source))
        except NoLayoutError as exc:
            reason = exc.message
            if len(grids) > 1:
                reason = Text(
                    QT_TRANSLATE_NOOP("Import", "{sheet}: {reason}"), sheet=grid.name, reason=reason
                )
            reasons.append(reason)
    if not results:
        raise NoMatrixFoundError(_no_matrix(reasons))
    best = max(results, key=lambda r: r.letter_count)  # the first of equals
    if len(grids) == 1:
        why = Text(QT_TRANSLATE_NOOP("Import", "the only sheet"))
    elif len(results) == 1:
        why = Text(QT_TRANSLATE_NOOP("Import", "the only sheet with a matrix"))
    else:
        why = Text(QT_TRANSLATE_NOOP("Import", "the most letters ({n})"), n=best.letter_count)
    return _finish(best, names, why)


def _no_matrix(reasons: list[Text]) -> Text:
    """Why no sheet holds a matrix: the first three sheets' reasons and how many more there are."""
    shown = reasons[:3]
    out = shown[-1]
    for reason in reversed(shown[:-1]):
        out = Text(QT_TRANSLATE_NOOP("Import", "{first}; {rest}"), first=reason, rest=out)
    if len(reasons) > 3:
        out = Text(
            QT_TRANSLATE_NOOP("Import", "{reasons}; and {n} more sheets"),
            reasons=out,
            n=len(reasons) - 3,
        )
    return out


def _finish(imported: Imported, names: tuple[str, ...], why: Text) -> Imported:
    report = imported.report
    assert report is not None
    line = Text(
        QT_TRANSLATE_NOOP("Import", "Sheet {sheet} was read ({reason})."),
        sheet=repr(report.sheet),
        reason=why,
    )
    report = replace(report, sheets=names, sheet_reason=why, notes=(line, *report.notes))
    findings = [
        import_note((line, f.message)) if f.rule == "import" else f for f in imported.findings
    ]
    return Imported(imported.matrix, findings, report)


def import_sheet(grid: Grid, options: ImportOptions, source: str) -> Imported:
    """Read one sheet; NoLayoutError when it holds no matrix."""
    title = _title(source)
    view = SheetView(grid, Classifier(), options)
    special = read_transposed(view, title) or read_long(view, title)
    if special is not None:
        return special
    layout = detect(view)
    return _read_grid(view, layout, title)


def _read_grid(view: SheetView, layout: GridLayout, title: str) -> Imported:
    grid = view.grid
    body = walk(view, layout)
    if not body.entries:
        raise NoLayoutError(Text(QT_TRANSLATE_NOOP("Import", "no activity rows under the header")))
    legend = {p.letter: p.word for pairs in view.legend_rows.values() for p in pairs}
    role_columns = Columns(layout.role_cols)
    cell_rows = [view.texts_at(e.row, role_columns) for e in body.entries]
    counts: Counter[str] = Counter()
    for texts in cell_rows:
        counts.update(texts)  # counted in C
    scheme, scheme_why = pick_counted(counts, legend, view.options.scheme)
    forced = set(view.options.columns.values())
    _check_plausible(
        counts, [e.name for e in body.entries], scheme, ColumnKind.ACTIVITY not in forced
    )
    if not forced:  # the user's own choices are taken as they are
        _check_roles(view, layout, [e.row for e in body.entries], (scheme, legend))
    groups = _role_groups(view, layout)
    builder = MatrixBuilder(title, scheme)
    unnamed = 0
    for index, col in enumerate(layout.role_cols):
        name = grid.clean(layout.header_row, col) if layout.header_row is not None else ""
        if not name:
            unnamed += 1
            name = f"Role {index + 1}"  # data in the user's matrix: English, not translated
        builder.roles.append(RoleSpec(name, groups.get(col, "")))
    builder.activities = [(entry.name, entry.group) for entry in body.entries]
    builder.grid_cells = GridCells(
        [e.row for e in body.entries], tuple(layout.role_cols), cell_rows
    )
    matrix, cell_findings = builder.build()
    if not any(groups.values()):
        layout.group_header_row = None  # what looked like groups was a title
    notes = _layout_notes(view, layout, len(body.entries), unnamed)
    notes.append(scheme_note(scheme.name, scheme_why))
    notes += body.notes
    findings = [import_note(notes)]
    findings += [skipped_row(row + 1) for row in body.skipped]
    findings += cell_findings
    columns = {layout.activity_col: ColumnKind.ACTIVITY}
    columns.update({c: ColumnKind.ROLE for c in layout.role_cols})
    columns.update({c: ColumnKind.IGNORED for c in layout.ignored_cols})
    if layout.group_col is not None:
        columns[layout.group_col] = ColumnKind.GROUP
    report = ImportReport(
        source=title,
        sheet=grid.name,
        layout=Layout.GRID,
        header_row=layout.header_row,
        activity_column=layout.activity_col,
        role_columns=tuple(layout.role_cols),
        scheme=scheme.name,
        scheme_reason=scheme_why,
        columns=columns,
        rows=dict(sorted(body.rows.items())),
        notes=tuple(notes),
    )
    return Imported(matrix, findings, report)


def _check_plausible(
    texts: Mapping[str, int], names: list[str], scheme: Scheme, check_names: bool = True
) -> None:
    """NoLayoutError for a sheet that only looks like a matrix (a timetable of course codes).

    ``texts`` counts the cells under the roles (text -> how many cells hold it).
    """
    counts = {t: n for t, n in texts.items() if clean_text(t).casefold() not in NONE_TEXTS}
    filled = sum(counts.values())
    unknown = sum(n for t, n in counts.items() if parse_cell(t, scheme).unknown)
    if filled and unknown * 2 > filled:
        raise NoLayoutError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "most cells under the roles ({unknown} of {filled}) are not letters "
                    "of a RACI-like scheme",
                ),
                unknown=unknown,
                filled=filled,
            )
        )
    if check_names and sum(map(is_id_like, names)) * 5 >= len(names) * 4:
        raise NoLayoutError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Import", "the activity column holds numbers or times, not activity names"
                )
            )
        )


def _check_roles(
    view: SheetView,
    layout: GridLayout,
    rows: list[int],
    scheme_legend: tuple[Scheme, dict[str, str]],
) -> None:
    """NoLayoutError for columns of codes that are not a RACI matrix (M/F, B/S, one column)."""
    scheme, legend = scheme_legend
    grid, cols = view.grid, layout.role_cols
    if len(cols) == 1 and (
        layout.header_row is None
        or not grid.clean(layout.header_row, cols[0])
        or layout.ignored_cols
    ):
        raise NoLayoutError(
            Text(QT_TRANSLATE_NOOP("Import", "only one column holds letters, among other data"))
        )
    if scheme.is_builtin or set(scheme.alphabet) <= set(legend):
        return
    builtin = set("".join(s.alphabet for s in BUILTIN_SCHEMES.values()))
    for letter in set(scheme.alphabet) - builtin:
        used = sum(any(letter in grid.clean(r, c).upper() for r in rows) for c in cols)
        if used < 2:
            raise NoLayoutError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "the codes under the roles ({codes}) are not shared "
                        "by the roles as RACI letters are",
                    ),
                    codes=join(scheme.alphabet),
                )
            )


def _layout_notes(view: SheetView, layout: GridLayout, activities: int, unnamed: int) -> list[str]:
    """What the importer decided, one sentence (a :class:`Text`) each."""
    grid = view.grid
    cols = layout.role_cols
    notes: list[str] = []
    if layout.header_row is None:
        notes.append(
            Text(QT_TRANSLATE_NOOP("Import", "No header row was found: the roles are numbered."))
        )
    elif layout.group_header_row is None:
        notes.append(
            Text(
                QT_TRANSLATE_NOOP("Import", "Role names are on row {row}."),
                row=layout.header_row + 1,
            )
        )
    else:
        notes.append(
            Text(
                QT_TRANSLATE_NOOP(
                    "Import", "Role names are on row {row}, their groups on row {groups}."
                ),
                row=layout.header_row + 1,
                groups=layout.group_header_row + 1,
            )
        )
    notes.append(
        plural(
            len(cols),
            QT_TRANSLATE_NOOP(
                "Import", "1 role in column {first}; activities in column {activity}."
            ),
            QT_TRANSLATE_NOOP(
                "Import", "{n} roles in columns {first}–{last}; activities in column {activity}."
            ),
            first=column_name(cols[0]),
            last=column_name(cols[-1]),
            activity=column_name(layout.activity_col),
        )
    )
    if unnamed:
        notes.append(
            plural(
                unnamed,
                QT_TRANSLATE_NOOP("Import", "1 role column without a name: called Role N."),
                QT_TRANSLATE_NOOP("Import", "{n} role columns without a name: called Role N."),
            )
        )
    if layout.group_col is not None:
        notes.append(
            Text(
                QT_TRANSLATE_NOOP("Import", "Activity groups come from column {column}."),
                column=column_name(layout.group_col),
            )
        )
    if layout.ignored_cols:
        named = join(_column_text(grid, layout, c) for c in layout.ignored_cols)
        notes.append(
            Text(QT_TRANSLATE_NOOP("Import", "Columns not used: {columns}."), columns=named)
        )
    notes.append(
        plural(
            activities,
            QT_TRANSLATE_NOOP("Import", "1 activity."),
            QT_TRANSLATE_NOOP("Import", "{n} activities."),
        )
    )
    return notes


def _column_text(grid: Grid, layout: GridLayout, col: int) -> str:
    """``E (Status)``: a column's letters and its header, or the letters alone."""
    header = _header_text(grid, layout, col)
    if not header:
        return column_name(col)
    return Text(
        QT_TRANSLATE_NOOP("Import", "{column} ({header})"), column=column_name(col), header=header
    )


def _header_text(grid: Grid, layout: GridLayout, col: int) -> str:
    for row in (layout.header_row, layout.group_header_row):
        if row is not None and grid.clean(row, col):
            return grid.clean(row, col)
    return ""


def _role_groups(view: SheetView, layout: GridLayout) -> dict[int, str]:
    """Each role column's group from the group header row: merged cells, else filled rightwards."""
    row = layout.group_header_row
    if row is None:
        return {}
    grid = view.grid
    merged_row = any(m.first_row <= row <= m.last_row for m in grid.merges)
    groups: dict[int, str] = {}
    current = ""
    for col in layout.role_cols:
        text = grid.clean(row, col)
        if not text:
            merge = grid.merge_at(row, col)
            if merge is not None:
                text = grid.clean(merge.first_row, merge.first_col)
            elif not merged_row:
                text = current
        groups[col] = text
        current = text
    values = [g for g in groups.values() if g]
    if len(set(values)) == len(values) and len(values) > 1:
        return {}  # a name per column is a second header row, not groups
    if len(set(values)) == 1 and len(values) == len(groups) > 1:
        return {}  # one band over every role is a title ("Roles"), not a grouping
    return groups


def _title(source: str) -> str:
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    for suffix in (".xlsx", ".xlsm", ".xls", ".ods", ".csv"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name or "Imported matrix"  # the matrix's title (data): English, not translated


__all__ = ["Imported", "NoMatrixFoundError", "RowKind", "import_grids", "import_sheet"]
