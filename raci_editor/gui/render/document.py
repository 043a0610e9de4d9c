"""The whole printout on a paged device (PDF, printer) or as one image.

Pages: the matrix pages first (:func:`layout.paginate`), then the report
(:mod:`report`). Every page carries the head (title, date, legend) and the
page number. The same function paints the PDF, the printer and the preview.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPainter

from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding, validate
from raci_editor.gui.render import frame, layout
from raci_editor.gui.render.geometry import MatrixGeometry, measure
from raci_editor.gui.render.paint_matrix import GridPainter
from raci_editor.gui.render.report import Block, report_blocks
from raci_editor.gui.render.style import WHITE, Style, letter_name, needs_cjk

IMAGE_MARGIN = 16.0
"""Margin around the image, in points."""
IMAGE_MAX_WIDTH = 900.0
"""The activity-name column of an image is measured as if the image were this wide (points)."""


class RenderError(Exception):
    """The device could not be painted on (``str()`` is the reason)."""


@dataclass
class Printout:
    """A matrix measured and paginated for one device."""

    matrix: Matrix
    style: Style
    heading: frame.Heading
    body: QRectF
    """Where the grid and the report go on every page, in device units."""
    geometry: MatrixGeometry
    pages: list[layout.Page]
    report: list[Block]
    report_pages: list[list[int]]

    @property
    def page_count(self) -> int:
        """Matrix pages plus report pages."""
        return len(self.pages) + len(self.report_pages)


def heading(matrix: Matrix) -> frame.Heading:
    """The page head's title and today's date."""
    title = matrix.title.strip() or QCoreApplication.translate("PdfRender", "RACI matrix")
    return frame.Heading(title, datetime.date.today().isoformat())


def plan(
    matrix: Matrix, device: QPagedPaintDevice, findings: list[Finding] | None = None
) -> Printout:
    """Measure and paginate ``matrix`` for ``device``'s page size."""
    style = Style.for_device(device, needs_cjk(matrix))
    width, height = float(device.width()), float(device.height())
    top = frame.head_height(style)
    body = QRectF(0, top, width, height - top - frame.foot_height(style))
    found = validate(matrix) if findings is None else findings
    geometry = measure(style, matrix, found, body.width())
    pages = layout.paginate(
        geometry.row_runs(),
        geometry.column_runs(),
        body.height() - geometry.top,
        body.width() - geometry.name_width,
    )
    blocks = report_blocks(style, matrix, found, body.width())
    report_pages = layout.flow(
        [b.height for b in blocks], body.height(), [b.keep_with_next for b in blocks]
    )
    return Printout(matrix, style, heading(matrix), body, geometry, pages, blocks, report_pages)


def paint_paged(device: QPagedPaintDevice, matrix: Matrix) -> int:
    """Paint the whole printout on ``device``, a page at a time; returns the page count."""
    printout = plan(matrix, device)
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError(
            QCoreApplication.translate("PdfRender", "cannot start painting on the page")
        )
    try:
        full = QRectF(0, 0, device.width(), device.height())
        number = 0
        grid = GridPainter(painter, printout.style, matrix, printout.geometry)
        for page in printout.pages:
            number = _next_page(device, painter, printout, full, number)
            grid.paint(page, printout.body.topLeft())
        for indices in printout.report_pages:
            number = _next_page(device, painter, printout, full, number)
            y = printout.body.top()
            for i in indices:
                block = printout.report[i]
                block.paint(
                    painter, QRectF(printout.body.left(), y, printout.body.width(), block.height)
                )
                y += block.height
    finally:
        painter.end()
    return printout.page_count


def _next_page(
    device: QPagedPaintDevice, painter: QPainter, printout: Printout, full: QRectF, number: int
) -> int:
    """Start page ``number + 1`` with its head and foot; returns its number."""
    if number and not device.newPage():
        raise RenderError(QCoreApplication.translate("PdfRender", "cannot start a new page"))
    frame.paint_head(painter, printout.style, full, printout.heading, printout.matrix.scheme)
    frame.paint_foot(painter, printout.style, full, number + 1, printout.page_count)
    return number + 1


def image_size(style: Style, matrix: Matrix, geometry: MatrixGeometry) -> QSizeF:
    """The logical size of the image of ``matrix``: the whole grid, the head, a margin."""
    page = geometry.whole()
    margin = style.pt(IMAGE_MARGIN)
    legend = sum(
        style.advance(style.letter, d.letter)
        + style.advance(style.text, letter_name(d.name))
        + style.pt(21)
        for d in matrix.scheme.letters
    )
    width = max(geometry.width(page), legend, style.pt(300)) + 2 * margin
    height = frame.head_height(style) + geometry.height(page) + 2 * margin
    return QSizeF(width, height)


def paint_image(painter: QPainter, style: Style, matrix: Matrix, geometry: MatrixGeometry) -> None:
    """Paint the image of ``matrix`` (white ground, head, whole grid) at its logical size."""
    size = image_size(style, matrix, geometry)
    painter.fillRect(QRectF(QPointF(0, 0), size), WHITE)
    margin = style.pt(IMAGE_MARGIN)
    inner = QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin)
    frame.paint_head(painter, style, inner, heading(matrix), matrix.scheme)
    origin = QPointF(margin, margin + frame.head_height(style))
    GridPainter(painter, style, matrix, geometry).paint(geometry.whole(), origin)
