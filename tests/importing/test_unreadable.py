"""Files that hold no RACI matrix, or are not what they claim: a clear error, never a traceback.

IMPORT.md, "Guards"; CLI.md, "Exit status".
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from raci_editor.cli import main
from raci_editor.storage.errors import FileError
from tests.importing.builders import Sheet, Value, load, plain_rows, write_book, write_xlsx

ERROR_LINE = re.compile(r"raci-editor: error: \S.*\n")
HOSTILE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "hostile"


def timetable() -> Sheet:
    """Jorat2211_Matriz_RACI.xlsx: named RACI, but a week's timetable of people's initials."""
    people = ["JOR", "AND", "JOS", "GER"]
    rows: list[list[Value]] = [
        [None, None, None, None, "MEMBERS"],
        [None, None, None, None, "Jorge Araya Torres"],
        [None, None, None, None, "Andrey Carranza Pérez"],
        [],
        ["Hour", "Monday", None, None, None, "Tuesday", None, None, None],
        [None, *people, *people],
    ]
    codes = {19: "RD", 20: "AU", 21: "AU", 18: "QA"}
    for hour in range(23, 7, -1):
        code = codes.get(hour, "")
        rows.append([dt.time(hour, 0), *[code] * 4, *[codes.get(hour - 1, "")] * 4])
    return Sheet("Hoja1", rows, merges=["B5:E5", "F5:I5"])


def prose() -> Sheet:
    return Sheet(
        "Notes",
        [
            ["Meeting notes, 3 March"],
            ["We agreed that the design team owns the wireframes."],
            ["A decision on the budget is still open; Maria will ask finance."],
            [],
            ["Next steps: review the plan, then inform the sponsor."],
        ],
    )


def cover_only() -> Sheet:
    return Sheet(
        "Project",
        [["RACI MATRIX"], ["PROJECT DETAILS"], [], ["PROJECT No:", "MA-015-02"], ["DATE:", ""]],
    )


@pytest.mark.parametrize(
    "sheets",
    [[timetable()], [prose()], [cover_only()], [cover_only(), prose()]],
    ids=["timetable", "prose", "cover page", "cover and prose"],
)
@pytest.mark.parametrize("suffix", ["xlsx", "ods"])
def test_a_workbook_without_a_matrix_says_so(
    tmp_path: Path, sheets: list[Sheet], suffix: str
) -> None:
    path = write_book(tmp_path / f"book.{suffix}", *sheets)
    with pytest.raises(FileError, match="no RACI matrix found") as info:
        load(path)
    assert str(info.value).startswith(f"{path}: ")


def test_an_empty_workbook_has_no_matrix(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(FileError, match="no RACI matrix found"):
        load(path)


# -- files that are not what they claim -------------------------------------------------


def xls_bytes(tmp_path: Path) -> bytes:
    """A real Excel 97-2003 file when xlwt is there, else the OLE2 signature it starts with."""
    try:
        import xlwt  # noqa: F401
    except ImportError:
        return bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 4088
    path = write_book(tmp_path / "real.xls", Sheet("RACI", plain_rows()))
    return path.read_bytes()


def truncated_xlsx(tmp_path: Path) -> bytes:
    data = write_xlsx(tmp_path / "whole.xlsx", Sheet("RACI", plain_rows())).read_bytes()
    return data[: len(data) // 2]


def zip_without_a_workbook(tmp_path: Path) -> bytes:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("holiday.txt", "not a spreadsheet")
    return path.read_bytes()


BROKEN: dict[str, tuple[str, Callable[[Path], bytes]]] = {
    "an .xls renamed .xlsx": ("xlsx", xls_bytes),
    "a text file renamed .xlsx": ("xlsx", lambda _: b"Activity,PM,Dev\nPlan,A,R\n"),
    "a truncated .xlsx": ("xlsx", truncated_xlsx),
    "an empty .xlsx": ("xlsx", lambda _: b""),
    "a zip that is no workbook": ("xlsx", zip_without_a_workbook),
    "a text file renamed .xls": ("xls", lambda _: b"Activity\tPM\nPlan\tA\n"),
    "a text file renamed .ods": ("ods", lambda _: b"Activity,PM\nPlan,A\n"),
    "a truncated .ods": (
        "ods",
        lambda tmp: write_book(tmp / "w.ods", Sheet("RACI", plain_rows())).read_bytes()[:300],
    ),
}


@pytest.fixture(params=sorted(BROKEN))
def broken(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    suffix, make = BROKEN[request.param]
    path = tmp_path / f"plan.{suffix}"
    path.write_bytes(make(tmp_path))
    return path


def test_a_file_that_is_not_what_it_claims_is_refused_with_a_file_error(broken: Path) -> None:
    with pytest.raises(FileError) as info:
        load(broken)
    assert str(info.value).startswith(f"{broken}: ")


@pytest.mark.parametrize("command", ["validate", "convert"])
def test_the_command_line_says_so_in_one_line_and_exits_2(
    capsys: pytest.CaptureFixture[str], broken: Path, command: str
) -> None:
    out = broken.with_name("out.csv")
    args = [command, str(broken)] + ([str(out)] if command == "convert" else [])
    assert main(args) == 2
    stdout, err = capsys.readouterr()
    assert ERROR_LINE.fullmatch(err), err
    assert err.startswith(f"raci-editor: error: {broken}: ")
    assert "Traceback" not in err
    assert "unexpected" not in err  # a clear reason, not the catch-all for a crash
    assert not out.exists()
    assert stdout == ""


def test_no_matrix_on_the_command_line_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "timetable.xlsx", timetable())
    assert main(["validate", str(path)]) == 2
    _, err = capsys.readouterr()
    assert ERROR_LINE.fullmatch(err), err
    assert err.startswith(f"raci-editor: error: {path}: ")
    assert "no RACI matrix found" in err


@pytest.mark.parametrize("name", ["pass_protected.xlsx", "pass_protected.ods"])
def test_an_encrypted_workbook_is_refused_clearly(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = HOSTILE / name
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared/corpus/hostile)")
    with pytest.raises(FileError):
        load(path)
    assert main(["validate", str(path)]) == 2
    _, err = capsys.readouterr()
    assert ERROR_LINE.fullmatch(err), err
    assert "unexpected" not in err
