"""The program's settings: one place that makes the QSettings, and the recent files.

Settings are always an INI file. Where it lives is Qt's choice for the user
(``~/.config/RACI Editor/raci-editor.ini`` on Linux) unless the environment
variable :data:`SETTINGS_DIR_ENV` names a folder; the tests point it at a
temporary folder so that they never touch a user's settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_DIR_ENV = "RACI_EDITOR_SETTINGS_DIR"
"""A folder for the settings file, instead of the user's configuration folder."""
ORGANIZATION = "RACI Editor"
APPLICATION = "raci-editor"
MAX_RECENT = 10
"""How many files File › Open Recent remembers."""

RECENT_KEY = "files/recent"
LAUNCHED_KEY = "app/launched"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SHOW_COUNTS_KEY = "view/show-counts"
"""Whether View › Show Counts is on."""
EXPORT_FOLDER_KEY = "files/export-folder"
"""Where File › Export last wrote a file."""


def settings() -> QSettings:
    """The program's settings (an INI file; see :data:`SETTINGS_DIR_ENV`)."""
    folder = os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        return QSettings(str(Path(folder) / f"{APPLICATION}.ini"), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def _strings(value: object) -> list[str]:
    """A settings value read back as a list of strings (INI stores one item as a string)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return []


def recent_files() -> list[Path]:
    """The files opened last, newest first."""
    return [Path(p) for p in _strings(settings().value(RECENT_KEY))][:MAX_RECENT]


def _store_recent(files: list[Path]) -> None:
    store = settings()
    if files:
        store.setValue(RECENT_KEY, [str(p) for p in files[:MAX_RECENT]])
    else:
        store.remove(RECENT_KEY)


def add_recent_file(path: Path) -> list[Path]:
    """Put ``path`` first in the recent files; return the new list."""
    path = path.absolute()
    files = [path, *(p for p in recent_files() if p != path)][:MAX_RECENT]
    _store_recent(files)
    return files


def remove_recent_file(path: Path) -> list[Path]:
    """Forget one recent file; return the new list."""
    files = [p for p in recent_files() if p != path]
    _store_recent(files)
    return files


def clear_recent_files() -> None:
    """Forget every recent file."""
    _store_recent([])


def folder(key: str) -> Path | None:
    """A remembered folder, or None when none is remembered or it is gone."""
    value = settings().value(key)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return None


def set_folder(key: str, path: Path) -> None:
    """Remember a folder (e.g. where the last export went)."""
    settings().setValue(key, str(path))


def first_launch() -> bool:
    """Whether the program has never been started with these settings; marks it started."""
    store = settings()
    first = not store.value(LAUNCHED_KEY, False, bool)
    if first:
        store.setValue(LAUNCHED_KEY, True)
    return first
