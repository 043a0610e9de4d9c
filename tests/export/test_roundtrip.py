"""Native -> xlsx -> native gives an equal matrix (issue 6: "come back into the editor
with nothing lost"), for the samples, hostile text and generated matrices."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rule_settings import RULES, RuleSetting, Severity, Waiver, default_setting
from raci_editor.core.scheme import BUILTIN_SCHEMES, Scheme
from raci_editor.storage import native, xlsx_export
from raci_editor.storage.formats import read_matrix, write_matrix
from raci_editor.storage.result import LoadResult
from tests.export.strategies import (
    CONTROL,
    CUSTOM_SCHEMES,
    FORMULA_LIKE,
    HOSTILE,
    SAMPLES,
    all_combinations,
    any_text_matrices,
    everywhere,
    matrices,
    rich_sample,
)

HYPOTHESIS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def export_read(matrix: Matrix, folder: Path, name: str = "m.xlsx") -> LoadResult:
    path = folder / name
    write_matrix(matrix, path)
    return read_matrix(path)


def round_trip(matrix: Matrix, folder: Path) -> Matrix:
    return export_read(matrix, folder).matrix


FIELDS = ("title", "description", "scheme", "roles", "activities", "letters", "notes", "rules",
          "waivers")  # fmt: skip


def assert_same(back: Matrix, matrix: Matrix) -> None:
    """Equal matrices; on failure, each part that differs, as (part, read back, written)."""
    differences = [
        (part, getattr(back, part), getattr(matrix, part))
        for part in FIELDS
        if getattr(back, part) != getattr(matrix, part)
    ]
    assert differences == []
    assert back == matrix


# -- samples ------------------------------------------------------------------


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_every_sample_round_trips(sample: Path, tmp_path: Path) -> None:
    matrix = native.load(sample)
    back = round_trip(matrix, tmp_path)
    assert_same(back, matrix)
    assert native.dumps(back) == native.dumps(matrix)


def test_a_sample_with_rules_waivers_description_and_a_lone_note_round_trips(
    tmp_path: Path,
) -> None:
    matrix = rich_sample()
    back = round_trip(matrix, tmp_path)
    assert_same(back, matrix)
    assert back.rules == matrix.rules
    assert back.waivers == matrix.waivers
    assert back.description == matrix.description


def test_reading_a_clean_export_reports_no_errors_or_warnings(tmp_path: Path) -> None:
    result = export_read(rich_sample(), tmp_path)
    loud = [f for f in result.findings if f.severity in (Severity.ERROR, Severity.WARNING)]
    assert loud == []


def test_xlsx_export_save_writes_what_read_matrix_reads(tmp_path: Path) -> None:
    matrix = rich_sample()
    path = tmp_path / "direct.xlsx"
    xlsx_export.save(matrix, path)
    assert_same(read_matrix(path).matrix, matrix)


def test_the_xlsx_suffix_is_case_insensitive(tmp_path: Path) -> None:
    matrix = rich_sample()
    assert_same(export_read(matrix, tmp_path, "Meeting.XLSX").matrix, matrix)


# -- shapes and schemes -----------------------------------------------------------


def _team(scheme: Scheme, cells: list[str]) -> Matrix:
    roles = [Role(id=f"r{i}", name=f"Role {i}", group="G" if i % 2 else "") for i in range(3)]
    activities = [Activity(id=f"a{i}", name=f"Do {i}") for i in range(len(cells))]
    letters = {
        a.id: {r.id: cell for r in roles[: 1 + i % 3]}
        for i, (a, cell) in enumerate(zip(activities, cells, strict=True))
    }
    return Matrix(
        title=f"{scheme.name} team",
        scheme=scheme,
        roles=roles,
        activities=activities,
        letters=letters,
    )


@pytest.mark.parametrize(
    "scheme", [*BUILTIN_SCHEMES.values(), *CUSTOM_SCHEMES], ids=lambda s: s.name
)
def test_every_scheme_with_every_combination_round_trips(scheme: Scheme, tmp_path: Path) -> None:
    cells = sorted(all_combinations(scheme), key=lambda c: (len(c), c))
    matrix = _team(scheme, cells)
    back = round_trip(matrix, tmp_path)
    assert back.scheme == scheme
    assert_same(back, matrix)


@pytest.mark.parametrize(
    "matrix",
    [
        Matrix(),
        Matrix(title="Roles only", roles=[Role(id="r", name="Lonely", group="G")]),
        Matrix(title="Activities only", activities=[Activity(id="a", name="Plan", group="G")]),
        Matrix(
            title="No groups at all",
            roles=[Role(id="r", name="R")],
            activities=[Activity(id="a", name="A"), Activity(id="b", name="B")],
            letters={"a": {"r": "RA"}},
        ),
    ],
    ids=["empty", "roles-only", "activities-only", "no-groups"],
)
def test_small_and_empty_matrices_round_trip(matrix: Matrix, tmp_path: Path) -> None:
    assert_same(round_trip(matrix, tmp_path), matrix)


@pytest.mark.parametrize("title", ["", "  padded title  ", "RACI matrix", "=TODAY()"])
def test_the_title_comes_back_exactly(title: str, tmp_path: Path) -> None:
    matrix = Matrix(title=title, roles=[Role(id="r", name="R")])
    assert round_trip(matrix, tmp_path).title == title


def test_groups_that_come_back_later_and_ungrouped_rows_between_round_trip(
    tmp_path: Path,
) -> None:
    roles = [Role(id=f"r{i}", name=f"R{i}", group=g) for i, g in enumerate("XYX" + "  ")]
    activities = [
        Activity(id=f"a{i}", name=f"A{i}", group=g)
        for i, g in enumerate(["", "One", "Two", "One", "", "One", ""])
    ]
    matrix = Matrix(
        title="Groups", roles=roles, activities=activities, letters={"a1": {"r0": "A", "r4": "R"}}
    )
    assert_same(round_trip(matrix, tmp_path), matrix)


def test_thirty_roles_with_long_names_round_trip(tmp_path: Path) -> None:
    roles = [
        Role(id=f"r{i}", name=f"Senior regional coordinator number {i}", group=f"Group {i // 7}")
        for i in range(30)
    ]
    activities = [
        Activity(id=f"a{i}", name=f"Activity {i}", group=f"Phase {i // 4}") for i in range(12)
    ]
    letters = {f"a{i}": {f"r{(i * 7 + j) % 30}": "RACI"[j] for j in range(4)} for i in range(12)}
    matrix = Matrix(title="Thirty", roles=roles, activities=activities, letters=letters)
    assert_same(round_trip(matrix, tmp_path), matrix)


# -- hostile text ------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_everywhere_round_trips(text: str, tmp_path: Path) -> None:
    matrix = everywhere(text)
    back = round_trip(matrix, tmp_path)
    assert_same(back, matrix)


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_formula_like_names_come_back_as_the_same_text(text: str, tmp_path: Path) -> None:
    matrix = everywhere(text)
    back = round_trip(matrix, tmp_path)
    assert back.roles[0].name == text
    assert back.activities[0].name == text
    assert back.title == text


@pytest.mark.parametrize("text", CONTROL, ids=repr)
def test_control_characters_and_carriage_returns_round_trip(text: str, tmp_path: Path) -> None:
    """The model and the native format keep them; "nothing lost" holds for xlsx too."""
    matrix = everywhere(text)
    back = round_trip(matrix, tmp_path)
    assert_same(back, matrix)


def test_very_long_texts_round_trip(tmp_path: Path) -> None:
    """Longer than an Excel cell holds (32 767 characters), and names far past a column."""
    long_name = "Coordinate the cross-functional launch readiness review " * 20
    matrix = Matrix(
        title="T" * 300,
        description="=" * 70_000,
        roles=[
            Role(id="r", name=long_name, description="=1+" * 15_000, holder="H" * 40_000),
            Role(id="s", name="+" + "x" * 1000),
        ],
        activities=[
            Activity(id="a", name=long_name, description="@" * 33_000, group="G" * 500),
            Activity(id="b", name="-" * 5000),
        ],
        letters={"a": {"r": "RA"}, "b": {"s": "A", "r": "R"}},
        notes={"a": {"s": "-" + "n" * 40_000}},
    )
    assert_same(round_trip(matrix, tmp_path), matrix)


def test_every_waiver_shape_and_every_rule_setting_round_trips(tmp_path: Path) -> None:
    roles = [Role(id="r1", name="One"), Role(id="r2", name="Two")]
    activities = [Activity(id="a1", name="First"), Activity(id="a2", name="Second")]
    waivers = [
        Waiver("multiple-accountable", "a1", None, "Both sign", "Kim"),
        Waiver("unused-role", None, "r2", "Later", "Kim"),
        Waiver("too-many-informed", "a2", "r1", "Cell level", "Kim"),
        Waiver("stale-waiver", None, None, "Matrix level", "Kim"),
    ]
    rules: dict[str, RuleSetting] = {}
    for rule_id, rule in RULES.items():
        default = default_setting(rule_id)
        threshold = None if rule.threshold is None else (rule.threshold + 1) % 100
        rules[rule_id] = RuleSetting(not default.enabled, Severity.INFO, threshold)
    matrix = Matrix(
        title="Waivers",
        roles=roles,
        activities=activities,
        letters={"a1": {"r1": "A", "r2": "A"}},
        rules=rules,
        waivers=sorted(waivers, key=lambda w: w.sort_key),
    )
    assert_same(round_trip(matrix, tmp_path), matrix)


# -- generated matrices ------------------------------------------------------------


@HYPOTHESIS
@given(matrices())
def test_any_matrix_round_trips(matrix: Matrix) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_same(round_trip(matrix, Path(folder)), matrix)


@HYPOTHESIS
@given(any_text_matrices)
def test_any_matrix_with_any_characters_round_trips(matrix: Matrix) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_same(round_trip(matrix, Path(folder)), matrix)
