"""Notes edited as cell comments in Excel come back as the notes of their cells.

The export writes each note as a comment on its letter cell and keeps it in
the hidden metadata too; reading the workbook back, the comments win (they
are what the meeting saw and edited), matched to activity and role by the
hidden ids as letters are. A sheet without any comments part (a tool that
drops comments on saving) keeps the metadata's notes, and so does a broken
or hostile comments part.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl.comments import Comment

from raci_editor.cli import main
from raci_editor.core.diff import compare
from raci_editor.core.model import Matrix
from raci_editor.storage import xlsx_comments
from raci_editor.storage.formats import read_matrix, write_matrix
from raci_editor.storage.xlsx_comments import CellComment
from tests.export.excel_sheet import ExcelSheet
from tests.export.strategies import CONTROL, HOSTILE, everywhere, rich_sample

SHEET_RELS = "xl/worksheets/_rels/sheet1.xml.rels"


class Meeting(ExcelSheet):
    """The export of ``matrix`` opened in "Excel" (openpyxl), its notes edited as comments."""

    def __init__(self, matrix: Matrix, folder: Path) -> None:
        self.matrix = matrix
        self.original = folder / "team.xlsx"
        write_matrix(matrix, self.original)
        edited = folder / "team-edited.xlsx"
        edited.write_bytes(self.original.read_bytes())
        super().__init__(edited)

    def at(self, activity: str, role: str) -> str:
        """A letter cell's coordinate, found by the names of its activity and role."""
        row = self.row_of(self.matrix.activity(activity).name)
        col = self.col_of(self.matrix.role(role).name)
        coordinate: str = self.sheet.cell(row, col).coordinate
        return coordinate

    def comment(self, activity: str, role: str, text: str | None, author: str = "Ana") -> None:
        """Put a comment (None: delete it) on a cell, as a person does in Excel."""
        comment = None if text is None else Comment(text, author)
        self.sheet[self.at(activity, role)].comment = comment

    def save(self) -> Path:
        self.book.save(self.path)
        return self.path


@pytest.fixture
def meeting(tmp_path: Path) -> Meeting:
    return Meeting(rich_sample(), tmp_path)


def notes_of(path: Path) -> dict[str, dict[str, str]]:
    return read_matrix(path).matrix.notes


