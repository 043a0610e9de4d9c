"""The File menu's work: new, templates, open, recent files, save, save as, close.

Nothing is dropped without asking: every way of replacing the document goes
through :meth:`FileOps.may_drop_document` (Save / Discard / Cancel), and a
file that cannot be read or written leaves the document as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from raci_editor import paths
from raci_editor.core.edits import Batch
from raci_editor.core.errors import RaciError
from raci_editor.core.importing import Imported
from raci_editor.core.importing.merge import merge_edit
from raci_editor.gui import dialogs, import_preview, language, settings
from raci_editor.gui.document import NATIVE_SUFFIX, Document, defer_check_for
from raci_editor.gui.import_report_view import IMPORT_RULE
from raci_editor.gui.language import say
from raci_editor.gui.read_ops import read_with_progress
from raci_editor.storage import xlsx_own
from raci_editor.storage.errors import FileError
from raci_editor.storage.formats import (
    IMPORT_SUFFIXES,
    WORKBOOK_SUFFIXES,
    read_matrix,
    readable_suffixes,
    suffix,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from raci_editor.gui.main_window import MainWindow

CSV_SUFFIX = ".csv"
IMPORT_FOLDER_KEY = "files/import-folder"
"""Where File › Import… last found a spreadsheet."""


def error_message(exc: BaseException) -> str:
    """One line for a dialog about a file that could not be read or written.

    The program's own errors are said in the interface language (a core or
    storage message is a :class:`~raci_editor.core.texts.Text`).
    """
    if isinstance(exc, FileError):
        return QCoreApplication.translate("FileOps", "{file}: {reason}").format(
            file=exc.path, reason=say(exc.reason)
        )
    if isinstance(exc, RaciError):
        return say(exc.args[0]) if len(exc.args) == 1 else str(exc)
    return QCoreApplication.translate("FileOps", "unexpected {0}: {1}").format(
        type(exc).__name__, exc
    )


def save_target(chosen: str, selected_filter: str) -> Path:
    """The file to write for a name typed in the Save As dialog: ``.raci.json`` unless CSV."""
    path = Path(chosen)
    ext = suffix(path)
    if ext in (NATIVE_SUFFIX, CSV_SUFFIX):
        return path
    if CSV_SUFFIX in selected_filter:
        return path.with_name(path.name + CSV_SUFFIX)
    stem = path.name[: -len(".json")] if ext == ".json" else path.name
    return path.with_name(stem + NATIVE_SUFFIX)


def template_language() -> str:
    """The language of the templates to offer: the interface's (``zh-CN``, ``en``)."""
    return language.current().template_code


def _filter(description: str, patterns: str) -> str:
    """One file dialog filter: ``RACI matrix (*.raci.json)``."""
    return f"{description} ({patterns})"


def _patterns(suffixes: Iterable[str]) -> str:
    """``*.xlsx *.csv`` for a file dialog filter."""
    return " ".join(f"*{s}" for s in suffixes)


