"""Letter schemes: the built-ins and custom ones."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from raci_editor.core.scheme import BUILTIN_SCHEMES, CAIRO, DACI, RACI, LetterDef, Scheme


def test_builtin_schemes_say_which_letter_plays_each_part() -> None:
    assert set(BUILTIN_SCHEMES) == {"RACI", "RASCI", "DACI", "CAIRO", "RACI-VS", "DRASCI"}
    assert (RACI.responsible, RACI.accountable, RACI.consulted, RACI.informed) == tuple("RACI")
    assert DACI.responsible == "D"
    assert DACI.letter_def("A") is not None
    assert DACI.letter_def("A").name == "Approver"  # type: ignore[union-attr]
    assert CAIRO.alphabet == "RACIO"
    assert BUILTIN_SCHEMES["RASCI"].alphabet == "RASCI"
    assert BUILTIN_SCHEMES["RACI-VS"].alphabet == "RACIVS"
    for scheme in BUILTIN_SCHEMES.values():
        assert scheme.is_builtin
        assert all(d.meaning for d in scheme.letters)


def test_normalise_orders_and_deduplicates() -> None:
    assert RACI.normalise("ARA") == "RA"
    assert RACI.display("RA") == "R/A"
    with pytest.raises(ValueError, match="X is not a letter of the RACI scheme"):
        RACI.normalise("AX")


def test_a_custom_scheme_may_have_no_accountable_letter() -> None:
    ps = Scheme(
        name="P/S",
        letters=(LetterDef(letter="P", name="Primary"), LetterDef(letter="S", name="Support")),
        responsible="P",
    )
    assert ps.alphabet == "PS"
    assert ps.accountable is None
    assert not ps.is_builtin


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"letters": (LetterDef(letter="P", name="x"), LetterDef(letter="P", name="y"))}, "twice"),
        ({"letters": (LetterDef(letter="P", name="x"),), "accountable": "A"}, "accountable"),
        ({"letters": ()}, "at least 1"),
    ],
)
def test_broken_custom_schemes_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Scheme(name="Mine", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("letter", ["", "AB", "a", "1", "Ä"])
def test_a_letter_is_one_capital(letter: str) -> None:
    with pytest.raises(ValidationError, match="one capital letter"):
        LetterDef(letter=letter, name="x")
