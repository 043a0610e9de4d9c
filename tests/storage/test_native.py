"""The native ``.raci.json`` format: round trips, the written text, and every bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.scheme import BUILTIN_SCHEMES, LetterDef, Scheme
from raci_editor.storage import native
from raci_editor.storage.errors import FileError

PRIMARY_SUPPORT = Scheme(
    name="Primary/Support",
    letters=(
        LetterDef(letter="P", name="Primary", meaning="Leads the work."),
        LetterDef(letter="S", name="Support"),
    ),
    responsible="P",
    accountable=None,
)


def rich_matrix() -> Matrix:
    """Groups, descriptions, holder/deputy, notes (one on an empty cell), Chinese names.

    The letters and notes are inserted out of row/column order on purpose, so the
    written order must come from the roles and activities, not from the dicts.
    """
    return Matrix(
        title="营销团队 RACI",
        description="Who does what in marketing.\nSecond line.",
        roles=[
            Role(
                id="cmo",
                name="Chief Marketing Officer",
                group="Leads",
                description="Owns the budget",
                holder="Ana Silva",
                deputy="Bo Chen",
            ),
            Role(id="zhang", name="市场经理", holder="张伟"),
            Role(id="dev", name="Developer"),
        ],
        activities=[
            Activity(
                id="plan", name="Set the plan", group="Strategy & budget", description="Yearly"
            ),
            Activity(id="launch", name="发布新产品", group="市场"),
            Activity(id="idle", name="Nobody yet"),
        ],
        letters={
            "launch": {"dev": "I", "zhang": "RA"},
            "plan": {"zhang": "C", "cmo": "RA"},
        },
        notes={
            "launch": {"dev": "only if it ships"},
            "plan": {"dev": "ask in Q3"},  # a note on a cell with no letters
        },
    )


def save_load(matrix: Matrix, tmp_path: Path) -> Matrix:
    path = tmp_path / "m.raci.json"
    native.save(matrix, path)
    return native.load(path)


def pairs(text: str) -> Any:
    """The JSON with every object as a list of (key, value) pairs, to see key order."""
    return json.loads(text, object_pairs_hook=list)


# -- round trips ----------------------------------------------------------


def test_rich_matrix_round_trips(tmp_path: Path) -> None:
    matrix = rich_matrix()
    loaded = save_load(matrix, tmp_path)
    assert loaded == matrix
    assert loaded.note("plan", "dev") == "ask in Q3"
    assert loaded.cell("plan", "dev") == ""
    assert loaded.role("cmo").deputy == "Bo Chen"


def test_title_keeps_its_surrounding_spaces(tmp_path: Path) -> None:
    assert save_load(Matrix(title="  Launch  "), tmp_path).title == "  Launch  "


def test_empty_matrix_round_trips(tmp_path: Path) -> None:
    assert save_load(Matrix(), tmp_path) == Matrix()


@pytest.mark.parametrize("name", list(BUILTIN_SCHEMES))
def test_every_builtin_scheme_round_trips_by_name(name: str, tmp_path: Path) -> None:
    scheme = BUILTIN_SCHEMES[name]
    matrix = Matrix(
        scheme=scheme,
        roles=[Role(id="r1", name="One"), Role(id="r2", name="Two")],
        activities=[Activity(id="a", name="Do it")],
        letters={"a": {"r1": scheme.alphabet, "r2": scheme.alphabet[-1]}},
    )
    loaded = save_load(matrix, tmp_path)
    assert loaded == matrix
    assert loaded.scheme is scheme or loaded.scheme == scheme
    data = json.loads((tmp_path / "m.raci.json").read_text("utf-8"))
    assert data["scheme"] == name
    assert data["assignments"]["a"]["r1"] == "/".join(scheme.alphabet)


def test_custom_scheme_without_accountable_round_trips(tmp_path: Path) -> None:
    matrix = Matrix(
        scheme=PRIMARY_SUPPORT,
        roles=[Role(id="r1", name="One"), Role(id="r2", name="Two")],
        activities=[Activity(id="a", name="Do it")],
        letters={"a": {"r1": "PS", "r2": "S"}},
    )
    loaded = save_load(matrix, tmp_path)
    assert loaded == matrix
    assert loaded.scheme.accountable is None
    scheme = json.loads((tmp_path / "m.raci.json").read_text("utf-8"))["scheme"]
    assert scheme == {
        "name": "Primary/Support",
        "letters": [
            {"letter": "P", "name": "Primary", "meaning": "Leads the work."},
            {"letter": "S", "name": "Support"},
        ],
        "responsible": "P",
    }


def test_builtin_scheme_name_is_read_case_insensitively() -> None:
    text = '{"schema_version": 1, "scheme": "rasci"}'
    assert native.loads(text).scheme == BUILTIN_SCHEMES["RASCI"]


_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
_NAME = _TEXT.filter(lambda s: bool(s.strip()))
_SCHEMES = st.sampled_from([*BUILTIN_SCHEMES.values(), PRIMARY_SUPPORT])


@st.composite
def matrices(draw: st.DrawFn) -> Matrix:
    """Small matrices with any text, any scheme, random letters and notes."""
    scheme = draw(_SCHEMES)

    def items(kind: type[Role] | type[Activity], max_size: int) -> list[Any]:
        ids = [i.strip() for i in draw(st.lists(_NAME, max_size=max_size, unique_by=str.strip))]
        return [
            kind(id=i, name=draw(_NAME), group=draw(_TEXT), description=draw(_TEXT)) for i in ids
        ]

    roles = items(Role, 4)
    roles = [r.model_copy(update={"holder": draw(_TEXT).strip()}) for r in roles]
    activities = items(Activity, 4)
    letters: dict[str, dict[str, str]] = {}
    notes: dict[str, dict[str, str]] = {}
    for a in activities:
        for r in roles:
            chosen = draw(st.sets(st.sampled_from(scheme.alphabet)))
            if chosen:
                letters.setdefault(a.id, {})[r.id] = scheme.normalise("".join(chosen))
            note = draw(st.one_of(st.just(""), _TEXT))
            if note:
                notes.setdefault(a.id, {})[r.id] = note
    return Matrix(
        title=draw(_TEXT),
        description=draw(_TEXT),
        scheme=scheme,
        roles=roles,
        activities=activities,
        letters=letters,
        notes=notes,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(matrices())
def test_any_matrix_round_trips_through_the_text(matrix: Matrix) -> None:
    text = native.dumps(matrix)
    assert native.loads(text.encode("utf-8")) == matrix
    assert native.dumps(native.loads(text)) == text


# -- the written text -----------------------------------------------------


def test_small_matrix_is_written_exactly_so() -> None:
    matrix = Matrix(
        title="Launch",
        roles=[Role(id="boss", name="Boss"), Role(id="dev", name="Dev", holder="Kim")],
        activities=[Activity(id="plan", name="Plan", group="Start")],
        letters={"plan": {"dev": "R", "boss": "RA"}},
        notes={"plan": {"dev": "by Friday"}},
    )
    assert native.dumps(matrix) == (
        "{\n"
        '  "schema_version": 1,\n'
        '  "title": "Launch",\n'
        '  "scheme": "RACI",\n'
        '  "roles": [\n'
        "    {\n"
        '      "id": "boss",\n'
        '      "name": "Boss"\n'
        "    },\n"
        "    {\n"
        '      "id": "dev",\n'
        '      "name": "Dev",\n'
        '      "holder": "Kim"\n'
        "    }\n"
        "  ],\n"
        '  "activities": [\n'
        "    {\n"
        '      "id": "plan",\n'
        '      "name": "Plan",\n'
        '      "group": "Start"\n'
        "    }\n"
        "  ],\n"
        '  "assignments": {\n'
        '    "plan": {\n'
        '      "boss": "R/A",\n'
        '      "dev": {\n'
        '        "letters": "R",\n'
        '        "note": "by Friday"\n'
        "      }\n"
        "    }\n"
        "  }\n"
        "}\n"
    )


def test_keys_come_in_a_fixed_order_and_empty_optional_fields_are_left_out() -> None:
    top = pairs(native.dumps(rich_matrix()))
    assert [k for k, _ in top] == [
        "schema_version",
        "title",
        "description",
        "scheme",
        "roles",
        "activities",
        "assignments",
    ]
    roles = dict(top)["roles"]
    assert [k for k, _ in roles[0]] == ["id", "name", "group", "description", "holder", "deputy"]
    assert [k for k, _ in roles[1]] == ["id", "name", "holder"]
    assert [k for k, _ in roles[2]] == ["id", "name"]
    activities = dict(top)["activities"]
    assert [k for k, _ in activities[2]] == ["id", "name"]


def test_assignments_follow_row_order_and_column_order() -> None:
    assignments = dict(pairs(native.dumps(rich_matrix())))["assignments"]
    # "idle" has no letters and no notes: no entry at all.
    assert [a for a, _ in assignments] == ["plan", "launch"]
    plan, launch = (dict(assignments)[a] for a in ("plan", "launch"))
    assert plan == [
        ("cmo", "R/A"),
        ("zhang", "C"),
        ("dev", [("letters", ""), ("note", "ask in Q3")]),
    ]
    assert [r for r, _ in launch] == ["zhang", "dev"]


def test_text_is_utf8_with_names_as_they_are_and_a_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "m.raci.json"
    native.save(rich_matrix(), path)
    data = path.read_bytes()
    text = data.decode("utf-8")
    assert not data.startswith(b"\xef\xbb\xbf")
    assert text.startswith('{\n  "schema_version": 1,\n')
    assert "市场经理" in text
    assert "张伟" in text
    assert "\\u" not in text
    assert text.endswith("}\n")
    assert not text.endswith("\n\n")
    indents = {len(line) - len(line.lstrip(" ")) for line in text.splitlines()}
    assert indents <= {0, 2, 4, 6, 8}
    assert "\t" not in text


def test_saving_twice_gives_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.raci.json", tmp_path / "b.raci.json"
    native.save(rich_matrix(), first)
    native.save(native.load(first), second)
    assert first.read_bytes() == second.read_bytes()
    native.save(rich_matrix(), first)
    assert first.read_bytes() == second.read_bytes()


def test_a_utf8_bom_written_by_another_editor_is_accepted() -> None:
    data = b"\xef\xbb\xbf" + native.dumps(rich_matrix()).encode("utf-8")
    assert native.loads(data) == rich_matrix()


# -- bad input ------------------------------------------------------------

_BASE: dict[str, Any] = {
    "schema_version": 1,
    "roles": [{"id": "r", "name": "Boss"}],
    "activities": [{"id": "a", "name": "Plan"}],
}


def doc(**changes: Any) -> str:
    return json.dumps({**_BASE, **changes})


def cell(value: Any) -> str:
    return doc(assignments={"a": {"r": value}})


def scheme(assignments: Any = None, **fields: Any) -> str:
    """A file with the P/S scheme (plus ``fields`` in the scheme object)."""
    letters = [{"letter": "P", "name": "Primary"}, {"letter": "S", "name": "Support"}]
    return doc(scheme={"name": "PS", "letters": letters, **fields}, assignments=assignments or {})


BAD_INPUTS: list[tuple[str, str | bytes, str]] = [
    ("invalid JSON", '{\n  "schema_version": 1,\n  "title": "x",,\n}', "line 3, column 16"),
    ("not UTF-8", b'{"schema_version": 1, "title": "caf\xe9"}', "is not UTF-8 text (byte 35)"),
    ("binary garbage", bytes(range(256)) * 8, "is not UTF-8 text"),
    ("UTF-16", '{"schema_version": 1}'.encode("utf-16"), "is not UTF-8 text"),
    ("empty file", b"", "is empty"),
    ("only white space", b"  \n\n", "is empty"),
    ("top level an array", "[1, 2]", "the top level must be a JSON object"),
    ("top level a string", '"RACI"', "the top level must be a JSON object"),
    ("missing schema_version", '{"title": "x"}', "schema_version is missing"),
    ("schema_version a string", '{"schema_version": "1"}', "schema_version: must be a whole"),
    ("schema_version 0", '{"schema_version": 0}', "schema_version: must be a whole"),
    ("schema_version a float", '{"schema_version": 1.0}', "schema_version: must be a whole"),
    ("schema_version true", '{"schema_version": true}', "schema_version: must be a whole"),
    ("newer schema_version", '{"schema_version": 2}', "newer RACI Editor (schema version 2"),
    ("unknown top-level field", doc(colour="red"), "colour: is not a known field"),
    ("title a number", doc(title=5), "title: must be text"),
    ("roles an object", doc(roles={}), "roles: must be a list"),
    ("unknown field in a role", doc(roles=[{"id": "r", "name": "B", "age": 3}]), "roles[0].age:"),
    ("role missing name", doc(roles=[{"id": "r"}]), "roles[0].name: is missing"),
    ("role name a number", doc(roles=[{"id": "r", "name": 7}]), "roles[0].name: must be text"),
    ("role a list", doc(roles=[["r", "Boss"]]), "roles[0]: must be an object"),
    (
        "blank activity name",
        doc(activities=[{"id": f"a{i}", "name": "x" if i < 3 else " \t"} for i in range(4)]),
        "activities[3].name: must not be blank",
    ),
    ("blank role id", doc(roles=[{"id": "  ", "name": "Boss"}]), "roles[0].id: must not be blank"),
    (
        "duplicate role id",
        doc(roles=[{"id": "r", "name": "Boss"}, {"id": "r", "name": "Dev"}]),
        "roles[1].id: id 'r' is already used by roles[0]",
    ),
    (
        "duplicate activity id",
        doc(activities=[{"id": "a", "name": "Plan"}, {"id": "a", "name": "Build"}]),
        "activities[1].id: id 'a' is already used by activities[0]",
    ),
    (
        "assignment to an unknown activity",
        doc(assignments={"ghost": {"r": "R"}}),
        "assignments.ghost: there is no activity with id 'ghost'",
    ),
    (
        "empty assignment row of an unknown activity",
        doc(assignments={"ghost": {}}),
        "assignments.ghost: there is no activity with id 'ghost'",
    ),
    (
        "assignment to an unknown role",
        doc(assignments={"a": {"ghost": "R"}}),
        "assignments.a.ghost: there is no role with id 'ghost'",
    ),
    (
        "note for an unknown role",
        doc(assignments={"a": {"ghost": {"note": "hi"}}}),
        "assignments.a.ghost: there is no role",
    ),
    ("letter not in scheme", cell("R/X"), "assignments.a.r: 'X' is not a letter of the RACI"),
    ("letters run together", cell("RA"), "assignments.a.r: 'RA' is not a letter"),
    ("lowercase letter", cell("r"), "assignments.a.r: 'r' is not a letter"),
    ("letters a number", cell(5), 'assignments.a.r: must be letters like "R/A" or an object'),
    ("letters a list", cell(["R"]), "assignments.a.r: must be letters"),
    ("letters a number inside", cell({"letters": 5}), "assignments.a.r.letters: must be text"),
    ("note a number", cell({"letters": "R", "note": 5}), "assignments.a.r.note: must be text"),
    ("unknown field in a cell", cell({"letters": "R", "colour": 1}), "assignments.a.r.colour"),
    ("assignments a list", doc(assignments=[]), "assignments: must be an object"),
    ("assignment row a list", doc(assignments={"a": []}), "assignments.a: must be an object"),
    ("unknown scheme name", doc(scheme="FOO"), "scheme: unknown scheme 'FOO'"),
    ("scheme a number", doc(scheme=3), "scheme: must be a scheme name or a scheme object"),
    (
        "custom scheme with a duplicate letter",
        doc(scheme={"name": "X", "letters": [{"letter": "P", "name": "a"}] * 2}),
        "scheme: letter 'P' is defined twice",
    ),
    (
        "custom scheme accountable letter not in letters",
        scheme(accountable="A"),
        "scheme: accountable letter 'A' is not one of the scheme's letters",
    ),
    (
        "custom scheme letter not a capital",
        doc(scheme={"name": "X", "letters": [{"letter": "pp", "name": "a"}]}),
        "scheme.letters[0].letter: a letter must be one capital letter",
    ),
    ("custom scheme with no letters", doc(scheme={"name": "X", "letters": []}), "scheme.letters"),
    ("custom scheme unknown field", scheme(colour="red"), "scheme.colour: is not a known field"),
    (
        "a RASCI letter in a RACI file",
        cell("S"),
        "'S' is not a letter of the RACI scheme (R/A/C/I)",
    ),
    ("deeply nested lists", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    (
        "deeply nested inside a field",
        '{"schema_version": 1, "title": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "nested too deeply",
    ),
    ("NaN", '{"schema_version": 1, "title": NaN}', "title: NaN is not allowed"),
    ("Infinity", '{"schema_version": 1, "roles": [Infinity]}', "roles[0]: Infinity is not allowed"),
    ("-Infinity", '{"schema_version": -Infinity}', "schema_version: -Infinity is not allowed"),
    ("a number too long", '{"schema_version": ' + "9" * 5000 + "}", "a number is far too long"),
    (
        "a key twice (a bad merge)",
        '{"schema_version": 1, "title": "a", "title": "b"}',
        "the key 'title' appears twice",
    ),
    ("an unpaired surrogate", '{"schema_version": 1, "title": "\\ud800"}', "title: holds an"),
    (
        "an unpaired surrogate in a key",
        '{"schema_version": 1, "assignments": {"\\udc00": {}}}',
        "assignments: a key holds an unpaired",
    ),
]


@pytest.mark.parametrize(
    ("content", "expected"), [case[1:] for case in BAD_INPUTS], ids=[case[0] for case in BAD_INPUTS]
)
def test_bad_input_names_the_file_and_the_place(
    content: str | bytes, expected: str, tmp_path: Path
) -> None:
    path = tmp_path / "bad.raci.json"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    with pytest.raises(FileError) as info:
        native.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message
    assert "Input should" not in message  # pydantic's wording is translated for people


def test_newer_version_says_to_update_the_program() -> None:
    with pytest.raises(FileError, match=r"newer.*please update the program"):
        native.loads('{"schema_version": 7, "something_new": []}')


def test_a_good_letter_of_a_custom_scheme_loads() -> None:
    loaded = native.loads(scheme(assignments={"a": {"r": "S/P"}}))
    assert loaded.cell("a", "r") == "PS"


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "matrix.raci.json"
    folder.mkdir()
    with pytest.raises(FileError, match=r"matrix\.raci\.json: cannot read: is a folder"):
        native.load(folder)


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.raci.json"
    with pytest.raises(FileError) as info:
        native.load(path)
    assert str(info.value) == f"{path}: cannot read: no such file or folder"
