"""How much each role carries: letter counts per role and per activity, and a role's card."""

from __future__ import annotations

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


def role_loads(matrix: Matrix, findings: list[Finding] | None = None) -> list[RoleLoad]:
    """Every role's load, heaviest first (R-or-A count, then letters held, then matrix order)."""
    scheme = matrix.scheme
    heavy = {scheme.responsible, scheme.accountable} - {None}
    flags: dict[str, list[str]] = {}
    for f in findings or ():
        if f.rule in LOAD_RULES and f.role_id is not None and f.waiver is None:
            flags.setdefault(f.role_id, []).append(f.rule)
    total = len(matrix.activities)
    loads = []
    for role in matrix.roles:
        cells = [matrix.row(a.id).get(role.id, "") for a in matrix.activities]
        counts = {ch: sum(ch in cell for cell in cells) for ch in scheme.alphabet}
        load = sum(1 for cell in cells if heavy & set(cell))
        involved = sum(1 for cell in cells if cell)
        loads.append(
            RoleLoad(
                role.id,
                role.name,
                role.group,
                counts,
                load,
                involved,
                involved / total if total else 0.0,
                tuple(sorted(flags.get(role.id, ()))),
            )
        )
    order = {r.id: i for i, r in enumerate(matrix.roles)}
    return sorted(loads, key=lambda x: (-x.load, -x.involved, order[x.role_id]))


def activity_counts(matrix: Matrix, activity_id: str) -> dict[str, int]:
    """Letter -> number of roles holding it on one activity."""
    row = matrix.row(activity_id)
    return {ch: sum(ch in cell for cell in row.values()) for ch in matrix.scheme.alphabet}


def role_counts(matrix: Matrix, role_id: str) -> dict[str, int]:
    """Letter -> number of activities where one role holds it."""
    cells = [matrix.row(a.id).get(role_id, "") for a in matrix.activities]
    return {ch: sum(ch in cell for cell in cells) for ch in matrix.scheme.alphabet}


def role_count_table(matrix: Matrix) -> dict[str, dict[str, int]]:
    """Role id -> letter -> count, for every role in one pass over the matrix."""
    table = {role.id: dict.fromkeys(matrix.scheme.alphabet, 0) for role in matrix.roles}
    for activity in matrix.activities:
        for role_id, cell in matrix.row(activity.id).items():
            counts = table.get(role_id)
            if counts is not None:
                for letter in cell:
                    if letter in counts:
                        counts[letter] += 1
    return table


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
