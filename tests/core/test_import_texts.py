"""The import report, the importer's findings and errors are Texts the editor says in Chinese.

English stays exactly as it was (the command line and the other tests read
it); a dict-backed translator stands in for Qt's.
"""

from __future__ import annotations

import pickle
import re
from typing import ClassVar

import pytest

from raci_editor.core.errors import message_of
from raci_editor.core.importing import (
    CellRange,
    ColumnKind,
    Imported,
    ImportOptions,
    NoMatrixFoundError,
    import_grids,
    make_grid,
)
from raci_editor.core.importing.body import _rows_text
from raci_editor.core.importing.grid import activity_count, role_count
from raci_editor.core.texts import ENGLISH, Text, render


class FakeChinese:
    """The Chinese of the templates these tests meet (``Import``, plus a list and two letters)."""

    TABLE: ClassVar[dict[tuple[str, str], str]] = {
        ("Text", "{first}, {rest}"): "{first}、{rest}",
        ("Letters", "Responsible"): "负责",
        ("Letters", "Accountable"): "批准",
        ("Import", "{first} {rest}"): "{first}{rest}",
        ("Import", "Sheet {sheet} was read ({reason})."): "已读取工作表 {sheet}（{reason}）。",
        ("Import", "the only sheet"): "唯一的工作表",
        ("Import", "the only sheet with a matrix"): "唯一含有矩阵的工作表",
        ("Import", "as chosen"): "按你的选择",
        ("Import", "Role names are on row {row}."): "角色名称在第 {row} 行。",
        (
            "Import",
            "Role names are on row {row}, their groups on row {groups}.",
        ): "角色名称在第 {row} 行，其分组在第 {groups} 行。",
        (
            "Import",
            "No header row was found: the roles are numbered.",
        ): "未找到标题行：角色按编号命名。",
        (
            "Import",
            "{n} roles in columns {first}–{last}; activities in column {activity}.",
        ): "{n} 个角色位于 {first}–{last} 列；活动位于 {activity} 列。",
        (
            "Import",
            "1 role column without a name: called Role N.",
        ): "1 个角色列没有名称：命名为 Role N。",
        (
            "Import",
            "{n} role columns without a name: called Role N.",
        ): "{n} 个角色列没有名称：命名为 Role N。",
        ("Import", "Columns not used: {columns}."): "未使用的列：{columns}。",
        ("Import", "{column} ({header})"): "{column}（{header}）",
        ("Import", "1 activity."): "共 1 项活动。",
        ("Import", "{n} activities."): "共 {n} 项活动。",
        ("Import", "Scheme {scheme}: {reason}."): "方案 {scheme}：{reason}。",
        ("Import", "the cells use R, A, C and I"): "单元格中使用 R、A、C 和 I",
        (
            "Import",
            "reads the most cells; {n} other texts are kept as notes",
        ): "能读取的单元格最多；另有 {n} 个文本保留为备注",
        ("Import", "custom letters {letters}"): "自定义字母 {letters}",
        ("Import", "{letter} ({name})"): "{letter}（{name}）",
        ("Import", "Row {row}"): "第 {row} 行",
        ("Import", "Rows {first}–{last}"): "第 {first}–{last} 行",
        ("Import", "Rows {rows}"): "第 {rows} 行",
        (
            "Import",
            "{rows} skipped: numbers under the roles (totals or counts).",
        ): "已跳过{rows}：角色下是数字（合计或计数）。",
        (
            "Import",
            "Row {row} was skipped: it has letters but no activity name.",
        ): "已跳过第 {row} 行：该行有字母，但没有活动名称。",
        (
            "Import",
            "Cell {place}: {text} is not a letter of the {scheme} scheme; "
            "it is kept as the cell's note.",
        ): "单元格 {place}：{text} 不是 {scheme} 方案的字母，已保留为该单元格的备注。",
        (
            "Import",
            "Cell {place}: {text} holds a look-alike character from another alphabet; "
            "it was read as {letters}.",
        ): "单元格 {place}：{text} 含有来自其他字母表的形似字符，已读作 {letters}。",
        (
            "Import",
            "Transposed layout: row {row} heads one column per letter ({letters}) "
            "holding role names.",
        ): "转置布局：第 {row} 行为每个字母各设一列（{letters}），列中填写角色名称。",
        (
            "Import",
            "{roles}, {activities} in column {column}.",
        ): "{roles}，{activities}位于 {column} 列。",
        (
            "Import",
            "Long layout: one row per activity and role; activities in column {activity}, "
            "roles in {role}, letters in {letters}.",
        ): (
            "长表布局：每个活动与角色占一行；"
            "活动在 {activity} 列，角色在 {role} 列，字母在 {letters} 列。"
        ),
        ("Import", "{roles}, {activities}."): "{roles}，{activities}。",
        ("Import", "1 role"): "1 个角色",
        ("Import", "{n} roles"): "{n} 个角色",
        ("Import", "1 activity"): "1 项活动",
        ("Import", "{n} activities"): "{n} 项活动",
        ("Import", "the file has no sheets"): "文件中没有工作表",
        (
            "Import",
            "no sheet named {sheet} (sheets: {sheets})",
        ): "没有名为 {sheet} 的工作表（现有工作表：{sheets}）",
        ("Import", "sheet {sheet}: {reason}"): "工作表 {sheet}：{reason}",
        ("Import", "{sheet}: {reason}"): "{sheet}：{reason}",
        ("Import", "{first}; {rest}"): "{first}；{rest}",
        ("Import", "{reasons}; and {n} more sheets"): "{reasons}；以及其他 {n} 个工作表",
        ("Import", "no column holds R/A/C/I letters"): "没有任何列含有 R/A/C/I 字母",
        (
            "Import",
            "no column of activity names left of the roles in column {column}",
        ): "{column} 列的角色左侧没有活动名称列",
    }

    def translate(self, context: str, source: str) -> str:
        return self.TABLE.get((context, source), source)


