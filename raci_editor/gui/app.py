"""Start the desktop editor: check the platform, read the file, open the window.

Qt is imported only after :mod:`platform_check` has found nothing that would
make Qt abort, so a missing display or library is one line on stderr and
exit status 2, like every other error of the command line.

Without a file the window shows the last file opened, if it still exists;
on a first run, an untitled copy of the bundled English sample.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from raci_editor import __version__, paths
from raci_editor.core.errors import RaciError
from raci_editor.gui import platform_check
from raci_editor.storage.formats import IMPORT_SUFFIXES, read_grids, read_matrix, suffix
from raci_editor.storage.result import LoadResult

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from raci_editor.gui.main_window import MainWindow

PROG = "raci-editor"
EXIT_ERROR = 2
APP_NAME = "RACI Editor"


def run(path: str | None, lang: str | None = None) -> int:
    """Open the editor on ``path`` (the bundled sample when None); return the exit status.

    ``lang`` (``en``, ``zh_CN``) overrides the language chosen in the settings
    and the system's for this start.
    """
    problem = platform_check.problem()
    if problem is not None:
        return _fail(problem)
    result: LoadResult | None = None
    importing = path is not None and suffix(path) in IMPORT_SUFFIXES
    if path is not None:
        try:  # an unreadable file is one line on stderr, before any window
            if importing:
                read_grids(path)
            else:
                result = read_matrix(path)
        except RaciError as exc:
            return _fail(str(exc))
    try:
        from raci_editor.gui.main_window import MainWindow
    except ImportError as exc:  # e.g. libGL missing on a headless server
        return _fail(f"cannot load Qt: {exc}")
    from raci_editor.gui import crash, language
    from raci_editor.gui.recovery_dialog import offer_recovery

    wanted = language.find(lang) if lang is not None else None
    if lang is not None and wanted is None:
        known = ", ".join(x.code for x in language.LANGUAGES)
        return _fail(f"unknown language {lang!r} (known: {known})")
    app = application()
    if not language.install(wanted or language.startup_language()):
        sys.stderr.write(f"{PROG}: warning: the translation is missing; the editor is in English\n")
    handler = crash.install()
    try:
        window = MainWindow()
        window.show()
        if result is not None and path is not None:
            window.show_result(result, Path(path))
        elif not (importing and path is not None and window.open_file(path)):
            open_at_start(window)  # nothing given, or the import preview was cancelled
        # What a crashed editor left behind; the windows restored into live as long as the loop.
        restored = offer_recovery(window)
        status = app.exec()
        restored.clear()
        return status
    finally:
        handler.uninstall()


def open_at_start(window: MainWindow) -> None:
    """No file given: the last file opened if it is still there, else on a first run the sample."""
    from raci_editor.gui import settings

    first = settings.first_launch()
    recent = settings.recent_files()
    if recent and recent[0].is_file() and window.open_file(recent[0]):
        return
    sample = default_sample() if first else None
    if sample is not None:
        window.files.open_copy(sample)


def application() -> QApplication:
    """The running QApplication (made if there is none), named and with the program's icon."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("raci-editor")
    # An incomplete installation still deserves a window, if without its icon.
    with contextlib.suppress(paths.MissingResourceError):
        app.setWindowIcon(QIcon(str(paths.icon_path())))
    return app


def default_sample() -> Path | None:
    """The sample to open when no file is given, or None when it is not installed."""
    try:
        return paths.sample_path(paths.DEFAULT_SAMPLE)
    except paths.MissingResourceError:
        return None


def _fail(message: str) -> int:
    sys.stderr.write(f"{PROG}: error: {message}\n")
    return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """The ``raci-editor-gui`` entry point: ``raci-editor-gui [FILE]``."""
    parser = argparse.ArgumentParser(
        prog="raci-editor-gui", description="Open the RACI Editor desktop, on FILE if given."
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="a matrix to open")
    parser.add_argument("--lang", metavar="CODE", help="the editor's language: en or zh_CN")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    ns = parser.parse_args(argv)
    return run(ns.file, ns.lang)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
