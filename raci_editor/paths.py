"""Where the bundled files are: icons, translations and the sample projects.

An installed wheel carries them inside the package (``raci_editor/resources``,
``raci_editor/sample_projects``); a source or editable checkout keeps them at
the top of the repository, beside the package. The package copy wins.
"""

from __future__ import annotations

from pathlib import Path

from raci_editor.core.errors import RaciError

_PACKAGE = Path(__file__).resolve().parent
DEFAULT_SAMPLE = "marketing-team.en.raci.json"
"""The sample the desktop opens when it is started without a file."""


class MissingResourceError(RaciError, FileNotFoundError):
    """A file or folder that ships with the program is not where it should be."""


def _bundled_dir(name: str) -> Path:
    """The first of ``<package>/name`` and ``<package>/../name`` that is a folder."""
    candidates = (_PACKAGE / name, _PACKAGE.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = " or ".join(str(c) for c in candidates)
    raise MissingResourceError(
        f"the bundled {name!r} folder is missing (looked in {looked}); "
        "the installation is incomplete, reinstall raci-editor"
    )


def _bundled_file(folder: Path, name: str) -> Path:
    path = folder / name
    if not path.is_file():
        raise MissingResourceError(
            f"the bundled file {path} is missing; the installation is incomplete, "
            "reinstall raci-editor"
        )
    return path


def resources_dir() -> Path:
    """The folder of icons and translations."""
    return _bundled_dir("resources")


def samples_dir() -> Path:
    """The folder of sample projects."""
    return _bundled_dir("sample_projects")


def sample_path(name: str = DEFAULT_SAMPLE) -> Path:
    """One sample project by file name, e.g. ``marketing-team.en.raci.json``."""
    return _bundled_file(samples_dir(), name)


def translations_dir() -> Path:
    """The folder of compiled translations (``.qm`` files)."""
    return resources_dir() / "translations"


def icon_path(name: str = "raci-editor.svg") -> Path:
    """An icon from ``resources/icons``; by default the application's own."""
    return _bundled_file(resources_dir() / "icons", name)


TEMPLATES = ("marketing-team", "product-launch", "event")
"""The samples offered by File › New from Template, by file-name stem."""


def template_path(stem: str, language: str = "en") -> Path:
    """A template's file in ``language`` (e.g. ``zh-CN``), or in English when there is none."""
    localised = samples_dir() / f"{stem}.{language}.raci.json"
    if localised.is_file():
        return localised
    return sample_path(f"{stem}.en.raci.json")
