"""Run something once a widget has been painted: a big matrix is shown, then checked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000
"""Run anyway after this long, should no paint come (a minimised window)."""


class _AfterPaint(QObject):
    """Watches a widget for its next paint, then runs ``action`` once, after that paint."""

    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._action: Callable[[], None] | None = action
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            self._widget.removeEventFilter(self)
            self.deleteLater()
            action()


def check_after_paint(widget: QWidget, action: Callable[[], None]) -> None:
    """Run ``action`` right after ``widget`` is next painted (at once when it is hidden)."""
    if not widget.isVisible():
        action()
        return
    _AfterPaint(widget, action)
