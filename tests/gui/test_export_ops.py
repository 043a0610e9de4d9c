"""File › Export › Excel Workbook: the dialog, the background write, the outcome."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from raci_editor.core.edits import CellValue, SetCells
from raci_editor.core.model import Matrix
from raci_editor.core.rule_settings import RuleSetting, Severity, Waiver
from raci_editor.gui import export_ops, settings
from raci_editor.gui.export_ops import export_target
from raci_editor.gui.main_window import MainWindow
from raci_editor.storage import xlsx_export
from raci_editor.storage.formats import read_matrix, write_matrix

pytestmark = pytest.mark.gui
Button = QMessageBox.StandardButton
XLSX = ".xlsx"
WAIT_MS = 10_000


def rich_matrix(matrix: Matrix) -> Matrix:
    """The small matrix with a rule setting and a waiver, which a plain sheet cannot hold."""
    matrix.rules["too-many-consulted"] = RuleSetting(True, Severity.INFO, 4)
    matrix.waivers.append(Waiver("no-accountable", "budget", None, "By committee", "Ann"))
    return matrix


@pytest.fixture
def team_file(tmp_path: Path, matrix: Matrix) -> Path:
    path = tmp_path / "small-team.raci.json"
    write_matrix(rich_matrix(matrix), path)
    return path


@pytest.fixture
def window(qtbot: QtBot, team_file: Path) -> Iterator[MainWindow]:
    """The main window with the small team open; closed at the end without asking."""
    win = MainWindow()
    assert win.open_file(team_file)
    win.show()
    qtbot.wait_exposed(win)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


class Answers:
    """Scripted answers to the export dialog, the replace question and the error dialog."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.chosen = ""
        self.replace = Button.Yes
        self.starts: list[str] = []
        self.filters: list[str] = []
        self.questions: list[str] = []
        self.errors: list[tuple[str, str]] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save_name)
        monkeypatch.setattr(QMessageBox, "critical", self._critical)
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _save_name(self, parent, title, start, pattern, *args):
        self.starts.append(start)
        self.filters.append(pattern)
        return (self.chosen, pattern)

    def _critical(self, parent, title, text, *args):
        self.errors.append((title, text))
        return Button.Ok

    def _question(self, parent, title, text, *args):
        self.questions.append(text)
        return self.replace


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


