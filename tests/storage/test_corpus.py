"""Real RACI workbooks from public repositories (../shared/corpus/real) import as meant.

The files are test data only and never copied into this repository; the
tests skip when ``../shared`` is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from raci_editor.core.model import Matrix
from raci_editor.storage.errors import FileError
from raci_editor.storage.formats import read_matrix
from raci_editor.storage.result import LoadResult

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/real is absent")


def load(name: str) -> LoadResult:
    return read_matrix(CORPUS / name)


def cell(matrix: Matrix, activity: str, role: str, nth: int = 0) -> str:
    """The letters of the nth activity with that name, for the role of that name."""
    activities = [a for a in matrix.activities if a.name == activity]
    [role_obj] = [r for r in matrix.roles if r.name == role]
    return matrix.row(activities[nth].id).get(role_obj.id, "")


def names(items: list) -> list[str]:  # type: ignore[type-arg]
    return [i.name for i in items]


def groups(matrix: Matrix) -> list[str]:
    """The activity groups in order of first appearance."""
    return list(dict.fromkeys(a.group for a in matrix.activities))


def rules(result: LoadResult) -> list[str]:
    return [f.rule for f in result.findings if f.rule != "import"]


def test_title_block_corner_label_and_a_legend_beside_the_matrix() -> None:
    result = load("AiCatalysts_RACI.xlsx")
    m = result.matrix
    assert result.report is not None
    assert (result.report.sheet, result.report.header_row) == ("RACI", 2)
    assert names(m.roles) == [
        "Marketing Team",
        "Manufacturing Team",
        "Sales Team",
        "Dealerships",
        "Regulatory Bodies",
        "Executive Team",
    ]
    assert len(m.activities) == 10
    assert m.activities[0].name == "Develop Marketing Strategy"
    assert cell(m, "Develop Marketing Strategy", "Marketing Team") == "R"  # written "R "
    assert cell(m, "Ensure Regulatory Compliance", "Regulatory Bodies") == "A"
    assert cell(m, "Address Customer Complaints", "Executive Team") == ""
    assert rules(result) == []


def test_step_id_column_before_the_names() -> None:
    m = load("Packt_TPM2E_RACI.xlsx").matrix
    assert names(m.roles) == ["TPM", "SDM", "PM-T", "Lead SDE", "SDE", "Business"]
    assert names(m.activities)[:2] == ["Requirements refinement", "Project Planning"]
    assert len(m.activities) == 8
    assert cell(m, "Sprint Planning", "SDM") == "A"
    assert cell(m, "Leadership Review", "PM-T") == "A"


def test_numbered_activities_and_a_legend_under_the_matrix() -> None:
    result = load("kallori_RACI.xlsx")
    m = result.matrix
    assert len(m.roles) == 8
    assert m.roles[-1].name == "External Vendor/Cloud Provider"
    assert len(m.activities) == 19
    assert m.activities[0].name == "1. Project Planning & Requirements Gathering"
    assert m.activities[-1].name == "19. Project Closure and Handover"
    assert cell(m, "3. Risk Assessment", "Product Manager") == "A"
    assert cell(m, "3. Risk Assessment", "Project Manager") == "A"
    assert result.report is not None
    assert "Rows 23–26 skipped: the legend." in result.report.notes


def test_two_level_header_phase_rows_and_a_deliverable_column() -> None:
    result = load("taarikakanauji_RACI_Matrix.xlsx")
    m = result.matrix
    assert names(m.roles) == [
        "Directors/ CEO",
        "Business Analyst",
        "UX Head",
        "UI/UX Designer Team",
        "Project Manager",
        "Subject Matter Expert (SME)",
        "Technical Lead",
        "Developers",
        "QA/ Lead",
        "DevOps",
    ]
    assert [r.group for r in m.roles] == [
        "Executive Leadership",
        "Requirement Gathering",
        "UI/UX",
        "UI/UX",
        *["IT/Development"] * 5,
        "Deployment",
    ]
    assert groups(m) == [
        "Planning",
        "Requirements Gathering/ Analysis/ Discovery (Who, What, Why?)",
        "Design/ Specification(How?)",
        "Development (Implementation)",
        "Testing",
        "Deployment",
        "Maintenance",
    ]
    assert len(m.activities) == 29
    assert m.activities[0].name == "– Define project scope and objectives"
    assert cell(m, "– Define project scope and objectives", "Project Manager") == "RA"  # R/A
    assert cell(m, "– Create wireframes and mockups", "UX Head") == "AC"  # A/C
    assert cell(m, "– Identify & log defects", "Developers") == "CI"  # C/I
    assert all(a.name != "Deliverable Document Names" for a in m.activities)


def test_vertex42_drasci_with_status_column_and_people_over_role_groups() -> None:
    result = load("ykatariya_RACI_Matrix.xlsx")
    m = result.matrix
    assert m.scheme.name == "DRASCI"
    assert len(m.roles) == 10
    assert m.roles[0].name == "Harsh Chaudhary (CEO)"
    assert m.roles[0].group == "Sponsor"
    assert {r.group for r in m.roles[1:]} == {"Project Team"}
    assert groups(m) == [
        "Project Kick-Off",
        "Project Phase 1",
        "Project Phase 2",
        "Project Phase 3",
        "Project Handover and Closure",
    ]
    assert len(m.activities) == 64
    assert "Driver" not in names(m.activities)  # the legend rows
    # not bold, unlike the phase rows: an activity without a status, not a group
    phase_1 = [a.name for a in m.activities if a.group == "Project Phase 1"]
    assert phase_1[5] == "System Design Document"
    assert cell(m, "Notice to proceed", "Aaron Holle (Business Analyst)") == "D"
    assert cell(m, "Stake Holder Review", "Yash Katariya (Lead Developer)", nth=2) == "D"
    assert rules(result) == []


def test_rasci_in_russian_with_a_cyrillic_c_and_sums_beside() -> None:
    result = load("Dockstage_RASCI.xlsx")
    m = result.matrix
    assert m.scheme.name == "RASCI"
    assert names(m.roles) == ["Асатрян Гагик", "Бражников Денис", "Свиридов Данила"]
    assert len(m.activities) == 29
    assert cell(m, "TOPSIS", "Бражников Денис") == "S"
    assert cell(m, "Расставить оценки в МАИ", "Свиридов Данила") == "C"  # a Cyrillic С
    assert rules(result) == ["lookalike-letter"]


def test_spanish_roles_with_groups_below_and_fase_rows_with_nbsp() -> None:
    m = load("SafeXP_Matriz_RACI.xlsx").matrix
    assert len(m.roles) == 11
    assert (m.roles[0].name, m.roles[0].group) == ("Product Owner", "Roles Scrum")
    assert (m.roles[5].name, m.roles[5].group) == ("Gerente", "Gestion")
    assert (m.roles[-1].name, m.roles[-1].group) == ("Usuario", "Cliente")
    assert groups(m) == [f"FASE {n}" for n in range(1, 9)]
    assert len(m.activities) == 29
    assert m.activities[0].name == "Requeimientos funcionales"
    assert "Servicio base de datos" in names(m.activities)  # trailing NBSP trimmed
    assert cell(m, "Pagina", "Product Owner") == "A"


def test_transposed_letters_holding_role_names() -> None:
    result = load("Martech_Master_RACI.csv")
    m = result.matrix
    assert result.report is not None
    assert result.report.layout.value == "transposed"
    assert len(m.activities) == 9
    assert m.activities[0].name == "Auth & Billing"
    assert "Legal/Finance" in names(m.roles)  # a slash is part of a name
    assert cell(m, "Auth & Billing", "Designer") == "I"
    assert cell(m, "Auth & Billing", "Community") == "I"
    assert cell(m, "Auth & Billing", "PM") == "A"
    assert cell(m, "Lançamento & Growth", "Todos") == "I"


def test_a_clean_grid_with_combined_letters() -> None:
    result = load("ammaraltalhi_raci.csv")
    m = result.matrix
    assert len(m.roles) == 7
    assert len(m.activities) == 10
    assert cell(m, "Use-case approval", "Business Owner") == "RA"
    assert cell(m, "Independent assurance", "Internal Audit") == "RA"
    assert rules(result) == []


def test_placeholder_template_on_a_later_sheet() -> None:
    result = load("Oseniadam_RACI.xlsx")
    m = result.matrix
    assert result.report is not None
    assert result.report.sheet == "RACI"
    assert names(m.roles) == ["[Name of person or department]"] * 9
    assert names(m.activities) == ["[Enter task or activity]"] * 4
    assert m.row(m.activities[0].id) == {m.roles[1].id: "R", m.roles[4].id: "A",
                                         m.roles[6].id: "C", m.roles[7].id: "I"}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "roles", "activities"),
    [
        ("JonathanHay_Responsibility_Matrix.xlsx", 6, 2),
        ("JonathanHay_Responsibility-Matrix-Team3.xlsx", 6, 6),
    ],
)
def test_primary_support_is_a_custom_scheme_named_by_its_legend(
    name: str, roles: int, activities: int
) -> None:
    result = load(name)
    m = result.matrix
    assert [(d.letter, d.name) for d in m.scheme.letters] == [("P", "Primary"), ("S", "Support")]
    assert (len(m.roles), len(m.activities)) == (roles, activities)
    assert "<Add rows as necessary>" not in names(m.activities)
    assert rules(result) == []


def test_lowercase_custom_letters() -> None:
    m = load("JonathanHay_Responsibility-Matrix-Team3.xlsx").matrix
    assert names(m.roles) == ["Welson", "Jason", "Jake", "Jon", "Billy", "Evan"]
    assert cell(m, "Lab1 step 3.3 (Create node/express project)", "Jason") == "P"  # written "p"


@pytest.mark.parametrize("name", ["Jorat2211_Matriz_RACI.xlsx", "Firesphere_ISO27k-RASCI-tool.ods"])
def test_a_timetable_and_an_empty_template_hold_no_matrix(name: str) -> None:
    with pytest.raises(FileError, match=f"no RACI matrix found in {name}: "):
        load(name)
