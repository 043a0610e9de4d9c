"""Atomic file replacement: a failed write leaves the old file exactly as it was."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import threading
from pathlib import Path

from raci_editor.storage.errors import WRITE, FileError, cannot, os_reason


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    The temporary file is flushed and fsynced, given the old file's permissions
    (or the usual ones for a new file) and, where allowed, its owner and group,
    then renamed over ``path``. On any failure the temporary file is removed and
    FileError names the reason.
    """
    target = Path(os.path.realpath(path))  # write through a symlink, keep the link
    folder = target.parent
    if os.path.isdir(target):  # Path.is_dir raises for some errors, e.g. too long a name
        raise FileError(path, cannot(WRITE, errno.EISDIR))
    owner: tuple[int, int] | None = None
    try:
        old = target.stat()
        mode, owner = stat.S_IMODE(old.st_mode), (old.st_uid, old.st_gid)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as exc:
        raise FileError(path, os_reason(exc, WRITE)) from None
    tmp_name: str | None = None
    try:
        # A short prefix: the temporary name must fit where the target's name just fits.
        prefix = f".{target.name[:40]}."
        fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        if owner is not None:
            _keep_owner(tmp_name, owner)
        os.chmod(tmp_name, mode)  # after chown, which may clear the set-id bits
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as exc:
        raise FileError(path, os_reason(exc, WRITE)) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


_UMASK_LOCK = threading.Lock()


def _umask() -> int:
    """The process's umask; reading it means setting it, so threads take turns."""
    with _UMASK_LOCK:
        current = os.umask(0)
        os.umask(current)
    return current


def _keep_owner(tmp_name: str, owner: tuple[int, int]) -> None:
    """Give the new file the old one's owner and group, as far as this user may.

    Root keeps a user's file the user's; a user keeps a shared file's group.
    Ownership is kept on a best-effort basis: it never makes a save fail.
    """
    if not hasattr(os, "chown"):  # Windows
        return
    uid, gid = owner
    if (uid, gid) == (os.geteuid(), os.getegid()):
        return
    for new_uid, new_gid in ((uid, gid), (-1, gid)):
        try:
            os.chown(tmp_name, new_uid, new_gid)
            return
        except OSError:  # not permitted, or not supported by the file system
            continue


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
