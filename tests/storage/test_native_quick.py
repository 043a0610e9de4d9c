"""The pydantic-free reader of plain native files reads exactly what the full reader reads.

`raci-editor validate` of a plain `.raci.json` goes through
`storage.native_quick` (issue 10: most of the time of validating a small or
sparse matrix was importing pydantic). Whatever the file, the quick reader
either gives the same content as `storage.native` or leaves the file to it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci_editor.cli import main
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.plain_matrix import PlainMatrix
from raci_editor.core.rules import validate
from raci_editor.core.scheme import BUILTIN_SCHEMES
from raci_editor.storage import native, native_quick
from raci_editor.storage.errors import FileError
from raci_editor.storage.native_quick import quick_read

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "sample_projects").glob("*.raci.json"))


def content(m: Matrix | PlainMatrix) -> dict[str, Any]:
    """What a reader gives, in plain values, for comparing the two readers."""

    def item(x: Any) -> tuple[str, ...]:
        return (
            x.id,
            x.name,
            x.group,
            x.description,
            getattr(x, "holder", ""),
            getattr(x, "deputy", ""),
        )

    scheme = m.scheme
    return {
        "title": m.title,
        "description": m.description,
        "scheme": (
            scheme.name,
            [(x.letter, x.name, x.meaning) for x in scheme.letters],
            (scheme.accountable, scheme.responsible, scheme.consulted, scheme.informed),
        ),
        "roles": [item(r) for r in m.roles],
        "activities": [item(a) for a in m.activities],
        "letters": {a: dict(row) for a, row in m.letters.items()},
        "notes": {a: dict(row) for a, row in m.notes.items()},
        "rules": dict(m.rules),
        "waivers": list(m.waivers),
    }


def both(path: Path) -> tuple[PlainMatrix | None, Matrix | FileError]:
    try:
        full: Matrix | FileError = native.load(path)
    except FileError as exc:
        full = exc
    return quick_read(path), full


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_sample_is_read_quickly_and_the_same(sample: Path) -> None:
    quick, full = both(sample)
    assert quick is not None
    assert isinstance(full, Matrix)
    assert content(quick) == content(full)
    assert validate(quick) == validate(full)  # type: ignore[arg-type]


def base() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "title": "Launch",
        "scheme": "RACI",
        "roles": [
            {"id": "boss", "name": "Boss", "group": "Lead", "holder": "Ana"},
            {"id": "dev", "name": "Dev"},
        ],
        "activities": [
            {"id": "plan", "name": "Plan", "group": "Prepare", "description": "first"},
            {"id": "ship", "name": "Ship"},
        ],
        "assignments": {
            "plan": {"boss": "A", "dev": "R"},
            "ship": {"boss": "R/A", "dev": {"letters": "I", "note": "by mail"}},
        },
    }


SCALARS = st.one_of(
    st.sampled_from(["", " ", "R", "A", "r", "R/A", "A/R", "R / A", "R//A", "X", "RA", "Ｒ", "I "]),
    st.text(max_size=6),
    st.integers(-2, 3),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=True),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["id", "name", "letters", "note", "x"]), inner, max_size=3),
    ),
    max_leaves=6,
)
PLACES: list[tuple[Any, ...]] = [
    ("schema_version",),
    ("title",),
    ("description",),
    ("scheme",),
    ("roles",),
    ("roles", 0),
    ("roles", 0, "id"),
    ("roles", 0, "name"),
    ("roles", 1, "group"),
    ("roles", 1, "holder"),
    ("roles", 1, "unknown"),
    ("activities", 1, "id"),
    ("activities", 1, "name"),
    ("activities", 0, "group"),
    ("activities", 0, "holder"),
    ("assignments",),
    ("assignments", "plan"),
    ("assignments", "plan", "boss"),
    ("assignments", "plan", "ghost"),
    ("assignments", "ghost"),
    ("assignments", "ship", "dev"),
    ("assignments", "ship", "dev", "letters"),
    ("assignments", "ship", "dev", "note"),
    ("assignments", "ship", "dev", "x"),
    ("rules",),
    ("waivers",),
    ("snapshots",),
    ("extra",),
]


def put(data: dict[str, Any], place: tuple[Any, ...], value: Any) -> None:
    target: Any = data
    for key in place[:-1]:
        target = target[key]
    if isinstance(target, list | dict):
        target[place[-1]] = value


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.sampled_from(PLACES), VALUES), max_size=3),
    st.sampled_from(list(BUILTIN_SCHEMES)),
)
def test_any_file_is_read_the_same_or_left_to_the_full_reader(
    tmp_path: Path, edits: list[tuple[tuple[Any, ...], Any]], scheme: str
) -> None:
    data = base()
    data["scheme"] = scheme if scheme != "RACI" else "raci "
    for place, value in edits:
        try:
            put(data, place, value)
        except (KeyError, IndexError, TypeError):
            continue
    path = tmp_path / "m.raci.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    quick, full = both(path)
    if quick is not None:
        assert isinstance(full, Matrix), full  # never a matrix from a file the full reader refuses
        assert content(quick) == content(full)


@pytest.mark.parametrize(
    "text",
    [
        '{"schema_version": 1, "title": "a", "title": "b"}',
        '{"schema_version": 1, "roles": [], "activities": [], "x": NaN}',
        '{"schema_version": 1, "title": "\\ud800"}',
        '{"schema_version": 2}',
        '{"schema_version": 1, "rules": {"no-accountable": {"enabled": false}}}',
        "[1, 2]",
        "",
        "{",
    ],
)
def test_files_the_quick_reader_leaves_to_the_full_one(tmp_path: Path, text: str) -> None:
    path = tmp_path / "m.raci.json"
    path.write_text(text, encoding="utf-8")
    assert quick_read(path) is None


def test_a_missing_file_is_left_to_the_full_reader(tmp_path: Path) -> None:
    assert quick_read(tmp_path / "missing.raci.json") is None


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("sample", SAMPLES[:3], ids=lambda p: p.name)
def test_validate_says_the_same_with_and_without_the_quick_reader(
    sample: Path, fmt: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = main(["validate", str(sample), "--format", fmt]), capsys.readouterr()
    monkeypatch.setattr(native_quick, "quick_read", lambda path: None)
    monkeypatch.setattr("raci_editor.cli.quick_read", lambda path: None)
    full = main(["validate", str(sample), "--format", fmt]), capsys.readouterr()
    assert quick == full


def test_validate_of_a_plain_native_file_does_not_import_pydantic(tmp_path: Path) -> None:
    path = tmp_path / "team.raci.json"
    native.save(
        Matrix(
            roles=[Role(id="r", name="R")],
            activities=[Activity(id="a", name="A")],
            letters={"a": {"r": "RA"}},
        ),
        path,
    )
    code = (
        "import sys\n"
        "from raci_editor.cli import main\n"
        f"status = main(['validate', {str(path)!r}])\n"
        "assert 'pydantic' not in sys.modules, 'pydantic was imported'\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "0 errors, 0 warnings" in done.stdout


def test_the_quick_reader_knows_the_same_fields_as_the_models() -> None:
    """Its lists of fields are its own (it imports no pydantic): they must follow the models'."""
    assert set(Role.model_fields) == native_quick._ROLE_FIELDS
    assert set(Activity.model_fields) == native_quick._ACTIVITY_FIELDS
    assert set(native._File.model_fields) == native_quick._TOP | set(native_quick._EMPTY_EXTRAS)
