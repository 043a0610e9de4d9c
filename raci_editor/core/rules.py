"""The rule catalogue of RULES.md and the engine that runs it.

Each rule has an id, a default severity, an on/off default and, where it
has one, a threshold. :func:`validate` returns the findings in the stable
order of the command-line contract: by activity, then role, then rule id.

A finding's message is a :class:`~raci_editor.core.texts.Text`: English as a
``str`` (the command line prints it as it is), said in the interface's
language by the editor (``render(finding.message, translator)``). Letter names
go in as :func:`~raci_editor.core.texts.word`, so a built-in scheme's
``Accountable`` is translated while a custom scheme's own name stays as written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from raci_editor.core.rule_settings import (
    RULES,
    Rule,
    RuleSetting,
    Severity,
    Waiver,
    default_setting,
)
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text, join, word

if TYPE_CHECKING:
    from raci_editor.core.model import Matrix

__all__ = [
    "RULES",
    "Finding",
    "Rule",
    "RuleConfig",
    "RuleSetting",
    "Severity",
    "Waiver",
    "sort_findings",
    "validate",
]


class Finding(NamedTuple):
    """One thing a rule found, about an activity, a role, a cell or the whole matrix.

    A named tuple rather than a frozen dataclass: a big matrix has tens of
    thousands of findings, and a tuple is made in a quarter of the time.
    """

    rule: str
    severity: Severity
    message: str
    """What was found, in English; a :class:`~raci_editor.core.texts.Text` to say it translated."""
    activity_id: str | None = None
    role_id: str | None = None
    waiver: Waiver | None = None
    """The waiver that accepts this finding; waived findings do not count."""
    stale: Waiver | None = None
    """For ``stale-waiver``: the waiver that matches no finding any more."""

    @property
    def key(self) -> tuple[str, str | None, str | None]:
        """What the finding is about, as a waiver names it."""
        return (self.rule, self.activity_id, self.role_id)


MIN_ACTIVITIES_FOR_LOAD_RULES = 5
"""The role-load rules only apply to matrices with at least this many activities."""
MIN_ROLES_FOR_EVERYONE_INVOLVED = 4
"""``everyone-involved`` only applies to matrices with at least this many roles."""


class RuleConfig:
    """Rule settings over the catalogue defaults (a matrix's own: ``RuleConfig(matrix.rules)``)."""

    def __init__(self, settings: Mapping[str, RuleSetting] | None = None) -> None:
        self._settings = dict(settings or {})

    def setting(self, rule_id: str) -> RuleSetting:
        """The effective setting of a rule."""
        own = self._settings.get(rule_id)
        return own if own is not None else default_setting(rule_id)


def sort_findings(matrix: Matrix, findings: Iterable[Finding]) -> list[Finding]:
    """Order findings by activity, then role, then rule id (matrix-wide ones last)."""
    findings = list(findings)
    rows = {a.id: i for i, a in enumerate(matrix.activities)}
    columns = {r.id: i for i, r in enumerate(matrix.roles)}
    n_act = len(matrix.activities)

    def key(f: Finding) -> tuple[int, int, str, str]:
        a = rows[f.activity_id] if f.activity_id is not None else n_act
        r = columns[f.role_id] if f.role_id is not None else -1
        return (a, r, f.rule, f.message)

    try:
        return sorted(findings, key=key)
    except KeyError:  # about an activity or role that is not there: the matrix says which
        for f in findings:
            if f.activity_id is not None:
                matrix.activity_index(f.activity_id)
            if f.role_id is not None:
                matrix.role_index(f.role_id)
        raise


def validate(
    matrix: Matrix, config: RuleConfig | None = None, extra: Iterable[Finding] = ()
) -> list[Finding]:
    """Run every enabled rule, mark waived findings and report stale waivers.

    ``config`` defaults to the matrix's own rule settings; ``extra`` adds
    findings from reading the file (``unknown-code``, ``skipped-row``).
    """
    config = config or RuleConfig(matrix.rules)
    found = activity_findings(matrix, config, (a.id for a in matrix.activities))
    found += role_findings(matrix, config)
    found += duplicate_findings(matrix, config)
    found += read_findings(config, extra)
    return sort_findings(matrix, apply_waivers(matrix, config, found))


def read_findings(config: RuleConfig, extra: Iterable[Finding]) -> list[Finding]:
    """Findings from reading a file, with the severity and on/off the settings give."""
    out = []
    for f in extra:
        if f.rule not in RULES:
            out.append(f)
            continue
        setting = config.setting(f.rule)
        if setting.enabled:
            out.append(f._replace(severity=setting.severity))
    return out


def apply_waivers(matrix: Matrix, config: RuleConfig, findings: list[Finding]) -> list[Finding]:
    """Attach each waiver to the finding it names; report those that name none as stale."""
    waivers = {w.key: w for w in matrix.waivers}
    if not waivers:
        return findings
    out = []
    used: set[tuple[str, str | None, str | None]] = set()
    for finding in findings:
        waiver = waivers.get(finding.key)
        if waiver is not None:
            used.add(waiver.key)
            out.append(finding._replace(waiver=waiver))
        else:
            out.append(finding)
    stale = config.setting("stale-waiver")
    if stale.enabled:
        for waiver in matrix.waivers:
            if waiver.key not in used:
                out.append(
                    Finding(
                        "stale-waiver",
                        stale.severity,
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Finding",
                                "The waiver of {rule} (by {by}: {reason}) "
                                "matches no current finding; remove it.",
                            ),
                            rule=waiver.rule,
                            by=waiver.by,
                            reason=waiver.reason,
                        ),
                        waiver.activity_id,
                        waiver.role_id,
                        stale=waiver,
                    )
                )
    return out


