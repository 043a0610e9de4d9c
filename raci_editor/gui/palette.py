"""Letter colours that read on light and dark palettes; letters are always shown too."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

from raci_editor.core.scheme import Scheme

_ALPHA = 96
"""Tints are translucent so that they read on light and on dark bases alike."""
PART_COLOURS = {
    "accountable": QColor(226, 88, 62, _ALPHA),
    "responsible": QColor(47, 158, 95, _ALPHA),
    "consulted": QColor(242, 182, 48, _ALPHA),
    "informed": QColor(59, 130, 214, _ALPHA),
}
_PART_ORDER = ("accountable", "responsible", "consulted", "informed")
"""A cell with several letters takes the colour of its weightiest part."""
_OTHER_COLOURS = (
    QColor(142, 92, 214, _ALPHA),
    QColor(22, 160, 170, _ALPHA),
    QColor(214, 92, 160, _ALPHA),
    QColor(128, 128, 128, _ALPHA),
)
GROUP_BAND = QColor(128, 128, 128, 48)
"""The band behind group rows and role-group headers."""


def letter_brushes(scheme: Scheme) -> tuple[str, dict[str, QBrush]]:
    """The scheme's letters by colour priority, and a brush for each letter."""
    brushes: dict[str, QBrush] = {}
    priority = ""
    for part in _PART_ORDER:
        letter = getattr(scheme, part)
        if letter is not None and letter not in brushes:
            brushes[letter] = QBrush(PART_COLOURS[part])
            priority += letter
    others = [ch for ch in scheme.alphabet if ch not in brushes]
    for n, letter in enumerate(others):
        brushes[letter] = QBrush(_OTHER_COLOURS[n % len(_OTHER_COLOURS)])
        priority += letter
    return priority, brushes
