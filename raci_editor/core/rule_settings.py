"""The rule catalogue (ids and defaults from RULES.md), a matrix's rule settings and waivers.

Kept apart from the engine in :mod:`rules` so that the matrix can carry its
settings and waivers without importing the engine. A rule's summary is a
:class:`~raci_editor.core.texts.Text` (context ``Rule``): English as a ``str``,
said translated by ``render(rule.summary, translator)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text


class Severity(StrEnum):
    """How much a finding matters; errors make ``validate`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the catalogue with its defaults."""

    id: str
    severity: Severity
    summary: str
    """What the rule checks, in English; a :class:`~raci_editor.core.texts.Text`."""
    enabled: bool = True
    threshold: int | None = None
    unit: str = ""
    """What the threshold counts: ``"roles"`` or ``"%"`` of activities (a code, not shown as is)."""


@dataclass(frozen=True, slots=True)
class RuleSetting:
    """A matrix's choice for one rule; a threshold only for rules that have one."""

    enabled: bool
    severity: Severity
    threshold: int | None = None


@dataclass(frozen=True, slots=True)
class Waiver:
    """A finding accepted on purpose: which one (rule, activity, role), why and by whom."""

    rule: str
    activity_id: str | None
    role_id: str | None
    reason: str
    by: str

    @property
    def key(self) -> tuple[str, str | None, str | None]:
        """The finding it waives."""
        return (self.rule, self.activity_id, self.role_id)

    @property
    def sort_key(self) -> tuple[str, str, str]:
        """The canonical order of a matrix's waivers: by rule, activity id, role id."""
        return (self.rule, self.activity_id or "", self.role_id or "")


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule(
            "no-accountable",
            _E,
            Text(QT_TRANSLATE_NOOP("Rule", "No role is accountable for the activity")),
        ),
        Rule(
            "multiple-accountable",
            _E,
            Text(QT_TRANSLATE_NOOP("Rule", "Two or more roles are accountable for the activity")),
        ),
        Rule(
            "no-responsible",
            _E,
            Text(QT_TRANSLATE_NOOP("Rule", "No role is responsible for the activity")),
        ),
        Rule(
            "too-many-responsible",
            _W,
            Text(QT_TRANSLATE_NOOP("Rule", "More than N roles are responsible")),
            threshold=3,
            unit="roles",
        ),
        Rule(
            "too-many-consulted",
            _W,
            Text(QT_TRANSLATE_NOOP("Rule", "More than N roles are consulted")),
            threshold=3,
            unit="roles",
        ),
        Rule(
            "too-many-informed",
            _I,
            Text(QT_TRANSLATE_NOOP("Rule", "More than N roles are informed")),
            threshold=5,
            unit="roles",
        ),
        Rule(
            "everyone-involved",
            _W,
            Text(QT_TRANSLATE_NOOP("Rule", "Every role has a letter on the activity")),
        ),
        Rule(
            "unused-role",
            _W,
            Text(QT_TRANSLATE_NOOP("Rule", "The role has no letter on any activity")),
        ),
        Rule(
            "no-ownership",
            _I,
            Text(QT_TRANSLATE_NOOP("Rule", "The role is never responsible and never accountable")),
        ),
        Rule(
            "overloaded-role",
            _W,
            Text(
                QT_TRANSLATE_NOOP(
                    "Rule", "Responsible or accountable on more than N % of activities"
                )
            ),
            threshold=60,
            unit="%",
        ),
        Rule(
            "too-many-accountable",
            _W,
            Text(QT_TRANSLATE_NOOP("Rule", "Accountable on more than N % of activities")),
            threshold=50,
            unit="%",
        ),
        Rule(
            "everywhere-role",
            _W,
            Text(QT_TRANSLATE_NOOP("Rule", "The role has a letter on every activity")),
        ),
        Rule(
            "duplicate-activity",
            _W,
            Text(QT_TRANSLATE_NOOP("Rule", "An activity has the same name as an earlier one")),
        ),
        Rule(
            "duplicate-role",
            _W,
            Text(QT_TRANSLATE_NOOP("Rule", "A role has the same name as an earlier one")),
        ),
        Rule(
            "unknown-code",
            _E,
            Text(QT_TRANSLATE_NOOP("Rule", "A cell holds text that is not a letter of the scheme")),
        ),
        Rule(
            "skipped-row",
            _W,
            Text(QT_TRANSLATE_NOOP("Rule", "A row of the file was skipped while reading it")),
        ),
        Rule(
            "lookalike-letter",
            _I,
            Text(QT_TRANSLATE_NOOP("Rule", "A look-alike character was read as a letter")),
        ),
        Rule(
            "import",
            _I,
            Text(QT_TRANSLATE_NOOP("Rule", "What the importer decided about the file's layout")),
        ),
        Rule(
            "stale-waiver",
            _I,
            Text(QT_TRANSLATE_NOOP("Rule", "A waiver matches no current finding")),
        ),
        Rule(
            "accountable-is-responsible",
            _I,
            Text(QT_TRANSLATE_NOOP("Rule", "One role is both accountable and responsible")),
            enabled=False,
        ),
    )
}


def default_setting(rule_id: str) -> RuleSetting:
    """The setting a new matrix has for a rule."""
    rule = RULES[rule_id]
    return RuleSetting(rule.enabled, rule.severity, rule.threshold)


def setting_problem(rule_id: str, setting: RuleSetting) -> str | None:
    """Why a setting is not valid for a rule, or None."""
    rule = RULES.get(rule_id)
    if rule is None:
        return Text(QT_TRANSLATE_NOOP("Rule", "unknown rule {rule!r}"), rule=rule_id)
    if rule.threshold is None and setting.threshold is not None:
        return Text(QT_TRANSLATE_NOOP("Rule", "rule {rule!r} has no threshold"), rule=rule_id)
    if setting.threshold is not None and not 0 <= setting.threshold <= 100_000:
        return Text(QT_TRANSLATE_NOOP("Rule", "the threshold must be a whole number from 0"))
    if rule.unit == "%" and setting.threshold is not None and setting.threshold > 100:
        return Text(QT_TRANSLATE_NOOP("Rule", "a percentage threshold must be from 0 to 100"))
    return None
