"""The measured matrix: column widths, header and row heights, and its runs for pagination."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding, Severity
from raci_editor.gui.render.layout import Page, Piece, Run
from raci_editor.gui.render.style import Style

PAD = 3.0
"""Cell padding in points."""
MAX_HEADER = 110.0
"""The tallest role header, in points; longer names wrap onto a second line."""
UPRIGHT_MAX = 10
"""CJK role names up to this length stand upright, a character a line; longer ones turn."""


def upright(name: str) -> bool:
    """Whether a role name is set upright, a character a line: short names in CJK scripts."""
    return 0 < len(name) <= UPRIGHT_MAX and all(
        unicodedata.east_asian_width(ch) in ("W", "F") for ch in name
    )


@dataclass(frozen=True)
class Span:
    """Consecutive activities or roles of one group (``indices`` into the matrix's list)."""

    group: str
    indices: tuple[int, ...]


@dataclass
class MatrixGeometry:
    """Everything needed to lay out and paint the grid, in device units."""

    name_width: float
    column_width: float
    group_band: float
    """Height of the role-group band above the role names (0 when no role has a group)."""
    header_height: float
    group_row: float
    row_heights: list[float]
    row_spans: list[Span]
    column_spans: list[Span]
    marks: dict[int, str]
    """Activity index -> the worst unwaived severity found on it ("error" or "warning")."""

    @property
    def top(self) -> float:
        """The height of the headers above the first row."""
        return self.group_band + self.header_height

    def row_runs(self) -> list[Run]:
        """The rows by activity group, for :func:`layout.pack`."""
        return [
            Run(self.group_row if s.group else 0.0, tuple(self.row_heights[i] for i in s.indices))
            for s in self.row_spans
        ]

    def column_runs(self) -> list[Run]:
        """The role columns by role group, for :func:`layout.pack`."""
        return [Run(0.0, (self.column_width,) * len(s.indices)) for s in self.column_spans]

    def whole(self) -> Page:
        """All rows by all columns: the one page of an image."""
        return Page(
            tuple(Piece(n, 0, len(s.indices)) for n, s in enumerate(self.row_spans)),
            tuple(Piece(n, 0, len(s.indices)) for n, s in enumerate(self.column_spans)),
        )

    def width(self, page: Page) -> float:
        """The grid's width on one page."""
        return self.name_width + self.column_width * sum(p.stop - p.start for p in page.columns)

    def height(self, page: Page) -> float:
        """The grid's height on one page, headers included."""
        total = self.top
        for piece in page.rows:
            span = self.row_spans[piece.run]
            total += self.group_row if span.group else 0.0
            total += sum(self.row_heights[i] for i in span.indices[piece.start : piece.stop])
        return total


def spans(groups: list[str]) -> list[Span]:
    """Consecutive equal groups as spans (a group that comes back is a new span)."""
    result: list[Span] = []
    for i, group in enumerate(groups):
        if result and result[-1].group == group:
            result[-1] = Span(group, (*result[-1].indices, i))
        else:
            result.append(Span(group, (i,)))
    return result


def activity_marks(matrix: Matrix, findings: list[Finding]) -> dict[int, str]:
    """The worst unwaived error or warning on each activity, by activity index."""
    marks: dict[int, str] = {}
    for f in findings:
        if f.waiver is not None or f.activity_id is None or f.severity is Severity.INFO:
            continue
        if not matrix.has_activity(f.activity_id):
            continue
        i = matrix.activity_index(f.activity_id)
        if marks.get(i) != "error":
            marks[i] = f.severity.value
    return marks


def measure(style: Style, matrix: Matrix, findings: list[Finding], width: float) -> MatrixGeometry:
    """Measure ``matrix`` for a page (or image) ``width`` device units wide."""
    pt = style.pt
    pad = pt(PAD)
    letters = max(
        [style.advance(style.letter, "R/A")]
        + [style.advance(style.letter, ch) for ch in matrix.scheme.alphabet]
    )
    header_line = style.metrics(style.header).lineSpacing()
    column_width = max(letters + 2 * pad, 2 * header_line + 2 * pad)
    names = [style.advance(style.text, a.name) for a in matrix.activities] or [0.0]
    mark_room = style.advance(style.bold, "!") + 2 * pad
    name_width = min(max(max(names) + 2 * pad + mark_room, pt(110)), max(width * 0.32, pt(110)))
    heads = [
        len(r.name) * header_line if upright(r.name) else style.advance(style.header, r.name)
        for r in matrix.roles
    ] or [0.0]
    header_height = min(max(heads) + 2 * pad, pt(MAX_HEADER))
    has_role_groups = any(r.group for r in matrix.roles)
    group_band = style.metrics(style.bold).lineSpacing() + 2 * pad if has_role_groups else 0.0
    line = style.metrics(style.text).lineSpacing()
    minimum = max(line, style.metrics(style.letter).lineSpacing()) + 2 * pad
    text_width = name_width - 2 * pad - mark_room
    rows = [
        max(minimum, style.wrapped_height(style.text, a.name, text_width) + 2 * pad)
        for a in matrix.activities
    ]
    return MatrixGeometry(
        name_width=name_width,
        column_width=column_width,
        group_band=group_band,
        header_height=header_height,
        group_row=style.metrics(style.bold).lineSpacing() + 2 * pad,
        row_heights=rows,
        row_spans=spans([a.group for a in matrix.activities]),
        column_spans=spans([r.group for r in matrix.roles]),
        marks=activity_marks(matrix, findings),
    )
