"""Pick the reader or writer for a file by its extension (case-insensitive)."""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable
from pathlib import Path

from raci_editor.core.importing import Grid, ImportOptions
from raci_editor.core.model import Matrix
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Source, Text
from raci_editor.storage import (
    csv_io,
    html_export,
    markdown_export,
    native,
    spreadsheet,
    xlsx_export,
)
from raci_editor.storage.errors import READ, FileError, cannot
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
        raise FileError(path, cannot(READ, errno.EISDIR))
    ext = suffix(path)
    reader = _READERS.get(ext)
    if reader is None:
        raise FileError(path, _unsupported(ext, _CANNOT_READ, readable_suffixes()))
    if sheet is not None:
        if ext not in WORKBOOK_SUFFIXES:
            reason = QT_TRANSLATE_NOOP(
                "FileError", "--sheet applies only to workbooks (.xlsx, .xlsm, .xls, .ods)"
            )
            raise FileError(path, Text(reason))
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
    reason = QT_TRANSLATE_NOOP("FileError", "is not a spreadsheet (import reads {suffixes})")
    raise FileError(path, Text(reason, suffixes=", ".join(IMPORT_SUFFIXES)))


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
        raise FileError(path, _unsupported(ext, _CANNOT_WRITE, writable_suffixes()))
    return writer


_CANNOT_READ = (
    QT_TRANSLATE_NOOP("FileError", "cannot read {suffix} files (supported: {supported})"),
    QT_TRANSLATE_NOOP(
        "FileError", "cannot read {suffix} files in this version (supported: {supported})"
    ),
    QT_TRANSLATE_NOOP(
        "FileError", "cannot read files without an extension (supported: {supported})"
    ),
)
_CANNOT_WRITE = (
    QT_TRANSLATE_NOOP("FileError", "cannot write {suffix} files (supported: {supported})"),
    QT_TRANSLATE_NOOP(
        "FileError", "cannot write {suffix} files in this version (supported: {supported})"
    ),
    QT_TRANSLATE_NOOP(
        "FileError", "cannot write files without an extension (supported: {supported})"
    ),
)
"""Why a file cannot be read or written: its kind, one coming later, no extension at all."""


def _unsupported(
    ext: str, reasons: tuple[Source, Source, Source], supported: tuple[str, ...]
) -> Text:
    kind, later, bare = reasons
    reason = (later if ext in _LATER else kind) if ext else bare
    return Text(reason, suffix=ext, supported=", ".join(supported))
