"""Saving fails cleanly for every format, under real conditions rather than mocks (issue 8).

A small tmpfs is filled up or remounted read-only, a folder vanishes, a file
is pinned by a bind mount or made immutable, a folder is read-only to an
ordinary user. Each time the writer raises one clear FileError, the previous
file keeps its bytes and its permissions, and no temporary file is left.

Mounting needs root (CAP_SYS_ADMIN): elsewhere those tests are skipped, saying why.
"""

from __future__ import annotations

import errno
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # PDF and PNG need a (headless) Qt

import shutil
import stat
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import raci_editor.cli  # noqa: F401  (registers the PDF and PNG writers, as the app does)
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.storage.errors import FileError
from raci_editor.storage.formats import write_matrix

STORAGE_FORMATS = (".raci.json", ".csv", ".xlsx", ".html", ".md")
RENDERED_FORMATS = (".pdf", ".png")
FORMATS = [
    *STORAGE_FORMATS,
    *(pytest.param(ext, marks=pytest.mark.gui) for ext in RENDERED_FORMATS),
]
TMPFS_SIZE = "1m"
"""Room for the previous file of every format (the PNG is the largest)."""
NOBODY = 65534


def matrix(title: str, dev_builds: str) -> Matrix:
    return Matrix(
        title=title,
        roles=[Role(id="lead", name="Lead"), Role(id="dev", name="Developer")],
        activities=[Activity(id="plan", name="Plan"), Activity(id="build", name="Build")],
        letters={"plan": {"lead": "A", "dev": "R"}, "build": {"lead": "A", "dev": dev_builds}},
    )


OLD, NEW = matrix("Old", "RC"), matrix("New", "R")  # they differ in every format


