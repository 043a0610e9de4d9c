"""File menu: new, templates, open, save, save as, close, quit, and never losing work."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from raci_editor import paths
from raci_editor.core.edits import CellValue, SetCells
from raci_editor.core.importing import ColumnKind
from raci_editor.core.model import Matrix
from raci_editor.core.rule_settings import RuleSetting, Severity, Waiver
from raci_editor.gui import file_ops, settings
from raci_editor.gui.import_preview import ImportPreviewDialog
from raci_editor.gui.main_window import MainWindow
from raci_editor.storage import native, xlsx_export
from raci_editor.storage.errors import FileError
from raci_editor.storage.formats import write_matrix

pytestmark = pytest.mark.gui
Button = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    """A main window on screen, closed at the end without asking."""
    win = MainWindow()
    win.show()
    qtbot.wait_exposed(win)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A copy of the English marketing-team sample."""
    copy = tmp_path / "team.raci.json"
    shutil.copyfile(paths.sample_path("marketing-team.en.raci.json"), copy)
    return copy


class Answers:
    """Scripted answers to the window's questions, and what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.save_prompt = Button.Cancel
        self.save_as: str = ""
        self.warning = Button.Ok
        self.asked: list[str] = []
        self.errors: list[tuple[str, str]] = []
        self.warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "critical", self._critical)
        monkeypatch.setattr(QMessageBox, "warning", self._warning)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save_name)

    def _question(self, parent, title, text, buttons=None, default=None):
        self.asked.append(text)
        assert buttons == Button.Save | Button.Discard | Button.Cancel
        assert default == Button.Save
        return self.save_prompt

    def _critical(self, parent, title, text, *args):
        self.errors.append((title, text))
        return Button.Ok

    def _warning(self, parent, title, text, *args):
        self.warnings.append(text)
        return self.warning

    def _save_name(self, *args, **kwargs):
        self.asked.append("save as")
        return (self.save_as, "RACI matrix (*.raci.json)")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


class Previews:
    """Answers the import preview: Import when it can (or Cancel), and keeps what it showed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.cancel = False
        self.before_import: list[Callable[[ImportPreviewDialog], object]] = []
        """Called with the dialog before answering (to make choices in it)."""
        self.shown: list[tuple[str, bool, str]] = []

        def exec_(dialog: ImportPreviewDialog) -> int:  # a function, so that it binds as exec
            return self.answer(dialog)

        monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)

    def answer(self, dialog: ImportPreviewDialog) -> int:
        """What ``dialog.exec()`` returns: Import when it is enabled, unless told to cancel."""
        for choose in self.before_import:
            choose(dialog)
        enabled = dialog.import_button.isEnabled()
        self.shown.append((dialog.windowTitle(), enabled, dialog.summary.text()))
        if self.cancel or not enabled:
            return QDialog.DialogCode.Rejected
        dialog.import_button.click()
        return dialog.result()


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> Previews:
    return Previews(monkeypatch)


