"""What every printed page carries: title and date above, the legend, the page number below."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from raci_editor.core.scheme import Scheme
from raci_editor.gui.render.style import INK, MUTED, RULE, Style, letter_colours, letter_name

Align = Qt.AlignmentFlag
GAP = 6.0
"""Space between the page head and what follows, in points."""


@dataclass(frozen=True)
class Heading:
    """The page head's text: the matrix title and the date it was printed."""

    title: str
    date: str


def head_height(style: Style) -> float:
    """The height of the page head (title line, legend line, gap), in device units."""
    title = style.metrics(style.title).lineSpacing()
    legend = style.metrics(style.text).lineSpacing() + style.pt(4)
    return title + style.pt(2) + legend + style.pt(GAP)


def foot_height(style: Style) -> float:
    """The height of the page foot with the page number."""
    return style.metrics(style.small).lineSpacing() + style.pt(GAP)


def paint_head(
    painter: QPainter, style: Style, rect: QRectF, heading: Heading, scheme: Scheme
) -> None:
    """Title left, date right, then the legend: each letter on its colour with its name."""
    painter.setPen(INK)
    painter.setFont(style.title)
    title_h = style.metrics(style.title).lineSpacing()
    title_rect = QRectF(rect.left(), rect.top(), rect.width(), title_h)
    painter.setFont(style.text)
    painter.setPen(MUTED)
    printed = QCoreApplication.translate("PdfRender", "Printed {date}")
    date_text = printed.format(date=heading.date)
    painter.drawText(title_rect, int(Align.AlignRight | Align.AlignVCenter), date_text)
    room = rect.width() - style.advance(style.text, date_text) - style.pt(12)
    painter.setFont(style.title)
    painter.setPen(INK)
    title = painter.fontMetrics().elidedText(heading.title, Qt.TextElideMode.ElideRight, int(room))
    painter.drawText(title_rect, int(Align.AlignLeft | Align.AlignVCenter), title)
    paint_legend(painter, style, QPointF(rect.left(), title_rect.bottom() + style.pt(2)), scheme)
    y = rect.top() + head_height(style) - style.pt(GAP / 2)
    painter.setPen(QPen(RULE, 0))
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))


def paint_legend(painter: QPainter, style: Style, at: QPointF, scheme: Scheme) -> float:
    """The legend on one line from ``at``; returns its width."""
    _, colours = letter_colours(scheme)
    line = style.metrics(style.text).lineSpacing()
    chip_h = line + style.pt(4)
    x = at.x()
    for item in scheme.letters:
        chip_w = style.advance(style.letter, item.letter) + style.pt(8)
        chip = QRectF(x, at.y(), chip_w, chip_h)
        painter.fillRect(chip, colours[item.letter])
        painter.setFont(style.letter)
        painter.setPen(INK)
        painter.drawText(chip, int(Align.AlignCenter), item.letter)
        x += chip_w + style.pt(3)
        painter.setFont(style.text)
        name = letter_name(item.name)
        name_w = style.advance(style.text, name)
        painter.drawText(
            QRectF(x, at.y(), name_w + 1, chip_h),
            int(Align.AlignLeft | Align.AlignVCenter),
            name,
        )
        x += name_w + style.pt(10)
    return x - at.x()


def paint_foot(painter: QPainter, style: Style, rect: QRectF, number: int, count: int) -> None:
    """ "Page n of m" at the bottom right of ``rect``."""
    text = QCoreApplication.translate("PdfRender", "Page {page} of {pages}")
    painter.setFont(style.small)
    painter.setPen(MUTED)
    height = style.metrics(style.small).lineSpacing()
    foot = QRectF(rect.left(), rect.bottom() - height, rect.width(), height)
    painter.drawText(
        foot,
        int(Align.AlignRight | Align.AlignVCenter),
        text.format(page=number, pages=count),
    )
