"""Named snapshots: Matrix › Save Snapshot…, Matrix › Snapshots… and File › Compare with Snapshot.

A snapshot is a named copy of the matrix kept inside its file ("Before launch
review"). Saving, renaming and deleting one are undoable edits of the
document, so the file becomes modified and Save keeps them. The time a
snapshot is taken is the local clock's, read here (the core reads no clock).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.edits import AddSnapshot, RemoveSnapshot, RenameSnapshot
from raci_editor.core.errors import RaciError
from raci_editor.core.model import Snapshot, snapshot_of, unique_snapshot_name
from raci_editor.gui import dialogs
from raci_editor.gui.compare_ops import taken_text
from raci_editor.gui.file_ops import error_message

if TYPE_CHECKING:
    from raci_editor.gui.document import Document
    from raci_editor.gui.main_window import MainWindow


def now() -> datetime:
    """The local time now (tests replace it)."""
    return datetime.now()


def ask_name(parent: QWidget, title: str, label: str, suggestion: str) -> str | None:
    """Ask for a snapshot's name; None when cancelled (tests replace this)."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, suggestion)
    return text.strip() if ok else None


def exec_dialog(dialog: QDialog) -> int:
    """Run a dialog modally; tests replace this to drive it."""
    return dialog.exec()


def snapshot_label(snapshot: Snapshot) -> str:
    """How lists name a snapshot: ``Before launch review (2026-11-27 10:15)``."""
    return QCoreApplication.translate("SnapshotOps", "{0} ({1})").format(
        snapshot.name, taken_text(snapshot.taken)
    )


