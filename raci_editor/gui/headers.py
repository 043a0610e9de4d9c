"""Putting the role and activity headers on a grid over a MatrixModel."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from raci_editor.gui.activity_header import ActivityHeader
from raci_editor.gui.role_header import RoleHeader


def install_headers(view: QTableView) -> tuple[RoleHeader, ActivityHeader]:
    """Give a grid over a MatrixModel its role and activity headers (before or after setModel)."""
    old_roles, old_activities = view.horizontalHeader(), view.verticalHeader()
    roles, activities = RoleHeader(view), ActivityHeader(view)
    roles.setMinimumSectionSize(old_roles.minimumSectionSize())
    roles.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    activities.setDefaultSectionSize(old_activities.defaultSectionSize())
    activities.setMinimumSectionSize(old_activities.minimumSectionSize())
    activities.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setHorizontalHeader(roles)
    view.setVerticalHeader(activities)
    return roles, activities
