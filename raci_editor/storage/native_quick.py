"""Read a plain native file without pydantic, for ``raci-editor validate``.

A file is plain when it is what this program writes for most matrices: a
built-in scheme, roles and activities of text fields, letters like ``"R/A"``
(with or without a note), and no rule settings, waivers or snapshots. Such
a file is read here into a :class:`~raci_editor.core.plain_matrix.PlainMatrix`
with the same checks the full reader (:mod:`raci_editor.storage.native`)
makes; for anything else, including every broken file, :func:`quick_read`
returns None and the full reader reads it and says what is wrong. The
content read is the same either way (tests compare them).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from raci_editor.core.fields import checked_id, not_blank
from raci_editor.core.plain_matrix import PLAIN_SCHEMES, PlainItem, PlainMatrix, PlainScheme
from raci_editor.core.scheme_data import builtin_named
from raci_editor.storage.native_format import (
    MAX_BYTES,
    SCHEMA_VERSION,
    SURROGATE_ESCAPE,
    read_letters,
    unique_keys,
)
from raci_editor.storage.reading import read_bytes

_TOP = frozenset(
    ("schema_version", "title", "description", "scheme", "roles", "activities", "assignments")
)
_EMPTY_EXTRAS: dict[str, Any] = {"rules": {}, "waivers": [], "snapshots": []}
"""Keys a plain file may have only when empty."""
_ROLE_FIELDS = frozenset(("id", "name", "group", "description", "holder", "deputy"))
_ACTIVITY_FIELDS = frozenset(("id", "name", "group", "description"))


class _NotPlainError(Exception):
    """The file is not plain: the full reader takes it."""


def quick_read(path: str | Path) -> PlainMatrix | None:
    """The matrix of a plain native file; None when the full reader must read it."""
    try:
        return _read(read_bytes(path, MAX_BYTES))
    except (_NotPlainError, ValueError, RecursionError, OSError, TypeError):
        return None
    except Exception:  # a file that surprises us is the full reader's to explain
        return None


def _no_constant(_name: str) -> Any:
    raise _NotPlainError  # NaN or Infinity: the full reader says where


def _read(data: bytes) -> PlainMatrix:
    text = data.decode("utf-8-sig")
    del data
    if SURROGATE_ESCAPE.search(text):
        raise _NotPlainError
    raw = json.loads(text, object_pairs_hook=unique_keys, parse_constant=_no_constant)
    del text
    if type(raw) is not dict:
        raise _NotPlainError
    for key, empty in _EMPTY_EXTRAS.items():
        if key in raw:
            if raw[key] != empty or type(raw[key]) is not type(empty):
                raise _NotPlainError
            del raw[key]
    version = raw.get("schema_version")
    if not raw.keys() <= _TOP or type(version) is not int or not 1 <= version <= SCHEMA_VERSION:
        raise _NotPlainError
    title, description = raw.get("title", ""), raw.get("description", "")
    if type(title) is not str or type(description) is not str:
        raise _NotPlainError
    scheme = _scheme(raw.get("scheme", "RACI"))
    roles = _items(raw.get("roles", []), _ROLE_FIELDS)
    activities = _items(raw.get("activities", []), _ACTIVITY_FIELDS)
    letters, notes = _assignments(raw.get("assignments", {}), scheme, roles, activities)
    return PlainMatrix(title, description, scheme, roles, activities, letters, notes)


def _scheme(value: Any) -> PlainScheme:
    if type(value) is not str:
        raise _NotPlainError  # a custom scheme
    found = builtin_named(value)
    if found is None:
        raise _NotPlainError
    return PLAIN_SCHEMES[found[0]]


def _items(value: Any, fields: frozenset[str]) -> list[PlainItem]:
    """Roles or activities, checked as the model checks them; their ids unique."""
    if type(value) is not list:
        raise _NotPlainError
    items = []
    for raw in value:
        if type(raw) is not dict or not raw.keys() <= fields:
            raise _NotPlainError
        if not all(type(v) is str for v in raw.values()):
            raise _NotPlainError
        if "id" not in raw or "name" not in raw:
            raise _NotPlainError
        checked_id(raw["id"])  # ValueError as the model's validators: the full reader's
        name = not_blank(raw["name"])
        items.append(PlainItem(**{**raw, "name": name, "group": raw.get("group", "").strip()}))
    if len({item.id for item in items}) != len(items):
        raise _NotPlainError
    return items


def _assignments(
    value: Any, scheme: PlainScheme, roles: list[PlainItem], activities: list[PlainItem]
) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Letters in scheme order and notes, by activity and role; empty cells left out."""
    if type(value) is not dict:
        raise _NotPlainError
    role_ids = {r.id for r in roles}
    if not {a.id for a in activities}.issuperset(value):
        raise _NotPlainError
    known: dict[str, str] = {}
    """Cell text -> its letters in scheme order, for the texts met so far."""
    as_is: set[str] = set()
    """Texts that are their own letters ("C"): a row of only those is taken as it is."""
    letters: dict[str, dict[str, str]] = {}
    notes: dict[str, dict[str, str]] = {}
    for activity_id, row in value.items():
        if type(row) is not dict or not role_ids.issuperset(row):
            raise _NotPlainError
        if _all_in(as_is, row):  # set operations in C: no step per cell
            if row:
                letters[activity_id] = row
            continue
        row_letters: dict[str, str] = {}
        for role_id, cell in row.items():
            if type(cell) is dict:
                if not cell.keys() <= {"letters", "note"}:
                    raise _NotPlainError
                text, note = cell.get("letters", ""), cell.get("note", "")
                if type(text) is not str or type(note) is not str:
                    raise _NotPlainError
                if note:
                    notes.setdefault(activity_id, {})[role_id] = note
            elif type(cell) is str:
                text = cell
            else:
                raise _NotPlainError
            got = known.get(text)
            if got is None:
                got = known[text] = _letters(text, scheme.alphabet)
                if got == text:
                    as_is.add(text)
            if got:
                row_letters[role_id] = got
        if row_letters:
            letters[activity_id] = row_letters
    return letters, notes


def _all_in(as_is: set[str], row: dict[str, Any]) -> bool:
    """Whether every cell of ``row`` is a text that is its own letters."""
    try:
        return as_is.issuperset(row.values())
    except TypeError:  # a cell with a note (an object) is no text
        return False


def _letters(text: str, alphabet: str) -> str:
    """``"R/A"`` as letters in scheme order (``"RA"``), as the full reader reads it."""
    letters, foreign = read_letters(text, alphabet)
    if foreign is not None:
        raise _NotPlainError
    return letters
