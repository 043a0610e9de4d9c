"""The main window: one document in the grid, its menus, docks and status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding, Severity, validate
from raci_editor.gui import dialogs, settings
from raci_editor.gui.actions import Actions, icon
from raci_editor.gui.document import NATIVE_SUFFIX, Document
from raci_editor.gui.file_ops import FileOps
from raci_editor.gui.find_bar import FindBar
from raci_editor.gui.legend import Legend
from raci_editor.gui.matrix_menu import MatrixMenu
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.matrix_view import MatrixView
from raci_editor.gui.properties_panel import PropertiesPanel
from raci_editor.storage.formats import suffix
from raci_editor.storage.result import LoadResult

APP_NAME = "RACI Editor"
MESSAGE_MS = 5000
"""How long a transient status-bar message stays."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n)


def summary(matrix: Matrix, findings: list[Finding]) -> str:
    """The status line: ``37 activities · 20 roles · RACI · 0 errors · 2 warnings``."""
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = sum(f.severity is Severity.WARNING for f in findings)
    return " · ".join(
        (
            _count(len(matrix.activities), _tr("{0} activity"), _tr("{0} activities")),
            _count(len(matrix.roles), _tr("{0} role"), _tr("{0} roles")),
            matrix.scheme.name,
            _count(errors, _tr("{0} error"), _tr("{0} errors")),
            _count(warnings, _tr("{0} warning"), _tr("{0} warnings")),
        )
    )


class MainWindow(QMainWindow):
    """One matrix in a grid; every change is undoable and nothing is lost without asking."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(icon())
        self._document = Document(parent=self)
        self._source: Path | None = None
        self._findings: list[Finding] = []
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
        self.act.build_menus()
        self.addToolBar(self.act.build_toolbar())
        self._build_docks()
        self._build_status_bar()
        self.act.build_view_menu(
            [
                self.act.toolbar.toggleViewAction(),
                self.properties_dock.toggleViewAction(),
                self.history_dock.toggleViewAction(),
            ]
        )
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(0)
        self._status_timer.timeout.connect(self._refresh_status)
        self._wire_parts()
        self.show_document(self._document, None)
        self._restore_layout()

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
        """What the rules found in the matrix shown (as of the last refresh)."""
        return list(self._findings)

    def status_text(self) -> str:
        """The counts in the status bar."""
        return self._summary.text()

    def display_name(self) -> str:
        """The name in the title: the file's, or "Untitled"."""
        path = self._document.path or self._source
        return path.name if path is not None else self.tr("Untitled")

    def _build_docks(self) -> None:
        self.history_dock = QDockWidget(self.tr("Undo History"), self)
        self.history_dock.setObjectName("undo-history-dock")
        self.undo_view = QUndoView(self.undo_group, self.history_dock)
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.history_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.properties_dock = QDockWidget(self.tr("Properties"), self)
        self.properties_dock.setObjectName("properties-dock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)

    def _build_status_bar(self) -> None:
        self.legend = Legend(self)
        self._summary = QLabel(self)
        self._summary.setObjectName("status-summary")
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        bar = self.statusBar()
        bar.addPermanentWidget(self.legend)
        bar.addPermanentWidget(separator)
        bar.addPermanentWidget(self._summary)

    # -- the document --------------------------------------------------

    def show_document(self, document: Document, source: Path | None) -> None:
        """Put ``document`` in the window, dropping the one shown, and focus the grid."""
        old = self._document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        if old is not document:
            old.applied.disconnect(self._on_applied)
            old.undo_stack.cleanChanged.disconnect(self._on_clean_changed)
            old.path_changed.disconnect(self._update_title)
            self.undo_group.removeStack(old.undo_stack)
        self._document, self._source = document, source
        document.applied.connect(self._on_applied)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        document.path_changed.connect(self._update_title)
        self._model.set_document(document)  # the properties panel follows the model
        if old is not document:
            old.deleteLater()
        self._update_title()
        self._refresh_status()
        self._view.fit_columns()
        self.focus_grid()

    def show_result(self, result: LoadResult, path: Path) -> None:
        """Show a matrix read from ``path`` as :meth:`Document.open` would; remember the file."""
        native = suffix(path) == NATIVE_SUFFIX
        document = Document(result.matrix, path if native else None, result.findings)
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
        self.setWindowTitle(self.tr("{0}[*] — {1}").format(self.display_name(), APP_NAME))
        self.setWindowModified(self._document.is_modified)

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_applied(self, _edit: object) -> None:
        self._status_timer.start()

    def _refresh_status(self) -> None:
        """Run the rules and show the counts; forget read findings about what is gone."""
        matrix = self._document.matrix
        extra = [
            f
            for f in self._document.read_findings
            if (f.activity_id is None or matrix.has_activity(f.activity_id))
            and (f.role_id is None or matrix.has_role(f.role_id))
        ]
        self._findings = validate(matrix, extra=extra)
        self._summary.setText(summary(matrix, self._findings))
        self.legend.set_scheme(matrix.scheme)

    def show_message(self, text: str) -> None:
        """A transient message in the status bar."""
        self.statusBar().showMessage(text, MESSAGE_MS)

    # -- closing and the layout ------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent: ask about unsaved changes, remember the layout."""
        if not self.files.may_drop_document():
            event.ignore()
            return
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
        dialogs.warn(self, self.tr("Cannot paste"), text)
