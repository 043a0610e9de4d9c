"""Pick the reader or writer for a file by its extension (case-insensitive)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from raci_editor.core.importing import Grid, ImportOptions
from raci_editor.core.model import Matrix
from raci_editor.storage import (
    csv_io,
    html_export,
    markdown_export,
    native,
    spreadsheet,
    xlsx_export,
)
from raci_editor.storage.errors import FileError
from raci_editor.storage.result import LoadResult

_READERS: dict[str, Callable[[Path], LoadResult]] = {
    ".raci.json": lambda p: LoadResult(native.load(p)),
    ".json": lambda p: LoadResult(native.load(p)),
    ".csv": csv_io.load,
    ".xlsx": spreadsheet.load,
    ".xlsm": spreadsheet.load,
    ".xls": spreadsheet.load,
    ".ods": spreadsheet.load,
}
_WRITERS: dict[str, Callable[[Matrix, Path], None]] = {
    ".raci.json": native.save,
    ".json": native.save,
    ".csv": csv_io.save,
    ".xlsx": xlsx_export.save,
    ".html": html_export.save,
    ".htm": html_export.save,
    ".md": markdown_export.save,
}
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
IMPORT_SUFFIXES = (*WORKBOOK_SUFFIXES, ".csv")
"""Files that go through the importer (and its preview in the editor)."""
_LATER = (".pdf", ".png")


def suffix(path: str | Path) -> str:
    """The format-deciding extension: ``.raci.json`` or the last suffix, lower-cased."""
    name = Path(path).name.lower()
    return ".raci.json" if name.endswith(".raci.json") else Path(name).suffix


def readable_suffixes() -> tuple[str, ...]:
    """Extensions this version can read."""
    return tuple(_READERS)


def writable_suffixes() -> tuple[str, ...]:
    """Extensions this version can write."""
    return tuple(_WRITERS)


def read_matrix(path: str | Path, sheet: str | None = None) -> LoadResult:
    """Read any supported file; raise FileError for an unsupported one."""
    if os.path.isdir(path):  # unlike Path.is_dir, never raises (e.g. for too long a name)
        raise FileError(path, "cannot read: is a folder, not a file")
    ext = suffix(path)
    reader = _READERS.get(ext)
    if reader is None:
        raise FileError(path, _unsupported(ext, "read", readable_suffixes()))
    if sheet is not None:
        if ext not in WORKBOOK_SUFFIXES:
            raise FileError(path, "--sheet applies only to workbooks (.xlsx, .xlsm, .xls, .ods)")
        return spreadsheet.load(path, ImportOptions(sheet=sheet))
    return reader(Path(path))


def read_grids(path: str | Path, cancel: threading.Event | None = None) -> list[Grid]:
    """The sheets of a workbook or CSV file, for the import preview; FileError when unreadable.

    ``cancel`` stops a workbook's reading (``safe_read.ReadCancelledError``).
    """
    ext = suffix(path)
    if ext == ".csv":
        return [csv_io.read_grid(path)]
    if ext in WORKBOOK_SUFFIXES:
        return spreadsheet.read_grids(path, cancel)
    raise FileError(path, f"is not a spreadsheet (import reads {', '.join(IMPORT_SUFFIXES)})")


def write_matrix(matrix: Matrix, path: str | Path) -> None:
    """Write any supported format, atomically; raise FileError for an unsupported one."""
    writer_for(path)(matrix, Path(path))


def register_writer(ext: str, writer: Callable[[Matrix, Path], None]) -> None:
    """Add a writer from an outer layer (PDF and PNG need Qt, which storage must not import)."""
    _WRITERS[ext] = writer


def writer_for(path: str | Path) -> Callable[[Matrix, Path], None]:
    """The writer for a file's extension; FileError when this version cannot write it."""
    ext = suffix(path)
    writer = _WRITERS.get(ext)
    if writer is None:
        raise FileError(path, _unsupported(ext, "write", writable_suffixes()))
    return writer


def _unsupported(ext: str, verb: str, supported: tuple[str, ...]) -> str:
    what = f"{ext} files" if ext else "files without an extension"
    soon = " in this version" if ext in _LATER else ""
    return f"cannot {verb} {what}{soon} (supported: {', '.join(supported)})"
