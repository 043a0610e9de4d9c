"""Every layout of IMPORT.md's table, built small as an .xlsx, read as a user expects it.

Each test writes its own workbook in the shape seen in public RACI files
and checks what the user would see after opening it: the role names in
order, the activities in order with their groups, and every cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from raci_editor.storage.result import LoadResult
from tests.importing.builders import (
    ACTIVITIES,
    LETTERS,
    ROLES,
    WRITTEN,
    Sheet,
    about,
    activity_groups,
    activity_names,
    assert_standard,
    body,
    cell,
    found,
    letters,
    load,
    plain_rows,
    role_groups,
    role_names,
    write_csv,
    write_xlsx,
)


def read(tmp_path: Path, *sheets: Sheet, name: str = "raci.xlsx") -> LoadResult:
    return load(write_xlsx(tmp_path / name, *sheets))


# -- where the matrix starts ----------------------------------------------------


def test_a_plain_grid_is_read_cell_for_cell(tmp_path: Path) -> None:
    result = read(tmp_path, Sheet("RACI", plain_rows()))
    assert_standard(result, groups=["", "", "", ""])
    report = result.report
    assert report.sheet == "RACI"
    assert report.header_row == 0
    assert report.activity_column == 0
    assert tuple(report.role_columns) == (1, 2, 3, 4)
    assert report.scheme == "RACI"


def test_header_row_below_a_title_block_notes_and_a_details_table(tmp_path: Path) -> None:
    rows = [
        ["Website relaunch\nRACI matrix"],  # merged A1:E2, like a template's title
        [],
        ["Project:", "Orion", None, "Updated:", dt.date(2024, 3, 1)],
        ["Owner:", "A. Smith"],
        ["Fill in one letter per cell. Only one A per activity!"],
        [],
        ["Activity", *ROLES],
        *body(),
    ]
    result = read(tmp_path, Sheet("RACI", rows, merges=["A1:E2", "A5:E5"]))
    assert_standard(result)
    assert result.report.header_row == 6


@pytest.mark.parametrize(
    "corner",
    [
        "Teams / Deliverables",
        "                 Teams \n\nDeliverables",  # as in AiCatalysts_RACI.xlsx
        "Aufgabe / Prozess",
        "任务",
        "/",
        "",
    ],
)
def test_a_corner_label_in_the_header_is_neither_a_role_nor_an_activity(
    tmp_path: Path, corner: str
) -> None:
    rows = [["Product launch RACI"], ["", "", "", "", ""], *plain_rows(corner)]
    result = read(tmp_path, Sheet("RACI", rows, merges=["A1:E2"]))
    assert_standard(result)
    assert result.report.header_row == 2
    assert result.report.activity_column == 0


# -- columns that are not roles ----------------------------------------------------


def test_number_id_status_priority_deliverable_and_due_date_columns_are_not_roles(
    tmp_path: Path,
) -> None:
    header = ["No.", "ID", "Activity", "Deliverable", "Status", "Priority", "Due date", *ROLES]
    extra = [
        ("Scope document", "Done", "High", dt.date(2024, 3, 1)),
        ("Wireframes", "Done", "High", dt.date(2024, 3, 15)),
        ("Release build", "In progress", "Medium", dt.date(2024, 4, 30)),
        ("Test report", "Not started", "Low", dt.date(2024, 5, 10)),
    ]
    rows = [header] + [
        [n, f"T-{n:02d}", name, *more, *cells]
        for n, (name, more, cells) in enumerate(zip(ACTIVITIES, extra, WRITTEN, strict=True), 1)
    ]
    result = read(tmp_path, Sheet("RACI", rows))
    assert_standard(result)
    assert result.report.activity_column == 2
    assert tuple(result.report.role_columns) == (7, 8, 9, 10)


def test_priority_and_status_before_the_activity_with_phase_rows(tmp_path: Path) -> None:
    """SafeXP_Matriz_RACI.xlsx: PRIORIDAD, ESTADO, then the activity; "FASE 1" rows group them."""
    rows = [
        ["Simple RACI matrix"],
        ["Priority", "Status", "Activity", *ROLES],
        [None, None, "Phase\u00a01"],
        ["High", "Waiting", ACTIVITIES[0], *WRITTEN[0]],
        ["High", "Waiting", ACTIVITIES[1], *WRITTEN[1]],
        [None, None, "Phase\u00a02"],
        ["Medium", "Waiting", ACTIVITIES[2], *WRITTEN[2]],
        ["Low", "Waiting", ACTIVITIES[3], *WRITTEN[3]],
    ]
    result = read(tmp_path, Sheet("RACI", rows))
    assert_standard(result)
    groups = [a.group.replace("\u00a0", " ") for a in result.matrix.activities]
    assert groups == ["Phase 1", "Phase 1", "Phase 2", "Phase 2"]
    assert result.report.activity_column == 2


def test_hours_and_countif_columns_and_totals_rows_are_not_roles_or_activities(
    tmp_path: Path,
) -> None:
    """Dockstage_RASCI.xlsx: hours beside the roles, COUNTIF columns and totals rows."""
    hours = [4, 12.5, 40, 16]
    rows = [
        ["Activity", *ROLES, "Hours", None, "A count"],
        *[[*r, h] for r, h in zip(body(), hours, strict=True)],
        ["Number of R", None, None, None, None, 72.5],
        ["Number of A"],
    ]
    formulas = {f"H{n}": (f'=COUNTIF(B{n}:E{n},"*A*")', 1) for n in range(2, 6)}
    for col, r_count, a_count in zip("BCDE", [1, 1, 1, 1], [4, 0, 0, 0], strict=True):
        formulas[f"{col}6"] = (f'=COUNTIF({col}2:{col}5,"*R*")', r_count)
        formulas[f"{col}7"] = (f'=COUNTIF({col}2:{col}5,"*A*")', a_count)
    result = read(tmp_path, Sheet("RACI", rows, formulas=formulas))
    m = result.matrix
    assert role_names(m) == ROLES
    assert activity_names(m) == ACTIVITIES
    assert letters(m) == LETTERS
    assert not found(result, "unknown-code")
    assert tuple(result.report.role_columns) == (1, 2, 3, 4)


# -- role groups -------------------------------------------------------------------

ROLE_GROUPS = [
    ("Leadership", "Project Manager"),
    ("Delivery", "Designer"),
    ("Delivery", "Developer"),
    ("Delivery", "Tester"),
]


def _groups_above() -> Sheet:
    rows = [[None, "Leadership", "Delivery"], ["Activity", *ROLES], *body()]
    return Sheet("RACI", rows, merges=["C1:E1"])


def _groups_below() -> Sheet:
    rows = [["Activity", *ROLES], [None, "Leadership", "Delivery"], *body()]
    return Sheet("RACI", rows, merges=["C2:E2"])


def _groups_below_with_the_activity_label() -> Sheet:
    """SafeXP: roles on row 2 over blank corner cells; the activity label sits on the group row."""
    rows = [
        ["RACI MATRIX"],
        [None, *ROLES],
        ["Activity", "Leadership", "Delivery"],
        *body(),
    ]
    return Sheet("RACI", rows, merges=["C3:E3"])


@pytest.mark.parametrize(
    "sheet", [_groups_above, _groups_below, _groups_below_with_the_activity_label]
)
def test_a_merged_group_row_over_or_under_the_role_names_gives_the_roles_groups(
    tmp_path: Path, sheet: Callable[[], Sheet]
) -> None:
    result = read(tmp_path, sheet())
    assert role_groups(result.matrix) == ROLE_GROUPS
    assert activity_names(result.matrix) == ACTIVITIES
    assert letters(result.matrix) == LETTERS
    assert not found(result, "unknown-code")


def test_named_people_over_role_groups(tmp_path: Path) -> None:
    """ykatariya_RACI_Matrix.xlsx: "Name\\n(Title)" headers over a merged "Project Team" row."""
    people = [
        "Harsh Chaudhary\n(CEO)",
        "Siddham Sharma\n(Project Manager)",
        "Yash Katariya\n(Lead Developer)",
        "Anu Malhotra\n(Test Manager)",
    ]
    rows = [
        [None, "RACI Matrix", "Roles and Responsibilities"],
        [None, None, "ROLES", *people],
        [None, "Deliverable or Task", "Status", "Sponsor", "Project Team"],
        *[
            [None, name, "Completed", *cells]
            for name, cells in zip(ACTIVITIES, WRITTEN, strict=True)
        ],
    ]
    result = read(tmp_path, Sheet("RACI Matrix", rows, merges=["E3:G3"]))
    m = result.matrix
    assert role_groups(m) == [
        ("Sponsor", "Harsh Chaudhary (CEO)"),
        ("Project Team", "Siddham Sharma (Project Manager)"),
        ("Project Team", "Yash Katariya (Lead Developer)"),
        ("Project Team", "Anu Malhotra (Test Manager)"),
    ]
    assert activity_names(m) == ACTIVITIES
    assert letters(m) == LETTERS


# -- activity groups ---------------------------------------------------------------

PHASED = [
    ("Planning", ACTIVITIES[0]),
    ("Planning", ACTIVITIES[1]),
    ("Delivery", ACTIVITIES[2]),
    ("Delivery", ACTIVITIES[3]),
]


def _phase_name_alone() -> Sheet:
    rows = [["Activity", *ROLES], ["Planning"], *body()[:2], ["Delivery"], *body()[2:]]
    return Sheet("RACI", rows)


def _phase_merged_across() -> Sheet:
    rows = [["Activity", *ROLES], ["Planning"], *body()[:2], ["Delivery"], *body()[2:]]
    return Sheet("RACI", rows, merges=["A2:E2", "A5:E5"])


def _phase_with_a_status_column() -> Sheet:
    """ykatariya: column A empty, activity in B, status in C; phase rows have only the name."""
    rows = [
        [None, "Deliverable or Task", "Status", *ROLES],
        [None, "Planning"],
        *body(first=[None], after=["Completed"])[:2],
        [None, "Delivery", ""],
        *body(first=[None], after=["Planned"])[2:],
    ]
    return Sheet("RACI", rows)


@pytest.mark.parametrize(
    "sheet", [_phase_name_alone, _phase_merged_across, _phase_with_a_status_column]
)
def test_phase_rows_group_the_activities_below_them(
    tmp_path: Path, sheet: Callable[[], Sheet]
) -> None:
    result = read(tmp_path, sheet())
    assert activity_groups(result.matrix) == PHASED
    assert role_names(result.matrix) == ROLES
    assert letters(result.matrix) == LETTERS
    assert not found(result, "unknown-code")


def test_activities_above_the_first_phase_row_have_no_group(tmp_path: Path) -> None:
    rows = [["Activity", *ROLES], body()[0], ["Delivery"], *body()[1:]]
    result = read(tmp_path, Sheet("RACI", rows))
    assert [a.group for a in result.matrix.activities] == ["", "Delivery", "Delivery", "Delivery"]
    assert letters(result.matrix) == LETTERS


@pytest.mark.parametrize(
    ("header", "style"),
    [
        ("Stage", "repeated"),
        ("Stage", "first row only"),
        ("Stage", "merged down"),
        ("", "repeated"),
    ],
)
def test_a_group_column_before_the_activity(tmp_path: Path, header: str, style: str) -> None:
    names = ["Planning", "Planning", "Delivery", "Delivery"]
    if style == "first row only":
        names = ["Planning", "", "Delivery", ""]
    merges = ["A2:A3", "A4:A5"] if style == "merged down" else []
    if style == "merged down":
        names = ["Planning", "", "Delivery", ""]
    rows = [
        [header, "Activity", *ROLES],
        *[[g, *r] for g, r in zip(names, body(), strict=True)],
    ]
    result = read(tmp_path, Sheet("RACI", rows, merges=merges))
    assert activity_groups(result.matrix) == PHASED
    assert role_names(result.matrix) == ROLES
    assert letters(result.matrix) == LETTERS
    assert result.report.activity_column == 1


# -- what sits beside or below the matrix -------------------------------------------


@pytest.mark.parametrize(
    "legend",
    [
        [["R = Responsible"], ["A = Accountable"], ["C = Consulted"], ["I = Informed"]],
        [["R: Responsible"], ["A: Accountable"], ["C: Consulted"], ["I: Informed"]],
        [["Legend"], ["R", "Responsible"], ["A", "Accountable"], ["C", "Consulted"]],
    ],
    ids=["equals", "colon", "two-cells"],
)
def test_a_legend_below_the_matrix_is_not_activities(
    tmp_path: Path, legend: list[list[str]]
) -> None:
    rows = [*plain_rows(), [], [], *legend]
    result = read(tmp_path, Sheet("RACI", rows))
    m = result.matrix
    assert activity_names(m) == ACTIVITIES
    assert role_names(m) == ROLES
    assert letters(m) == LETTERS
    assert [a.group for a in m.activities] == ["", "", "", ""]
    assert not found(result, "unknown-code")


def test_a_legend_beside_the_matrix_is_not_a_role(tmp_path: Path) -> None:
    """AiCatalysts_RACI.xlsx: a letter column and a meaning column after an empty column."""
    legend = [
        ["R ", "Responsible - who performs the task"],
        ["A", "Accountable - who signs off"],
        ["C", "Consulted - who provides expertise"],
        ["I", "Informed - who is kept informed"],
    ]
    rows = [plain_rows()[0], *[[*r, None, *g] for r, g in zip(body(), legend, strict=True)]]
    result = read(tmp_path, Sheet("RACI", rows))
    assert_standard(result)
    assert tuple(result.report.role_columns) == (1, 2, 3, 4)


def test_another_table_beside_the_matrix_is_ignored(tmp_path: Path) -> None:
    milestones = [
        ["Milestone", "Date", "Owner"],
        ["Kick-off", dt.date(2024, 3, 1), "PM"],
        ["Design done", dt.date(2024, 3, 20), "Designer"],
        ["Go live", dt.date(2024, 5, 15), "PM"],
        ["Review", dt.date(2024, 6, 1), "A. Smith"],
    ]
    rows = [[*r, None, *t] for r, t in zip(plain_rows(), milestones, strict=True)]
    result = read(tmp_path, Sheet("RACI", rows))
    assert_standard(result)


def test_five_hundred_formatted_empty_rows_are_not_rows_of_the_matrix(tmp_path: Path) -> None:
    """Oseniadam_RACI.xlsx: the template formats every row down to row 500."""
    sheet = Sheet("RACI", plain_rows(), styled_empty_rows=500, styled_width=10)
    result = read(tmp_path, sheet)
    assert_standard(result)


def test_five_hundred_empty_csv_rows_are_not_rows_of_the_matrix(tmp_path: Path) -> None:
    rows = [*plain_rows(), *[[""] * 5 for _ in range(500)]]
    result = load(write_csv(tmp_path / "raci.csv", rows))
    assert_standard(result)


def test_a_row_with_letters_but_no_activity_name_is_skipped_with_a_warning(
    tmp_path: Path,
) -> None:
    rows = [*plain_rows()[:3], ["", "R", "A", "", ""], *plain_rows()[3:]]
    result = read(tmp_path, Sheet("RACI", rows))
    assert activity_names(result.matrix) == ACTIVITIES
    assert letters(result.matrix) == LETTERS
    [skipped] = found(result, "skipped-row")
    assert skipped.severity.value == "warning"
    assert "4" in skipped.message  # the row as the spreadsheet numbers it


# -- sheets ----------------------------------------------------------------------


def test_the_matrix_on_a_later_sheet_after_a_cover_page(tmp_path: Path) -> None:
    """Oseniadam_RACI.xlsx / AiCatalysts_RACI.xlsx: cover page first, definitions after."""
    cover = Sheet(
        "Project",
        [
            ["RACI MATRIX"],
            ["PROJECT DETAILS"],
            [],
            ["PROJECT No:", "MA-015-02"],
            ["DATE:", dt.date(2024, 3, 1)],
            ["FULL PROJECT NAME:", "Project Orion"],
            ["PROJECT MANAGER:", "A Smith"],
        ],
        merges=["B2:C2"],
    )
    matrix = Sheet("RACI", [["RACI"], [], *plain_rows("Task")], merges=["A1:E1"])
    definitions = Sheet(
        "Definitions",
        [
            ["DEFINITIONS"],
            [None, None, "RACI DEFINITIONS"],
            [None, None, "RESPONSIBLE", "The person(s) who does the work."],
            [None, None, "ACCOUNTABLE", "The person ultimately answerable for the work."],
            [None, None, "CONSULTED", "Subject-matter experts whose advice is required."],
            [None, None, "INFORMED", "People who are informed of progress."],
        ],
    )
    result = read(tmp_path, cover, matrix, definitions)
    assert_standard(result)
    assert result.report.sheet == "RACI"
    assert result.report.header_row == 2


def test_a_sheet_can_be_chosen_by_name(tmp_path: Path) -> None:
    first = Sheet("Phase 1", plain_rows())
    second = Sheet(
        "Phase 2",
        [["Activity", "Ops", "Support"], ["Go live", "A/R", "C"], ["Hypercare", "A", "R"]],
    )
    path = write_xlsx(tmp_path / "two.xlsx", first, second)
    result = load(path, sheet="Phase 2")
    assert role_names(result.matrix) == ["Ops", "Support"]
    assert activity_names(result.matrix) == ["Go live", "Hypercare"]
    assert letters(result.matrix) == [["RA", "C"], ["A", "R"]]
    assert result.report.sheet == "Phase 2"
    assert_standard(load(path, sheet="Phase 1"))


# -- other shapes ------------------------------------------------------------------

TRANSPOSED = [
    ("Auth & billing", "Tech Lead", "PM", "Legal/Finance", "Designer, Community"),
    ("Content", "Content Lead", "PM", "Tech Lead", "Designer, Community"),
    ("Search", "Backend Eng", "Tech Lead", "PM", "Designer"),
    ("Launch & growth", "Marketing, PM", "PM", "Community", "Tech Lead"),
]
TRANSPOSED_CELLS = {
    ("Auth & billing", "Tech Lead"): "R",
    ("Auth & billing", "PM"): "A",
    ("Auth & billing", "Legal/Finance"): "C",
    ("Auth & billing", "Designer"): "I",
    ("Auth & billing", "Community"): "I",
    ("Content", "Content Lead"): "R",
    ("Content", "PM"): "A",
    ("Content", "Tech Lead"): "C",
    ("Content", "Designer"): "I",
    ("Content", "Community"): "I",
    ("Search", "Backend Eng"): "R",
    ("Search", "Tech Lead"): "A",
    ("Search", "PM"): "C",
    ("Search", "Designer"): "I",
    ("Launch & growth", "Marketing"): "R",
    ("Launch & growth", "PM"): "RA",
    ("Launch & growth", "Community"): "C",
    ("Launch & growth", "Tech Lead"): "I",
}


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize(
    "letters_header",
    [["R", "A", "C", "I"], ["Responsible", "Accountable", "Consulted", "Informed"]],
    ids=["letters", "words"],
)
def test_transposed_columns_of_role_names_per_letter(
    tmp_path: Path, fmt: str, letters_header: list[str]
) -> None:
    """Martech_Master_RACI.csv: one column per letter, several names in a cell."""
    rows = [["Area", *letters_header], *[list(r) for r in TRANSPOSED]]
    if fmt == "csv":
        result = load(write_csv(tmp_path / "raci.csv", rows, encoding="utf-8-sig"))
    else:
        result = read(tmp_path, Sheet("RACI", rows))
    m = result.matrix
    assert activity_names(m) == [r[0] for r in TRANSPOSED]
    roles = {role for _, role in TRANSPOSED_CELLS}
    assert sorted(role_names(m)) == sorted(roles)
    for activity in activity_names(m):
        for role in roles:
            assert cell(m, activity, role) == TRANSPOSED_CELLS.get((activity, role), ""), (
                activity,
                role,
            )
    assert not found(result, "unknown-code")


@pytest.mark.parametrize("with_phase", [False, True])
def test_long_format_one_row_per_activity_and_role(tmp_path: Path, with_phase: bool) -> None:
    pairs = [
        (name, role, text)
        for name, cells in zip(ACTIVITIES, WRITTEN, strict=True)
        for role, text in zip(ROLES, cells, strict=True)
        if text
    ]
    phase = {ACTIVITIES[0]: "Planning", ACTIVITIES[1]: "Planning"}
    if with_phase:
        rows = [["Phase", "Activity", "Role", "RACI"]] + [
            [phase.get(a, "Delivery"), a, r, t] for a, r, t in pairs
        ]
    else:
        rows = [["Activity", "Role", "RACI"]] + [list(p) for p in pairs]
    result = read(tmp_path, Sheet("RACI", rows))
    m = result.matrix
    assert activity_names(m) == ACTIVITIES
    assert sorted(role_names(m)) == sorted(ROLES)
    for a, expected in zip(ACTIVITIES, LETTERS, strict=True):
        assert [cell(m, a, r) for r in ROLES] == expected
    if with_phase:
        assert activity_groups(m) == PHASED
    assert not found(result, "unknown-code")


# -- letter schemes ------------------------------------------------------------------


def _scheme_of(tmp_path: Path, cells: list[list[str]]) -> LoadResult:
    rows = [["Activity", *ROLES], *[[a, *c] for a, c in zip(ACTIVITIES, cells, strict=True)]]
    return read(tmp_path, Sheet("RACI", rows))


def test_rasci_letters_are_read_as_rasci(tmp_path: Path) -> None:
    result = _scheme_of(
        tmp_path,
        [["A/R", "S", "C", "I"], ["A", "R", "S", ""], ["A", "C", "R", "S"], ["A", "I", "C", "R"]],
    )
    assert result.matrix.scheme.name == "RASCI"
    assert letters(result.matrix) == [
        ["RA", "S", "C", "I"],
        ["A", "R", "S", ""],
        ["A", "C", "R", "S"],
        ["A", "I", "C", "R"],
    ]
    assert result.report.scheme == "RASCI"


def test_drasci_letters_are_read_as_drasci(tmp_path: Path) -> None:
    """ykatariya_RACI_Matrix.xlsx: the Vertex42 D/R/A/S/C/I template."""
    result = _scheme_of(
        tmp_path,
        [["A", "R", "D", "I"], ["A", "D/R", "S", ""], ["A", "C", "R", "S"], ["I", "D", "C", "R/A"]],
    )
    assert result.matrix.scheme.name == "DRASCI"
    assert letters(result.matrix) == [
        ["A", "R", "D", "I"],
        ["A", "DR", "S", ""],
        ["A", "C", "R", "S"],
        ["I", "D", "C", "RA"],
    ]
    assert not found(result, "unknown-code")


def test_d_and_r_without_s_are_read_as_drasci(tmp_path: Path) -> None:
    result = _scheme_of(
        tmp_path,
        [["A", "R", "D", "I"], ["A", "D", "R", ""], ["A", "C", "R", "D"], ["A", "I", "C", "R"]],
    )
    assert result.matrix.scheme.name == "DRASCI"
    assert not found(result, "unknown-code")


def test_a_rasci_matrix_with_no_a_and_a_cyrillic_c(tmp_path: Path) -> None:
    """Dockstage_RASCI.xlsx: R, S, C, I only, and one Cyrillic С typed for C."""
    result = _scheme_of(
        tmp_path,
        [["R", "R", "R", "I"], ["I", "R", "S", "С"], ["R", "C", "S", "S"], ["S", "S", "R", "C"]],
    )
    assert result.matrix.scheme.name == "RASCI"
    assert letters(result.matrix) == [
        ["R", "R", "R", "I"],
        ["I", "R", "S", "C"],
        ["R", "C", "S", "S"],
        ["S", "S", "R", "C"],
    ]
    [lookalike] = found(result, "lookalike-letter")
    assert lookalike.severity.value == "info"
    assert about(result, lookalike) == (ACTIVITIES[1], "Tester")
    assert not found(result, "unknown-code")


def test_a_raci_matrix_with_no_a_at_all_still_loads_as_raci(tmp_path: Path) -> None:
    result = _scheme_of(
        tmp_path,
        [["R", "C", "C", "I"], ["I", "R", "C", ""], ["C", "C", "R", "C"], ["I", "I", "C", "R"]],
    )
    assert result.matrix.scheme.name == "RACI"
    assert letters(result.matrix)[0] == ["R", "C", "C", "I"]
    assert activity_names(result.matrix) == ACTIVITIES


# -- names -----------------------------------------------------------------------------


def test_names_are_trimmed_and_header_line_breaks_become_spaces(tmp_path: Path) -> None:
    rows = [
        ["Activity", "Project\nManager", "\u00a0Designer\u00a0", " Developer ", "QA /\nTest\nLead"],
        [" Define the scope", *WRITTEN[0]],
        ["Design the screens\u00a0", *WRITTEN[1]],
        ["\u00a0 Build the app \u00a0", *WRITTEN[2]],
        ["Test the release\n", *WRITTEN[3]],
    ]
    result = read(tmp_path, Sheet("RACI", rows))
    assert role_names(result.matrix) == [
        "Project Manager",
        "Designer",
        "Developer",
        "QA / Test Lead",
    ]
    assert activity_names(result.matrix) == ACTIVITIES
    assert letters(result.matrix) == LETTERS


CHINESE_ROLES = ["市场总监", "产品负责人", "设计师", "开发工程师"]
CHINESE_ACTIVITIES = [
    ("战略与预算", "制定年度营销计划"),
    ("战略与预算", "审批市场预算"),
    ("渠道推广", "设计落地页"),
    ("渠道推广", "投放社交媒体广告"),
]


def test_chinese_names_words_and_full_width_letters_are_kept_exactly(tmp_path: Path) -> None:
    rows = [
        ["任务", *CHINESE_ROLES],
        ["战略与预算"],
        ["制定年度营销计划", "批准", "负责", "咨询", "知会"],
        ["审批市场预算", "Ａ／Ｒ", "Ｃ", "", "Ｉ"],
        ["渠道推广"],
        ["设计落地页", "A", "C", "R", "I"],
        ["投放社交媒体广告", "A、R", "C", "I", "知会"],
    ]
    result = read(tmp_path, Sheet("职责分配", rows))
    m = result.matrix
    assert role_names(m) == CHINESE_ROLES
    assert activity_groups(m) == CHINESE_ACTIVITIES
    assert letters(m) == [
        ["A", "R", "C", "I"],
        ["RA", "C", "", "I"],
        ["A", "C", "R", "I"],
        ["RA", "C", "I", "I"],
    ]
    assert result.report.sheet == "职责分配"
    assert not found(result, "unknown-code")