class _Emit:
    """Collects findings for the enabled rules with their configured severity."""

    def __init__(self, config: RuleConfig) -> None:
        self.config = config
        self.out: list[Finding] = []
        self._severity: dict[str, Severity | None] = {}
        """Rule -> its severity, None when it is off; looked up once per rule, not per finding."""

    def on(self, rule_id: str) -> RuleSetting | None:
        setting = self.config.setting(rule_id)
        return setting if setting.enabled else None

    def __call__(
        self, rule_id: str, message: str, activity_id: str | None, role_id: str | None = None
    ) -> None:
        try:
            severity = self._severity[rule_id]
        except KeyError:
            setting = self.on(rule_id)
            severity = self._severity[rule_id] = setting.severity if setting else None
        if severity is not None:
            self.out.append(Finding(rule_id, severity, message, activity_id, role_id))

    def threshold(self, rule_id: str) -> int:
        setting = self.config.setting(rule_id)
        value = setting.threshold if setting.threshold is not None else RULES[rule_id].threshold
        return value or 0


def _names(matrix: Matrix, role_ids: list[str]) -> Text | str:
    return join(matrix.role(r).name for r in role_ids)


def _letter_names(matrix: Matrix) -> dict[str, Text]:
    """Letter -> its name, translated when it is a built-in scheme's word."""
    return {item.letter: word("Letters", item.name) for item in matrix.scheme.letters}


_NO_ROLE_IS = QT_TRANSLATE_NOOP("Finding", "No role is {letter} for this activity.")
_OR = QT_TRANSLATE_NOOP("Finding", "{first} or {second}")
"""Two letters a role may hold, as in "Responsible or Accountable"."""


def _ownership(names: Mapping[str, Text], resp: str | None, acc: str | None) -> Text | None:
    """The scheme's responsible and accountable letters' names: ``Responsible or Accountable``."""
    owned = [names[x] for x in (resp, acc) if x]
    if not owned:
        return None
    if len(owned) == 1:
        return owned[0]
    return Text(_OR, first=owned[0], second=owned[1])


_TOO_MANY = QT_TRANSLATE_NOOP(
    "Finding", "{count} roles are {letter}; more than {limit} is too many."
)


