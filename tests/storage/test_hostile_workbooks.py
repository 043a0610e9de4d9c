"""Hostile workbooks made here: zip bombs, sparse-cell bombs, XML bombs, external entities.

Each must give a one-line reason (or import harmlessly) quickly and within
bounded memory; the reader itself runs in a limited worker process.
"""

from __future__ import annotations

import sys
import threading
import time
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest

from raci_editor.storage import safe_read, spreadsheet
from raci_editor.storage.errors import FileError
from raci_editor.storage.formats import read_matrix


def workbook(path: Path) -> Path:
    """A small real matrix."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Activity", "Boss", "Dev"], ["Plan", "A", "R"], ["Build", "I", "A/R"]):
        sheet.append(row)
    book.save(path)
    return path


def rewrite(source: Path, target: Path, replace: dict[str, bytes], extra: int = 0) -> Path:
    """Copy a workbook's zip, replacing some parts and adding ``extra`` filler parts."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
        for n in range(extra):
            new.writestr(f"filler/{n}.xml", b"<x/>")
    return target


def test_a_real_workbook_still_reads(tmp_path: Path) -> None:
    matrix = read_matrix(workbook(tmp_path / "ok.xlsx")).matrix
    assert [r.name for r in matrix.roles] == ["Boss", "Dev"]


def test_a_zip_that_expands_too_far_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED", 1 << 20)
    bomb = rewrite(workbook(tmp_path / "a.xlsx"), tmp_path / "bomb.xlsx",
                   {"docProps/app.xml": b"0" * (2 << 20)})  # fmt: skip
    assert bomb.stat().st_size < 100_000
    with pytest.raises(FileError, match=r"expands to more than 1 MB; refused as unsafe"):
        read_matrix(bomb)


def test_a_zip_with_too_many_parts_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spreadsheet, "MAX_MEMBERS", 50)
    many = rewrite(workbook(tmp_path / "a.xlsx"), tmp_path / "many.xlsx", {}, extra=60)
    with pytest.raises(FileError, match=r"has more than 50 parts"):
        read_matrix(many)


def test_duplicate_part_names_are_refused(tmp_path: Path) -> None:
    source = workbook(tmp_path / "a.xlsx")
    target = tmp_path / "twice.xlsx"
    with (
        zipfile.ZipFile(source) as old,
        zipfile.ZipFile(target, "w") as new,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate it is told to write
        for info in old.infolist():
            new.writestr(info.filename, old.read(info.filename))
        new.writestr("xl/worksheets/sheet1.xml", b"<worksheet/>")
    with pytest.raises(FileError, match="two parts with the same name"):
        read_matrix(target)


def test_cells_far_apart_do_not_exhaust_memory(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"], sheet["B1"], sheet["A2"], sheet["B2"] = "Activity", "Boss", "Plan", "R"
    sheet.cell(1_000_000, 95, "A")  # a 95-million-cell rectangle from a few bytes
    path = tmp_path / "sparse.xlsx"
    book.save(path)
    start = time.monotonic()
    with pytest.raises(FileError, match=r"needs more than \d+ MB of memory|too large"):
        read_matrix(path)
    assert time.monotonic() - start < 30


SHEET = """<?xml version="1.0"?>
{doctype}
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Activity</t></is></c>
<c r="B1" t="inlineStr"><is><t>{entity}</t></is></c>
<c r="C1" t="inlineStr"><is><t>Dev</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>Plan</t></is></c>
<c r="B2" t="inlineStr"><is><t>A</t></is></c><c r="C2" t="inlineStr"><is><t>R</t></is></c></row>
</sheetData></worksheet>"""
LAUGHS = (
    "<!DOCTYPE lolz [<!ENTITY lol 'lol'>"
    + "".join(
        f"<!ENTITY lol{n} '{('&lol' + (str(n - 1) if n > 1 else '') + ';') * 10}'>"
        for n in range(1, 10)
    )
    + "]>"
)
XXE = '<!DOCTYPE s [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize(
    ("doctype", "entity"),
    [(LAUGHS, "&lol9;"), (XXE, "&xxe;")],
    ids=["billion-laughs", "external-entity"],
)
def test_xml_entities_are_never_expanded(tmp_path: Path, doctype: str, entity: str) -> None:
    xml = SHEET.format(doctype=doctype, entity=entity).encode()
    hostile = rewrite(
        workbook(tmp_path / "a.xlsx"), tmp_path / "hostile.xlsx", {"xl/worksheets/sheet1.xml": xml}
    )
    start = time.monotonic()
    outcome: list[str] = []
    try:
        result = read_matrix(hostile)
        outcome += [r.name for r in result.matrix.roles] + [
            a.name for a in result.matrix.activities
        ]
    except FileError as exc:
        outcome.append(str(exc))
    assert time.monotonic() - start < 30
    assert not any("lol" * 100 in text or "root:" in text for text in outcome)
    assert all("\n" not in text for text in outcome)


def test_a_reader_that_takes_too_long_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = tmp_path / "slow_worker.py"
    slow.write_text("import time\ntime.sleep(60)\n", encoding="utf-8")
    monkeypatch.setattr(safe_read.grid_worker, "__file__", str(slow))
    start = time.monotonic()
    with pytest.raises(FileError, match="could not be read within 1 seconds; reading stopped"):
        safe_read.read_sheets(tmp_path / "any.xlsx", deadline=1)
    assert time.monotonic() - start < 10


def test_reading_can_be_cancelled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slow = tmp_path / "slow_worker.py"
    slow.write_text("import time\ntime.sleep(60)\n", encoding="utf-8")
    monkeypatch.setattr(safe_read.grid_worker, "__file__", str(slow))
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    with pytest.raises(safe_read.ReadCancelledError):
        safe_read.read_sheets(tmp_path / "any.xlsx", cancel)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_reader_that_dies_is_reported_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dying = tmp_path / "dying_worker.py"
    dying.write_text("import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n", encoding="utf-8")
    monkeypatch.setattr(safe_read.grid_worker, "__file__", str(dying))
    with pytest.raises(FileError, match=r"the reader stopped with code -11"):
        safe_read.read_sheets(tmp_path / "any.xlsx")


def test_a_csv_with_too_many_cells_is_refused_before_splitting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from raci_editor.storage import csv_io

    monkeypatch.setattr(csv_io, "MAX_CELLS", 1000)
    path = tmp_path / "wide.csv"
    path.write_text("Activity,Boss\n" + "Plan,R\n" * 600, encoding="utf-8")
    with pytest.raises(FileError, match="has more than 1,000 cells; refused as unsafe"):
        read_matrix(path)
