"""Finding the bundled resources and samples in a checkout or an installed package."""

from __future__ import annotations

from pathlib import Path

import pytest

from raci_editor import paths
from raci_editor.core.errors import RaciError


def test_the_bundled_folders_are_found() -> None:
    assert (paths.resources_dir() / "icons").is_dir()
    assert paths.translations_dir().is_dir()
    assert paths.samples_dir().is_dir()
    assert paths.icon_path().name == "raci-editor.svg"
    assert paths.sample_path().name == "marketing-team.en.raci.json"
    assert paths.sample_path("marketing-team.zh-CN.raci.json").is_file()


def test_a_missing_sample_is_a_clear_error() -> None:
    with pytest.raises(paths.MissingResourceError, match="reinstall raci-editor") as caught:
        paths.sample_path("no-such-sample.raci.json")
    assert isinstance(caught.value, RaciError)
    assert isinstance(caught.value, FileNotFoundError)


def fake_layout(root: Path, *folders: str) -> Path:
    package = root / "raci_editor"
    package.mkdir()
    for folder in folders:
        (root / folder).mkdir(parents=True)
    return package


def test_the_package_copy_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = fake_layout(tmp_path, "resources", "raci_editor/resources")
    monkeypatch.setattr(paths, "_PACKAGE", package)
    assert paths.resources_dir() == package / "resources"


def test_a_checkout_uses_the_folder_beside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = fake_layout(tmp_path, "sample_projects")
    monkeypatch.setattr(paths, "_PACKAGE", package)
    assert paths.samples_dir() == tmp_path / "sample_projects"


def test_no_folder_anywhere_names_both_places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = fake_layout(tmp_path)
    monkeypatch.setattr(paths, "_PACKAGE", package)
    with pytest.raises(paths.MissingResourceError) as caught:
        paths.resources_dir()
    assert str(package / "resources") in str(caught.value)
    assert str(tmp_path / "resources") in str(caught.value)
