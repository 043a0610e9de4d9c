"""The translation files: complete, current with the source, and the .qm built from the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS_FILES = sorted(FOLDER.glob("raci_editor_*.ts"))
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&[^&\s]")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found, f"{name} is part of PySide6-Essentials and must be installed"
    return found


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation))
    return out


def _sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "raci_editor").rglob("*.py"))


def test_there_is_a_chinese_translation() -> None:
    assert FOLDER / "raci_editor_zh_CN.ts" in TS_FILES


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_and_none_is_obsolete(ts: Path) -> None:
    messages = _messages(ts)
    assert len(messages) > 500  # the whole interface, not a token file
    open_ones = [
        (ctx, src)
        for ctx, src, tr in messages
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()
    ]
    assert open_ones == [], f"{len(open_ones)} open in {ts.name}, first: {open_ones[:5]}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_placeholders_and_mnemonics(ts: Path) -> None:
    wrong = []
    for ctx, src, tr in _messages(ts):
        text = tr.text or ""
        same_fields = sorted(PLACEHOLDER.findall(src)) == sorted(PLACEHOLDER.findall(text))
        lost_mnemonic = bool(MNEMONIC.search(src)) and not MNEMONIC.search(text)
        if not same_fields or lost_mnemonic:
            wrong.append((ctx, src, text))
    assert wrong == []


def test_the_ts_files_list_exactly_the_texts_of_the_source(tmp_path: Path) -> None:
    """A text added or removed in the code without `make translations` fails here."""
    lupdate = _tool("pyside6-lupdate")
    for ts in TS_FILES:
        fresh = tmp_path / ts.name
        shutil.copy(ts, fresh)
        subprocess.run(
            [lupdate, "-no-obsolete", "-locations", "none", *_sources(), "-ts", str(fresh)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        have = {(c, s) for c, s, _ in _messages(ts)}
        now = {(c, s) for c, s, _ in _messages(fresh)}
        assert sorted(now - have) == [], "new texts; run `make translations` and translate them"
        assert sorted(have - now) == [], "texts gone from the source; run `make translations`"


def test_each_qm_is_built_from_its_current_ts(tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    for ts in TS_FILES:
        shipped = ts.with_suffix(".qm")
        assert shipped.is_file(), f"{shipped.name} missing; run `make translations`"
        built = tmp_path / shipped.name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(built)], check=True, timeout=120)
        assert built.read_bytes() == shipped.read_bytes(), (
            f"{shipped.name} is older than {ts.name}; run `make translations`"
        )


def test_the_letters_use_the_agreed_chinese_words() -> None:
    words = {(c, s): (t.text or "") for c, s, t in _messages(FOLDER / "raci_editor_zh_CN.ts")}
    assert words[("Letters", "Responsible")] == "负责"
    assert words[("Letters", "Accountable")] == "批准"
    assert words[("Letters", "Consulted")] == "咨询"
    assert words[("Letters", "Informed")] == "知会"


def test_the_menus_follow_chinese_desktop_conventions() -> None:
    texts = {s: (t.text or "") for _, s, t in _messages(FOLDER / "raci_editor_zh_CN.ts")}
    assert texts["&File"] == "文件(&F)"
    assert texts["&Edit"] == "编辑(&E)"
    assert texts["&View"] == "视图(&V)"
    assert texts["&Help"] == "帮助(&H)"


def test_the_package_ships_the_compiled_translations() -> None:
    from raci_editor import paths

    assert (paths.translations_dir() / "raci_editor_zh_CN.qm").is_file()
