"""Whether Qt can open a window here, judged without Qt (env vars and a fake loader)."""

from __future__ import annotations

import ctypes
import subprocess
import sys

import pytest

from raci_editor.gui import platform_check
from raci_editor.gui.platform_check import NO_DISPLAY, XCB_LIBRARIES, problem

pytestmark = pytest.mark.gui


def loads_all(name: str) -> object:
    return object()


def lacking(*missing: str):
    def loader(name: str) -> object:
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    return loader


X11 = {"DISPLAY": ":0"}


@pytest.mark.parametrize("qpa", ["offscreen", "wayland", "minimal", "wayland;xcb", "eglfs"])
def test_other_platforms_are_not_judged(qpa: str) -> None:
    assert problem({"QT_QPA_PLATFORM": qpa}, lacking(*XCB_LIBRARIES), "linux") is None


def test_a_wayland_session_is_not_judged() -> None:
    assert problem({"WAYLAND_DISPLAY": "wayland-0"}, lacking(*XCB_LIBRARIES), "linux") is None


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_other_systems_are_not_judged(system: str) -> None:
    assert problem({}, lacking(*XCB_LIBRARIES), system) is None


def test_no_display_is_one_sentence() -> None:
    assert problem({}, loads_all, "linux") == NO_DISPLAY
    assert NO_DISPLAY.startswith("no display: DISPLAY is not set")
    assert "QT_QPA_PLATFORM=offscreen" in NO_DISPLAY


def test_asking_for_xcb_on_wayland_still_needs_a_display() -> None:
    env = {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}
    assert problem(env, loads_all, "linux") == NO_DISPLAY


def answers(display: str) -> bool:
    return True


def test_a_display_with_every_library_is_fine() -> None:
    assert problem(X11, loads_all, "linux", answers) is None
    assert problem({**X11, "QT_QPA_PLATFORM": "xcb"}, loads_all, "linux", answers) is None


def test_a_display_that_does_not_answer_is_named() -> None:
    asked: list[str] = []

    def silent(display: str) -> bool:
        asked.append(display)
        return False

    found = problem({"DISPLAY": ":272"}, loads_all, "linux", silent)
    assert found == platform_check.no_answer(":272")
    assert found.startswith("cannot connect to the X display :272 (")
    assert asked == [":272"]


def test_libxcb_is_asked_whether_a_display_answers() -> None:
    try:
        ctypes.CDLL("libxcb.so.1")
    except OSError:
        pytest.skip("libxcb is not installed here")
    assert not platform_check.xcb_connects(":4321")
    assert not platform_check.xcb_connects("no-such-display-name")


def test_missing_libraries_are_named_by_their_debian_packages() -> None:
    found = problem(X11, lacking("libxcb-cursor.so.0", "libxcb-icccm.so.4"), "linux")
    assert found == (
        "the Qt window needs system libraries that are missing: libxcb-cursor0, libxcb-icccm4 "
        "— install them with: sudo apt-get install libxcb-cursor0 libxcb-icccm4"
    )


def test_a_package_is_named_once_even_if_several_of_its_libraries_are_missing() -> None:
    assert platform_check.missing_packages(lacking(*XCB_LIBRARIES)) == list(
        dict.fromkeys(XCB_LIBRARIES.values())
    )


def test_the_default_loader_is_ctypes(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def fake_cdll(name: str) -> object:
        asked.append(name)
        raise OSError(name)

    monkeypatch.setattr(platform_check.ctypes, "CDLL", fake_cdll)
    found = problem(X11, platform="linux")
    assert found is not None
    assert "libxcb-keysyms1" in found
    assert asked == list(XCB_LIBRARIES)


def test_the_environment_defaults_to_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert problem(platform="linux") is None


def test_the_xcb_plugin_libraries_are_all_checked() -> None:
    # The NEEDED entries of Qt 6.12's libqxcb.so and libQt6XcbQpa.so.6 besides Qt and libc.
    needed = (
        "libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-util.so.1 libxcb-image.so.0 "
        "libxcb-keysyms.so.1 libxcb-randr.so.0 libxcb-render-util.so.0 libxcb-shm.so.0 "
        "libxcb-sync.so.1 libxcb-xfixes.so.0 libxcb-render.so.0 libxcb-shape.so.0 "
        "libxcb-xkb.so.1 libxcb.so.1 libX11-xcb.so.1 libX11.so.6 libxkbcommon.so.0 "
        "libxkbcommon-x11.so.0 libGL.so.1 libglib-2.0.so.0"
    )
    for library in needed.split():
        assert library in XCB_LIBRARIES


def test_starting_the_desktop_does_not_import_qt_before_the_check() -> None:
    code = (
        "import sys, raci_editor.gui.app, raci_editor.paths; "
        "sys.exit(1 if any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
