"""The rules of a role's or an activity's id and name, in plain Python.

The model's validators (:mod:`raci_editor.core.model`) and the reader that
checks a plain file without pydantic (:mod:`raci_editor.storage.native_quick`)
both call these, so the two cannot come to disagree.
"""

from __future__ import annotations

from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text

BLANK = QT_TRANSLATE_NOOP("Model", "must not be blank")
_EDGE_SPACE = QT_TRANSLATE_NOOP("Model", "must not start or end with white space")


def not_blank(value: str) -> str:
    """``value`` trimmed (a name); ValueError when nothing is left."""
    value = value.strip()
    if not value:
        raise ValueError(Text(BLANK))
    return value


def checked_id(value: str) -> str:
    """``value`` as it is (an id); ValueError when blank or with white space at either end."""
    stripped = value.strip()
    if not stripped:
        raise ValueError(Text(BLANK))
    if value != stripped:
        raise ValueError(Text(_EDGE_SPACE))
    return value
