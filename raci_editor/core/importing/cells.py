"""What one cell's text is, before the layout is known: a code, a number, a name…"""

from __future__ import annotations

import re
from enum import Enum

from raci_editor.core.letters import NONE_TEXTS, clean_text, parse_cell
from raci_editor.core.scheme import BUILTIN_SCHEMES, Scheme

_NUMBER = re.compile(r"^[-+]?(\d[\d\s.,:/%]*|\.\d+)(e[-+]?\d+)?$", re.IGNORECASE)
_ID = re.compile(r"^[#№]?\s*[A-Za-z]{0,3}[-_.]?\d+(?:[.\-]\d+)*[.)]?$")
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
        self._seen: dict[str, Kind] = {}

    def kind(self, text: str) -> Kind:
        """The kind of ``text``."""
        found = self._seen.get(text)
        if found is None:
            found = self._seen[text] = self._classify(text)
        return found

    def _classify(self, text: str) -> Kind:
        cleaned = clean_text(text)
        if not cleaned:
            return Kind.EMPTY
        if cleaned.casefold() in NONE_TEXTS:
            return Kind.NONE
        if len(cleaned) <= 24 and any(
            parse_cell(cleaned, s).letters and not parse_cell(cleaned, s).unknown
            for s in self._schemes
        ):
            return Kind.CODE
        if cleaned.upper() == "N":
            return Kind.NONE
        if _SINGLE.match(cleaned):
            return Kind.SINGLE
        if _NUMBER.match(cleaned) or _ERROR.match(cleaned):
            return Kind.NUMBER
        return Kind.TEXT


def is_letterish(kind: Kind) -> bool:
    """Whether a cell of this kind can sit in a role column."""
    return kind in (Kind.CODE, Kind.SINGLE)


def is_id_like(text: str) -> bool:
    """Numbers and short ids (``1``, ``1.2.3``, ``T-04``, ``#7``): not activity names."""
    cleaned = clean_text(text)
    return bool(_NUMBER.match(cleaned) or _ID.match(cleaned))