class FileOps(QObject):
    """Opens and saves the window's document and keeps File › Open Recent up to date."""

    def __init__(self, window: MainWindow, recent_menu: QMenu, clear_recent: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._recent_menu = recent_menu
        self._clear_recent = clear_recent
        recent_menu.aboutToShow.connect(self.rebuild_recent_menu)
        self.rebuild_recent_menu()

    @property
    def _document(self) -> Document:
        return self._window.document

    def may_drop_document(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        self._window.commit_pending_edits()
        if not self._document.is_modified:
            return True
        answer = dialogs.ask_save_changes(self._window, self._window.display_name())
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- new and open -------------------------------------------------------

    def new_matrix(self) -> bool:
        """File › New: an empty untitled matrix."""
        if not self.may_drop_document():
            return False
        self._window.show_document(Document(), None)
        return True

    def new_from_template(self, stem: str) -> bool:
        """File › New from Template: a bundled sample as an untitled, unmodified copy."""
        try:
            path = paths.template_path(stem, template_language())
        except paths.MissingResourceError as exc:  # an incomplete installation
            dialogs.error(
                self._window,
                QCoreApplication.translate("FileOps", "Cannot open template"),
                str(exc),
            )
            return False
        return self.open_copy(path)

    def open_copy(self, path: Path) -> bool:
        """Show a file as a new untitled matrix (Save asks where), e.g. a template."""
        try:
            result = read_matrix(path)
        except Exception as exc:  # a broken installation must not crash the window
            dialogs.error(
                self._window,
                QCoreApplication.translate("FileOps", "Cannot open template"),
                error_message(exc),
            )
            return False
        if not self.may_drop_document():
            return False
        self._window.show_document(Document(result.matrix, None, result.findings), None)
        return True

    def open_dialog(self) -> bool:
        """File › Open: choose a matrix or a spreadsheet."""
        chosen = self.choose_file(QCoreApplication.translate("FileOps", "Open Matrix"))
        return chosen is not None and self.open_file(chosen)

    def choose_file(self, title: str) -> Path | None:
        """Ask for a file File › Open can read (in the folder of the matrix shown); None: none."""
        source = self._window.source
        start = source.parent if source is not None else Path.home()
        everything = dict.fromkeys((*readable_suffixes(), *IMPORT_SUFFIXES))
        filters = ";;".join(
            (
                _filter(
                    QCoreApplication.translate("FileOps", "RACI matrices and spreadsheets"),
                    _patterns(everything),
                ),
                _filter(
                    QCoreApplication.translate("FileOps", "RACI matrices"), f"*{NATIVE_SUFFIX}"
                ),
                _filter(
                    QCoreApplication.translate("FileOps", "Spreadsheets"),
                    _patterns(IMPORT_SUFFIXES),
                ),
                _filter(QCoreApplication.translate("FileOps", "All files"), "*"),
            )
        )
        chosen, _ = QFileDialog.getOpenFileName(self._window, title, str(start), filters)
        return Path(chosen) if chosen else None

    def read_file(self, path: Path, failed: str) -> Imported | None:
        """Read any file File › Open reads, without showing it (to compare or take changes).

        A spreadsheet goes through the import preview as File › Open's does (our
        own exports are read exactly); a file that cannot be read is said in an
        error dialog titled ``failed``. None then, or when the user cancels.
        """
        if suffix(path) in IMPORT_SUFFIXES:
            return self._read_spreadsheet(path, failed)
        try:
            return read_matrix(path)
        except Exception as exc:  # RaciError, or a bug: either way a file must not crash us
            dialogs.error(self._window, failed, error_message(exc))
            return None

    def open_file(self, path: str | Path) -> bool:
        """Read a file and show it; on failure tell the user and keep the document shown.

        A spreadsheet goes through the import preview and opens as a new untitled
        matrix (Save suggests ``<stem>.raci.json`` beside it); a workbook that is
        one of our own exports opens the same way, exactly, without the preview.
        """
        if suffix(path) in IMPORT_SUFFIXES:
            return self._open_spreadsheet(Path(path))
        result = self.read_file(
            Path(path), QCoreApplication.translate("FileOps", "Cannot open file")
        )
        if result is None or not self.may_drop_document():
            return False
        self._window.show_result(result, Path(path))
        return True

    def _open_spreadsheet(self, path: Path) -> bool:
        imported = self._read_spreadsheet(
            path, QCoreApplication.translate("FileOps", "Cannot open file")
        )
        if imported is None or not self.may_drop_document():
            return False
        findings = [f for f in imported.findings if f.rule != IMPORT_RULE]
        document = Document(
            imported.matrix, None, findings, defer_check=defer_check_for(imported.matrix)
        )
        self._window.show_document(document, path)
        self.add_recent_file(path)
        return True

    def _read_spreadsheet(self, path: Path, failed: str) -> Imported | None:
        """A spreadsheet's matrix: exact for our own export, else as checked in the preview.

        None when the file cannot be read or the user cancels the preview.
        """
        try:
            grids = read_with_progress(self._window, path)
            if grids is None:  # cancelled
                return None
            own = xlsx_own.read(path, grids) if suffix(path) in WORKBOOK_SUFFIXES else None
        except Exception as exc:  # RaciError, or a bug: either way a file must not crash us
            dialogs.error(self._window, failed, error_message(exc))
            return None
        if own is not None:
            return own
        return import_preview.choose_import(self._window, grids, path.name)

    # -- import into the open matrix ----------------------------------------------

    def import_dialog(self) -> bool:
        """File › Import: choose a spreadsheet to add to the open matrix."""
        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            QCoreApplication.translate("FileOps", "Import Spreadsheet"),
            str(self._import_folder()),
            ";;".join(
                (
                    _filter(
                        QCoreApplication.translate("FileOps", "Spreadsheets"),
                        _patterns(IMPORT_SUFFIXES),
                    ),
                    _filter(QCoreApplication.translate("FileOps", "All files"), "*"),
                )
            ),
        )
        if not chosen:
            return False
        settings.set_folder(IMPORT_FOLDER_KEY, Path(chosen).parent)
        return self.import_file(chosen)

    def _import_folder(self) -> Path:
        """The folder of the last import, else that of the matrix shown, else home."""
        remembered = settings.folder(IMPORT_FOLDER_KEY)
        if remembered is not None:
            return remembered
        source = self._window.source
        return source.parent if source is not None else Path.home()

    def import_file(self, path: str | Path) -> bool:
        """Add a spreadsheet's activities (and new roles) to the open matrix as one undo step.

        One of our own exports is merged exactly as it was exported, without the preview.
        """
        path = Path(path)
        self._window.commit_pending_edits()
        imported = self._read_spreadsheet(
            path, QCoreApplication.translate("FileOps", "Cannot import file")
        )
        if imported is None:
            return False
        document = self._document
        edit = merge_edit(document.matrix, imported.matrix)
        if isinstance(edit, Batch) and not edit.edits:
            self._window.show_message(
                QCoreApplication.translate("FileOps", "{0} holds no activities to import").format(
                    path.name
                )
            )
            return False
        try:
            document.apply(
                edit, QCoreApplication.translate("FileOps", "Import {0}").format(path.name)
            )
        except RaciError as exc:  # the matrix is left as it was
            dialogs.error(
                self._window,
                QCoreApplication.translate("FileOps", "Cannot import file"),
                error_message(exc),
            )
            return False
        count = len(imported.matrix.activities)
        text = (
            QCoreApplication.translate("FileOps", "Imported {0} activity from {1}")
            if count == 1
            else QCoreApplication.translate("FileOps", "Imported {0} activities from {1}")
        )
        self._window.show_message(text.format(count, path.name))
        return True

    # -- recent files ---------------------------------------------------------

    def open_recent(self, path: Path) -> bool:
        """File › Open Recent: open one; a file that is gone leaves the list."""
        if not path.is_file():
            settings.remove_recent_file(path)
            self.rebuild_recent_menu()
            dialogs.error(
                self._window,
                QCoreApplication.translate("FileOps", "Cannot open file"),
                QCoreApplication.translate(
                    "FileOps", "{0}: no such file; removed from the recent files"
                ).format(path),
            )
            return False
        return self.open_file(path)

    def add_recent_file(self, path: Path) -> None:
        """Put a file first in File › Open Recent."""
        settings.add_recent_file(path)
        self.rebuild_recent_menu()

    def clear_recent_files(self) -> None:
        """File › Open Recent › Clear List."""
        settings.clear_recent_files()
        self.rebuild_recent_menu()

    def rebuild_recent_menu(self) -> None:
        """Fill File › Open Recent from the settings; files not found are shown disabled."""
        menu = self._recent_menu
        menu.clear()
        files = settings.recent_files()
        for n, path in enumerate(files, 1):
            number = f"&{n}" if n < 10 else "1&0"
            found = path.is_file()
            label = f"{number} {path.name}"
            if not found:
                label = QCoreApplication.translate("FileOps", "{0} (not found)").format(label)
            action = menu.addAction(label)
            action.setData(str(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(found)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not files:
            menu.addAction(QCoreApplication.translate("FileOps", "No Recent Files")).setEnabled(
                False
            )
        menu.addSeparator()
        menu.addAction(self._clear_recent)
        self._clear_recent.setEnabled(bool(files))

    # -- save and close --------------------------------------------------------

    def save(self) -> bool:
        """File › Save; a new, template or imported matrix goes through Save As."""
        self._window.commit_pending_edits()
        path = self._document.path
        if path is None or suffix(path) != NATIVE_SUFFIX:
            return self.save_as()
        return self._write(path)

    def save_as(self) -> bool:
        """File › Save As: a ``.raci.json`` file, or a CSV after a warning of what it drops."""
        self._window.commit_pending_edits()
        known = self._document.path or self._window.source
        recent = settings.recent_files()
        if known is not None:
            folder, stem = known.parent, known.name[: len(known.name) - len(suffix(known))]
        else:
            folder = recent[0].parent if recent and recent[0].parent.is_dir() else Path.home()
            stem = QCoreApplication.translate("FileOps", "Untitled")
        native = _filter(QCoreApplication.translate("FileOps", "RACI matrix"), f"*{NATIVE_SUFFIX}")
        csv = _filter(QCoreApplication.translate("FileOps", "CSV grid"), f"*{CSV_SUFFIX}")
        chosen, selected = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("FileOps", "Save Matrix As"),
            str(folder / f"{stem}{NATIVE_SUFFIX}"),
            f"{native};;{csv}",
            native,
        )
        if not chosen:
            return False
        target = save_target(chosen, selected)
        if suffix(target) == CSV_SUFFIX and not dialogs.warn(
            self._window,
            QCoreApplication.translate("FileOps", "Save as CSV"),
            QCoreApplication.translate(
                "FileOps",
                "A CSV file keeps the grid and the activity groups only: notes, descriptions, "
                "role groups and holders and the matrix title are not saved. "
                "Save as {0} anyway?",
            ).format(target.name),
            can_cancel=True,
        ):
            return False
        return self._write(target)

    def _write(self, target: Path) -> bool:
        try:
            self._document.save(target)
        except Exception as exc:  # RaciError, or a bug: the document stays as it was
            dialogs.error(
                self._window,
                QCoreApplication.translate("FileOps", "Cannot save file"),
                error_message(exc),
            )
            return False
        self._window.set_source(target)
        self.add_recent_file(target)
        self._window.show_message(QCoreApplication.translate("FileOps", "Saved {0}").format(target))
        return True

    def close_document(self) -> bool:
        """File › Close: ask about unsaved changes, then show an empty matrix."""
        if not self.may_drop_document():
            return False
        self._window.show_document(Document(), None)
        return True
