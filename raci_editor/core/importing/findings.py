"""The findings every reader makes the same way: text that is not a letter, rows left out."""

from __future__ import annotations

from raci_editor.core.rules import RULES, Finding


def unknown_code(
    text: str, scheme_name: str, activity_id: str, role_id: str, place: str = ""
) -> Finding:
    """``unknown-code``: a cell's text is not a letter of the scheme; it was kept as the note."""
    where = f"Cell {place}: " if place else ""
    return Finding(
        "unknown-code",
        RULES["unknown-code"].severity,
        f"{where}{text!r} is not a letter of the {scheme_name} scheme; "
        "it is kept as the cell's note.",
        activity_id,
        role_id,
    )


def skipped_row(row_number: int) -> Finding:
    """``skipped-row``: a row (1-based) had letters but no activity name."""
    return Finding(
        "skipped-row",
        RULES["skipped-row"].severity,
        f"Row {row_number} was skipped: it has letters but no activity name.",
    )
