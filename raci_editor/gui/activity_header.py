"""The activity header: activities under group headings; a click on a heading folds its group.

An activity with findings shows a severity badge before its name, and its
tooltip lists the findings.

A drag of an activity becomes one undoable move; where it lands decides its
group (:func:`drop_target`).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from contextlib import suppress

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionHeader, QWidget

from raci_editor.core.edits import Batch, MoveActivity, UpdateActivity
from raci_editor.core.model import Activity
from raci_editor.gui import shaping
from raci_editor.gui.cell_delegate import badge_icon
from raci_editor.gui.document import Document
from raci_editor.gui.matrix_model import GROUP, SEVERITY_ROLE, SUMMARY, MatrixModel
from raci_editor.gui.palette import GROUP_BAND
from raci_editor.gui.shaping_header import ShapingHeader

MAX_ROW_HEADER_WIDTH = 420
"""Longer activity names are elided."""
V = Qt.Orientation.Vertical


class ActivityHeader(ShapingHeader):
    """Activities down, under group headings; a click on a heading folds its group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._width: int | None = None
        self._known_width: int | None = None
        self._height: int | None = None
        self._measured: tuple[object, ...] = ()
        """The activities (immutable, replaced when renamed) that :attr:`_width` was measured
        for: marks change every keystroke, names seldom, and measuring 10,000 names is slow."""
        self._heading_press = False
        self._last_toggle: tuple[str, bool] | None = None
        """The group the last click folded or unfolded, and whether it was collapsed before."""

    def toggle_group(self, row: int) -> None:
        """Collapse or expand the group whose heading is at ``row``."""
        model = self.matrix_model()
        if model is None or model.row_kind(row) != GROUP:
            return
        group = model.group_at(row)
        was = model.is_collapsed(group)
        self._last_toggle = (group, was)
        model.set_collapsed(group, not was)

    def edit_section(self, logical_index: int) -> QLineEdit | None:
        """Open the in-place editor on an activity's name, or on a group heading's group name."""
        model = self.matrix_model()
        if (
            model is None
            or not 0 <= logical_index < model.rowCount()
            or model.row_kind(logical_index) == SUMMARY
        ):
            return None  # a count row has no name to edit
        document = model.document
        rect = QRect(
            0,
            self.sectionViewportPosition(logical_index),
            self.viewport().width(),
            self.sectionSize(logical_index),
        )
        activity = model.activity_at(logical_index)
        if activity is not None:

            def rename(name: str) -> None:
                if document.matrix.has_activity(activity.id):
                    with suppress(ValueError):  # a blank name: refused, nothing changes
                        shaping.rename_activity(document, activity.id, name)

            return self._open_editor(rect, activity.name, rename)
        group = model.group_at(logical_index)
        block = group_block(model, logical_index)

        def regroup(name: str) -> None:
            ids = [a for a in block if document.matrix.has_activity(a)]
            if name.strip():
                shaping.set_activities_group(document, ids, name)

        return self._open_editor(rect, group, regroup)

    def _move(self, model: MatrixModel, logical: int, to: int) -> None:
        activity = model.activity_at(logical)
        if activity is None:  # group headings are not dragged (see mousePressEvent)
            return
        counted = sum(1 for r in range(model.rowCount()) if model.row_kind(r) == SUMMARY)
        to = min(to, model.rowCount() - counted - 1)  # count rows stay at the bottom
        index, group = drop_target(model, logical, to)
        move_activity(model.document, activity.id, index, group)
        row = model.row_of_activity(activity.id)
        if row is not None and model.columnCount():
            self._select(model.index(row, 0), model.index(row, model.columnCount() - 1))

    def _on_model_changed(self, *args: object) -> None:
        if args and isinstance(args[0], Qt.Orientation) and args[0] != V:
            return  # roles' names or marks: the activities' width stays
        self._width = None

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: another font or style means another width."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._width, self._known_width, self._height = None, None, None
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        """Override QHeaderView.sizeHint: wide enough for every name, up to a limit."""
        model = self.matrix_model()
        if model is None:
            return super().sizeHint()
        if self._width is None:
            self._width = self._measure(model)
        if self._height is None:  # Qt's asks every section's data: only with new names
            self._height = super().sizeHint().height()
        return QSize(max(self._width, self.minimumWidth()), self._height)

    def _measure(self, model: MatrixModel) -> int:
        """The width every name needs, measured again only when an activity was replaced."""
        measured = (self.font(), *model.matrix.activities)
        if measured != self._measured or self._known_width is None:
            self._measured = measured
            self._known_width = self._widest(model)
            self._height = None
        return self._known_width

    def _widest(self, model: MatrixModel) -> int:
        """The widest activity name or group heading, with margins and a badge, up to a limit."""
        matrix = model.matrix
        plain, bold = self.fontMetrics(), QFontMetrics(self._bold())
        widest = max((plain.horizontalAdvance(n) for n in _longest(matrix.activities)), default=0)
        headings = {f"▾ {a.group}" for a in matrix.activities}
        widest = max([widest, *(bold.horizontalAdvance(h) for h in headings)])
        badge = self._badge_side() + self._margin()  # room for a finding's badge
        return min(widest + 4 * self._margin() + badge, MAX_ROW_HEADER_WIDTH)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        """Override QHeaderView.paintSection: group bands; a badge before a flagged activity."""
        model = self.matrix_model()
        severity = model.headerData(logical_index, V, SEVERITY_ROLE) if model else None
        if not severity or not rect.isValid():
            super().paintSection(painter, rect, logical_index)
            if model is not None and model.row_kind(logical_index) in (GROUP, SUMMARY):
                painter.fillRect(rect, GROUP_BAND)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical_index)
        option.rect = rect
        side = self._badge_side()
        background = option.palette.color(QPalette.ColorRole.Button)
        option.icon = badge_icon(severity, side, background, self.devicePixelRatioF())
        option.iconAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()

    def _badge_side(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Override QHeaderView.mousePressEvent: a heading folds its group; it is not dragged."""
        row = self.logicalIndexAt(event.position().toPoint())
        model = self.matrix_model()
        if (
            model is not None
            and row >= 0
            and event.button() == Qt.MouseButton.LeftButton
            and model.row_kind(row) == GROUP
        ):
            self._heading_press = True
            self.toggle_group(row)
            event.accept()
            return
        self._last_toggle = None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Override QHeaderView.mouseReleaseEvent: finish a click on a heading."""
        if self._heading_press:
            self._heading_press = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Override QHeaderView.mouseDoubleClickEvent: rename; on a heading, undo its fold first."""
        row = self.logicalIndexAt(event.position().toPoint())
        model = self.matrix_model()
        if model is not None and row >= 0 and model.row_kind(row) == GROUP:
            self._heading_press = True
            group = model.group_at(row)
            if self._last_toggle is not None and self._last_toggle[0] == group:
                model.set_collapsed(group, self._last_toggle[1])
            self._last_toggle = None
            self.edit_section(row)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


# -- where a dragged activity lands ----------------------------------------------


def _runs(model: MatrixModel, group: str) -> list[list[str]]:
    """The runs of consecutive activities in ``group``, as lists of ids."""
    runs: list[list[str]] = []
    previous: str | None = None
    for activity in model.matrix.activities:
        if activity.group == group:
            if previous != group:
                runs.append([])
            runs[-1].append(activity.id)
        previous = activity.group
    return runs


def group_block(model: MatrixModel, row: int) -> list[str]:
    """Ids of the activities under the group heading at ``row``."""
    group = model.group_at(row)
    runs = _runs(model, group)
    below = row + 1 < model.rowCount() and model.activity_at(row + 1)
    if below:
        return next(run for run in runs if below.id in run)
    # A collapsed group shows a heading for each of its runs, filtered or not.
    before = sum(1 for r in range(row) if model.row_kind(r) == GROUP and model.group_at(r) == group)
    return runs[before] if before < len(runs) else []


def drop_target(model: MatrixModel, row: int, to: int) -> tuple[int, str]:
    """Where the activity at ``row`` goes when dropped at row ``to``: (index, group).

    The index is in ``matrix.activities``. The activity joins the group of
    the row just above where it is dropped: after an activity, the activity's
    group; after an open heading, the start of that group; after a collapsed
    heading, the end of its run. At the very top it keeps its group.
    """
    activity = model.activity_at(row)
    assert activity is not None
    order = [a.id for a in model.matrix.activities if a.id != activity.id]
    others = [r for r in range(model.rowCount()) if r != row]
    if to <= 0 or not others:
        return 0, activity.group
    above = others[min(to, len(others)) - 1]
    neighbour = model.activity_at(above)
    if neighbour is not None:
        return order.index(neighbour.id) + 1, neighbour.group
    group = model.group_at(above)
    block = [a for a in group_block(model, above) if a != activity.id]
    if not block:
        return model.matrix.activity_index(activity.id), group
    if model.is_collapsed(group):
        return order.index(block[-1]) + 1, group
    return order.index(block[0]), group


def move_activity(document: Document, activity_id: str, index: int, group: str) -> None:
    """Move an activity, into another group if need be, as one undo step."""
    activity = document.matrix.activity(activity_id)
    if group == activity.group:
        shaping.move_activity_to(document, activity_id, index)
        return
    edits: list[MoveActivity | UpdateActivity] = []
    if document.matrix.activity_index(activity_id) != index:
        edits.append(MoveActivity(activity_id, index))
    edits.append(UpdateActivity(activity.model_copy(update={"group": group})))
    label = QCoreApplication.translate("headers", "Move activity {0} to {1}").format(
        activity.name, group or QCoreApplication.translate("headers", "(no group)")
    )
    document.apply(Batch(tuple(edits)), label)


MEASURED_NAMES = 300
"""Of more activities than this, only the longest names are measured (see :func:`_longest`)."""


def _longest(activities: Sequence[Activity]) -> set[str]:
    """The names that may be the widest: all of a few, else the longest by characters
    and by UTF-8 bytes (a Chinese character, three bytes, is about two Latin letters wide).

    Measuring ten thousand names took a tenth of opening a big matrix; the widest
    is among the longest, and the width is capped anyway.
    """
    names = [a.name for a in activities]
    if len(names) <= MEASURED_NAMES:
        return set(names)
    by_chars = heapq.nlargest(MEASURED_NAMES, names, key=len)
    by_bytes = heapq.nlargest(MEASURED_NAMES, names, key=lambda n: len(n.encode()))
    return {*by_chars, *by_bytes}
