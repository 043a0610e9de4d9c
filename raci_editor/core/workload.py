"""How much each role carries: letter counts per role and per activity, and a role's card."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding
from raci_editor.core.texts import ENGLISH, QT_TRANSLATE_NOOP, Text, Translator, word

LOAD_RULES = frozenset({"overloaded-role", "too-many-accountable", "everywhere-role"})
"""Role findings that make a role stand out in the workload view."""


@dataclass(frozen=True)
class RoleLoad:
    """One role's letters over all activities."""

    role_id: str
    name: str
    group: str
    counts: dict[str, int]
    """Letter -> number of activities where the role holds it (``R/A`` counts for both)."""
    load: int
    """Activities where the role is R or A (the scheme's parts): the sort key."""
    involved: int
    """Activities where the role holds any letter."""
    share: float
    """``involved`` as a share of all activities (0 when there are none)."""
    flags: tuple[str, ...] = ()
    """Ids of the load rules that fire on this role (and are not waived)."""


@dataclass(frozen=True)
class RoleCard:
    """Everything one role does, by letter, each list grouped by activity group in order."""

    role_id: str
    name: str
    by_letter: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)
    """Letter -> [(group, [activity names])] in matrix order."""


@dataclass(frozen=True)
class RoleTally:
    """One role's letters over all activities, before names, flags and order."""

    counts: dict[str, int]
    """Letter -> number of activities where the role holds it."""
    load: int
    """Activities where the role is R or A (the scheme's parts)."""
    involved: int
    """Activities where the role holds any letter."""


def role_tallies(matrix: Matrix, role_ids: Iterable[str] | None = None) -> dict[str, RoleTally]:
    """Role id -> its tally, for the given roles (default: all, in role order).

    All roles take one pass over the cells, counted per distinct (role, letters)
    pair; a few roles read just their column. Either way the work per cell is
    done in C (``Counter``), so a 10,000 × 200 matrix takes a tenth of a
    second, one role a millisecond or two.
    """
    if role_ids is None:
        wanted = [r.id for r in matrix.roles]
        pairs: Counter[tuple[str, str]] = Counter()
        for row in matrix.letters.values():
            pairs.update(row.items())
        per_role: dict[str, dict[str, int]] = {r: {} for r in wanted}
        for (role_id, letters), n in pairs.items():
            cells = per_role.get(role_id)
            if cells is not None:
                cells[letters] = n
    else:
        wanted = list(role_ids)
        rows = list(matrix.letters.values())
        per_role = {r: Counter([row[r] for row in rows if r in row]) for r in wanted}
    scheme = matrix.scheme
    heavy = {scheme.responsible, scheme.accountable} - {None}
    return {r: _tally(per_role[r], scheme.alphabet, heavy) for r in wanted}


def _tally(cells: Mapping[str, int], alphabet: str, heavy: set[str | None]) -> RoleTally:
    """A tally from how many cells hold each distinct value (``{"RA": 3, "C": 7}``)."""
    counts = dict.fromkeys(alphabet, 0)
    load = involved = 0
    for letters, n in cells.items():
        if not letters:
            continue
        involved += n
        if heavy & set(letters):
            load += n
        for letter in letters:
            if letter in counts:
                counts[letter] += n
    return RoleTally(counts, load, involved)


def load_flags(findings: Iterable[Finding]) -> dict[str, tuple[str, ...]]:
    """Role id -> the load rules that fire on it and are not waived, sorted."""
    flags: dict[str, list[str]] = {}
    for f in findings:
        if f.rule in LOAD_RULES and f.role_id is not None and f.waiver is None:
            flags.setdefault(f.role_id, []).append(f.rule)
    return {role_id: tuple(sorted(rules)) for role_id, rules in flags.items()}


