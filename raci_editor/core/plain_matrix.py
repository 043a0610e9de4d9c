"""A read-only matrix in plain Python objects, for checking a file without pydantic.

``raci-editor validate`` of a native file spends a fifth of its time
importing pydantic and building validators before it reads a byte. When a
file is plain — a built-in scheme, roles, activities and letters written as
this program writes them — :mod:`raci_editor.storage.native_quick` reads it
into these objects instead, and the rules (which only read a matrix) run on
them as on a :class:`~raci_editor.core.model.Matrix`. Anything else goes the
full way, which also says what is wrong with a broken file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from raci_editor.core.errors import NO_ACTIVITY, NO_ROLE, ModelError
from raci_editor.core.scheme_data import BUILTIN, Builtin
from raci_editor.core.texts import Text


@dataclass(frozen=True, slots=True)
class PlainLetter:
    """A scheme's letter, its name and its meaning."""

    letter: str
    name: str
    meaning: str


@dataclass(frozen=True, slots=True)
class PlainScheme:
    """A built-in scheme: its letters and which letter plays which part."""

    name: str
    letters: tuple[PlainLetter, ...]
    accountable: str | None = None
    responsible: str | None = None
    consulted: str | None = None
    informed: str | None = None

    @property
    def alphabet(self) -> str:
        """The letters in display order, as one string."""
        return "".join(item.letter for item in self.letters)


def _plain(builtin: Builtin) -> PlainScheme:
    name, parts, letters = builtin
    return PlainScheme(name, tuple(PlainLetter(*letter) for letter in letters), **parts)


PLAIN_SCHEMES: dict[str, PlainScheme] = {b[0]: _plain(b) for b in BUILTIN}
"""The built-in schemes by name."""


@dataclass(frozen=True, slots=True)
class PlainItem:
    """A role or an activity."""

    id: str
    name: str
    group: str = ""
    description: str = ""
    holder: str = ""
    deputy: str = ""


@dataclass
class PlainMatrix:
    """What the rules read of a matrix: the same attributes and look-ups as ``Matrix``."""

    title: str
    description: str
    scheme: PlainScheme
    roles: list[PlainItem]
    activities: list[PlainItem]
    letters: dict[str, dict[str, str]]
    notes: dict[str, dict[str, str]] = field(default_factory=dict)
    rules: dict[str, Any] = field(default_factory=dict)
    waivers: list[Any] = field(default_factory=list)
    _role_pos: dict[str, int] = field(init=False, repr=False)
    _activity_pos: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._role_pos = {r.id: i for i, r in enumerate(self.roles)}
        self._activity_pos = {a.id: i for i, a in enumerate(self.activities)}

    def role_index(self, role_id: str) -> int:
        """Column of a role; ModelError when there is none with that id."""
        try:
            return self._role_pos[role_id]
        except KeyError:
            raise ModelError(Text(NO_ROLE, id=repr(role_id))) from None

    def activity_index(self, activity_id: str) -> int:
        """Row of an activity; ModelError when there is none with that id."""
        try:
            return self._activity_pos[activity_id]
        except KeyError:
            raise ModelError(Text(NO_ACTIVITY, id=repr(activity_id))) from None

    def has_role(self, role_id: str) -> bool:
        """Whether a role with this id exists."""
        return role_id in self._role_pos

    def has_activity(self, activity_id: str) -> bool:
        """Whether an activity with this id exists."""
        return activity_id in self._activity_pos

    def role(self, role_id: str) -> PlainItem:
        """The role with this id."""
        return self.roles[self.role_index(role_id)]

    def activity(self, activity_id: str) -> PlainItem:
        """The activity with this id."""
        return self.activities[self.activity_index(activity_id)]

    def row(self, activity_id: str) -> dict[str, str]:
        """Non-empty cells of one activity: role id -> letters."""
        return self.letters.get(activity_id, {})

    def column(self, role_id: str) -> Iterator[tuple[str, str]]:
        """Non-empty cells of one role, in activity order: (activity id, letters)."""
        for activity in self.activities:
            letters = self.letters.get(activity.id, {}).get(role_id)
            if letters:
                yield activity.id, letters
