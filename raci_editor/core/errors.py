"""The project's exceptions: one base class, messages fit for a person.

A message is built as a :class:`~raci_editor.core.texts.Text`: its ``str()``
is the English sentence the command line prints, and the editor says it in
the interface language with ``render(exc.text, translator)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from raci_editor.core.texts import QT_TRANSLATE_NOOP, Source, Text, plural


class RaciError(Exception):
    """Base of every error the program reports to a user instead of crashing."""

    @property
    def text(self) -> str:
        """The message as a :class:`Text` (when built as one), to be said in another language."""
        return message_of(self)


class ModelError(RaciError, ValueError):
    """A change or a structure would break one of the matrix's invariants."""


def message_of(exc: BaseException) -> str:
    """The message an exception was raised with: its :class:`Text` if it was one, else ``str()``."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return exc.args[0]
    return str(exc)


AT = QT_TRANSLATE_NOOP("Model", "{place}: {problem}")
"""A problem at a place of a file or matrix, such as ``roles[2].id: must not be blank``."""
NO_ROLE = QT_TRANSLATE_NOOP("Model", "there is no role with id {id}")
"""``id`` is the id's ``repr``."""
NO_ACTIVITY = QT_TRANSLATE_NOOP("Model", "there is no activity with id {id}")
"""``id`` is the id's ``repr``."""
NOT_A_LETTER = QT_TRANSLATE_NOOP(
    "Model", "{letter} is not a letter of the {scheme} scheme ({alphabet})"
)
"""``letter`` is the text's ``repr``; ``alphabet`` the scheme's letters as ``R/A/C/I``."""
UNKNOWN_RULE = QT_TRANSLATE_NOOP("Model", "unknown rule {rule}")
"""``rule`` is the rule id's ``repr``."""
MUST_BE_TEXT = QT_TRANSLATE_NOOP("Model", "must be text")


def at(place: str, problem: str) -> Text | str:
    """``"place: problem"``, or the problem alone when there is no place."""
    return Text(AT, place=place, problem=problem) if place else problem


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


_MORE_ONE = QT_TRANSLATE_NOOP("Model", "and {n} more problem")
_MORE_MANY = QT_TRANSLATE_NOOP("Model", "and {n} more problems")
_PARTS = QT_TRANSLATE_NOOP("Model", "{first}; {rest}")
"""Problems one after another (Chinese joins them with ；)."""


def describe_validation_errors(errors: Sequence[Any], limit: int = 3) -> str:
    """Summarise pydantic error dicts as ``place: message`` parts, at most ``limit`` of them.

    Our own validators' messages (and a few of pydantic's) are :class:`Text`;
    pydantic's other messages stay English inside the translated sentence.
    """
    parts: list[str] = []
    for err in errors[:limit]:
        parts.append(at(format_location(err.get("loc", ())), _message(err)))
    more = len(errors) - limit
    if more > 0:
        parts.append(plural(more, _MORE_ONE, _MORE_MANY))
    if not parts:
        return ""
    out = parts[-1]
    for part in reversed(parts[:-1]):
        out = Text(_PARTS, first=part, rest=out)
    return out


def _message(err: Any) -> str:
    """One pydantic error's message: ours as raised, a friendly one, or pydantic's own."""
    friendly = _FRIENDLY.get(str(err.get("type", "")))
    if friendly is not None:
        return Text(friendly)
    ctx = err.get("ctx")
    raised = ctx.get("error") if isinstance(ctx, dict) else None
    if isinstance(raised, BaseException) and isinstance(message_of(raised), Text):
        return message_of(raised)
    msg = str(err.get("msg", "invalid"))
    for prefix in ("Value error, ", "Assertion failed, "):
        msg = msg.removeprefix(prefix)
    return msg


_FRIENDLY: dict[str, Source] = {
    "missing": QT_TRANSLATE_NOOP("Model", "is missing"),
    "extra_forbidden": QT_TRANSLATE_NOOP(
        "Model", "is not a known field (written by a newer version?)"
    ),
    "string_type": MUST_BE_TEXT,
    "int_type": QT_TRANSLATE_NOOP("Model", "must be a whole number"),
    "list_type": QT_TRANSLATE_NOOP("Model", "must be a list"),
    "tuple_type": QT_TRANSLATE_NOOP("Model", "must be a list"),
    "dict_type": QT_TRANSLATE_NOOP("Model", "must be an object"),
    "model_type": QT_TRANSLATE_NOOP("Model", "must be an object"),
    "bool_type": QT_TRANSLATE_NOOP("Model", "must be true or false"),
}