ZH = FakeChinese()

ROWS = [
    ["", "", "管理", "", "研发"],
    ["编号", "活动", "经理", "", "测试", "状态"],
    ["1", "计划", "A", "R", "C", "进行中"],
    ["2", "设计", "TBD", "A", "R", "完成"],
    ["3", "开发", "I", "\u0410", "R", "完成"],  # a Cyrillic A
    ["", "", "R", "A", ""],
    ["4", "发布", "A", "R", "I", "进行中"],
    ["", "合计", "3", "4", "3"],
]

NOTES = [
    "Sheet '表1' was read (the only sheet).",
    "Role names are on row 2, their groups on row 1.",
    "3 roles in columns C–E; activities in column B.",
    "1 role column without a name: called Role N.",
    "Columns not used: A (编号), F (状态).",
    "4 activities.",
    "Scheme RACI: reads the most cells; 1 other texts are kept as notes.",
    "Row 8 skipped: numbers under the roles (totals or counts).",
]

CHINESE_NOTES = [
    "已读取工作表 '表1'（唯一的工作表）。",
    "角色名称在第 2 行，其分组在第 1 行。",
    "3 个角色位于 C–E 列；活动位于 B 列。",
    "1 个角色列没有名称：命名为 Role N。",
    "未使用的列：A（编号）、F（状态）。",
    "共 4 项活动。",
    "方案 RACI：能读取的单元格最多；另有 1 个文本保留为备注。",
    "已跳过第 8 行：角色下是数字（合计或计数）。",
]


def imported() -> Imported:
    grid = make_grid("表1", ROWS, merges=[CellRange(0, 2, 0, 3)])
    return import_grids([grid], None, "团队.xlsx")


def english_left(text: str) -> list[str]:
    """Words of two or more small Latin letters (the sheet's own values here are Chinese)."""
    return re.findall(r"[a-z]{2,}", text.replace("Role N", ""))


