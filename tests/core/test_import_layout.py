"""The importer's decisions on sheets built in memory, and the user's overrides of them."""

from __future__ import annotations

import pytest

from raci_editor.core.importing import (
    CellRange,
    ColumnKind,
    Grid,
    Imported,
    ImportOptions,
    Layout,
    NoMatrixFoundError,
    RowKind,
    import_grids,
    make_grid,
)

Rows = list[list[str]]


def read(rows: Rows, options: ImportOptions | None = None, **grid: object) -> Imported:
    return import_grids([make_grid("Sheet1", rows, **grid)], options, "team.xlsx")  # type: ignore[arg-type]


def table(result: Imported) -> list[tuple[str, str, list[str]]]:
    """(group, activity, letters per role) for every activity."""
    m = result.matrix
    return [(a.group, a.name, [m.row(a.id).get(r.id, "") for r in m.roles]) for a in m.activities]


def role_names(result: Imported) -> list[str]:
    return [r.name for r in result.matrix.roles]


BASIC: Rows = [
    ["Activity", "Boss", "Dev", "QA"],
    ["Plan", "A", "R", "C"],
    ["Build", "I", "A", "R"],
    ["Test", "", "C", "A/R"],
]


def test_a_plain_grid_and_its_report() -> None:
    result = read(BASIC)
    assert role_names(result) == ["Boss", "Dev", "QA"]
    assert table(result)[2] == ("", "Test", ["", "C", "RA"])
    report = result.report
    assert report is not None
    assert (report.layout, report.header_row, report.activity_column) == (Layout.GRID, 0, 0)
    assert report.role_columns == (1, 2, 3)
    assert report.rows[0] is RowKind.HEADER
    assert [report.rows[r] for r in (1, 2, 3)] == [RowKind.ACTIVITY] * 3
    assert report.columns == {0: ColumnKind.ACTIVITY, **{c: ColumnKind.ROLE for c in (1, 2, 3)}}
    [note] = [f for f in result.findings if f.rule == "import"]
    assert "Sheet 'Sheet1' was read (the only sheet)." in note.message
    assert "3 roles in columns B–D; activities in column A." in note.message


def test_a_spacer_column_between_role_groups_does_not_split_the_roles() -> None:
    rows = [["Task", "PM", "Dev", "", "Legal", "Ops"], ["Plan", "A", "R", "", "C", "I"]]
    result = read(rows)
    assert role_names(result) == ["PM", "Dev", "Legal", "Ops"]
    assert table(result) == [("", "Plan", ["A", "R", "C", "I"])]


def test_a_stray_letter_in_the_title_block_is_not_the_first_activity() -> None:
    rows = [["RACI chart", "", "Version:", "A"], ["Project X"], *BASIC]
    result = read(rows)
    assert role_names(result) == ["Boss", "Dev", "QA"]
    assert [a.name for a in result.matrix.activities] == ["Plan", "Build", "Test"]


def test_one_band_over_every_role_is_a_title_not_a_group() -> None:
    rows = [["", "Launch roles", "", ""], *BASIC]
    result = read(rows, merges=[CellRange(0, 1, 0, 3)])
    assert [r.group for r in result.matrix.roles] == ["", "", ""]


def test_x_marks_make_a_custom_scheme() -> None:
    rows = [["Activity", "Boss", "Dev"], ["Plan", "X", ""], ["Build", "", "x"]]
    result = read(rows)
    assert result.matrix.scheme.alphabet == "X"
    assert table(result) == [("", "Plan", ["X", ""]), ("", "Build", ["", "X"])]


def test_a_group_column_an_id_column_and_a_status_column() -> None:
    rows = [
        ["ID", "Phase", "Activity", "Status", "Boss", "Dev"],
        ["1", "Plan", "Scope", "Done", "A", "R"],
        ["2", "Plan", "Budget", "Done", "A", "C"],
        ["3", "Build", "Code", "Open", "I", "A/R"],
    ]
    result = read(rows)
    assert role_names(result) == ["Boss", "Dev"]
    assert table(result) == [
        ("Plan", "Scope", ["A", "R"]),
        ("Plan", "Budget", ["A", "C"]),
        ("Build", "Code", ["I", "RA"]),
    ]
    assert result.report is not None
    assert result.report.columns[3] is ColumnKind.IGNORED
    assert result.report.columns[1] is ColumnKind.GROUP


def test_name_only_rows_head_groups_and_a_last_one_without_activities_stays_an_activity() -> None:
    rows = [
        ["Activity", "Boss", "Dev"],
        ["Phase 1", "", ""],
        ["Plan", "A", "R"],
        ["Phase 2", "", ""],
        ["Ship", "A", "R"],
        ["Retro", "", ""],
    ]
    assert table(read(rows)) == [
        ("Phase 1", "Plan", ["A", "R"]),
        ("Phase 2", "Ship", ["A", "R"]),
        ("Phase 2", "Retro", ["", ""]),
    ]


def test_a_name_only_row_sharing_a_status_with_activities_is_an_activity() -> None:
    rows = [
        ["Task", "Status", "Boss", "Dev"],
        ["Kick-off", "", "", ""],
        ["Plan", "Done", "A", "R"],
        ["Collect documents", "Done", "", ""],
        ["Build", "Done", "A", "R"],
    ]
    assert [(a.group, a.name) for a in read(rows).matrix.activities] == [
        ("Kick-off", "Plan"),
        ("Kick-off", "Collect documents"),
        ("Kick-off", "Build"),
    ]


