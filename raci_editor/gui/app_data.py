"""Where the program keeps its own files (recovery copies, crash logs) and how often it autosaves.

The folder is Qt's application-data location for the user
(``~/.local/share/RACI Editor/RACI Editor`` on Linux) unless
:data:`DATA_DIR_ENV` names one; when only the settings folder is redirected
(:data:`settings.SETTINGS_DIR_ENV`, as the tests do), the data go in its
``data`` subfolder, so a test never touches a user's recovery copies.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from raci_editor.gui import settings

DATA_DIR_ENV = "RACI_EDITOR_DATA_DIR"
"""A folder for recovery copies and crash logs, instead of the user's app-data folder."""
AUTOSAVE_ENV = "RACI_EDITOR_AUTOSAVE_SECONDS"
"""Seconds between recovery copies; overrides the Preferences setting."""
AUTOSAVE_KEY = "autosave/seconds"
DEFAULT_AUTOSAVE_SECONDS = 60
MIN_AUTOSAVE_SECONDS = 1
MAX_AUTOSAVE_SECONDS = 3600


def data_dir() -> Path:
    """The program's data folder (it may not exist yet)."""
    folder = os.environ.get(DATA_DIR_ENV)
    if folder:
        return Path(folder)
    settings_folder = os.environ.get(settings.SETTINGS_DIR_ENV)
    if settings_folder:
        return Path(settings_folder) / "data"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".raci-editor"


def recovery_dir() -> Path:
    """Where the recovery copies of unsaved work are written."""
    return data_dir() / "recovery"


def log_dir() -> Path:
    """Where the reports of unexpected errors are written."""
    return data_dir() / "logs"


def autosave_override() -> int | None:
    """The interval set by :data:`AUTOSAVE_ENV`, or None when it is unset or not a number."""
    value = os.environ.get(AUTOSAVE_ENV, "").strip()
    try:
        seconds = int(value)
    except ValueError:
        return None
    return _clamp(seconds)


def saved_autosave_seconds() -> int:
    """The interval chosen in Preferences (the default when never chosen)."""
    value = settings.settings().value(AUTOSAVE_KEY, DEFAULT_AUTOSAVE_SECONDS)
    try:
        return _clamp(int(str(value)))
    except ValueError:
        return DEFAULT_AUTOSAVE_SECONDS


def autosave_seconds() -> int:
    """Seconds between recovery copies: the environment's, else the Preferences' setting."""
    override = autosave_override()
    return override if override is not None else saved_autosave_seconds()


def set_autosave_seconds(seconds: int) -> None:
    """Remember the interval chosen in Preferences."""
    settings.settings().setValue(AUTOSAVE_KEY, _clamp(seconds))


def _clamp(seconds: int) -> int:
    return max(MIN_AUTOSAVE_SECONDS, min(MAX_AUTOSAVE_SECONDS, seconds))
