"""Fonts, colours and sizes of the printed matrix, for one paint device.

Sizes are given in points and turned into the device's units, so a PDF at
1200 dpi, a printer and a 96-dpi image all show the same page.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QPaintDevice,
)

from raci_editor.core.model import Matrix
from raci_editor.core.scheme import Scheme
from raci_editor.core.texts import word
from raci_editor.gui import language
from raci_editor.gui.palette import GROUP_BAND, letter_brushes

WHITE = QColor(255, 255, 255)
INK = QColor(20, 20, 20)
MUTED = QColor(96, 96, 96)
GRID = QColor(190, 190, 190)
RULE = QColor(110, 110, 110)
SEVERITY_COLOURS = {"error": QColor(200, 30, 30), "warning": QColor(176, 106, 0)}
SEVERITY_MARKS = {"error": "!", "warning": "▲", "info": "i"}
WRAP = int(Qt.TextFlag.TextWordWrap)
CJK_FAMILIES = ("PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei")
"""Fonts with simplified Chinese characters (macOS, Windows, Linux), tried after the
application's font, so the PDF embeds one of them rather than whatever the system falls back on."""


def is_cjk(text: str) -> bool:
    """Whether ``text`` holds Chinese, Japanese or Korean characters (wide or full-width)."""
    return any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in text)


def needs_cjk(matrix: Matrix) -> bool:
    """Whether the printout shows Chinese: the interface speaks it, or the matrix holds it."""
    if language.current().code.startswith("zh"):
        return True
    names = [matrix.title, matrix.scheme.name]
    names += [text for r in matrix.roles for text in (r.name, r.group)]
    names += [text for a in matrix.activities for text in (a.name, a.group)]
    names += [d.name for d in matrix.scheme.letters]
    return any(is_cjk(name) for name in names)


def letter_name(name: str) -> str:
    """A letter's name as printed: a built-in one in the interface language."""
    return language.say(word("Letters", name))


def opaque(colour: QColor, under: QColor = WHITE) -> QColor:
    """A translucent colour as it shows on paper: painted over ``under``."""
    a = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * a + under.redF() * (1 - a),
        colour.greenF() * a + under.greenF() * (1 - a),
        colour.blueF() * a + under.blueF() * (1 - a),
    )


def letter_colours(scheme: Scheme) -> tuple[str, dict[str, QColor]]:
    """The editor's letter colours (:mod:`palette`) as opaque print colours, by priority."""
    priority, brushes = letter_brushes(scheme)
    return priority, {letter: opaque(b.color()) for letter, b in brushes.items()}


def band_colour() -> QColor:
    """The band behind group rows and role groups, as in the editor."""
    return opaque(GROUP_BAND)


@dataclass
class Style:
    """Fonts and measures for one device; ``pt(n)`` is ``n`` points in device units."""

    device: QPaintDevice
    scale: float
    title: QFont
    text: QFont
    bold: QFont
    header: QFont
    letter: QFont
    small: QFont

    @classmethod
    def for_device(cls, device: QPaintDevice, cjk: bool = False) -> Style:
        """Fonts in points on ``device`` (the application's font family).

        With ``cjk``, Chinese characters come from the first of
        :data:`CJK_FAMILIES` installed (the application's font keeps the rest).
        """
        base = QFont(QGuiApplication.font())
        if cjk:  # the family really used, not an alias such as "Sans Serif" that lists skip
            base.setFamilies([QFontInfo(base).family(), *CJK_FAMILIES])

        def font(points: float, bold: bool = False) -> QFont:
            f = QFont(base)
            f.setPointSizeF(points)
            f.setBold(bold)
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            if hasattr(f, "setFeature"):  # Qt 6.7+: no "ff" ligature, so PDF text copies right
                f.setFeature(QFont.Tag("liga"), 0)
            return f

        return cls(
            device=device,
            scale=device.logicalDpiX() / 72.0,
            title=font(14, bold=True),
            text=font(8),
            bold=font(8, bold=True),
            header=font(7.5),
            letter=font(8, bold=True),
            small=font(7),
        )

    def pt(self, points: float) -> float:
        """``points`` in device units."""
        return points * self.scale

    def metrics(self, font: QFont) -> QFontMetricsF:
        """Font metrics on this style's device."""
        return QFontMetricsF(font, self.device)

    def advance(self, font: QFont, text: str) -> float:
        """The width of ``text`` on one line."""
        return self.metrics(font).horizontalAdvance(text)

    def wrapped_height(self, font: QFont, text: str, width: float) -> float:
        """The height of ``text`` wrapped into ``width``."""
        rect = QRectF(0, 0, max(width, 1.0), 1e9)
        return self.metrics(font).boundingRect(rect, WRAP, text).height()
