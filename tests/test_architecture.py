"""The layers point inward: only gui/ imports Qt, core/ touches no files."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "raci_editor"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
CORE_ALLOWED = {
    "__future__", "bisect", "collections", "dataclasses", "enum", "re", "typing", "unicodedata",
    "csv", "io",  # clipboard text (TSV) is parsed in memory, never from files
    "pydantic", "raci_editor",
}  # fmt: skip


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules_outside_gui() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]


@pytest.mark.parametrize("path", modules_outside_gui(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_gui_imports_qt(path: Path) -> None:
    qt = {m for m in imported_modules(path) if m.split(".")[0] in QT}
    assert not qt, f"{path.name} imports {qt}; only raci_editor/gui may"


@pytest.mark.parametrize(
    "path", sorted((PACKAGE / "core").rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_core_uses_no_files_and_no_outer_layer(path: Path) -> None:
    for module in imported_modules(path):
        top = module.split(".")[0]
        assert top in CORE_ALLOWED, f"core/{path.name} imports {module}"
        if top == "raci_editor":
            assert module.startswith("raci_editor.core"), f"core/{path.name} imports {module}"


def test_storage_does_not_import_cli_or_gui() -> None:
    for path in (PACKAGE / "storage").glob("*.py"):
        for module in imported_modules(path):
            assert not module.startswith(("raci_editor.gui", "raci_editor.cli")), path.name


def test_the_checks_see_real_imports() -> None:
    """Guard the guard: the scanner finds the Qt import in gui/."""
    gui = [m for p in (PACKAGE / "gui").rglob("*.py") for m in imported_modules(p)]
    assert any(m.startswith("PySide6") for m in gui)
