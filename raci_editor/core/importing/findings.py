"""The findings every reader makes the same way: text that is not a letter, rows left out.

Their messages are :class:`~raci_editor.core.texts.Text` (context ``Import``):
English as a ``str``, said in the interface language with ``say(finding.message)``.
"""

from __future__ import annotations

from collections.abc import Sequence

from raci_editor.core.rules import RULES, Finding
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text


def unknown_code(
    text: str, scheme_name: str, activity_id: str, role_id: str, place: str = ""
) -> Finding:
    """``unknown-code``: a cell's text is not a letter of the scheme; it was kept as the note."""
    if place:
        message = Text(
            QT_TRANSLATE_NOOP(
                "Import",
                "Cell {place}: {text} is not a letter of the {scheme} scheme; "
                "it is kept as the cell's note.",
            ),
            place=place,
            text=repr(text),
            scheme=scheme_name,
        )
    else:
        message = Text(
            QT_TRANSLATE_NOOP(
                "Import",
                "{text} is not a letter of the {scheme} scheme; it is kept as the cell's note.",
            ),
            text=repr(text),
            scheme=scheme_name,
        )
    return Finding("unknown-code", RULES["unknown-code"].severity, message, activity_id, role_id)


def skipped_row(row_number: int) -> Finding:
    """``skipped-row``: a row (1-based) had letters but no activity name."""
    return Finding(
        "skipped-row",
        RULES["skipped-row"].severity,
        Text(
            QT_TRANSLATE_NOOP(
                "Import", "Row {row} was skipped: it has letters but no activity name."
            ),
            row=row_number,
        ),
    )


_SENTENCES = QT_TRANSLATE_NOOP("Import", "{first} {rest}")
"""Two sentences one after the other (Chinese puts no space between them)."""


def sentences(parts: Sequence[str]) -> str:
    """``parts`` (sentences, Text or plain) as one paragraph in the reader's language."""
    if not parts:
        return ""
    out: str = parts[-1]
    for part in reversed(parts[:-1]):
        out = Text(_SENTENCES, first=part, rest=out)
    return out


def import_note(parts: Sequence[str]) -> Finding:
    """The ``import`` finding: what the importer decided, the report's notes as one paragraph."""
    return Finding("import", RULES["import"].severity, sentences(parts))
