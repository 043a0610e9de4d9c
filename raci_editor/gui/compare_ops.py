"""File › Compare with…, Compare with Snapshot and Take Changes from…: the window's side.

The other file is read the way File › Open reads it (a spreadsheet that is
not one of our exports goes through the import preview); a file that cannot
be read is said in a dialog and the document stays as it was.

Which side is the older one: for a file, the open matrix is "before" and the
file "after", as for Take Changes (an edited export that comes back from a
meeting says what the meeting changed); for a snapshot, the snapshot is
"before" and the open matrix "after" (what changed since the snapshot).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from raci_editor.core.diff import Change, compare
from raci_editor.core.importing import Imported
from raci_editor.core.model import Matrix, Snapshot, matrix_of
from raci_editor.gui import take_changes
from raci_editor.gui.compare_dialog import CompareDialog

if TYPE_CHECKING:
    from raci_editor.gui.main_window import MainWindow


def by_id_for(current: Matrix, other: Imported) -> bool:
    """Whether to match roles and activities by id: the other file keeps ids that this uses.

    A spreadsheet that is not our export has ids made from names, and a file
    that shares no id with the matrix (another matrix altogether, or one made
    from an import) would look all removed and added: those are matched by name.
    """
    if not other.keeps_ids:
        return False
    if not (current.roles or current.activities) or not (
        other.matrix.roles or other.matrix.activities
    ):
        return True
    ids = {r.id for r in current.roles} | {a.id for a in current.activities}
    return any(r.id in ids for r in other.matrix.roles) or any(
        a.id in ids for a in other.matrix.activities
    )


def taken_text(taken: str) -> str:
    """A snapshot's time as the lists show it: ``2026-11-27 10:15``."""
    return taken.replace("T", " ")[:16]


class CompareOps(QObject):
    """Compares the window's matrix with a file or a snapshot, and takes changes from a file."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def _this_name(self) -> str:
        return QCoreApplication.translate("CompareOps", "{0} (open)").format(
            self._window.display_name()
        )

    def _read(self, path: Path, failed: str) -> Imported | None:
        self._window.commit_pending_edits()
        return self._window.files.read_file(path, failed)

    # -- compare ---------------------------------------------------------------

    def compare_dialog(self) -> CompareDialog | None:
        """File › Compare with…: choose a file, then compare."""
        chosen = self._window.files.choose_file(
            QCoreApplication.translate("CompareOps", "Compare with File")
        )
        return self.compare_with_file(chosen) if chosen is not None else None

    def compare_with_file(self, path: str | Path) -> CompareDialog | None:
        """Show the open matrix (before) and ``path`` (after) side by side; None if unread."""
        path = Path(path)
        other = self._read(path, QCoreApplication.translate("CompareOps", "Cannot compare"))
        if other is None:
            return None
        current = self._window.document.matrix.copy_deep()
        by_id = by_id_for(current, other)
        changes = compare(current, other.matrix, by_id=by_id, texts=other.keeps_ids)

        def take() -> None:
            self.take_from(other.matrix, by_id, other.keeps_ids, path.name)

        return self._show((current, self._this_name()), (other.matrix, path.name), changes, take)

    def compare_with_snapshot(self, index: int) -> CompareDialog | None:
        """Show snapshot ``index`` (before) and the open matrix (after) side by side."""
        self._window.commit_pending_edits()
        snapshots = self._window.document.matrix.snapshots
        if not 0 <= index < len(snapshots):
            return None
        snapshot: Snapshot = snapshots[index]
        old = matrix_of(snapshot)
        current = self._window.document.matrix.copy_deep()
        changes = compare(old, current)
        name = QCoreApplication.translate("CompareOps", "snapshot “{0}” of {1}").format(
            snapshot.name, taken_text(snapshot.taken)
        )
        return self._show((old, name), (current, self._this_name()), changes, None)

    def _show(
        self,
        old: tuple[Matrix, str],
        new: tuple[Matrix, str],
        changes: list[Change],
        take: Callable[[], object] | None,
    ) -> CompareDialog:
        dialog = CompareDialog(self._window, old, new, changes, take)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # a new window comes up in front of its parent
        dialog.activateWindow()
        return dialog

    # -- take changes ------------------------------------------------------------

    def take_dialog(self) -> int:
        """File › Take Changes from…: choose a file, then the changes to take."""
        chosen = self._window.files.choose_file(
            QCoreApplication.translate("CompareOps", "Take Changes from File")
        )
        return self.take_changes_from(chosen) if chosen is not None else 0

    def take_changes_from(self, path: str | Path) -> int:
        """List the changes ``path`` makes to the open matrix and take the chosen ones.

        Returns how many were taken (0: none, cancelled, or the file could not be read).
        """
        path = Path(path)
        other = self._read(path, QCoreApplication.translate("CompareOps", "Cannot take changes"))
        if other is None:
            return 0
        by_id = by_id_for(self._window.document.matrix, other)
        return self.take_from(other.matrix, by_id, other.keeps_ids, path.name)

    def take_from(self, other: Matrix, by_id: bool, texts: bool, source: str) -> int:
        """Offer the changes from the open matrix to ``other`` to take; how many were taken.

        Compared afresh: the matrix may have changed since a comparison was shown.
        """
        window = self._window
        window.commit_pending_edits()
        document = window.document
        changes = compare(document.matrix, other, by_id=by_id, texts=texts)
        if not changes:
            window.show_message(
                QCoreApplication.translate("CompareOps", "{0} has no changes to take.").format(
                    source
                )
            )
            return 0
        taken = take_changes.take_changes(
            window, document, other, changes, by_id=by_id, source=source
        )
        if taken:
            window.show_message(take_changes.step_name(taken, source))
        return taken