def big_matrix() -> Matrix:
    """Larger than a page (4 KiB) in every format."""
    roles = [Role(id=f"r{n}", name=f"Role number {n}") for n in range(12)]
    activities = [Activity(id=f"a{n}", name=f"Activity number {n}") for n in range(150)]
    return Matrix(
        title="Big",
        roles=roles,
        activities=activities,
        letters={
            a.id: {r.id: "R" if i == j % 12 else "I" for i, r in enumerate(roles)}
            for j, a in enumerate(activities)
        },
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def listing(folder: Path) -> set[str]:
    return set(os.listdir(folder))


# -- real mounts -------------------------------------------------------------------------


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def mount_tmpfs(folder: Path, options: str) -> None:
    """Mount a tmpfs on ``folder``, or skip the test saying why it cannot be done here."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CAP_SYS_ADMIN)")
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("mount/umount are not installed")
    done = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"mount is not permitted here: {done.stderr.strip() or done.returncode}")


def unmount(folder: Path) -> None:
    if run("umount", str(folder)).returncode != 0:
        run("umount", "-l", str(folder))  # detach now; the kernel frees it when unused


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mounts a small tmpfs with the options given; every mount is undone at the end."""
    mounted: list[Path] = []

    def mount(options: str = f"size={TMPFS_SIZE}") -> Path:
        folder = tmp_path / f"tmpfs{len(mounted)}"
        folder.mkdir()
        mount_tmpfs(folder, options)
        mounted.append(folder)
        return folder

    yield mount
    for folder in reversed(mounted):
        unmount(folder)


def fill_blocks(folder: Path) -> Path:
    """Write one file until the file system has not a byte left."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as file:
        for chunk in (1 << 16, 1 << 12, 1):  # the last pages to the last byte
            try:
                while True:
                    file.write(b"\0" * chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    return filler


def fill_inodes(folder: Path) -> None:
    """Create empty files until the file system refuses one more."""
    for n in range(100_000):
        try:
            (folder / f"filler{n}").touch()
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
            return
    raise AssertionError("the inodes never ran out")


@pytest.fixture(params=FORMATS)
def fmt(request: pytest.FixtureRequest) -> str:
    """Each format the editor writes; PDF and PNG need a QApplication (as in the editor)."""
    ext: str = request.param
    if ext in RENDERED_FORMATS:
        request.getfixturevalue("qapp")
    return ext


def previous_file(folder: Path, ext: str, file_mode: int = 0o644) -> tuple[Path, bytes]:
    """A file written earlier in the same format, and its bytes."""
    path = folder / f"matrix{ext}"
    write_matrix(OLD, path)
    path.chmod(file_mode)
    return path, path.read_bytes()


def assert_fails_cleanly(
    path: Path, old: bytes, old_mode: int, reason: str, new: Matrix = NEW
) -> None:
    """Saving ``new`` over ``path`` fails in one clear line; the old file and folder are intact."""
    before = listing(path.parent)
    with pytest.raises(FileError) as info:
        write_matrix(new, path)
    assert str(info.value) == f"{path}: cannot write: {reason}"
    assert "\n" not in str(info.value)
    assert path.read_bytes() == old
    assert mode(path) == old_mode
    assert listing(path.parent) == before  # no temporary file left


# -- a full disk ---------------------------------------------------------------------------


def test_a_full_disk_leaves_the_previous_file_of_every_format(
    tmpfs: Callable[[str], Path], fmt: str
) -> None:
    folder = tmpfs(f"size={TMPFS_SIZE}")
    path, old = previous_file(folder, fmt, 0o640)
    filler = fill_blocks(folder)
    assert shutil.disk_usage(folder).free == 0
    assert_fails_cleanly(path, old, 0o640, "the disk is full")
    filler.unlink()  # once there is room again, the same save works
    write_matrix(NEW, path)
    assert path.read_bytes() != old
    assert mode(path) == 0o640
    assert listing(folder) == {path.name}


def test_a_disk_without_free_inodes_leaves_the_previous_file(
    tmpfs: Callable[[str], Path], fmt: str
) -> None:
    folder = tmpfs(f"size={TMPFS_SIZE},nr_inodes=16")
    path, old = previous_file(folder, fmt)
    fill_inodes(folder)
    assert_fails_cleanly(path, old, 0o644, "the disk is full")


def test_a_disk_that_fills_up_during_the_write(
    tmp_path: Path, tmpfs: Callable[[str], Path], fmt: str
) -> None:
    """Room for a part of the new file only: the half-written temporary file goes away."""
    big = big_matrix()
    write_matrix(big, tmp_path / f"big{fmt}")
    folder = tmpfs(f"size={TMPFS_SIZE}")
    path, old = previous_file(folder, fmt)
    filler = fill_blocks(folder)
    os.truncate(filler, filler.stat().st_size - 4096)  # one page free
    assert 0 < shutil.disk_usage(folder).free < (tmp_path / f"big{fmt}").stat().st_size
    assert_fails_cleanly(path, old, 0o644, "the disk is full", big)


# -- a read-only file system or folder ---------------------------------------------------------


def test_a_read_only_file_system_leaves_the_previous_file(
    tmpfs: Callable[[str], Path], fmt: str
) -> None:
    folder = tmpfs(f"size={TMPFS_SIZE}")
    path, old = previous_file(folder, fmt, 0o640)
    done = run("mount", "-o", "remount,ro", str(folder))
    assert done.returncode == 0, done.stderr
    assert_fails_cleanly(path, old, 0o640, "the file system is read-only")


def test_a_new_file_on_a_read_only_file_system(tmpfs: Callable[[str], Path], fmt: str) -> None:
    folder = tmpfs(f"size={TMPFS_SIZE},ro")
    path = folder / f"new{fmt}"
    with pytest.raises(FileError) as info:
        write_matrix(NEW, path)
    assert str(info.value) == f"{path}: cannot write: the file system is read-only"
    assert listing(folder) == set()


def save_as_ordinary_user(path: Path) -> str:
    """Save NEW at ``path`` as this user or, for root (who may write anywhere), as nobody.

    Returns the error message, or "written". The forked child only writes: a PDF or
    PNG is rendered here first, as Qt must not be used after a fork.
    """
    if os.geteuid() != 0:
        return _save_reporting(path)
    rendered = _rendered_bytes(path)
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():  # Python 3.12 warns about forking with threads
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            if rendered is not None:
                rendered()
            os.write(write_end, _save_reporting(path).encode())
        except BaseException as exc:
            os.write(write_end, f"the child failed: {exc!r}".encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as answer:
        message = answer.read().decode()
    os.waitpid(pid, 0)
    return message


def _save_reporting(path: Path) -> str:
    try:
        write_matrix(NEW, path)
    except FileError as exc:
        return str(exc)
    return "written"


def _rendered_bytes(path: Path) -> Callable[[], None] | None:
    """For a PDF or PNG: what makes the writer use bytes rendered now (before forking)."""
    if path.suffix not in RENDERED_FORMATS:
        return None
    from raci_editor.gui.render import writers

    name = "pdf_bytes" if path.suffix == ".pdf" else "png_bytes"
    data = getattr(writers, name)(NEW)

    def use_them() -> None:
        setattr(writers, name, lambda matrix: data)

    return use_them


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder that an ordinary user can reach (pytest's own tmp folder is private to root)."""
    top = Path(tempfile.mkdtemp(prefix="raci-save-failures-"))
    top.chmod(0o777)
    try:
        yield top
    finally:
        for folder, _, _ in os.walk(top):
            os.chmod(folder, 0o755)
        shutil.rmtree(top)


def test_a_read_only_folder_leaves_the_previous_file(shared_folder: Path, fmt: str) -> None:
    folder = shared_folder / "read-only"
    folder.mkdir()
    path, old = previous_file(folder, fmt, 0o644)
    folder.chmod(0o555)
    assert save_as_ordinary_user(path) == f"{path}: cannot write: permission denied"
    assert path.read_bytes() == old
    assert mode(path) == 0o644
    assert listing(folder) == {path.name}
    folder.chmod(0o777)  # the same user may save once the folder is writable
    assert save_as_ordinary_user(path) == "written"
    assert path.read_bytes() != old
    assert mode(path) == 0o644
    assert listing(folder) == {path.name}


# -- a folder that vanished, a path that is in the way ---------------------------------------------


def test_a_folder_that_vanished_after_opening(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    path, _ = previous_file(folder, fmt)
    shutil.rmtree(folder)
    with pytest.raises(FileError) as info:
        write_matrix(NEW, path)
    assert str(info.value) == f"{path}: cannot write: no such file or folder"
    assert not folder.exists()  # not created again behind the user's back
    assert listing(tmp_path) == set()


def test_a_folder_replaced_by_a_file(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    path, _ = previous_file(folder, fmt)
    shutil.rmtree(folder)
    folder.write_bytes(b"now a file")
    with pytest.raises(FileError) as info:
        write_matrix(NEW, path)
    assert str(info.value) == f"{path}: cannot write: a part of the path is not a folder"
    assert folder.read_bytes() == b"now a file"
    assert listing(tmp_path) == {"project"}


def test_a_folder_in_place_of_the_file(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"matrix{fmt}"
    path.mkdir()
    (path / "inside").write_bytes(b"kept")
    with pytest.raises(FileError) as info:
        write_matrix(NEW, path)
    assert str(info.value) == f"{path}: cannot write: is a folder, not a file"
    assert listing(path) == {"inside"}
    assert listing(tmp_path) == {path.name}


# -- a file held by someone else -----------------------------------------------------------------
# Linux has no mandatory locks: another program's flock/fcntl lock does not stop a rename.
# What does stop one: the file being a mount point (bind-mounted over, e.g. into a
# container) and the immutable attribute (chattr +i).


@pytest.fixture
def bind_mounted(tmp_path: Path) -> Iterator[Callable[[Path], None]]:
    """Bind-mounts a file over a path (so it is busy); undone at the end."""
    targets: list[Path] = []

    def bind(target: Path) -> None:
        if os.geteuid() != 0:
            pytest.skip("a bind mount needs root (CAP_SYS_ADMIN)")
        source = tmp_path / f"source-{target.name}"
        source.write_bytes(target.read_bytes())
        shutil.copymode(target, source)
        done = run("mount", "--bind", str(source), str(target))
        if done.returncode != 0:
            pytest.skip(f"mount is not permitted here: {done.stderr.strip() or done.returncode}")
        targets.append(target)

    yield bind
    for target in reversed(targets):
        unmount(target)


def test_a_file_in_use_as_a_mount_point_leaves_the_previous_file(
    tmp_path: Path, bind_mounted: Callable[[Path], None], fmt: str
) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    path, old = previous_file(folder, fmt, 0o640)
    bind_mounted(path)
    assert_fails_cleanly(path, old, 0o640, "the file is in use by another program")


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Callable[[Path], None]]:
    """Sets the immutable attribute on a file; cleared at the end so the file can go."""
    files: list[Path] = []

    def set_immutable(path: Path) -> None:
        if shutil.which("chattr") is None:
            pytest.skip("chattr is not installed")
        done = run("chattr", "+i", str(path))
        if done.returncode != 0:
            pytest.skip(f"cannot make a file immutable here: {done.stderr.strip()}")
        files.append(path)

    yield set_immutable
    for path in files:
        run("chattr", "-i", str(path))


def test_an_immutable_file_leaves_the_previous_file(
    tmp_path: Path, immutable: Callable[[Path], None], fmt: str
) -> None:
    path, old = previous_file(tmp_path, fmt, 0o640)
    immutable(path)
    assert_fails_cleanly(path, old, 0o640, "permission denied")


def test_a_lock_held_by_another_process_does_not_stop_the_save(tmp_path: Path) -> None:
    """Advisory locks are advice: the save replaces the file (and the holder's view stays)."""
    path, old = previous_file(tmp_path, ".raci.json")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys; f = open(sys.argv[1], 'rb+'); fcntl.lockf(f, fcntl.LOCK_EX);"
            " print('locked', flush=True); sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        write_matrix(NEW, path)
    finally:
        holder.communicate("", timeout=30)
    assert path.read_bytes() != old
    assert listing(tmp_path) == {path.name}


# -- permissions ----------------------------------------------------------------------------------


@pytest.mark.parametrize("file_mode", [0o640, 0o600, 0o604])
def test_saving_keeps_the_permissions_of_every_format(
    tmp_path: Path, fmt: str, file_mode: int
) -> None:
    old_umask = os.umask(0o077)  # the umask must not matter for an existing file
    try:
        path, old = previous_file(tmp_path, fmt, file_mode)
        write_matrix(NEW, path)
    finally:
        os.umask(old_umask)
    assert path.read_bytes() != old
    assert mode(path) == file_mode
    assert listing(tmp_path) == {path.name}


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another user")
def test_root_saving_a_users_file_keeps_it_the_users(tmp_path: Path, fmt: str) -> None:
    path, _ = previous_file(tmp_path, fmt, 0o640)
    os.chown(path, NOBODY, NOBODY)
    write_matrix(NEW, path)
    assert (path.stat().st_uid, path.stat().st_gid) == (NOBODY, NOBODY)
    assert mode(path) == 0o640


def test_a_file_owned_by_someone_else_in_a_shared_folder_is_still_saved(
    shared_folder: Path, fmt: str
) -> None:
    """The owner cannot be kept (only root may give files away): the save goes on."""
    if os.geteuid() != 0:
        pytest.skip("needs root, to run the save as another user")
    folder = shared_folder / "shared"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    path, old = previous_file(folder, fmt, 0o664)
    assert save_as_ordinary_user(path) == "written"
    assert path.read_bytes() != old
    assert path.stat().st_uid == NOBODY
    assert mode(path) == 0o664
    assert listing(folder) == {path.name}
