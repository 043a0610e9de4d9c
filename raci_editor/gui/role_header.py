"""The role header: a band naming each role group over its columns, role names wrapped below.

A role with findings shows a severity badge before its name, and its tooltip
lists the findings.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionHeader, QWidget

from raci_editor.gui import shaping
from raci_editor.gui.cell_delegate import paint_badge
from raci_editor.gui.matrix_model import GROUP_ROLE, SEVERITY_ROLE, MatrixModel
from raci_editor.gui.palette import GROUP_BAND
from raci_editor.gui.shaping_header import ShapingHeader

MAX_COLUMN_WIDTH = 104
"""Longer role names wrap onto more lines instead of widening the column."""
MAX_HEADER_LINES = 4
"""Beyond this many lines a role name is elided; its tooltip shows it whole."""
H = Qt.Orientation.Horizontal


def wrap_lines(text: str, font: QFont, width: int, max_lines: int = MAX_HEADER_LINES) -> list[str]:
    """``text`` broken into lines of at most ``width`` pixels; the last kept line is elided."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        start, end = line.textStart(), line.textStart() + line.textLength()
        if len(lines) == max_lines - 1 and end < len(text):
            elided = QFontMetrics(font).elidedText(
                text[start:].strip(), Qt.TextElideMode.ElideRight, max(width, 1)
            )
            lines.append(elided)
            break
        lines.append(text[start:end].strip())
    layout.endLayout()
    return lines or [""]


