"""The rule catalogue of RULES.md and the engine that runs it.

Each rule has an id, a default severity, an on/off default and, where it
has one, a threshold. :func:`validate` returns the findings in the stable
order of the command-line contract: by activity, then role, then rule id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

from raci_editor.core.model import Matrix


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


@dataclass(frozen=True, slots=True)
class RuleSetting:
    """A matrix's choice for one rule."""

    enabled: bool
    severity: Severity
    threshold: int | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule found, about an activity, a role, a cell or the whole matrix."""

    rule: str
    severity: Severity
    message: str
    activity_id: str | None = None
    role_id: str | None = None


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule("no-accountable", _E, "No role is accountable for the activity"),
        Rule("multiple-accountable", _E, "Two or more roles are accountable for the activity"),
        Rule("no-responsible", _E, "No role is responsible for the activity"),
        Rule("too-many-responsible", _W, "More than N roles are responsible", threshold=3),
        Rule("too-many-consulted", _W, "More than N roles are consulted", threshold=3),
        Rule("too-many-informed", _I, "More than N roles are informed", threshold=5),
        Rule("everyone-involved", _W, "Every role has a letter on the activity"),
        Rule("unused-role", _W, "The role has no letter on any activity"),
        Rule("no-ownership", _I, "The role is never responsible and never accountable"),
        Rule("overloaded-role", _W, "Responsible or accountable on more than N %", threshold=60),
        Rule(
            "too-many-accountable", _W, "Accountable on more than N % of activities", threshold=50
        ),
        Rule("everywhere-role", _W, "The role has a letter on every activity"),
        Rule("duplicate-activity", _W, "Two activities have the same name"),
        Rule("duplicate-role", _W, "Two roles have the same name"),
        Rule("unknown-code", _E, "A cell holds text that is not a letter of the scheme"),
        Rule("skipped-row", _W, "A row of the file was skipped while reading it"),
        Rule("stale-waiver", _I, "A waiver matches no current finding"),
        Rule(
            "accountable-is-responsible",
            _I,
            "One role is both accountable and responsible",
            enabled=False,
        ),
    )
}

MIN_ACTIVITIES_FOR_LOAD_RULES = 5
"""The role-load rules only apply to matrices with at least this many activities."""
MIN_ROLES_FOR_EVERYONE_INVOLVED = 4
"""``everyone-involved`` only applies to matrices with at least this many roles."""


class RuleConfig:
    """Per-matrix rule settings over the catalogue defaults."""

    def __init__(self, settings: Mapping[str, RuleSetting] | None = None) -> None:
        self._settings = dict(settings or {})

    def setting(self, rule_id: str) -> RuleSetting:
        """The effective setting of a rule."""
        own = self._settings.get(rule_id)
        if own is not None:
            return own
        rule = RULES[rule_id]
        return RuleSetting(rule.enabled, rule.severity, rule.threshold)


def sort_findings(matrix: Matrix, findings: Iterable[Finding]) -> list[Finding]:
    """Order findings by activity, then role, then rule id (matrix-wide ones last)."""
    n_act = len(matrix.activities)

    def key(f: Finding) -> tuple[int, int, str, str]:
        a = matrix.activity_index(f.activity_id) if f.activity_id is not None else n_act
        r = matrix.role_index(f.role_id) if f.role_id is not None else -1
        return (a, r, f.rule, f.message)

    return sorted(findings, key=key)


def validate(
    matrix: Matrix, config: RuleConfig | None = None, extra: Iterable[Finding] = ()
) -> list[Finding]:
    """Run every enabled rule; ``extra`` adds findings from reading the file."""
    config = config or RuleConfig()
    found = [*_activity_findings(matrix, config), *_role_findings(matrix, config)]
    found += _duplicates(matrix, config)
    for f in extra:
        setting = config.setting(f.rule) if f.rule in RULES else None
        if setting is None:
            found.append(f)
        elif setting.enabled:
            found.append(Finding(f.rule, setting.severity, f.message, f.activity_id, f.role_id))
    return sort_findings(matrix, found)


class _Emit:
    """Collects findings for the enabled rules with their configured severity."""

    def __init__(self, config: RuleConfig) -> None:
        self.config = config
        self.out: list[Finding] = []

    def on(self, rule_id: str) -> RuleSetting | None:
        setting = self.config.setting(rule_id)
        return setting if setting.enabled else None

    def __call__(
        self, rule_id: str, message: str, activity_id: str | None, role_id: str | None = None
    ) -> None:
        setting = self.on(rule_id)
        if setting is not None:
            self.out.append(Finding(rule_id, setting.severity, message, activity_id, role_id))

    def threshold(self, rule_id: str) -> int:
        setting = self.config.setting(rule_id)
        value = setting.threshold if setting.threshold is not None else RULES[rule_id].threshold
        return value or 0


def _names(matrix: Matrix, role_ids: list[str]) -> str:
    return ", ".join(matrix.role(r).name for r in role_ids)


def _activity_findings(matrix: Matrix, config: RuleConfig) -> Iterator[Finding]:
    """Rules that read across one row."""
    scheme = matrix.scheme
    acc, resp = scheme.accountable, scheme.responsible
    n_roles = len(matrix.roles)
    names = {letter.letter: letter.name for letter in scheme.letters}
    emit = _Emit(config)
    for activity in matrix.activities:
        row = matrix.row(activity.id)
        a_roles = [r for r, letters in row.items() if acc and acc in letters]
        r_roles = [r for r, letters in row.items() if resp and resp in letters]
        if acc:
            if not a_roles:
                emit("no-accountable", f"No role is {names[acc]} for this activity.", activity.id)
            elif len(a_roles) > 1:
                ordered = sorted(a_roles, key=matrix.role_index)
                emit(
                    "multiple-accountable",
                    f"{len(a_roles)} roles are {names[acc]} ({_names(matrix, ordered)}); "
                    "there should be exactly one.",
                    activity.id,
                )
        if resp and not r_roles:
            emit("no-responsible", f"No role is {names[resp]} for this activity.", activity.id)
        if not row:
            continue
        for rule_id, letter in (
            ("too-many-responsible", resp),
            ("too-many-consulted", scheme.consulted),
            ("too-many-informed", scheme.informed),
        ):
            if letter is None:
                continue
            count = sum(letter in letters for letters in row.values())
            limit = emit.threshold(rule_id)
            if count > limit:
                emit(
                    rule_id,
                    f"{count} roles are {names[letter]}; more than {limit} is too many.",
                    activity.id,
                )
        if n_roles >= MIN_ROLES_FOR_EVERYONE_INVOLVED and len(row) == n_roles:
            emit("everyone-involved", "Every role has a letter on this activity.", activity.id)
        if acc and resp:
            for role_id in sorted(set(a_roles) & set(r_roles), key=matrix.role_index):
                emit(
                    "accountable-is-responsible",
                    f"This role is both {names[acc]} and {names[resp]}.",
                    activity.id,
                    role_id,
                )
    yield from emit.out


def _role_findings(matrix: Matrix, config: RuleConfig) -> Iterator[Finding]:
    """Rules that read down one column."""
    scheme = matrix.scheme
    acc, resp = scheme.accountable, scheme.responsible
    names = {letter.letter: letter.name for letter in scheme.letters}
    n_act = len(matrix.activities)
    involved = dict.fromkeys((r.id for r in matrix.roles), 0)
    owning = dict(involved)
    accountable = dict(involved)
    for activity in matrix.activities:
        for role_id, letters in matrix.row(activity.id).items():
            involved[role_id] += 1
            if (acc and acc in letters) or (resp and resp in letters):
                owning[role_id] += 1
            if acc and acc in letters:
                accountable[role_id] += 1
    emit = _Emit(config)
    ownership = "/".join(names[x] for x in (resp, acc) if x)
    for role in matrix.roles:
        rid = role.id
        if involved[rid] == 0:
            emit("unused-role", "This role has no letter on any activity.", None, rid)
            continue
        if ownership and owning[rid] == 0:
            emit("no-ownership", f"This role is never {ownership.replace('/', ' or ')}.", None, rid)
        if n_act < MIN_ACTIVITIES_FOR_LOAD_RULES:
            continue
        for rule_id, count, what in (
            ("overloaded-role", owning[rid], ownership.replace("/", " or ")),
            ("too-many-accountable", accountable[rid], names.get(acc or "", "")),
        ):
            limit = emit.threshold(rule_id)
            if what and count * 100 > limit * n_act:
                emit(
                    rule_id,
                    f"{what} on {count} of {n_act} activities ({round(100 * count / n_act)} %), "
                    f"more than {limit} %.",
                    None,
                    rid,
                )
        if involved[rid] == n_act:
            emit("everywhere-role", "This role has a letter on every activity.", None, rid)
    yield from emit.out


def _duplicates(matrix: Matrix, config: RuleConfig) -> list[Finding]:
    """Repeated names, compared trimmed and case-insensitively."""
    emit = _Emit(config)
    seen: dict[str, int] = {}
    for index, activity in enumerate(matrix.activities):
        key = activity.name.strip().casefold()
        if key in seen:
            emit(
                "duplicate-activity",
                f"Same name as activity {seen[key] + 1}.",
                activity.id,
            )
        else:
            seen[key] = index
    seen = {}
    for index, role in enumerate(matrix.roles):
        key = role.name.strip().casefold()
        if key in seen:
            emit("duplicate-role", f"Same name as role {seen[key] + 1}.", None, role.id)
        else:
            seen[key] = index
    return emit.out
