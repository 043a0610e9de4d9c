"""The undo command: a thin QUndoCommand holding a core edit and its inverse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from raci_editor.core.edits import Edit

if TYPE_CHECKING:
    from raci_editor.gui.document import Document


class EditCommand(QUndoCommand):
    """One user gesture: redo applies the edit, undo applies its inverse.

    The document applies the edit before pushing the command (so a refused
    edit never reaches the stack); the first ``redo`` that ``push`` calls is
    therefore skipped.
    """

    def __init__(self, document: Document, edit: Edit, inverse: Edit, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._edit = edit
        self._inverse = inverse
        self._applied = True

    def redo(self) -> None:
        """Apply the edit again (after an undo)."""
        if self._applied:
            return
        self._inverse = self._document.apply_now(self._edit)
        self._applied = True

    def undo(self) -> None:
        """Apply the inverse."""
        self._edit = self._document.apply_now(self._inverse)
        self._applied = False
