"""PDF and PNG files of a matrix, written atomically; a Qt application for headless use."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFontDatabase,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from raci_editor.core.model import Matrix
from raci_editor.core.rules import validate
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text
from raci_editor.gui.render.document import RenderError, image_size, paint_image, paint_paged
from raci_editor.gui.render.geometry import measure
from raci_editor.gui.render.style import Style, needs_cjk
from raci_editor.storage.atomic import write_atomic
from raci_editor.storage.errors import FileError

PDF_RESOLUTION = 1200
"""Dots per inch of the PDF's coordinates (the text and lines stay vectors)."""
PIXEL_RATIO = 2.0
"""The PNG has twice as many pixels as its logical size, for sharp slides."""
MAX_PIXELS = 400_000_000
"""Larger images are refused rather than exhausting memory."""
MARGIN_MM = 10.0
NO_APP = QT_TRANSLATE_NOOP(
    "PdfRender", "cannot write {what}: no Qt application (call ensure_app first)"
)
FAILED = QT_TRANSLATE_NOOP("PdfRender", "cannot write {what}: {reason}")
TOO_LARGE = QT_TRANSLATE_NOOP("PdfRender", "cannot write {what}: too large to render")


def ensure_app() -> QCoreApplication:
    """The running Qt application, or a new headless one for rendering.

    Without an application and without ``QT_QPA_PLATFORM``, on X11 and
    Wayland systems the offscreen platform is used: rendering needs no
    display, and a missing X11 library must not stop a conversion.
    """
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith(("linux", "freebsd")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "raci-editor"])


def warm_up() -> None:
    """Load the font database on the calling (GUI) thread before a worker thread paints."""
    QFontDatabase.families()


def page_layout() -> QPageLayout:
    """A4 landscape with 10 mm margins: the default for PDF and print."""
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def pdf_bytes(matrix: Matrix) -> bytes:
    """The printout of ``matrix`` as a PDF document."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout())
    writer.setCreator("RACI Editor")
    writer.setTitle(matrix.title or QCoreApplication.translate("PdfRender", "RACI matrix"))
    paint_paged(writer, matrix)
    del writer  # flushes the document into the buffer
    buffer.close()
    return bytes(data.data())


def print_to(device: QPagedPaintDevice, matrix: Matrix) -> int:
    """Paint the printout on a printer (or preview); returns the number of pages."""
    return paint_paged(device, matrix)


def png_image(matrix: Matrix) -> QImage:
    """The matrix with its title and legend as an image at :data:`PIXEL_RATIO`."""
    probe = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    probe.setDevicePixelRatio(PIXEL_RATIO)
    cjk = needs_cjk(matrix)
    style = Style.for_device(probe, cjk)
    geometry = measure(style, matrix, validate(matrix), style.pt(900))
    size = image_size(style, matrix, geometry)
    width, height = round(size.width() * PIXEL_RATIO), round(size.height() * PIXEL_RATIO)
    if width * height > MAX_PIXELS:
        reason = QCoreApplication.translate(
            "PdfRender", "too large for an image ({width} × {height} pixels)"
        )
        raise RenderError(reason.format(width=width, height=height))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        reason = QCoreApplication.translate(
            "PdfRender", "not enough memory for a {width} × {height} image"
        )
        raise RenderError(reason.format(width=width, height=height))
    image.setDevicePixelRatio(PIXEL_RATIO)
    style = Style.for_device(image, cjk)
    painter = QPainter()
    if not painter.begin(image):
        raise RenderError(
            QCoreApplication.translate("PdfRender", "cannot start painting on the image")
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_image(painter, style, matrix, geometry)
    finally:
        painter.end()
    return image


def png_bytes(matrix: Matrix) -> bytes:
    """The image of ``matrix`` as PNG data."""
    image = png_image(matrix)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"PNG"))
    if not writer.write(image):
        reason = QCoreApplication.translate("PdfRender", "the image could not be encoded: {error}")
        raise RenderError(reason.format(error=writer.errorString()))
    buffer.close()
    return bytes(data.data())


def write_pdf(matrix: Matrix, path: str | Path) -> None:
    """Write the printout of ``matrix`` as a PDF, atomically; FileError when it fails."""
    _write(path, lambda: pdf_bytes(matrix), "PDF")


def write_png(matrix: Matrix, path: str | Path) -> None:
    """Write the image of ``matrix`` as a PNG, atomically; FileError when it fails."""
    _write(path, lambda: png_bytes(matrix), "PNG")


def _write(path: str | Path, render: Callable[[], bytes], what: str) -> None:
    if QCoreApplication.instance() is None:
        raise FileError(path, Text(NO_APP, what=what))
    try:
        data = render()
    except RenderError as exc:  # its reason is said in the interface language already
        raise FileError(path, Text(FAILED, what=what, reason=str(exc))) from None
    except MemoryError:
        raise FileError(path, Text(TOO_LARGE, what=what)) from None
    write_atomic(path, data)
