"""File › Take Changes from…: pick, change by change, what to take from another version.

:class:`TakeChangesDialog` lists every change with a check box and previews
the findings the matrix would have with the checked ones taken (recomputed
on a short timer, so that clicking through a long list stays quick);
:func:`take_changes` applies the chosen ones through the document as one
undo step. Taking nothing or cancelling changes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.diff import Change, describe, edits_for, preview, taken_changes
from raci_editor.core.errors import RaciError
from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding, Severity, validate
from raci_editor.gui import dialogs
from raci_editor.gui.document import Document
from raci_editor.gui.file_ops import error_message
from raci_editor.gui.language import say
from raci_editor.gui.problems_model import severity_icon
from raci_editor.gui.status_texts import findings_summary
from raci_editor.gui.waiver_dialog import place_name

PREVIEW_DELAY_MS = 250
"""The preview is recomputed this long after the last check box changed."""
_SHOWN = (Severity.ERROR, Severity.WARNING)
"""The findings the preview lists (notes are left out)."""


def exec_dialog(dialog: QDialog) -> int:
    """Run a dialog modally; tests replace this to answer it."""
    return dialog.exec()


def live(findings: Sequence[Finding]) -> list[Finding]:
    """The errors and warnings that count (not waived)."""
    return [f for f in findings if f.waiver is None and f.severity in _SHOWN]


def step_name(count: int, source: str) -> str:
    """The undo step: "Take 5 changes from meeting.xlsx"."""
    if count == 1:
        return QCoreApplication.translate("TakeChanges", "Take 1 change from {0}").format(source)
    return QCoreApplication.translate("TakeChanges", "Take {0} changes from {1}").format(
        count, source
    )


class TakeChangesDialog(QDialog):
    """Every change from ``old`` to ``new`` with a check box, and what taking them would give."""

    def __init__(
        self,
        parent: QWidget | None,
        old: Matrix,
        new: Matrix,
        changes: list[Change],
        *,
        by_id: bool,
        source: str,
    ) -> None:
        super().__init__(parent)
        self._old, self._new, self._by_id = old, new, by_id
        self.changes = changes
        self.setWindowTitle(
            QCoreApplication.translate("TakeChangesDialog", "Take Changes from {0}").format(source)
        )
        intro = QLabel(
            QCoreApplication.translate(
                "TakeChangesDialog",
                "Check the changes to take from {0} into this matrix. "
                "They are applied as one step that Edit › Undo takes back.",
            ).format(source),
            self,
        )
        intro.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self._build_changes())
        split.addWidget(self._build_preview())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(QCoreApplication.translate("TakeChangesDialog", "&Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 680)

        self._now: set[tuple[str, str | None, str | None]] | None = None
        self._now_counts: Counter[Severity] = Counter()
        self.preview_findings: list[Finding] = []
        """The errors and warnings of the last preview (not waived)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._update_chosen()
        self.preview_label.setText(QCoreApplication.translate("TakeChangesDialog", "Checking…"))
        QTimer.singleShot(0, self, self._first_preview)

    def _build_changes(self) -> QWidget:
        """The changes with their check boxes, Select All and Select None."""
        self.change_list = QListWidget(self)
        self.change_list.setObjectName("take-changes")
        self.change_list.setUniformItemSizes(True)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for change in self.changes:
            item = QListWidgetItem(" ".join(say(describe(change)).split()))
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.change_list.addItem(item)
        self.change_list.itemChanged.connect(self._on_item_changed)
        self.select_all_button = QPushButton(
            QCoreApplication.translate("TakeChangesDialog", "Select &All"), self
        )
        self.select_none_button = QPushButton(
            QCoreApplication.translate("TakeChangesDialog", "Select &None"), self
        )
        for button, state in (
            (self.select_all_button, Qt.CheckState.Checked),
            (self.select_none_button, Qt.CheckState.Unchecked),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=state: self.set_all(s))
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("take-chosen")
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.select_all_button)
        choose_row.addWidget(self.select_none_button)
        choose_row.addStretch(1)
        choose_row.addWidget(self.chosen_label)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(QCoreApplication.translate("TakeChangesDialog", "C&hanges:"), self)
        label.setBuddy(self.change_list)
        layout.addWidget(label)
        layout.addWidget(self.change_list)
        layout.addLayout(choose_row)
        return box

    def _build_preview(self) -> QWidget:
        """The counts and the list of findings the result would have."""
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("take-preview")
        self.preview_label.setWordWrap(True)
        font = self.preview_label.font()
        font.setBold(True)
        self.preview_label.setFont(font)
        self.finding_list = QListWidget(self)
        self.finding_list.setObjectName("take-findings")
        self.finding_list.setUniformItemSizes(True)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.finding_list)
        return box

    # -- the choice ------------------------------------------------------------

    def chosen(self) -> list[Change]:
        """The checked changes, in list order."""
        return [
            change
            for n, change in enumerate(self.changes)
            if self._item(n).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, number: int, checked: bool) -> None:
        """Check or uncheck change ``number`` (as a click on its box does)."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self._item(number).setCheckState(state)

    def set_all(self, state: Qt.CheckState) -> None:
        """Select All / Select None: one preview afterwards, not one per change."""
        blocked = self.change_list.blockSignals(True)
        try:
            for n in range(self.change_list.count()):
                self._item(n).setCheckState(state)
        finally:
            self.change_list.blockSignals(blocked)
        self.change_list.viewport().update()
        self._on_item_changed()

    def _item(self, number: int) -> QListWidgetItem:
        item = self.change_list.item(number)
        assert item is not None
        return item

    def _on_item_changed(self, _item: QListWidgetItem | None = None) -> None:
        self._update_chosen()
        self.preview_label.setText(QCoreApplication.translate("TakeChangesDialog", "Checking…"))
        self._timer.start()

    def _update_chosen(self) -> None:
        n, total = len(self.chosen()), len(self.changes)
        self.chosen_label.setText(
            QCoreApplication.translate("TakeChangesDialog", "{0} of {1} chosen").format(n, total)
        )
        self.apply_button.setEnabled(n > 0)

    # -- the preview -----------------------------------------------------------

    @property
    def preview_pending(self) -> bool:
        """Whether a preview is waiting for its timer."""
        return self._timer.isActive() or self._now is None

    def _first_preview(self) -> None:
        if self._now is None:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Find what the matrix would have with the checked changes taken, and show it."""
        self._timer.stop()
        if self._now is None:
            now = live(validate(self._old))
            self._now = {f.key for f in now}
            self._now_counts = Counter(f.severity for f in now)
        chosen = self.chosen()
        result = preview(self._old, self._new, chosen, by_id=self._by_id)
        findings = live(validate(result))
        self.preview_findings = findings
        counts = Counter(f.severity for f in findings)
        self.preview_label.setText(
            QCoreApplication.translate(
                "TakeChangesDialog", "With the {0} chosen changes: {1} (now: {2})"
            ).format(len(chosen), findings_summary(counts), findings_summary(self._now_counts))
        )
        self.finding_list.clear()
        new_mark = QCoreApplication.translate("TakeChangesDialog", "New: {0}")
        for f in findings:
            text = QCoreApplication.translate("TakeChangesDialog", "{place}: {message}").format(
                place=place_name(result, f.activity_id, f.role_id),
                message=" ".join(say(f.message).split()),
            )
            if f.key not in self._now:
                text = new_mark.format(text)
            item = QListWidgetItem(severity_icon(f.severity), text)
            item.setToolTip(f.rule)
            self.finding_list.addItem(item)
        if not findings:
            item = QListWidgetItem(
                QCoreApplication.translate("TakeChangesDialog", "No errors or warnings.")
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.finding_list.addItem(item)


def take_changes(
    parent: QWidget,
    document: Document,
    new: Matrix,
    changes: list[Change],
    *,
    by_id: bool,
    source: str,
) -> int:
    """Ask which of ``changes`` (from the document's matrix to ``new``) to take; take them.

    Returns how many were taken (0 when cancelled or none could be): a cell of an
    added role or activity brings the addition along, letters the matrix's
    scheme lacks cannot be taken.
    """
    old = document.matrix
    dialog = TakeChangesDialog(parent, old, new, changes, by_id=by_id, source=source)
    try:
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return 0
        chosen = dialog.chosen()
    finally:
        dialog.deleteLater()
    taken = taken_changes(old, new, chosen, by_id=by_id)  # with what they need, if possible
    if not taken:
        return 0
    try:
        edit = edits_for(old, new, taken, by_id=by_id)
        document.apply(edit, step_name(len(taken), source))
    except RaciError as exc:  # nothing changed, nothing pushed
        dialogs.error(
            parent,
            QCoreApplication.translate("TakeChangesDialog", "Cannot take the changes"),
            error_message(exc),
        )
        return 0
    return len(taken)
