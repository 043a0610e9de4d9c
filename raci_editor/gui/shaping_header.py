"""What the role and activity headers share: drags become moves, double clicks rename.

The model moves the row or column itself, so after a drag the header puts its
sections back at once: visual order always equals logical order.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelection, QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QHelpEvent
from PySide6.QtWidgets import QHeaderView, QLineEdit, QStyle, QTableView, QToolTip, QWidget

from raci_editor.gui.cell_delegate import findings_tooltip
from raci_editor.gui.grid_selection import replace_selection
from raci_editor.gui.matrix_model import FINDINGS_ROLE, MatrixModel
from raci_editor.gui.name_editor import NameEditor


class ShapingHeader(QHeaderView):
    """What both headers share: drags become moves, double clicks open a name editor."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setSectionsMovable(True)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._editor: NameEditor | None = None
        self._restoring = False
        self._watched: QAbstractItemModel | None = None
        self.sectionMoved.connect(self._on_section_moved)
        self.sectionDoubleClicked.connect(self.edit_section)

    def matrix_model(self) -> MatrixModel | None:
        """The header's model when it is a MatrixModel."""
        model = self.model()
        return model if isinstance(model, MatrixModel) else None

    @property
    def editor(self) -> QLineEdit | None:
        """The open name editor, if any."""
        return self._editor

    def edit_section(self, logical_index: int) -> QLineEdit | None:
        """Open the in-place name editor on a section; None when it cannot be renamed."""
        raise NotImplementedError

    def close_editor(self, commit: bool = False) -> None:
        """Close the name editor, if open."""
        editor, self._editor = self._editor, None
        if editor is not None:
            editor.finish(commit)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Override QHeaderView.setModel: follow the new model's changes."""
        if self._watched is not None:
            with suppress(RuntimeError):  # the old model may be deleted already
                self._watch(self._watched, connect=False)
        super().setModel(model)
        self._watched = model
        if model is not None:
            self._watch(model, connect=True)
        self._on_model_changed()

    def _watch(self, model: QAbstractItemModel, connect: bool) -> None:
        changes = (
            model.headerDataChanged,
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.columnsInserted,
            model.columnsRemoved,
            model.layoutChanged,
        )
        if connect:
            model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
            for signal in changes:
                signal.connect(self._on_model_changed)
        else:
            model.modelAboutToBeReset.disconnect(self._on_model_about_to_be_reset)
            for signal in changes:
                signal.disconnect(self._on_model_changed)

    def _on_model_changed(self, *args: object) -> None:
        """Forget cached sizes (subclasses)."""

    def _on_model_about_to_be_reset(self) -> None:
        self.close_editor()

    def _open_editor(self, rect: QRect, text: str, commit: Callable[[str], None]) -> QLineEdit:
        self.close_editor(commit=True)
        editor = NameEditor(text, self.viewport())
        height = editor.sizeHint().height()
        editor.setGeometry(rect.adjusted(0, max((rect.height() - height) // 2, 0), 0, 0))
        editor.setFixedHeight(min(height, max(rect.height(), 1)))

        def on_finished(committed: bool, value: str) -> None:
            if self._editor is editor:
                self._editor = None
            view = self.parentWidget()
            if view is not None and editor.hasFocus():
                view.setFocus(Qt.FocusReason.OtherFocusReason)
            if committed:
                commit(value)

        editor.finished.connect(on_finished)
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self._editor = editor
        return editor

    def _on_section_moved(self, logical: int, old_visual: int, new_visual: int) -> None:
        if self._restoring:
            return
        self._restoring = True
        try:
            self.moveSection(new_visual, old_visual)  # the model moves it instead
        finally:
            self._restoring = False
        model = self.matrix_model()
        if model is not None:
            self._move(model, logical, new_visual)

    def _move(self, model: MatrixModel, logical: int, to: int) -> None:
        """Turn a drag of section ``logical`` to position ``to`` into an edit."""

    def _select(self, first: QModelIndex, last: QModelIndex) -> None:
        """Select a moved row or column in the view, as a click on its header would."""
        view = self.parentWidget()
        if isinstance(view, QTableView) and first.isValid():
            replace_selection(view, first, QItemSelection(first, last))

    def tooltip_text(self, logical_index: int) -> str | None:
        """A section's tooltip: the role or activity, then its findings (``rule: message``)."""
        model = self.model()
        if model is None:
            return None
        horizontal = self.orientation() == Qt.Orientation.Horizontal
        if not 0 <= logical_index < (model.columnCount() if horizontal else model.rowCount()):
            return None
        base = model.headerData(logical_index, self.orientation(), Qt.ItemDataRole.ToolTipRole)
        findings = model.headerData(logical_index, self.orientation(), FINDINGS_ROLE) or []
        return findings_tooltip(base, findings)

    def viewportEvent(self, event: QEvent) -> bool:
        """Override QHeaderView.viewportEvent: the tooltip lists the section's findings."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_text(self.logicalIndexAt(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _margin(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font
