"""At start: offer the recovery copies a crashed editor left behind (Restore / Discard).

A restored matrix opens on its original file as unsaved changes: the title
shows it modified and Save writes the original file. Escape decides nothing:
the copies stay and are offered again at the next start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raci_editor.gui import app_data, dialogs
from raci_editor.gui.document import NATIVE_SUFFIX, Document
from raci_editor.gui.file_ops import error_message
from raci_editor.gui.main_window import MainWindow
from raci_editor.storage import recovery
from raci_editor.storage.formats import read_matrix, suffix
from raci_editor.storage.recovery import RecoveryCopy


class Choice(Enum):
    """What the user decided about the recovery copies."""

    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


class RecoveryDialog(QDialog):
    """Lists the copies (document, time, original file); Restore is the default button."""

    def __init__(self, copies: Sequence[RecoveryCopy], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.LATER
        self.setWindowTitle(QCoreApplication.translate("RecoveryDialog", "Recover Unsaved Work"))
        text = QLabel(
            QCoreApplication.translate(
                "RecoveryDialog",
                "RACI Editor was not closed properly last time. It kept a copy of the "
                "unsaved changes in these matrices:",
            ),
            self,
        )
        text.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                QCoreApplication.translate("RecoveryDialog", "Matrix"),
                QCoreApplication.translate("RecoveryDialog", "Changed"),
                QCoreApplication.translate("RecoveryDialog", "Original file"),
            ]
        )
        locale = QLocale()
        for copy in copies:
            original = copy.path or copy.source
            stamp = QDateTime.fromSecsSinceEpoch(int(copy.time.timestamp()))
            when = locale.toString(stamp, QLocale.FormatType.ShortFormat)
            QTreeWidgetItem(
                self.table,
                [
                    copy.name,
                    when,
                    str(original)
                    if original
                    else QCoreApplication.translate("RecoveryDialog", "(never saved)"),
                ],
            )
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumWidth(560)
        rows = max(1, min(len(copies), 6))  # as tall as the list, up to six rows
        row_height = max(self.table.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.table.setFixedHeight(header.sizeHint().height() + rows * row_height + 6)
        hint = QLabel(
            QCoreApplication.translate(
                "RecoveryDialog",
                "Restore opens each one as unsaved changes on its original file. "
                "Discard deletes the copies.",
            ),
            self,
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            QCoreApplication.translate("RecoveryDialog", "&Restore"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.discard_button = self.buttons.addButton(
            QCoreApplication.translate("RecoveryDialog", "&Discard"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self._decide(Choice.RESTORE))
        self.discard_button.clicked.connect(lambda: self._decide(Choice.DISCARD))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.restore_button.setFocus()

    def _decide(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def ask(parent: QWidget | None, copies: Sequence[RecoveryCopy]) -> Choice:
    """Show the dialog; what the user chose (LATER for Escape or closing it)."""
    dialog = RecoveryDialog(copies, parent)
    dialog.exec()
    return dialog.choice


def offer_recovery(
    window: MainWindow, make_window: Callable[[], MainWindow] = MainWindow
) -> list[MainWindow]:
    """Ask about the copies left by editors that are gone; return the windows restored into.

    The first matrix goes into ``window`` unless it has unsaved changes of its
    own; each other one gets a new window from ``make_window``.
    """
    folder = app_data.recovery_dir()
    copies = recovery.orphaned_copies(folder)
    if not copies:
        return []
    choice = ask(window, copies)
    if choice is Choice.DISCARD:
        for copy in copies:
            recovery.remove_copy(folder, copy.slot)
        return []
    if choice is Choice.LATER:
        return []
    restored: list[MainWindow] = []
    for copy in copies:
        target = window if not restored and not window.document.is_modified else None
        if target is None:
            target = make_window()
            target.show()
        if restore(target, copy):
            recovery.remove_copy(folder, copy.slot)
            restored.append(target)
        elif target is not window:
            target.close()
    return restored


def restore(window: MainWindow, copy: RecoveryCopy) -> bool:
    """Show one copy in ``window`` as unsaved changes on its original file; False on failure."""
    try:
        result = read_matrix(copy.copy)
    except Exception as exc:  # a damaged copy: say so, keep it for a person to look at
        dialogs.error(
            window,
            QCoreApplication.translate("RecoveryDialog", "Cannot restore {0}").format(copy.name),
            error_message(exc),
        )
        return False
    path = copy.path if copy.path is not None and suffix(copy.path) == NATIVE_SUFFIX else None
    document = Document(result.matrix, path, result.findings)
    window.show_document(document, path or copy.source)
    document.undo_stack.resetClean()  # unsaved: the title shows it, Save writes the original
    window.autosave.save_now(wait=True)  # this process's copy, before the old one goes
    return True
