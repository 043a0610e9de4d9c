"""The window's small dialogs: save prompt, confirmations, group picker, matrix info,
keyboard shortcuts and About.

Each question is a module-level function, so tests answer it by monkeypatching
the function (or the QMessageBox static method it calls).
"""

from __future__ import annotations

import platform
from collections.abc import Sequence

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raci_editor import __version__

HOMEPAGE = "https://github.com/raci-editor/raci-editor"
ISSUES = f"{HOMEPAGE}/issues"
Button = QMessageBox.StandardButton


# -- questions ---------------------------------------------------------------


def ask_save_changes(parent: QWidget, name: str) -> Button:
    """Save / Discard / Cancel for a document with unsaved changes (Save is the default)."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("dialogs", "Unsaved changes"),
        QCoreApplication.translate("dialogs", "Save the changes to {0} before closing it?").format(
            name
        ),
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
    )


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """A yes/cancel question; True for yes."""
    answer = QMessageBox.question(parent, title, text, Button.Yes | Button.Cancel, Button.Yes)
    return answer == Button.Yes


def warn(parent: QWidget, title: str, text: str, can_cancel: bool = False) -> bool:
    """A warning; with ``can_cancel``, False when the user cancels."""
    buttons = Button.Ok | Button.Cancel if can_cancel else Button.Ok
    return QMessageBox.warning(parent, title, text, buttons, Button.Ok) == Button.Ok


def error(parent: QWidget, title: str, text: str) -> None:
    """A one-line error."""
    QMessageBox.critical(parent, title, text)


# -- group picker ---------------------------------------------------------------


class GroupDialog(QDialog):
    """Pick an existing group or type a new one; empty means no group."""

    def __init__(
        self, parent: QWidget | None, title: str, label: str, groups: Sequence[str], current: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(list(groups))
        self.combo.setCurrentText(current)
        editor = self.combo.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(QCoreApplication.translate("GroupDialog", "(no group)"))
        self.combo.setMinimumContentsLength(24)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(label, self))
        layout.addWidget(self.combo)
        hint = QLabel(QCoreApplication.translate("GroupDialog", "Leave empty for no group."), self)
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def group(self) -> str:
        """The group chosen, trimmed."""
        return self.combo.currentText().strip()


def get_group(
    parent: QWidget, title: str, label: str, groups: Sequence[str], current: str
) -> str | None:
    """Ask for a group; None when cancelled."""
    dialog = GroupDialog(parent, title, label, groups, current)
    return dialog.group() if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- matrix title and description ---------------------------------------------------


class InfoDialog(QDialog):
    """The matrix's title and description."""

    def __init__(self, parent: QWidget | None, title: str, description: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("InfoDialog", "Matrix Title and Description")
        )
        self.title_edit = QLineEdit(title, self)
        self.description_edit = QPlainTextEdit(description, self)
        self.description_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("InfoDialog", "&Title:"), self.title_edit)
        form.addRow(
            QCoreApplication.translate("InfoDialog", "&Description:"), self.description_edit
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 280)

    def values(self) -> tuple[str, str]:
        """(title, description) as typed, the title trimmed."""
        return self.title_edit.text().strip(), self.description_edit.toPlainText().rstrip()


def get_info(parent: QWidget, title: str, description: str) -> tuple[str, str] | None:
    """Ask for the matrix's title and description; None when cancelled."""
    dialog = InfoDialog(parent, title, description)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- keyboard shortcuts -----------------------------------------------------------


def grid_keys() -> list[tuple[str, str]]:
    """The keys the grid handles itself, as (keys, what they do)."""
    return [
        (
            QCoreApplication.translate("dialogs", "Arrows, Tab, Shift+Tab"),
            QCoreApplication.translate("dialogs", "Move the current cell"),
        ),
        (
            QCoreApplication.translate("dialogs", "Home, End"),
            QCoreApplication.translate("dialogs", "First or last role of the row"),
        ),
        (
            QCoreApplication.translate("dialogs", "Page Up, Page Down"),
            QCoreApplication.translate("dialogs", "Move a page up or down"),
        ),
        (
            "Ctrl+Home",  # a shortcut: never translated
            QCoreApplication.translate(
                "dialogs", "First cell of the matrix (first activity, first role)"
            ),
        ),
        (
            "Ctrl+End",  # a shortcut: never translated
            QCoreApplication.translate("dialogs", "Last cell of the matrix"),
        ),
        (
            QCoreApplication.translate("dialogs", "Shift+arrows, Shift+click"),
            QCoreApplication.translate("dialogs", "Extend the selection"),
        ),
        (
            QCoreApplication.translate("dialogs", "R, A, C, I (either case)"),
            QCoreApplication.translate("dialogs", "Toggle that letter in every selected cell"),
        ),
        (
            QCoreApplication.translate("dialogs", "Space"),
            QCoreApplication.translate("dialogs", "Cycle R → A → C → I → empty"),
        ),
        (
            QCoreApplication.translate("dialogs", "Delete, Backspace"),
            QCoreApplication.translate("dialogs", "Clear the selected cells"),
        ),
        (
            QCoreApplication.translate("dialogs", "F2, double click"),
            QCoreApplication.translate("dialogs", "Edit the cell's letters and note"),
        ),
        (
            QCoreApplication.translate("dialogs", "Double click on a header"),
            QCoreApplication.translate("dialogs", "Rename the role or activity"),
        ),
    ]


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut: the grid's keys and the menus'."""

    def __init__(
        self, parent: QWidget | None, sections: Sequence[tuple[str, Sequence[tuple[str, str]]]]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsDialog", "Keys"),
                QCoreApplication.translate("ShortcutsDialog", "Action"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        for section, rows in sections:
            head = QTreeWidgetItem(self.tree, [section, ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            for keys, what in rows:
                QTreeWidgetItem(self.tree, [keys, what])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def rows(self) -> list[tuple[str, str]]:
        """What the list shows, as (keys, action) rows (section heads have no action)."""
        out = []
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item is not None:
                out.append((item.text(0), item.text(1)))
        return out


# -- about --------------------------------------------------------------------------


def about_text() -> str:
    """The About box: version, purpose, licence, links and what it runs on."""
    purpose = QCoreApplication.translate(
        "dialogs", "Edit, check and share RACI responsibility matrices."
    )
    licence = QCoreApplication.translate("dialogs", "Free software under the MIT licence.")
    report = QCoreApplication.translate("dialogs", "Report a problem")
    return (
        f"<h3>RACI Editor {__version__}</h3>"
        f"<p>{purpose}</p>"
        f"<p>{licence}</p>"
        f'<p><a href="{HOMEPAGE}">{HOMEPAGE}</a><br>'
        f'<a href="{ISSUES}">{report}</a></p>'
        f"<p><small>Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"Python {platform.python_version()}</small></p>"
    )


def show_about(parent: QWidget) -> None:
    """The About box, with the application's icon (the parent window's)."""
    QMessageBox.about(
        parent, QCoreApplication.translate("dialogs", "About RACI Editor"), about_text()
    )