def loads_from_tallies(
    matrix: Matrix, tallies: Mapping[str, RoleTally], flags: Mapping[str, tuple[str, ...]]
) -> list[RoleLoad]:
    """Every role's load from its tally, heaviest first (see :func:`role_loads`)."""
    total = len(matrix.activities)
    loads = []
    for role in matrix.roles:
        tally = tallies[role.id]
        loads.append(
            RoleLoad(
                role.id,
                role.name,
                role.group,
                dict(tally.counts),
                tally.load,
                tally.involved,
                tally.involved / total if total else 0.0,
                flags.get(role.id, ()),
            )
        )
    order = {r.id: i for i, r in enumerate(matrix.roles)}
    return sorted(loads, key=lambda x: (-x.load, -x.involved, order[x.role_id]))


def role_loads(matrix: Matrix, findings: list[Finding] | None = None) -> list[RoleLoad]:
    """Every role's load, heaviest first (R-or-A count, then letters held, then matrix order)."""
    return loads_from_tallies(matrix, role_tallies(matrix), load_flags(findings or ()))


def activity_counts(matrix: Matrix, activity_id: str) -> dict[str, int]:
    """Letter -> number of roles holding it on one activity."""
    row = matrix.row(activity_id)
    return {ch: sum(ch in cell for cell in row.values()) for ch in matrix.scheme.alphabet}


def role_counts(matrix: Matrix, role_id: str) -> dict[str, int]:
    """Letter -> number of activities where one role holds it."""
    return role_tallies(matrix, [role_id])[role_id].counts


def role_count_table(matrix: Matrix) -> dict[str, dict[str, int]]:
    """Role id -> letter -> count, for every role in one pass over the matrix."""
    return {role_id: tally.counts for role_id, tally in role_tallies(matrix).items()}


def role_card(matrix: Matrix, role_id: str) -> RoleCard:
    """What a role is accountable, responsible, consulted and informed on, grouped."""
    role = matrix.role(role_id)
    by_letter: dict[str, list[tuple[str, list[str]]]] = {}
    for letter in _card_order(matrix):
        groups: list[tuple[str, list[str]]] = []
        for activity in matrix.activities:
            if letter in matrix.row(activity.id).get(role_id, ""):
                if not groups or groups[-1][0] != activity.group:
                    groups.append((activity.group, []))
                groups[-1][1].append(activity.name)
        if groups:
            by_letter[letter] = groups
    return RoleCard(role.id, role.name, by_letter)


NO_LETTERS = QT_TRANSLATE_NOOP("Workload", "No letters in this matrix.")
"""The line of a role card for a role without letters."""
_CARD_HEADING = QT_TRANSLATE_NOOP("Workload", "{name} ({letter}):")
"""A role card's heading of one letter's activities: ``Accountable (A):``."""


def card_text(
    matrix: Matrix,
    card: RoleCard,
    empty: str | None = None,
    translator: Translator = ENGLISH,
) -> str:
    """A role card as plain text, to read aloud or paste into a mail.

    The card's own words (the empty-card line, the letters' headings and a
    built-in letter's name) are said by ``translator`` (English by default);
    names of roles, groups and activities are the matrix's own. ``empty``
    replaces the empty-card line when given.
    """
    lines = [card.name, ""]
    if not card.by_letter:
        lines.append(empty if empty is not None else Text(NO_LETTERS).render(translator))
    for letter, groups in card.by_letter.items():
        item = matrix.scheme.letter_def(letter)
        letter_name = word("Letters", item.name) if item else letter
        heading = Text(_CARD_HEADING, name=letter_name, letter=letter)
        lines.append(heading.render(translator))
        for group, names in groups:
            if group:
                lines.append(f"  {group}")
            indent = "    " if group else "  "
            lines.extend(f"{indent}- {name}" for name in names)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _card_order(matrix: Matrix) -> list[str]:
    """Accountable first, then responsible, consulted, informed, then any other letters."""
    scheme = matrix.scheme
    first = [
        letter
        for letter in (scheme.accountable, scheme.responsible, scheme.consulted, scheme.informed)
        if letter
    ]
    return first + [ch for ch in scheme.alphabet if ch not in first]
