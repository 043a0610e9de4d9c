"""Errors about files, always naming the file."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from raci_editor.core.errors import RaciError
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Source, Text


class FileError(RaciError):
    """A file could not be read or written; ``str()`` is ``"<file>: <reason>"``.

    ``reason`` is usually a :class:`Text`; :attr:`text` is the whole message
    as one, for the editor to say in the interface language.
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    @property
    def text(self) -> Text:
        """``"<file>: <reason>"`` as a :class:`Text` (its ``str()`` is ``str(self)``)."""
        return Text(_MESSAGE, file=self.path, reason=self.reason)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the path and the reason (a Text reason stays a Text)."""
        return (type(self), (self.path, self.reason), self.__dict__)


_MESSAGE = QT_TRANSLATE_NOOP("FileError", "{file}: {reason}")

READ = Text(QT_TRANSLATE_NOOP("FileError", "read"))
"""What was being done, for :func:`os_reason`: "cannot read: …"."""
WRITE = Text(QT_TRANSLATE_NOOP("FileError", "write"))
"""What was being done, for :func:`os_reason`: "cannot write: …"."""
_CANNOT = QT_TRANSLATE_NOOP("FileError", "cannot {doing}: {reason}")

_IN_USE = QT_TRANSLATE_NOOP("FileError", "the file is in use by another program")
_DENIED = QT_TRANSLATE_NOOP("FileError", "permission denied")
_OS_REASONS: dict[int, Source] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("FileError", "no such file or folder"),
    errno.EACCES: _DENIED,
    errno.EPERM: _DENIED,
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileError", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("FileError", "the disk quota is exhausted"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileError", "the file system is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileError", "is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileError", "a part of the path is not a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileError", "the file name is too long"),
    errno.EBUSY: _IN_USE,
    errno.ETXTBSY: _IN_USE,
    errno.EIO: QT_TRANSLATE_NOOP("FileError", "the device reported an input/output error"),
}


def os_reason(exc: OSError, doing: Text) -> Text:
    """A short human reason for an OSError, e.g. ``"cannot write: the disk is full"``.

    ``doing`` is :data:`READ` or :data:`WRITE` (or another Text of context FileError).
    """
    known = _OS_REASONS.get(exc.errno or 0)
    reason = Text(known) if known is not None else (exc.strerror or str(exc)).lower()
    return Text(_CANNOT, doing=doing, reason=reason)


def cannot(doing: Text, code: int) -> Text:
    """``"cannot <doing>: <reason>"`` for an errno ``code``, without an OSError."""
    return Text(_CANNOT, doing=doing, reason=Text(_OS_REASONS[code]))