def activity_findings(
    matrix: Matrix, config: RuleConfig, activity_ids: Iterable[str]
) -> list[Finding]:
    """Rules that read across a row, for the given activities.

    A row is counted in its letters joined into one string: a cell holds
    each letter at most once (a model invariant), so ``joined.count("C")``
    is the number of roles that are C. A big matrix (a million cells) is so
    checked without a Python step per cell; the roles themselves are looked
    for only in the rows that need them named. Messages that repeat are made once.
    """
    scheme = matrix.scheme
    acc, resp = scheme.accountable, scheme.responsible
    n_roles = len(matrix.roles)
    names = _letter_names(matrix)
    emit = _Emit(config)
    limits = [
        _Limit(rule_id, letter, emit.threshold(rule_id), setting.severity)
        for rule_id, letter in (
            ("too-many-responsible", resp),
            ("too-many-consulted", scheme.consulted),
            ("too-many-informed", scheme.informed),
        )
        if letter is not None and (setting := emit.on(rule_id))
    ]
    found = emit.out  # the too-many rules, a finding on most rows of a big matrix, add directly
    everyone = bool(emit.on("everyone-involved")) and n_roles >= MIN_ROLES_FOR_EVERYONE_INVOLVED
    both = (
        Text(
            QT_TRANSLATE_NOOP("Finding", "This role is both {first} and {second}."),
            first=names[acc],
            second=names[resp],
        )
        if acc and resp and emit.on("accountable-is-responsible")
        else None
    )
    no_acc = Text(_NO_ROLE_IS, letter=names[acc]) if acc else ""
    no_resp = Text(_NO_ROLE_IS, letter=names[resp]) if resp else ""
    for activity_id in activity_ids:
        matrix.activity_index(activity_id)  # ModelError for an activity that is not there
        row = matrix.row(activity_id)
        joined = "".join(row.values())
        n_acc = joined.count(acc) if acc else 0
        if acc:
            if not n_acc:
                emit("no-accountable", no_acc, activity_id)
            elif n_acc > 1:
                emit(
                    "multiple-accountable",
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Finding",
                            "{count} roles are {letter} ({roles}); there should be exactly one.",
                        ),
                        count=n_acc,
                        letter=names[acc],
                        roles=_names(matrix, _holding(matrix, row, acc)),
                    ),
                    activity_id,
                )
        has_resp = resp is not None and resp in joined
        if resp and not has_resp:
            emit("no-responsible", no_resp, activity_id)
        if not row:
            continue
        for rule in limits:
            count = joined.count(rule.letter)
            if count > rule.limit:
                found.append(
                    Finding(rule.id, rule.severity, rule.message(count, names), activity_id)
                )
        if everyone and len(row) == n_roles:
            emit(
                "everyone-involved",
                Text(QT_TRANSLATE_NOOP("Finding", "Every role has a letter on this activity.")),
                activity_id,
            )
        if both is not None and n_acc and has_resp:
            for role_id in _holding(matrix, row, acc, resp):
                emit("accountable-is-responsible", both, activity_id, role_id)
    return emit.out


class _Limit:
    """A too-many rule for a row: its letter, its limit and its messages, each made once."""

    def __init__(self, rule_id: str, letter: str, limit: int, severity: Severity) -> None:
        self.id = rule_id
        self.letter = letter
        self.limit = limit
        self.severity = severity
        self._messages: dict[int, Text] = {}

    def message(self, count: int, names: Mapping[str, Text]) -> Text:
        """``count roles are X; more than limit is too many.``"""
        message = self._messages.get(count)
        if message is None:
            message = self._messages[count] = Text(
                _TOO_MANY, count=count, letter=names[self.letter], limit=self.limit
            )
        return message


def _holding(matrix: Matrix, row: Mapping[str, str], *letters: str | None) -> list[str]:
    """The roles of a row that hold every one of ``letters``, in column order."""
    held = [r for r, cell in row.items() if all(x and x in cell for x in letters)]
    return sorted(held, key=matrix.role_index)


