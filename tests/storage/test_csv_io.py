"""CSV out in CLI.md's layout, and CSV in from the files people really have."""

from __future__ import annotations

import codecs
import contextlib
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci_editor.core.letters import clean_text
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.scheme import BUILTIN_SCHEMES
from raci_editor.storage import csv_io
from raci_editor.storage.csv_io import quote_formula, unquote_formula
from raci_editor.storage.errors import FileError
from raci_editor.storage.result import LoadResult

BOM = codecs.BOM_UTF8


def marketing() -> Matrix:
    return Matrix(
        roles=[
            Role(id="cmo", name="CMO"),
            Role(id="zhang", name="市场经理"),
            Role(id="dev", name="Dev"),
        ],
        activities=[
            Activity(id="plan", name="Set the strategy", group="Strategy & budget"),
            Activity(id="ads", name="Run ads, online", group="Strategy & budget"),
            Activity(id="idle", name="Nobody yet"),
        ],
        letters={"plan": {"cmo": "RA", "zhang": "C"}, "ads": {"zhang": "RA", "dev": "CI"}},
    )


def grid(result: LoadResult) -> list[tuple[str, str, list[str]]]:
    """(group, activity, letters per role) for every row: what CSV carries."""
    m = result.matrix
    return [(a.group, a.name, [m.cell(a.id, r.id) for r in m.roles]) for a in m.activities]


def read(path: Path, data: bytes) -> LoadResult:
    path.write_bytes(data)
    return csv_io.load(path)


# -- writing ---------------------------------------------------------------


def test_written_csv_is_the_plain_grid_with_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    csv_io.save(marketing(), path)
    data = path.read_bytes()
    assert data.startswith(BOM)
    assert data[len(BOM) :].decode("utf-8") == (
        "Group,Activity,CMO,市场经理,Dev\r\n"
        "Strategy & budget,Set the strategy,R/A,C,\r\n"
        'Strategy & budget,"Run ads, online",,R/A,C/I\r\n'
        ",Nobody yet,,,\r\n"
    )


def test_letters_are_joined_in_scheme_order() -> None:
    matrix = Matrix(
        scheme=BUILTIN_SCHEMES["RACI-VS"],
        roles=[Role(id="r", name="QA")],
        activities=[Activity(id="a", name="Check")],
        letters={"a": {"r": BUILTIN_SCHEMES["RACI-VS"].normalise("SVAR")}},
    )
    assert csv_io.dumps(matrix).splitlines()[1] == ",Check,R/A/V/S"


FORMULAS = ["=SUM(A1:A9)", "+1", "-x", "@cmd", '=HYPERLINK("http://x")', "-", "+"]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_looking_names_get_a_quote_and_read_back_exactly(text: str, tmp_path: Path) -> None:
    matrix = Matrix(
        roles=[Role(id="r", name=text)],
        activities=[Activity(id="a", name=text, group=text)],
        letters={"a": {"r": "R"}},
    )
    written = csv_io.dumps(matrix)
    assert not any(line.startswith(tuple("=+-@")) for line in written.splitlines())
    for cell in written.splitlines()[1].split(",")[:2]:
        assert cell.strip('"').startswith("'")
    path = tmp_path / "m.csv"
    csv_io.save(matrix, path)
    assert grid(csv_io.load(path)) == [(text, text, ["R"])]
    assert csv_io.load(path).matrix.roles[0].name == text


@pytest.mark.parametrize("text", ["'quoted", "'=already quoted", "''", "it's", "'"])
def test_text_starting_with_a_quote_reads_back_exactly(text: str, tmp_path: Path) -> None:
    matrix = Matrix(roles=[Role(id="r", name=text)], activities=[Activity(id="a", name=text)])
    path = tmp_path / "m.csv"
    csv_io.save(matrix, path)
    result = csv_io.load(path)
    assert result.matrix.roles[0].name == text
    assert result.matrix.activities[0].name == text


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_quote_formula_covers_tab_and_carriage_return(start: str) -> None:
    text = start + "1+1"
    assert quote_formula(text) == "'" + text
    assert unquote_formula(quote_formula(text)) == text


@given(st.text(max_size=8))
def test_quote_formula_is_undone_exactly(text: str) -> None:
    quoted = quote_formula(text)
    assert not quoted.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert unquote_formula(quoted) == text


# -- reading our own layout back ------------------------------------------


