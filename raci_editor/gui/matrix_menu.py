"""The Matrix menu: reshape the matrix around the grid's current cell and selection.

Each command is one undo step (see :mod:`shaping`); deleting something that
holds letters asks first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QCollator,
    QCollatorSortKey,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QObject,
    Qt,
)
from PySide6.QtWidgets import QInputDialog, QLineEdit

from raci_editor.core import sorting
from raci_editor.core.edits import Edit
from raci_editor.gui import dialogs, launch_check, rule_edits, rules_dialog, shaping

if TYPE_CHECKING:
    from raci_editor.gui.document import Document
    from raci_editor.gui.main_window import MainWindow
    from raci_editor.gui.matrix_view import MatrixView

_T = TypeVar("_T")


class MatrixMenu(QObject):
    """What the Matrix menu's actions do."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    @property
    def _document(self) -> Document:
        return self._window.document

    @property
    def _view(self) -> MatrixView:
        return self._window.view

    # -- where the user is ----------------------------------------------------

    def selected_role_ids(self) -> list[str]:
        """The roles of the selected cells, else the current role."""
        current = self._view.current_role_id()
        return self._view.selected_role_ids() or ([current] if current else [])

    def selected_activity_ids(self) -> list[str]:
        """The activities of the selected cells, else the current activity."""
        current = self._view.current_activity_id()
        return self._view.selected_activity_ids() or ([current] if current else [])

    # -- roles ------------------------------------------------------------------

    def add_role(self) -> None:
        """Matrix › Add Role: a new last column."""
        self._show_role(shaping.add_role(self._document))

    def insert_role(self) -> None:
        """Matrix › Insert Role: a new column before the current one."""
        current = self._view.current_role_id()
        at = self._document.matrix.role_index(current) if current else 0
        self._show_role(shaping.add_role(self._document, at))

    def duplicate_role(self) -> None:
        """Matrix › Duplicate Role: a copy of the current role, letters included."""
        role_id = self._need(
            self._view.current_role_id(),
            QCoreApplication.translate("MatrixMenu", "Select a role first."),
        )
        if role_id:
            self._show_role(shaping.duplicate_role(self._document, role_id))

    def rename_role(self) -> None:
        """Matrix › Rename Role: in the header, or in a dialog."""
        role_id = self._need(
            self._view.current_role_id(),
            QCoreApplication.translate("MatrixMenu", "Select a role first."),
        )
        if not role_id:
            return
        column = self._window.model.column_of_role(role_id)
        if self._edit_in_header(self._view.horizontalHeader(), column):
            return
        name = self._document.matrix.role(role_id).name
        self._rename(name, lambda text: shaping.rename_role(self._document, role_id, text))

    def set_role_group(self) -> None:
        """Matrix › Set Role Group: one group for the selected roles, one undo step."""
        ids = self.selected_role_ids()
        if not self._need(
            ids, QCoreApplication.translate("MatrixMenu", "Select the roles to group.")
        ):
            return
        matrix = self._document.matrix
        group = dialogs.get_group(
            self._window,
            QCoreApplication.translate("MatrixMenu", "Set Role Group"),
            _names(
                [matrix.role(r).name for r in ids],
                QCoreApplication.translate("MatrixMenu", "Group of role {0}:"),
                QCoreApplication.translate("MatrixMenu", "Group of {0} roles:"),
            ),
            shaping.role_groups(matrix),
            matrix.role(ids[0]).group,
        )
        if group is not None:
            shaping.set_roles_group(self._document, ids, group)

    def move_role_left(self) -> None:
        """Matrix › Move Role Left."""
        self._move(roles=True, delta=-1)

    def move_role_right(self) -> None:
        """Matrix › Move Role Right."""
        self._move(roles=True, delta=1)

    def delete_roles(self) -> None:
        """Matrix › Delete Roles: the selected roles, asking first when they hold letters."""
        ids = self.selected_role_ids()
        if not self._need(
            ids, QCoreApplication.translate("MatrixMenu", "Select the roles to delete.")
        ):
            return
        matrix = self._document.matrix
        letters = shaping.letters_in_roles(matrix, ids)
        if len(ids) == 1:
            text = QCoreApplication.translate(
                "MatrixMenu", "Delete role {0} and its {1} letters?"
            ).format(matrix.role(ids[0]).name, letters)
        else:
            text = QCoreApplication.translate(
                "MatrixMenu", "Delete {0} roles and their {1} letters?"
            ).format(len(ids), letters)
        if letters and not dialogs.confirm(
            self._window, QCoreApplication.translate("MatrixMenu", "Delete Roles"), text
        ):
            return
        shaping.delete_roles(self._document, ids)

    # -- activities -------------------------------------------------------------

    def add_activity(self) -> None:
        """Matrix › Add Activity: after the current one, in its group (else at the end)."""
        self._add_activity(after=True)

    def insert_activity(self) -> None:
        """Matrix › Insert Activity: before the current one, in its group."""
        self._add_activity(after=False)

    def duplicate_activity(self) -> None:
        """Matrix › Duplicate Activity: a copy below the current one, letters included."""
        activity_id = self._need(
            self._view.current_activity_id(),
            QCoreApplication.translate("MatrixMenu", "Select an activity first."),
        )
        if activity_id:
            self._show_activity(shaping.duplicate_activity(self._document, activity_id))

    def rename_activity(self) -> None:
        """Matrix › Rename Activity: in the header, or in a dialog."""
        activity_id = self._need(
            self._view.current_activity_id(),
            QCoreApplication.translate("MatrixMenu", "Select an activity first."),
        )
        if not activity_id:
            return
        row = self._window.model.row_of_activity(activity_id)
        if row is not None and self._edit_in_header(self._view.verticalHeader(), row):
            return
        name = self._document.matrix.activity(activity_id).name
        self._rename(name, lambda text: shaping.rename_activity(self._document, activity_id, text))

    def set_activity_group(self) -> None:
        """Matrix › Set Activity Group: one group for the selected activities, one undo step."""
        ids = self.selected_activity_ids()
        if not self._need(
            ids, QCoreApplication.translate("MatrixMenu", "Select the activities to group.")
        ):
            return
        matrix = self._document.matrix
        group = dialogs.get_group(
            self._window,
            QCoreApplication.translate("MatrixMenu", "Set Activity Group"),
            _names(
                [matrix.activity(a).name for a in ids],
                QCoreApplication.translate("MatrixMenu", "Group of activity {0}:"),
                QCoreApplication.translate("MatrixMenu", "Group of {0} activities:"),
            ),
            shaping.activity_groups(matrix),
            matrix.activity(ids[0]).group,
        )
        if group is not None:
            shaping.set_activities_group(self._document, ids, group)

    def move_activity_up(self) -> None:
        """Matrix › Move Activity Up."""
        self._move(roles=False, delta=-1)

    def move_activity_down(self) -> None:
        """Matrix › Move Activity Down."""
        self._move(roles=False, delta=1)

    def delete_activities(self) -> None:
        """Matrix › Delete Activities: the selected ones, asking first when they hold letters."""
        ids = self.selected_activity_ids()
        if not self._need(
            ids, QCoreApplication.translate("MatrixMenu", "Select the activities to delete.")
        ):
            return
        matrix = self._document.matrix
        letters = shaping.letters_in_activities(matrix, ids)
        if len(ids) == 1:
            text = QCoreApplication.translate(
                "MatrixMenu", "Delete activity {0} and its {1} letters?"
            ).format(matrix.activity(ids[0]).name, letters)
        else:
            text = QCoreApplication.translate(
                "MatrixMenu", "Delete {0} activities and their {1} letters?"
            ).format(len(ids), letters)
        if letters and not dialogs.confirm(
            self._window, QCoreApplication.translate("MatrixMenu", "Delete Activities"), text
        ):
            return
        shaping.delete_activities(self._document, ids)

    def sort_activities(self) -> None:
        """Matrix › Sort Activities by Name: inside each group, in the interface's order."""
        self._sort(sorting.sort_activities(self._document.matrix, collation_key()), roles=False)

    def sort_roles(self) -> None:
        """Matrix › Sort Roles by Name: inside each role group, in the interface's order."""
        self._sort(sorting.sort_roles(self._document.matrix, collation_key()), roles=True)

    def _sort(self, edit: Edit | None, roles: bool) -> None:
        if edit is None:
            self._window.show_message(
                QCoreApplication.translate("MatrixMenu", "Already sorted by name.")
            )
            return
        text = (
            QCoreApplication.translate("MatrixMenu", "Sort Roles by Name")
            if roles
            else QCoreApplication.translate("MatrixMenu", "Sort Activities by Name")
        )
        self._document.apply(edit, text)

    def edit_info(self) -> None:
        """Matrix › Matrix Title and Description."""
        matrix = self._document.matrix
        answer = dialogs.get_info(self._window, matrix.title, matrix.description)
        if answer is not None:
            shaping.set_info(self._document, *answer)

    # -- rules and the launch check ----------------------------------------------

    def edit_rules(self) -> None:
        """Matrix › Rules…: every rule's on/off, severity and threshold, one undo step."""
        rules_dialog.edit_rules(self._window, self._document)

    def reset_rules(self) -> None:
        """Matrix › Reset Rules to Defaults: one undo step, or a message when nothing changes."""
        if not rule_edits.reset_rules(self._document):
            self._window.show_message(
                QCoreApplication.translate("MatrixMenu", "The rules already have their defaults.")
            )

    def launch_check(self) -> None:
        """Matrix › Ready to Launch?: what blocks, what warns, what is waived."""
        launch_check.show_launch_check(self._window, self._document)

    # -- helpers ------------------------------------------------------------------

    def _add_activity(self, after: bool) -> None:
        matrix = self._document.matrix
        current = self._view.current_activity_id()
        if current is not None:
            at = matrix.activity_index(current) + (1 if after else 0)
            group = matrix.activity(current).group
        else:  # no current cell (group rows never are current): first or last, no group
            at, group = (len(matrix.activities) if after else 0), ""
        self._show_activity(shaping.add_activity(self._document, at, group))

    def _move(self, roles: bool, delta: int) -> None:
        """Move the selected roles or activities; the selected cells move with them."""
        ids = self.selected_role_ids() if roles else self.selected_activity_ids()
        if not ids:
            return
        current = (self._view.current_activity_id(), self._view.current_role_id())
        cells = self._view.selected_cell_keys()
        move = shaping.move_roles if roles else shaping.move_activities
        if not move(self._document, ids, delta):
            self._window.show_message(
                QCoreApplication.translate("MatrixMenu", "Already at the edge.")
            )
            return
        self._go_to(*current)
        self._select_cells(cells)

    def _select_cells(self, cells: Sequence[tuple[str, str]]) -> None:
        """Select cells by (activity id, role id), a range for each run along a row."""
        model = self._window.model
        runs: dict[int, list[int]] = {}
        for activity_id, role_id in cells:
            row = model.row_of_activity(activity_id)
            if row is not None:
                runs.setdefault(row, []).append(model.column_of_role(role_id))
        selection = QItemSelection()
        for row, columns in runs.items():
            columns.sort()
            start = columns[0]
            for before, after in zip(columns, [*columns[1:], None], strict=True):
                if after != before + 1:  # a run ends
                    selection.select(model.index(row, start), model.index(row, before))
                    if after is not None:
                        start = after
        # The selection model, not the view: the view would heed the modifiers held.
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self._view.selectionModel().select(selection, flags)

    def _need(self, value: _T, message: str) -> _T:
        if not value:
            self._window.show_message(message)
        return value

    def _edit_in_header(self, header: object, section: int) -> bool:
        """Open the header's in-place name editor, when the header has one."""
        edit = getattr(header, "edit_section", None)
        return edit is not None and edit(section) is not None

    def _rename(self, name: str, apply: Callable[[str], object]) -> None:
        text, ok = QInputDialog.getText(
            self._window,
            QCoreApplication.translate("MatrixMenu", "Rename"),
            QCoreApplication.translate("MatrixMenu", "New name:"),
            QLineEdit.EchoMode.Normal,
            name,
        )
        if not ok or text.strip() == name:
            return
        try:
            apply(text.strip())
        except ValueError:  # a blank name (pydantic's ValidationError is a ValueError)
            dialogs.warn(
                self._window,
                QCoreApplication.translate("MatrixMenu", "Cannot rename"),
                QCoreApplication.translate("MatrixMenu", "A name must not be blank."),
            )

    def _go_to(self, activity_id: str | None, role_id: str | None) -> bool:
        """Make a cell current and the only one selected, whatever modifier keys are held."""
        if activity_id is None or role_id is None:
            return False
        return self._view.select_cell(activity_id, role_id)

    def _show_role(self, role_id: str) -> None:
        if not self._go_to(self._view.current_activity_id(), role_id):
            self._view.select_role(role_id)

    def _show_activity(self, activity_id: str) -> None:
        role_id = self._view.current_role_id() or next(
            (r.id for r in self._document.matrix.roles), None
        )
        self._go_to(activity_id, role_id)


def collation_key() -> Callable[[str], QCollatorSortKey]:
    """Names in the order of the interface's language: Chinese by pinyin, numbers by value."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # plain byte order, no numeric mode
        locale = QLocale(QLocale.Language.English)
    collator = QCollator(locale)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return lambda name: collator.sortKey(name.strip())


def _names(names: Sequence[str], one: str, many: str) -> str:
    """``one`` with the only name, or ``many`` with the count."""
    return one.format(names[0]) if len(names) == 1 else many.format(len(names))
