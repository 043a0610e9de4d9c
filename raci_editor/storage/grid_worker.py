"""Read a workbook's cells in a separate process, so a hostile file cannot hurt the program.

Run as a script (``python -I grid_worker.py FILE MEMORY SECONDS``) by
:mod:`safe_read`; it caps its own memory and CPU time first, and the
parent keeps a deadline. It imports nothing
but the standard library and python-calamine, prints the sheets as JSON
on stdout, or ``{"error": "<reason>", "reason": "<key>", "params": {…}}``;
if it is killed (memory, time), the parent says so. Keep it free of project
imports: it must start fast.

A reason crosses to the parent as JSON, not as a pickled ``Text``: its key
in :data:`REASONS` and its values, from which the parent rebuilds the
translatable message (``safe_read``); ``"error"`` is the English sentence.
"""

from __future__ import annotations

import contextlib
import json
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:  # the worker starts for every workbook: it imports only what it runs
    from typing import Any

MAX_CELLS = 4_000_000
"""A sheet whose used range has more cells than this (rows × columns) is refused."""
SEPARATOR = "\ue000"
"""Joins a row's cells into one string (a private-use character no workbook text needs).

A sheet crosses as one JSON string per row, not one per cell: a hundredth
of the strings to write and to parse. A row whose cells hold the separator
itself crosses as a list. Trailing empty cells are left out.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name pyside6-lupdate reads
    """Mark ``source`` for translation in ``context`` (the worker cannot import core.texts)."""
    del context
    return source


REASONS = {
    "too-large": QT_TRANSLATE_NOOP(
        "FileError",
        "sheet {sheet} is too large ({rows} rows × {columns} columns; the limit is {limit} cells)",
    ),
    "protected": QT_TRANSLATE_NOOP(
        "FileError", "is protected with a password; password-protected workbooks are not supported"
    ),
    "unreadable": QT_TRANSLATE_NOOP("FileError", "is not a readable workbook ({reason})"),
}
"""Why a workbook cannot be read, by key; templates of context ``FileError``."""


def error(key: str, **params: str) -> dict[str, Any]:
    """The worker's answer for a reason: the English sentence, its key and its values."""
    return {"error": REASONS[key].format(**params), "reason": key, "params": params}


def text(value: Any) -> str:
    """A cell value as the text a person sees."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    import datetime as dt  # only a sheet with dates needs it

    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.time):
        return value.isoformat()[:5]
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def line(row: list[Any]) -> str | list[str]:
    """A row's cell texts as one string (see :data:`SEPARATOR`), or as a list if it must be."""
    try:
        joined = SEPARATOR.join(row)  # the usual row: texts only, joined in C
    except TypeError:  # numbers, dates, booleans
        row = [v if v.__class__ is str else text(v) for v in row]
        joined = SEPARATOR.join(row)
    if joined.count(SEPARATOR) != len(row) - 1:
        return list(row)
    return joined.rstrip(SEPARATOR)


def cells(row: str | list[str]) -> list[str]:
    """A row's cell texts as :func:`line` sent them (the parent's side)."""
    return row.split(SEPARATOR) if isinstance(row, str) else row


def read(path: str) -> dict[str, Any]:
    """The sheets of a workbook: names, cell texts, merged ranges; or an error reason."""
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(path)
        sheets = []
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            if sheet.height * sheet.width > MAX_CELLS:
                return error(
                    "too-large",
                    sheet=repr(name),
                    rows=str(sheet.height),
                    columns=str(sheet.width),
                    limit=f"{MAX_CELLS:,}",
                )
            rows = [line(row) for row in sheet.to_python(skip_empty_area=False)]
            merges = [[a, b, c, d] for (a, b), (c, d) in (sheet.merged_cell_ranges or ())]
            sheets.append({"name": name, "rows": rows, "merges": merges})
        return {"sheets": sheets}
    except python_calamine.PasswordError:
        return error("protected")
    except Exception as exc:  # calamine raises several kinds for broken files
        return error("unreadable", reason=" ".join(str(exc).split())[:160] or type(exc).__name__)


def limit(memory: int, seconds: int) -> None:
    """Cap this process's address space and CPU time (where the platform can)."""
    try:
        import resource
    except ImportError:  # not on Windows: the parent's deadline still holds
        return
    for which, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, seconds)):
        with contextlib.suppress(ValueError, OSError):  # a lower hard limit already holds
            resource.setrlimit(which, (value, value))


def main() -> int:
    """``grid_worker.py FILE MEMORY_BYTES CPU_SECONDS``: read FILE; JSON on stdout."""
    if len(sys.argv) > 3:
        limit(int(sys.argv[2]), int(sys.argv[3]))
    result = read(sys.argv[1])
    sys.stdout.write(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
