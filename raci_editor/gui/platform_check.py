"""Say in one sentence why Qt cannot open a window, before Qt tries and aborts.

When Qt's xcb platform plugin cannot start it prints a long plugin error
and aborts the process. On Linux we check the two usual causes first: no
X display (or one that does not answer), and missing system libraries,
which we name by the Debian packages that provide them. Nothing here
imports Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

Loader = Callable[[str], object]
Connector = Callable[[str], bool]

XCB_LIBRARIES: dict[str, str] = {
    # shared library -> Debian/Ubuntu package. The NEEDED entries of Qt 6's
    # plugins/platforms/libqxcb.so and lib/libQt6XcbQpa.so.6, plus those of
    # libQt6Gui.so.6 that a minimal system may lack.
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

NO_DISPLAY = (
    "no display: DISPLAY is not set (run it on a desktop, or set QT_QPA_PLATFORM=offscreen)"
)


def no_answer(display: str) -> str:
    """The message for an X display that cannot be reached."""
    return (
        f"cannot connect to the X display {display} (is the X server running? "
        "check DISPLAY and XAUTHORITY, or set QT_QPA_PLATFORM=offscreen)"
    )


def problem(
    environ: Mapping[str, str] | None = None,
    loader: Loader | None = None,
    platform: str | None = None,
    connects: Connector | None = None,
) -> str | None:
    """Why the desktop cannot start here, in one sentence; None when it can (or we cannot tell).

    Args:
        environ: the environment to judge (default: ``os.environ``).
        loader: loads a shared library by name and raises OSError when it cannot
            (default: ``ctypes.CDLL``).
        platform: ``sys.platform`` to judge (default: the running one).
        connects: whether an X display answers (default: asks libxcb).
    """
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux" or not will_use_xcb(env):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return NO_DISPLAY
    missing = missing_packages(loader or ctypes.CDLL)
    if missing:
        names = " ".join(missing)
        return (
            f"the Qt window needs system libraries that are missing: {', '.join(missing)} "
            f"— install them with: sudo apt-get install {names}"
        )
    if not (connects or xcb_connects)(display):
        return no_answer(display)
    return None


def will_use_xcb(env: Mapping[str, str]) -> bool:
    """Whether Qt will pick its X11 (xcb) plugin in this environment."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.startswith("xcb")
    return not env.get("WAYLAND_DISPLAY")


def missing_packages(loader: Loader) -> list[str]:
    """Debian packages whose libraries ``loader`` cannot load, without duplicates, in order."""
    missing: list[str] = []
    for library, package in XCB_LIBRARIES.items():
        try:
            loader(library)
        except OSError:
            if package not in missing:
                missing.append(package)
    return missing


def xcb_connects(display: str) -> bool:
    """Whether the X server of ``display`` accepts a connection, asked through libxcb."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # cannot ask; let Qt find out
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)
