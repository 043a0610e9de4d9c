"""Which letter scheme a sheet is written in: a built-in one, or a custom one from its legend."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from raci_editor.core.letters import clean_text, parse_cell
from raci_editor.core.scheme import BUILTIN_SCHEMES, LetterDef, Scheme, builtin_scheme
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text, join, word

DETECT_ORDER = ("RACI", "RASCI", "DACI", "CAIRO", "RACI-VS", "DRASCI")
"""Smallest first: the first scheme that reads every cell wins."""
AS_CHOSEN = Text(QT_TRANSLATE_NOOP("Import", "as chosen"))
"""Why a scheme or a sheet was taken: the user chose it."""
CUSTOM_SHARE = 0.2
"""Unknown single letters must be this share of the letter cells to make a custom scheme."""


def pick_scheme(
    texts: Iterable[str], legend: Mapping[str, str], forced: str | None = None
) -> tuple[Scheme, str]:
    """The scheme to read ``texts`` (the role cells) with, and why (a :class:`Text`).

    ``legend`` maps letters to the words a legend on the sheet gives them.
    """
    if forced:
        return builtin_scheme(forced), AS_CHOSEN
    return pick_counted(Counter(texts), legend)


def pick_counted(
    counts: Mapping[str, int], legend: Mapping[str, str], forced: str | None = None
) -> tuple[Scheme, str]:
    """:func:`pick_scheme` for texts already counted (text -> how many cells hold it).

    Only the distinct texts are read, in the order they first appear, so a
    sheet of a million letters costs as much as its few dozen distinct texts.
    """
    if forced:
        return builtin_scheme(forced), AS_CHOSEN
    cells: Counter[str] = Counter()
    for text, n in counts.items():
        cleaned = clean_text(text)
        if cleaned:
            cells[cleaned] += n
    distinct = set(cells)
    scored = []
    for name in DETECT_ORDER:
        scheme = BUILTIN_SCHEMES[name]
        unknown = {t for t in distinct if parse_cell(t, scheme).unknown}
        scored.append((scheme, unknown))
    legend_letters = set(legend)
    for scheme, unknown in scored:
        if not unknown and legend_letters <= set(scheme.alphabet) | {"N"}:
            return scheme, _why(scheme, distinct)
    for scheme, unknown in scored:
        if not unknown:
            return scheme, _why(scheme, distinct)
    best, unknown = min(scored, key=lambda s: len(s[1]))
    custom = _custom(cells, unknown, best, legend)
    if custom is not None:
        return custom, Text(
            QT_TRANSLATE_NOOP("Import", "custom letters {letters}"),
            letters=join(_letter_text(d) for d in custom.letters),
        )
    return best, Text(
        QT_TRANSLATE_NOOP("Import", "reads the most cells; {n} other texts are kept as notes"),
        n=len(unknown),
    )


def scheme_note(name: str, reason: str) -> Text:
    """The report's line on the scheme: ``Scheme RACI: the cells use R, A, C and I.``."""
    return Text(
        QT_TRANSLATE_NOOP("Import", "Scheme {scheme}: {reason}."), scheme=name, reason=reason
    )


def _letter_text(letter: LetterDef) -> str:
    """``P (Primary)``: a custom letter and the word its legend gives it (``P`` alone if none)."""
    if letter.name == letter.letter:
        return letter.letter
    return Text(
        QT_TRANSLATE_NOOP("Import", "{letter} ({name})"),
        letter=letter.letter,
        name=word("Letters", letter.name),
    )


def _why(scheme: Scheme, distinct: set[str]) -> str:
    if scheme.name == "RACI":
        return Text(QT_TRANSLATE_NOOP("Import", "the cells use R, A, C and I"))
    used = sorted({ch for t in distinct for ch in parse_cell(t, scheme).letters})
    extra = [ch for ch in used if ch not in "RACI"]
    return Text(QT_TRANSLATE_NOOP("Import", "the cells use {letters}"), letters=join(extra or used))


def _custom(
    cells: Counter[str], unknown: set[str], best: Scheme, legend: Mapping[str, str]
) -> Scheme | None:
    """A custom scheme when the unknown texts are single letters that a legend names or many use.

    ``cells`` counts the cleaned texts, in the order they first appear.
    """
    singles = {t.upper() for t in unknown if len(t) == 1 and t.isascii() and t.isalpha()}
    if not singles or len(singles) < len({t.upper() for t in unknown}):
        return None
    share = sum(n for t, n in cells.items() if t.upper() in singles) / max(1, cells.total())
    if share < CUSTOM_SHARE and not singles <= set(legend):
        return None
    seen: list[str] = [ch for ch in legend if ch.isascii() and ch.isalpha()]
    for text in cells:
        for ch in text.upper():
            if ch.isascii() and ch.isalpha() and ch not in seen and _is_letter_cell(text, ch):
                seen.append(ch)
    letters = tuple(
        LetterDef(letter=ch, name=legend.get(ch, _builtin_name(ch, best))) for ch in seen
    )
    parts = {
        part: letter
        for part, letter in (
            ("responsible", "R"),
            ("accountable", "A"),
            ("consulted", "C"),
            ("informed", "I"),
        )
        if letter in seen
    }
    return Scheme(name="".join(seen), letters=letters, **parts)


def _is_letter_cell(text: str, letter: str) -> bool:
    return text.upper() == letter or all(ch.isupper() or not ch.isalpha() for ch in text)


def _builtin_name(letter: str, scheme: Scheme) -> str:
    found = scheme.letter_def(letter)
    return found.name if found else letter
