"""Read workbooks (.xlsx, .xlsm, .xls, .ods) into grids for the importer, refusing what is not one.

python-calamine reads the values and merged ranges of every format fast;
for .xlsx/.xlsm, openpyxl is asked for cell formatting only when the
importer needs it (to tell a bold phase row from an activity).
"""

from __future__ import annotations

import threading
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from raci_editor.core.errors import message_of
from raci_editor.core.importing import (
    CellRange,
    Grid,
    ImportOptions,
    NoMatrixFoundError,
    import_grids,
    make_grid,
)
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text
from raci_editor.storage import safe_read, xlsx_own
from raci_editor.storage.errors import FileError
from raci_editor.storage.reading import read_bytes
from raci_editor.storage.result import LoadResult

MAX_BYTES = 100 << 20
MAX_UNPACKED = 512 << 20
"""A zip whose parts expand past this is refused (a zip bomb)."""
PROTECTED = Text(
    QT_TRANSLATE_NOOP(
        "FileError", "is protected with a password; password-protected workbooks are not supported"
    )
)
MAX_MEMBERS = 10_000
"""A zip with more parts than this is refused."""
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
        imported: LoadResult = import_grids(grids, options, Path(path).name)
    except NoMatrixFoundError as exc:
        reason = QT_TRANSLATE_NOOP("FileError", "no RACI matrix found in {name}: {reason}")
        raise FileError(path, Text(reason, name=Path(path).name, reason=message_of(exc))) from None
    return imported


def read_grids(path: str | Path, cancel: threading.Event | None = None) -> list[Grid]:
    """Every sheet of a workbook as a grid (hidden sheets too: the importer decides).

    The cells are read by a separate process with memory and time limits
    (:mod:`safe_read`); ``cancel`` stops it (raising ``safe_read.ReadCancelledError``).
    """
    data = _read_bytes(path)
    kind = Path(path).suffix.lower()
    _check_container(path, data, kind)
    del data
    sheets = safe_read.read_sheets(path, cancel)
    if not sheets:
        raise FileError(path, Text(QT_TRANSLATE_NOOP("FileError", "holds no sheets")))
    grids = []
    for sheet in sheets:
        merges = tuple(CellRange(*m) for m in sheet["merges"])
        style = _style_probe(path, sheet["name"]) if kind in (".xlsx", ".xlsm") else None
        grids.append(make_grid(sheet["name"], sheet["rows"], merges, style))
    return grids


def _read_bytes(path: str | Path) -> bytes:
    data = read_bytes(path, MAX_BYTES)
    if not data:
        raise FileError(path, Text(QT_TRANSLATE_NOOP("FileError", "is empty")))
    return data


def _check_container(path: str | Path, data: bytes, kind: str) -> None:
    """Refuse files that are not what their extension claims, encrypted ones and zip bombs."""
    if kind == ".xls":
        if data.startswith(_ZIP):
            reason = QT_TRANSLATE_NOOP(
                "FileError", "is an .xlsx or .ods workbook named .xls; rename it"
            )
            raise FileError(path, Text(reason))
        if not data.startswith(_OLE):
            reason = QT_TRANSLATE_NOOP(
                "FileError", "is not an Excel 97-2003 workbook (perhaps a web page or text)"
            )
            raise FileError(path, Text(reason))
        return
    if data.startswith(_OLE):
        if _ENCRYPTED_OOXML in data:
            raise FileError(path, PROTECTED)
        reason = QT_TRANSLATE_NOOP(
            "FileError", "is an Excel 97-2003 workbook (.xls) named {suffix}; rename it"
        )
        raise FileError(path, Text(reason, suffix=kind))
    if not data.startswith(_ZIP):
        reason = QT_TRANSLATE_NOOP(
            "FileError", "is not a {suffix} workbook (it is not a zip package)"
        )
        raise FileError(path, Text(reason, suffix=kind))
    try:
        import io

        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        reason = QT_TRANSLATE_NOOP("FileError", "is damaged: not a complete {suffix} package")
        raise FileError(path, Text(reason, suffix=kind)) from None
    if len(infos) > MAX_MEMBERS:
        reason = QT_TRANSLATE_NOOP("FileError", "has more than {limit} parts; refused as unsafe")
        raise FileError(path, Text(reason, limit=f"{MAX_MEMBERS:,}"))
    if sum(i.file_size for i in infos) > MAX_UNPACKED:
        reason = QT_TRANSLATE_NOOP("FileError", "expands to more than {size} MB; refused as unsafe")
        raise FileError(path, Text(reason, size=MAX_UNPACKED >> 20))
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        reason = QT_TRANSLATE_NOOP(
            "FileError", "holds two parts with the same name; refused as unsafe"
        )
        raise FileError(path, Text(reason))
    if any(i.flag_bits & 0x1 for i in infos):
        raise FileError(path, PROTECTED)


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
