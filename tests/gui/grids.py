"""Helpers the grid tests share."""

from __future__ import annotations

from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.matrix_view import MatrixView


def model_of(view: MatrixView) -> MatrixModel:
    """The view's model, typed."""
    model = view.model()
    assert isinstance(model, MatrixModel)
    return model
