"""The project's exceptions: one base class, messages fit for a person."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class RaciError(Exception):
    """Base of every error the program reports to a user instead of crashing."""


class ModelError(RaciError, ValueError):
    """A change or a structure would break one of the matrix's invariants."""


def format_location(loc: Sequence[int | str]) -> str:
    """Render a location such as ``('activities', 3, 'name')`` as ``activities[3].name``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif out:
            out += f".{part}"
        else:
            out = str(part)
    return out


def describe_validation_errors(errors: Sequence[Any], limit: int = 3) -> str:
    """Summarise pydantic error dicts as ``place: message`` parts, at most ``limit`` of them."""
    parts = []
    for err in errors[:limit]:
        msg = str(err.get("msg", "invalid"))
        for prefix in ("Value error, ", "Assertion failed, "):
            msg = msg.removeprefix(prefix)
        msg = _FRIENDLY.get(str(err.get("type", "")), msg)
        place = format_location(err.get("loc", ()))
        parts.append(f"{place}: {msg}" if place else msg)
    more = len(errors) - limit
    if more > 0:
        parts.append(f"and {more} more problem{'s' if more > 1 else ''}")
    return "; ".join(parts)


_FRIENDLY = {
    "missing": "is missing",
    "extra_forbidden": "is not a known field (written by a newer version?)",
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "list_type": "must be a list",
    "tuple_type": "must be a list",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "bool_type": "must be true or false",
}
