"""Turn the found layout into a matrix, with a finding for every cell it could not read as is."""

from __future__ import annotations

from collections.abc import Sequence
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


@dataclass(frozen=True)
class GridCells:
    """The cells of a grid layout: one text per activity and role, as the sheet's rows hold them.

    Kept as rows of texts, not a :class:`CellSpec` per cell: a big sheet has
    hundreds of thousands of cells, nearly all a plain letter.
    """

    rows: Sequence[int]
    """The sheet row of each activity."""
    cols: Sequence[int]
    """The sheet column of each role."""
    texts: Sequence[Sequence[str]]
    """``texts[activity][role]``: the cell's raw text (``""`` when empty)."""


@dataclass
class _Out:
    """What the cells make: letters and notes by activity and role id, and the findings."""

    letters: dict[str, dict[str, str]] = field(default_factory=dict)
    notes: dict[str, dict[str, str]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


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
    grid_cells: GridCells | None = None
    """The cells of a grid layout (read before :attr:`cells`)."""
    _parsed: dict[str, ParsedCell] = field(default_factory=dict, init=False, repr=False)

    def build(self) -> tuple[Matrix, list[Finding]]:
        """The matrix and the cell findings (unknown codes, look-alike letters)."""
        role_ids = IdMaker("role")
        roles = [Role(id=role_ids.make(r.name), name=r.name, group=r.group) for r in self.roles]
        activity_ids = IdMaker("activity")
        activities = [
            Activity(id=activity_ids.make(name), name=name, group=group)
            for name, group in self.activities
        ]
        out = _Out()
        if self.grid_cells is not None:
            self._read_grid(self.grid_cells, [a.id for a in activities], [r.id for r in roles], out)
        for (a, r), specs in self.cells.items():
            self._read_cell(activities[a].id, roles[r].id, specs, out)
        matrix = Matrix.model_construct(
            title=self.title,
            description="",
            scheme=self.scheme,
            roles=roles,
            activities=activities,
            letters=out.letters,
            notes=out.notes,
        )
        return matrix, out.findings

    def _parse(self, text: str) -> ParsedCell:
        """``parse_cell`` in this scheme, once per distinct text."""
        parsed = self._parsed.get(text)
        if parsed is None:
            parsed = self._parsed[text] = parse_cell(text, self.scheme)
        return parsed

    def _read_grid(
        self, grid: GridCells, activity_ids: list[str], role_ids: list[str], out: _Out
    ) -> None:
        """Every row's letters, a row at a time in C where its texts allow.

        Each distinct text is parsed once. A row whose texts are their own
        letters (``R``, ``C``, empty) becomes its dict straight away; a row
        with other letter texts (``A/R``) is mapped first (``map`` runs in C);
        a row with a text to report goes cell by cell.
        """
        plain: dict[str, str] = {}
        special: set[str] = set()
        for text in set().union(*grid.texts):
            parsed = self._parse(text)
            if parsed.unknown or parsed.lookalikes:
                special.add(text)
            else:
                plain[text] = parsed.letters
        recoded = {text for text, letters in plain.items() if letters != text} | special
        for a, texts in enumerate(grid.texts):
            aid = activity_ids[a]
            if recoded.isdisjoint(texts):
                values: Sequence[str] = texts
            elif special.isdisjoint(texts):
                values = list(map(plain.__getitem__, texts))
            else:
                self._read_row(grid, a, aid, role_ids, out)
                continue
            row = {rid: letters for rid, letters in zip(role_ids, values, strict=False) if letters}
            if row:
                out.letters[aid] = row

    def _read_row(self, grid: GridCells, a: int, aid: str, role_ids: list[str], out: _Out) -> None:
        """One activity's cells one by one, with their findings."""
        for r, text in enumerate(grid.texts[a]):
            if text.strip():
                spec = CellSpec(text, grid.rows[a], grid.cols[r])
                self._read_cell(aid, role_ids[r], [spec], out)

    def _read_cell(self, aid: str, rid: str, specs: list[CellSpec], out: _Out) -> None:
        """One cell's letters and note from its texts, with a finding for each odd text."""
        found = ""
        unknown: list[str] = []
        for spec in specs:
            parsed = self._parse(spec.text)
            if parsed.letters:
                found += parsed.letters
                if parsed.lookalikes:
                    out.findings.append(_lookalike(spec, parsed, aid, rid))
            elif parsed.unknown:
                unknown.append(parsed.unknown)
                out.findings.append(
                    unknown_code(parsed.unknown, self.scheme.name, aid, rid, spec.place)
                )
        if found:
            if len(specs) > 1:
                found = self.scheme.normalise(found)
            out.letters.setdefault(aid, {})[rid] = found
        if unknown:
            out.notes.setdefault(aid, {})[rid] = "; ".join(unknown)


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
