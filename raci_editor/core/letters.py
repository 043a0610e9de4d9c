"""Turn what people type into a cell (``"A/R"``, ``"r"``, ``"Ｒ"``, ``"Responsible"``) into letters.

Follows the table in IMPORT.md. Used by the importers and by paste.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from raci_editor.core.scheme import Scheme

NONE_TEXTS = frozenset({"", "-", "–", "—", "n/a", "na", "none", "/"})
"""Cell texts that mean "not involved"."""

_WORDS = {
    "responsible": "R",
    "accountable": "A",
    "consulted": "C",
    "informed": "I",
    "负责": "R",
    "批准": "A",
    "咨询": "C",
    "知会": "I",
}
# Cyrillic (and Greek) capitals that look like Latin ones.
_LOOKALIKES = str.maketrans(
    "АВСЕНІКМОРТХЅЈΑΒΕΗΙΚΜΝΟΡΤΧ",
    "ABCEHIKMOPTXSJABEHIKMNOPTX",
)
_CONNECTORS = re.compile(r"\s+(?:and|et|y|und|e|и)\s+", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s/,;+&、，；|()\[\]]+")


@dataclass(frozen=True, slots=True)
class ParsedCell:
    """What a cell's text means: letters in scheme order, or text kept as unknown."""

    letters: str = ""
    unknown: str = ""
    lookalikes: bool = False


def clean_text(text: str) -> str:
    """Trim white space (non-breaking too) and turn line breaks into spaces."""
    return " ".join(text.replace("\u00a0", " ").split())


def parse_cell(text: str, scheme: Scheme) -> ParsedCell:
    """Read one cell's text; anything that is not letters of ``scheme`` is ``unknown``."""
    raw = clean_text(text)
    folded = unicodedata.normalize("NFKC", raw).strip()
    if folded.casefold() in NONE_TEXTS:
        return ParsedCell()
    alphabet = scheme.alphabet
    if folded.upper() == "N" and "N" not in alphabet:
        return ParsedCell()
    delatin = folded.translate(_LOOKALIKES)
    lookalikes = delatin != folded
    words = dict(_WORDS)
    words.update({d.name.casefold(): d.letter for d in scheme.letters})
    found: set[str] = set()
    for token in _SEPARATORS.split(_CONNECTORS.sub(" ", delatin)):
        if not token:
            continue
        word = words.get(token.casefold())
        if word is not None and word in alphabet:
            found.add(word)
        elif all(ch in alphabet for ch in token.upper()) and len(token) <= len(alphabet):
            found.update(token.upper())
        else:
            return ParsedCell(unknown=raw)
    if not found:
        return ParsedCell(unknown=raw)
    return ParsedCell("".join(ch for ch in alphabet if ch in found), lookalikes=lookalikes)
