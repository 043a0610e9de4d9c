"""install_headers: the role and activity headers put on a grid, before or after its model."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from raci_editor.core.model import Matrix
from raci_editor.gui.document import Document
from raci_editor.gui.headers import install_headers
from raci_editor.gui.matrix_model import MatrixModel

pytestmark = pytest.mark.gui


def test_install_headers_puts_both_headers_on_the_view(header_grid) -> None:
    view, _, roles, activities = header_grid
    assert view.horizontalHeader() is roles
    assert view.verticalHeader() is activities
    assert roles.model() is view.model()


def test_headers_can_be_installed_after_set_model(qtbot, matrix: Matrix) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(MatrixModel(Document(matrix), parent=view))
    roles, _ = install_headers(view)
    assert roles.count() == 4
    assert roles.band_height() > 0