class SnapshotOps(QObject):
    """Saves, renames and deletes the open matrix's snapshots, and compares with one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    @property
    def _document(self) -> Document:
        return self._window.document

    # -- save, rename, delete ---------------------------------------------------

    def save_dialog(self) -> bool:
        """Matrix › Save Snapshot…: ask for a name (one with the time is suggested)."""
        self._window.commit_pending_edits()
        stamp = now()
        suggestion = QCoreApplication.translate("SnapshotOps", "Snapshot {0}").format(
            stamp.strftime("%Y-%m-%d %H:%M")
        )
        name = ask_name(
            self._window,
            QCoreApplication.translate("SnapshotOps", "Save Snapshot"),
            QCoreApplication.translate(
                "SnapshotOps", "Keep a copy of the matrix as it is now, named:"
            ),
            unique_snapshot_name(self._document.matrix, suggestion),
        )
        if not name:
            return False
        return self.save(name, stamp)

    def save(self, name: str, when: datetime | None = None) -> bool:
        """Keep the matrix as it is now as snapshot ``name`` (made unique), one undo step."""
        self._window.commit_pending_edits()
        matrix = self._document.matrix
        taken = (when or now()).isoformat(timespec="seconds")
        try:
            snapshot = snapshot_of(matrix, unique_snapshot_name(matrix, name), taken)
            self._document.apply(
                AddSnapshot(snapshot, len(matrix.snapshots)),
                QCoreApplication.translate("SnapshotOps", "Save Snapshot “{0}”").format(
                    snapshot.name
                ),
            )
        except RaciError as exc:  # a blank name: nothing changed
            self._fail(exc)
            return False
        self._window.show_message(
            QCoreApplication.translate(
                "SnapshotOps", "Snapshot “{0}” saved with the matrix"
            ).format(snapshot.name)
        )
        return True

    def rename(self, index: int, name: str) -> bool:
        """Give snapshot ``index`` another name, one undo step."""
        snapshots = self._document.matrix.snapshots
        if not 0 <= index < len(snapshots) or name.strip() == snapshots[index].name:
            return False
        old = snapshots[index].name
        try:
            self._document.apply(
                RenameSnapshot(index, name),
                QCoreApplication.translate("SnapshotOps", "Rename Snapshot “{0}”").format(old),
            )
        except RaciError as exc:
            self._fail(exc)
            return False
        return True

    def rename_dialog(self, index: int) -> bool:
        """Ask for a new name of snapshot ``index``."""
        snapshots = self._document.matrix.snapshots
        if not 0 <= index < len(snapshots):
            return False
        name = ask_name(
            self._window,
            QCoreApplication.translate("SnapshotOps", "Rename Snapshot"),
            QCoreApplication.translate("SnapshotOps", "New name:"),
            snapshots[index].name,
        )
        return bool(name) and self.rename(index, name or "")

    def delete(self, index: int) -> bool:
        """Delete snapshot ``index``, one undo step (Undo brings it back)."""
        snapshots = self._document.matrix.snapshots
        if not 0 <= index < len(snapshots):
            return False
        self._document.apply(
            RemoveSnapshot(index),
            QCoreApplication.translate("SnapshotOps", "Delete Snapshot “{0}”").format(
                snapshots[index].name
            ),
        )
        return True

    def _fail(self, exc: RaciError) -> None:
        dialogs.error(
            self._window,
            QCoreApplication.translate("SnapshotOps", "Cannot keep the snapshot"),
            error_message(exc),
        )

    # -- the menu and the dialog ----------------------------------------------------

    def fill_compare_menu(self, menu: QMenu) -> None:
        """File › Compare with Snapshot: one entry per snapshot, newest last."""
        menu.clear()
        snapshots = self._document.matrix.snapshots
        for n, snapshot in enumerate(snapshots):
            number = f"&{n + 1}" if n < 9 else ""
            action = menu.addAction(f"{number} {snapshot_label(snapshot)}".strip())
            action.setStatusTip(
                QCoreApplication.translate(
                    "SnapshotOps", "Show what changed since snapshot “{0}”"
                ).format(snapshot.name)
            )
            action.triggered.connect(
                lambda _=False, i=n: self._window.compare_ops.compare_with_snapshot(i)
            )
        if not snapshots:
            empty = menu.addAction(QCoreApplication.translate("SnapshotOps", "No Snapshots"))
            empty.setEnabled(False)

    def manage(self) -> SnapshotsDialog:
        """Matrix › Snapshots…: the snapshots, to compare with, rename or delete."""
        self._window.commit_pending_edits()
        dialog = SnapshotsDialog(self._window, self)
        try:
            exec_dialog(dialog)
        finally:
            dialog.deleteLater()
        return dialog


class SnapshotsDialog(QDialog):
    """The open matrix's snapshots with Compare, Rename… and Delete; every change undoable."""

    def __init__(self, parent: MainWindow, ops: SnapshotOps) -> None:
        super().__init__(parent)
        self._window, self._ops = parent, ops
        self.setWindowTitle(QCoreApplication.translate("SnapshotsDialog", "Snapshots"))
        intro = QLabel(
            QCoreApplication.translate(
                "SnapshotsDialog",
                "Snapshots are named copies of the matrix kept in its file. "
                "Compare shows what changed since one was saved.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("SnapshotsDialog", "Name"),
                QCoreApplication.translate("SnapshotsDialog", "Saved"),
                QCoreApplication.translate("SnapshotsDialog", "Activities"),
                QCoreApplication.translate("SnapshotsDialog", "Roles"),
            ]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemDoubleClicked.connect(lambda *_: self.compare())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.compare_button = self._button(
            buttons,
            QCoreApplication.translate("SnapshotsDialog", "&Compare"),
            QCoreApplication.translate("SnapshotsDialog", "Show what changed since this snapshot"),
            self.compare,
        )
        self.rename_button = self._button(
            buttons,
            QCoreApplication.translate("SnapshotsDialog", "&Rename…"),
            QCoreApplication.translate("SnapshotsDialog", "Give this snapshot another name"),
            self.rename,
        )
        self.delete_button = self._button(
            buttons,
            QCoreApplication.translate("SnapshotsDialog", "&Delete"),
            QCoreApplication.translate(
                "SnapshotsDialog", "Delete this snapshot (Edit › Undo brings it back)"
            ),
            self.delete,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 380)
        self.refresh()

    def _button(
        self, box: QDialogButtonBox, text: str, tip: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(lambda _=False: slot())
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def refresh(self, current: int | None = None) -> None:
        """List the snapshots again (after a rename or a delete)."""
        self.tree.clear()
        snapshots = self._window.document.matrix.snapshots
        for snapshot in snapshots:
            item = QTreeWidgetItem(
                [
                    snapshot.name,
                    taken_text(snapshot.taken),
                    str(len(snapshot.matrix.activities)),
                    str(len(snapshot.matrix.roles)),
                ]
            )
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.tree.addTopLevelItem(item)
        for column in (1, 2, 3):
            self.tree.resizeColumnToContents(column)
        if not snapshots:
            empty = QTreeWidgetItem(
                [
                    QCoreApplication.translate(
                        "SnapshotsDialog", "No snapshots yet: use Matrix › Save Snapshot…"
                    )
                ]
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(empty)
        else:
            last = len(snapshots) - 1
            row = last if current is None else max(0, min(current, last))
            chosen = self.tree.topLevelItem(row)
            if chosen is not None:
                self.tree.setCurrentItem(chosen)
        self._update_buttons()

    def current(self) -> int | None:
        """The index of the chosen snapshot, None when there is none."""
        if not self._window.document.matrix.snapshots:
            return None
        item = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        return row if row >= 0 else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.compare_button, self.rename_button, self.delete_button):
            button.setEnabled(chosen)

    def compare(self) -> None:
        """Compare with the chosen snapshot (a window of its own) and close this list."""
        index = self.current()
        if index is not None:
            self.accept()
            self._window.compare_ops.compare_with_snapshot(index)

    def rename(self) -> None:
        """Ask for another name for the chosen snapshot."""
        index = self.current()
        if index is not None and self._ops.rename_dialog(index):
            self.refresh(index)

    def delete(self) -> None:
        """Delete the chosen snapshot (undoable)."""
        index = self.current()
        if index is not None and self._ops.delete(index):
            self.refresh(index)
