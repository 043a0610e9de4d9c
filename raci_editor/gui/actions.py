"""The window's actions, menus and toolbar, and the list of keyboard shortcuts.

Every shortcut lives on the main window with ``Qt.WidgetWithChildrenShortcut``:
a key an action takes never reaches the grid's own key handling, so Ctrl+C
copies once, and no plain letter is ever bound (letters typed in the grid
toggle letters). Del and F2 (Clear Cells, Edit Cell) are keys of the grid
alone: typed anywhere else in the window they stay with the widget that has
the focus.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from raci_editor import paths
from raci_editor.gui import dialogs
from raci_editor.gui.export_ops import ExportFormat, export_formats
from raci_editor.gui.print_ops import PrintOps

if TYPE_CHECKING:
    from raci_editor.gui.compare_ops import CompareOps
    from raci_editor.gui.export_ops import ExportOps
    from raci_editor.gui.file_ops import FileOps
    from raci_editor.gui.main_window import MainWindow
    from raci_editor.gui.snapshot_ops import SnapshotOps

Key = QKeySequence.StandardKey
Slot = Callable[[], object]


def template_names() -> dict[str, str]:
    """The bundled templates by file stem, with the name shown in the menu."""
    return {
        "marketing-team": QCoreApplication.translate("actions", "Marketing Team"),
        "product-launch": QCoreApplication.translate("actions", "Product Launch"),
        "event": QCoreApplication.translate("actions", "Event"),
    }


_MNEMONIC_SUFFIX = re.compile(r"\s*\(&[^&)]\)")
"""The ``(&F)`` that Chinese menus put after their name."""


def plain_text(text: str) -> str:
    """A menu text without its mnemonic: ``&File`` and ``文件(&F)`` become ``File`` and ``文件``."""
    return _MNEMONIC_SUFFIX.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


class Actions(QObject):
    """All of the main window's actions, created and put in menus and the toolbar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._make_file_actions()
        self._make_edit_actions()
        self._make_matrix_actions()
        self._make_help_actions()
        self.recent_menu = QMenu(QCoreApplication.translate("actions", "Open &Recent"), window)
        self.templates_menu = QMenu(
            QCoreApplication.translate("actions", "New from &Template"), window
        )
        for stem, name in template_names().items():
            action = self.templates_menu.addAction(name)
            action.setObjectName(f"template-{stem}")
            action.triggered.connect(lambda _=False, s=stem: window.files.new_from_template(s))
        self.compare_snapshot_menu = QMenu(
            QCoreApplication.translate("actions", "Compare &with Snapshot"), window
        )
        self.compare_snapshot_menu.setObjectName("compare-snapshot-menu")
        self.compare_snapshot_menu.aboutToShow.connect(
            lambda: window.snapshot_ops.fill_compare_menu(self.compare_snapshot_menu)
        )
        self.toolbar = QToolBar(QCoreApplication.translate("actions", "Main Toolbar"), window)

    def _make_file_actions(self) -> None:
        window, std = self._window, QStyle.StandardPixmap

        def files() -> FileOps:  # made after the actions, so looked up when triggered
            return window.files

        def compare_ops() -> CompareOps:  # the same
            return window.compare_ops

        self.new = self._make(
            QCoreApplication.translate("actions", "&New"),
            lambda: files().new_matrix(),
            Key.New,
            "document-new",
            std.SP_FileIcon,
        )
        self.open = self._make(
            QCoreApplication.translate("actions", "&Open…"),
            lambda: files().open_dialog(),
            Key.Open,
            "document-open",
            std.SP_DialogOpenButton,
        )
        self.import_ = self._make(
            QCoreApplication.translate("actions", "&Import…"),
            lambda: files().import_dialog(),
            "Ctrl+Shift+I",
            "document-import",
        )
        self.import_.setStatusTip(
            QCoreApplication.translate(
                "actions", "Add the activities of a spreadsheet to this matrix"
            )
        )
        self.compare = self._make(
            QCoreApplication.translate("actions", "Co&mpare with…"),
            lambda: compare_ops().compare_dialog(),
            "Ctrl+Shift+D",
        )
        self.compare.setStatusTip(
            QCoreApplication.translate(
                "actions", "Show the differences between this matrix and another file side by side"
            )
        )
        self.take_changes = self._make(
            QCoreApplication.translate("actions", "Ta&ke Changes from…"),
            lambda: compare_ops().take_dialog(),
            "Ctrl+Shift+T",
        )
        self.take_changes.setStatusTip(
            QCoreApplication.translate(
                "actions",
                "Choose, change by change, what to take from another version of this matrix",
            )
        )
        self.save = self._make(
            QCoreApplication.translate("actions", "&Save"),
            lambda: files().save(),
            Key.Save,
            "document-save",
            std.SP_DialogSaveButton,
        )
        self.save_as = self._make(
            QCoreApplication.translate("actions", "Save &As…"),
            lambda: files().save_as(),
            "Ctrl+Shift+S",
            "document-save-as",
        )
        self.close = self._make(
            QCoreApplication.translate("actions", "&Close"),
            lambda: files().close_document(),
            "Ctrl+W",
            "document-close",
        )
        self.quit = self._make(
            QCoreApplication.translate("actions", "&Quit"),
            window.close,
            "Ctrl+Q",
            "application-exit",
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.clear_recent = self._make(
            QCoreApplication.translate("actions", "&Clear List"),
            lambda: files().clear_recent_files(),
        )
        self.export_menu = QMenu(QCoreApplication.translate("actions", "&Export"), window)
        self.export_actions: dict[str, QAction] = {}
        """File › Export's actions by the extension they write (``.xlsx``)."""
        for fmt in export_formats():
            self._make_export_action(fmt)
        self.printing = PrintOps(window)
        self.print_ = self._make(
            QCoreApplication.translate("actions", "&Print…"),
            self.printing.print_dialog,
            Key.Print,
            "document-print",
        )
        self.print_preview = self._make(
            QCoreApplication.translate("actions", "Print Pre&view…"),
            self.printing.print_preview,
            None,
            "document-print-preview",
        )

    def _make_export_action(self, fmt: ExportFormat) -> None:
        window = self._window

        def exports() -> ExportOps:  # made after the actions, so looked up when triggered
            return window.exports

        action = self._make(fmt.label, lambda: exports().export_dialog(fmt), fmt.shortcut or None)
        action.setObjectName(f"export{fmt.suffix.replace('.', '-')}")
        self.export_menu.addAction(action)
        self.export_actions[fmt.suffix] = action

    def _make_edit_actions(self) -> None:
        window, view, std = self._window, self._window.view, QStyle.StandardPixmap
        style = window.style()
        group = window.undo_group
        self.undo = group.createUndoAction(self, QCoreApplication.translate("actions", "&Undo"))
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo.setIcon(QIcon.fromTheme("edit-undo", style.standardIcon(std.SP_ArrowBack)))
        self.redo = group.createRedoAction(self, QCoreApplication.translate("actions", "&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(QIcon.fromTheme("edit-redo", style.standardIcon(std.SP_ArrowForward)))
        for action, short in (
            (self.undo, QCoreApplication.translate("actions", "Undo")),
            (self.redo, QCoreApplication.translate("actions", "Redo")),
        ):
            # The toolbar shows the short name; the menu and the tooltip name the step.
            action.setIconText(short)
            action.changed.connect(lambda a=action: _tooltip_names_step(a))
            self._register(action)

        def _grid(name: str) -> Slot:
            """Call the grid's method as it is when triggered (tests may wrap it)."""

            def call() -> object:
                return getattr(view, name)()

            return call

        self.cut = self._make(
            QCoreApplication.translate("actions", "Cu&t"),
            _grid("cut_selection"),
            Key.Cut,
            "edit-cut",
        )
        self.copy = self._make(
            QCoreApplication.translate("actions", "&Copy"),
            _grid("copy_selection"),
            Key.Copy,
            "edit-copy",
        )
        self.paste = self._make(
            QCoreApplication.translate("actions", "&Paste"), _grid("paste"), Key.Paste, "edit-paste"
        )
        self.clear_cells = self._make(
            QCoreApplication.translate("actions", "C&lear Cells"),
            _grid("clear_selection_cells"),
            "Del",
            "edit-clear",
        )
        self.edit_cell = self._make(
            QCoreApplication.translate("actions", "&Edit Cell…"), _grid("edit_current_cell"), "F2"
        )
        for action in (self.clear_cells, self.edit_cell):
            self._key_in_grid_only(action)
        self.select_all = self._make(
            QCoreApplication.translate("actions", "Select &All"),
            _grid("selectAll"),
            Key.SelectAll,
            "edit-select-all",
        )
        self.find = self._make(
            QCoreApplication.translate("actions", "&Find…"),
            window.show_find_bar,
            Key.Find,
            "edit-find",
            std.SP_FileDialogContentsView,
        )

        self.expand_all = self._make(
            QCoreApplication.translate("actions", "&Expand All Groups"), window.model.expand_all
        )
        self.fit_columns = self._make(
            QCoreApplication.translate("actions", "&Fit Columns"), view.fit_columns
        )
        self.preferences = self._make(
            QCoreApplication.translate("actions", "Pre&ferences…"),
            window.show_preferences,
            "Ctrl+,",
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _make_matrix_actions(self) -> None:
        window, m = self._window, self._window.matrix_ops

        def snapshot_ops() -> SnapshotOps:  # made after the actions, so looked up when triggered
            return window.snapshot_ops

        self.add_role = self._make(
            QCoreApplication.translate("actions", "Add &Role"), m.add_role, "Ctrl+Shift+R"
        )
        self.insert_role = self._make(
            QCoreApplication.translate("actions", "&Insert Role"), m.insert_role
        )
        self.duplicate_role = self._make(
            QCoreApplication.translate("actions", "Du&plicate Role"), m.duplicate_role
        )
        self.rename_role = self._make(
            QCoreApplication.translate("actions", "Re&name Role"), m.rename_role, "Ctrl+F2"
        )
        self.set_role_group = self._make(
            QCoreApplication.translate("actions", "Set Role &Group…"), m.set_role_group
        )
        self.move_role_left = self._make(
            QCoreApplication.translate("actions", "Move Role &Left"),
            m.move_role_left,
            "Ctrl+Shift+Left",
        )
        self.move_role_right = self._make(
            QCoreApplication.translate("actions", "Move Role Rig&ht"),
            m.move_role_right,
            "Ctrl+Shift+Right",
        )
        self.delete_roles = self._make(
            QCoreApplication.translate("actions", "&Delete Roles"), m.delete_roles, "Ctrl+Shift+Del"
        )
        self.add_activity = self._make(
            QCoreApplication.translate("actions", "Add &Activity"), m.add_activity, "Ctrl+Shift+A"
        )
        self.insert_activity = self._make(
            QCoreApplication.translate("actions", "In&sert Activity"), m.insert_activity
        )
        self.duplicate_activity = self._make(
            QCoreApplication.translate("actions", "Dupli&cate Activity"),
            m.duplicate_activity,
            "Ctrl+D",
        )
        self.rename_activity = self._make(
            QCoreApplication.translate("actions", "Rena&me Activity"), m.rename_activity, "Shift+F2"
        )
        self.set_activity_group = self._make(
            QCoreApplication.translate("actions", "Set Activity Gr&oup…"), m.set_activity_group
        )
        self.move_activity_up = self._make(
            QCoreApplication.translate("actions", "Move Activity &Up"),
            m.move_activity_up,
            "Ctrl+Shift+Up",
        )
        self.move_activity_down = self._make(
            QCoreApplication.translate("actions", "Move Activity Do&wn"),
            m.move_activity_down,
            "Ctrl+Shift+Down",
        )
        self.delete_activities = self._make(
            QCoreApplication.translate("actions", "Dele&te Activities"),
            m.delete_activities,
            "Ctrl+Del",
        )
        self.sort_activities = self._make(
            QCoreApplication.translate("actions", "Sort Acti&vities by Name"), m.sort_activities
        )
        self.sort_roles = self._make(
            QCoreApplication.translate("actions", "Sort Roles &by Name"), m.sort_roles
        )
        self.edit_info = self._make(
            QCoreApplication.translate("actions", "Matrix Title and D&escription…"), m.edit_info
        )
        self.edit_rules = self._make(QCoreApplication.translate("actions", "Ru&les…"), m.edit_rules)
        self.reset_rules = self._make(
            QCoreApplication.translate("actions", "Reset Rules to De&faults"), m.reset_rules
        )
        self.save_snapshot = self._make(
            QCoreApplication.translate("actions", "Save Snapsh&ot…"),
            lambda: snapshot_ops().save_dialog(),
            "Ctrl+Alt+S",
        )
        self.save_snapshot.setStatusTip(
            QCoreApplication.translate(
                "actions", "Keep a named copy of the matrix as it is now inside its file"
            )
        )
        self.snapshots = self._make(
            QCoreApplication.translate("actions", "S&napshots…"),
            lambda: snapshot_ops().manage(),
        )
        self.snapshots.setStatusTip(
            QCoreApplication.translate(
                "actions", "Compare with, rename or delete the snapshots kept in this matrix"
            )
        )
        self.launch_check = self._make(
            QCoreApplication.translate("actions", "Read&y to Launch?"),
            m.launch_check,
            "Ctrl+Shift+L",
        )

    def _make_help_actions(self) -> None:
        w = self._window
        self.shortcuts = self._make(
            QCoreApplication.translate("actions", "&Keyboard Shortcuts"), w.show_shortcuts, "F1"
        )
        self.about = self._make(
            QCoreApplication.translate("actions", "&About RACI Editor"), w.show_about
        )
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._make(
            QCoreApplication.translate("actions", "About &Qt"), w.show_about_qt
        )
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _make(
        self,
        text: str,
        slot: Slot,
        shortcut: str | Key | None = None,
        theme_icon: str = "",
        fallback: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if theme_icon:
            backup = self._window.style().standardIcon(fallback) if fallback else QIcon()
            action.setIcon(QIcon.fromTheme(theme_icon, backup))
        action.triggered.connect(lambda _=False: slot())
        self._register(action)
        return action

    def _register(self, action: QAction) -> None:
        """Make the action's shortcut work anywhere in the window, ahead of the grid's keys."""
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._window.addAction(action)

    def _key_in_grid_only(self, action: QAction) -> None:
        """Let the action's key act only while the grid has the focus; its menu item always.

        Del or F2 typed in the properties, the find bar or the undo history
        belongs there and must not clear or edit grid cells.
        """
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._window.view.addAction(action)

    # -- menus and toolbar ------------------------------------------------

    def build_menus(self) -> None:
        """Fill the menu bar: File, Edit, View, Matrix, Help."""
        bar = self._window.menuBar()
        self._build_file_menu(bar.addMenu(QCoreApplication.translate("actions", "&File")))

        edit = self.edit_menu = bar.addMenu(QCoreApplication.translate("actions", "&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.clear_cells])
        edit.addSeparator()
        edit.addActions([self.edit_cell, self.select_all])
        edit.addSeparator()
        edit.addAction(self.find)
        edit.addSeparator()
        edit.addAction(self.preferences)

        self.view_menu = bar.addMenu(QCoreApplication.translate("actions", "&View"))

        matrix = bar.addMenu(QCoreApplication.translate("actions", "&Matrix"))
        matrix.addActions([self.add_role, self.insert_role, self.duplicate_role, self.rename_role])
        matrix.addActions([self.set_role_group, self.move_role_left, self.move_role_right])
        matrix.addAction(self.delete_roles)
        matrix.addSeparator()
        matrix.addActions([self.add_activity, self.insert_activity, self.duplicate_activity])
        matrix.addActions([self.rename_activity, self.set_activity_group])
        matrix.addActions([self.move_activity_up, self.move_activity_down, self.delete_activities])
        matrix.addSeparator()
        matrix.addActions([self.sort_activities, self.sort_roles])
        matrix.addSeparator()
        matrix.addAction(self.edit_info)
        matrix.addSeparator()
        matrix.addActions([self.save_snapshot, self.snapshots])
        matrix.addSeparator()
        matrix.addActions([self.edit_rules, self.reset_rules, self.launch_check])
        self.matrix_menu = matrix

        help_menu = bar.addMenu(QCoreApplication.translate("actions", "&Help"))
        help_menu.addAction(self.shortcuts)
        help_menu.addSeparator()
        help_menu.addActions([self.about, self.about_qt])

    def _build_file_menu(self, file: QMenu) -> None:
        """File: new and open, compare and take changes, save and export, print, close."""
        file.addAction(self.new)
        file.addMenu(self.templates_menu)
        file.addAction(self.open)
        file.addMenu(self.recent_menu)
        file.addAction(self.import_)
        file.addSeparator()
        file.addAction(self.compare)
        file.addMenu(self.compare_snapshot_menu)
        file.addAction(self.take_changes)
        file.addSeparator()
        file.addActions([self.save, self.save_as])
        file.addMenu(self.export_menu)
        file.addSeparator()
        file.addActions([self.print_, self.print_preview])
        file.addSeparator()
        file.addActions([self.close, self.quit])

    def build_view_menu(self, toggles: list[QAction]) -> None:
        """The View menu: the dock and toolbar toggles, then the grid's own commands."""
        self.view_menu.addActions(toggles)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.expand_all, self.fit_columns])

    def build_toolbar(self) -> QToolBar:
        """The toolbar with the common actions."""
        bar = self.toolbar
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.new, self.open, self.save])
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        bar.addSeparator()
        bar.addActions([self.add_role, self.add_activity])
        bar.addSeparator()
        bar.addAction(self.find)
        return bar

    # -- the shortcuts list ---------------------------------------------------

    def shortcut_sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Every shortcut for Help › Keyboard Shortcuts: the grid's keys, then the menus'."""
        sections: list[tuple[str, list[tuple[str, str]]]] = [
            (QCoreApplication.translate("actions", "Grid"), dialogs.grid_keys())
        ]
        for menu_action in self._window.menuBar().actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            rows = self._shortcut_rows(menu, "")
            if rows:
                sections.append((plain_text(menu_action.text()), rows))
        return sections

    def _shortcut_rows(self, menu: QMenu, prefix: str) -> list[tuple[str, str]]:
        """(keys, action) for a menu's actions with a shortcut, submenus' as "Export › Excel"."""
        names = {
            self.undo: QCoreApplication.translate("actions", "Undo"),
            self.redo: QCoreApplication.translate("actions", "Redo"),
        }
        rows = []
        for a in menu.actions():
            name = prefix + plain_text(names.get(a, a.text())).rstrip("…")
            submenu = a.menu()
            if isinstance(submenu, QMenu):
                rows += self._shortcut_rows(
                    submenu, QCoreApplication.translate("actions", "{0} › ").format(name)
                )
            elif a.shortcuts():
                native = QKeySequence.SequenceFormat.NativeText
                rows.append((", ".join(k.toString(native) for k in a.shortcuts()), name))
        return rows


def _tooltip_names_step(action: QAction) -> None:
    """Show the step an undo or redo action would take in its tooltip."""
    if shiboken6.isValid(action):  # the stack also changes while a window is destroyed
        action.setToolTip(plain_text(action.text()))


def icon() -> QIcon:
    """The application's icon (empty when the installation lacks it)."""
    try:
        return QIcon(str(paths.icon_path()))
    except paths.MissingResourceError:
        return QIcon()
