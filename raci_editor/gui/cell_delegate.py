"""Paints the grid's cells: letter tint, letters always centred, a note mark, group bands.

Colour is never the only signal: the letters are always drawn, and their
colour is chosen for contrast against the cell's final background, so cells
read in light and dark palettes, selected or not. Editing happens in a
dialog (:mod:`cell_editor`), never in the cell.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from raci_editor.gui.matrix_model import GROUP, NOTE_ROLE, ROW_KIND_ROLE

Index = QModelIndex | QPersistentModelIndex

NOTE_MARK = QColor(214, 48, 49)
"""The corner triangle of a cell with a note (red, as spreadsheets do)."""
NOTE_MARK_SIZE = 7
SELECTION_MIX = 0.6
"""How much of the highlight colour covers a selected cell; the tint shows through."""


def composite(under: QColor, over: QColor) -> QColor:
    """``over`` (possibly translucent) painted on an opaque ``under``."""
    alpha = over.alphaF()
    return QColor.fromRgbF(
        over.redF() * alpha + under.redF() * (1 - alpha),
        over.greenF() * alpha + under.greenF() * (1 - alpha),
        over.blueF() * alpha + under.blueF() * (1 - alpha),
    )


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(background: QColor, *candidates: QColor) -> QColor:
    """The candidate that contrasts most with ``background`` (black or white as a last resort)."""
    options = [*candidates, QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)]
    best = max(options, key=lambda c: contrast(background, c))
    for colour in candidates:  # prefer the palette's own colour when it reads well
        if contrast(background, colour) >= 4.5:
            return colour
    return best


class CellDelegate(QStyledItemDelegate):
    """Draws one cell; there is no in-place editor."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Override QStyledItemDelegate.paint: tint, highlight, letters, note mark, focus."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        state = opt.state
        group = (
            QPalette.ColorGroup.Active
            if state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        base = palette.color(group, QPalette.ColorRole.Base)
        tint: QBrush = opt.backgroundBrush
        background = base
        if tint.style() != Qt.BrushStyle.NoBrush:
            background = composite(base, tint.color())
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            highlight = QColor(palette.color(group, QPalette.ColorRole.Highlight))
            highlight.setAlphaF(SELECTION_MIX)
            background = composite(background, highlight)
        painter.save()
        try:
            painter.fillRect(rect, background)
            if index.data(ROW_KIND_ROLE) == GROUP:
                return
            text = opt.text
            if text:
                role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
                pen = readable_on(background, palette.color(group, role))
                painter.setPen(pen)
                painter.setFont(opt.font)
                shown = opt.fontMetrics.elidedText(
                    text, Qt.TextElideMode.ElideRight, max(rect.width() - 4, 0)
                )
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
            if index.data(NOTE_ROLE):
                self._paint_note_mark(painter, rect)
            if state & QStyle.StateFlag.State_HasFocus:
                self._paint_focus(painter, rect, background, palette, group)
        finally:
            painter.restore()

    def _paint_note_mark(self, painter: QPainter, rect: QRect) -> None:
        size = min(NOTE_MARK_SIZE, rect.height() // 2, rect.width() // 2)
        right, top = rect.right() + 1, rect.top()
        triangle = QPolygonF(
            [QPointF(right - size, top), QPointF(right, top), QPointF(right, top + size)]
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(NOTE_MARK)
        painter.drawPolygon(triangle)

    def _paint_focus(
        self,
        painter: QPainter,
        rect: QRect,
        background: QColor,
        palette: QPalette,
        group: QPalette.ColorGroup,
    ) -> None:
        """The current cell: a 2-pixel frame that contrasts with the cell."""
        colour = readable_on(
            background,
            palette.color(group, QPalette.ColorRole.Highlight),
            palette.color(group, QPalette.ColorRole.Text),
        )
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # type: ignore[override]
        """Override QStyledItemDelegate.createEditor: cells are edited in a dialog, not here."""
        return None