def test_our_own_layout_reads_back_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "team.csv"
    csv_io.save(marketing(), path)
    result = csv_io.load(path)
    assert [f for f in result.findings if f.rule != "import"] == []
    assert [r.name for r in result.matrix.roles] == ["CMO", "市场经理", "Dev"]
    assert grid(result) == [
        ("Strategy & budget", "Set the strategy", ["RA", "C", ""]),
        ("Strategy & budget", "Run ads, online", ["", "RA", "CI"]),
        ("", "Nobody yet", ["", "", ""]),  # no letters, still an activity; no group
    ]
    assert result.matrix.scheme.name == "RACI"
    assert result.matrix.title == "team"


_CLEAN = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=10).filter(
    lambda s: clean_text(s) == s and s != ""
)


@st.composite
def raci_matrices(draw: st.DrawFn) -> Matrix:
    n_roles = draw(st.integers(1, 4))
    n_acts = draw(st.integers(0, 4))
    roles = [Role(id=f"r{i}", name=draw(_CLEAN)) for i in range(n_roles)]
    acts = [
        Activity(id=f"a{i}", name=draw(_CLEAN), group=draw(st.one_of(st.just(""), _CLEAN)))
        for i in range(n_acts)
    ]
    letters: dict[str, dict[str, str]] = {}
    for a in acts:
        for r in roles:
            chosen = draw(st.sets(st.sampled_from("RACI")))
            if chosen:
                letters.setdefault(a.id, {})[r.id] = "".join(c for c in "RACI" if c in chosen)
    return Matrix(roles=roles, activities=acts, letters=letters)


@settings(max_examples=60, deadline=None)
@given(raci_matrices())
def test_any_raci_grid_round_trips_through_csv(matrix: Matrix) -> None:
    result = csv_io.loads(csv_io.decode(BOM + csv_io.dumps(matrix).encode("utf-8"), "x.csv"))
    m = result.matrix
    assert [r.name for r in m.roles] == [r.name for r in matrix.roles]
    assert [(a.group, a.name) for a in m.activities] == [
        (a.group, a.name) for a in matrix.activities
    ]
    expected = [[matrix.cell(a.id, r.id) for r in matrix.roles] for a in matrix.activities]
    assert [[m.cell(a.id, r.id) for r in m.roles] for a in m.activities] == expected
    assert [f for f in result.findings if f.rule != "import"] == []


# -- reading other people's files -----------------------------------------


def test_utf8_without_bom(tmp_path: Path) -> None:
    result = read(tmp_path / "x.csv", "Activity,经理,Dev\n计划,A,R\n".encode())
    assert [r.name for r in result.matrix.roles] == ["经理", "Dev"]
    assert grid(result) == [("", "计划", ["A", "R"])]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_tab_separated_like_excels_unicode_text(encoding: str, tmp_path: Path) -> None:
    text = "Activity\tBoss, senior\tDev\r\nPlan, first\tA\tR\r\n发布\tA/R\tI\r\n"
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    result = read(tmp_path / "x.csv", bom[encoding] + text.encode(encoding))
    assert [r.name for r in result.matrix.roles] == ["Boss, senior", "Dev"]
    assert grid(result) == [("", "Plan, first", ["A", "R"]), ("", "发布", ["RA", "I"])]


def test_gb18030_with_chinese_names(tmp_path: Path) -> None:
    text = "任务,市场总监,设计师\r\n品牌定位,A,R\r\n广告投放,负责,知会\r\n"
    result = read(tmp_path / "x.csv", text.encode("gb18030"))
    assert [r.name for r in result.matrix.roles] == ["市场总监", "设计师"]
    assert grid(result) == [("", "品牌定位", ["A", "R"]), ("", "广告投放", ["R", "I"])]


def test_semicolon_separated_with_commas_inside_cells(tmp_path: Path) -> None:
    text = "Aufgabe;Leitung;Team\nPlanen;R, A;C\nBauen;A;R, I\n"
    result = read(tmp_path / "x.csv", text.encode("utf-8"))
    assert [r.name for r in result.matrix.roles] == ["Leitung", "Team"]
    assert grid(result) == [("", "Planen", ["RA", "C"]), ("", "Bauen", ["A", "RI"])]


@pytest.mark.parametrize(
    ("written", "letters"),
    [
        ("r", "R"),
        ("a", "A"),
        ("Ｒ", "R"),
        ("Ａ/Ｒ", "RA"),
        ("A/R", "RA"),
        ("R, A", "RA"),
        (" c ", "C"),
    ],
)
def test_cell_spellings(written: str, letters: str) -> None:
    result = csv_io.loads(f'Activity,Boss\nPlan,"{written}"\n')
    assert grid(result) == [("", "Plan", [letters])]
    assert [f for f in result.findings if f.rule != "import"] == []


