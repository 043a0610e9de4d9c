"""One workbook as .xlsx, .xlsm, .xls and .ods; CSV in the encodings and separators people have.

IMPORT.md, "Encodings and formats", and CLI.md, "convert to .csv".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from raci_editor.cli import main
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.scheme import BUILTIN_SCHEMES
from raci_editor.storage import native
from tests.importing.builders import (
    ACTIVITIES,
    BOM,
    LETTERS,
    ROLES,
    WRITTEN,
    Sheet,
    activity_groups,
    assert_standard,
    body,
    found,
    letters,
    load,
    role_groups,
    role_names,
    write_book,
    write_csv,
)

# -- one realistic workbook in every workbook format ------------------------------------


def realistic_book() -> list[Sheet]:
    """A cover page, then a matrix with a title block, role groups, phases, extras and a legend."""
    cover = Sheet("Cover", [["Website relaunch"], [], ["Owner:", "A. Smith"]])
    rows = [
        ["Website relaunch – RACI"],
        ["Updated", dt.date(2024, 3, 1)],
        [],
        [None, None, "Leadership", "Delivery"],
        ["Activity", "Deliverable", "Project\nManager", "Designer", "Developer", "Tester"],
        ["Planning"],
        [ACTIVITIES[0], "Scope document", *WRITTEN[0]],
        [ACTIVITIES[1], "Wireframes", *WRITTEN[1]],
        ["Delivery"],
        [ACTIVITIES[2], "Release build", *WRITTEN[2]],
        [ACTIVITIES[3], "Test report", *WRITTEN[3]],
        ["Total R", None, 1, 1, 1, 1],
        [],
        ["R = Responsible"],
        ["A = Accountable"],
        ["C = Consulted"],
        ["I = Informed"],
    ]
    matrix = Sheet(
        "RACI",
        rows,
        merges=["A1:F1", "D4:F4", "A6:F6", "A9:F9"],
        styled_empty_rows=300,
    )
    return [cover, matrix]


SUFFIXES = ["xlsx", "xlsm", "xls", "ods"]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_realistic_workbook_reads_the_same_in_every_format(tmp_path: Path, suffix: str) -> None:
    result = load(write_book(tmp_path / f"relaunch.{suffix}", *realistic_book()))
    m = result.matrix
    assert role_names(m) == ROLES
    if suffix != "ods":  # IMPORT.md names merged ranges for the Excel formats; calamine has
        # none for .ods, where "Delivery" sits over Designer alone
        assert role_groups(m) == [
            ("Leadership", "Project Manager"),
            ("Delivery", "Designer"),
            ("Delivery", "Developer"),
            ("Delivery", "Tester"),
        ]
    assert activity_groups(m) == [
        ("Planning", ACTIVITIES[0]),
        ("Planning", ACTIVITIES[1]),
        ("Delivery", ACTIVITIES[2]),
        ("Delivery", ACTIVITIES[3]),
    ]
    assert letters(m) == LETTERS
    assert m.scheme.name == "RACI"
    assert not found(result, "unknown-code")
    assert result.report.sheet == "RACI"
    assert result.report.header_row == 4
    assert result.report.activity_column == 0
    assert tuple(result.report.role_columns) == (2, 3, 4, 5)


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_chinese_names_survive_every_workbook_format(tmp_path: Path, suffix: str) -> None:
    rows = [
        ["任务", "市场总监", "产品负责人"],
        ["战略与预算"],
        ["制定年度营销计划", "A", "R"],
        ["审批市场预算", "批准", "负责"],
    ]
    result = load(write_book(tmp_path / f"市场.{suffix}", Sheet("职责", rows)))
    m = result.matrix
    assert role_names(m) == ["市场总监", "产品负责人"]
    assert activity_groups(m) == [
        ("战略与预算", "制定年度营销计划"),
        ("战略与预算", "审批市场预算"),
    ]
    assert letters(m) == [["A", "R"], ["A", "R"]]


# -- CSV: what convert writes comes back whole -------------------------------------------


def tricky_matrix(scheme: str) -> Matrix:
    """Names a spreadsheet would run as formulas, commas and quotes, Chinese; an idle activity."""
    extra = {"RACI": "C", "RASCI": "S", "DRASCI": "D"}[scheme]
    return Matrix(
        title="tricky",
        scheme=BUILTIN_SCHEMES[scheme],
        roles=[
            Role(id="cmo", name="CMO", group="Leadership"),
            Role(id="ops", name="=Ops lead"),
            Role(id="zhang", name="市场经理"),
            Role(id="q", name='The "Boss", again'),
            Role(id="at", name="@support"),
        ],
        activities=[
            Activity(id="plan", name="Set the strategy, yearly", group="Strategy & budget"),
            Activity(id="sum", name="=SUM(B2:B9) check", group="Strategy & budget"),
            Activity(id="minus", name="-1 day review", group="+Growth"),
            Activity(id="idle", name="Nobody yet", group="+Growth"),
            Activity(id="nogroup", name="Ungrouped work"),
        ],
        letters={
            "plan": {"cmo": "RA", "zhang": extra},
            "sum": {"ops": "A", "zhang": "R", "q": "I"},
            "minus": {"at": "RA", "cmo": "I"},
            "nogroup": {"q": "A", "ops": "R", "zhang": extra},
        },
    )


def as_seen(m: Matrix) -> tuple[object, ...]:
    return (
        [r.name for r in m.roles],
        activity_groups(m),
        letters(m),
        m.scheme.name,
    )


@pytest.mark.parametrize("scheme", ["RACI", "RASCI", "DRASCI"])
def test_the_csv_that_convert_writes_reads_back_without_loss(tmp_path: Path, scheme: str) -> None:
    original = tricky_matrix(scheme)
    src, out, back = tmp_path / "m.raci.json", tmp_path / "m.csv", tmp_path / "back.raci.json"
    native.save(original, src)
    assert main(["convert", str(src), str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(BOM)
    assert data[len(BOM) :].decode("utf-8").startswith("Group,Activity,CMO,'=Ops lead,市场经理,")
    result = load(out)
    assert as_seen(result.matrix) == (
        ["CMO", "=Ops lead", "市场经理", 'The "Boss", again', "@support"],
        [
            ("Strategy & budget", "Set the strategy, yearly"),
            ("Strategy & budget", "=SUM(B2:B9) check"),
            ("+Growth", "-1 day review"),
            ("+Growth", "Nobody yet"),
            ("", "Ungrouped work"),
        ],
        letters(original),
        scheme,
    )
    assert not result.findings or all(f.severity.value == "info" for f in result.findings)
    assert main(["convert", str(out), str(back)]) == 0
    assert as_seen(native.load(back)) == as_seen(result.matrix)


def test_a_csv_row_with_an_activity_name_and_no_letters_stays_an_activity(tmp_path: Path) -> None:
    text = (
        "Group,Activity,PM,Dev\r\nPlan,Scope,R/A,C\r\nPlan,Waiting for budget,,\r\n,Build,A,R\r\n"
    )
    result = load(write_bytes(tmp_path / "ours.csv", BOM + text.encode()))
    assert activity_groups(result.matrix) == [
        ("Plan", "Scope"),
        ("Plan", "Waiting for budget"),
        ("", "Build"),
    ]
    assert letters(result.matrix) == [["RA", "C"], ["", ""], ["A", "R"]]


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- CSV in the encodings and separators people have ------------------------------------

CN_ROWS = [
    ["任务", "市场总监", "产品负责人", "设计师"],
    ["制定年度营销计划", "A/R", "C", "I"],
    ["设计落地页", "A", "C", "R"],
    ["审批市场预算", "批准", "负责", "知会"],
]
CN_LETTERS = [["RA", "C", "I"], ["A", "C", "R"], ["A", "R", "I"]]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ","),
        ("utf-8-sig", ";"),
        ("utf-8", "\t"),
        ("utf-16", "\t"),  # Excel's "Unicode text"
        ("utf-16", ","),
        ("gb18030", ","),  # Excel on a Chinese Windows
        ("gb18030", ";"),
    ],
)
def test_csv_in_every_encoding_and_separator(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "raci.csv", CN_ROWS, encoding=encoding, delimiter=delimiter)
    result = load(path)
    m = result.matrix
    assert role_names(m) == CN_ROWS[0][1:]
    assert [a.name for a in m.activities] == [r[0] for r in CN_ROWS[1:]]
    assert letters(m) == CN_LETTERS
    assert not found(result, "unknown-code")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_with_commas_inside_cells_is_split_on_the_right_separator(
    tmp_path: Path, delimiter: str
) -> None:
    rows = [
        ["Activity", "Marketing, Sales", "Dev; Ops", "QA"],
        ["Plan, scope and budget", "R, A", "C", "I"],
        ["Build; test", "A", "R, C", "C"],
        ["Ship", "A", "R", "I"],
    ]
    result = load(write_csv(tmp_path / "raci.csv", rows, encoding="utf-8-sig", delimiter=delimiter))
    assert role_names(result.matrix) == ["Marketing, Sales", "Dev; Ops", "QA"]
    assert [a.name for a in result.matrix.activities] == [
        "Plan, scope and budget",
        "Build; test",
        "Ship",
    ]
    assert letters(result.matrix) == [["RA", "C", "I"], ["A", "RC", "C"], ["A", "R", "I"]]


def test_csv_exported_from_a_workbook_with_a_title_block(tmp_path: Path) -> None:
    rows = [
        ["Website relaunch RACI", "", "", "", ""],
        ["", "", "", "", ""],
        ["Activity", *ROLES],
        *body(),
        ["", "", "", "", ""],
        ["R = Responsible", "", "", "", ""],
    ]
    result = load(write_csv(tmp_path / "raci.csv", rows, encoding="utf-8-sig"))
    assert_standard(result)


def test_csv_with_extra_columns_and_phase_rows(tmp_path: Path) -> None:
    numbered = body(first=[""], after=["Done"])
    for n, row in enumerate(numbered, 1):
        row[0] = n
    rows = [
        ["No.", "Activity", "Status", *ROLES],
        ["", "Planning", "", "", "", "", ""],
        *numbered[:2],
        ["", "Delivery", "", "", "", "", ""],
        *numbered[2:],
    ]
    result = load(write_csv(tmp_path / "raci.csv", rows))
    assert role_names(result.matrix) == ROLES
    assert activity_groups(result.matrix) == [
        ("Planning", ACTIVITIES[0]),
        ("Planning", ACTIVITIES[1]),
        ("Delivery", ACTIVITIES[2]),
        ("Delivery", ACTIVITIES[3]),
    ]
    assert letters(result.matrix) == LETTERS
