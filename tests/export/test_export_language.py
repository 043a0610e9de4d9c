"""Exports speak the interface language: the words of the program in Chinese, names as written.

A workbook exported in Chinese (sheet names, headings, legend) still reads
back through our own reader as exactly the matrix written; the command line
and the default stay English. The PDF of a Chinese matrix embeds a font with
Chinese characters, and the names come back out of it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rule_settings import Waiver
from raci_editor.core.rules import validate
from raci_editor.core.scheme import RACI
from raci_editor.core.texts import ENGLISH, render
from raci_editor.storage import html_export, markdown_export, native, xlsx_export
from raci_editor.storage.formats import read_matrix
from tests.export.strategies import DRAFT, MARKETING, REPO, rich_sample

CHINESE_SAMPLE = REPO / "sample_projects" / "marketing-team.zh-CN.raci.json"
PDFTOTEXT = shutil.which("pdftotext")
PDFFONTS = shutil.which("pdffonts")
HEADER_ROW, NAME_COL, FIRST_ROLE_COL = 5, 2, 3

ZH = {
    ("Export", "RACI"): "RACI 矩阵",
    ("Export", "Problems"): "问题",
    ("Export", "Workload"): "工作量",
    ("Export", "Roles"): "角色",
    ("Export", "Legend"): "图例",
    ("Export", "RACI matrix"): "RACI 矩阵",
    ("Export", "Activity"): "活动",
    ("Export", "Role"): "角色",
    ("Export", "Group"): "分组",
    ("Export", "Severity"): "严重性",
    ("Export", "Rule"): "规则",
    ("Export", "Message"): "消息",
    ("Export", "Waived"): "豁免",
    ("Export", "Description"): "说明",
    ("Export", "Holder"): "担任人",
    ("Export", "Deputy"): "代理人",
    ("Export", "Letter"): "字母",
    ("Export", "Name"): "名称",
    ("Export", "Meaning"): "含义",
    ("Export", "Activities"): "活动数",
    ("Export", "Share"): "占比",
    ("Export", "Load"): "负荷",
    ("Export", "Allowed values"): "允许的值",
    ("Export", "error"): "错误",
    ("Export", "warning"): "警告",
    ("Export", "info"): "提示",
    ("Export", "{reason} ({by})"): "{reason}（{by}）",
    ("Export", "{n} activity"): "{n} 个活动",
    ("Export", "{n} activities"): "{n} 个活动",
    ("Export", "{n} role"): "{n} 个角色",
    ("Export", "{n} roles"): "{n} 个角色",
    ("Export", "Exported {date} · {scheme} · {activities} · {roles}"): (
        "导出于 {date} · {scheme} · {activities} · {roles}"
    ),
    ("Export", "{date} · {scheme} · {activities} · {roles}"): (
        "{date} · {scheme} · {activities} · {roles}"
    ),
    ("Export", "{letter} count"): "{letter} 计数",
    ("Export", "{letter} count per role"): "每个角色的 {letter} 计数",
    ("Export", "{letter} = {name}"): "{letter} = {name}",
    ("Export", "{letter} = {name}: {meaning}"): "{letter} = {name}：{meaning}",
    ("Export", "{name}: {meaning}"): "{name}：{meaning}",
    ("Export", "{scheme} letters"): "{scheme} 字母",
    ("Export", "{letters}. Combine them with /, e.g. R/A."): "{letters}。可用 / 组合，例如 R/A。",
    ("Export", "Not a letter of the scheme"): "不是该方案的字母",
    ("Export", "Choose {scheme} letters from the list, e.g. R or R/A."): (
        "请从列表中选择 {scheme} 字母，例如 R 或 R/A。"
    ),
    ("Export", "No problems found."): "未发现问题。",
    ("Export", "Legend ({scheme}): {letters}"): "图例（{scheme}）：{letters}",
    ("Text", "{first}, {rest}"): "{first}、{rest}",
    ("Letters", "Responsible"): "负责",
    ("Letters", "Accountable"): "批准",
    ("Letters", "Consulted"): "咨询",
    ("Letters", "Informed"): "知会",
    ("Letters", "Does the work to complete the activity."): "完成活动的具体工作。",
}


class Chinese:
    """A translator from a dict, as the editor's would be with the Chinese .qm loaded."""

    def __init__(self, words: dict[tuple[str, str], str] = ZH) -> None:
        self.words = words

    def translate(self, context: str, source: str) -> str:
        return self.words.get((context, source), source)


