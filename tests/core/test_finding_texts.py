"""Findings, rule summaries, letters and role cards are Texts the editor can say in Chinese."""

from __future__ import annotations

import string
from pathlib import Path
from typing import ClassVar

import pytest

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rule_settings import RULES, RuleSetting, Severity, Waiver, setting_problem
from raci_editor.core.rules import Finding, RuleConfig, validate
from raci_editor.core.scheme import BUILTIN_SCHEMES, RACI, LetterDef, Scheme
from raci_editor.core.texts import ENGLISH, Text, render, word
from raci_editor.core.workload import card_text, role_card
from raci_editor.storage import native

SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"
DRAFT = SAMPLES / "product-launch-draft.en.raci.json"


class FakeChinese:
    """A dict-backed translator with a few of the Chinese translations."""

    TABLE: ClassVar[dict[tuple[str, str], str]] = {
        ("Finding", "No role is {letter} for this activity."): "此活动没有角色担任“{letter}”。",
        ("Finding", "This role is never {letters}."): "此角色从未担任“{letters}”。",
        ("Finding", "{first} or {second}"): "{first}或{second}",
        (
            "Finding",
            "{count} roles are {letter} ({roles}); there should be exactly one.",
        ): "有 {count} 个角色担任“{letter}”（{roles}）；应当只有一个。",
        ("Letters", "Accountable"): "批准",
        ("Letters", "Responsible"): "负责",
        ("Letters", "Driver"): "推动",
        ("Letters", "{letters} is not a letter of the {scheme} scheme ({alphabet})"): (
            "{letters} 不是 {scheme} 方案中的字母（{alphabet}）"
        ),
        ("Rule", "No role is accountable for the activity"): "没有角色批准该活动",
        ("Workload", "{name} ({letter}):"): "{name}（{letter}）：",
        ("Workload", "No letters in this matrix."): "在此矩阵中没有字母。",
        ("Text", "{first}, {rest}"): "{first}、{rest}",
    }

    def translate(self, context: str, source: str) -> str:
        return self.TABLE.get((context, source), source)


ZH = FakeChinese()


def grid(
    rows: list[str],
    scheme: Scheme = RACI,
    names: list[str] | None = None,
    tasks: list[str] | None = None,
) -> Matrix:
    """A matrix from rows like ``"R A . C"`` (``.`` empty)."""
    n_roles = max(len(r.split()) for r in rows)
    role_names = names or [f"Role {i}" for i in range(n_roles)]
    task_names = tasks or [f"Task {i}" for i in range(len(rows))]
    m = Matrix(
        scheme=scheme,
        roles=[Role(id=f"r{i}", name=role_names[i]) for i in range(n_roles)],
        activities=[Activity(id=f"a{i}", name=task_names[i]) for i in range(len(rows))],
    )
    for i, row in enumerate(rows):
        for j, cell in enumerate(row.split()):
            if cell != ".":
                m.put_cell(f"a{i}", f"r{j}", m.scheme.normalise(cell), "")
    return m


def test_no_accountable_says_the_builtin_letter_in_chinese() -> None:
    m = grid(["R C", "A R"])
    [finding] = [f for f in validate(m) if f.rule == "no-accountable"]
    assert finding.message == "No role is Accountable for this activity."
    assert isinstance(finding.message, Text)
    assert render(finding.message, ZH) == "此活动没有角色担任“批准”。"
    assert render(finding.message, ENGLISH) == "No role is Accountable for this activity."


def test_a_custom_letter_name_stays_as_written() -> None:
    own = Scheme(
        name="Mine",
        letters=(
            LetterDef(letter="O", name="Owner"),
            LetterDef(letter="A", name="Accountable-ish"),
            LetterDef(letter="H", name="Helper"),
        ),
        accountable="A",
        responsible="O",
    )
    m = grid(["O H", "A H"], scheme=own)
    messages = {f.rule: f.message for f in validate(m)}
    assert render(messages["no-accountable"], ZH) == "此活动没有角色担任“Accountable-ish”。"
    assert render(messages["no-responsible"], ZH) == "此活动没有角色担任“Owner”。"


def test_a_custom_scheme_with_a_builtin_word_is_translated_by_the_word() -> None:
    own = Scheme(
        name="Mine",
        letters=(LetterDef(letter="X", name="Driver"), LetterDef(letter="Y", name="Helper")),
        responsible="X",
    )
    m = grid(["Y Y", "X Y"], scheme=own)
    [finding] = [f for f in validate(m) if f.rule == "no-responsible"]
    assert render(finding.message, ZH) == "此活动没有角色担任“推动”。"


def test_the_ownership_phrase_is_built_from_translated_words() -> None:
    m = grid(["A R C", "R A C"])
    [finding] = [f for f in validate(m) if f.rule == "no-ownership"]
    assert finding.message == "This role is never Responsible or Accountable."
    assert render(finding.message, ZH) == "此角色从未担任“负责或批准”。"


def test_role_names_in_a_message_are_listed_the_chinese_way() -> None:
    m = grid(["A A R"], names=["Writer", "Editor", "Legal"])
    [finding] = [f for f in validate(m) if f.rule == "multiple-accountable"]
    assert finding.message == (
        "2 roles are Accountable (Writer, Editor); there should be exactly one."
    )
    assert render(finding.message, ZH) == "有 2 个角色担任“批准”（Writer、Editor）；应当只有一个。"


