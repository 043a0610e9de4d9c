"""PDF and PNG exports: every name printed, headers on every page, the PNG at 2x, the CLI."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPdfWriter
from PySide6.QtPrintSupport import QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from raci_editor import paths
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.scheme import RACI
from raci_editor.gui.main_window import MainWindow
from raci_editor.gui.render import write_pdf, write_png
from raci_editor.gui.render.document import image_size, plan
from raci_editor.gui.render.geometry import measure
from raci_editor.gui.render.style import Style, letter_colours
from raci_editor.gui.render.writers import PIXEL_RATIO, page_layout
from raci_editor.storage.errors import FileError
from raci_editor.storage.formats import read_matrix

pytestmark = pytest.mark.gui
PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler) is not on PATH")
SAMPLES = ("marketing-team.en", "marketing-team.zh-CN")
HEADLESS_UNSET = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")


def sample(stem: str) -> Matrix:
    return read_matrix(paths.samples_dir() / f"{stem}.raci.json").matrix


def big_matrix(activities: int = 300, roles: int = 40) -> Matrix:
    """A matrix that needs pages down and across: groups of 12 activities, of 5 roles."""
    matrix = Matrix(
        title="Big programme",
        roles=[Role(id=f"r{j}", name=f"Role{j:02d}", group=f"Unit {j // 5}") for j in range(roles)],
        activities=[
            Activity(id=f"a{i}", name=f"Activity{i:03d} step", group=f"Phase {i // 12}")
            for i in range(activities)
        ],
    )
    for i in range(activities):
        matrix.letters[f"a{i}"] = {f"r{i % roles}": "A", f"r{(i + 1) % roles}": "R"}
    return matrix


def squeeze(text: str) -> str:
    """Text without white space, ligatures (U+FB00 "ff") spelt out."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, whitespace removed (wrapped names join up again)."""
    assert PDFTOTEXT is not None
    out = subprocess.run(
        [PDFTOTEXT, "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
        encoding="utf-8",
    ).stdout
    return [squeeze(page) for page in out.split("\f") if page.strip()]


@needs_pdftotext
@pytest.mark.parametrize("stem", SAMPLES)
def test_pdf_prints_every_role_and_activity(qapp: object, tmp_path: Path, stem: str) -> None:
    matrix = sample(stem)
    target = tmp_path / "out.pdf"
    write_pdf(matrix, target)
    assert target.read_bytes().startswith(b"%PDF")
    text = "".join(pdf_pages(target))
    missing = [n.name for n in (*matrix.roles, *matrix.activities) if squeeze(n.name) not in text]
    assert not missing
    assert squeeze(matrix.title) in text


@needs_pdftotext
def test_a_big_matrix_splits_into_pages_with_headers_on_each(qapp: object, tmp_path: Path) -> None:
    matrix = big_matrix()
    target = tmp_path / "big.pdf"
    write_pdf(matrix, target)
    pages = pdf_pages(target)
    assert len(pages) > 1
    matrix_pages = [p for p in pages if "Activity" in p]  # the corner label of the grid
    assert len(matrix_pages) > 2
    for page in matrix_pages:  # role names head every page, and the legend
        assert sum(r.name in page for r in matrix.roles) >= 5
        assert "Accountable" in page
    text = "".join(pages)
    assert all(r.name in text for r in matrix.roles)
    assert all(squeeze(a.name) in text for a in matrix.activities)
    assert text.count("Activity000step") >= 2  # wide: the names repeat on each page column


def test_a_group_that_fits_stays_on_one_page(qapp: object) -> None:
    device = QPdfWriter(os.devnull)
    device.setResolution(1200)
    device.setPageLayout(page_layout())
    printout = plan(big_matrix(), device)
    spans = printout.geometry.row_spans
    for page in printout.pages:
        for piece in page.rows:
            assert (piece.start, piece.stop) == (0, len(spans[piece.run].indices))
    assert len({p.columns for p in printout.pages}) > 1  # 40 roles do not fit across A4


def test_png_is_twice_the_logical_size_and_shows_the_legend(qapp: object, tmp_path: Path) -> None:
    matrix = sample("product-launch-draft.en")
    target = tmp_path / "out.png"
    write_png(matrix, target)
    image = QImage(str(target))
    assert not image.isNull()
    probe = QImage(1, 1, QImage.Format.Format_ARGB32)
    probe.setDevicePixelRatio(PIXEL_RATIO)
    style = Style.for_device(probe)
    size = image_size(style, matrix, measure(style, matrix, [], style.pt(900)))
    assert (image.width(), image.height()) == (
        round(size.width() * PIXEL_RATIO),
        round(size.height() * PIXEL_RATIO),
    )
    _, colours = letter_colours(RACI)
    legend_band = image.copy(0, 0, image.width(), round(image.height() * 0.12))
    seen = {legend_band.pixelColor(x, y).rgb() for x in range(0, legend_band.width(), 2)
            for y in range(0, legend_band.height(), 2)}  # fmt: skip
    for letter in "RACI":
        assert colours[letter].rgb() in seen, letter
    assert QColor(255, 255, 255).rgb() in seen


def test_a_failed_write_is_a_file_error_and_leaves_the_old_file(
    qapp: object, tmp_path: Path
) -> None:
    with pytest.raises(FileError, match="cannot write"):
        write_pdf(sample("marketing-team.en"), tmp_path / "missing" / "out.pdf")
    old = tmp_path / "old.png"
    old.write_bytes(b"old")
    (tmp_path / "locked").mkdir()
    with pytest.raises(FileError):
        write_png(sample("marketing-team.en"), tmp_path / "locked")
    assert old.read_bytes() == b"old"


def convert_headless(src: Path, dst: Path) -> subprocess.CompletedProcess[str]:
    """``python -m raci_editor convert`` with no display and no Qt platform set."""
    env = {k: v for k, v in os.environ.items() if k not in HEADLESS_UNSET}
    command = [sys.executable, "-m", "raci_editor", "convert", str(src), str(dst)]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.mark.parametrize("ext", [".pdf", ".png"])
def test_cli_converts_headless(tmp_path: Path, ext: str) -> None:
    src = paths.samples_dir() / "marketing-team.zh-CN.raci.json"
    target = tmp_path / f"out{ext}"
    result = convert_headless(src, target)
    assert (result.returncode, result.stderr) == (0, "")
    magic = b"%PDF" if ext == ".pdf" else b"\x89PNG"
    assert target.read_bytes().startswith(magic)
    bad = convert_headless(src, tmp_path / "no" / f"x{ext}")
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1
    assert bad.stderr.startswith("raci-editor: error: ")


def test_print_preview_renders_the_pages(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(paths.samples_dir() / "product-launch-draft.en.raci.json")
    assert window.act.print_.shortcut().toString() == "Ctrl+P"
    dialog = window.act.printing.print_preview()
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() == 2, timeout=10_000)
    dialog.close()


@pytest.mark.parametrize("ext", [".pdf", ".png"])
def test_file_export_writes_pdf_and_png_in_the_background(
    qtbot: QtBot, tmp_path: Path, ext: str
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(paths.samples_dir() / "marketing-team.zh-CN.raci.json")
    assert ext in window.act.export_actions
    target = tmp_path / f"team{ext}"
    with qtbot.wait_signal(window.exports.export_finished, timeout=20_000) as finished:
        assert window.exports.export_to(target)
    assert finished.args == [True]
    assert target.read_bytes().startswith(b"%PDF" if ext == ".pdf" else b"\x89PNG")
    assert not window.document.path or window.document.path.suffix != ext
