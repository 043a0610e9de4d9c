"""Turn the found layout into a matrix, with a finding for every cell it could not read as is."""

from __future__ import annotations

from dataclasses import dataclass, field

from raci_editor.core.ids import IdMaker
from raci_editor.core.importing.findings import unknown_code
from raci_editor.core.importing.grid import column_name
from raci_editor.core.letters import ParsedCell, parse_cell
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rules import RULES, Finding
from raci_editor.core.scheme import Scheme
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text


@dataclass
class RoleSpec:
    """A role to create: its name, group and where its letters come from."""

    name: str
    group: str = ""


@dataclass(frozen=True, slots=True)
class CellSpec:
    """One cell's text and where it sits in the sheet (for messages)."""

    text: str
    row: int
    col: int

    @property
    def place(self) -> str:
        """``"D12"``."""
        return f"{column_name(self.col)}{self.row + 1}"


@dataclass
class MatrixBuilder:
    """Collects roles, activities and cells, then makes the matrix and the findings."""

    title: str
    scheme: Scheme
    roles: list[RoleSpec] = field(default_factory=list)
    activities: list[tuple[str, str]] = field(default_factory=list)
    """``(name, group)`` in order."""
    cells: dict[tuple[int, int], list[CellSpec]] = field(default_factory=dict)
    """``(activity index, role index) -> cell texts`` (several in long layouts)."""

    def build(self) -> tuple[Matrix, list[Finding]]:
        """The matrix and the cell findings (unknown codes, look-alike letters)."""
        role_ids = IdMaker("role")
        roles = [Role(id=role_ids.make(r.name), name=r.name, group=r.group) for r in self.roles]
        activity_ids = IdMaker("activity")
        activities = [
            Activity(id=activity_ids.make(name), name=name, group=group)
            for name, group in self.activities
        ]
        letters: dict[str, dict[str, str]] = {}
        notes: dict[str, dict[str, str]] = {}
        findings: list[Finding] = []
        parsed_texts: dict[str, ParsedCell] = {}
        for (a, r), specs in self.cells.items():
            aid, rid = activities[a].id, roles[r].id
            found = ""
            unknown: list[str] = []
            for spec in specs:
                parsed = parsed_texts.get(spec.text)
                if parsed is None:
                    parsed = parsed_texts[spec.text] = parse_cell(spec.text, self.scheme)
                if parsed.letters:
                    found += parsed.letters
                    if parsed.lookalikes:
                        findings.append(_lookalike(spec, parsed, aid, rid))
                elif parsed.unknown:
                    unknown.append(parsed.unknown)
                    findings.append(
                        unknown_code(parsed.unknown, self.scheme.name, aid, rid, spec.place)
                    )
            if found:
                if len(specs) > 1:
                    found = self.scheme.normalise(found)
                letters.setdefault(aid, {})[rid] = found
            if unknown:
                notes.setdefault(aid, {})[rid] = "; ".join(unknown)
        matrix = Matrix.model_construct(
            title=self.title,
            description="",
            scheme=self.scheme,
            roles=roles,
            activities=activities,
            letters=letters,
            notes=notes,
        )
        return matrix, findings


def _lookalike(spec: CellSpec, parsed: ParsedCell, aid: str, rid: str) -> Finding:
    message = Text(
        QT_TRANSLATE_NOOP(
            "Import",
            "Cell {place}: {text} holds a look-alike character from another alphabet; "
            "it was read as {letters}.",
        ),
        place=spec.place,
        text=repr(spec.text.strip()),
        letters="/".join(parsed.letters),
    )
    return Finding("lookalike-letter", RULES["lookalike-letter"].severity, message, aid, rid)
