"""One open matrix: the Matrix, its file, its undo stack and its modified state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from raci_editor.core.edits import Edit, apply_edit
from raci_editor.core.live_validation import LiveValidation
from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding
from raci_editor.gui.commands import EditCommand
from raci_editor.storage.collector import collection_paused
from raci_editor.storage.formats import read_matrix, suffix, write_matrix

NATIVE_SUFFIX = ".raci.json"
DEFER_CHECK_CELLS = 1_000_000
"""A matrix with this many cells (10,000 × 100) is shown first and checked right after."""


def defer_check_for(matrix: Matrix) -> bool:
    """Whether checking ``matrix`` takes long enough to leave it until it is on screen."""
    return len(matrix.activities) * len(matrix.roles) >= DEFER_CHECK_CELLS


class Document(QObject):
    """Every change goes through :meth:`apply`, which makes it one undo step.

    Views listen to :attr:`applied`, emitted after each single (non-batch)
    edit, and update exactly what changed.
    """

    applied = Signal(object)
    """A single edit has changed the matrix (the findings are already up to date)."""
    path_changed = Signal()
    """The document's file changed (Save As)."""
    saved = Signal()
    """The matrix was written to :attr:`path` (after :attr:`path_changed` for Save As)."""
    checked = Signal()
    """The first check of a document made with ``defer_check`` has run (see :meth:`check`)."""

    def __init__(
        self,
        matrix: Matrix | None = None,
        path: Path | None = None,
        read_findings: list[Finding] | None = None,
        parent: QObject | None = None,
        *,
        defer_check: bool = False,
    ) -> None:
        super().__init__(parent)
        self.matrix = matrix if matrix is not None else Matrix()
        self.path = path
        with collection_paused():
            self.validation = LiveValidation(self.matrix, read_findings or [], deferred=defer_check)
        """The findings, kept up to date edit by edit."""
        self._announce = defer_check
        self.undo_stack = QUndoStack(self)

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Read a file of any supported format; raise RaciError with a one-line reason."""
        result = read_matrix(path)
        native = suffix(path) == NATIVE_SUFFIX
        return cls(result.matrix, Path(path) if native else None, result.findings, parent)

    @property
    def check_pending(self) -> bool:
        """Whether the findings are still to be found (a big matrix just shown)."""
        return self.validation.pending

    def check(self) -> None:
        """Run a deferred first check (if nothing has made it run yet) and say so once."""
        with collection_paused():
            self.validation.ensure()
        if self._announce:
            self._announce = False
            self.checked.emit()

    # -- editing ------------------------------------------------------------

    def apply(self, edit: Edit, text: str) -> None:
        """Apply ``edit`` as one undo step named ``text``.

        Raises ModelError, with nothing changed and nothing pushed, when the
        edit is not possible.
        """
        inverse = self.apply_now(edit)
        self.undo_stack.push(EditCommand(self, edit, inverse, text))

    def apply_now(self, edit: Edit) -> Edit:
        """Apply without touching the undo stack; return the inverse. For commands.

        A Batch is applied whole (all or nothing) and announced once, so that
        importing a thousand activities is one update, not a thousand.
        """
        inverse = apply_edit(self.matrix, edit)
        self.validation.update(edit)
        self.applied.emit(edit)
        return inverse

    @property
    def read_findings(self) -> list[Finding]:
        """Findings from reading the file that still apply (e.g. ``unknown-code``)."""
        return self.validation.read_findings

    # -- file -----------------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        """Whether there are changes since the last save (or since opening)."""
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        """The file name, or "Untitled"."""
        return self.path.name if self.path else QCoreApplication.translate("Document", "Untitled")

    def save(self, path: Path | None = None) -> None:
        """Write the matrix (atomically) and mark the stack clean; raise RaciError on failure."""
        target = path or self.path
        if target is None:
            raise ValueError("a new document needs a path to be saved")
        write_matrix(self.matrix, target)
        if target != self.path:
            self.path = target
            self.path_changed.emit()
        self.undo_stack.setClean()
        self.saved.emit()