def team_workbook(path: Path, roles: list[str] | None = None) -> Path:
    """A workbook with a title above the matrix and a cell that is not a letter."""
    roles = roles or ["Project Manager", "Developer", "QA"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "RACI"
    sheet.append(["Team responsibilities"])
    sheet.append([])
    sheet.append(["Activity", *roles])
    sheet.append(["Plan the release", "A", "R", "C"])
    sheet.append(["Build it", "I", "R/A", "ask Bo"])
    sheet.append(["Ship it", "A", "R", "I"])
    book.save(path)
    return path


def set_cell(window: MainWindow, activity: str, role: str, letters: str) -> None:
    cell = CellValue(activity, role, letters, window.document.matrix.note(activity, role))
    window.document.apply(SetCells((cell,)), f"Set {letters}")


def first_cell(window: MainWindow) -> tuple[str, str]:
    matrix = window.document.matrix
    return matrix.activities[0].id, matrix.roles[0].id


# -- save ------------------------------------------------------------------------


def test_save_writes_exactly_the_changed_cell(
    window: MainWindow, sample_copy: Path, answers: Answers
) -> None:
    before = native.load(sample_copy)
    window.open_file(sample_copy)
    activity, role = first_cell(window)
    new = "I" if before.cell(activity, role) != "I" else "C"
    set_cell(window, activity, role, new)
    assert window.isWindowModified()
    window.act.save.trigger()
    assert answers.asked == []
    assert not window.isWindowModified()
    after = native.load(sample_copy)
    assert after.cell(activity, role) == new
    after.put_cell(activity, role, before.cell(activity, role), before.note(activity, role))
    assert after == before


def test_undo_before_saving_leaves_the_file_as_it_was(
    window: MainWindow, sample_copy: Path, answers: Answers
) -> None:
    text = sample_copy.read_bytes()
    window.open_file(sample_copy)
    set_cell(window, *first_cell(window), "I")
    window.act.undo.trigger()
    assert not window.isWindowModified()
    window.act.save.trigger()
    assert native.load(sample_copy) == native.loads(text)


def test_the_marker_comes_back_after_undoing_past_a_save(
    window: MainWindow, sample_copy: Path, answers: Answers
) -> None:
    window.open_file(sample_copy)
    set_cell(window, *first_cell(window), "I")
    window.act.save.trigger()
    assert not window.isWindowModified()
    window.act.undo.trigger()
    assert window.isWindowModified()
    window.act.redo.trigger()
    assert not window.isWindowModified()


def test_save_as_writes_a_new_file_and_renames_the_window(
    window: MainWindow, sample_copy: Path, answers: Answers, tmp_path: Path
) -> None:
    window.open_file(sample_copy)
    set_cell(window, *first_cell(window), "I")
    answers.save_as = str(tmp_path / "renamed.raci.json")
    window.act.save_as.trigger()
    assert window.path == tmp_path / "renamed.raci.json"
    assert window.windowTitle() == "renamed.raci.json[*] — RACI Editor"
    assert not window.isWindowModified()
    assert native.load(tmp_path / "renamed.raci.json") == window.document.matrix
    assert native.load(sample_copy) != window.document.matrix


def test_save_as_adds_the_native_extension(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.save_as = str(tmp_path / "plan")
    window.act.save_as.trigger()
    assert window.path == tmp_path / "plan.raci.json"
    assert (tmp_path / "plan.raci.json").is_file()


@pytest.mark.parametrize(
    ("typed", "selected", "written"),
    [
        ("a.raci.json", "RACI matrix (*.raci.json)", "a.raci.json"),
        ("a", "RACI matrix (*.raci.json)", "a.raci.json"),
        ("a.json", "RACI matrix (*.raci.json)", "a.raci.json"),
        ("a.RACI.JSON", "RACI matrix (*.raci.json)", "a.RACI.JSON"),
        ("a", "CSV grid (*.csv)", "a.csv"),
        ("a.csv", "RACI matrix (*.raci.json)", "a.csv"),
    ],
)
def test_save_target(typed: str, selected: str, written: str) -> None:
    assert file_ops.save_target(f"/x/{typed}", selected) == Path(f"/x/{written}")


def test_save_of_a_new_matrix_asks_where(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    window.matrix_ops.add_role()
    answers.save_as = str(tmp_path / "new.raci.json")
    window.act.save.trigger()
    assert answers.asked == ["save as"]
    assert native.load(tmp_path / "new.raci.json").roles[0].name == "New role"


def test_cancelling_save_as_changes_nothing(window: MainWindow, answers: Answers) -> None:
    window.matrix_ops.add_role()
    window.act.save.trigger()
    assert window.path is None
    assert window.isWindowModified()


def test_a_failed_save_is_reported_and_the_document_stays_modified(
    window: MainWindow, sample_copy: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = sample_copy.read_bytes()
    window.open_file(sample_copy)
    set_cell(window, *first_cell(window), "I")

    def fail(matrix, path):
        raise FileError(path, "cannot write: the disk is full")

    monkeypatch.setattr("raci_editor.gui.document.write_matrix", fail)
    window.act.save.trigger()
    assert answers.errors == [
        ("Cannot save file", f"{sample_copy}: cannot write: the disk is full")
    ]
    assert window.isWindowModified()
    assert window.path == sample_copy
    assert sample_copy.read_bytes() == text


def test_save_as_csv_warns_what_is_lost(
    window: MainWindow, sample_copy: Path, answers: Answers, tmp_path: Path
) -> None:
    window.open_file(sample_copy)
    answers.save_as = str(tmp_path / "grid.csv")
    answers.warning = Button.Cancel
    window.act.save_as.trigger()
    assert "notes" in answers.warnings[0]
    assert not (tmp_path / "grid.csv").exists()
    answers.warning = Button.Ok
    window.act.save_as.trigger()
    assert (tmp_path / "grid.csv").read_text(encoding="utf-8-sig").startswith("Group,Activity,")
    assert window.windowTitle() == "grid.csv[*] — RACI Editor"


# -- open ------------------------------------------------------------------------


def test_a_broken_file_is_reported_and_the_document_kept(
    window: MainWindow, matrix_file: Path, broken_file: Path, answers: Answers
) -> None:
    window.open_file(matrix_file)
    shown = window.document
    assert not window.open_file(broken_file)
    [(title, text)] = answers.errors
    assert title == "Cannot open file"
    assert str(broken_file) in text
    assert "not valid JSON" in text
    assert "\n" not in text
    assert window.document is shown
    assert window.path == matrix_file


def test_a_missing_file_is_reported(window: MainWindow, tmp_path: Path, answers: Answers) -> None:
    assert not window.open_file(tmp_path / "gone.raci.json")
    assert "no such file" in answers.errors[0][1]
    assert window.path is None


def test_an_unexpected_failure_is_reported_not_raised(
    window: MainWindow, matrix_file: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(path):
        raise ValueError("bug in a reader")

    monkeypatch.setattr(file_ops, "read_matrix", explode)
    assert not window.open_file(matrix_file)
    assert answers.errors == [("Cannot open file", "unexpected ValueError: bug in a reader")]


def test_file_open_opens_the_chosen_file(
    window: MainWindow, matrix_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(matrix_file), ""))
    window.act.open.trigger()
    assert window.path == matrix_file


def test_cancelling_file_open_keeps_the_matrix(
    window: MainWindow, matrix_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_file(matrix_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.act.open.trigger()
    assert window.path == matrix_file


def test_opening_another_file_asks_about_unsaved_changes(
    window: MainWindow, matrix_file: Path, sample_copy: Path, answers: Answers
) -> None:
    window.open_file(sample_copy)
    set_cell(window, *first_cell(window), "I")
    answers.save_prompt = Button.Cancel
    assert not window.open_file(matrix_file)
    assert answers.asked == ["Save the changes to team.raci.json before closing it?"]
    assert window.path == sample_copy
    assert window.isWindowModified()
    answers.save_prompt = Button.Discard
    assert window.open_file(matrix_file)
    assert window.path == matrix_file
    assert native.load(sample_copy) == native.load(paths.sample_path(paths.DEFAULT_SAMPLE))


def test_a_csv_opens_untitled_and_saves_through_save_as(
    window: MainWindow, tmp_path: Path, answers: Answers, previews: Previews
) -> None:
    csv = tmp_path / "team.csv"
    sample = native.load(paths.sample_path(paths.DEFAULT_SAMPLE))
    write_matrix(sample, csv)
    assert window.open_file(csv)
    assert [title for title, _, _ in previews.shown] == ["Import team.csv"]
    assert [a.name for a in window.document.matrix.activities] == [
        a.name for a in sample.activities
    ]
    assert window.path is None
    assert window.source == csv
    assert window.windowTitle() == "team.csv[*] — RACI Editor"
    answers.save_as = str(tmp_path / "team.raci.json")
    window.act.save.trigger()
    assert answers.asked == ["save as"]
    assert window.path == tmp_path / "team.raci.json"


# -- new, templates, close ----------------------------------------------------------


def test_new_shows_an_empty_untitled_matrix(
    window: MainWindow, matrix_file: Path, answers: Answers
) -> None:
    window.open_file(matrix_file)
    window.act.new.trigger()
    assert window.path is None
    assert window.document.matrix.roles == []
    assert window.windowTitle() == "Untitled[*] — RACI Editor"
    assert answers.asked == []


@pytest.mark.parametrize("stem", ["marketing-team", "product-launch", "event"])
def test_a_template_opens_as_an_untitled_copy(
    window: MainWindow, answers: Answers, stem: str
) -> None:
    [action] = [a for a in window.act.templates_menu.actions() if a.objectName().endswith(stem)]
    action.trigger()
    assert window.path is None
    assert window.windowTitle() == "Untitled[*] — RACI Editor"
    assert not window.isWindowModified()
    assert window.document.matrix == native.load(paths.sample_path(f"{stem}.en.raci.json"))
    assert window.document.undo_stack.count() == 0


def test_new_with_unsaved_changes_asks_and_cancel_keeps_them(
    window: MainWindow, answers: Answers
) -> None:
    window.matrix_ops.add_role()
    window.act.new.trigger()
    assert len(answers.asked) == 1
    assert len(window.document.matrix.roles) == 1


def test_close_asks_then_shows_an_empty_matrix(
    window: MainWindow, sample_copy: Path, answers: Answers
) -> None:
    window.open_file(sample_copy)
    set_cell(window, *first_cell(window), "I")
    answers.save_prompt = Button.Cancel
    window.act.close.trigger()
    assert window.path == sample_copy
    answers.save_prompt = Button.Discard
    window.act.close.trigger()
    assert window.path is None
    assert window.document.matrix.activities == []
    assert window.isVisible()


# -- quit -------------------------------------------------------------------------


def test_quit_without_changes_closes_at_once(
    window: MainWindow, matrix_file: Path, answers: Answers
) -> None:
    window.open_file(matrix_file)
    window.act.quit.trigger()
    assert not window.isVisible()
    assert answers.asked == []


def test_quit_with_unsaved_changes_and_cancel_keeps_everything(
    window: MainWindow, sample_copy: Path, answers: Answers
) -> None:
    window.open_file(sample_copy)
    set_cell(window, *first_cell(window), "I")
    answers.save_prompt = Button.Cancel
    window.act.quit.trigger()
    assert answers.asked == ["Save the changes to team.raci.json before closing it?"]
    assert window.isVisible()
    assert window.isWindowModified()


def test_quit_with_discard_closes_without_saving(
    window: MainWindow, sample_copy: Path, answers: Answers
) -> None:
    text = sample_copy.read_bytes()
    window.open_file(sample_copy)
    set_cell(window, *first_cell(window), "I")
    answers.save_prompt = Button.Discard
    window.act.quit.trigger()
    assert not window.isVisible()
    assert sample_copy.read_bytes() == text


def test_quit_with_save_saves_then_closes(
    window: MainWindow, sample_copy: Path, answers: Answers
) -> None:
    window.open_file(sample_copy)
    activity, role = first_cell(window)
    set_cell(window, activity, role, "I")
    answers.save_prompt = Button.Save
    window.act.quit.trigger()
    assert not window.isVisible()
    assert native.load(sample_copy).cell(activity, role) == "I"


def test_quit_with_save_of_an_untitled_matrix_cancelled_stays_open(
    window: MainWindow, answers: Answers
) -> None:
    window.matrix_ops.add_role()
    answers.save_prompt = Button.Save
    answers.save_as = ""  # the Save As dialog is cancelled
    window.act.quit.trigger()
    assert answers.asked[-1] == "save as"
    assert window.isVisible()
    assert window.isWindowModified()


def test_quit_with_a_failing_save_stays_open(
    window: MainWindow, sample_copy: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_file(sample_copy)
    set_cell(window, *first_cell(window), "I")

    def fail(matrix, path):
        raise FileError(path, "cannot write: permission denied")

    monkeypatch.setattr("raci_editor.gui.document.write_matrix", fail)
    answers.save_prompt = Button.Save
    window.act.quit.trigger()
    assert window.isVisible()
    assert answers.errors[0][0] == "Cannot save file"


def test_save_as_proposes_the_name_and_folder_of_the_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, previews: Previews
) -> None:
    csv = tmp_path / "team.v2.csv"
    write_matrix(native.load(paths.sample_path(paths.DEFAULT_SAMPLE)), csv)
    window.open_file(csv)
    proposed: list[str] = []

    def save_name(parent, title, start, *args):
        proposed.append(start)
        return ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.act.save.trigger()
    window.act.new.trigger()
    window.act.save_as.trigger()
    assert proposed == [str(tmp_path / "team.v2.raci.json"), str(tmp_path / "Untitled.raci.json")]


def test_templates_follow_the_interface_language(
    window: MainWindow, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    from raci_editor.gui import language

    monkeypatch.setattr(language, "current", lambda: language.CHINESE)
    assert window.files.new_from_template("event")
    assert window.document.matrix == native.load(paths.sample_path("event.zh-CN.raci.json"))
    assert window.path is None


def test_templates_do_not_follow_the_system_locale(window: MainWindow, answers: Answers) -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))  # the interface is still English
    try:
        assert window.files.new_from_template("event")
    finally:
        QLocale.setDefault(previous)
    assert window.document.matrix == native.load(paths.sample_path("event.en.raci.json"))


def test_a_template_without_a_translation_falls_back_to_english() -> None:
    assert paths.template_path("event", "fr") == paths.sample_path("event.en.raci.json")


# -- spreadsheets ------------------------------------------------------------------


def test_a_workbook_opens_through_the_preview_as_an_untitled_matrix(
    window: MainWindow, tmp_path: Path, previews: Previews, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = team_workbook(tmp_path / "team.xlsx")
    assert window.open_file(book)
    [(title, enabled, summary)] = previews.shown
    assert (title, enabled) == ("Import team.xlsx", True)
    assert summary.startswith("3 activities and 3 roles")
    matrix = window.document.matrix
    assert [r.name for r in matrix.roles] == ["Project Manager", "Developer", "QA"]
    assert window.path is None
    assert window.source == book
    assert not window.isWindowModified()
    assert window.windowTitle() == "team.xlsx[*] — RACI Editor"
    assert settings.recent_files()[0] == book
    rules = {f.rule for f in window.document.read_findings}
    assert "unknown-code" in rules  # "ask Bo" is kept as a note and listed as a problem
    assert "import" not in rules
    proposed: list[str] = []

    def save_name(parent, title, start, *args):
        proposed.append(start)
        return ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.act.save.trigger()
    assert proposed == [str(tmp_path / "team.raci.json")]


def test_the_choices_made_in_the_preview_are_what_opens(
    window: MainWindow, tmp_path: Path, previews: Previews
) -> None:
    previews.before_import.append(lambda d: d.mark_columns([3], ColumnKind.IGNORED))
    assert window.open_file(team_workbook(tmp_path / "team.xlsx"))
    assert [r.name for r in window.document.matrix.roles] == ["Project Manager", "Developer"]


def test_cancelling_the_preview_keeps_the_document(
    window: MainWindow, matrix_file: Path, tmp_path: Path, answers: Answers, previews: Previews
) -> None:
    window.open_file(matrix_file)
    shown = window.document
    previews.cancel = True
    assert not window.open_file(team_workbook(tmp_path / "team.xlsx"))
    assert window.document is shown
    assert answers.errors == []


def test_a_sheet_without_a_matrix_cannot_be_imported(
    window: MainWindow, matrix_file: Path, tmp_path: Path, previews: Previews
) -> None:
    window.open_file(matrix_file)
    book = openpyxl.Workbook()
    book.active.append(["Shopping list"])
    book.active.append(["milk"])
    book.save(tmp_path / "list.xlsx")
    assert not window.open_file(tmp_path / "list.xlsx")
    [(_, enabled, summary)] = previews.shown
    assert not enabled
    assert summary.startswith("No RACI matrix found in list.xlsx: ")
    assert window.path == matrix_file


def test_a_broken_workbook_is_reported_and_the_document_kept(
    window: MainWindow, matrix_file: Path, tmp_path: Path, answers: Answers, previews: Previews
) -> None:
    window.open_file(matrix_file)
    shown = window.document
    broken = tmp_path / "broken.xlsx"
    broken.write_text("Activity,PM\nPlan,A\n", encoding="utf-8")
    assert not window.open_file(broken)
    [(title, text)] = answers.errors
    assert title == "Cannot open file"
    assert str(broken) in text
    assert "\n" not in text
    assert previews.shown == []
    assert window.document is shown
    assert window.path == matrix_file


def test_the_open_dialog_lists_spreadsheets(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    filters: list[str] = []

    def open_name(parent, title, start, pattern, *args):
        filters.append(pattern)
        return ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    window.act.open.trigger()
    first, native_only, sheets, everything = filters[0].split(";;")
    for ext in ("*.xlsx", "*.xlsm", "*.xls", "*.ods", "*.csv"):
        assert ext in first
        assert ext in sheets
    assert "*.raci.json" in first
    assert native_only == "RACI matrices (*.raci.json)"
    assert everything == "All files (*)"


# -- import into the open matrix -----------------------------------------------------


def test_import_adds_the_activities_as_one_undo_step(
    window: MainWindow, sample_copy: Path, tmp_path: Path, previews: Previews
) -> None:
    window.open_file(sample_copy)
    before = window.document.matrix.copy_deep()
    stack = window.document.undo_stack
    director = before.roles[0]
    book = team_workbook(tmp_path / "more.xlsx", [director.name.upper(), "Developer", "QA"])
    assert window.files.import_file(book)
    matrix = window.document.matrix
    assert stack.count() == 1
    assert stack.undoText() == "Import more.xlsx"
    assert window.isWindowModified()
    assert [a.name for a in matrix.activities[-3:]] == ["Plan the release", "Build it", "Ship it"]
    assert [r.name for r in matrix.roles[-2:]] == ["Developer", "QA"]
    assert len(matrix.roles) == len(before.roles) + 2  # the director is matched by name
    assert matrix.cell(matrix.activities[-3].id, director.id) == "A"
    assert window.model.row_of_activity(matrix.activities[-1].id) is not None
    window.act.undo.trigger()
    assert window.document.matrix == before
    assert not window.isWindowModified()
    window.act.redo.trigger()
    assert len(window.document.matrix.activities) == len(before.activities) + 3


def test_import_remembers_the_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, previews: Previews
) -> None:
    folder = tmp_path / "sheets"
    folder.mkdir()
    book = team_workbook(folder / "team.xlsx")
    starts: list[str] = []
    chosen = [str(book)]

    def open_name(parent, title, start, *args):
        starts.append(start)
        return (chosen.pop(0) if chosen else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    window.act.import_.trigger()
    assert len(window.document.matrix.activities) == 3
    window.act.import_.trigger()
    assert starts[1] == str(folder)
    assert window.act.import_.shortcut().toString() == "Ctrl+Shift+I"


def test_a_failed_or_cancelled_import_changes_nothing(
    window: MainWindow, sample_copy: Path, tmp_path: Path, answers: Answers, previews: Previews
) -> None:
    window.open_file(sample_copy)
    before = window.document.matrix.copy_deep()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert not window.files.import_file(broken)
    assert answers.errors[0][0] == "Cannot import file"
    previews.cancel = True
    assert not window.files.import_file(team_workbook(tmp_path / "team.xlsx"))
    assert window.document.matrix == before
    assert window.document.undo_stack.count() == 0


# -- our own Excel exports ---------------------------------------------------------------


@pytest.fixture
def launch(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, Matrix]:
    """The product-launch draft, with a rule setting and a waiver, exported as a workbook.

    Named ``launch.xlsx``, or with the extension given by indirect parametrization.
    """
    matrix = native.load(paths.sample_path("product-launch-draft.en.raci.json"))
    matrix.rules["too-many-consulted"] = RuleSetting(True, Severity.INFO, 4)
    first = matrix.activities[0].id
    matrix.waivers.append(Waiver("multiple-accountable", first, None, "Joint sign-off", "Li"))
    book = tmp_path / "launch.xlsx"
    xlsx_export.save(matrix, book)
    return book.rename(book.with_suffix(getattr(request, "param", ".xlsx"))), matrix


@pytest.mark.parametrize("launch", [".xlsx", ".xlsm"], indirect=True)
def test_our_own_export_opens_exactly_without_the_preview(
    window: MainWindow,
    launch: tuple[Path, Matrix],
    previews: Previews,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    book, matrix = launch
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(book), ""))
    window.act.open.trigger()
    assert previews.shown == []
    assert answers.errors == []
    assert window.document.matrix == matrix
    assert window.document.matrix.waivers == matrix.waivers
    assert window.path is None
    assert window.source == book
    assert not window.isWindowModified()
    assert window.windowTitle() == f"{book.name}[*] — RACI Editor"
    assert settings.recent_files()[0] == book
    assert "import" not in {f.rule for f in window.document.read_findings}
    answers.save_as = str(book.parent / "launch.raci.json")
    window.act.save.trigger()
    assert answers.asked == ["save as"]
    assert native.load(book.parent / "launch.raci.json") == matrix


def test_our_own_export_named_on_the_command_line_skips_the_preview(
    window: MainWindow,
    launch: tuple[Path, Matrix],
    previews: Previews,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    book, matrix = launch
    assert window.open_file(str(book))
    assert previews.shown == []
    assert window.document.matrix == matrix
    proposed: list[str] = []

    def save_name(parent, title, start, *args):
        proposed.append(start)
        return ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.act.save.trigger()
    assert proposed == [str(book.parent / "launch.raci.json")]


def test_importing_our_own_export_merges_it_exactly_without_the_preview(
    window: MainWindow, matrix_file: Path, launch: tuple[Path, Matrix], previews: Previews
) -> None:
    window.open_file(matrix_file)
    before = window.document.matrix.copy_deep()
    book, exported = launch
    assert window.files.import_file(book)
    assert previews.shown == []
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Import launch.xlsx"
    matrix = window.document.matrix
    added = matrix.activities[len(before.activities) :]
    assert [(a.name, a.group, a.description) for a in added] == [
        (a.name, a.group, a.description) for a in exported.activities
    ]
    role_of = {r.name: r.id for r in matrix.roles}
    for new, old in zip(added, exported.activities, strict=True):
        for role in exported.roles:
            assert matrix.cell(new.id, role_of[role.name]) == exported.cell(old.id, role.id)
            assert matrix.note(new.id, role_of[role.name]) == exported.note(old.id, role.id)
    window.act.undo.trigger()
    assert window.document.matrix == before


def test_a_failure_in_reading_our_own_export_is_reported_not_raised(
    window: MainWindow,
    launch: tuple[Path, Matrix],
    answers: Answers,
    previews: Previews,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = window.document

    def explode(path, grids):
        raise ValueError("bug in a reader")

    monkeypatch.setattr(file_ops.xlsx_own, "read", explode)
    assert not window.open_file(launch[0])
    assert answers.errors == [("Cannot open file", "unexpected ValueError: bug in a reader")]
    assert previews.shown == []
    assert window.document is shown