CHINESE = Chinese()


def untitled() -> Matrix:
    return Matrix(
        title="",
        roles=[Role(id="r", name="Owner"), Role(id="s", name="Helper")],
        activities=[Activity(id="a", name="Plan")],
        letters={"a": {"r": "RA", "s": "C"}},
    )


def waived_draft() -> Matrix:
    matrix = native.load(DRAFT)
    budget = next(a for a in matrix.activities if a.name == "Approve the launch budget")
    matrix.waivers = [
        Waiver("multiple-accountable", budget.id, None, "Shared budget by design", "Li Wei")
    ]
    return matrix


MATRICES = {
    "marketing-zh": lambda: native.load(CHINESE_SAMPLE),
    "marketing-en": lambda: native.load(MARKETING),
    "draft-waived": waived_draft,
    "rich": rich_sample,
    "untitled": untitled,
}


def header(sheet: Worksheet, row: int = 1) -> list[str]:
    return [str(c.value) for c in sheet[row] if c.value is not None]


# -- xlsx ------------------------------------------------------------------------------


def test_a_chinese_workbook_names_its_sheets_and_headings_in_chinese(tmp_path: Path) -> None:
    matrix = waived_draft()
    path = tmp_path / "m.xlsx"
    xlsx_export.save(matrix, path, translator=CHINESE)
    book = load_workbook(path)
    assert book.sheetnames == ["RACI 矩阵", "问题", "工作量", "角色", "图例", "_raci"]
    raci = book["RACI 矩阵"]
    assert str(raci.cell(2, NAME_COL).value).startswith("导出于 ")
    assert "个活动" in str(raci.cell(2, NAME_COL).value)
    assert raci.cell(HEADER_ROW, NAME_COL).value == "活动"
    counts = [raci.cell(HEADER_ROW, FIRST_ROLE_COL + len(matrix.roles) + i).value for i in (0, 1)]
    assert counts == ["R 计数", "A 计数"]
    column_b = [str(c.value or "") for c in raci["B"]]
    assert "每个角色的 A 计数" in column_b
    assert "图例" in column_b
    assert "R = 负责：完成活动的具体工作。" in column_b
    assert "A = 批准：Answers for the outcome and signs it off; exactly one per activity." in (
        column_b
    )  # a meaning without a translation stays as written

    assert header(book["问题"]) == ["严重性", "规则", "活动", "角色", "消息", "豁免"]
    problems = list(book["问题"].iter_rows(min_row=2, values_only=True))
    findings = validate(matrix)
    assert sorted(str(r[4]) for r in problems) == sorted(
        str(render(f.message, CHINESE)) for f in findings
    )
    assert {r[0] for r in problems} <= {"错误", "警告", "提示"}
    assert "Shared budget by design（Li Wei）" in [r[5] for r in problems]
    assert header(book["工作量"]) == ["角色", "分组", "R", "A", "C", "I", "活动数", "占比"]
    assert header(book["角色"]) == ["角色", "分组", "说明", "担任人", "代理人"]
    legend = book["图例"]
    assert header(legend) == ["字母", "名称", "含义", "允许的值"]
    assert [legend.cell(r, 2).value for r in range(2, 6)] == ["负责", "批准", "咨询", "知会"]