class RoleHeader(ShapingHeader):
    """Roles across: a band naming each role group over its columns, role names wrapped below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(H, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMaximumSectionSize(MAX_COLUMN_WIDTH)
        self._has_groups: bool | None = None
        self._sizes: dict[int, tuple[str, QSize]] = {}
        self._runs: list[tuple[int, int]] | None = None
        """Visual index -> the first and last visual index of its group's run."""
        """Logical index -> (its group, its size from contents): Qt asks for the sizes of up
        to 200 sections whenever a header changes, and finding marks change every keystroke."""
        self.sectionResized.connect(self._on_section_resized)

    def band_height(self) -> int:
        """Height of the role-group band; 0 when no role has a group."""
        if self._has_groups is None:
            model = self.model()
            self._has_groups = model is not None and any(
                model.headerData(c, H, GROUP_ROLE) for c in range(model.columnCount())
            )
        if not self._has_groups:
            return 0
        return QFontMetrics(self._bold()).height() + 2 * self._margin()

    def label_rect(self, logical_index: int) -> QRect:
        """Where a role's name is drawn, in viewport coordinates (below the band)."""
        band = self.band_height()
        left = self.sectionViewportPosition(logical_index)
        return QRect(left, band, self.sectionSize(logical_index), self.height() - band)

    def edit_section(self, logical_index: int) -> QLineEdit | None:
        """Open the in-place editor on a role's name; Enter renames it (one undo step)."""
        model = self.matrix_model()
        if model is None or not 0 <= logical_index < model.role_column_count:
            return None  # a count column has no name to edit
        role = model.role_at(logical_index)
        document = model.document
        rect = self.label_rect(logical_index)
        rect.setWidth(min(max(rect.width(), 160), max(self.viewport().width() - rect.left(), 1)))

        def commit(name: str) -> None:
            if document.matrix.has_role(role.id):
                with suppress(ValueError):  # a blank name: refused, nothing changes
                    shaping.rename_role(document, role.id, name)

        return self._open_editor(rect, role.name, commit)

    def _move(self, model: MatrixModel, logical: int, to: int) -> None:
        if logical >= model.role_column_count:
            return  # count columns stay where they are
        to = min(to, model.role_column_count - 1)
        role = model.role_at(logical)
        width = self.sectionSize(logical)
        shaping.move_role_to(model.document, role.id, to)
        column = model.column_of_role(role.id)
        self.resizeSection(column, width)
        if model.rowCount():
            last = model.rowCount() - 1
            self._select(model.index(0, column), model.index(last, column))

    def _on_model_changed(self, *args: object) -> None:
        if args and isinstance(args[0], Qt.Orientation):  # headerDataChanged
            orientation, first, last = args[:3]
            assert isinstance(first, int)
            assert isinstance(last, int)
            if orientation != H or not self._forget_sizes(first, last):
                return  # activities, or only marks that leave every size as it was
        elif args:  # rows or columns came or went
            self._forget_all()
        self._has_groups = None
        self.viewport().update()
        self.geometriesChanged.emit()  # the band may come or go; the view re-lays out

    def _on_model_about_to_be_reset(self) -> None:
        """Forget the sizes before the reset: Qt measures the new sections while it resets."""
        super()._on_model_about_to_be_reset()
        self._forget_all()

    def _forget_all(self) -> None:
        self._sizes.clear()
        self._runs = None

    def _forget_sizes(self, first: int, last: int) -> bool:
        """Drop the cached sizes of sections first..last; all of them if a group changed.

        A section's size depends on its own name, group and marks, and on the
        run of columns sharing its group: a changed group changes the runs.
        Return whether anything may look different beyond those sections'
        own repaint (Qt repaints them): a size or a group changed.
        """
        if first <= 0 and last >= self.count() - 1:
            self._forget_all()
            return True
        old = {c: self._sizes.pop(c, None) for c in range(first, last + 1)}
        for logical, cached in old.items():
            if cached is None:
                continue  # never measured: nothing to compare with
            if cached[0] != self._group(logical):
                self._forget_all()
                return True
            if self.sectionSizeFromContents(logical) != cached[1]:
                return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: another font or style means other sizes."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_all()
        super().changeEvent(event)

    def _on_section_resized(self, *args: object) -> None:
        self.viewport().update()  # group names are centred over their whole run

    def _group(self, logical: int) -> str:
        model = self.model()
        return str(model.headerData(logical, H, GROUP_ROLE) or "") if model else ""

    def _run(self, logical: int) -> tuple[int, int]:
        """First and last visual index of the run of columns sharing this column's group.

        The runs are found in one sweep and kept until a group or the columns
        change: measuring and painting ask for them section by section.
        """
        runs = self._runs
        if runs is None or len(runs) != self.count():
            groups = [self._group(self.logicalIndex(v)) for v in range(self.count())]
            runs = []
            start = 0
            for visual in range(1, len(groups) + 1):
                if visual == len(groups) or groups[visual] != groups[start]:
                    runs += [(start, visual - 1)] * (visual - start)
                    start = visual
            self._runs = runs
        return runs[self.visualIndex(logical)]

    def sectionSizeFromContents(self, logical_index: int) -> QSize:
        """Override QHeaderView.sectionSizeFromContents: as tall as the wrapped name and band."""
        cached = self._sizes.get(logical_index)
        if cached is not None:
            return QSize(cached[1])
        size = self._size_from_contents(logical_index)
        self._sizes[logical_index] = (self._group(logical_index), QSize(size))
        return size

    def _size_from_contents(self, logical_index: int) -> QSize:
        size = super().sectionSizeFromContents(logical_index)
        model = self.model()
        if model is None:
            return size
        text = str(model.headerData(logical_index, H, Qt.ItemDataRole.DisplayRole) or "")
        font = self._bold()  # selected sections are drawn bold: size for that
        metrics = QFontMetrics(font)
        margin = self._margin()
        extra = max(size.width() - self.fontMetrics().horizontalAdvance(text), 2 * margin)
        extra += self._badge_room(logical_index)
        natural = metrics.horizontalAdvance(text) + extra + 1  # + 1: advances are fractional
        width = min(max(size.width(), natural), MAX_COLUMN_WIDTH)
        lines = wrap_lines(text, font, width - extra)
        text_width = max(metrics.horizontalAdvance(line) for line in lines)
        height = len(lines) * metrics.lineSpacing() + 2 * margin
        height = max(size.height(), height) + self.band_height()
        width = min(width, text_width + extra + 1)
        group = self._group(logical_index)
        if group:  # the columns of a run share the width the group's name needs
            first, last = self._run(logical_index)
            share = -(-(metrics.horizontalAdvance(group) + 2 * margin + 1) // (last - first + 1))
            width = max(width, min(share, MAX_COLUMN_WIDTH))
        return QSize(width, height)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        """Override QHeaderView.paintSection: the group band on top, the wrapped name below."""
        if not rect.isValid():
            return
        band = self.band_height()
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical_index)
        text, option.text = option.text, ""
        option.rect = rect.adjusted(0, band, 0, 0)
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        font = self._bold() if option.state & QStyle.StateFlag.State_On else QFont(self.font())
        summary = self.model().headerData(logical_index, H, Qt.ItemDataRole.FontRole)
        if isinstance(summary, QFont) and summary.italic():  # a count column: italic, banded
            font.setItalic(True)
            painter.fillRect(option.rect, GROUP_BAND)
        margin = self._margin()
        inner = option.rect.adjusted(margin, margin, -margin, -margin)
        severity = self.model().headerData(logical_index, H, SEVERITY_ROLE)
        if severity:
            side = self._badge_side()
            badge = QRect(inner.left(), inner.top() + (inner.height() - side) // 2, side, side)
            background = option.palette.color(QPalette.ColorRole.Button)
            paint_badge(painter, badge, severity, background)
            inner.setLeft(inner.left() + self._badge_room(logical_index))
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.ButtonText))
        lines = wrap_lines(text, font, inner.width())
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), "\n".join(lines))
        painter.restore()
        if band:
            self._paint_band(
                painter, QRect(rect.left(), rect.top(), rect.width(), band), logical_index
            )

    def _badge_side(self) -> int:
        return max(self.fontMetrics().height() - 2, 8)

    def _badge_room(self, logical_index: int) -> int:
        """Width a finding's badge takes before the name (0 without findings)."""
        model = self.model()
        if model is None or not model.headerData(logical_index, H, SEVERITY_ROLE):
            return 0
        return self._badge_side() + self._margin() // 2 + 1

    def _paint_band(self, painter: QPainter, band: QRect, logical: int) -> None:
        palette = self.palette()
        painter.save()
        painter.setClipRect(band)
        painter.fillRect(band, palette.window())
        group = self._group(logical)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        if group:
            first, last = self._run(logical)
            left = self.sectionViewportPosition(self.logicalIndex(first))
            end = self.logicalIndex(last)
            right = self.sectionViewportPosition(end) + self.sectionSize(end)
            span = QRect(left, band.top(), right - left, band.height())
            painter.fillRect(span, GROUP_BAND)
            painter.drawLine(span.topLeft(), span.bottomLeft())
            painter.drawLine(span.topRight(), span.bottomRight())
            inner = span.adjusted(self._margin(), 0, -self._margin(), 0)
            font = self._bold()
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            elided = QFontMetrics(font).elidedText(
                group, Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), elided)
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(band.bottomLeft(), band.bottomRight())
        painter.restore()
