"""Run :mod:`grid_worker` with a memory limit, a CPU limit and a deadline; cancel on request.

A workbook can claim a huge sheet in a few bytes; reading it in this
process could exhaust memory or take minutes. The worker runs with
``RLIMIT_AS`` and ``RLIMIT_CPU`` where the platform has them, and is
killed at the deadline or when the user cancels.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from raci_editor.core.texts import QT_TRANSLATE_NOOP, Source, Text
from raci_editor.storage import grid_worker
from raci_editor.storage.errors import FileError

MEMORY_LIMIT = 1536 << 20
"""Address space the worker may use (bytes)."""
TIME_LIMIT = 60
"""Seconds the worker may take (CPU and wall clock)."""
_POLL = 0.05


class ReadCancelledError(Exception):
    """The user stopped the reading."""


def read_sheets(
    path: str | Path, cancel: threading.Event | None = None, deadline: float = TIME_LIMIT
) -> list[dict[str, Any]]:
    """The worker's sheets for ``path``; FileError naming the limit it hit; ReadCancelledError."""
    command = [
        sys.executable,
        "-I",
        grid_worker.__file__,
        os.fspath(path),
        str(MEMORY_LIMIT),
        str(TIME_LIMIT),
    ]
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    except OSError as exc:
        reason = QT_TRANSLATE_NOOP("FileError", "cannot start the reader ({error})")
        raise FileError(path, Text(reason, error=str(exc.strerror or exc))) from None
    out, err = _wait(process, path, cancel, deadline)
    if process.returncode != 0:
        raise FileError(path, _death(process.returncode, err))
    try:
        result = json.loads(out)
    except ValueError:
        reason = QT_TRANSLATE_NOOP(
            "FileError", "is not a readable workbook (the reader gave no answer)"
        )
        raise FileError(path, Text(reason)) from None
    if "error" in result:
        raise FileError(path, worker_reason(result))
    sheets: list[dict[str, Any]] = result["sheets"]
    for sheet in sheets:
        sheet["rows"] = [grid_worker.cells(row) for row in sheet["rows"]]
    return sheets


def worker_reason(result: dict[str, Any]) -> str:
    """The worker's reason rebuilt as a :class:`Text`; its English sentence if that cannot be."""
    english = str(result["error"])
    template = grid_worker.REASONS.get(str(result.get("reason")))
    params = result.get("params", {})
    if template is None or not isinstance(params, dict):
        return english
    try:
        text = Text(Source("FileError", template), **{str(k): str(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return english
    return text if text == english else english


_WITHIN = QT_TRANSLATE_NOOP(
    "FileError", "could not be read within {seconds} seconds; reading stopped"
)


def _wait(
    process: subprocess.Popen[bytes], path: str | Path, cancel: threading.Event | None, limit: float
) -> tuple[bytes, bytes]:
    """Collect the output, killing the worker at the deadline or on cancel."""
    chunks: dict[str, bytes] = {}

    def collect() -> None:
        out, err = process.communicate()
        chunks["out"], chunks["err"] = out, err

    reader = threading.Thread(target=collect, daemon=True)
    reader.start()
    end = time.monotonic() + limit
    while reader.is_alive():
        reader.join(_POLL)
        if cancel is not None and cancel.is_set():
            process.kill()
            reader.join()
            raise ReadCancelledError
        if time.monotonic() > end:
            process.kill()
            reader.join()
            raise FileError(path, Text(_WITHIN, seconds=f"{limit:.0f}"))
    return chunks.get("out", b""), chunks.get("err", b"")


def _death(code: int, err: bytes) -> Text:
    """Why the worker died, for a person."""
    text = err.decode("utf-8", "replace")
    if "MemoryError" in text or code in (-6, -9, 134, 137) or "memory allocation" in text:
        reason = QT_TRANSLATE_NOOP(
            "FileError", "needs more than {size} MB of memory to read; refused as unsafe"
        )
        return Text(reason, size=MEMORY_LIMIT >> 20)
    if code in (-24, 152):  # SIGXCPU
        return Text(_WITHIN, seconds=str(TIME_LIMIT))
    reason = QT_TRANSLATE_NOOP(
        "FileError", "is not a readable workbook (the reader stopped with code {code})"
    )
    return Text(reason, code=code)
