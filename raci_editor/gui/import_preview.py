"""The import preview: the sheet as the importer read it, the result and the report.

Every choice the user makes (sheet, header row, scheme, what a column holds)
runs the importer again at once, so what is shown is always what Import
will give. When no matrix is found, Import stays disabled and the reason is
shown in place of the summary.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.errors import message_of
from raci_editor.core.importing import (
    ColumnKind,
    Grid,
    Imported,
    ImportOptions,
    NoMatrixFoundError,
    import_grids,
)
from raci_editor.core.scheme import BUILTIN_SCHEMES
from raci_editor.gui.import_report_view import ReportList
from raci_editor.gui.import_result_model import ResultModel
from raci_editor.gui.import_sheet_model import SheetModel
from raci_editor.gui.import_sheet_view import (
    ColourKey,
    SheetView,
    fit_columns,
    read_only_table,
)
from raci_editor.gui.language import say

_PROBLEM_STYLE = "QLabel { background: rgba(226, 88, 62, 60); padding: 6px; font-weight: bold; }"


@contextmanager
def wait_cursor() -> Iterator[None]:
    """Show the busy cursor while a big sheet is read again."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class ImportPreviewDialog(QDialog):
    """Shows what importing ``grids`` gives with the current choices; Import applies it."""

    def __init__(
        self,
        grids: Sequence[Grid],
        source_name: str,
        parent: QWidget | None = None,
        options: ImportOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self._grids = list(grids)
        self._source = source_name
        self._options = options or ImportOptions()
        self._imported: Imported | None = None
        self._problem: str | None = None
        self.setWindowTitle(
            QCoreApplication.translate("ImportPreview", "Import {0}").format(source_name)
        )
        self._build()
        self._run()

    # -- what the dialog gives ---------------------------------------------

    def imported(self) -> Imported | None:
        """What Import gives with the current choices; None while no matrix is found."""
        return self._imported

    def options(self) -> ImportOptions:
        """The user's choices the preview was last run with."""
        return self._options

    def problem(self) -> str | None:
        """The reason no matrix was found, or None."""
        return self._problem

    # -- the choices ----------------------------------------------------------

    def set_options(self, options: ImportOptions) -> None:
        """Run the importer with other choices and show what it gives."""
        self._options = options
        self._run()

    def choose_sheet(self, name: str) -> None:
        """Read another sheet; the header row and column choices were about the old one."""
        if name != self._options.sheet:
            self.set_options(ImportOptions(sheet=name, scheme=self._options.scheme))

    def choose_header_row(self, row: int | None) -> None:
        """Take the 0-based ``row`` as the row of role names (None: find it)."""
        self.set_options(replace(self._options, header_row=row))

    def choose_scheme(self, name: str | None) -> None:
        """Read the letters with a built-in scheme (None: detect it)."""
        self.set_options(replace(self._options, scheme=name))

    def mark_columns(self, columns: Iterable[int], kind: ColumnKind | None) -> None:
        """Say what ``columns`` hold (None: let the importer decide again)."""
        chosen = dict(self._options.columns)
        if kind is ColumnKind.ACTIVITY:  # only one activity column: the newest choice wins
            chosen = {c: k for c, k in chosen.items() if k is not ColumnKind.ACTIVITY}
        for col in columns:
            if kind is None:
                chosen.pop(col, None)
            else:
                chosen[col] = kind
        self.set_options(replace(self._options, columns=chosen))

    def reset_choices(self) -> None:
        """Forget every choice: detect everything again."""
        self.set_options(ImportOptions())

    # -- the widgets ----------------------------------------------------------

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ImportPreview", "&Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_controls())
        layout.addWidget(self.summary)
        layout.addWidget(self._build_body(), 1)
        layout.addWidget(self.buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width() * 9 // 10), min(680, screen.height() * 9 // 10))

    def _build_controls(self) -> QHBoxLayout:
        """Sheet, header row and scheme choices, and the way back to detecting them."""
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.addItems([g.name for g in self._grids])
        self.sheet_combo.activated.connect(
            lambda n: self.choose_sheet(self.sheet_combo.itemText(n))
        )
        self.header_spin = QSpinBox(self)
        self.header_spin.setKeyboardTracking(False)
        self.header_spin.setSpecialValueText(
            QCoreApplication.translate("ImportPreview", "Detect")
        )  # 0: let the importer find it
        self.header_spin.setToolTip(
            QCoreApplication.translate("ImportPreview", "The row that holds the role names")
        )
        self.header_spin.valueChanged.connect(
            lambda v: self.choose_header_row(v - 1 if v else None)
        )
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.addItem(QCoreApplication.translate("ImportPreview", "Detect"), None)
        for name in BUILTIN_SCHEMES:
            self.scheme_combo.addItem(name, name)
        self.scheme_combo.activated.connect(
            lambda n: self.choose_scheme(self.scheme_combo.itemData(n))
        )
        self.reset_button = QPushButton(
            QCoreApplication.translate("ImportPreview", "Detect All Again"), self
        )
        self.reset_button.setToolTip(
            QCoreApplication.translate(
                "ImportPreview", "Forget your choices and let the importer decide"
            )
        )
        self.reset_button.clicked.connect(self.reset_choices)
        controls = QHBoxLayout()
        for label, widget in (
            (QCoreApplication.translate("ImportPreview", "&Sheet:"), self.sheet_combo),
            (QCoreApplication.translate("ImportPreview", "&Header row:"), self.header_spin),
            (QCoreApplication.translate("ImportPreview", "S&cheme:"), self.scheme_combo),
        ):
            buddy = QLabel(label, self)
            buddy.setBuddy(widget)
            controls.addWidget(buddy)
            controls.addWidget(widget)
            controls.addSpacing(12)
        controls.addStretch(1)
        controls.addWidget(self.reset_button)
        return controls

    def _build_body(self) -> QSplitter:
        """The sheet and result tabs, and the report beside them."""
        self.sheet_model = SheetModel(self)
        self.sheet_view = SheetView(self.sheet_model, self)
        self.sheet_view.columns_marked.connect(self.mark_columns)
        self.result_model = ResultModel(self)
        self.result_view = read_only_table(self.result_model, self)
        self.tabs = QTabWidget(self)
        sheet_tab = QWidget(self)
        sheet_layout = QVBoxLayout(sheet_tab)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        sheet_layout.addWidget(self.sheet_view, 1)
        sheet_layout.addWidget(ColourKey(sheet_tab))
        self.tabs.addTab(sheet_tab, QCoreApplication.translate("ImportPreview", "Sheet"))
        self.tabs.addTab(self.result_view, QCoreApplication.translate("ImportPreview", "Result"))
        self.report_list = ReportList(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.report_list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 340])
        return splitter

    # -- running the importer -------------------------------------------------

    def _run(self) -> None:
        """Import with the current choices and show the sheet, the result and the report."""
        try:
            with wait_cursor():
                imported = import_grids(self._grids, self._options, self._source)
        except NoMatrixFoundError as exc:
            self._imported, self._problem = None, say(message_of(exc))
        except Exception as exc:  # a bug in the importer must not take the window down
            self._imported = None
            self._problem = QCoreApplication.translate(
                "ImportPreview", "unexpected {0}: {1}"
            ).format(type(exc).__name__, exc)
        else:
            self._imported, self._problem = imported, None
        self._show()

    def _shown_grid(self) -> Grid:
        report = self._imported.report if self._imported is not None else None
        name = report.sheet if report is not None else self._options.sheet
        if name is None:
            name = self.sheet_model.grid.name if self.sheet_model.grid.cells else None
        found = [g for g in self._grids if g.name == name]
        return found[0] if found else (self._grids[0] if self._grids else Grid("", ()))

    def _show(self) -> None:
        imported = self._imported
        report = imported.report if imported is not None else None
        grid = self._shown_grid()
        if grid is not self.sheet_model.grid:
            self.sheet_view.show_grid(grid)
        self.sheet_model.set_report(report, self._options.columns)
        self.result_model.set_matrix(imported.matrix if imported is not None else None)
        fit_columns(self.result_view)
        self.report_list.show_result(imported)
        self._sync_controls(grid)
        self.import_button.setEnabled(imported is not None)
        if imported is None:
            self.summary.setStyleSheet(_PROBLEM_STYLE)
            self.summary.setText(
                QCoreApplication.translate(
                    "ImportPreview", "No RACI matrix found in {0}: {1}"
                ).format(self._source, self._problem)
            )
        else:
            matrix = imported.matrix
            self.summary.setStyleSheet("")
            self.summary.setText(
                QCoreApplication.translate(
                    "ImportPreview", "{0} activities and {1} roles will be imported, read as {2}."
                ).format(len(matrix.activities), len(matrix.roles), matrix.scheme.name)
            )

    def _sync_controls(self, grid: Grid) -> None:
        """Show the choices in force (detected ones too), without running the import again."""
        report = self._imported.report if self._imported is not None else None
        for widget in (self.sheet_combo, self.header_spin, self.scheme_combo):
            widget.blockSignals(True)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findText(grid.name)))
        self.header_spin.setRange(0, grid.height)
        header_row = report.header_row if report is not None else self._options.header_row
        self.header_spin.setValue(header_row + 1 if header_row is not None else 0)
        scheme = self._options.scheme
        self.scheme_combo.setCurrentIndex(max(0, self.scheme_combo.findData(scheme)))
        detected = report.scheme if report is not None and scheme is None else ""
        self.scheme_combo.setItemText(
            0,
            QCoreApplication.translate("ImportPreview", "Detect ({0})").format(detected)
            if detected
            else QCoreApplication.translate("ImportPreview", "Detect"),
        )
        for widget in (self.sheet_combo, self.header_spin, self.scheme_combo):
            widget.blockSignals(False)
        self.reset_button.setEnabled(self._options != ImportOptions())


def choose_import(
    parent: QWidget | None, grids: Sequence[Grid], source_name: str
) -> Imported | None:
    """Show the preview; the imported matrix if the user chose Import, else None."""
    dialog = ImportPreviewDialog(grids, source_name, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.imported()
        return None
    finally:
        dialog.deleteLater()
