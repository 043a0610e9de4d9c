"""The bundled samples and templates: canonical files, one matrix in two languages, findings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding, Severity, validate
from raci_editor.storage import native

SAMPLES = Path(__file__).resolve().parent.parent / "sample_projects"
MARKETING_EN = SAMPLES / "marketing-team.en.raci.json"
MARKETING_ZH = SAMPLES / "marketing-team.zh-CN.raci.json"
PRODUCT_LAUNCH_EN = SAMPLES / "product-launch.en.raci.json"
PRODUCT_LAUNCH_ZH = SAMPLES / "product-launch.zh-CN.raci.json"
EVENT_EN = SAMPLES / "event.en.raci.json"
EVENT_ZH = SAMPLES / "event.zh-CN.raci.json"
DRAFT = SAMPLES / "product-launch-draft.en.raci.json"
MARKETING = (MARKETING_EN, MARKETING_ZH)
PAIRS = (MARKETING, (PRODUCT_LAUNCH_EN, PRODUCT_LAUNCH_ZH), (EVENT_EN, EVENT_ZH))
"""The clean templates File › New offers, each as (English, Simplified Chinese)."""
TEMPLATES = tuple(path for pair in PAIRS for path in pair)
ALL_SAMPLES = (*TEMPLATES, DRAFT)

CJK = re.compile(r"[\u4e00-\u9fff]")

ACTIVITY_GROUPS = {
    MARKETING_EN: [
        "Strategy & budget",
        "Brand & campaigns",
        "Product marketing",
        "Digital & content",
        "Channels & accounts",
        "PR & crisis response",
        "People & performance",
    ],
    MARKETING_ZH: [
        "战略与预算",
        "品牌与营销活动",
        "产品营销",
        "数字与内容",
        "渠道与客户",
        "公关与危机应对",
        "人才与绩效",
    ],
    PRODUCT_LAUNCH_EN: ["Plan", "Prepare", "Launch", "After launch"],
    PRODUCT_LAUNCH_ZH: ["规划", "准备", "发布", "发布后"],
    EVENT_EN: ["Concept & budget", "Planning", "Promotion", "On the day", "Follow-up"],
    EVENT_ZH: ["构思与预算", "筹备", "宣传推广", "活动当天", "后续跟进"],
}
ROLE_GROUPS = {
    MARKETING_EN: ["Strategic", "Tactical", "Operational", "Support", "Partners"],
    MARKETING_ZH: [
        "高层管理（战略层）",
        "中层执行（战术层）",
        "基层操作（执行层）",
        "支持岗位（辅助层）",
        "协作部门",
    ],
    PRODUCT_LAUNCH_EN: [
        "Leadership",
        "Marketing",
        "Product & engineering",
        "Go-to-market",
        "Support",
    ],
    PRODUCT_LAUNCH_ZH: ["管理层", "市场部", "产品与研发", "销售与市场拓展", "支持部门"],
    EVENT_EN: ["Leadership", "Event team", "Content & promotion", "Partner departments"],
    EVENT_ZH: ["管理层", "活动团队", "内容与推广", "协作部门"],
}
# (activities, roles) of each template.
SIZES = {
    MARKETING_EN: (37, 21),
    MARKETING_ZH: (37, 21),
    PRODUCT_LAUNCH_EN: (20, 12),
    PRODUCT_LAUNCH_ZH: (20, 12),
    EVENT_EN: (17, 10),
    EVENT_ZH: (17, 10),
}


def _pair_id(pair: tuple[Path, Path]) -> str:
    return pair[0].name.removesuffix(".en.raci.json")


def _load(path: Path) -> Matrix:
    return native.load(path)


def _runs(groups: list[str]) -> list[str]:
    """The groups in the order they appear, each run of equal neighbours once."""
    runs: list[str] = []
    for group in groups:
        if not runs or runs[-1] != group:
            runs.append(group)
    return runs


def _group_positions(items: list[str], groups: list[str]) -> list[list[str]]:
    """Ids per group, groups in order of first appearance (names ignored)."""
    order: dict[str, list[str]] = {}
    for item, group in zip(items, groups, strict=True):
        order.setdefault(group, []).append(item)
    return list(order.values())


def _finding(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


@pytest.mark.parametrize("path", ALL_SAMPLES, ids=lambda p: p.name)
def test_sample_loads_and_is_canonical(path: Path) -> None:
    matrix = _load(path)
    assert matrix.title
    assert matrix.roles
    assert matrix.activities
    assert native.dumps(matrix) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ALL_SAMPLES, ids=lambda p: p.name)
def test_every_activity_and_role_is_described(path: Path) -> None:
    matrix = _load(path)
    assert all(a.description.strip() for a in matrix.activities)
    assert all(r.description.strip() for r in matrix.roles)


@pytest.mark.parametrize("pair", PAIRS, ids=_pair_id)
def test_translations_describe_the_same_matrix(pair: tuple[Path, Path]) -> None:
    en, zh = _load(pair[0]), _load(pair[1])
    assert [r.id for r in en.roles] == [r.id for r in zh.roles]
    assert [a.id for a in en.activities] == [a.id for a in zh.activities]
    assert en.letters == zh.letters
    assert en.scheme == zh.scheme
    # Same cells carry a note, in both languages.
    assert {a: set(row) for a, row in en.notes.items()} == {
        a: set(row) for a, row in zh.notes.items()
    }
    # Same grouping: the same ids fall in each group position.
    assert _group_positions([r.id for r in en.roles], [r.group for r in en.roles]) == (
        _group_positions([r.id for r in zh.roles], [r.group for r in zh.roles])
    )
    assert _group_positions(
        [a.id for a in en.activities], [a.group for a in en.activities]
    ) == _group_positions([a.id for a in zh.activities], [a.group for a in zh.activities])


@pytest.mark.parametrize("pair", PAIRS, ids=_pair_id)
def test_chinese_text_is_chinese(pair: tuple[Path, Path]) -> None:
    en, zh = _load(pair[0]), _load(pair[1])
    assert CJK.search(zh.title)
    assert not CJK.search(en.title)
    assert CJK.search(zh.description)
    assert not CJK.search(en.description)
    for en_item, zh_item in [
        *zip(en.roles, zh.roles, strict=True),
        *zip(en.activities, zh.activities, strict=True),
    ]:
        assert CJK.search(zh_item.name), zh_item.name
        assert not CJK.search(en_item.name), en_item.name
        assert zh_item.name != en_item.name
        assert CJK.search(zh_item.description), zh_item.description
        assert not CJK.search(en_item.description), en_item.description
        assert CJK.search(zh_item.group), zh_item.group
        assert not CJK.search(en_item.group), en_item.group
    for activity_id, row in zh.notes.items():
        for role_id, note in row.items():
            assert CJK.search(note), (activity_id, role_id)
            assert note != en.note(activity_id, role_id)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_template_has_the_briefing_groups_in_order(path: Path) -> None:
    matrix = _load(path)
    activity_groups = [a.group for a in matrix.activities]
    # Rows of one group are together, and the groups come in the briefing's order.
    assert _runs(activity_groups) == ACTIVITY_GROUPS[path]
    assert _runs([r.group for r in matrix.roles]) == ROLE_GROUPS[path]
    assert (len(matrix.activities), len(matrix.roles)) == SIZES[path]


def test_marketing_uses_the_briefing_names() -> None:
    en, zh = _load(MARKETING_EN), _load(MARKETING_ZH)
    en_roles = {r.name for r in en.roles}
    zh_roles = {r.name for r in zh.roles}
    assert {"Marketing Director", "Training & Development", "CEO", "Legal"} <= en_roles
    assert {"市场总监", "培训与发展", "首席执行官", "法务部"} <= zh_roles
    crisis_en = en.activity("brand-sentiment-crisis-response")
    crisis_zh = zh.activity("brand-sentiment-crisis-response")
    assert crisis_en.name == "Brand sentiment monitoring and crisis response"
    assert crisis_en.group == "PR & crisis response"
    assert crisis_zh.name == "品牌舆情监测与危机应对"
    assert crisis_zh.group == "公关与危机应对"
    assert "30 minutes" in crisis_en.description
    assert "30分钟" in crisis_zh.description


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_template_passes_every_error_rule(path: Path) -> None:
    matrix = _load(path)
    findings = validate(matrix)
    assert [f for f in findings if f.severity is Severity.ERROR] == []
    # The templates are meant to be clean examples: no warnings either,
    # and every role owns (is responsible or accountable for) something.
    assert [f for f in findings if f.severity is Severity.WARNING] == []
    assert _finding(findings, "no-ownership") == []
    for activity in matrix.activities:
        row = matrix.row(activity.id).values()
        assert sum("A" in letters for letters in row) == 1, activity.name
        assert sum("R" in letters for letters in row) >= 1, activity.name


def test_draft_shows_the_typical_mistakes() -> None:
    matrix = _load(DRAFT)
    findings = validate(matrix)

    def activity_names(rule: str) -> set[str]:
        return {matrix.activity(f.activity_id).name for f in _finding(findings, rule)}

    def role_names(rule: str) -> set[str]:
        return {matrix.role(f.role_id).name for f in _finding(findings, rule)}

    assert activity_names("multiple-accountable") == {"Approve the launch budget"}
    assert activity_names("no-responsible") == {"Approve the launch budget"}
    assert activity_names("no-accountable") == {"Respond to a launch-day crisis"}
    assert role_names("unused-role") == {"Legal Counsel"}
    overloaded = role_names("overloaded-role") | role_names("too-many-accountable")
    assert overloaded == {"Launch Director"}
    assert activity_names("too-many-consulted") == {"Post-launch review"}
    assert any(f.severity is Severity.ERROR for f in findings)
