"""The grid: a table view with role names wrapped in its header."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

MAX_COLUMN_WIDTH = 104
"""Longer role names wrap onto more lines instead of widening the column."""
MAX_HEADER_LINES = 4
"""Beyond this many lines a role name is cut; its tooltip shows it whole."""


class WrappingHeader(QHeaderView):
    """A horizontal header whose section labels wrap at word boundaries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap))
        )
        self.setMaximumSectionSize(MAX_COLUMN_WIDTH)

    def sectionSizeFromContents(self, logical_index: int) -> QSize:
        """Override QHeaderView.sectionSizeFromContents: as tall as the wrapped label."""
        size = super().sectionSizeFromContents(logical_index)
        model = self.model()
        if model is None:
            return size
        text = model.headerData(logical_index, self.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            return size
        metrics = self.fontMetrics()
        label = str(text)
        # What the style adds around the label (margins, sort arrow) stays; the label wraps.
        extra = max(size.width() - metrics.horizontalAdvance(label), 0)
        wrap_at = max(min(size.width(), self.maximumSectionSize()) - extra, 1)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        bounds = metrics.boundingRect(QRect(0, 0, wrap_at, 0), flags, label)
        lines = min(MAX_HEADER_LINES, max(1, round(bounds.height() / metrics.lineSpacing())))
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        height = lines * metrics.lineSpacing() + 2 * margin
        width = min(size.width(), bounds.width() + extra)
        return QSize(width, max(size.height(), height))


class MatrixView(QTableView):
    """A read-only grid of letters with the roles across and the activities down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WrappingHeader(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("R/A/C") + 24)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)

    def fit_columns(self) -> None:
        """Size every column to its letters and wrapped role name."""
        self.resizeColumnsToContents()

    def focus_first_cell(self) -> None:
        """Give the grid the keyboard focus with the top-left cell current."""
        model = self.model()
        if model is not None and model.rowCount() and model.columnCount():
            self.setCurrentIndex(model.index(0, 0))
            self.scrollToTop()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