def every_rule_findings() -> list[Finding]:
    """Findings of every rule the engine makes itself.

    Two matrices: a role cannot be unused where every role is on one activity.
    """
    busy = grid(
        [
            "RA R R R C C C C I",  # too many R and C; A is also R
            "R . . . . . . . .",  # no A
            "A A . . . . . . .",  # two A, no R
            "A R I I I I I I .",  # too many I
            "A R . . . . . . .",
            "A R . . . . . . .",
            "I I I I I I I I I",  # everyone involved
        ],
        names=["Boss", "Writer", "Boss", "C1", "C2", "C3", "C4", "C5", "Reader"],
        tasks=["Plan", "Draft", "Review", "Ship", "Tell", "Close", "Draft"],
    )
    busy.waivers.append(Waiver("no-accountable", "a4", None, "gone", "Li"))  # stale
    config = RuleConfig({"accountable-is-responsible": RuleSetting(True, Severity.INFO)})
    idle = grid(["A R ."])  # r2 unused
    return validate(busy, config) + validate(idle, config)


ENGINE_RULES = set(RULES) - {"unknown-code", "skipped-row", "lookalike-letter", "import"}
"""The rules whose findings the engine makes (the others come from reading a file)."""


def test_every_engine_rule_says_a_text_of_the_finding_context() -> None:
    findings = every_rule_findings()
    assert {f.rule for f in findings} == ENGINE_RULES
    for finding in findings:
        message = finding.message
        assert isinstance(message, Text), finding
        assert message.source.context == "Finding"
        assert render(message, ENGLISH) == message


def test_every_finding_of_a_sample_is_a_text() -> None:
    findings = validate(native.load(DRAFT))
    assert findings
    for finding in findings:
        assert isinstance(finding.message, Text), finding
        assert finding.message.render(ENGLISH) == finding.message
        assert finding.message.source.context == "Finding"


def test_a_text_message_survives_a_waiver_and_sorting() -> None:
    m = grid(["R C", "A R"])
    m.waivers.append(Waiver("no-accountable", "a0", None, "on purpose", "Li"))
    [finding] = [f for f in validate(m) if f.rule == "no-accountable"]
    assert finding.waiver is not None
    assert render(finding.message, ZH) == "此活动没有角色担任“批准”。"


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_summaries_are_texts_of_the_rule_context(rule_id: str) -> None:
    summary = RULES[rule_id].summary
    assert isinstance(summary, Text)
    assert summary.source.context == "Rule"
    assert not summary.params
    assert render(summary, ENGLISH) == summary


def test_a_rule_summary_reads_in_chinese() -> None:
    assert render(RULES["no-accountable"].summary, ZH) == "没有角色批准该活动"
    assert RULES["no-accountable"].summary == "No role is accountable for the activity"


def test_setting_problems_are_texts() -> None:
    problem = setting_problem("nope", RuleSetting(True, Severity.INFO))
    assert problem == "unknown rule 'nope'"
    assert isinstance(problem, Text)
    problem = setting_problem("too-many-accountable", RuleSetting(True, Severity.INFO, 101))
    assert problem == "a percentage threshold must be from 0 to 100"
    assert isinstance(problem, Text)


def _placeholders(text: str) -> list[str]:
    return [field for _, field, _, _ in string.Formatter().parse(text) if field]


@pytest.mark.parametrize("scheme", BUILTIN_SCHEMES.values(), ids=lambda s: s.name)
def test_builtin_letters_are_plain_english_words_of_the_letters_context(scheme: Scheme) -> None:
    for item in scheme.letters:
        assert type(item.name) is str
        assert type(item.meaning) is str
        assert word("Letters", item.name).source.context == "Letters"
        assert not _placeholders(item.name)
        assert not _placeholders(item.meaning)
    assert RACI.letter_def("A") is not None
    assert word("Letters", RACI.letters[1].name).render(ZH) == "批准"


def test_a_foreign_letter_is_reported_as_a_text() -> None:
    with pytest.raises(
        ValueError, match=r"^X is not a letter of the RACI scheme \(R/A/C/I\)$"
    ) as one:
        RACI.normalise("AX")
    message = one.value.args[0]
    assert isinstance(message, Text)
    assert render(message, ZH) == "X 不是 RACI 方案中的字母（R/A/C/I）"
    with pytest.raises(ValueError, match=r"^X, Y are not letters of the RACI scheme \(R/A/C/I\)$"):
        RACI.normalise("YXA")


def test_a_role_card_reads_in_chinese() -> None:
    m = grid(["A R .", "R A ."], names=["Boss", "Writer", "Idle"])
    card = role_card(m, "r0")
    english = card_text(m, card)
    assert english == "Boss\n\nAccountable (A):\n  - Task 0\n\nResponsible (R):\n  - Task 1\n"
    chinese = card_text(m, card, translator=ZH)
    assert chinese == "Boss\n\n批准（A）：\n  - Task 0\n\n负责（R）：\n  - Task 1\n"
    empty = role_card(m, "r2")
    assert card_text(m, empty) == "Idle\n\nNo letters in this matrix.\n"
    assert card_text(m, empty, translator=ZH) == "Idle\n\n在此矩阵中没有字母。\n"
    assert card_text(m, empty, "Nothing.", ZH) == "Idle\n\nNothing.\n"
