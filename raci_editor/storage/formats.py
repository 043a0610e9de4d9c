"""Pick the reader or writer for a file by its extension (case-insensitive)."""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from raci_editor.core.importing.plan import ImportOptions
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Source, Text
from raci_editor.storage.errors import READ, FileError, cannot
from raci_editor.storage.result import LoadResult

if TYPE_CHECKING:
    from raci_editor.core.importing.grid import Grid
    from raci_editor.core.model import Matrix

# Each format's module is imported when a file of that format is met, so that
# `raci-editor validate team.raci.json` does not load the importer and exporters.


def _read_native(path: Path) -> LoadResult:
    from raci_editor.storage import native

    return LoadResult(native.load(path), keeps_ids=True)


def _read_csv(path: Path) -> LoadResult:
    from raci_editor.storage import csv_io

    return csv_io.load(path)


def _read_workbook(path: Path, options: ImportOptions | None = None) -> LoadResult:
    from raci_editor.storage import spreadsheet

    return spreadsheet.load(path, options)


def _write_native(matrix: Matrix, path: Path) -> None:
    from raci_editor.storage import native

    native.save(matrix, path)


def _write_csv(matrix: Matrix, path: Path) -> None:
    from raci_editor.storage import csv_io

    csv_io.save(matrix, path)


def _write_xlsx(matrix: Matrix, path: Path) -> None:
    from raci_editor.storage import xlsx_export

    xlsx_export.save(matrix, path)


def _write_html(matrix: Matrix, path: Path) -> None:
    from raci_editor.storage import html_export

    html_export.save(matrix, path)


def _write_markdown(matrix: Matrix, path: Path) -> None:
    from raci_editor.storage import markdown_export

    markdown_export.save(matrix, path)


_READERS: dict[str, Callable[[Path], LoadResult]] = {
    ".raci.json": _read_native,
    ".json": _read_native,
    ".csv": _read_csv,
    ".xlsx": _read_workbook,
    ".xlsm": _read_workbook,
    ".xls": _read_workbook,
    ".ods": _read_workbook,
}
_WRITERS: dict[str, Callable[[Matrix, Path], None]] = {
    ".raci.json": _write_native,
    ".json": _write_native,
    ".csv": _write_csv,
    ".xlsx": _write_xlsx,
    ".html": _write_html,
    ".htm": _write_html,
    ".md": _write_markdown,
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
        return _read_workbook(Path(path), ImportOptions(sheet=sheet))
    return reader(Path(path))


def read_grids(path: str | Path, cancel: threading.Event | None = None) -> list[Grid]:
    """The sheets of a workbook or CSV file, for the import preview; FileError when unreadable.

    ``cancel`` stops a workbook's reading (``safe_read.ReadCancelledError``).
    """
    ext = suffix(path)
    if ext == ".csv":
        from raci_editor.storage import csv_io

        return [csv_io.read_grid(path)]
    if ext in WORKBOOK_SUFFIXES:
        from raci_editor.storage import spreadsheet

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
