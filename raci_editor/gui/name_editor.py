"""The one-line editor a header opens over a section to rename it in place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class NameEditor(QLineEdit):
    """A one-line editor over a header section: Enter or leaving commits, Escape cancels."""

    finished = Signal(bool, str)
    """The editor closed: whether to commit, and its text. Emitted once."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._open = True
        self.selectAll()
        self.returnPressed.connect(self._on_return_pressed)

    def finish(self, commit: bool) -> None:
        """Close the editor, committing its text or not (only the first call counts)."""
        if not self._open:
            return
        self._open = False
        self.finished.emit(commit, self.text())  # still visible: it can tell if it had focus
        self.hide()
        self.deleteLater()

    def _on_return_pressed(self) -> None:
        self.finish(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QLineEdit.keyPressEvent: Escape cancels the rename."""
        if event.key() == Qt.Key.Key_Escape:
            self.finish(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Override QLineEdit.focusOutEvent: leaving the editor commits (not for its menu)."""
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(True)
