"""Paints the grid's cells: letter tint, letters always centred, note and finding marks.

Colour is never the only signal: the letters are always drawn, and their
colour is chosen for contrast against the cell's final background, so cells
read in light and dark palettes, selected or not. A cell with an error gets
a solid frame and a "!" badge, one with a warning a dashed frame and a "▲"
badge, one with an info a dot; a row with an error is faintly tinted across.
The badges and finding tooltips are shared with the headers. Editing happens
in a dialog (:mod:`cell_editor`), never in the cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from raci_editor.core.rules import Finding
from raci_editor.gui.language import say
from raci_editor.gui.matrix_model import (
    FINDINGS_ROLE,
    GROUP,
    NOTE_ROLE,
    ROW_KIND_ROLE,
    SEVERITY_ROLE,
)

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


# -- finding marks, shared with the headers ---------------------------------------

_MARK_COLOURS = {  # (on a light background, on a dark one)
    "error": (QColor(200, 30, 30), QColor(255, 110, 110)),
    "warning": (QColor(196, 120, 0), QColor(255, 196, 64)),
    "info": (QColor(25, 110, 200), QColor(110, 180, 245)),
}
_GLYPHS = {"error": "!", "warning": "!", "info": "i"}
ERROR_ROW_TINT = QColor(220, 40, 40, 26)
"""Laid over every cell of an activity row that has an unwaived error."""
BADGE_SIZE = 11
"""Side of the severity badge in cells; headers use their font's height."""


def mark_colour(severity: str, background: QColor) -> QColor:
    """The mark colour of a severity that reads on ``background``."""
    light, dark = _MARK_COLOURS[severity]
    return light if luminance(background) > 0.35 else dark


def paint_badge(painter: QPainter, rect: QRect, severity: str, background: QColor) -> None:
    """A severity badge in ``rect``: a disc with "!" (error), a triangle (warning), "i" (info)."""
    fill = mark_colour(severity, background)
    ink = max((QColor(Qt.GlobalColor.white), QColor(20, 20, 20)), key=lambda c: contrast(fill, c))
    side = min(rect.width(), rect.height())
    box = QRectF(rect.left(), rect.top() + (rect.height() - side) / 2, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    text_box = QRectF(box)
    if severity == "warning":
        painter.drawPolygon(
            QPolygonF([box.bottomLeft(), QPointF(box.center().x(), box.top()), box.bottomRight()])
        )
        text_box.adjust(0, side * 0.25, 0, 0)
    else:
        painter.drawEllipse(box)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(int(side * (0.62 if severity == "warning" else 0.75)), 6))
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, _GLYPHS[severity])
    painter.restore()


_ICONS: dict[tuple[str, int, bool, float], QIcon] = {}


def badge_icon(severity: str, side: int, background: QColor, ratio: float = 1.0) -> QIcon:
    """The badge of :func:`paint_badge` as an icon (for a header's label), cached."""
    dark = luminance(background) <= 0.35
    key = (severity, side, dark, ratio)
    if key not in _ICONS:
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_badge(painter, QRect(0, 0, side, side), severity, background)
        painter.end()
        _ICONS[key] = QIcon(pixmap)
    return _ICONS[key]


def findings_tooltip(base: str | None, findings: Sequence[Finding]) -> str | None:
    """``base`` (rich text) followed by one line per finding: ``rule: message``."""
    if not findings:
        return base
    lines = [base] if base else []
    for f in findings:
        line = f"{escape(f.rule)}: {escape(say(f.message))}"
        if f.waiver is not None:
            waived = QCoreApplication.translate("CellDelegate", "waived by {0}: {1}")
            line = f"<i>{line} ({escape(waived.format(f.waiver.by, f.waiver.reason))})</i>"
        lines.append(f"<b>{escape(_severity_name(f.severity.value))}</b> {line}")
    return "<br>".join(lines)


def _severity_name(severity: str) -> str:
    names = {
        "error": QCoreApplication.translate("CellDelegate", "Error"),
        "warning": QCoreApplication.translate("CellDelegate", "Warning"),
        "info": QCoreApplication.translate("CellDelegate", "Info"),
    }
    return names[severity]


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
        model = index.model()
        row_severity = model.headerData(index.row(), Qt.Orientation.Vertical, SEVERITY_ROLE)
        if row_severity == "error":
            background = composite(background, ERROR_ROW_TINT)
        if tint.style() != Qt.BrushStyle.NoBrush:
            background = composite(background, tint.color())
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
            severity = index.data(SEVERITY_ROLE)
            if severity:
                self._paint_finding_mark(painter, rect, severity, background)
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

    def _paint_finding_mark(
        self, painter: QPainter, rect: QRect, severity: str, background: QColor
    ) -> None:
        """Error: solid frame and badge; warning: dashed frame and badge; info: a dot."""
        colour = mark_colour(severity, background)
        size = min(BADGE_SIZE, rect.height() - 4, rect.width() // 2)
        corner = QRect(rect.left() + 3, rect.bottom() - size - 2, size, size)
        if severity == "info":
            dot = max(size // 2, 3)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QRect(corner.left(), corner.bottom() - dot + 1, dot, dot))
            return
        pen = QPen(colour, 2)
        if severity == "warning":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        paint_badge(painter, corner, severity, background)

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

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """Override QStyledItemDelegate.helpEvent: the cell's tooltip lists its findings."""
        findings = index.data(FINDINGS_ROLE) if index.isValid() else None
        if event.type() != QEvent.Type.ToolTip or not findings:
            return super().helpEvent(event, view, option, index)
        text = findings_tooltip(index.data(Qt.ItemDataRole.ToolTipRole), findings)
        QToolTip.showText(event.globalPos(), text or "", view)
        return True

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # type: ignore[override]
        """Override QStyledItemDelegate.createEditor: cells are edited in a dialog, not here."""
        return None
