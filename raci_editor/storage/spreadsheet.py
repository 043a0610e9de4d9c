"""Read workbooks (.xlsx, .xlsm, .xls, .ods) into grids for the importer, refusing what is not one.

python-calamine reads the values and merged ranges of every format fast;
for .xlsx/.xlsm, openpyxl is asked for cell formatting only when the
importer needs it (to tell a bold phase row from an activity).
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from raci_editor.core.importing import (
    CellRange,
    Grid,
    ImportOptions,
    NoMatrixFoundError,
    import_grids,
    make_grid,
)
from raci_editor.storage import xlsx_own
from raci_editor.storage.errors import FileError
from raci_editor.storage.reading import read_bytes
from raci_editor.storage.result import LoadResult

MAX_BYTES = 100 << 20
MAX_UNPACKED = 1 << 30
"""A zip whose parts expand past this is refused (a zip bomb)."""
MAX_CELLS = 4_000_000
"""A sheet with more cells than this (rows × columns) is refused."""
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptionInfo".encode("utf-16-le")


def load(path: str | Path, options: ImportOptions | None = None) -> LoadResult:
    """Read a workbook and find its RACI matrix; FileError when it has none or is unreadable."""
    grids = read_grids(path)
    if options is None or options == ImportOptions():
        own = xlsx_own.read(path, grids)
        if own is not None:
            return own
    return import_from(path, grids, options)


def import_from(path: str | Path, grids: list[Grid], options: ImportOptions | None) -> LoadResult:
    """Run the importer over grids read from ``path``; FileError "no RACI matrix found in …"."""
    try:
        imported = import_grids(grids, options, Path(path).name)
    except NoMatrixFoundError as exc:
        raise FileError(path, f"no RACI matrix found in {Path(path).name}: {exc}") from None
    return LoadResult(imported.matrix, imported.findings, imported.report)


def read_grids(path: str | Path) -> list[Grid]:
    """Every sheet of a workbook as a grid (hidden sheets too: the importer decides)."""
    data = _read_bytes(path)
    kind = Path(path).suffix.lower()
    _check_container(path, data, kind)
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        grids = []
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            if sheet.height * sheet.width > MAX_CELLS:
                raise FileError(
                    path,
                    f"sheet {name!r} is too large ({sheet.height} rows × {sheet.width} columns)",
                )
            rows = [[_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            merges = tuple(
                CellRange(a, b, c, d) for (a, b), (c, d) in (sheet.merged_cell_ranges or ())
            )
            style = _style_probe(path, name) if kind in (".xlsx", ".xlsm") else None
            grids.append(make_grid(name, rows, merges, style))
        return grids
    except FileError:
        raise
    except python_calamine.PasswordError:
        raise FileError(path, "is protected with a password; save an unprotected copy") from None
    except Exception as exc:  # calamine raises several kinds for broken files
        reason = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise FileError(path, f"is not a readable workbook ({reason})") from None


def _read_bytes(path: str | Path) -> bytes:
    data = read_bytes(path, MAX_BYTES)
    if not data:
        raise FileError(path, "is empty")
    return data


def _check_container(path: str | Path, data: bytes, kind: str) -> None:
    """Refuse files that are not what their extension claims, encrypted ones and zip bombs."""
    if kind == ".xls":
        if data.startswith(_ZIP):
            raise FileError(path, "is an .xlsx or .ods workbook named .xls; rename it")
        if not data.startswith(_OLE):
            raise FileError(path, "is not an Excel 97-2003 workbook (perhaps a web page or text)")
        return
    if data.startswith(_OLE):
        if _ENCRYPTED_OOXML in data:
            raise FileError(path, "is protected with a password; save an unprotected copy")
        raise FileError(path, f"is an Excel 97-2003 workbook (.xls) named {kind}; rename it")
    if not data.startswith(_ZIP):
        raise FileError(path, f"is not a {kind} workbook (it is not a zip package)")
    try:
        import io

        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise FileError(path, f"is damaged: not a complete {kind} package") from None
    if sum(i.file_size for i in infos) > MAX_UNPACKED or len(infos) > 10_000:
        raise FileError(path, "expands to more than 1 GB; refused as unsafe")
    if any(i.flag_bits & 0x1 for i in infos):
        raise FileError(path, "is protected with a password; save an unprotected copy")


def _text(value: Any) -> str:
    """A cell value as the text a person sees."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()[:5] if isinstance(value, dt.time) else value.isoformat()
    return str(value)


def _style_probe(path: str | Path, sheet: str) -> Callable[[int, int], str | None]:
    """A lazy ``(row, col) -> style key`` for one sheet: openpyxl opens the file on first use."""
    keys: dict[tuple[int, int], str] | None = None

    def probe(row: int, col: int) -> str | None:
        nonlocal keys
        if keys is None:
            keys = _read_styles(path, sheet)
        return keys.get((row, col), "")

    return probe


def _read_styles(path: str | Path, sheet: str) -> dict[tuple[int, int], str]:
    """Bold and fill of every non-empty cell of one sheet (empty on any trouble)."""
    import openpyxl

    keys: dict[tuple[int, int], str] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about parts it drops
            _collect_styles(
                openpyxl.load_workbook(path, read_only=True, data_only=True), sheet, keys
            )
    except Exception:  # formatting is a hint only; a file calamine read stays readable
        return {}
    return keys


def _collect_styles(workbook: Any, sheet: str, keys: dict[tuple[int, int], str]) -> None:
    """Fill ``keys`` with ``bold|fill|colour`` of each non-empty cell of one sheet."""
    try:
        for row in workbook[sheet].iter_rows():
            for cell in row:
                if getattr(cell, "value", None) in (None, ""):
                    continue
                fill = cell.fill
                colour = fill.fgColor
                tone = colour.rgb if colour.type == "rgb" else f"{colour.type}{colour.value}"
                keys[(cell.row - 1, cell.column - 1)] = (
                    f"{bool(cell.font.b)}|{fill.fill_type}|{tone if fill.fill_type else ''}"
                )
    finally:
        workbook.close()
