"""Error messages are Texts: English as ever for the command line, translatable for the editor."""

from __future__ import annotations

import errno
import json
import pickle
import sys
from pathlib import Path

import pytest

from raci_editor.core import edits, grid_ops
from raci_editor.core.errors import ModelError, RaciError, describe_validation_errors
from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.texts import ENGLISH, Text, render
from raci_editor.storage import grid_worker, native, safe_read
from raci_editor.storage.errors import READ, WRITE, FileError, os_reason
from raci_editor.storage.formats import read_matrix, writer_for

ZH = {
    ("FileError", "{file}: {reason}"): "{file}：{reason}",
    ("FileError", "cannot {doing}: {reason}"): "无法{doing}：{reason}",
    ("FileError", "read"): "读取",
    ("FileError", "write"): "写入",
    ("FileError", "no such file or folder"): "文件或文件夹不存在",
    ("FileError", "the disk is full"): "磁盘已满",
    ("FileError", "is protected with a password; password-protected workbooks are not supported"): (
        "受密码保护；不支持受密码保护的工作簿"
    ),
    ("FileError", "is not a {suffix} workbook (it is not a zip package)"): (
        "不是 {suffix} 工作簿（不是 zip 包）"
    ),
    ("FileError", "is not a readable workbook ({reason})"): "不是可读取的工作簿（{reason}）",
    (
        "FileError",
        "sheet {sheet} is too large ({rows} rows × {columns} columns; the limit is {limit} cells)",
    ): "工作表 {sheet} 过大（{rows} 行 × {columns} 列；上限为 {limit} 个单元格）",
    ("FileError", "is not valid JSON for RACI Editor: {reason}"): (
        "不是 RACI 编辑器可用的有效 JSON：{reason}"
    ),
    ("FileError", "the key {key} appears twice in one object"): "键 {key} 在同一对象中出现了两次",
    ("FileError", "cannot write {suffix} files (supported: {supported})"): (
        "无法写入 {suffix} 文件（支持：{supported}）"
    ),
    ("Model", "{place}: {problem}"): "{place}：{problem}",
    ("Model", "{first}; {rest}"): "{first}；{rest}",
    ("Model", "is missing"): "缺失",
    ("Model", "must not be blank"): "不能为空",
    ("Model", "there is no role with id {id}"): "没有 ID 为 {id} 的角色",
    ("Edit", "there is already a role with id {id}"): "已存在 ID 为 {id} 的角色",
    ("Edit", "{n} cells"): "{n} 个单元格",
    ("Edit", "Set {letters} on {where}"): "设置 {letters}：{where}",
    ("Edit", "There is no text to paste."): "没有可粘贴的文本。",
}


class Chinese:
    """A fake translator: the dictionary above, else the source."""

    def translate(self, context: str, source: str) -> str:
        return ZH.get((context, source), source)


CHINESE = Chinese()


def raised(call: object, *args: object) -> RaciError:
    assert callable(call)
    with pytest.raises(RaciError) as info:
        call(*args)
    return info.value


# -- files ---------------------------------------------------------------------


def test_a_missing_file_reads_in_chinese_and_in_english_as_before(tmp_path: Path) -> None:
    path = tmp_path / "gone.raci.json"
    exc = raised(read_matrix, path)
    assert isinstance(exc, FileError)
    assert str(exc) == f"{path}: cannot read: no such file or folder"
    assert str(exc.text) == str(exc)
    assert exc.text.render(ENGLISH) == str(exc)
    assert exc.text.render(CHINESE) == f"{path}：无法读取：文件或文件夹不存在"
    assert exc.path == str(path)
    assert exc.reason == "cannot read: no such file or folder"


def test_an_encrypted_workbook_reads_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    path.write_bytes(ole + b"\0" * 64 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 64)
    exc = raised(read_matrix, path)
    assert isinstance(exc, FileError)
    assert str(exc) == (
        f"{path}: is protected with a password; password-protected workbooks are not supported"
    )
    assert render(exc.text, CHINESE) == f"{path}：受密码保护；不支持受密码保护的工作簿"


def test_a_broken_workbook_reads_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"this is no workbook at all")
    exc = raised(read_matrix, path)
    assert str(exc) == f"{path}: is not a .xlsx workbook (it is not a zip package)"
    assert render(exc.text, CHINESE) == f"{path}：不是 .xlsx 工作簿（不是 zip 包）"


def test_a_broken_native_file_keeps_its_english_details(tmp_path: Path) -> None:
    exc = raised(native.loads, '{"a": 1, "a": 2}', "x.raci.json")
    assert str(exc) == (
        "x.raci.json: is not valid JSON for RACI Editor: the key 'a' appears twice in one object"
    )
    assert render(exc.text, CHINESE) == (
        "x.raci.json：不是 RACI 编辑器可用的有效 JSON：键 'a' 在同一对象中出现了两次"
    )


def test_schema_problems_are_translated_around_pydantic(tmp_path: Path) -> None:
    data = {"schema_version": 1, "roles": [{"id": "r"}, {"id": "s", "name": " "}]}
    exc = raised(native.from_data, data, "m.raci.json")
    assert str(exc) == "m.raci.json: roles[0].name: is missing; roles[1].name: must not be blank"
    assert render(exc.text, CHINESE) == (
        "m.raci.json：roles[0].name：缺失；roles[1].name：不能为空"
    )