def test_formatting_tells_a_bold_phase_row_from_an_activity_without_letters() -> None:
    rows = [
        ["Task", "Boss", "Dev"],
        ["Phase 1", "", ""],
        ["Plan", "A", "R"],
        ["Design document", "", ""],
        ["Build", "A", "R"],
    ]
    bold = {(1, 0)}
    result = read(rows, style=lambda r, c: "bold" if (r, c) in bold else "plain")
    assert [(a.group, a.name) for a in result.matrix.activities] == [
        ("Phase 1", "Plan"),
        ("Phase 1", "Design document"),
        ("Phase 1", "Build"),
    ]


def test_totals_rows_and_a_notes_column_are_left_out() -> None:
    rows = [
        ["Activity", "Boss", "Dev", "Notes"],
        ["Plan", "A", "R", "check later"],
        ["Build", "I", "A/R", "x"],
        ["Count of R", "0", "2", ""],
    ]
    result = read(rows)
    assert role_names(result) == ["Boss", "Dev"]
    assert [a.name for a in result.matrix.activities] == ["Plan", "Build"]
    assert result.report is not None
    assert result.report.rows[3] is RowKind.SKIPPED


def test_a_legend_row_above_the_header_is_not_the_header() -> None:
    rows = [["Key:", "R", "Responsible", "A", "Accountable"], [], *BASIC]
    result = read(rows)
    assert role_names(result) == ["Boss", "Dev", "QA"]
    assert len(result.matrix.activities) == 3


def test_the_sheet_with_the_most_letters_is_read() -> None:
    cover = make_grid("Cover", [["Project", "Launch"], ["Owner", "A. Smith"]])
    small = make_grid("Old", [["Activity", "Boss"], ["Plan", "A"], ["Build", "R"]])
    result = import_grids([cover, small, make_grid("Current", BASIC)], None, "x.xlsx")
    assert result.report is not None
    assert result.report.sheet == "Current"
    assert result.report.sheets == ("Cover", "Old", "Current")
    assert result.report.sheet_reason == "the most letters (8)"


def test_the_user_picks_the_sheet() -> None:
    grids = [
        make_grid("A", BASIC),
        make_grid("B", [["Activity", "Boss"], ["Plan", "A"], ["Do", "R"]]),
    ]
    result = import_grids(grids, ImportOptions(sheet="B"), "x.xlsx")
    assert role_names(result) == ["Boss"]
    with pytest.raises(NoMatrixFoundError, match="no sheet named 'C'"):
        import_grids(grids, ImportOptions(sheet="C"), "x.xlsx")


def test_the_user_moves_the_header_row() -> None:
    rows = [["Activity", "Boss", "Dev"], ["Team", "Anna", "Bo"], ["Plan", "A", "R"]]
    assert role_names(read(rows)) == ["Anna", "Bo"]
    moved = read(rows, ImportOptions(header_row=0))
    assert role_names(moved) == ["Boss", "Dev"]
    assert [a.name for a in moved.matrix.activities] == ["Plan"]


def test_the_user_marks_columns() -> None:
    rows = [
        ["Code", "Activity", "Boss", "Dev"],
        ["A1", "Plan", "A", "R"],
        ["B2", "Build", "R", "A"],
    ]
    ignored = read(rows, ImportOptions(columns={3: ColumnKind.IGNORED}))
    assert role_names(ignored) == ["Boss"]
    renamed = read(rows, ImportOptions(columns={0: ColumnKind.ACTIVITY}))
    assert [a.name for a in renamed.matrix.activities] == ["A1", "B2"]


def test_the_user_picks_the_scheme() -> None:
    result = read(BASIC, ImportOptions(scheme="RASCI"))
    assert result.matrix.scheme.name == "RASCI"
    assert result.report is not None
    assert result.report.scheme_reason == "as chosen"


def test_drasci_letters_and_their_legend() -> None:
    rows = [
        ["Task", "Boss", "Dev"],
        ["Plan", "D", "R"],
        ["Build", "A", "C"],
        [],
        ["D", "Driver"],
        ["S", "Support"],
    ]
    result = read(rows)
    assert result.matrix.scheme.name == "DRASCI"
    assert [a.name for a in result.matrix.activities] == ["Plan", "Build"]


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [["Meeting notes"], ["We agreed to ship in May."]],
        [
            ["Hour", "Mon", "Tue"],
            ["09:00", "AU", "QA"],
            ["10:00", "RD", "HM"],
            ["11:00", "AU", "QA"],
        ],
        [["Task", "Owner", "Due"], ["Plan", "Anna", "2024-05-01"], ["Build", "Bo", "2024-06-01"]],
    ],
    ids=["empty", "prose", "timetable", "task-list"],
)
def test_no_matrix_is_never_invented(rows: Rows) -> None:
    with pytest.raises(NoMatrixFoundError):
        read(rows)


def test_no_sheets_at_all() -> None:
    with pytest.raises(NoMatrixFoundError, match="no sheets"):
        import_grids([], None, "x.xlsx")


def test_a_grid_keeps_no_padding() -> None:
    grid: Grid = make_grid("S", [["a", "", " "], ["", ""]])
    assert (grid.cells, grid.width) == ([["a"], []], 1)
