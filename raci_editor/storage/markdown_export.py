"""The matrix as a GitHub/GitLab-flavoured Markdown table, for wikis and pull requests."""

from __future__ import annotations

import re
from pathlib import Path

from raci_editor.core.model import Matrix
from raci_editor.core.texts import ENGLISH, QT_TRANSLATE_NOOP, Text, Translator
from raci_editor.storage.atomic import write_atomic
from raci_editor.storage.xlsx_layout import TITLE_PLACEHOLDER
from raci_editor.storage.xlsx_sheets import ACTIVITY, GROUP, letter_name, translated

LEGEND = QT_TRANSLATE_NOOP("Export", "Legend ({scheme}): {letters}")

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def cell(text: str) -> str:
    """Text safe inside a table cell: Markdown marks escaped, line breaks as ``<br>``."""
    escaped = _SPECIAL.sub(r"\\\1", text.strip())
    return "<br>".join(part.strip() for part in escaped.splitlines()) or " "


def dumps(matrix: Matrix, *, translator: Translator = ENGLISH) -> str:
    """A heading, the table (one row per activity) and a legend line.

    ``translator`` says the file's own words (column heads, the legend).
    """
    scheme = matrix.scheme
    has_groups = any(a.group for a in matrix.activities)
    words = [translated(w, translator) for w in ((GROUP, ACTIVITY) if has_groups else (ACTIVITY,))]
    head = [*words, *(r.name for r in matrix.roles)]
    title = matrix.title or translated(TITLE_PLACEHOLDER, translator)
    lines = [f"# {cell(title)}", ""]
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
    legend = " · ".join(
        f"**{d.letter}** = {cell(letter_name(d.name, translator))}" for d in scheme.letters
    )
    line = Text(LEGEND, scheme=cell(scheme.name), letters=legend).render(translator)
    lines += ["", line, ""]
    return "\n".join(lines)


def save(matrix: Matrix, path: str | Path, *, translator: Translator = ENGLISH) -> None:
    """Write the Markdown file (UTF-8) atomically, its own words in ``translator``'s language."""
    write_atomic(path, dumps(matrix, translator=translator).encode("utf-8"))
