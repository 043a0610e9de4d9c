"""What people type into cells becomes letters (IMPORT.md's table)."""

from __future__ import annotations

import pytest

from raci_editor.core.letters import clean_text, parse_cell
from raci_editor.core.scheme import BUILTIN_SCHEMES, RACI


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("R", "R"),
        ("r", "R"),
        (" R ", "R"),
        ("Ｒ", "R"),
        ("A/R", "RA"),
        ("R/A", "RA"),
        ("AR", "RA"),
        ("RA", "RA"),
        ("A,R", "RA"),
        ("R, A", "RA"),
        ("A R", "RA"),
        ("A+R", "RA"),
        ("R & A", "RA"),
        ("R et A", "RA"),
        ("R y A", "RA"),
        ("R und A", "RA"),
        ("A、R", "RA"),
        ("R (A)", "RA"),
        ("(R)", "R"),
        ("Responsible", "R"),
        ("ACCOUNTABLE", "A"),
        ("consulted", "C"),
        ("Informed", "I"),
        ("负责", "R"),
        ("批准", "A"),
        ("咨询", "C"),
        ("知会", "I"),
        ("Ｃ／Ｉ", "CI"),
        ("R\u00a0", "R"),
    ],
)
def test_written_forms_mean_letters(text: str, letters: str) -> None:
    parsed = parse_cell(text, RACI)
    assert (parsed.letters, parsed.unknown) == (letters, "")


@pytest.mark.parametrize("text", ["", "  ", "-", "–", "—", "n/a", "N/A", "N", "n"])
def test_none_forms_mean_not_involved(text: str) -> None:
    assert parse_cell(text, RACI) == parse_cell("", RACI)
    assert parse_cell(text, RACI).letters == ""
    assert parse_cell(text, RACI).unknown == ""


def test_cyrillic_lookalikes_are_read_and_flagged() -> None:
    parsed = parse_cell("С", BUILTIN_SCHEMES["RASCI"])  # Cyrillic Es
    assert parsed.letters == "C"
    assert parsed.lookalikes


@pytest.mark.parametrize("text", ["X", "Lead", "R?", "owner", "TBD"])
def test_anything_else_is_kept_as_unknown(text: str) -> None:
    parsed = parse_cell(text, RACI)
    assert parsed.letters == ""
    assert parsed.unknown == text


def test_letter_names_of_other_schemes_count() -> None:
    assert parse_cell("Driver", BUILTIN_SCHEMES["DACI"]).letters == "D"
    assert parse_cell("S", BUILTIN_SCHEMES["RASCI"]).letters == "S"
    assert parse_cell("S", RACI).unknown == "S"


def test_clean_text_trims_and_joins_lines() -> None:
    assert clean_text("\u00a0Brand\nManager  ") == "Brand Manager"
