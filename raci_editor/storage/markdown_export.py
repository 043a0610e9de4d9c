"""The matrix as a GitHub/GitLab-flavoured Markdown table, for wikis and pull requests."""

from __future__ import annotations

import re
from pathlib import Path

from raci_editor.core.model import Matrix
from raci_editor.storage.atomic import write_atomic

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def cell(text: str) -> str:
    """Text safe inside a table cell: Markdown marks escaped, line breaks as ``<br>``."""
    escaped = _SPECIAL.sub(r"\\\1", text.strip())
    return "<br>".join(part.strip() for part in escaped.splitlines()) or " "


def dumps(matrix: Matrix) -> str:
    """A heading, the table (one row per activity) and a legend line."""
    scheme = matrix.scheme
    has_groups = any(a.group for a in matrix.activities)
    head = (["Group"] if has_groups else []) + ["Activity"] + [r.name for r in matrix.roles]
    lines = [f"# {cell(matrix.title or 'RACI matrix')}", ""]
    if matrix.description.strip():
        lines += [cell(matrix.description), ""]
    lines.append("| " + " | ".join(cell(h) for h in head) + " |")
    aligns = ([":---"] if has_groups else []) + [":---"] + [":---:"] * len(matrix.roles)
    lines.append("| " + " | ".join(aligns) + " |")
    for activity in matrix.activities:
        row = matrix.row(activity.id)
        cells = ([cell(activity.group)] if has_groups else []) + [cell(activity.name)]
        cells += [cell(scheme.display(row.get(r.id, ""))) for r in matrix.roles]
        lines.append("| " + " | ".join(cells) + " |")
    legend = " · ".join(f"**{d.letter}** = {cell(d.name)}" for d in scheme.letters)
    lines += ["", f"Legend ({cell(scheme.name)}): {legend}", ""]
    return "\n".join(lines)


def save(matrix: Matrix, path: str | Path) -> None:
    """Write the Markdown file (UTF-8) atomically."""
    write_atomic(path, dumps(matrix).encode("utf-8"))