def test_an_unwritable_format_is_said_in_chinese() -> None:
    exc = raised(writer_for, "out.docx")
    assert str(exc).startswith("out.docx: cannot write .docx files (supported: .raci.json, ")
    assert render(exc.text, CHINESE).startswith("out.docx：无法写入 .docx 文件（支持：.raci.json, ")


def test_os_reasons_are_texts() -> None:
    full = os_reason(OSError(errno.ENOSPC, "No space left on device"), WRITE)
    assert full == "cannot write: the disk is full"
    assert full.render(CHINESE) == "无法写入：磁盘已满"
    other = os_reason(OSError(errno.ECONNRESET, "Connection Reset By Peer"), READ)
    assert other == "cannot read: connection reset by peer"
    assert other.render(CHINESE) == "无法读取：connection reset by peer"


def test_a_file_error_survives_pickling_with_its_text() -> None:
    reason = os_reason(OSError(errno.ENOENT, "x"), READ)
    back = pickle.loads(pickle.dumps(FileError("a.csv", reason)))
    assert isinstance(back, FileError)
    assert (back.path, str(back), back.reason) == ("a.csv", "a.csv: " + reason, reason)
    assert isinstance(back.reason, Text)
    assert back.text.render(CHINESE) == "a.csv：无法读取：文件或文件夹不存在"


def test_a_plain_reason_still_works() -> None:
    exc = FileError("a.pdf", "cannot write PDF: too large to render")
    assert str(exc) == "a.pdf: cannot write PDF: too large to render"
    assert exc.text.render(CHINESE) == "a.pdf：cannot write PDF: too large to render"


# -- the reading worker's reasons cross as JSON and are rebuilt ----------------------


def test_the_worker_reason_is_rebuilt_as_a_text() -> None:
    sent = grid_worker.error(
        "too-large", sheet="'Big'", rows="5000000", columns="2", limit="4,000,000"
    )
    answer = json.loads(json.dumps(sent))  # as it crosses from the worker's stdout
    reason = safe_read.worker_reason(answer)
    assert isinstance(reason, Text)
    assert reason == answer["error"]
    assert (
        reason
        == "sheet 'Big' is too large (5000000 rows × 2 columns; the limit is 4,000,000 cells)"
    )
    assert (
        reason.render(CHINESE)
        == "工作表 'Big' 过大（5000000 行 × 2 列；上限为 4,000,000 个单元格）"
    )


def test_an_unknown_worker_reason_stays_english() -> None:
    assert safe_read.worker_reason({"error": "something new"}) == "something new"
    odd = {"error": "x", "reason": "too-large", "params": {}}
    assert not isinstance(safe_read.worker_reason(odd), Text)


def test_a_real_worker_round_trip_gives_a_text(tmp_path: Path) -> None:
    path = tmp_path / "junk.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    with pytest.raises(FileError) as info:
        safe_read.read_sheets(path)
    exc = info.value
    assert isinstance(exc.reason, Text)
    assert str(exc).startswith(f"{path}: is not a readable workbook (")
    assert exc.text.render(CHINESE).startswith(f"{path}：不是可读取的工作簿（")


def test_a_worker_that_only_answers_in_english_is_still_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    worker = tmp_path / "old_worker.py"
    worker.write_text('print(\'{"error": "is odd"}\')\n', encoding="utf-8")
    monkeypatch.setattr(grid_worker, "__file__", str(worker))
    with pytest.raises(FileError, match=r": is odd$"):
        safe_read.read_sheets(tmp_path / "any.xlsx")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_dead_worker_is_said_in_chinese_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dying = tmp_path / "dying_worker.py"
    dying.write_text("import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n", encoding="utf-8")
    monkeypatch.setattr(grid_worker, "__file__", str(dying))
    with pytest.raises(FileError) as info:
        safe_read.read_sheets(tmp_path / "any.xlsx")
    assert isinstance(info.value.reason, Text)
    assert str(info.value).endswith("(the reader stopped with code -11)")


# -- the matrix and its edits ----------------------------------------------------------


def matrix() -> Matrix:
    return Matrix(
        roles=[Role(id="boss", name="Boss"), Role(id="dev", name="Dev")],
        activities=[Activity(id="plan", name="Plan")],
    )


def test_a_refused_edit_is_said_in_chinese() -> None:
    exc = raised(edits.apply_edit, matrix(), edits.InsertRole(Role(id="dev", name="Dev 2"), 0))
    assert isinstance(exc, ModelError)
    assert str(exc) == "there is already a role with id 'dev'"
    assert render(exc.text, CHINESE) == "已存在 ID 为 'dev' 的角色"


def test_an_unknown_id_is_said_in_chinese() -> None:
    exc = raised(matrix().role_index, "nobody")
    assert str(exc) == "there is no role with id 'nobody'"
    assert render(exc.text, CHINESE) == "没有 ID 为 'nobody' 的角色"


def test_grid_labels_and_remarks_are_texts() -> None:
    m = matrix()
    result = grid_ops.toggle_letter(m, [("plan", "boss"), ("plan", "dev")], "R")
    assert result.label == "Set R on 2 cells"
    assert render(result.label, CHINESE) == "设置 R：2 个单元格"
    empty = grid_ops.paste(m, "", [[("plan", "boss")]])
    assert render(empty.remark, CHINESE) == "没有可粘贴的文本。"


def test_a_plain_error_has_its_plain_message_as_text() -> None:
    exc = ModelError("plain words")
    assert exc.text == "plain words"
    assert not isinstance(exc.text, Text)


def test_validation_summary_is_empty_for_no_errors() -> None:
    assert describe_validation_errors([]) == ""
