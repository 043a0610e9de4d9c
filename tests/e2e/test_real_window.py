"""The editor in a real X11 window, driven with real key presses (Xvfb + xdotool).

This is the check a person makes: open a copy of a sample, go to the first
cell, type a letter, save, quit, and look at what changed on disk. It needs
``Xvfb`` and ``xdotool`` (``make test`` installs them on Debian/Ubuntu).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from raci_editor import paths
from raci_editor.core.model import Matrix
from raci_editor.storage import native

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool (make test installs them)",
    ),
]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private virtual X display."""
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert socket.exists(), "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


class Editor:
    """A running ``raci-editor FILE`` and the keys sent to it."""

    def __init__(self, display: str, file: Path, home: Path) -> None:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
        }
        self.env = env
        self.log = home / "editor.log"
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "raci_editor", str(file)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.window = ""
        deadline = time.monotonic() + 60
        while not self.window and time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            found = self.windows()
            self.window = found[0] if found else ""
            time.sleep(0.2)
        if not self.window:
            self.kill()
            pytest.fail(f"no window appeared; the editor said: {self.log.read_text()[-2000:]}")
        time.sleep(0.5)

    def _xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
        return done.stdout

    def windows(self) -> list[str]:
        """Visible top-level windows of the program."""
        return self._xdotool("search", "--onlyvisible", "--pid", str(self.process.pid)).split()

    def keys(self, *keys: str) -> None:
        """Press keys one after another in the focused window of the program."""
        for key in keys:
            self._xdotool("key", "--clearmodifiers", key)
            time.sleep(0.25)

    def focus(self) -> None:
        self._xdotool("windowfocus", "--sync", self.window)
        time.sleep(0.2)

    def wait(self, timeout: float = 20) -> int:
        return self.process.wait(timeout=timeout)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    target = tmp_path / "team.raci.json"
    shutil.copyfile(paths.sample_path("marketing-team.en.raci.json"), target)
    return target


@pytest.fixture
def editor(display: str, sample_copy: Path, tmp_path: Path) -> Iterator[Editor]:
    running = Editor(display, sample_copy, tmp_path)
    running.focus()
    yield running
    running.kill()


def changed_cells(before: Matrix, after: Matrix) -> list[tuple[str, str, str, str]]:
    cells = []
    for activity in before.activities:
        for role in before.roles:
            old, new = before.cell(activity.id, role.id), after.cell(activity.id, role.id)
            if old != new:
                cells.append((activity.id, role.id, old, new))
    return cells


def test_typing_a_letter_and_saving_changes_that_one_cell(
    editor: Editor, sample_copy: Path
) -> None:
    before = native.load(paths.sample_path("marketing-team.en.raci.json"))
    editor.keys("ctrl+Home", "i", "ctrl+s", "ctrl+q")
    assert editor.wait() == 0
    after = native.load(sample_copy)
    first_activity, first_role = before.activities[0].id, before.roles[0].id
    old = before.cell(first_activity, first_role)
    assert changed_cells(before, after) == [
        (first_activity, first_role, old, before.scheme.normalise(old + "I"))
    ]
    assert after.roles == before.roles
    assert after.activities == before.activities
    assert after.notes == before.notes


def test_an_undo_before_saving_leaves_the_file_as_it_was(editor: Editor, sample_copy: Path) -> None:
    original = sample_copy.read_bytes()
    editor.keys("ctrl+Home", "i", "ctrl+z", "ctrl+s", "ctrl+q")
    assert editor.wait() == 0
    assert sample_copy.read_bytes() == original


def test_quitting_with_unsaved_changes_asks_first(editor: Editor, sample_copy: Path) -> None:
    original = sample_copy.read_bytes()
    editor.keys("ctrl+Home", "i", "ctrl+q")
    time.sleep(1.0)
    assert editor.process.poll() is None, "the editor closed without asking"
    assert len(editor.windows()) >= 2, "no question was shown"
    editor.keys("Escape")  # Cancel: keep editing
    time.sleep(0.5)
    assert editor.process.poll() is None
    assert sample_copy.read_bytes() == original
