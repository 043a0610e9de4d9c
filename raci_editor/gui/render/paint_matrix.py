"""Painting the printed grid: role groups and names, activity groups and names, letters."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from raci_editor.core.model import Matrix
from raci_editor.gui.render.geometry import PAD, MatrixGeometry, upright
from raci_editor.gui.render.layout import Page
from raci_editor.gui.render.style import (
    GRID,
    INK,
    MUTED,
    RULE,
    SEVERITY_COLOURS,
    SEVERITY_MARKS,
    WRAP,
    Style,
    band_colour,
    letter_colours,
)

Align = Qt.AlignmentFlag
LEFT_MIDDLE = int(Align.AlignLeft | Align.AlignVCenter)
CENTRE = int(Align.AlignCenter)


@dataclass
class GridPainter:
    """Paints pages of one measured matrix with one painter."""

    painter: QPainter
    style: Style
    matrix: Matrix
    geometry: MatrixGeometry

    def paint(self, page: Page, origin: QPointF) -> None:
        """Paint one page's slice of the grid with its top-left corner at ``origin``."""
        painter, style, geometry = self.painter, self.style, self.geometry
        roles = [
            i
            for piece in page.columns
            for i in geometry.column_spans[piece.run].indices[piece.start : piece.stop]
        ]
        x0, y = origin.x(), origin.y()
        right = x0 + geometry.width(page)
        self._paint_role_headers(page, origin)
        y += geometry.top
        pad = style.pt(PAD)
        for piece in page.rows:
            span = geometry.row_spans[piece.run]
            if span.group:
                rect = QRectF(x0, y, right - x0, geometry.group_row)
                painter.fillRect(rect, band_colour())
                painter.setFont(style.bold)
                painter.setPen(INK)
                name = span.group
                if piece.continued:
                    more = QCoreApplication.translate("PdfRender", "{group} (continued)")
                    name = more.format(group=span.group)
                painter.drawText(rect.adjusted(pad, 0, -pad, 0), LEFT_MIDDLE, name)
                y += geometry.group_row
                self._line(GRID, QPointF(x0, y), QPointF(right, y))
            for a in span.indices[piece.start : piece.stop]:
                self._paint_row(a, roles, QPointF(x0, y))
                y += geometry.row_heights[a]
                self._line(GRID, QPointF(x0, y), QPointF(right, y))
        top = origin.y() + geometry.group_band
        x = x0 + geometry.name_width
        for _ in range(len(roles) + 1):
            self._line(GRID, QPointF(x, top), QPointF(x, y))
            x += geometry.column_width
        header_bottom = origin.y() + geometry.top
        self._line(RULE, QPointF(x0, header_bottom), QPointF(right, header_bottom))
        painter.setPen(QPen(RULE, 0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x0, top, right - x0, y - top))

    def _paint_row(self, a: int, roles: list[int], at: QPointF) -> None:
        """One activity row: its name (and problem mark), then a cell per role."""
        painter, style, matrix, geometry = self.painter, self.style, self.matrix, self.geometry
        pad = style.pt(PAD)
        activity = matrix.activities[a]
        height = geometry.row_heights[a]
        name_rect = QRectF(at.x(), at.y(), geometry.name_width, height)
        mark = geometry.marks.get(a)
        mark_width = style.advance(style.bold, "!") + 2 * pad
        if mark is not None:
            painter.setFont(style.bold)
            painter.setPen(SEVERITY_COLOURS[mark])
            mark_rect = QRectF(name_rect.right() - mark_width, at.y(), mark_width, height)
            painter.drawText(mark_rect, CENTRE, SEVERITY_MARKS[mark])
        painter.setFont(style.text)
        painter.setPen(INK)
        text_rect = name_rect.adjusted(pad, pad, -pad - mark_width, -pad)
        painter.drawText(text_rect, LEFT_MIDDLE | WRAP, activity.name)
        priority, colours = letter_colours(matrix.scheme)
        row = matrix.row(activity.id)
        x = at.x() + geometry.name_width
        for r in roles:
            cell = row.get(matrix.roles[r].id, "")
            rect = QRectF(x, at.y(), geometry.column_width, height)
            if cell:
                first = next((ch for ch in priority if ch in cell), cell[0])
                painter.fillRect(rect, colours.get(first, band_colour()))
                text = matrix.scheme.display(cell)
                fits = style.advance(style.letter, text) <= rect.width() - pad
                painter.setFont(style.letter if fits else style.small)
                painter.setPen(INK)
                painter.drawText(rect, CENTRE | (0 if fits else WRAP), text)
            x += geometry.column_width

    def _paint_role_headers(self, page: Page, origin: QPointF) -> None:
        """The role-group band and the role names turned a quarter to read bottom to top."""
        painter, style, matrix, geometry = self.painter, self.style, self.matrix, self.geometry
        pad = style.pt(PAD)
        x = origin.x() + geometry.name_width
        band_top, name_top = origin.y(), origin.y() + geometry.group_band
        painter.setFont(style.bold)
        painter.setPen(MUTED)
        corner = QRectF(
            origin.x() + pad, name_top, geometry.name_width - 2 * pad, geometry.header_height - pad
        )
        corner_text = QCoreApplication.translate("PdfRender", "Activity")
        painter.drawText(corner, int(Align.AlignLeft | Align.AlignBottom), corner_text)
        for piece in page.columns:
            span = geometry.column_spans[piece.run]
            count = piece.stop - piece.start
            if geometry.group_band and span.group:
                rect = QRectF(x, band_top, geometry.column_width * count, geometry.group_band)
                painter.fillRect(rect, band_colour())
                painter.setPen(QPen(GRID, 0))
                painter.drawRect(rect)
                painter.setFont(style.small)
                painter.setPen(INK)
                label = painter.fontMetrics().elidedText(
                    span.group, Qt.TextElideMode.ElideRight, int(rect.width() - pad)
                )
                painter.drawText(rect, CENTRE, label)
            painter.setFont(style.header)
            painter.setPen(INK)
            for r in span.indices[piece.start : piece.stop]:
                self._paint_role_name(matrix.roles[r].name, QPointF(x, name_top))
                x += geometry.column_width

    def _paint_role_name(self, name: str, at: QPointF) -> None:
        """A role's name in its header cell: upright CJK read down, other text turned a quarter."""
        painter, style, geometry = self.painter, self.style, self.geometry
        pad = style.pt(PAD)
        if upright(name):
            line = style.metrics(style.header).lineSpacing()
            y = at.y() + geometry.header_height - pad - line * len(name)
            for ch in name:
                painter.drawText(QRectF(at.x(), y, geometry.column_width, line), CENTRE, ch)
                y += line
            return
        painter.save()
        painter.translate(at.x(), at.y() + geometry.header_height)
        painter.rotate(-90)
        box = QRectF(pad, 0, geometry.header_height - 2 * pad, geometry.column_width)
        painter.drawText(box, LEFT_MIDDLE | WRAP, name)
        painter.restore()

    def _line(self, colour: QColor, start: QPointF, end: QPointF) -> None:
        self.painter.setPen(QPen(colour, 0))
        self.painter.drawLine(start, end)