def test_unknown_text_is_kept_as_the_note_and_reported() -> None:
    result = csv_io.loads("Activity,Boss,Dev\nPlan,A,maybe later\n")
    m = result.matrix
    assert m.cell("plan", "dev") == ""
    assert m.note("plan", "dev") == "maybe later"
    [finding] = [f for f in result.findings if f.rule != "import"]
    assert (finding.rule, finding.severity.value) == ("unknown-code", "error")
    assert (finding.activity_id, finding.role_id) == ("plan", "dev")
    assert "maybe later" in finding.message


def test_a_row_with_letters_but_no_activity_is_reported_as_skipped() -> None:
    result = csv_io.loads("Activity,Boss\nPlan,A\n,R\n")
    assert [a.name for a in result.matrix.activities] == ["Plan"]
    [finding] = [f for f in result.findings if f.rule != "import"]
    assert finding.rule == "skipped-row"
    assert "Row 3" in finding.message


def test_cells_beyond_the_header_are_kept_in_a_named_column() -> None:
    result = csv_io.loads("Activity,Boss\nPlan,A,R\n")
    assert [r.name for r in result.matrix.roles] == ["Boss", "Role 2"]
    assert grid(result) == [("", "Plan", ["A", "R"])]


@pytest.mark.parametrize(
    ("cells", "scheme"),
    [
        ("A,R,C", "RACI"),
        ("A,R,S", "RASCI"),
        ("A,D,C", "DACI"),
        ("A,R,O", "CAIRO"),
        ("A,R,V", "RACI-VS"),
    ],
)
def test_the_scheme_is_detected_from_the_letters(cells: str, scheme: str) -> None:
    result = csv_io.loads(f"Activity,One,Two,Three\nPlan,{cells}\n")
    assert result.matrix.scheme.name == scheme
    assert [f for f in result.findings if f.rule != "import"] == []


@pytest.mark.parametrize("data", [b"", BOM, b"\n\n\r\n", b" , ,\n", codecs.BOM_UTF16_LE])
def test_an_empty_file_holds_no_matrix(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    with pytest.raises(FileError) as info:
        read(path, data)
    assert str(info.value).startswith(f"{path}: holds no matrix")


def test_a_single_column_holds_no_matrix() -> None:
    with pytest.raises(FileError, match="no RACI matrix found in <data>: no column holds"):
        csv_io.loads("Activity\nPlan\nBuild\n")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        bytes(range(256)) * 4,
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xff\xfe",
    ],
)
def test_binary_garbage_is_refused(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "junk.csv"
    with pytest.raises(FileError) as info:
        read(path, data)
    assert str(info.value) == (
        f"{path}: is not a text file in a known encoding (UTF-8, UTF-16, GB18030)"
    )


def test_a_field_too_large_is_refused_cleanly() -> None:
    with pytest.raises(FileError, match="is not readable CSV"):
        csv_io.loads("Activity,Boss\n" + "x" * 200_000 + ",A\n")


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(FileError, match="cannot read: no such file or folder"):
        csv_io.load(tmp_path / "gone.csv")
    with pytest.raises(FileError, match="cannot read: is a folder"):
        csv_io.load(tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "'a', " * 12_000,  # csv.Sniffer took ~40 s on these 60 KB
        "a" + ',"' * 30_000,
        '"a";"b"\n' * 8_000,
    ],
)
def test_pathological_text_is_read_quickly(text: str) -> None:
    start = time.perf_counter()
    with contextlib.suppress(FileError):
        csv_io.loads(text)
    assert time.perf_counter() - start < 3


def test_many_activities_with_the_same_or_chinese_names_get_unique_ids_quickly() -> None:
    rows = "".join(f"{'任务' if i % 2 else 'Task'},R\n" for i in range(6000))
    start = time.perf_counter()
    result = csv_io.loads("Activity,Boss\n" + rows)
    assert time.perf_counter() - start < 3
    ids = [a.id for a in result.matrix.activities]
    assert len(set(ids)) == 6000
    assert ids[:4] == ["task", "activity-1", "task-2", "activity-2"]


def test_a_stray_very_wide_empty_row_is_ignored_quickly() -> None:
    text = "Activity,Boss\n" + "," * 1_000_000 + "\n" + "Plan,R\n" * 2000
    start = time.perf_counter()
    result = csv_io.loads(text)
    assert time.perf_counter() - start < 3
    assert [r.name for r in result.matrix.roles] == ["Boss"]
    assert len(result.matrix.activities) == 2000
