"""The Workload panel: a stacked bar of letters per role, drawn with QPainter.

Each row shows a role's name (a "▲" mark and bold when a load rule flags
it), a bar stacked from its R, A, C and I counts (the scheme's letters,
written on their segment when it is wide enough) and how many activities it
is on with their share of all activities. Up/Down move, Enter or a click
chooses the role (:attr:`WorkloadView.role_chosen`), a double click or the
context menu asks for its role card (:attr:`WorkloadView.card_requested`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from raci_editor.core.workload import RoleLoad
from raci_editor.gui.cell_delegate import readable_on
from raci_editor.gui.document import Document
from raci_editor.gui.palette import PART_COLOURS, letter_brushes
from raci_editor.gui.workload_model import FLAG_MARK, LOAD_ROLE, ROLE_ID_ROLE, WorkloadModel

Index = QModelIndex | QPersistentModelIndex
_BAR_ALPHA = 220
"""Bars are nearly opaque: they stand alone, not over a cell's letters."""


def bar_colours(model: WorkloadModel) -> dict[str, QColor]:
    """A colour per letter, the grid's tints made nearly opaque."""
    document = model.document
    if document is None:
        return {}
    _, brushes = letter_brushes(document.matrix.scheme)
    colours = {}
    for letter, brush in brushes.items():
        colour = QColor(brush.color())
        colour.setAlpha(_BAR_ALPHA)
        colours[letter] = colour
    return colours


def segments(load: RoleLoad, letters: list[str], widest: int, width: int) -> list[tuple[str, int]]:
    """(letter, pixels) of each non-empty segment of a bar ``width`` pixels at ``widest``."""
    if widest <= 0 or width <= 0:
        return []
    out, used, total = [], 0, 0
    for letter in letters:
        count = load.counts.get(letter, 0)
        if not count:
            continue
        total += count
        end = round(total * width / widest)  # cumulative, so rounding never adds up
        out.append((letter, end - used))
        used = end
    return out


class BarDelegate(QStyledItemDelegate):
    """Paints a role's row: mark and name with count and share above, the stacked bar below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Override QStyledItemDelegate.sizeHint: a line of text and a bar."""
        return QSize(160, 2 * option.fontMetrics.lineSpacing() + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Override QStyledItemDelegate.paint: name, share and bar of one role."""
        model = index.model()
        load = index.data(LOAD_ROLE)
        if not isinstance(model, WorkloadModel) or not isinstance(load, RoleLoad):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        painter.save()
        try:
            if widget is not None:  # background, selection and focus as the style draws them
                widget.style().drawControl(
                    QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget
                )
            self._paint_row(painter, opt, model, load)
        finally:
            painter.restore()

    def _paint_row(
        self, painter: QPainter, opt: QStyleOptionViewItem, model: WorkloadModel, load: RoleLoad
    ) -> None:
        rect: QRect = opt.rect.adjusted(6, 4, -6, -4)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        font = QFont(opt.font)
        font.setBold(bool(load.flags))
        painter.setFont(font)
        painter.setPen(opt.palette.color(role))
        metrics = painter.fontMetrics()
        line = QRect(rect.left(), rect.top(), rect.width(), metrics.lineSpacing())
        share = model.share_text(load)
        share_width = metrics.horizontalAdvance(share) + 8
        left = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        right = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
        name = f"{FLAG_MARK} {load.name}" if load.flags else load.name
        room = max(line.width() - share_width, 0)
        painter.drawText(
            line.adjusted(0, 0, -share_width, 0),
            left,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, room),
        )
        painter.drawText(line, right, share)
        bar = QRect(rect.left(), line.bottom() + 3, rect.width(), rect.bottom() - line.bottom() - 3)
        self._paint_bar(painter, bar, model, load)

    def _paint_bar(
        self, painter: QPainter, bar: QRect, model: WorkloadModel, load: RoleLoad
    ) -> None:
        colours = bar_colours(model)
        plain = QFont(painter.font())
        plain.setBold(False)
        painter.setFont(plain)
        metrics = painter.fontMetrics()
        left = bar.left()
        for letter, width in segments(load, model.letters(), model.widest(), bar.width()):
            segment = QRect(left, bar.top(), width, bar.height())
            colour = colours.get(letter, QColor(PART_COLOURS["informed"]))
            painter.fillRect(segment, colour)
            text = f"{letter} {load.counts.get(letter, 0)}"
            if metrics.horizontalAdvance(text) + 4 > width:
                text = letter
            if metrics.horizontalAdvance(text) + 4 <= width:
                painter.setPen(readable_on(colour, QColor(Qt.GlobalColor.black)))
                painter.drawText(segment, int(Qt.AlignmentFlag.AlignCenter), text)
            left += width


class WorkloadView(QListView):
    """The list of roles with their bars; choosing a role is a signal, never an edit."""

    role_chosen = Signal(str)
    """A role was clicked or Enter was pressed on it (its id)."""
    card_requested = Signal(str)
    """A role's card was asked for (double click or the context menu)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(BarDelegate(self))
        self.setUniformItemSizes(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.clicked.connect(self._choose)
        self.doubleClicked.connect(self._ask_card)
        self.customContextMenuRequested.connect(self._on_context_menu)

    def current_role_id(self) -> str | None:
        """The role of the current row, if any."""
        index = self.currentIndex()
        return str(index.data(ROLE_ID_ROLE)) if index.isValid() else None

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.role_chosen.emit(str(index.data(ROLE_ID_ROLE)))

    def _ask_card(self, index: QModelIndex) -> None:
        if index.isValid():
            self.card_requested.emit(str(index.data(ROLE_ID_ROLE)))

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        role_id = str(index.data(ROLE_ID_ROLE))
        menu = QMenu(self)
        menu.addAction(
            QCoreApplication.translate("WorkloadView", "Role &Card…"),
            lambda: self.card_requested.emit(role_id),
        )
        menu.addAction(
            QCoreApplication.translate("WorkloadView", "&Show Its Activities"),
            lambda: self.role_chosen.emit(role_id),
        )
        menu.exec(self.viewport().mapToGlobal(pos))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QListView.keyPressEvent: Enter chooses the current role."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class WorkloadPanel(QWidget):
    """The Workload dock's content: a caption and the list of roles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = WorkloadModel(parent=self)
        self.view = WorkloadView(self)
        self.view.setModel(self.model)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)

    def set_document(self, document: Document | None) -> None:
        """Show another document's roles."""
        self.model.set_document(document)
        heavy = QCoreApplication.translate("WorkloadView", " or ").join(self.model.letters()[:2])
        self.caption.setText(
            QCoreApplication.translate(
                "WorkloadView",
                "Letters per role, heaviest first. Click a role to see where it is {0}.",
            ).format(heavy)
        )
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
