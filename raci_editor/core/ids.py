"""Readable, stable ids for roles and activities made from their names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(name: str, max_length: int = 40) -> str:
    """``"Brand & Campaigns"`` -> ``"brand-campaigns"``; ``""`` when nothing ASCII is left."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NON_WORD.sub("-", ascii_name.lower()).strip("-")[:max_length].strip("-")


class IdMaker:
    """Hands out unique ids: a name's slug, else ``<prefix>-N``, never one already taken.

    A slug without a letter (a Chinese name with a number) is not an id: ``role-N``.

    Linear in the number of ids made, even when many names repeat or have no
    ASCII letters (``role-1``, ``role-2``, …).
    """

    def __init__(self, prefix: str, taken: Iterable[str] = ()) -> None:
        self.prefix = prefix
        self.taken = set(taken)
        self._next: dict[str, int] = {}

    def make(self, name: str) -> str:
        """A new id for ``name``, remembered as taken."""
        base = slug(name)
        if not any(ch.isalpha() for ch in base):  # "新角色 2" leaves just "2"
            base = self.prefix
        if base != self.prefix and base not in self.taken:
            new_id = base
        else:
            n = self._next.get(base, 2 if base != self.prefix else 1)
            while f"{base}-{n}" in self.taken:
                n += 1
            new_id = f"{base}-{n}"
            self._next[base] = n + 1
        self.taken.add(new_id)
        return new_id