class SlowWriter:
    """A writer that waits to be released, then writes the real workbook."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.matrices: list[Matrix] = []

    def __call__(self, matrix: Matrix, path: Path) -> None:
        self.matrices.append(matrix)
        assert self.release.wait(WAIT_MS / 1000)
        xlsx_export.save(matrix, path)


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowWriter]:
    writer = SlowWriter()
    monkeypatch.setattr(export_ops, "writer_for", lambda path: writer)
    yield writer
    writer.release.set()  # never leave a worker waiting


def export(qtbot: QtBot, window: MainWindow) -> None:
    """Trigger File › Export › Excel Workbook and wait until the write has ended."""
    window.act.export_actions[XLSX].trigger()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=WAIT_MS)


def set_cell(window: MainWindow, letters: str) -> None:
    matrix = window.document.matrix
    cell = CellValue(matrix.activities[0].id, matrix.roles[0].id, letters, "")
    window.document.apply(SetCells((cell,)), f"Set {letters}")


# -- writing -------------------------------------------------------------------------


def test_export_writes_a_workbook_that_reads_back_as_the_matrix(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    set_cell(window, "I")
    answers.chosen = str(tmp_path / "out.xlsx")
    with qtbot.waitSignal(window.exports.export_finished, timeout=WAIT_MS) as finished:
        window.act.export_actions[XLSX].trigger()
    assert finished.args == [True]
    assert read_matrix(tmp_path / "out.xlsx").matrix == window.document.matrix
    assert window.document.matrix.waivers  # the round trip kept what a sheet cannot show
    assert window.statusBar().currentMessage() == f"Exported {tmp_path / 'out.xlsx'}"
    assert answers.errors == []


def test_export_does_not_mark_the_document_saved(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path, team_file: Path
) -> None:
    answers.chosen = str(tmp_path / "clean.xlsx")
    export(qtbot, window)
    assert not window.isWindowModified()
    set_cell(window, "I")
    answers.chosen = str(tmp_path / "modified.xlsx")
    export(qtbot, window)
    assert (tmp_path / "modified.xlsx").is_file()
    assert window.isWindowModified()
    assert window.document.is_modified
    assert window.path == team_file
    assert window.windowTitle() == "small-team.raci.json[*] — RACI Editor"
    assert window.document.undo_stack.count() == 1


def test_the_dialog_suggests_the_document_name_as_a_workbook(
    qtbot: QtBot, window: MainWindow, answers: Answers, team_file: Path
) -> None:
    export(qtbot, window)  # cancelled: nothing chosen
    assert answers.starts == [str(team_file.parent / "small-team.xlsx")]
    assert answers.filters == ["Excel Workbook (*.xlsx)"]
    window.act.new.trigger()
    export(qtbot, window)
    assert Path(answers.starts[-1]).name == "Untitled.xlsx"


def test_the_extension_is_added_when_none_was_typed(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.chosen = str(tmp_path / "plan")
    export(qtbot, window)
    assert (tmp_path / "plan.xlsx").is_file()
    assert not (tmp_path / "plan").exists()


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("plan", "plan.xlsx"),
        ("plan.xlsx", "plan.xlsx"),
        ("plan.XLSX", "plan.XLSX"),
        ("plan.v2", "plan.v2.xlsx"),
        ("plan.csv", "plan.csv.xlsx"),
    ],
)
def test_export_target(typed: str, written: str) -> None:
    assert export_target(f"/x/{typed}", XLSX) == Path(f"/x/{written}")


def test_replacing_a_file_named_by_the_added_extension_asks_first(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    existing = tmp_path / "plan.xlsx"
    existing.write_bytes(b"keep me")
    answers.chosen = str(tmp_path / "plan")
    answers.replace = Button.Cancel
    export(qtbot, window)
    assert answers.questions == ["plan.xlsx already exists. Replace it?"]
    assert existing.read_bytes() == b"keep me"
    answers.replace = Button.Yes
    export(qtbot, window)
    assert read_matrix(existing).matrix == window.document.matrix


def test_the_last_export_folder_is_remembered(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    answers.chosen = str(folder / "first.xlsx")
    export(qtbot, window)
    answers.chosen = ""
    export(qtbot, window)
    assert answers.starts[-1] == str(folder / "small-team.xlsx")
    assert settings.folder(settings.EXPORT_FOLDER_KEY) == folder
    window.act.new.trigger()
    export(qtbot, window)
    assert answers.starts[-1] == str(folder / "Untitled.xlsx")


def test_a_remembered_folder_that_is_gone_falls_back_to_the_documents(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path, team_file: Path
) -> None:
    settings.set_folder(settings.EXPORT_FOLDER_KEY, tmp_path / "gone")
    export(qtbot, window)
    assert answers.starts == [str(team_file.parent / "small-team.xlsx")]


# -- failures --------------------------------------------------------------------------


@pytest.mark.parametrize("modified", [False, True])
def test_a_failed_export_shows_the_error_and_leaves_the_document(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path, modified: bool
) -> None:
    if modified:
        set_cell(window, "I")
    document, before = window.document, window.document.matrix.copy_deep()
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder", encoding="utf-8")
    target = not_a_folder / "out.xlsx"  # fails even for root
    answers.chosen = str(target)
    with qtbot.waitSignal(window.exports.export_finished, timeout=WAIT_MS) as finished:
        window.act.export_actions[XLSX].trigger()
    assert finished.args == [False]
    [(title, text)] = answers.errors
    assert title == "Cannot export file"
    assert text.startswith(str(target))
    assert "not a folder" in text
    assert "\n" not in text
    assert window.document is document
    assert window.document.matrix == before
    assert window.isWindowModified() == modified
    assert window.document.undo_stack.count() == int(modified)
    assert not window.statusBar().currentMessage().startswith("Exported")
    assert not window.exports.busy


def test_a_bug_in_the_writer_is_reported_not_raised(
    qtbot: QtBot,
    window: MainWindow,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def explode(matrix: Matrix, path: Path) -> None:
        raise ValueError("bug in a writer")

    monkeypatch.setattr(export_ops, "writer_for", lambda path: explode)
    answers.chosen = str(tmp_path / "out.xlsx")
    export(qtbot, window)
    assert answers.errors == [("Cannot export file", "unexpected ValueError: bug in a writer")]


def test_an_extension_without_a_writer_is_refused_at_once(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    assert not window.exports.export_to(tmp_path / "out.docx")
    [(title, text)] = answers.errors
    assert title == "Cannot export file"
    assert "cannot write .docx files" in text
    assert not window.exports.busy


# -- in the background ----------------------------------------------------------------


def test_a_quick_export_shows_no_busy_dialog(
    qtbot: QtBot,
    window: MainWindow,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[QProgressDialog] = []

    class Recording(QProgressDialog):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(export_ops, "QProgressDialog", Recording)
    data = xlsx_export.dumps(window.document.matrix)  # so that the write itself is instant
    monkeypatch.setattr(export_ops, "writer_for", lambda path: lambda m, p: p.write_bytes(data))
    answers.chosen = str(tmp_path / "quick.xlsx")
    window.act.export_actions[XLSX].trigger()
    assert window.exports.busy  # the write runs in the background …
    # … and ends before the busy dialog is due
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=export_ops.BUSY_DELAY_MS)
    assert read_matrix(tmp_path / "quick.xlsx").matrix == window.document.matrix
    qtbot.wait(export_ops.BUSY_DELAY_MS + 100)
    assert made == []
    assert window.exports.busy_dialog is None


def test_a_slow_export_shows_a_busy_dialog_and_the_window_goes_on(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path, slow: SlowWriter
) -> None:
    before = window.document.matrix.copy_deep()
    answers.chosen = str(tmp_path / "slow.xlsx")
    window.act.export_actions[XLSX].trigger()
    assert window.exports.busy_dialog is None  # not at once
    qtbot.waitUntil(
        lambda: window.exports.busy_dialog is not None and window.exports.busy_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = window.exports.busy_dialog
    assert dialog is not None
    assert (dialog.minimum(), dialog.maximum()) == (0, 0)
    assert dialog.findChildren(QPushButton) == []  # nothing to cancel: the write is atomic
    assert not dialog.isModal()
    set_cell(window, "I")  # the window goes on working while the file is written
    assert not window.exports.export_to(tmp_path / "second.xlsx")
    assert window.statusBar().currentMessage() == "An export is still being written"
    slow.release.set()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=WAIT_MS)
    assert window.exports.busy_dialog is None
    assert not (shiboken6.isValid(dialog) and dialog.isVisible())
    assert slow.matrices[0] is not window.document.matrix
    assert read_matrix(tmp_path / "slow.xlsx").matrix == before  # the matrix as it was
    assert window.document.matrix != before
    assert not (tmp_path / "second.xlsx").exists()
    assert answers.errors == []


def test_closing_the_window_waits_for_the_export(
    qtbot: QtBot, answers: Answers, tmp_path: Path, slow: SlowWriter
) -> None:
    win = MainWindow()
    win.show()
    qtbot.wait_exposed(win)
    answers.chosen = str(tmp_path / "late.xlsx")
    win.act.export_actions[XLSX].trigger()
    assert win.exports.busy
    threading.Timer(0.2, slow.release.set).start()
    assert win.close()
    assert not win.exports.busy
    assert (tmp_path / "late.xlsx").is_file()
    win.deleteLater()


# -- the menu ---------------------------------------------------------------------------


def test_the_export_menu_follows_save_as(window: MainWindow) -> None:
    act = window.act
    file_menu = window.menuBar().actions()[0].menu()
    entries = file_menu.actions()
    after_save_as = entries[entries.index(act.save_as) + 1]
    assert after_save_as.menu() is act.export_menu
    assert after_save_as.text() == "&Export"
    excel, *others = act.export_menu.actions()
    assert excel is act.export_actions[XLSX]
    assert [a.text() for a in others] == [
        "&PDF…",
        "PN&G Image…",
        "&Web Page…",
        "&Markdown Table…",
    ]
    assert excel.text() == "&Excel Workbook…"
    assert excel.shortcut() == QKeySequence("Ctrl+E")


def test_ctrl_e_in_the_grid_opens_the_export_dialog(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    window.activateWindow()
    window.focus_grid()
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.starts) == 1
    assert window.document.undo_stack.count() == 0  # not taken as a letter


def test_the_shortcuts_list_names_the_export(window: MainWindow) -> None:
    rows = dict(window.act.shortcut_sections())["File"]
    assert ("Ctrl+E", "Export › Excel Workbook") in rows
    assert ("Ctrl+Shift+S", "Save As") in rows


WEB_FORMATS = {".html": "<!DOCTYPE html>", ".md": "| Activity |"}


@pytest.mark.parametrize("ext", WEB_FORMATS)
def test_the_web_formats_export_from_the_menu(
    window: MainWindow, answers: Answers, tmp_path: Path, qtbot: QtBot, ext: str
) -> None:
    target = tmp_path / f"team{ext}"
    answers.chosen = str(target)
    window.act.export_actions[ext].trigger()
    qtbot.waitUntil(target.is_file)
    text = target.read_text(encoding="utf-8")
    assert WEB_FORMATS[ext] in text
    assert window.document.matrix.activities[0].name in text