def test_every_note_is_a_text_said_in_chinese_and_unchanged_in_english() -> None:
    report = imported().report
    assert report is not None
    assert list(report.notes) == NOTES
    assert all(isinstance(note, Text) for note in report.notes)
    assert [render(note, ENGLISH) for note in report.notes] == NOTES
    assert [render(note, ZH) for note in report.notes] == CHINESE_NOTES
    for reason, english, chinese in (
        (report.sheet_reason, "the only sheet", "唯一的工作表"),
        (report.scheme_reason, "reads the most cells; 1 other texts are kept as notes", None),
    ):
        assert isinstance(reason, Text)
        assert reason == english
        assert not english_left(render(reason, ZH))
        if chinese is not None:
            assert render(reason, ZH) == chinese


def test_every_finding_is_a_text_said_in_chinese_and_unchanged_in_english() -> None:
    findings = imported().findings
    assert [f.rule for f in findings] == [
        "import",
        "skipped-row",
        "unknown-code",
        "lookalike-letter",
    ]
    note, skipped, unknown, lookalike = findings
    assert all(isinstance(f.message, Text) for f in findings)
    assert note.message == " ".join(NOTES)
    assert render(note.message, ZH) == "".join(CHINESE_NOTES)
    assert skipped.message == "Row 6 was skipped: it has letters but no activity name."
    assert render(skipped.message, ZH) == "已跳过第 6 行：该行有字母，但没有活动名称。"
    assert unknown.message == (
        "Cell C4: 'TBD' is not a letter of the RACI scheme; it is kept as the cell's note."
    )
    assert render(unknown.message, ZH) == (
        "单元格 C4：'TBD' 不是 RACI 方案的字母，已保留为该单元格的备注。"
    )
    assert lookalike.message == (
        "Cell D5: '\u0410' holds a look-alike character from another alphabet; it was read as A."
    )
    assert (
        render(lookalike.message, ZH)
        == "单元格 D5：'\u0410' 含有来自其他字母表的形似字符，已读作 A。"
    )
    for finding in findings:
        assert render(finding.message, ENGLISH) == finding.message


def test_names_the_importer_makes_up_are_data_and_stay_english() -> None:
    result = imported()
    assert [r.name for r in result.matrix.roles] == ["经理", "Role 2", "测试"]
    assert not isinstance(result.matrix.roles[1].name, Text)
    untitled = import_grids([make_grid("表1", ROWS, merges=[CellRange(0, 2, 0, 3)])])
    assert untitled.matrix.title == "Imported matrix"
    assert not isinstance(untitled.matrix.title, Text)


def test_counts_and_row_ranges_are_plurals_and_ranges_in_either_language() -> None:
    assert (role_count(1), role_count(3)) == ("1 role", "3 roles")
    assert (activity_count(1), activity_count(2)) == ("1 activity", "2 activities")
    assert render(role_count(3), ZH) == "3 个角色"
    assert render(activity_count(1), ZH) == "1 项活动"
    assert [_rows_text(r) for r in ([2], [2, 3, 4], [0, 3])] == ["Row 3", "Rows 3–5", "Rows 1, 4"]
    assert [render(_rows_text(r), ZH) for r in ([2], [2, 3, 4], [0, 3])] == [
        "第 3 行",
        "第 3–5 行",
        "第 1、4 行",
    ]


def test_one_activity_and_numbered_roles() -> None:
    result = import_grids([make_grid("S", [["计划", "R", "A", "C"]])])
    assert result.report is not None
    notes = result.report.notes
    assert notes[1:4] == (
        "No header row was found: the roles are numbered.",
        "3 roles in columns B–D; activities in column A.",
        "3 role columns without a name: called Role N.",
    )
    assert notes[4] == "1 activity."
    assert [render(n, ZH) for n in notes[1:5]] == [
        "未找到标题行：角色按编号命名。",
        "3 个角色位于 B–D 列；活动位于 A 列。",
        "3 个角色列没有名称：命名为 Role N。",
        "共 1 项活动。",
    ]


