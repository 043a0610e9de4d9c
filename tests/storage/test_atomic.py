"""Saving is atomic: a failed save leaves the previous file exactly as it was."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.storage import csv_io, native
from raci_editor.storage.atomic import write_atomic
from raci_editor.storage.errors import FileError

MATRIX = Matrix(
    title="New",
    roles=[Role(id="r", name="Boss")],
    activities=[Activity(id="a", name="Plan")],
    letters={"a": {"r": "RA"}},
)
OLD = b'{"schema_version": 1, "title": "Old"}\n'


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "m.raci.json"
    path.write_bytes(OLD)
    return path


def fail_with(errno_value: int) -> Any:
    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(errno_value, os.strerror(errno_value))

    return boom


def test_save_replaces_the_content(old_file: Path) -> None:
    native.save(MATRIX, old_file)
    assert native.load(old_file) == MATRIX
    assert os.listdir(old_file.parent) == [old_file.name]


def test_the_file_keeps_its_permissions(old_file: Path) -> None:
    old_file.chmod(0o600)
    native.save(MATRIX, old_file)
    assert mode(old_file) == 0o600
    old_file.chmod(0o640)
    csv_io.save(MATRIX, old_file)
    assert mode(old_file) == 0o640


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old_umask = os.umask(0o027)
    try:
        native.save(MATRIX, tmp_path / "new.raci.json")
    finally:
        os.umask(old_umask)
    assert mode(tmp_path / "new.raci.json") == 0o640


@pytest.mark.parametrize("failing", ["fsync", "replace", "chmod"])
def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(
    failing: str, old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, failing, fail_with(errno.ENOSPC))
    with pytest.raises(FileError) as info:
        native.save(MATRIX, old_file)
    monkeypatch.undo()
    assert str(info.value) == f"{old_file}: cannot write: the disk is full"
    assert old_file.read_bytes() == OLD
    assert os.listdir(old_file.parent) == [old_file.name]


def test_a_failing_write_leaves_the_old_file(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fdopen = os.fdopen

    class HalfWritten:
        def __init__(self, fd: int, mode: str) -> None:
            self.file = real_fdopen(fd, mode)

        def __enter__(self) -> HalfWritten:
            return self

        def __exit__(self, *exc: object) -> None:
            self.file.close()

        def write(self, data: bytes) -> None:
            self.file.write(data[:10])
            raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "fdopen", HalfWritten)
    with pytest.raises(FileError, match="input/output error"):
        native.save(MATRIX, old_file)
    monkeypatch.undo()
    assert old_file.read_bytes() == OLD
    assert os.listdir(old_file.parent) == [old_file.name]


def test_a_folder_that_refuses_new_files(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, where a read-only folder does not stop writes: fake the refusal.
    monkeypatch.setattr("tempfile.mkstemp", fail_with(errno.EACCES))
    with pytest.raises(FileError) as info:
        native.save(MATRIX, old_file)
    assert str(info.value) == f"{old_file}: cannot write: permission denied"
    assert old_file.read_bytes() == OLD


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_a_read_only_folder(old_file: Path) -> None:
    old_file.parent.chmod(0o500)
    try:
        with pytest.raises(FileError, match="permission denied"):
            native.save(MATRIX, old_file)
    finally:
        old_file.parent.chmod(0o700)
    assert old_file.read_bytes() == OLD


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "m.raci.json"
    with pytest.raises(FileError) as info:
        native.save(MATRIX, path)
    assert str(info.value) == f"{path}: cannot write: no such file or folder"
    assert not (tmp_path / "missing").exists()


def test_a_folder_in_place_of_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "m.raci.json"
    folder.mkdir()
    with pytest.raises(FileError, match="cannot write: is a folder, not a file"):
        native.save(MATRIX, folder)
    assert folder.is_dir()


def test_writing_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "m.raci.json"
    target.write_bytes(OLD)
    target.chmod(0o604)
    link = tmp_path / "link.raci.json"
    link.symlink_to(target)
    native.save(MATRIX, link)
    assert link.is_symlink()
    assert native.load(target) == MATRIX
    assert mode(target) == 0o604
    assert sorted(os.listdir(tmp_path / "real")) == ["m.raci.json"]


def test_a_long_file_name_that_just_fits(tmp_path: Path) -> None:
    path = tmp_path / ("报" * 78 + ".raci.json")  # 244 of 255 bytes; the temporary name too
    native.save(MATRIX, path)
    assert native.load(path) == MATRIX


def test_write_atomic_writes_exact_bytes(tmp_path: Path) -> None:
    data = bytes(range(256)) * 3
    write_atomic(tmp_path / "x.bin", data)
    assert (tmp_path / "x.bin").read_bytes() == data
