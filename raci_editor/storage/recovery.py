"""Recovery copies of unsaved work: written beside nothing the user owns, found after a crash.

A recovery copy is a native ``.raci.json`` file and a small sidecar JSON in
one folder (the desktop passes its app-data folder). The sidecar names the
process that wrote it, so a copy is offered for recovery only when that
process is gone: a second editor running at the same time never takes the
first one's copies. Nothing here knows Qt.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from raci_editor.storage.atomic import write_atomic
from raci_editor.storage.errors import WRITE, FileError, os_reason

COPY_SUFFIX = ".raci.json"
INFO_SUFFIX = ".info.json"
_serial = itertools.count(1)


@dataclass(frozen=True)
class RecoveryCopy:
    """One recovery copy found in the folder, described by its sidecar."""

    slot: str
    """The name shared by the copy and its sidecar (``<pid>-<n>``)."""
    copy: Path
    """The native file holding the unsaved matrix."""
    path: Path | None
    """The native file the document saves to, or None for an untitled one."""
    source: Path | None
    """The file the matrix came from (may be a spreadsheet), for the title."""
    name: str
    """The name the window showed."""
    time: datetime
    """When the copy was written (local time)."""
    pid: int
    """The process that wrote it."""
    host: str | None
    """The computer that process ran on."""
    marker: str | None
    """What tells that process from a later one with the same id (see :func:`process_marker`)."""


def new_slot() -> str:
    """A slot name no other document of this process uses."""
    return f"{os.getpid()}-{next(_serial)}"


def write_copy(
    folder: Path, slot: str, text: str, *, path: Path | None, source: Path | None, name: str
) -> Path:
    """Write ``text`` (a native file) and its sidecar to ``folder``; return the copy's path.

    Raises FileError when the folder cannot be written.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileError(folder, os_reason(exc, WRITE)) from None
    copy = folder / f"{slot}{COPY_SUFFIX}"
    write_atomic(copy, text.encode("utf-8"))
    info = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "marker": process_marker(os.getpid()),
        "path": str(path) if path is not None else None,
        "source": str(source) if source is not None else None,
        "name": name,
        "time": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    write_atomic(folder / f"{slot}{INFO_SUFFIX}", json.dumps(info, indent=2).encode("utf-8"))
    return copy


def remove_copy(folder: Path, slot: str) -> None:
    """Remove a copy and its sidecar; a copy already gone is no error."""
    for name in (f"{slot}{INFO_SUFFIX}", f"{slot}{COPY_SUFFIX}"):
        with contextlib.suppress(OSError):
            (folder / name).unlink()


def orphaned_copies(folder: Path) -> list[RecoveryCopy]:
    """The copies left by processes that are no longer running, oldest first."""
    found: list[RecoveryCopy] = []
    if not folder.is_dir():
        return found
    here = socket.gethostname()
    for info_path in sorted(folder.glob(f"*{INFO_SUFFIX}")):
        slot = info_path.name[: -len(INFO_SUFFIX)]
        copy = _read_info(info_path, slot)
        if copy is None or not copy.copy.is_file():
            if copy is None or not _owner_alive(copy, here):
                remove_copy(folder, slot)  # half a copy: nothing to offer
            continue
        if not _owner_alive(copy, here):
            found.append(copy)
    return sorted(found, key=lambda c: c.time)


def _owner_alive(copy: RecoveryCopy, here: str) -> bool:
    if copy.host not in (None, here):
        return True  # another computer's process (a shared folder): not ours to judge
    if not process_alive(copy.pid):
        return False
    mine = process_marker(copy.pid)
    return copy.marker is None or mine is None or mine == copy.marker


def _info(info_path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(info_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _read_info(info_path: Path, slot: str) -> RecoveryCopy | None:
    raw = _info(info_path)
    try:
        pid = int(raw["pid"])
        when = datetime.fromisoformat(str(raw["time"]))
    except (KeyError, TypeError, ValueError):
        return None
    path, source, marker = raw.get("path"), raw.get("source"), raw.get("marker")
    host = raw.get("host")
    return RecoveryCopy(
        slot=slot,
        copy=info_path.with_name(f"{slot}{COPY_SUFFIX}"),
        path=Path(path) if isinstance(path, str) and path else None,
        source=Path(source) if isinstance(source, str) and source else None,
        name=str(raw.get("name") or slot),
        time=when,
        pid=pid,
        host=host if isinstance(host, str) else None,
        marker=marker if isinstance(marker, str) else None,
    )


# -- is the writer still running? ------------------------------------------------


def process_alive(pid: int) -> bool:
    """Whether a process with this id is running (a zombie counts as running)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def process_marker(pid: int) -> str | None:
    """What tells this process from a later one given the same id (Linux: boot and start time).

    None where the system does not say; then the id alone decides.
    """
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[-1].split()
    return f"{boot}:{fields[19]}" if len(fields) > 19 else None


if sys.platform == "win32":  # pragma: no cover - tested on Windows only

    def _windows_process_alive(pid: int) -> bool:
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return bool(code.value == 259)  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)

else:

    def _windows_process_alive(pid: int) -> bool:
        return False
