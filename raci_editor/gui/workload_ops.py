"""Seeing the workload: the Workload dock, View › Show Counts and the role card.

None of this edits the matrix: choosing a role in the Workload dock selects
its column and sets the find bar's role filter ("<role> is R or A"); the
counts are a view setting, remembered in the settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from raci_editor.gui import settings
from raci_editor.gui.role_card import RoleCardDialog, show_role_card
from raci_editor.gui.workload_view import WorkloadPanel

if TYPE_CHECKING:
    from raci_editor.gui.main_window import MainWindow

WORKLOAD_KEY = "Ctrl+Shift+W"
ROLE_CARD_KEY = "Ctrl+Shift+C"


class WorkloadOps(QObject):
    """The Workload dock, the Show Counts toggle and the role card, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dock = QDockWidget(QCoreApplication.translate("WorkloadOps", "Workload"), window)
        self.dock.setObjectName("workload-dock")
        self.panel = WorkloadPanel(self.dock)
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.toggle_action = self.dock.toggleViewAction()
        self.toggle_action.setText(QCoreApplication.translate("WorkloadOps", "&Workload"))
        self._shortcut(self.toggle_action, WORKLOAD_KEY)
        self.toggle_action.triggered.connect(self._on_toggled)

        self.counts_action = QAction(
            QCoreApplication.translate("WorkloadOps", "Show &Counts"), self
        )
        self.counts_action.setCheckable(True)
        self.counts_action.setStatusTip(
            QCoreApplication.translate("WorkloadOps", "Count the letters per activity and per role")
        )
        self.counts_action.toggled.connect(self.set_show_counts)
        self.role_card_action = QAction(
            QCoreApplication.translate("WorkloadOps", "Role &Card…"), self
        )
        self.role_card_action.setStatusTip(
            QCoreApplication.translate("WorkloadOps", "Everything the current role does, to copy")
        )
        self._shortcut(self.role_card_action, ROLE_CARD_KEY)
        self.role_card_action.triggered.connect(self.show_current_role_card)

        self.panel.view.role_chosen.connect(self.choose_role)
        self.panel.view.card_requested.connect(self.show_card)
        header = window.view.role_header
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        window.model.modelReset.connect(self._follow_document)
        self._follow_document()

    def _shortcut(self, action: QAction, key: str) -> None:
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._window.addAction(action)

    def restore(self) -> None:
        """Apply the remembered Show Counts setting (after the window's menus exist)."""
        shown = settings.settings().value(settings.SHOW_COUNTS_KEY, False, bool)
        self.counts_action.setChecked(bool(shown))
        self._window.model.set_show_counts(bool(shown))

    def _follow_document(self) -> None:
        self.panel.set_document(self._window.document)

    def _on_toggled(self, checked: bool) -> None:
        if checked:  # opened from the keyboard: the keyboard goes with it
            self.dock.raise_()
            self.panel.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- what the actions do --------------------------------------------

    def set_show_counts(self, show: bool) -> None:
        """View › Show Counts: count columns and rows in the grid, remembered."""
        self._window.model.set_show_counts(show)
        settings.settings().setValue(settings.SHOW_COUNTS_KEY, show)
        if self.counts_action.isChecked() != show:
            self.counts_action.setChecked(show)

    def choose_role(self, role_id: str) -> None:
        """Show only the activities where a role is R or A, with its column selected."""
        window = self._window
        if not window.document.matrix.has_role(role_id):
            return
        window.find_bar.set_role_filter(role_id)
        window.find_bar.show()  # where the filter says what it shows, and "Show all"
        window.view.select_role(role_id)

    def show_card(self, role_id: str) -> RoleCardDialog | None:
        """Open a role's card."""
        matrix = self._window.document.matrix
        if not matrix.has_role(role_id):
            return None
        return show_role_card(self._window, matrix, role_id)

    def show_current_role_card(self) -> RoleCardDialog | None:
        """Matrix › Role Card…: the card of the current cell's role."""
        view = self._window.view
        role_id = view.current_role_id() or next(iter(view.selected_role_ids()), None)
        if role_id is None:
            self._window.show_message(
                QCoreApplication.translate("WorkloadOps", "Select a role first.")
            )
            return None
        return self.show_card(role_id)

    def header_menu(self, column: int) -> QMenu | None:
        """The role header's context menu for a column (None on a count column)."""
        model = self._window.model
        if not 0 <= column < model.role_column_count:
            return None
        role = model.role_at(column)
        menu = QMenu(self._window)
        card = menu.addAction(QCoreApplication.translate("WorkloadOps", "Role &Card…"))
        card.triggered.connect(lambda: self.show_card(role.id))
        scheme = model.matrix.scheme
        heavy = QCoreApplication.translate("WorkloadOps", " or ").join(
            ch for ch in (scheme.responsible, scheme.accountable) if ch
        )
        only = menu.addAction(
            QCoreApplication.translate("WorkloadOps", "&Show Only Where {0} Is {1}").format(
                role.name, heavy
            )
        )
        only.triggered.connect(lambda: self.choose_role(role.id))
        return menu

    def _on_header_menu(self, pos: QPoint) -> None:
        header = self._window.view.role_header
        menu = self.header_menu(header.logicalIndexAt(pos))
        if menu is not None:
            menu.exec(header.mapToGlobal(pos))
            menu.deleteLater()
