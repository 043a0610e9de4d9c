"""Read a whole file with a size limit, with one-line reasons for every failure."""

from __future__ import annotations

from pathlib import Path

from raci_editor.core.texts import QT_TRANSLATE_NOOP, Source, Text
from raci_editor.storage.errors import READ, FileError, os_reason

TOO_LARGE = QT_TRANSLATE_NOOP("FileError", "is larger than {size} MB")
"""The reason for a file over the limit; ``{size}`` is the limit in MB."""


def read_bytes(path: str | Path, limit: int, too_large: Source = TOO_LARGE) -> bytes:
    """The file's bytes; FileError when it cannot be read or is larger than ``limit``.

    ``too_large`` is the reason given for a larger file (with ``{size}``, in MB).
    """
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise FileError(path, os_reason(exc, READ)) from None
    if len(data) > limit:
        raise FileError(path, Text(too_large, size=limit >> 20))
    return data