def rewrite(path: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """The package with each part replaced by ``change(name, data)`` (None: left out)."""
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            new = change(name, data)
            if new is not None:
                target.writestr(name, new)
    return path


def comments_part(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        names = [n for n in package.namelist() if "comment" in n and n.endswith(".xml")]
    assert len(names) == 1, names
    return names[0]


# -- the meeting edits the comments ------------------------------------------------------


def test_the_untouched_export_gives_back_exactly_its_notes(meeting: Meeting) -> None:
    assert notes_of(meeting.original) == meeting.matrix.notes
    assert notes_of(meeting.save()) == meeting.matrix.notes  # saved by "Excel", unchanged


@pytest.mark.parametrize("text", [*CONTROL, *HOSTILE[:8]], ids=repr)
def test_notes_with_control_characters_and_hostile_text_come_back_exactly(
    text: str, tmp_path: Path
) -> None:
    matrix = everywhere(text)
    path = tmp_path / "m.xlsx"
    write_matrix(matrix, path)
    assert xlsx_comments.read(path, "RACI") is not None  # the comments are read, not the metadata
    assert notes_of(path) == matrix.notes


def test_a_comment_added_in_excel_becomes_the_cells_note(meeting: Meeting) -> None:
    assert meeting.matrix.note("event-design", "legal") == ""
    meeting.comment("event-design", "legal", "Check the venue contract.")
    notes = notes_of(meeting.save())
    assert notes["event-design"]["legal"] == "Check the venue contract."


def test_the_author_line_excel_puts_before_a_new_note_is_not_part_of_it(
    meeting: Meeting,
) -> None:
    meeting.comment("event-design", "legal", "Ana Silva:\nCheck the venue\ncontract.", "Ana Silva")
    meeting.comment("event-design", "sales", "Bo:\nnot the author's name", "Ana Silva")
    notes = notes_of(meeting.save())
    assert notes["event-design"]["legal"] == "Check the venue\ncontract."
    assert notes["event-design"]["sales"] == "Bo:\nnot the author's name"


def test_a_changed_comment_changes_the_note(meeting: Meeting) -> None:
    meeting.comment("set-marketing-strategy", "ceo", "The CEO signs off alone.", "RACI Editor")
    notes = notes_of(meeting.save())
    assert notes["set-marketing-strategy"]["ceo"] == "The CEO signs off alone."


def test_a_deleted_comment_deletes_the_note(meeting: Meeting) -> None:
    assert meeting.matrix.note("data-visualisation-reporting", "it")
    meeting.comment("data-visualisation-reporting", "it", None)
    notes = notes_of(meeting.save())
    assert "data-visualisation-reporting" not in notes
    assert notes["set-marketing-strategy"] == meeting.matrix.notes["set-marketing-strategy"]


def test_a_comment_left_with_only_the_author_line_is_no_note(meeting: Meeting) -> None:
    meeting.comment("event-design", "legal", "Ana:\n", "Ana")
    assert "event-design" not in notes_of(meeting.save())


def test_compare_lists_exactly_the_notes_changed_as_comments(meeting: Meeting) -> None:
    meeting.comment("event-design", "legal", "Check the venue contract.")
    meeting.comment("set-marketing-strategy", "ceo", "The CEO signs off alone.")
    meeting.comment("data-visualisation-reporting", "it", None)
    original = read_matrix(meeting.original).matrix
    edited = read_matrix(meeting.save()).matrix
    was = meeting.matrix.note
    changes = {
        (c.kind, c.new_activity_id, c.new_role_id, c.before, c.after)
        for c in compare(original, edited)
    }
    strategy, data = "set-marketing-strategy", "data-visualisation-reporting"
    assert changes == {
        ("note", data, "it", was(data, "it"), ""),
        ("note", "event-design", "legal", "", "Check the venue contract."),
        ("note", strategy, "ceo", was(strategy, "ceo"), "The CEO signs off alone."),
    }
    assert len(compare(original, edited)) == 3


def test_raci_editor_diff_no_longer_says_no_changes(
    meeting: Meeting, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting.comment("event-design", "legal", "Check the venue contract.")
    edited = meeting.save()
    main(["diff", str(meeting.original), str(edited)])
    out = capsys.readouterr().out
    assert out != "no changes\n"
    assert "Check the venue contract." in out


def test_a_comment_moves_with_its_row_and_column(meeting: Meeting) -> None:
    """Rows inserted above and columns inserted left in Excel: the hidden ids still match."""
    meeting.comment("event-design", "legal", "Check the venue contract.")
    meeting.insert_row(meeting.row_of(meeting.matrix.activity("event-design").name))
    meeting.sheet.insert_cols(3)
    notes = notes_of(meeting.save())
    assert notes["event-design"]["legal"] == "Check the venue contract."
    assert notes["set-marketing-strategy"] == meeting.matrix.notes["set-marketing-strategy"]


def test_a_comment_on_a_row_added_in_excel_is_the_new_activitys_note(meeting: Meeting) -> None:
    row = meeting.row_of(meeting.matrix.activity("event-design").name)
    meeting.insert_row(row)
    column = meeting.col_of(meeting.matrix.role("legal").name)
    meeting.sheet.cell(row, 2).value = "Book the venue"
    meeting.sheet.cell(row, column).value = "C"
    meeting.sheet.cell(row, column).comment = Comment("Only if abroad.", "Ana")
    back = read_matrix(meeting.save()).matrix
    added = next(a for a in back.activities if a.name == "Book the venue")
    assert back.notes[added.id] == {"legal": "Only if abroad."}


def test_an_unknown_code_typed_in_a_commented_cell_is_added_to_the_comments_note(
    meeting: Meeting,
) -> None:
    meeting.comment("event-design", "legal", "Ask first.")
    meeting.sheet[meeting.at("event-design", "legal")].value = "maybe"
    notes = notes_of(meeting.save())
    assert notes["event-design"]["legal"] == "Ask first.; maybe"


# -- no comments, broken comments ------------------------------------------------------------


def test_a_workbook_saved_without_its_comments_keeps_the_metadata_notes(
    meeting: Meeting,
) -> None:
    part = comments_part(meeting.original)

    def drop_comments(name: str, data: bytes) -> bytes | None:
        if name in (part, SHEET_RELS) or name.endswith(".vml"):
            return None
        return data

    path = rewrite(meeting.original, drop_comments)
    assert xlsx_comments.read(path, "RACI") is None
    assert notes_of(path) == meeting.matrix.notes


def test_a_sheet_left_without_any_comment_keeps_the_metadata_notes(meeting: Meeting) -> None:
    """Deleting every comment leaves no comments part, as a tool dropping comments does.

    The two cannot be told apart; losing every note to a tool is the worse
    mistake, so the metadata's notes stay.
    """
    for row in meeting.sheet.iter_rows():
        for cell in row:
            if cell.comment is not None:
                cell.comment = None
    path = meeting.save()
    assert xlsx_comments.read(path, "RACI") is None
    assert notes_of(path) == meeting.matrix.notes


@pytest.mark.parametrize(
    "xml",
    [
        b"<comments><commentList><comment ref=",
        b"not xml at all \x00\xff",
        b'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<comments><commentList><comment ref="C6"><text><t>&b;</t></text></comment>'
        b"</commentList></comments>",
        b"<a>" * 100 + b"</a>" * 100,
    ],
    ids=["truncated", "garbage", "entities", "too-deep"],
)
def test_a_broken_comments_part_reads_with_the_metadata_notes(meeting: Meeting, xml: bytes) -> None:
    part = comments_part(meeting.original)
    path = rewrite(meeting.original, lambda name, data: xml if name == part else data)
    assert xlsx_comments.read(path, "RACI") is None
    assert notes_of(path) == meeting.matrix.notes


def test_a_comments_part_larger_than_the_limit_is_not_read(
    meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_comments, "MAX_PART", 100)
    meeting.comment("event-design", "legal", "Check the venue contract.")
    path = meeting.save()
    assert xlsx_comments.read(path, "RACI") is None
    assert notes_of(path) == meeting.matrix.notes


def test_a_comments_relationship_to_a_missing_part_reads_with_the_metadata_notes(
    meeting: Meeting,
) -> None:
    part = comments_part(meeting.original)
    path = rewrite(meeting.original, lambda name, data: None if name == part else data)
    assert notes_of(path) == meeting.matrix.notes


# -- how the comments part is read --------------------------------------------------------


THREAD = (
    b'<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
    b'<threadedComment ref="{ref}" id="1" personId="9"><text>Is legal needed?</text>'
    b"</threadedComment>"
    b'<threadedComment ref="{ref}" id="2" personId="9" parentId="1">'
    b"<text>Yes, for the venue.</text></threadedComment></ThreadedComments>"
)
THREAD_REL = (
    b'<Relationship Id="rIdT" Target="../threadedComments/threadedComment1.xml" '
    b'Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"/>'
)


def test_an_excel_365_thread_is_the_note_not_its_placeholder(meeting: Meeting) -> None:
    ref = meeting.at("event-design", "legal")
    placeholder = "[Threaded comment]\n\nYour version of Excel allows you to read this…"
    meeting.comment("event-design", "legal", placeholder, "tc=1")
    path = meeting.save()

    def add_thread(name: str, data: bytes) -> bytes:
        if name == SHEET_RELS:
            return data.replace(b"</Relationships>", THREAD_REL + b"</Relationships>")
        return data

    rewrite(path, add_thread)
    with zipfile.ZipFile(path, "a") as package:
        package.writestr(
            "xl/threadedComments/threadedComment1.xml", THREAD.replace(b"{ref}", ref.encode())
        )
    notes = notes_of(path)
    assert notes["event-design"]["legal"] == "Is legal needed?\nYes, for the venue."


def test_libreoffice_style_rich_text_runs_are_joined_and_phonetic_runs_left_out(
    meeting: Meeting,
) -> None:
    ref = meeting.at("event-design", "legal")
    xml = (
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<authors><author> </author><author>Ana</author></authors><commentList>"
        f'<comment ref="{ref}" authorId="1"><text><r><rPr><b/></rPr><t>Ana:</t></r>'
        '<r><t xml:space="preserve">\nCheck the _x0041_ </t></r><rPh sb="0" eb="1"><t>x</t></rPh>'
        "<r><t>venue.</t></r></text></comment></commentList></comments>"
    ).encode()
    part = comments_part(meeting.original)
    path = rewrite(meeting.original, lambda name, data: xml if name == part else data)
    assert notes_of(path) == {"event-design": {"legal": "Check the A venue."}}


@pytest.mark.parametrize(
    ("comment", "kept", "note"),
    [
        (CellComment("same", "RACI Editor"), "same", "same"),
        (CellComment("a\nb", "RACI Editor"), "a\r\nb", "a\r\nb"),  # XML reads \r\n as \n
        (
            CellComment("RACI Editor:\nkept", "RACI Editor"),
            "RACI Editor:\nkept",
            "RACI Editor:\nkept",
        ),
        (CellComment("Ana:\nnew", "Ana"), "old", "new"),
        (CellComment("Ana:new", "Ana"), "", "Ana:new"),
        (CellComment(" :\nx", " "), "", " :\nx"),  # LibreOffice's blank author
        (CellComment("  \n", "Ana"), "old", ""),
    ],
)
def test_the_note_a_comment_says(comment: CellComment, kept: str, note: str) -> None:
    assert comment.note(kept) == note


def test_a_comment_on_a_sheet_that_is_not_there_or_a_file_that_is_not_a_package(
    meeting: Meeting, tmp_path: Path
) -> None:
    assert xlsx_comments.read(meeting.original, "No such sheet") is None
    (tmp_path / "text.xlsx").write_text("hello")
    assert xlsx_comments.read(tmp_path / "text.xlsx", "RACI") is None
    assert xlsx_comments.read(tmp_path / "missing.xlsx", "RACI") is None
