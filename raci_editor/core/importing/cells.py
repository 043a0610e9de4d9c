"""What one cell's text is, before the layout is known: a code, a number, a name…"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from raci_editor.core.letters import NONE_TEXTS, clean_text, parse_cell
from raci_editor.core.scheme import BUILTIN_SCHEMES, Scheme

_NUMBER = re.compile(r"^[-+]?(\d[\d\s.,:/%]*|\.\d+)(e[-+]?\d+)?$", re.IGNORECASE)
_ID = re.compile(r"^[#№]?\s*[A-Za-z]{0,3}[-_.]?\d+(?:[.\-]\d+)*[.)]?$")
_CODE_ASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz \t\n\r\x0b\x0c/,;+&|()[]"
"""The ASCII characters letters, built-in letter words and their separators are made of."""
_SINGLE = re.compile(r"^[A-Za-z]$")
_ERROR = re.compile(r"^#(REF|N/A|VALUE|DIV/0|NAME\?|NUM|NULL)!?$", re.IGNORECASE)


class Kind(Enum):
    """The class of a cell's text."""

    EMPTY = "empty"
    NONE = "none"
    """``-``, ``n/a``: written to say "no involvement"."""
    CODE = "code"
    """Letters of some built-in scheme: ``R``, ``A/R``, ``Responsible``."""
    SINGLE = "single"
    """One Latin letter no built-in scheme knows (``P``, ``x``): maybe a custom scheme."""
    NUMBER = "number"
    TEXT = "text"


class Classifier:
    """Classifies cell texts, remembering each distinct text (sheets repeat their letters)."""

    def __init__(self, extra: Scheme | None = None) -> None:
        self._schemes = [*BUILTIN_SCHEMES.values(), *([extra] if extra else [])]
        self._any = _union(self._schemes)
        names = "".join(d.name for d in self._any.letters)
        self._code_chars = frozenset(_CODE_ASCII + names.upper() + names.lower())
        self._seen: dict[str, Kind] = {}

    def kind(self, text: str) -> Kind:
        """The kind of ``text``."""
        found = self._seen.get(text)
        if found is None:
            found = self._seen[text] = self._classify(text)
        return found

    def kinds(self, texts: Sequence[str]) -> list[Kind]:
        """The kind of each of ``texts``: each new distinct text classified, the rest looked up.

        A sheet repeats a handful of letters thousands of times; looking them
        up with ``map`` keeps the per-cell work out of Python bytecode.
        """
        seen = self._seen
        for text in set(texts).difference(seen):
            seen[text] = self._classify(text)
        return list(map(seen.__getitem__, texts))

    def _classify(self, text: str) -> Kind:
        cleaned = clean_text(text)
        if not cleaned:
            return Kind.EMPTY
        if cleaned.casefold() in NONE_TEXTS:
            return Kind.NONE
        if len(cleaned) <= 24 and self._is_code(cleaned):
            return Kind.CODE
        if cleaned.upper() == "N":
            return Kind.NONE
        if _SINGLE.match(cleaned):
            return Kind.SINGLE
        if _NUMBER.match(cleaned) or _ERROR.match(cleaned):
            return Kind.NUMBER
        return Kind.TEXT

    def _is_code(self, cleaned: str) -> bool:
        """Whether some scheme reads the text as letters and nothing else.

        A text that even the union of all the schemes cannot read (an
        activity name) is none of them; one parse of it instead of one per
        scheme. Before that, an ASCII text with a character no letter, letter
        name or separator has (a digit, a dot) is no letters at all.
        """
        if cleaned.isascii() and not self._code_chars.issuperset(cleaned):
            return False
        if parse_cell(cleaned, self._any).unknown:
            return False
        return any(
            parse_cell(cleaned, s).letters and not parse_cell(cleaned, s).unknown
            for s in self._schemes
        )


def _union(schemes: Sequence[Scheme]) -> Scheme:
    """Every letter and letter name of ``schemes`` as one scheme, for a quick no.

    ``parse_cell`` takes a token that is a letter name or a run of letters
    no longer than the alphabet; all the schemes' names and letters together
    take every token one of them takes. (Unvalidated: letters repeat.)
    """
    return Scheme.model_construct(name="", letters=tuple(d for s in schemes for d in s.letters))


LETTERISH = (Kind.CODE, Kind.SINGLE)
"""The kinds a cell in a role column may have (a tuple: ``in`` tests identity first, fast)."""


def is_letterish(kind: Kind) -> bool:
    """Whether a cell of this kind can sit in a role column."""
    return kind in LETTERISH


def has_letterish(kinds: Sequence[Kind]) -> bool:
    """Whether any of ``kinds`` can sit in a role column (tested in C, not per cell)."""
    return Kind.CODE in kinds or Kind.SINGLE in kinds


def is_id_like(text: str) -> bool:
    """Numbers and short ids (``1``, ``1.2.3``, ``T-04``, ``#7``): not activity names."""
    cleaned = clean_text(text)
    return bool(_NUMBER.match(cleaned) or _ID.match(cleaned))
