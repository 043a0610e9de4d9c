"""The main window: one matrix in a grid, a status line with its counts, a small menu."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from raci_editor import __version__
from raci_editor.core.errors import RaciError
from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding, Severity, validate
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.matrix_view import MatrixView
from raci_editor.storage.formats import read_matrix, readable_suffixes
from raci_editor.storage.result import LoadResult

APP_NAME = "RACI Editor"
UNTITLED = "Untitled"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary(matrix: Matrix, findings: list[Finding]) -> str:
    """The status line: ``37 activities · 20 roles · RACI · 0 errors · 2 warnings``."""
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = sum(f.severity is Severity.WARNING for f in findings)
    return " · ".join(
        (
            _count(len(matrix.activities), "activity", "activities"),
            _count(len(matrix.roles), "role", "roles"),
            matrix.scheme.name,
            _count(errors, "error", "errors"),
            _count(warnings, "warning", "warnings"),
        )
    )


def read_error_message(exc: BaseException) -> str:
    """One line for a dialog about a file that could not be read."""
    if isinstance(exc, RaciError):
        return str(exc)
    return f"unexpected {type(exc).__name__}: {exc}"


class MainWindow(QMainWindow):
    """Shows one matrix; opening a file that cannot be read keeps the one shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._findings: list[Finding] = []
        self._model = MatrixModel(parent=self)
        self._view = MatrixView(self)
        self._view.setModel(self._model)
        self.setCentralWidget(self._view)
        self._status = QLabel(self)
        self.statusBar().addWidget(self._status, 1)
        self._build_menus()
        self._refresh()
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width() * 9 // 10), min(800, screen.height() * 9 // 10))

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
    def path(self) -> Path | None:
        """The file shown, or None for an untitled matrix."""
        return self._path

    @property
    def findings(self) -> list[Finding]:
        """What the rules found in the matrix shown."""
        return list(self._findings)

    def status_text(self) -> str:
        """The text of the status line."""
        return self._status.text()

    # -- opening -------------------------------------------------------

    def open_file(self, path: str | Path) -> bool:
        """Read a file and show it; on failure tell the user and keep the matrix shown."""
        try:
            result = read_matrix(path)
        except Exception as exc:  # RaciError, or a bug: either way a file must not crash us
            self._tell_cannot_open(read_error_message(exc))
            return False
        self.show_result(result, Path(path))
        return True

    def show_result(self, result: LoadResult, path: Path | None) -> None:
        """Show a matrix that has been read, with the findings from reading it."""
        self._path = path
        self._findings = validate(result.matrix, extra=result.findings)
        self._model.set_matrix(result.matrix)
        self._view.fit_columns()
        self._refresh()
        self._view.focus_first_cell()

    def _tell_cannot_open(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("Cannot open file"), message)

    def _refresh(self) -> None:
        name = self._path.name if self._path is not None else UNTITLED
        self.setWindowFilePath(str(self._path) if self._path is not None else "")
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(False)
        self._status.setText(summary(self._model.matrix, self._findings))

    # -- menus ---------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About RACI Editor"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about)
        help_menu.addAction(self.about_action)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(self._on_about_qt)
        help_menu.addAction(about_qt)

    def _on_open(self) -> None:
        start = str(self._path.parent) if self._path is not None else ""
        patterns = " ".join(f"*{s}" for s in readable_suffixes())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open matrix"),
            start,
            self.tr("RACI matrices ({0});;All files (*)").format(patterns),
        )
        if chosen:
            self.open_file(chosen)

    def _on_about(self) -> None:
        QMessageBox.about(self, self.tr("About RACI Editor"), about_text())

    def _on_about_qt(self) -> None:
        QMessageBox.aboutQt(self)


def about_text() -> str:
    """The About box: version, purpose, licence and what it runs on."""
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Edit, check and share RACI responsibility matrices.</p>"
        "<p>Free software under the MIT licence.</p>"
        f"<p><small>Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"Python {platform.python_version()}</small></p>"
    )
