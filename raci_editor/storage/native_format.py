"""What a native ``.raci.json`` file is, apart from pydantic: shared by both readers.

:mod:`raci_editor.storage.native` (every file, with exact messages) and
:mod:`raci_editor.storage.native_quick` (plain files, for ``validate``) read
the same format with these: its version and size limit, JSON that refuses a
repeated key, and a cell's letters as people write them (``"R / A"``).
"""

from __future__ import annotations

import re
from typing import Any

from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text

SCHEMA_VERSION = 1
"""The version this program writes; files with a higher one are refused."""
MAX_BYTES = 1 << 30
"""Refuse native files over 1 GiB instead of exhausting memory."""
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
"""A JSON escape of a surrogate (``\\ud83d``), paired or not."""
_TWICE = QT_TRANSLATE_NOOP("FileError", "the key {key} appears twice in one object")


class DuplicateKeyError(ValueError):
    """A key that appears twice in one JSON object (a bad merge, say)."""


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An ``object_pairs_hook`` for ``json.loads``: DuplicateKeyError on a repeated key."""
    out = dict(pairs)
    if len(out) < len(pairs):  # look for the first repeated key only when there is one
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKeyError(Text(_TWICE, key=repr(key)))
            seen.add(key)
    return out


def read_letters(text: str, alphabet: str) -> tuple[str, str | None]:
    """A cell's letters as written (``"R / A"``) in scheme order (``"RA"``), and the first
    part that is not one of ``alphabet``'s letters (None when every part is one)."""
    parts = [p.strip() for p in text.split("/")] if text.strip() else []
    foreign = next((p for p in parts if len(p) != 1 or p not in alphabet), None)
    return "".join(ch for ch in alphabet if ch in parts), foreign
