"""The cell painter: tints that read in light and dark palettes, note marks, group bands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from raci_editor.core.model import Matrix
from raci_editor.core.scheme import BUILTIN_SCHEMES
from raci_editor.gui.cell_delegate import (
    NOTE_MARK,
    SELECTION_MIX,
    CellDelegate,
    composite,
    contrast,
    readable_on,
)
from raci_editor.gui.document import Document
from raci_editor.gui.matrix_model import MatrixModel
from raci_editor.gui.matrix_view import MatrixView
from raci_editor.gui.palette import GROUP_BAND, letter_brushes

pytestmark = pytest.mark.gui


def light_palette() -> QPalette:
    """Black on white, a blue highlight."""
    return make_palette("#ffffff", "#000000", "#308cc6", "#ffffff")


def dark_palette() -> QPalette:
    """Light grey on near-black, a blue highlight."""
    return make_palette("#1e1e1e", "#e6e6e6", "#2a82da", "#ffffff")


def make_palette(base: str, text: str, highlight: str, highlighted_text: str) -> QPalette:
    """A palette with the four colours the delegate reads, in every colour group."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.Window, base),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.HighlightedText, highlighted_text),
    ):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("selected", [False, True])
def test_every_tint_keeps_its_letters_readable(name: str, selected: bool) -> None:
    palette = PALETTES[name]()
    for scheme in BUILTIN_SCHEMES.values():
        _, brushes = letter_brushes(scheme)
        for letter, brush in brushes.items():
            background = composite(palette.color(QPalette.ColorRole.Base), brush.color())
            role = QPalette.ColorRole.Text
            if selected:
                highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
                highlight.setAlphaF(SELECTION_MIX)
                background = composite(background, highlight)
                role = QPalette.ColorRole.HighlightedText
            pen = readable_on(background, palette.color(role))
            assert contrast(background, pen) >= 4.5, (scheme.name, letter)


def test_contrast_of_black_and_white_is_21() -> None:
    black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
    assert contrast(black, white) == pytest.approx(21)
    assert readable_on(white, QColor("#ffff00")) == black


@pytest.fixture
def view(qtbot: QtBot, matrix: Matrix) -> MatrixView:
    """A shown grid over the small matrix (its blog/writer cell has a note)."""
    grid = MatrixView()
    grid.setModel(MatrixModel(Document(matrix), grid))
    qtbot.addWidget(grid)
    grid.resize(640, 320)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def render(view: MatrixView) -> QImage:
    """The viewport as painted."""
    return view.viewport().grab().toImage()


def pixel(image: QImage, view: MatrixView, row: int, column: int, where: str) -> QColor:
    """A pixel of a cell: ``"corner"`` (top right, inside the note mark) or ``"edge"`` (left)."""
    rect = view.visualRect(view.model().index(row, column))
    scale = image.devicePixelRatio()
    if where == "corner":
        point = QPoint(rect.right() - 1, rect.top() + 1)
    else:
        point = QPoint(rect.left() + 3, rect.center().y())
    return image.pixelColor(int(point.x() * scale), int(point.y() * scale))


def close(a: QColor, b: QColor, tolerance: int = 3) -> bool:
    """Whether two colours are equal but for rounding."""
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_the_view_uses_the_cell_delegate(view: MatrixView) -> None:
    delegate = view.itemDelegate()
    assert isinstance(delegate, CellDelegate)
    index = view.model().index(1, 0)
    assert delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index) is None


@pytest.mark.parametrize("name", PALETTES)
def test_a_note_has_a_corner_mark_in_both_palettes(view: MatrixView, name: str) -> None:
    view.setPalette(PALETTES[name]())
    image = render(view)
    # Row 3 is "blog"; the writer (column 1) has a note, the finance column (2) has none.
    assert close(pixel(image, view, 3, 1, "corner"), NOTE_MARK)
    assert not close(pixel(image, view, 3, 2, "corner"), NOTE_MARK)


@pytest.mark.parametrize("name", PALETTES)
def test_tints_group_bands_and_selection_are_painted(view: MatrixView, name: str) -> None:
    palette = PALETTES[name]()
    view.setPalette(palette)
    base = palette.color(QPalette.ColorRole.Base)
    model = view.model()
    image = render(view)
    tinted = pixel(image, view, 1, 0, "edge")  # plan / director: A
    assert close(
        tinted, composite(base, model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).color())
    )
    assert close(pixel(image, view, 1, 3, "edge"), base)  # plan / legal: empty
    assert close(pixel(image, view, 0, 2, "edge"), composite(base, GROUP_BAND))
    view.selectionModel().select(
        model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    selected = pixel(render(view), view, 1, 0, "edge")
    assert not close(selected, tinted, 10)
