"""The role filter: "Show: <role> is R or A", what one role is on the hook for.

The filter is taken when it is chosen: activities added later stay visible,
and a changed letter does not hide its row until the filter is chosen again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from raci_editor.core.search import responsible_or_accountable
from raci_editor.gui.matrix_model import MatrixModel


class RoleFilter(QWidget):
    """A "Show:" list of roles, what the filter shows, and a button to show everything."""

    changed = Signal(str)
    """The filter changed: what it shows, or ``""`` when every activity is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: MatrixModel | None = None
        self._role = ""
        self._text = ""
        self._listed: tuple[object, ...] | None = None
        """What the box lists (the roles and the letters), to rebuild it only when that changes."""

        self.box = QComboBox(self)
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label = QLabel(self)
        self.label.setAutoFillBackground(True)
        self.label.setContentsMargins(6, 2, 6, 2)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(QCoreApplication.translate("RoleFilter", "Show all"))
        self.clear_button.setToolTip(
            QCoreApplication.translate("RoleFilter", "Show every activity")
        )
        self.clear_button.setAutoRaise(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        show = QLabel(QCoreApplication.translate("RoleFilter", "&Show:"), self)
        show.setBuddy(self.box)
        layout.addWidget(show)
        layout.addWidget(self.box)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button)

        self.box.activated.connect(self._on_picked)
        self.clear_button.clicked.connect(self.clear)
        self._show_state()

    @property
    def role(self) -> str:
        """The id of the role whose R and A activities alone are shown; ``""`` for all."""
        return self._role

    def set_role(self, role_id: str) -> None:
        """Show only the activities where a role is responsible or accountable (``""``: all)."""
        model = self._model
        if model is None:
            return
        if role_id and model.matrix.has_role(role_id):
            matrix = model.matrix
            keep = responsible_or_accountable(matrix, role_id)
            known = {a.id for a in matrix.activities}
            model.set_activity_filter(lambda _m, a: a.id in keep or a.id not in known)
            self._role = role_id
            self._text = QCoreApplication.translate(
                "RoleFilter", "{0} of {1} activities: {2}"
            ).format(len(keep), len(known), _filter_name(model, role_id))
        else:
            if model.is_filtered:
                model.set_activity_filter(None)
            self._role, self._text = "", ""
        self._show_state()
        self.changed.emit(self._text)

    def clear(self) -> None:
        """Show every activity again."""
        self.set_role("")

    def set_model(self, model: MatrixModel | None) -> None:
        """Filter ``model``'s activities from now on, listing its roles."""
        if model is self._model:
            return
        if self._model is not None:
            self._model.modelReset.disconnect(self._on_model_reset)
            self._model.columnsInserted.disconnect(self._on_roles_changed)
            self._model.columnsRemoved.disconnect(self._on_roles_changed)
            self._model.headerDataChanged.disconnect(self._on_roles_changed)
        self._model = model
        if model is not None:
            model.modelReset.connect(self._on_model_reset)
            model.columnsInserted.connect(self._on_roles_changed)
            model.columnsRemoved.connect(self._on_roles_changed)
            model.headerDataChanged.connect(self._on_roles_changed)
        self._on_model_reset()

    def _on_picked(self, index: int) -> None:
        self.set_role(str(self.box.itemData(index) or ""))

    def _show_state(self) -> None:
        box = self.box
        box.blockSignals(True)
        try:
            self._fill_box()
            box.setCurrentIndex(max(box.findData(self._role), 0))
        finally:
            box.blockSignals(False)
        active = bool(self._role)
        self.label.setText(self._text)
        palette = self.label.palette()
        tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(72)
        palette.setColor(QPalette.ColorRole.Window, tint)
        self.label.setPalette(palette)
        self.label.setVisible(active)
        self.clear_button.setVisible(active)

    def _fill_box(self) -> None:
        """List the roles, unless the box lists these very roles already.

        Header changes come with every keystroke (finding marks); rebuilding
        a list of hundreds of roles each time would be felt.
        """
        model = self._model
        letters = _leading_letters(model) if model is not None else []
        roles = tuple(model.matrix.roles) if model is not None and letters else ()
        listed = (model, roles, tuple(letters), QCoreApplication.translate("RoleFilter", " or "))
        if listed == self._listed:
            return
        self._listed = listed
        box = self.box
        box.clear()
        box.addItem(QCoreApplication.translate("RoleFilter", "All activities"), "")
        if model is not None:
            for role in roles:
                box.addItem(_filter_name(model, role.id), role.id)

    def _on_model_reset(self) -> None:
        """Another document (or none): its roles, and no filter."""
        if self._role and (self._model is None or not self._model.is_filtered):
            self._role, self._text = "", ""
            self.changed.emit("")
        self._show_state()

    def _on_roles_changed(self, *args: object) -> None:
        if args and args[0] == Qt.Orientation.Vertical:
            return  # activity names or folding: the role list stays
        model = self._model
        if self._role and (model is None or not model.matrix.has_role(self._role)):
            self.clear()
        else:
            self._show_state()


def _leading_letters(model: MatrixModel) -> list[str]:
    scheme = model.matrix.scheme
    return [ch for ch in (scheme.responsible, scheme.accountable) if ch]


def _filter_name(model: MatrixModel, role_id: str) -> str:
    """``"Finance is R or A"``."""
    letters = QCoreApplication.translate("RoleFilter", " or ").join(_leading_letters(model))
    return QCoreApplication.translate("RoleFilter", "{0} is {1}").format(
        model.matrix.role(role_id).name, letters
    )
