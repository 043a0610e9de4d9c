"""Find text in a matrix, and ask what a role is on the hook for.

Matching ignores case, full/half width and accents on Latin, Greek and
Cyrillic letters (``"CAFE"`` finds ``"Café"``, ``"ｂｌｏｇ"`` finds ``"Blog"``).
Matches come in grid order: each activity from top to bottom (its group
heading, its name, then the notes across its row), then each role from left
to right (its group heading, then its name).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

from raci_editor.core.model import Matrix

MatchKind = Literal["activity", "role", "note"]
MatchField = Literal["name", "group", "note"]


@dataclass(frozen=True, slots=True)
class Match:
    """One place the text was found.

    ``field`` is ``"name"``, ``"group"`` or ``"note"``. A group is reported
    once per run of consecutive activities (or roles) that share it, with the
    id of the run's first activity (or role), as the grid shows one heading
    per run.
    """

    kind: MatchKind
    activity_id: str | None
    role_id: str | None
    field: MatchField


def fold(text: str) -> str:
    """``text`` reduced for comparison: NFKC, case folded, Latin accents dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Only the combining diacritical marks block: kana voicing marks and the
    # like change the letter, so they stay.
    stripped = "".join(ch for ch in decomposed if not 0x300 <= ord(ch) <= 0x36F)
    return unicodedata.normalize("NFKC", stripped).casefold()


def find(matrix: Matrix, text: str) -> list[Match]:
    """Every activity name or group, role name or group and cell note containing ``text``."""
    needle = fold(text.strip())
    if not needle:
        return []
    found: list[Match] = []
    previous_group: str | None = None
    for activity in matrix.activities:
        if activity.group != previous_group and activity.group and needle in fold(activity.group):
            found.append(Match("activity", activity.id, None, "group"))
        previous_group = activity.group
        if needle in fold(activity.name):
            found.append(Match("activity", activity.id, None, "name"))
        notes = matrix.notes.get(activity.id)
        if notes:
            found.extend(
                Match("note", activity.id, role.id, "note")
                for role in matrix.roles
                if role.id in notes and needle in fold(notes[role.id])
            )
    previous_group = None
    for role in matrix.roles:
        if role.group != previous_group and role.group and needle in fold(role.group):
            found.append(Match("role", None, role.id, "group"))
        previous_group = role.group
        if needle in fold(role.name):
            found.append(Match("role", None, role.id, "name"))
    return found


def _leading_letters(matrix: Matrix) -> str:
    scheme = matrix.scheme
    return "".join(ch for ch in (scheme.responsible, scheme.accountable) if ch)


def is_responsible_or_accountable(matrix: Matrix, activity_id: str, role_id: str) -> bool:
    """Whether the role holds the scheme's responsible or accountable letter in this activity."""
    cell = matrix.cell(activity_id, role_id)
    return any(letter in cell for letter in _leading_letters(matrix))


def responsible_or_accountable(matrix: Matrix, role_id: str) -> set[str]:
    """Ids of the activities in which the role is responsible or accountable."""
    wanted = _leading_letters(matrix)
    return {
        activity_id
        for activity_id, letters in matrix.column(role_id)
        if any(letter in letters for letter in wanted)
    }
