"""Big native files are read by shortcuts (issue 10) that must say exactly what the cell-by-cell
reading says: the same matrix, and the same first problem for a bad file."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest

from raci_editor.cli import main
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.scheme import BUILTIN_SCHEMES
from raci_editor.storage import native
from raci_editor.storage.errors import FileError

N_ROLES, N_ACTS = 12, 60


def big(**changes: Any) -> dict[str, Any]:
    """A file of 60 × 12 cells with the same few texts again and again."""
    texts = ["R", "C", "I", "A", "R/A", "A/R", " C ", ""]
    assignments = {
        f"a{i}": {f"r{j}": texts[(i + j) % len(texts)] for j in range(N_ROLES)}
        for i in range(N_ACTS)
    }
    return {
        "schema_version": 1,
        "roles": [{"id": f"r{j}", "name": f"Role {j}"} for j in range(N_ROLES)],
        "activities": [{"id": f"a{i}", "name": f"Task {i}"} for i in range(N_ACTS)],
        "assignments": assignments,
        **changes,
    }


def reason(data: dict[str, Any] | str) -> str:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(FileError) as info:
        native.loads(text, "m.raci.json")
    return str(info.value).removeprefix("m.raci.json: ")


def test_repeated_texts_give_letters_in_scheme_order_and_empty_cells_are_left_out() -> None:
    matrix = native.loads(json.dumps(big()))
    for i in range(N_ACTS):
        for j in range(N_ROLES):
            text = ["R", "C", "I", "A", "R/A", "A/R", " C ", ""][(i + j) % 8]
            expected = "".join(ch for ch in "RACI" if ch in text)
            assert matrix.cell(f"a{i}", f"r{j}") == expected
            assert (f"r{j}" in matrix.row(f"a{i}")) == bool(expected)


def test_rows_with_notes_and_rows_without_letters_read_as_cell_by_cell() -> None:
    data = big()
    data["assignments"]["a3"]["r5"] = {"letters": "I/C", "note": "ask first"}
    data["assignments"]["a4"] = {"r0": {"note": "only a note"}, "r1": ""}
    data["assignments"]["a5"] = {}
    matrix = native.loads(json.dumps(data))
    assert matrix.cell("a3", "r5") == "CI"
    assert matrix.note("a3", "r5") == "ask first"
    assert "a4" not in matrix.letters
    assert matrix.notes["a4"] == {"r0": "only a note"}
    assert "a5" not in matrix.letters
    written = [r for r, text in data["assignments"]["a3"].items() if text != ""]
    assert list(matrix.row("a3")) == written  # in the file's order


def test_a_bad_letter_after_many_good_rows_is_found() -> None:
    data = big()
    data["assignments"]["a59"]["r11"] = "R/X"
    assert reason(data) == "assignments.a59.r11: 'X' is not a letter of the RACI scheme (R/A/C/I)"


def test_a_text_met_again_after_an_error_would_still_be_refused() -> None:
    data = big()
    data["assignments"]["a0"]["r0"] = "R/R/Q"
    assert reason(data).startswith("assignments.a0.r0: 'Q' is not a letter")


def test_references_are_checked_before_any_letter() -> None:
    data = big()
    data["assignments"]["a0"]["r0"] = "X"
    data["assignments"]["a59"]["ghost"] = "R"
    assert reason(data) == "assignments.a59.ghost: there is no role with id 'ghost'"


def test_the_scheme_is_checked_before_the_references() -> None:
    data = big(scheme="NOPE")
    data["assignments"]["ghost"] = {"r0": "R"}
    assert reason(data).startswith("scheme: unknown scheme 'NOPE'")


def test_a_wrongly_typed_row_is_said_as_pydantic_says_it_with_the_other_problems() -> None:
    data = big(title=5)
    data["assignments"]["a7"] = ["R"]
    assert reason(data) == "title: must be text; assignments.a7: must be an object"


def test_a_non_text_cell_in_a_big_row() -> None:
    data = big()
    data["assignments"]["a9"]["r3"] = 1
    assert reason(data) == 'assignments.a9.r3: must be letters like "R/A" or an object'


def test_a_repeated_key_in_a_long_row_is_named() -> None:
    text = json.dumps(big()).replace('"r3": ', '"r2": "C", "r3": ', 1)
    assert reason(text) == (
        "is not valid JSON for RACI Editor: the key 'r2' appears twice in one object"
    )


def test_nan_and_surrogates_deep_in_the_cells_are_still_found() -> None:
    text = json.dumps(big())
    assert reason(text.replace('"I"', "NaN", 1)).endswith(
        "NaN is not allowed; numbers must be finite"
    )
    escaped = text.replace('"Task 7"', '"Task \\udc00"')
    assert (
        reason(escaped)
        == "activities[7].name: holds an unpaired \\u surrogate escape, not a character"
    )
    raw = text.replace('"Task 7"', '"Task \udc00"')  # a str may hold one without an escape
    assert (
        reason(raw) == "activities[7].name: holds an unpaired \\u surrogate escape, not a character"
    )


def test_paired_surrogate_escapes_are_characters() -> None:
    text = json.dumps(big(title="\U0001f600"), ensure_ascii=True)
    assert "\\ud83d" in text
    assert native.loads(text).title == "\U0001f600"


@pytest.mark.parametrize("name", list(BUILTIN_SCHEMES))
def test_a_big_matrix_of_every_scheme_round_trips(name: str) -> None:
    scheme = BUILTIN_SCHEMES[name]
    alphabet = scheme.alphabet
    letters = {
        f"a{i}": {
            f"r{j}": "".join(ch for k, ch in enumerate(alphabet) if (i * j + k) % 3 == 0) or "X"
            for j in range(N_ROLES)
        }
        for i in range(N_ACTS)
    }
    letters = {a: {r: v for r, v in row.items() if v != "X"} for a, row in letters.items()}
    matrix = Matrix(
        scheme=scheme,
        roles=[Role(id=f"r{j}", name=f"Role {j}") for j in range(N_ROLES)],
        activities=[Activity(id=f"a{i}", name=f"Task {i}") for i in range(N_ACTS)],
        letters={a: row for a, row in letters.items() if row},
    )
    assert native.loads(native.dumps(matrix)) == matrix


def test_validating_leaves_the_cycle_collector_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "m.raci.json"
    path.write_text(json.dumps(big()), "utf-8")
    assert gc.isenabled()
    assert main(["validate", str(path)]) in (0, 1)
    assert gc.isenabled()
    gc.disable()
    try:
        main(["validate", str(path)])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_matrix_from_the_callers_data_shares_none_of_its_rows() -> None:
    data = big()
    data["assignments"]["a2"] = {"r0": "C", "r1": "I"}  # letters as they are, after rows of them
    before = json.dumps(data)
    matrix = native.from_data(data, "m.raci.json")
    matrix.put_cell("a2", "r0", "", "")
    matrix.put_cell("a2", "r1", "A", "")
    assert json.dumps(data) == before
    assert matrix.row("a2") == {"r1": "A"}
