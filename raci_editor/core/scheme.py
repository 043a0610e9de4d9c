"""Letter schemes: RACI (the default), RASCI, DACI, CAIRO, RACI-VS, DRASCI and custom ones.

A scheme names its letters in display order and says which letter plays the
accountable, responsible, consulted and informed parts, so that the rules
work the same way for every scheme.

The built-in letters' names and meanings are marked for translation in the
context ``Letters``; the model keeps them as plain English ``str`` (as a file
stores them). The editor says a letter's name with ``word("Letters", name)``
and its meaning with ``translate("Letters", meaning)``: a built-in word is
translated, a custom scheme's own word is shown as written.
"""

from __future__ import annotations

from typing import Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from raci_editor.core.scheme_data import BUILTIN, Letter, builtin_named
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text, join, plural

_BLANK = Text(QT_TRANSLATE_NOOP("Letters", "must not be blank"))


class LetterDef(BaseModel):
    """One letter of a scheme with its name and what it means."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    letter: str
    name: str
    meaning: str = ""

    @field_validator("letter")
    @classmethod
    def _one_capital(cls, value: str) -> str:
        if len(value) != 1 or not ("A" <= value <= "Z"):
            raise ValueError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Letters", "a letter must be one capital letter A-Z, not {value!r}"
                    ),
                    value=value,
                )
            )
        return value

    @field_validator("name")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError(_BLANK)
        return value.strip()


class Scheme(BaseModel):
    """A set of letters and the part each plays."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    letters: tuple[LetterDef, ...] = Field(min_length=1)
    accountable: str | None = None
    responsible: str | None = None
    consulted: str | None = None
    informed: str | None = None

    @field_validator("name")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError(_BLANK)
        return value.strip()

    @model_validator(mode="after")
    def _parts_are_letters(self) -> Self:
        seen: set[str] = set()
        for item in self.letters:
            if item.letter in seen:
                raise ValueError(
                    Text(
                        QT_TRANSLATE_NOOP("Letters", "letter {letter!r} is defined twice"),
                        letter=item.letter,
                    )
                )
            seen.add(item.letter)
        for part in ("accountable", "responsible", "consulted", "informed"):
            letter = getattr(self, part)
            if letter is not None and letter not in seen:
                raise ValueError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Letters", "{part} letter {letter!r} is not one of the scheme's letters"
                        ),
                        part=part,
                        letter=letter,
                    )
                )
        return self

    @property
    def alphabet(self) -> str:
        """The scheme's letters in display order, as one string (``"RACI"``)."""
        return "".join(item.letter for item in self.letters)

    @property
    def is_builtin(self) -> bool:
        """Whether this is exactly one of the built-in schemes."""
        return BUILTIN_SCHEMES.get(self.name) == self

    def letter_def(self, letter: str) -> LetterDef | None:
        """The definition of ``letter``, or None when the scheme has no such letter."""
        for item in self.letters:
            if item.letter == letter:
                return item
        return None

    def normalise(self, letters: str) -> str:
        """``letters`` deduplicated, in scheme order; ValueError on a foreign letter."""
        alphabet = self.alphabet
        foreign = sorted({ch for ch in letters if ch not in alphabet})
        if foreign:
            raise ValueError(
                plural(
                    len(foreign),
                    QT_TRANSLATE_NOOP(
                        "Letters", "{letters} is not a letter of the {scheme} scheme ({alphabet})"
                    ),
                    QT_TRANSLATE_NOOP(
                        "Letters", "{letters} are not letters of the {scheme} scheme ({alphabet})"
                    ),
                    letters=join(foreign),
                    scheme=self.name,
                    alphabet="/".join(alphabet),
                )
            )
        return "".join(ch for ch in alphabet if ch in letters)

    def display(self, letters: str) -> str:
        """Letters as people write them: ``"RA"`` becomes ``"R/A"``."""
        return "/".join(letters)


def _scheme(name: str, parts: dict[str, str], letters: tuple[Letter, ...]) -> Scheme:
    return Scheme(
        name=name,
        letters=tuple(LetterDef(letter=ch, name=n, meaning=m) for ch, n, m in letters),
        **parts,
    )


RACI, RASCI, DACI, CAIRO, RACI_VS, DRASCI = (_scheme(*builtin) for builtin in BUILTIN)

BUILTIN_SCHEMES: dict[str, Scheme] = {
    s.name: s for s in (RACI, RASCI, DACI, CAIRO, RACI_VS, DRASCI)
}


def builtin_scheme(name: str) -> Scheme:
    """Look up a built-in scheme by name (case-insensitive); raise KeyError if unknown."""
    found = builtin_named(name)
    if found is None:
        raise KeyError(name)
    return BUILTIN_SCHEMES[found[0]]
