"""Errors about files, always naming the file."""

from __future__ import annotations

import errno
from pathlib import Path

from raci_editor.core.errors import RaciError


class FileError(RaciError):
    """A file could not be read or written; ``str()`` is ``"<file>: <reason>"``."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


_OS_REASONS = {
    errno.ENOENT: "no such file or folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exhausted",
    errno.EROFS: "the file system is read-only",
    errno.EISDIR: "is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EBUSY: "the file is in use by another program",
    errno.ETXTBSY: "the file is in use by another program",
    errno.EIO: "the device reported an input/output error",
}


def os_reason(exc: OSError, doing: str) -> str:
    """A short human reason for an OSError, e.g. ``"cannot write: the disk is full"``."""
    reason = _OS_REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()
    return f"cannot {doing}: {reason}"
