"""The second part of the printout: the problems found, and the workload of each role.

The part is a list of :class:`Block`\\ s, each with its height and a painter,
so that :func:`layout.flow` can put them on pages without splitting one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding, Severity
from raci_editor.core.workload import RoleLoad, role_loads
from raci_editor.gui.language import say
from raci_editor.gui.render.style import (
    GRID,
    INK,
    MUTED,
    SEVERITY_COLOURS,
    SEVERITY_MARKS,
    WRAP,
    Style,
    letter_colours,
)

Align = Qt.AlignmentFlag
LEFT_TOP = int(Align.AlignLeft | Align.AlignTop)
LEFT_MIDDLE = int(Align.AlignLeft | Align.AlignVCenter)


@dataclass(frozen=True)
class Block:
    """A piece of the report that is never split across pages."""

    height: float
    paint: Callable[[QPainter, QRectF], None]
    """Paints the block into a rect of the page's width and the block's height."""
    keep_with_next: bool = False


def severity_name(severity: Severity) -> str:
    """The severity as printed."""
    return {
        Severity.ERROR: QCoreApplication.translate("PdfRender", "Error"),
        Severity.WARNING: QCoreApplication.translate("PdfRender", "Warning"),
        Severity.INFO: QCoreApplication.translate("PdfRender", "Info"),
    }[severity]


def report_blocks(
    style: Style, matrix: Matrix, findings: list[Finding], width: float
) -> list[Block]:
    """The problems, then the workload bars, as blocks ``width`` wide."""
    blocks = [_heading(style, _problems_title(findings))]
    if not findings:
        none = QCoreApplication.translate("PdfRender", "No problems found.")
        blocks.append(_paragraph(style, none, width))
    blocks += [_finding_block(style, matrix, f, width) for f in findings]
    loads = role_loads(matrix, findings)
    blocks.append(_heading(style, QCoreApplication.translate("PdfRender", "Workload")))
    explained = QCoreApplication.translate(
        "PdfRender", "Letters held by each role, heaviest load first."
    )
    blocks.append(_paragraph(style, explained, width))
    most = max((sum(load.counts.values()) for load in loads), default=0)
    blocks += [_load_block(style, matrix, load, most, width) for load in loads]
    return blocks


def _problems_title(findings: list[Finding]) -> str:
    counted = [f for f in findings if f.waiver is None]
    errors = sum(f.severity is Severity.ERROR for f in counted)
    warnings = sum(f.severity is Severity.WARNING for f in counted)
    title = QCoreApplication.translate(
        "PdfRender", "Problems: {errors} errors · {warnings} warnings"
    )
    return title.format(errors=errors, warnings=warnings)


def _heading(style: Style, text: str) -> Block:
    height = style.metrics(style.title).lineSpacing() + style.pt(8)

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setFont(style.title)
        painter.setPen(INK)
        painter.drawText(rect.adjusted(0, style.pt(4), 0, 0), LEFT_TOP, text)

    return Block(height, paint, keep_with_next=True)


def _paragraph(style: Style, text: str, width: float) -> Block:
    height = style.wrapped_height(style.text, text, width) + style.pt(4)

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setFont(style.text)
        painter.setPen(MUTED)
        painter.drawText(rect, LEFT_TOP | WRAP, text)

    return Block(height, paint)


def _finding_block(style: Style, matrix: Matrix, finding: Finding, width: float) -> Block:
    """One finding: its mark and severity, the rule, where, what, and a waiver if any."""
    where = [
        matrix.activity(finding.activity_id).name
        if finding.activity_id and matrix.has_activity(finding.activity_id)
        else "",
        matrix.role(finding.role_id).name
        if finding.role_id and matrix.has_role(finding.role_id)
        else "",
    ]
    place = " / ".join(w for w in where if w)
    message = say(finding.message)
    if place:
        where_what = QCoreApplication.translate("PdfRender", "{place}: {message}")
        message = where_what.format(place=place, message=message)
    text = message
    if finding.waiver is not None:
        waived = QCoreApplication.translate("PdfRender", "{message} (waived by {by}: {reason})")
        text = waived.format(message=message, by=finding.waiver.by, reason=finding.waiver.reason)
    label = f"{SEVERITY_MARKS[finding.severity.value]} {severity_name(finding.severity)}"
    label_w = max(style.advance(style.bold, label), style.pt(60)) + style.pt(6)
    rule_w = style.pt(120)
    text_w = width - label_w - rule_w
    height = max(
        style.wrapped_height(style.text, text, text_w),
        style.metrics(style.text).lineSpacing(),
    ) + style.pt(3)

    def paint(painter: QPainter, rect: QRectF) -> None:
        colour = SEVERITY_COLOURS.get(finding.severity.value, INK)
        painter.setFont(style.bold)
        painter.setPen(MUTED if finding.waiver is not None else colour)
        painter.drawText(QRectF(rect.left(), rect.top(), label_w, rect.height()), LEFT_TOP, label)
        painter.setFont(style.text)
        painter.setPen(MUTED)
        rule_rect = QRectF(rect.left() + label_w, rect.top(), rule_w, rect.height())
        painter.drawText(rule_rect, LEFT_TOP | WRAP, finding.rule)
        painter.setPen(MUTED if finding.waiver is not None else INK)
        text_rect = QRectF(rect.left() + label_w + rule_w, rect.top(), text_w, rect.height())
        painter.drawText(text_rect, LEFT_TOP | WRAP, text)

    return Block(height, paint)


def _load_block(style: Style, matrix: Matrix, load: RoleLoad, most: int, width: float) -> Block:
    """One role's stacked bar: a segment per letter, in scheme order, with the counts."""
    _, colours = letter_colours(matrix.scheme)
    line = style.metrics(style.text).lineSpacing()
    height = line + style.pt(6)
    name_w = min(style.pt(170), width * 0.3)
    counts = " · ".join(f"{ch} {n}" for ch, n in load.counts.items() if n)
    if not counts:
        counts = QCoreApplication.translate("PdfRender", "no letters")
    summary = QCoreApplication.translate("PdfRender", "{counts} — load {load}")
    summary = summary.format(counts=counts, load=load.load)
    summary_w = style.pt(150)
    bar_w = width - name_w - summary_w - style.pt(12)

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setFont(style.text)
        painter.setPen(INK)
        name_rect = QRectF(rect.left(), rect.top(), name_w - style.pt(6), rect.height())
        name = painter.fontMetrics().elidedText(
            load.name, Qt.TextElideMode.ElideRight, int(name_rect.width())
        )
        painter.drawText(name_rect, LEFT_MIDDLE, name)
        x = rect.left() + name_w
        top, bar_h = rect.top() + style.pt(2), rect.height() - style.pt(4)
        painter.setFont(style.letter)
        for letter in matrix.scheme.alphabet:
            n = load.counts.get(letter, 0)
            if not n or not most:
                continue
            segment = QRectF(x, top, bar_w * n / most, bar_h)
            painter.fillRect(segment, colours[letter])
            if painter.fontMetrics().horizontalAdvance(letter) < segment.width() - style.pt(2):
                painter.setPen(INK)
                painter.drawText(segment, int(Align.AlignCenter), letter)
            x = segment.right()
        painter.setPen(QPen(GRID, 0))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setFont(style.text)
        painter.setPen(MUTED)
        summary_rect = QRectF(rect.right() - summary_w, rect.top(), summary_w, rect.height())
        painter.drawText(summary_rect, LEFT_MIDDLE, summary)

    return Block(height, paint)