def test_transposed_and_long_layouts_say_their_notes_in_chinese() -> None:
    transposed = make_grid(
        "S",
        [["任务", "R", "A", "C"], ["计划", "张三", "李四", "王五"], ["开发", "李四", "张三", ""]],
    )
    long = make_grid(
        "S",
        [
            ["活动", "角色", "RACI"],
            ["计划", "张三", "R"],
            ["计划", "李四", "A"],
            ["开发", "张三", "A"],
            ["开发", "李四", "R"],
            ["开发", "王五", "C"],
        ],
    )
    for grid, english, chinese in (
        (
            transposed,
            "3 roles, 2 activities in column A.",
            "3 个角色，2 项活动位于 A 列。",
        ),
        (long, "3 roles, 2 activities.", "3 个角色，2 项活动。"),
    ):
        report = import_grids([grid]).report
        assert report is not None
        assert report.notes[2] == english
        assert render(report.notes[2], ZH) == chinese
        for note in report.notes:
            assert isinstance(note, Text)
            assert render(note, ENGLISH) == note
            assert not english_left(render(note, ZH)), render(note, ZH)


def test_custom_letters_say_built_in_letter_names_in_chinese() -> None:
    rows = [["Act", "Boss", "Dev", "X"], ["Plan", "R", "A", "q"], ["Do", "A", "R", "z"]]
    result = import_grids([make_grid("S", rows)], ImportOptions(columns={3: ColumnKind.ROLE}))
    assert result.report is not None
    reason = result.report.scheme_reason
    assert reason == "custom letters R (Responsible), A (Accountable), Q, Z"
    assert render(reason, ZH) == "自定义字母 R（负责）、A（批准）、Q、Z"


def test_no_matrix_found_says_why_in_either_language() -> None:
    meeting = [["Meeting notes"], ["We agree to ship in May."]]
    grids = [make_grid(f"第{n}页", meeting) for n in range(1, 6)]
    with pytest.raises(NoMatrixFoundError) as info:
        import_grids(grids)
    english = (
        "第1页: no column holds R/A/C/I letters; 第2页: no column holds R/A/C/I letters; "
        "第3页: no column holds R/A/C/I letters; and 2 more sheets"
    )
    assert str(info.value) == english
    message = message_of(info.value)
    assert isinstance(message, Text)
    assert render(message, ZH) == (
        "第1页：没有任何列含有 R/A/C/I 字母；第2页：没有任何列含有 R/A/C/I 字母；"
        "第3页：没有任何列含有 R/A/C/I 字母；以及其他 2 个工作表"
    )
    again = pickle.loads(pickle.dumps(info.value))  # errors cross from worker processes
    assert str(again) == english
    assert render(message_of(again), ZH) == render(message, ZH)


@pytest.mark.parametrize(
    ("grids", "options", "english", "chinese"),
    [
        ([], None, "the file has no sheets", "文件中没有工作表"),
        (
            [make_grid("A", [["x"]]), make_grid("B", [["y"]])],
            ImportOptions(sheet="C"),
            "no sheet named 'C' (sheets: A, B)",
            "没有名为 'C' 的工作表（现有工作表：A、B）",
        ),
        (
            [make_grid("A", [["计划", "R", "A"]])],
            ImportOptions(sheet="A", columns={0: ColumnKind.ROLE, 1: ColumnKind.ROLE}),
            "sheet 'A': no column of activity names left of the roles in column A",
            "工作表 'A'：A 列的角色左侧没有活动名称列",
        ),
    ],
)
def test_each_reason_for_no_matrix_is_a_text(
    grids: list[object], options: ImportOptions | None, english: str, chinese: str
) -> None:
    with pytest.raises(NoMatrixFoundError) as info:
        import_grids(grids, options)  # type: ignore[arg-type]
    assert str(info.value) == english
    assert isinstance(info.value.args[0], Text)
    assert render(info.value.args[0], ZH) == chinese