def test_the_drop_down_speaks_chinese_and_lists_from_the_chinese_legend(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    xlsx_export.save(native.load(MARKETING), path, translator=CHINESE)
    book = load_workbook(path)
    (validation,) = [
        dv for dv in book["RACI 矩阵"].data_validations.dataValidation if dv.type == "list"
    ]
    assert validation.promptTitle == "RACI 字母"
    assert validation.prompt == "R = 负责、A = 批准、C = 咨询、I = 知会。可用 / 组合，例如 R/A。"
    assert validation.errorTitle == "不是该方案的字母"
    assert validation.error == "请从列表中选择 RACI 字母，例如 R 或 R/A。"
    match = re.fullmatch(r"'(.+)'!\$E\$2:\$E\$(\d+)", validation.formula1)
    assert match is not None, validation.formula1
    assert match[1] == "图例"
    values = [book["图例"].cell(r, 5).value for r in range(2, int(match[2]) + 1)]
    assert values[:4] == ["R", "A", "C", "I"]
    assert "R/A" in values


@pytest.mark.parametrize("name", MATRICES)
def test_a_chinese_workbook_reads_back_as_the_matrix_written(name: str, tmp_path: Path) -> None:
    matrix = MATRICES[name]()
    path = tmp_path / "m.xlsx"
    xlsx_export.save(matrix, path, translator=CHINESE)
    result = read_matrix(path)
    assert result.matrix == matrix
    assert native.dumps(result.matrix) == native.dumps(matrix)
    assert [f.rule for f in result.findings] == ["import"]  # read as our own export


def test_an_untitled_matrix_shows_the_placeholder_and_stays_untitled(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    xlsx_export.save(untitled(), path, translator=CHINESE)
    assert load_workbook(path)["RACI 矩阵"].cell(1, NAME_COL).value == "RACI 矩阵"
    assert read_matrix(path).matrix.title == ""


def test_a_title_typed_in_excel_over_the_placeholder_is_read(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    xlsx_export.save(untitled(), path, translator=CHINESE)
    book = load_workbook(path)
    book["RACI 矩阵"].cell(1, NAME_COL).value = "新的标题"
    book.save(path)
    assert read_matrix(path).matrix.title == "新的标题"


def test_a_sheet_name_excel_would_refuse_stays_english(tmp_path: Path) -> None:
    words = {
        **ZH,
        ("Export", "Legend"): "图例/说明",  # "/" is not allowed in a sheet name
        ("Export", "Roles"): "问题",  # the name of another sheet
        ("Export", "Workload"): "工" * 32,  # longer than 31 characters
    }
    matrix = native.load(MARKETING)
    path = tmp_path / "m.xlsx"
    xlsx_export.save(matrix, path, translator=Chinese(words))
    book = load_workbook(path)
    assert book.sheetnames == ["RACI 矩阵", "问题", "Workload", "Roles", "Legend", "_raci"]
    formula = book["RACI 矩阵"].data_validations.dataValidation[0].formula1
    assert formula.startswith("'Legend'!")
    assert read_matrix(path).matrix == matrix


def test_without_a_translator_the_workbook_is_english(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    xlsx_export.save(native.load(CHINESE_SAMPLE), path)
    book = load_workbook(path)
    assert book.sheetnames == ["RACI", "Problems", "Workload", "Roles", "Legend", "_raci"]
    assert book["RACI"].cell(HEADER_ROW, NAME_COL).value == "Activity"
    assert book["Legend"].cell(2, 2).value == "Responsible"
    explicit = tmp_path / "english.xlsx"
    xlsx_export.save(native.load(CHINESE_SAMPLE), explicit, translator=ENGLISH)
    assert load_workbook(explicit).sheetnames == book.sheetnames


# -- HTML and Markdown ------------------------------------------------------------------


def test_a_chinese_page_says_its_words_in_chinese() -> None:
    matrix = waived_draft()
    page = html_export.dumps(matrix, translator=CHINESE)
    root = ET.fromstring(page.split("\n", 1)[1])
    assert root.get("lang") == "zh-CN"  # an English matrix, Chinese words around it
    headings = [h.text for h in root.iter("h2")]
    assert headings == ["图例", "问题", "工作量"]
    heads = [th.text for th in root.iter("th")]
    for word in ("活动", "严重性", "规则", "消息", "豁免", "角色", "占比", "负荷"):
        assert word in heads, word
    text = "".join(root.itertext())
    assert "负责：完成活动的具体工作。" in text
    assert "错误" in text
    assert "Shared budget by design（Li Wei）" in text
    assert "个活动" in text
    for f in validate(matrix):
        assert str(render(f.message, CHINESE)) in text


def test_a_page_without_problems_says_so_in_chinese() -> None:
    matrix = Matrix(
        title="Tiny",
        roles=[Role(id="r", name="Owner")],
        activities=[Activity(id="a", name="Plan")],
        letters={"a": {"r": "RA"}},
    )
    page = html_export.dumps(matrix, translator=CHINESE)
    assert "<p>未发现问题。</p>" in page


def test_the_page_falls_back_on_fonts_with_chinese_characters() -> None:
    page = html_export.dumps(native.load(CHINESE_SAMPLE))
    style = page[page.index("<style>") : page.index("</style>")]
    fonts = re.search(r"font-family:([^;]+);", style)
    assert fonts is not None
    families = [f.strip().strip('"') for f in fonts[1].replace("\n", "").split(",")]
    cjk = ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]
    assert [f for f in families if f in cjk] == cjk
    assert families[-1] == "sans-serif"


def test_an_english_page_stays_english() -> None:
    page = html_export.dumps(native.load(MARKETING))
    assert '<html lang="en">' in page
    assert "<h2>Legend</h2>" in page
    assert " activities · " in page


def test_a_chinese_markdown_table_says_its_words_in_chinese() -> None:
    matrix = native.load(CHINESE_SAMPLE)
    text = markdown_export.dumps(matrix, translator=CHINESE)
    head = next(line for line in text.splitlines() if line.startswith("|"))
    assert head.startswith("| 分组 | 活动 | 市场总监 |")
    assert "图例（RACI）：**R** = 负责 · **A** = 批准 · **C** = 咨询 · **I** = 知会" in text
    assert markdown_export.dumps(untitled(), translator=CHINESE).startswith("# RACI 矩阵\n")


def test_markdown_without_a_translator_is_english() -> None:
    text = markdown_export.dumps(native.load(CHINESE_SAMPLE))
    assert "| Group | Activity |" in text
    assert "Legend (RACI): **R** = Responsible" in text


# -- PDF --------------------------------------------------------------------------------


def _cjk_font_installed() -> bool:
    from PySide6.QtGui import QFontDatabase

    from raci_editor.gui.render.style import CJK_FAMILIES

    return any(family in QFontDatabase.families() for family in CJK_FAMILIES)


@pytest.mark.gui
@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler) is not on PATH")
def test_a_chinese_pdf_embeds_a_chinese_font_and_gives_the_names_back(
    qapp: object, tmp_path: Path
) -> None:
    from raci_editor.gui.render import write_pdf

    if not _cjk_font_installed():
        pytest.skip("no font with Chinese characters is installed")
    matrix = native.load(CHINESE_SAMPLE)
    target = tmp_path / "zh.pdf"
    write_pdf(matrix, target)
    assert PDFTOTEXT is not None
    out = subprocess.run(
        [PDFTOTEXT, "-raw", "-enc", "UTF-8", str(target), "-"],
        capture_output=True,
        check=True,
        text=True,
        encoding="utf-8",
    ).stdout
    text = re.sub(r"\s+", "", out)
    for role in matrix.roles:
        assert role.name in text, role.name
    assert matrix.title in text
    if PDFFONTS is not None:
        fonts = subprocess.run(
            [PDFFONTS, str(target)], capture_output=True, check=True, text=True
        ).stdout
        names = [line.split()[0] for line in fonts.splitlines()[2:] if line.strip()]
        squeezed = [re.sub(r"[\s_-]", "", n).casefold() for n in names]
        assert any(
            family.replace(" ", "").casefold() in name
            for name in squeezed
            for family in ("PingFang SC", "Microsoft YaHei", "Noto Sans CJK", "WenQuanYi")
        ), names


@pytest.mark.gui
def test_the_printout_asks_for_chinese_fonts_when_it_shows_chinese(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QImage

    from raci_editor.gui import language
    from raci_editor.gui.render.style import CJK_FAMILIES, Style, needs_cjk

    english = Matrix(title="Team", scheme=RACI, roles=[Role(id="r", name="Owner")])
    assert not needs_cjk(english)
    assert needs_cjk(native.load(CHINESE_SAMPLE))
    monkeypatch.setattr(language, "current", lambda: language.CHINESE)
    assert needs_cjk(english)  # the interface speaks Chinese: the printout's words are Chinese
    device = QImage(10, 10, QImage.Format.Format_ARGB32_Premultiplied)
    style = Style.for_device(device, cjk=True)
    assert list(CJK_FAMILIES) == style.text.families()[1:]
    assert style.title.bold()
    assert Style.for_device(device).text.families()[1:] == []
