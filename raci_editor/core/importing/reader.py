"""The importer's entry point: sheets in, matrix + findings + report out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from raci_editor.core.importing.alt_layouts import read_long, read_transposed
from raci_editor.core.importing.body import walk
from raci_editor.core.importing.build import CellSpec, MatrixBuilder, RoleSpec
from raci_editor.core.importing.cells import Classifier, is_id_like
from raci_editor.core.importing.errors import NoLayoutError, NoMatrixFoundError
from raci_editor.core.importing.findings import skipped_row
from raci_editor.core.importing.grid import Grid, column_name, count
from raci_editor.core.importing.layout import GridLayout, SheetView, detect
from raci_editor.core.importing.plan import ColumnKind, ImportOptions, ImportReport, Layout, RowKind
from raci_editor.core.importing.scheme_pick import pick_scheme
from raci_editor.core.letters import NONE_TEXTS, clean_text, parse_cell
from raci_editor.core.model import Matrix
from raci_editor.core.rules import RULES, Finding
from raci_editor.core.scheme import BUILTIN_SCHEMES, Scheme


@dataclass
class Imported:
    """The matrix read from a sheet, the findings met on the way and the report."""

    matrix: Matrix
    findings: list[Finding] = field(default_factory=list)
    report: ImportReport | None = None

    @property
    def letter_count(self) -> int:
        """How many cells hold letters (what makes one sheet a better guess than another)."""
        return sum(len(row) for row in self.matrix.letters.values())


def import_grids(
    grids: Sequence[Grid], options: ImportOptions | None = None, source: str = ""
) -> Imported:
    """Read the matrix from the best sheet (or ``options.sheet``); NoMatrixFoundError if none."""
    options = options or ImportOptions()
    names = tuple(g.name for g in grids)
    if not grids:
        raise NoMatrixFoundError("the file has no sheets")
    if options.sheet is not None:
        chosen = [g for g in grids if g.name == options.sheet]
        if not chosen:
            raise NoMatrixFoundError(
                f"no sheet named {options.sheet!r} (sheets: {', '.join(names)})"
            )
        try:
            return _finish(import_sheet(chosen[0], options, source), names, "as chosen")
        except NoLayoutError as exc:
            raise NoMatrixFoundError(f"sheet {options.sheet!r}: {exc}") from None
    results: list[Imported] = []
    reasons: list[str] = []
    for grid in grids:
        try:
            results.append(import_sheet(grid, options, source))
        except NoLayoutError as exc:
            reasons.append(f"{grid.name}: {exc}" if len(grids) > 1 else str(exc))
    if not results:
        more = f"; and {len(reasons) - 3} more sheets" if len(reasons) > 3 else ""
        raise NoMatrixFoundError("; ".join(reasons[:3]) + more)
    best = max(results, key=lambda r: r.letter_count)  # the first of equals
    if len(grids) == 1:
        why = "the only sheet"
    elif len(results) == 1:
        why = "the only sheet with a matrix"
    else:
        why = f"the most letters ({best.letter_count})"
    return _finish(best, names, why)


def _finish(imported: Imported, names: tuple[str, ...], why: str) -> Imported:
    report = imported.report
    assert report is not None
    line = f"Sheet {report.sheet!r} was read ({why})."
    report = replace(report, sheets=names, sheet_reason=why, notes=(line, *report.notes))
    findings = [
        _note(f"{line} {f.message}") if f.rule == "import" else f for f in imported.findings
    ]
    return Imported(imported.matrix, findings, report)


def _note(text: str) -> Finding:
    return Finding("import", RULES["import"].severity, text)


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
        raise NoLayoutError("no activity rows under the header")
    legend = {p.letter: p.word for pairs in view.legend_rows.values() for p in pairs}
    texts = [grid.text(e.row, c) for e in body.entries for c in layout.role_cols]
    scheme, scheme_why = pick_scheme(texts, legend, view.options.scheme)
    forced = set(view.options.columns.values())
    _check_plausible(
        texts, [e.name for e in body.entries], scheme, ColumnKind.ACTIVITY not in forced
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
            name = f"Role {index + 1}"
        builder.roles.append(RoleSpec(name, groups.get(col, "")))
    for a, entry in enumerate(body.entries):
        builder.activities.append((entry.name, entry.group))
        for r, col in enumerate(layout.role_cols):
            text = grid.text(entry.row, col)
            if text.strip():
                builder.cells[(a, r)] = [CellSpec(text, entry.row, col)]
    matrix, cell_findings = builder.build()
    if not any(groups.values()):
        layout.group_header_row = None  # what looked like groups was a title
    notes = _layout_notes(view, layout, len(body.entries), unnamed, f"{scheme.name}: {scheme_why}")
    notes += body.notes
    findings = [_note(" ".join(notes))]
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
    texts: list[str], names: list[str], scheme: Scheme, check_names: bool = True
) -> None:
    """NoLayoutError for a sheet that only looks like a matrix (a timetable of course codes)."""
    counts = Counter(t for t in texts if clean_text(t).casefold() not in NONE_TEXTS)
    filled = counts.total()
    unknown = sum(n for t, n in counts.items() if parse_cell(t, scheme).unknown)
    if filled and unknown * 2 > filled:
        raise NoLayoutError(
            f"most cells under the roles ({unknown} of {filled}) are not letters "
            f"of a RACI-like scheme"
        )
    if check_names and sum(map(is_id_like, names)) * 5 >= len(names) * 4:
        raise NoLayoutError("the activity column holds numbers or times, not activity names")


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
        raise NoLayoutError("only one column holds letters, among other data")
    if scheme.is_builtin or set(scheme.alphabet) <= set(legend):
        return
    builtin = set("".join(s.alphabet for s in BUILTIN_SCHEMES.values()))
    for letter in set(scheme.alphabet) - builtin:
        used = sum(any(letter in grid.clean(r, c).upper() for r in rows) for c in cols)
        if used < 2:
            raise NoLayoutError(
                f"the codes under the roles ({', '.join(scheme.alphabet)}) are not shared "
                "by the roles as RACI letters are"
            )


def _layout_notes(
    view: SheetView, layout: GridLayout, activities: int, unnamed: int, scheme: str
) -> list[str]:
    """What the importer decided, one sentence each."""
    grid = view.grid
    cols = layout.role_cols
    notes = []
    if layout.header_row is not None:
        where = f"Role names are on row {layout.header_row + 1}"
        if layout.group_header_row is not None:
            where += f", their groups on row {layout.group_header_row + 1}"
        notes.append(where + ".")
    else:
        notes.append("No header row was found: the roles are numbered.")
    span = (
        f"{column_name(cols[0])}–{column_name(cols[-1])}" if len(cols) > 1 else column_name(cols[0])
    )
    notes.append(
        f"{count(len(cols), 'role')} in {'columns' if len(cols) > 1 else 'column'} {span}; "
        f"activities in column {column_name(layout.activity_col)}."
    )
    if unnamed:
        notes.append(f"{count(unnamed, 'role column')} without a name: called Role N.")
    if layout.group_col is not None:
        notes.append(f"Activity groups come from column {column_name(layout.group_col)}.")
    if layout.ignored_cols:
        named = ", ".join(
            column_name(c) + (f" ({t})" if (t := _header_text(grid, layout, c)) else "")
            for c in layout.ignored_cols
        )
        notes.append(f"Columns not used: {named}.")
    notes.append(f"{count(activities, 'activity')}.")
    notes.append(f"Scheme {scheme}.")
    return notes


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
    return name or "Imported matrix"


__all__ = ["Imported", "NoMatrixFoundError", "RowKind", "import_grids", "import_sheet"]
