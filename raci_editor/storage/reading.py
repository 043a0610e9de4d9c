"""Read a whole file with a size limit, with one-line reasons for every failure."""

from __future__ import annotations

from pathlib import Path

from raci_editor.storage.errors import FileError, os_reason


def read_bytes(path: str | Path, limit: int, too_large: str = "") -> bytes:
    """The file's bytes; FileError when it cannot be read or is larger than ``limit``."""
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise FileError(path, os_reason(exc, "read")) from None
    if len(data) > limit:
        raise FileError(path, f"is larger than {limit >> 20} MB{too_large}")
    return data
