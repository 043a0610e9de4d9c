"""The rule catalogue (ids and defaults from RULES.md), a matrix's rule settings and waivers.

Kept apart from the engine in :mod:`rules` so that the matrix can carry its
settings and waivers without importing the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
    enabled: bool = True
    threshold: int | None = None
    unit: str = ""
    """What the threshold counts: ``"roles"`` or ``"%"`` of activities."""


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
        Rule("no-accountable", _E, "No role is accountable for the activity"),
        Rule("multiple-accountable", _E, "Two or more roles are accountable for the activity"),
        Rule("no-responsible", _E, "No role is responsible for the activity"),
        Rule(
            "too-many-responsible",
            _W,
            "More than N roles are responsible",
            threshold=3,
            unit="roles",
        ),
        Rule(
            "too-many-consulted", _W, "More than N roles are consulted", threshold=3, unit="roles"
        ),
        Rule("too-many-informed", _I, "More than N roles are informed", threshold=5, unit="roles"),
        Rule("everyone-involved", _W, "Every role has a letter on the activity"),
        Rule("unused-role", _W, "The role has no letter on any activity"),
        Rule("no-ownership", _I, "The role is never responsible and never accountable"),
        Rule(
            "overloaded-role",
            _W,
            "Responsible or accountable on more than N % of activities",
            threshold=60,
            unit="%",
        ),
        Rule(
            "too-many-accountable",
            _W,
            "Accountable on more than N % of activities",
            threshold=50,
            unit="%",
        ),
        Rule("everywhere-role", _W, "The role has a letter on every activity"),
        Rule("duplicate-activity", _W, "An activity has the same name as an earlier one"),
        Rule("duplicate-role", _W, "A role has the same name as an earlier one"),
        Rule("unknown-code", _E, "A cell holds text that is not a letter of the scheme"),
        Rule("skipped-row", _W, "A row of the file was skipped while reading it"),
        Rule("lookalike-letter", _I, "A look-alike character was read as a letter"),
        Rule("import", _I, "What the importer decided about the file's layout"),
        Rule("stale-waiver", _I, "A waiver matches no current finding"),
        Rule(
            "accountable-is-responsible",
            _I,
            "One role is both accountable and responsible",
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
        return f"unknown rule {rule_id!r}"
    if rule.threshold is None and setting.threshold is not None:
        return f"rule {rule_id!r} has no threshold"
    if setting.threshold is not None and not 0 <= setting.threshold <= 100_000:
        return "the threshold must be a whole number from 0"
    if rule.unit == "%" and setting.threshold is not None and setting.threshold > 100:
        return "a percentage threshold must be from 0 to 100"
    return None
