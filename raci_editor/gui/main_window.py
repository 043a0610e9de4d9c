"""The main window: one document in the grid, its menus, docks and status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolButton,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.rules import Finding, Severity
from raci_editor.gui import dialogs, settings
from raci_editor.gui.actions import Actions, icon
from raci_editor.gui.autosave import Autosaver
from raci_editor.gui.compare_ops import CompareOps
from raci_editor.gui.document import (
    NATIVE_SUFFIX,
    Document,
    defer_check_for,
)
from raci_editor.gui.export_ops import ExportOps
from raci_editor.gui.file_ops import FileOps
from raci_editor.gui.file_watcher import FileWatcher
from raci_editor.gui.find_bar import FindBar
from raci_editor.gui.first_paint import check_after_paint
from raci_editor.gui.language_menu import LanguageMenu
from raci_editor.gui.legend import Legend
from raci_editor.gui.matrix_menu import MatrixMenu
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.matrix_view import MatrixView
from raci_editor.gui.problems_model import severity_icon
from raci_editor.gui.problems_panel import ProblemsPanel
from raci_editor.gui.properties_panel import PropertiesPanel
from raci_editor.gui.snapshot_ops import SnapshotOps
from raci_editor.gui.status_texts import findings_summary, matrix_summary
from raci_editor.gui.workload_ops import WorkloadOps
from raci_editor.storage.collector import collection_paused
from raci_editor.storage.formats import suffix
from raci_editor.storage.result import LoadResult

MESSAGE_MS = 5000
"""How long a transient status-bar message stays."""


class MainWindow(QMainWindow):
    """One matrix in a grid; every change is undoable and nothing is lost without asking."""

    document_shown = Signal()
    """Another document is in the window (new, opened, reloaded or restored)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(icon())
        self._document = Document(parent=self)
        self._source: Path | None = None
        self.undo_group = QUndoGroup(self)
        self._model = MatrixModel(self._document, parent=self)
        self._view = MatrixView(self)
        self._view.setModel(self._model)
        central = QWidget(self)
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self._view)
        self.setCentralWidget(central)

        self.matrix_ops = MatrixMenu(self)
        self.act = Actions(self)
        self.files = FileOps(self, self.act.recent_menu, self.act.clear_recent)
        self.compare_ops = CompareOps(self)
        self.snapshot_ops = SnapshotOps(self)
        self.exports = ExportOps(self)
        self.act.build_menus()
        self.addToolBar(self.act.build_toolbar())
        self._build_docks()
        self.workload = WorkloadOps(self)
        self._build_status_bar()
        self.act.build_view_menu(
            [
                self.act.toolbar.toggleViewAction(),
                self.properties_dock.toggleViewAction(),
                self.history_dock.toggleViewAction(),
                self.problems_dock.toggleViewAction(),
                self.workload.toggle_action,
            ]
        )
        self.act.view_menu.addAction(self.workload.counts_action)
        self.act.view_menu.addSeparator()
        self.language_menu = LanguageMenu(self, self._files_to_reopen, self.close)
        self.act.view_menu.addMenu(self.language_menu)
        roles_end = self.act.matrix_menu.actions().index(self.act.delete_roles) + 1
        self.act.matrix_menu.insertAction(
            self.act.matrix_menu.actions()[roles_end], self.workload.role_card_action
        )
        self._wire_parts()
        self.autosave = Autosaver(self)
        self.disk_watch = FileWatcher(self)
        self.show_document(self._document, None)
        self._restore_layout()
        self.workload.restore()

    def _wire_parts(self) -> None:
        """Headers, properties panel and find bar around the grid; the grid's messages."""
        view = self._view
        view.message.connect(self.show_message)
        view.paste_failed.connect(self._on_paste_failed)
        self.role_header, self.activity_header = view.role_header, view.activity_header
        self.properties = PropertiesPanel(self.properties_dock)
        self.properties.follow_view(view)  # also follows the model to each new document
        self.properties_dock.setWidget(self.properties)
        self.find_bar = FindBar(view, self)
        self._central_layout.addWidget(self.find_bar)
        self.act.edit_menu.addActions([self.find_bar.next_action, self.find_bar.previous_action])
        self.problems = ProblemsPanel(view, self.problems_dock)
        self.problems.reveal_all = self._show_all_activities
        self.problems_dock.setWidget(self.problems)

    # -- what the window shows -----------------------------------------

    @property
    def model(self) -> MatrixModel:
        """The table model of the grid."""
        return self._model

    @property
    def view(self) -> MatrixView:
        """The grid."""
        return self._view

    @property
    def document(self) -> Document:
        """The document shown."""
        return self._document

    @property
    def path(self) -> Path | None:
        """The native file the document saves to, or None (new, template or imported)."""
        return self._document.path

    @property
    def source(self) -> Path | None:
        """The file the matrix was read from or last saved to (may be a CSV)."""
        return self._source

    def set_source(self, path: Path | None) -> None:
        """Name the file the matrix came from or went to, for the title."""
        self._source = path
        self._update_title()

    @property
    def findings(self) -> list[Finding]:
        """What the rules found in the matrix shown, waived ones included."""
        return self._document.validation.findings()

    def status_text(self) -> str:
        """The counts in the status bar."""
        return f"{self._summary.text()} · {self.problems_button.text()}"

    def display_name(self) -> str:
        """The name in the title: the file's, or "Untitled"."""
        path = self._document.path or self._source
        return (
            path.name if path is not None else QCoreApplication.translate("MainWindow", "Untitled")
        )

    def _build_docks(self) -> None:
        self.history_dock = QDockWidget(
            QCoreApplication.translate("MainWindow", "Undo History"), self
        )
        self.history_dock.setObjectName("undo-history-dock")
        self.undo_view = QUndoView(self.undo_group, self.history_dock)
        self.undo_view.setEmptyLabel(QCoreApplication.translate("MainWindow", "<opened>"))
        self.history_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.properties_dock = QDockWidget(
            QCoreApplication.translate("MainWindow", "Properties"), self
        )
        self.properties_dock.setObjectName("properties-dock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)
        self.problems_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Problems"), self)
        self.problems_dock.setObjectName("problems-dock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

    def _build_status_bar(self) -> None:
        self.legend = Legend(self)
        self._summary = QLabel(self)
        self._summary.setObjectName("status-summary")
        self.problems_button = QToolButton(self)
        self.problems_button.setObjectName("status-problems")
        self.problems_button.setAutoRaise(True)
        self.problems_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems_button.setToolTip(
            QCoreApplication.translate("MainWindow", "Show the Problems panel")
        )
        self.problems_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.problems_button.clicked.connect(self.show_problems)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        bar = self.statusBar()
        bar.addPermanentWidget(self.legend)
        bar.addPermanentWidget(separator)
        bar.addPermanentWidget(self._summary)
        bar.addPermanentWidget(self.problems_button)

    # -- the document --------------------------------------------------

    def show_document(self, document: Document, source: Path | None) -> None:
        """Put ``document`` in the window, dropping the one shown, and focus the grid."""
        with collection_paused():
            self._show_document(document, source)

    def _show_document(self, document: Document, source: Path | None) -> None:
        old = self._document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        if old is not document:
            old.applied.disconnect(self._on_applied)
            old.undo_stack.cleanChanged.disconnect(self._on_clean_changed)
            old.path_changed.disconnect(self._update_title)
            old.checked.disconnect(self._on_checked)
            self.undo_group.removeStack(old.undo_stack)
        self._document, self._source = document, source
        document.applied.connect(self._on_applied)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        document.path_changed.connect(self._update_title)
        document.checked.connect(self._on_checked)
        self._model.set_document(document)  # the properties panel follows the model
        self.problems.set_document(document)
        if old is not document:
            old.deleteLater()
        self._update_title()
        self._view.fit_columns()
        self.focus_grid()
        if document.check_pending:  # a big matrix: on screen first, checked right after
            self._refresh_status()
            check_after_paint(self._view.viewport(), document.check)
        else:
            self._on_checked()
        self.document_shown.emit()

    def _on_checked(self) -> None:
        self._refresh_status()
        if self._document.validation.counts()[Severity.ERROR]:
            self.problems_dock.show()  # a team lead sees what blocks at once

    def show_result(self, result: LoadResult, path: Path) -> None:
        """Show a matrix read from ``path`` as :meth:`Document.open` would; remember the file."""
        native = suffix(path) == NATIVE_SUFFIX
        with collection_paused():
            document = Document(
                result.matrix,
                path if native else None,
                result.findings,
                defer_check=defer_check_for(result.matrix),
            )
            self.show_document(document, path)
        self.files.add_recent_file(path)

    def open_file(self, path: str | Path) -> bool:
        """Open a file (asking about unsaved changes); False when it was not opened."""
        return self.files.open_file(path)

    def focus_grid(self) -> None:
        """Give the grid the keyboard focus with the first activity cell current."""
        self._view.focus_first_cell()

    def _update_title(self) -> None:
        path = self._document.path or self._source
        self.setWindowFilePath(str(path) if path is not None else "")
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{0}[*] — {1}").format(
                self.display_name(), QCoreApplication.translate("MainWindow", "RACI Editor")
            )
        )
        self.setWindowModified(self._document.is_modified)

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_applied(self, _edit: object) -> None:
        self._refresh_status()

    def _refresh_status(self) -> None:
        """Show the counts of the document's live findings (waived ones do not count)."""
        matrix = self._document.matrix
        self._summary.setText(matrix_summary(matrix))
        self.legend.set_scheme(matrix.scheme)
        if self._document.check_pending:
            self.problems_button.setText(QCoreApplication.translate("MainWindow", "Checking…"))
            self.problems_button.setIcon(QIcon())
            return
        counts = self._document.validation.counts()
        self.problems_button.setText(findings_summary(counts))
        worst = next((s for s in Severity if counts[s] and s is not Severity.INFO), None)
        self.problems_button.setIcon(severity_icon(worst) if worst else QIcon())

    def _show_all_activities(self) -> None:
        """Open every group and drop the row filter (to show a finding)."""
        self.find_bar.role_filter.clear()
        self._model.expand_all()

    def show_problems(self) -> None:
        """Open (or raise) the Problems panel and give it the focus."""
        self.problems_dock.show()
        self.problems_dock.raise_()
        self.problems.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def insert_bar(self, bar: QWidget) -> None:
        """Show a message bar (e.g. "changed on disk") above the grid."""
        self._central_layout.insertWidget(0, bar)

    def show_preferences(self) -> None:
        """Edit › Preferences: the autosave interval; every window follows it."""
        from raci_editor.gui import preferences

        if preferences.edit_preferences(self):
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, MainWindow):
                    widget.autosave.apply_interval()

    def show_message(self, text: str) -> None:
        """A transient message in the status bar."""
        self.statusBar().showMessage(text, MESSAGE_MS)

    # -- closing and the layout ------------------------------------------

    def _files_to_reopen(self) -> list[str]:
        """The file to open again after a restart: the document's, when it has one."""
        path = self._document.path
        return [str(path)] if path is not None else []

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent: ask about unsaved changes, remember the layout."""
        if not self.files.may_drop_document():
            event.ignore()
            return
        self.exports.wait()
        self.autosave.stop()  # saved or discarded: the recovery copy goes
        store = settings.settings()
        store.setValue(settings.GEOMETRY_KEY, self.saveGeometry())
        store.setValue(settings.STATE_KEY, self.saveState())
        event.accept()

    def _restore_layout(self) -> None:
        store = settings.settings()
        geometry = store.value(settings.GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(min(1400, screen.width() * 9 // 10), min(860, screen.height() * 9 // 10))
        state = store.value(settings.STATE_KEY)
        if state is None or not self.restoreState(state):
            self.resizeDocks([self.properties_dock], [280], Qt.Orientation.Horizontal)
            self.resizeDocks([self.problems_dock], [200], Qt.Orientation.Vertical)

    # -- Edit, View and Help ---------------------------------------------

    def show_find_bar(self) -> None:
        """Edit › Find: show the find bar."""
        self.find_bar.activate()

    def commit_pending_edits(self) -> None:
        """Commit what is typed but not yet committed (a header rename, the properties)."""
        for header in (self.role_header, self.activity_header):
            header.close_editor(commit=True)
        self.properties.commit_all()

    def show_shortcuts(self) -> dialogs.ShortcutsDialog:
        """Help › Keyboard Shortcuts (a window that can stay open beside the grid)."""
        dialog = self.findChild(dialogs.ShortcutsDialog)
        if dialog is None:
            dialog = dialogs.ShortcutsDialog(self, self.act.shortcut_sections())
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
        dialog.show()
        return dialog

    def show_about(self) -> None:
        """Help › About RACI Editor."""
        dialogs.show_about(self)

    def show_about_qt(self) -> None:
        """Help › About Qt."""
        QMessageBox.aboutQt(self)

    def _on_paste_failed(self, text: str) -> None:
        dialogs.warn(self, QCoreApplication.translate("MainWindow", "Cannot paste"), text)
