"""Readable, stable ids for roles and activities made from their names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(name: str, max_length: int = 40) -> str:
    """``"Brand & Campaigns"`` -> ``"brand-campaigns"``; ``""`` when nothing ASCII is left."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NON_WORD.sub("-", ascii_name.lower()).strip("-")[:max_length].strip("-")


def make_id(name: str, taken: Container[str], prefix: str) -> str:
    """An id for ``name`` that is not in ``taken``: its slug, else ``prefix-N``."""
    base = slug(name) or prefix
    if base not in taken and base != prefix:
        return base
    n = 2 if base != prefix else 1
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
