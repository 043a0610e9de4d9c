"""What the grid's count columns and count rows show (View › Show Counts).

With counts shown, :class:`~raci_editor.gui.matrix_model.MatrixModel` adds a
read-only column per scheme letter at the right (how many roles hold the
letter on that activity) and a row per letter at the bottom (how many
activities a role holds it on). They are summaries: italic on a grey band,
never selectable, editable or copied. This module answers their data and
keeps the counts (:class:`Counts`) between edits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from raci_editor.core.edits import SetCells
from raci_editor.core.model import Matrix
from raci_editor.core.scheme import Scheme
from raci_editor.core.texts import word
from raci_editor.core.workload import activity_counts, role_count_table, role_tallies
from raci_editor.gui.language import say
from raci_editor.gui.palette import GROUP_BAND

_DR = Qt.ItemDataRole
FEW_ROLES = 16
"""A cell edit on more roles than this recounts the count rows in one pass over the matrix."""


class Counts:
    """The counts the count cells show, counted when asked and kept until an edit changes them.

    Counting every role is a pass over the whole matrix: a cell edit recounts
    only the roles and activities it touched.
    """

    def __init__(self, matrix: Matrix) -> None:
        self._matrix = matrix
        self._roles: dict[str, dict[str, int]] | None = None
        self._activities: dict[str, dict[str, int]] = {}

    def forget(self, edit: SetCells | None) -> None:
        """Drop what ``edit`` changed (None: everything)."""
        if edit is None:
            self._roles = None
            self._activities.clear()
            return
        for cell in edit.cells:
            self._activities.pop(cell.activity_id, None)
        if self._roles is not None:
            roles = {cell.role_id for cell in edit.cells}
            if len(roles) > FEW_ROLES:
                self._roles = None
            else:
                fresh = role_tallies(self._matrix, roles)
                self._roles.update((r, tally.counts) for r, tally in fresh.items())

    def of_role(self, role_id: str, letter: str) -> int:
        """On how many activities a role holds ``letter``."""
        if self._roles is None:
            self._roles = role_count_table(self._matrix)
        return self._roles.get(role_id, {}).get(letter, 0)

    def of_activity(self, activity_id: str, letter: str) -> int:
        """How many roles hold ``letter`` on an activity."""
        counts = self._activities.get(activity_id)
        if counts is None:
            counts = self._activities[activity_id] = activity_counts(self._matrix, activity_id)
        return counts.get(letter, 0)


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def _letter_name(scheme: Scheme, letter: str) -> str:
    found = scheme.letter_def(letter)
    return say(word("Letters", found.name)) if found is not None else letter


def count_cell(count: int | None, role: int) -> Any:
    """A summary cell's data: ``count`` letters (None on a group row: the band only)."""
    if role == _DR.BackgroundRole:
        return QBrush(GROUP_BAND)
    if count is None:
        return None
    if role == _DR.DisplayRole:
        return str(count)
    if role == _DR.FontRole:
        return _italic()
    if role == _DR.TextAlignmentRole:
        return Qt.AlignmentFlag.AlignCenter
    return None


def count_column_header(scheme: Scheme, letter: str, role: int) -> Any:
    """The header of a count column: ``#R``, with a tooltip saying what it counts."""
    if role == _DR.DisplayRole:
        return f"#{letter}"
    if role == _DR.ToolTipRole:
        return QCoreApplication.translate(
            "SummaryCells", "How many roles are {0} ({1}) on each activity"
        ).format(_letter_name(scheme, letter), letter)
    if role == _DR.FontRole:
        return _italic()
    return None


def count_row_header(scheme: Scheme, letter: str, role: int) -> Any:
    """The header of a count row: ``# R — Responsible``, with a tooltip."""
    if role == _DR.DisplayRole:
        return QCoreApplication.translate("SummaryCells", "# {0} — {1}").format(
            letter, _letter_name(scheme, letter)
        )
    if role == _DR.ToolTipRole:
        return QCoreApplication.translate(
            "SummaryCells", "On how many activities each role is {0} ({1})"
        ).format(_letter_name(scheme, letter), letter)
    if role == _DR.FontRole:
        return _italic()
    if role == _DR.BackgroundRole:
        return QBrush(GROUP_BAND)
    return None
