"""The export in LibreOffice: it opens (to PDF), its formulas compute, and it survives a save.

Issue 6: "the workbook opens in LibreOffice (soffice --headless --convert-to pdf
in a test marked slow) without repair", and what the program needs to read its
own export back is kept "in a way that survives editing in Excel and LibreOffice".
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rule_settings import Waiver
from raci_editor.storage import native
from raci_editor.storage.formats import read_matrix, write_matrix
from tests.export.strategies import HOSTILE, MARKETING, WIDE, rich_sample

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
TIMEOUT = 120
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
"""Comma, quote, UTF-8, raw values (not as shown), every sheet to its own file."""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
]


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throw-away LibreOffice user profile, so no running office or user setting interferes."""
    return tmp_path_factory.mktemp("lo-profile")


def soffice(profile: Path, target: str, source: Path, out: Path) -> Path:
    """Convert ``source`` into folder ``out``; the converted file's path."""
    assert SOFFICE is not None
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    extension = target.split(":", maxsplit=1)[0]
    produced = out / f"{source.stem}.{extension}"
    if extension != "csv":
        assert produced.is_file(), (done.stdout, done.stderr)
        assert produced.stat().st_size > 0
    return produced


def hostile_matrix() -> Matrix:
    """Every hostile text as a role, an activity, a group, a note and a waiver reason."""
    roles = [
        Role(id=f"r{i}", name=text, group=HOSTILE[-i - 1], holder=text, description=text)
        for i, text in enumerate(HOSTILE)
    ]
    activities = [
        Activity(id=f"a{i}", name=text, group=HOSTILE[i // 4], description=text)
        for i, text in enumerate(HOSTILE)
    ]
    letters = {
        f"a{i}": {f"r{i}": "RA", f"r{(i + 1) % len(HOSTILE)}": "C"} for i in range(len(HOSTILE))
    }
    notes = {f"a{i}": {f"r{(i + 2) % len(HOSTILE)}": text} for i, text in enumerate(HOSTILE)}
    return Matrix(
        title=HOSTILE[0],
        description="\n".join(HOSTILE),
        roles=roles,
        activities=activities,
        letters=letters,
        notes=notes,
        waivers=[Waiver("no-responsible", "a0", None, HOSTILE[4], HOSTILE[-3])],
    )


# -- it opens ----------------------------------------------------------------------------


def test_the_marketing_export_prints_to_pdf(profile: Path, tmp_path: Path) -> None:
    matrix = native.load(MARKETING)
    source = tmp_path / "marketing.xlsx"
    write_matrix(matrix, source)
    pdf = soffice(profile, "pdf", source, tmp_path / "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if PDFTOTEXT is None:
        return
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=True,
    ).stdout
    assert matrix.title in text
    for role in matrix.roles:
        assert role.name in text
    for activity in matrix.activities:
        assert activity.name in text
    # The RACI sheet's pages repeat the role header rows (print titles).
    pages = text.split("\f")
    matrix_pages = [p for p in pages if any(a.name in p for a in matrix.activities)]
    assert matrix_pages
    for page in matrix_pages:
        missing = [r.name for r in matrix.roles if r.name not in page]
        assert not missing, f"a page of the matrix lacks the role header: {missing}"


def test_the_export_is_landscape_in_the_pdf(profile: Path, tmp_path: Path) -> None:
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is None:
        pytest.skip("pdfinfo is not installed")
    source = tmp_path / "marketing.xlsx"
    write_matrix(native.load(MARKETING), source)
    pdf = soffice(profile, "pdf", source, tmp_path / "pdf")
    info = subprocess.run(
        [pdfinfo, "-f", "1", "-l", "1", str(pdf)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=True,
    ).stdout
    size = next(line for line in info.splitlines() if "size:" in line)
    width, height = (float(v) for v in size.split(":")[1].split("pts")[0].split(" x "))
    assert width > height, size


# -- the live checks compute -----------------------------------------------------------------


def _sheets_as_csv(profile: Path, source: Path, out: Path) -> dict[str, list[list[str]]]:
    soffice(profile, CSV_ALL_SHEETS, source, out)
    sheets = {}
    for path in out.glob(f"{source.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            sheets[path.stem.removeprefix(f"{source.stem}-")] = list(csv.reader(handle))
    assert "RACI" in sheets, sorted(sheets)
    return sheets


def _number(text: str) -> float:
    """A computed value as LibreOffice writes it (``3``, ``0.4762`` or ``47.62%``)."""
    text = text.strip()
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text) if text else 0.0


def test_count_formulas_compute_the_counts(profile: Path, tmp_path: Path) -> None:
    matrix = native.load(MARKETING)
    scheme = matrix.scheme
    source = tmp_path / "counts.xlsx"
    write_matrix(matrix, source)
    raci = _sheets_as_csv(profile, source, tmp_path / "csv")["RACI"]
    header = raci[4]
    first_role = 2
    role_cols = {r.id: first_role + i for i, r in enumerate(matrix.roles)}
    count_cols = {
        text.split()[0]: col
        for col, text in enumerate(header)
        if col > first_role + len(matrix.roles) - 1 and "count" in text.casefold()
    }
    assert {scheme.responsible, scheme.accountable} <= set(count_cols)
    rows = {row[1]: row for row in raci if len(row) > 1}
    for activity in matrix.activities:
        row = rows[activity.name]
        for letter, col in count_cols.items():
            want = sum(letter in matrix.cell(activity.id, r.id) for r in matrix.roles)
            assert _number(row[col]) == want, (activity.name, letter, row[col])
    # the per-role count rows: the label names the letter, each role column its count
    count_rows = {}
    for row in raci:
        if len(row) > first_role and any(f"{ch} count" in row[1] for ch in scheme.alphabet):
            count_rows[row[1].split()[0]] = row
    assert {scheme.responsible, scheme.accountable} <= set(count_rows)
    for letter, row in count_rows.items():
        for role in matrix.roles:
            want = sum(letter in cells for _, cells in matrix.column(role.id))
            assert _number(row[role_cols[role.id]]) == want, (letter, role.name)


def test_workload_numbers_are_right_once_computed(profile: Path, tmp_path: Path) -> None:
    matrix = native.load(MARKETING)
    source = tmp_path / "workload.xlsx"
    write_matrix(matrix, source)
    sheet = _sheets_as_csv(profile, source, tmp_path / "csv")["Workload"]
    header = [h.strip() for h in sheet[0]]
    by_role = {row[0]: row for row in sheet[1:] if row}
    share_col = next(i for i, h in enumerate(header) if "share" in h.casefold() or "%" in h)
    total = len(matrix.activities)
    for role in matrix.roles:
        row = by_role[role.name]
        cells = [matrix.cell(a.id, role.id) for a in matrix.activities]
        for letter in matrix.scheme.alphabet:
            assert _number(row[header.index(letter)]) == sum(letter in c for c in cells)
        share = _number(row[share_col])
        involved = sum(bool(c) for c in cells) / total
        assert share == pytest.approx(involved, abs=0.01) or share == pytest.approx(
            involved * 100, abs=1
        )


# -- it survives LibreOffice ---------------------------------------------------------------


def _through_libreoffice(profile: Path, matrix: Matrix, folder: Path) -> Path:
    source = folder / "export.xlsx"
    write_matrix(matrix, source)
    return soffice(profile, "xlsx", source, folder / "lo")


def _differences(back: Matrix, matrix: Matrix) -> list[tuple[str, object, object]]:
    parts = ("title", "description", "scheme", "roles", "activities", "letters", "notes",
             "rules", "waivers")  # fmt: skip
    return [
        (part, getattr(back, part), getattr(matrix, part))
        for part in parts
        if getattr(back, part) != getattr(matrix, part)
    ]


def test_a_sample_saved_by_libreoffice_reads_back_whole(profile: Path, tmp_path: Path) -> None:
    matrix = rich_sample()
    saved = _through_libreoffice(profile, matrix, tmp_path)
    back = read_matrix(saved).matrix
    assert [a.id for a in back.activities] == [a.id for a in matrix.activities]
    assert [r.id for r in back.roles] == [r.id for r in matrix.roles]
    assert back.letters == matrix.letters
    assert _differences(back, matrix) == []


def test_hostile_names_saved_by_libreoffice_read_back_whole(profile: Path, tmp_path: Path) -> None:
    matrix = hostile_matrix()
    back = read_matrix(_through_libreoffice(profile, matrix, tmp_path)).matrix
    assert _differences(back, matrix) == []


def test_a_custom_scheme_saved_by_libreoffice_reads_back_whole(
    profile: Path, tmp_path: Path
) -> None:
    roles = [Role(id=f"r{i}", name=f"Role {i}") for i in range(3)]
    activities = [Activity(id=f"a{i}", name=f"Step {i}") for i in range(3)]
    matrix = Matrix(
        title="Wide",
        scheme=WIDE,
        roles=roles,
        activities=activities,
        letters={"a0": {"r0": "DRA", "r1": "VS"}, "a1": {"r2": "O"}, "a2": {"r0": "RACI"}},
    )
    back = read_matrix(_through_libreoffice(profile, matrix, tmp_path)).matrix
    assert _differences(back, matrix) == []


def test_drop_downs_and_colours_survive_libreoffice(profile: Path, tmp_path: Path) -> None:
    matrix = native.load(MARKETING)
    saved = _through_libreoffice(profile, matrix, tmp_path)
    sheet = load_workbook(saved)["RACI"]
    assert any(dv.type == "list" for dv in sheet.data_validations.dataValidation)
    rules = [rule for formatting in sheet.conditional_formatting for rule in formatting.rules]
    assert len(rules) >= len(matrix.scheme.alphabet) + 1
    # (Frozen panes are not checked: headless LibreOffice has no view to keep them from.)