def role_findings(
    matrix: Matrix, config: RuleConfig, role_ids: Iterable[str] | None = None
) -> list[Finding]:
    """Rules that read down a column, for the given roles (default: all)."""
    scheme = matrix.scheme
    acc, resp = scheme.accountable, scheme.responsible
    names = _letter_names(matrix)
    n_act = len(matrix.activities)
    wanted = [r.id for r in matrix.roles] if role_ids is None else list(role_ids)
    owns = {x for x in (acc, resp) if x}
    if role_ids is None:  # all columns: one pass over the rows
        rows = [matrix.row(a.id) for a in matrix.activities]
        somewhere, everywhere = _somewhere_everywhere(rows, len(wanted))
        owning, accountable = _owning_counts(rows, scheme.alphabet, owns, acc)
    else:  # a few columns: read just those
        involved, owning, accountable = Counter[str](), Counter[str](), Counter[str]()
        for role_id in wanted:
            for _, letters in matrix.column(role_id):
                involved[role_id] += 1
                owning[role_id] += any(x in letters for x in owns)
                accountable[role_id] += bool(acc and acc in letters)
        somewhere = {r for r in wanted if involved[r]}
        everywhere = {r for r in wanted if involved[r] == n_act}
    emit = _Emit(config)
    ownership = _ownership(names, resp, acc)
    for rid in wanted:
        if rid not in somewhere:
            emit(
                "unused-role",
                Text(QT_TRANSLATE_NOOP("Finding", "This role has no letter on any activity.")),
                None,
                rid,
            )
            continue
        if ownership and owning[rid] == 0:
            emit(
                "no-ownership",
                Text(
                    QT_TRANSLATE_NOOP("Finding", "This role is never {letters}."), letters=ownership
                ),
                None,
                rid,
            )
        if n_act < MIN_ACTIVITIES_FOR_LOAD_RULES:
            continue
        for rule_id, count, what in (
            ("overloaded-role", owning[rid], ownership),
            ("too-many-accountable", accountable[rid], names.get(acc) if acc else None),
        ):
            limit = emit.threshold(rule_id)
            if what and count * 100 > limit * n_act:
                emit(
                    rule_id,
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Finding",
                            "{letters} on {count} of {total} activities ({percent} %), "
                            "more than {limit} %.",
                        ),
                        letters=what,
                        count=count,
                        total=n_act,
                        percent=round(100 * count / n_act),
                        limit=limit,
                    ),
                    None,
                    rid,
                )
        if rid in everywhere:
            emit(
                "everywhere-role",
                Text(QT_TRANSLATE_NOOP("Finding", "This role has a letter on every activity.")),
                None,
                rid,
            )
    return emit.out


def _somewhere_everywhere(rows: list[dict[str, str]], n_roles: int) -> tuple[set[str], set[str]]:
    """The roles with a letter in some row, and those with one in every row.

    Set operations in C that stop as soon as every role has been seen and
    none can be everywhere any more (after a few rows of a big matrix).
    """
    somewhere: set[str] = set()
    everywhere: set[str] = set(rows[0]) if rows else set()
    for row in rows:
        if everywhere:
            everywhere.intersection_update(row)
        elif len(somewhere) >= n_roles:
            break
        somewhere.update(row)
    return somewhere, everywhere


def _owning_counts(
    rows: list[dict[str, str]], alphabet: str, owns: set[str], acc: str | None
) -> tuple[Counter[str], Counter[str]]:
    """Per role: the cells with one of ``owns``, and those with ``acc``.

    A cell holds its letters once each in scheme order (a model invariant),
    so the few strings that own are known beforehand: a cell (a big matrix
    has a million) costs one set look-up.
    """
    values = (
        _cell_values(alphabet)
        if len(alphabet) <= MAX_LETTERS_LISTED
        else set().union(*map(dict.values, rows))
    )
    owning_values = {v for v in values if any(x in v for x in owns)}
    acc_values = {v for v in owning_values if acc and acc in v}
    hits = [(r, v) for row in rows for r, v in row.items() if v in owning_values]
    owning = Counter([r for r, _ in hits])
    accountable = Counter([r for r, v in hits if v in acc_values]) if acc_values else Counter()
    return owning, accountable


MAX_LETTERS_LISTED = 10
"""Up to this many letters (1,023 strings) a scheme's cell values are listed, not gathered."""


def _cell_values(alphabet: str) -> list[str]:
    """Every letter string a cell can hold: the non-empty subsets of the alphabet, in its order."""
    values = [""]
    for letter in alphabet:
        values += [v + letter for v in values]
    return values[1:]


def duplicate_findings(matrix: Matrix, config: RuleConfig) -> list[Finding]:
    """Repeated names, compared trimmed and case-insensitively."""
    emit = _Emit(config)
    seen: dict[str, int] = {}
    for index, activity in enumerate(matrix.activities):
        key = activity.name.strip().casefold()
        if key in seen:
            emit(
                "duplicate-activity",
                Text(
                    QT_TRANSLATE_NOOP("Finding", "Same name as activity {number}."),
                    number=seen[key] + 1,
                ),
                activity.id,
            )
        else:
            seen[key] = index
    seen = {}
    for index, role in enumerate(matrix.roles):
        key = role.name.strip().casefold()
        if key in seen:
            emit(
                "duplicate-role",
                Text(
                    QT_TRANSLATE_NOOP("Finding", "Same name as role {number}."),
                    number=seen[key] + 1,
                ),
                None,
                role.id,
            )
        else:
            seen[key] = index
    return emit.out
