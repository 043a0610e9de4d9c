"""The window's actions, menus and toolbar, and the list of keyboard shortcuts.

Every shortcut lives on the main window with ``Qt.WidgetWithChildrenShortcut``:
a key an action takes never reaches the grid's own key handling, so Ctrl+C
copies once, and no plain letter is ever bound (letters typed in the grid
toggle letters). Del and F2 (Clear Cells, Edit Cell) are keys of the grid
alone: typed anywhere else in the window they stay with the widget that has
the focus.
"""

from __future__ import annotations

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
    from raci_editor.gui.export_ops import ExportOps
    from raci_editor.gui.file_ops import FileOps
    from raci_editor.gui.main_window import MainWindow

Key = QKeySequence.StandardKey
Slot = Callable[[], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def template_names() -> dict[str, str]:
    """The bundled templates by file stem, with the name shown in the menu."""
    return {
        "marketing-team": _tr("Marketing Team"),
        "product-launch": _tr("Product Launch"),
        "event": _tr("Event"),
    }


class Actions(QObject):
    """All of the main window's actions, created and put in menus and the toolbar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._make_file_actions()
        self._make_edit_actions()
        self._make_matrix_actions()
        self._make_help_actions()
        self.recent_menu = QMenu(_tr("Open &Recent"), window)
        self.templates_menu = QMenu(_tr("New from &Template"), window)
        for stem, name in template_names().items():
            action = self.templates_menu.addAction(name)
            action.setObjectName(f"template-{stem}")
            action.triggered.connect(lambda _=False, s=stem: window.files.new_from_template(s))
        self.toolbar = QToolBar(_tr("Main Toolbar"), window)

    def _make_file_actions(self) -> None:
        window, std = self._window, QStyle.StandardPixmap

        def files() -> FileOps:  # made after the actions, so looked up when triggered
            return window.files

        self.new = self._make(
            _tr("&New"), lambda: files().new_matrix(), Key.New, "document-new", std.SP_FileIcon
        )
        self.open = self._make(
            _tr("&Open…"),
            lambda: files().open_dialog(),
            Key.Open,
            "document-open",
            std.SP_DialogOpenButton,
        )
        self.import_ = self._make(
            _tr("&Import…"), lambda: files().import_dialog(), "Ctrl+Shift+I", "document-import"
        )
        self.import_.setStatusTip(_tr("Add the activities of a spreadsheet to this matrix"))
        self.save = self._make(
            _tr("&Save"), lambda: files().save(), Key.Save, "document-save", std.SP_DialogSaveButton
        )
        self.save_as = self._make(
            _tr("Save &As…"), lambda: files().save_as(), "Ctrl+Shift+S", "document-save-as"
        )
        self.close = self._make(
            _tr("&Close"), lambda: files().close_document(), "Ctrl+W", "document-close"
        )
        self.quit = self._make(_tr("&Quit"), window.close, "Ctrl+Q", "application-exit")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.clear_recent = self._make(_tr("&Clear List"), lambda: files().clear_recent_files())
        self.export_menu = QMenu(_tr("&Export"), window)
        self.export_actions: dict[str, QAction] = {}
        """File › Export's actions by the extension they write (``.xlsx``)."""
        for fmt in export_formats():
            self._make_export_action(fmt)
        self.printing = PrintOps(window)
        self.print_ = self._make(
            _tr("&Print…"), self.printing.print_dialog, Key.Print, "document-print"
        )
        self.print_preview = self._make(
            _tr("Print Pre&view…"), self.printing.print_preview, None, "document-print-preview"
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
        self.undo = group.createUndoAction(self, _tr("&Undo"))
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo.setIcon(QIcon.fromTheme("edit-undo", style.standardIcon(std.SP_ArrowBack)))
        self.redo = group.createRedoAction(self, _tr("&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(QIcon.fromTheme("edit-redo", style.standardIcon(std.SP_ArrowForward)))
        for action, short in ((self.undo, _tr("Undo")), (self.redo, _tr("Redo"))):
            # The toolbar shows the short name; the menu and the tooltip name the step.
            action.setIconText(short)
            action.changed.connect(lambda a=action: _tooltip_names_step(a))
            self._register(action)

        def _grid(name: str) -> Slot:
            """Call the grid's method as it is when triggered (tests may wrap it)."""

            def call() -> object:
                return getattr(view, name)()

            return call

        self.cut = self._make(_tr("Cu&t"), _grid("cut_selection"), Key.Cut, "edit-cut")
        self.copy = self._make(_tr("&Copy"), _grid("copy_selection"), Key.Copy, "edit-copy")
        self.paste = self._make(_tr("&Paste"), _grid("paste"), Key.Paste, "edit-paste")
        self.clear_cells = self._make(
            _tr("C&lear Cells"), _grid("clear_selection_cells"), "Del", "edit-clear"
        )
        self.edit_cell = self._make(_tr("&Edit Cell…"), _grid("edit_current_cell"), "F2")
        for action in (self.clear_cells, self.edit_cell):
            self._key_in_grid_only(action)
        self.select_all = self._make(
            _tr("Select &All"), _grid("selectAll"), Key.SelectAll, "edit-select-all"
        )
        self.find = self._make(
            _tr("&Find…"),
            window.show_find_bar,
            Key.Find,
            "edit-find",
            std.SP_FileDialogContentsView,
        )

        self.expand_all = self._make(_tr("&Expand All Groups"), window.model.expand_all)
        self.fit_columns = self._make(_tr("&Fit Columns"), view.fit_columns)
        self.preferences = self._make(_tr("Pre&ferences…"), window.show_preferences, "Ctrl+,")
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _make_matrix_actions(self) -> None:
        m = self._window.matrix_ops
        self.add_role = self._make(_tr("Add &Role"), m.add_role, "Ctrl+Shift+R")
        self.insert_role = self._make(_tr("&Insert Role"), m.insert_role)
        self.duplicate_role = self._make(_tr("Du&plicate Role"), m.duplicate_role)
        self.rename_role = self._make(_tr("Re&name Role"), m.rename_role, "Ctrl+F2")
        self.set_role_group = self._make(_tr("Set Role &Group…"), m.set_role_group)
        self.move_role_left = self._make(
            _tr("Move Role &Left"), m.move_role_left, "Ctrl+Shift+Left"
        )
        self.move_role_right = self._make(
            _tr("Move Role Rig&ht"), m.move_role_right, "Ctrl+Shift+Right"
        )
        self.delete_roles = self._make(_tr("&Delete Roles"), m.delete_roles, "Ctrl+Shift+Del")
        self.add_activity = self._make(_tr("Add &Activity"), m.add_activity, "Ctrl+Shift+A")
        self.insert_activity = self._make(_tr("In&sert Activity"), m.insert_activity)
        self.duplicate_activity = self._make(
            _tr("Dupli&cate Activity"), m.duplicate_activity, "Ctrl+D"
        )
        self.rename_activity = self._make(_tr("Rena&me Activity"), m.rename_activity, "Shift+F2")
        self.set_activity_group = self._make(_tr("Set Activity Gr&oup…"), m.set_activity_group)
        self.move_activity_up = self._make(
            _tr("Move Activity &Up"), m.move_activity_up, "Ctrl+Shift+Up"
        )
        self.move_activity_down = self._make(
            _tr("Move Activity Do&wn"), m.move_activity_down, "Ctrl+Shift+Down"
        )
        self.delete_activities = self._make(
            _tr("Dele&te Activities"), m.delete_activities, "Ctrl+Del"
        )
        self.edit_info = self._make(_tr("Matrix Title and D&escription…"), m.edit_info)
        self.edit_rules = self._make(_tr("Ru&les…"), m.edit_rules)
        self.reset_rules = self._make(_tr("Reset Rules to De&faults"), m.reset_rules)
        self.launch_check = self._make(_tr("Read&y to Launch?"), m.launch_check, "Ctrl+Shift+L")

    def _make_help_actions(self) -> None:
        w = self._window
        self.shortcuts = self._make(_tr("&Keyboard Shortcuts"), w.show_shortcuts, "F1")
        self.about = self._make(_tr("&About RACI Editor"), w.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._make(_tr("About &Qt"), w.show_about_qt)
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
        file = bar.addMenu(_tr("&File"))
        file.addAction(self.new)
        file.addMenu(self.templates_menu)
        file.addAction(self.open)
        file.addMenu(self.recent_menu)
        file.addAction(self.import_)
        file.addSeparator()
        file.addActions([self.save, self.save_as])
        file.addMenu(self.export_menu)
        file.addSeparator()
        file.addActions([self.print_, self.print_preview])
        file.addSeparator()
        file.addActions([self.close, self.quit])

        edit = self.edit_menu = bar.addMenu(_tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.clear_cells])
        edit.addSeparator()
        edit.addActions([self.edit_cell, self.select_all])
        edit.addSeparator()
        edit.addAction(self.find)
        edit.addSeparator()
        edit.addAction(self.preferences)

        self.view_menu = bar.addMenu(_tr("&View"))

        matrix = bar.addMenu(_tr("&Matrix"))
        matrix.addActions([self.add_role, self.insert_role, self.duplicate_role, self.rename_role])
        matrix.addActions([self.set_role_group, self.move_role_left, self.move_role_right])
        matrix.addAction(self.delete_roles)
        matrix.addSeparator()
        matrix.addActions([self.add_activity, self.insert_activity, self.duplicate_activity])
        matrix.addActions([self.rename_activity, self.set_activity_group])
        matrix.addActions([self.move_activity_up, self.move_activity_down, self.delete_activities])
        matrix.addSeparator()
        matrix.addAction(self.edit_info)
        matrix.addSeparator()
        matrix.addActions([self.edit_rules, self.reset_rules, self.launch_check])
        self.matrix_menu = matrix

        help_menu = bar.addMenu(_tr("&Help"))
        help_menu.addAction(self.shortcuts)
        help_menu.addSeparator()
        help_menu.addActions([self.about, self.about_qt])

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
        sections: list[tuple[str, list[tuple[str, str]]]] = [(_tr("Grid"), dialogs.grid_keys())]
        for menu_action in self._window.menuBar().actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            rows = self._shortcut_rows(menu, "")
            if rows:
                sections.append((menu_action.text().replace("&", ""), rows))
        return sections

    def _shortcut_rows(self, menu: QMenu, prefix: str) -> list[tuple[str, str]]:
        """(keys, action) for a menu's actions with a shortcut, submenus' as "Export › Excel"."""
        names = {self.undo: _tr("Undo"), self.redo: _tr("Redo")}
        rows = []
        for a in menu.actions():
            name = prefix + names.get(a, a.text()).replace("&", "").rstrip("…")
            submenu = a.menu()
            if isinstance(submenu, QMenu):
                rows += self._shortcut_rows(submenu, _tr("{0} › ").format(name))
            elif a.shortcuts():
                native = QKeySequence.SequenceFormat.NativeText
                rows.append((", ".join(k.toString(native) for k in a.shortcuts()), name))
        return rows


def _tooltip_names_step(action: QAction) -> None:
    """Show the step an undo or redo action would take in its tooltip."""
    if shiboken6.isValid(action):  # the stack also changes while a window is destroyed
        action.setToolTip(action.text().replace("&", ""))


def icon() -> QIcon:
    """The application's icon (empty when the installation lacks it)."""
    try:
        return QIcon(str(paths.icon_path()))
    except paths.MissingResourceError:
        return QIcon()
