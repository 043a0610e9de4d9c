"""Matrices for the Excel export tests: hostile text, custom schemes, rules and waivers.

Copied in spirit from tests/storage/test_native.py and tests/core/test_edits.py
(test folders do not import from each other).
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from hypothesis import strategies as st

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.core.rule_settings import RULES, RuleSetting, Severity, Waiver, default_setting
from raci_editor.core.scheme import BUILTIN_SCHEMES, LetterDef, Scheme
from raci_editor.storage import native

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "sample_projects").glob("*.raci.json"))
DRAFT = REPO / "sample_projects" / "product-launch-draft.en.raci.json"
MARKETING = REPO / "sample_projects" / "marketing-team.en.raci.json"

PRIMARY_SUPPORT = Scheme(
    name="Primary/Support",
    letters=(
        LetterDef(letter="P", name="Primary", meaning="Leads the work."),
        LetterDef(letter="S", name="Support"),
    ),
    responsible="P",
    accountable=None,
)
"""A custom scheme without an accountable letter (so no A-count check)."""

WIDE = Scheme(
    name="Wide eight",
    letters=tuple(
        LetterDef(letter=ch, name=f"Letter {ch}", meaning=f"=cmd|' /C {ch}'!A0")
        for ch in "DRAVSCIO"
    ),
    accountable="A",
    responsible="R",
    consulted="C",
    informed="I",
)
"""A custom scheme with more letters than fit every combination in a drop-down."""

HOSTILE_SCHEME = Scheme(
    name='=HYPERLINK("http://x")',
    letters=(
        LetterDef(letter="X", name="+Executes", meaning="-does it"),
        LetterDef(letter="K", name="@Keeper", meaning="=1+1"),
        LetterDef(letter="Q", name="'Quiet", meaning="_x0041_"),
    ),
    accountable="K",
    responsible="X",
)
"""A custom scheme whose own names are formula-looking text."""

CUSTOM_SCHEMES = (PRIMARY_SUPPORT, WIDE, HOSTILE_SCHEME)
SCHEMES = (*BUILTIN_SCHEMES.values(), *CUSTOM_SCHEMES)

FORMULA_LIKE = (
    '=HYPERLINK("http://x","click me")',
    "=1+1",
    '=cmd|" /C calc"!A0',
    "+1",
    "+SUM(1,2)",
    "-x",
    "-2+3",
    "@x",
    "@SUM(A1)",
)
"""Text that Excel would run as a formula if it were written as one."""

HOSTILE = (
    *FORMULA_LIKE,
    "'leading apostrophe",
    "''two apostrophes",
    "_x0041_",
    "_x000D_ escape",
    "#group",
    "#count",
    "#header",
    "TRUE",
    "0012",
    "1e5",
    "2024-01-31",
    "R/A",
    "市场经理（战略层）",
    "🚀 launch",
    "line one\nline two",
    "tab\there",
)
"""Names and texts that a careless writer or reader turns into something else."""

CONTROL = ("bell\x07ring", "crlf\r\nline", "cr\ronly", "vertical\x0btab", "nul\x00byte")
"""Characters XML 1.0 cannot hold literally, and a carriage return XML parsers turn into \\n."""

_PLAIN = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t")
_ANY = st.characters(exclude_categories=("Cs",))


def texts(alphabet: st.SearchStrategy[str], max_size: int = 12) -> st.SearchStrategy[str]:
    """Free text, often one of the hostile examples."""
    return st.one_of(st.text(alphabet, max_size=max_size), st.sampled_from(HOSTILE))


def names(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Text that is not blank (names and ids)."""
    return texts(alphabet).filter(lambda s: bool(s.strip()))


def _ids(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        names(alphabet).map(str.strip),
        st.sampled_from(["#group", "#count", "#legend", "#roles", "=1+1", "1", "a"]),
    )


def _setting(draw: st.DrawFn, rule_id: str) -> RuleSetting | None:
    rule = RULES[rule_id]
    threshold = None
    if rule.threshold is not None:
        threshold = draw(st.integers(0, 100 if rule.unit == "%" else 40))
    setting = RuleSetting(draw(st.booleans()), draw(st.sampled_from(list(Severity))), threshold)
    return None if setting == default_setting(rule_id) else setting


@st.composite
def matrices(
    draw: st.DrawFn,
    alphabet: st.SearchStrategy[str] = _PLAIN,
    max_roles: int = 5,
    max_activities: int = 6,
) -> Matrix:
    """Small matrices with any scheme, groups, holders, notes, rule settings and waivers."""
    scheme = draw(st.sampled_from(SCHEMES))
    text, name = texts(alphabet), names(alphabet)
    group_pool = draw(st.lists(texts(alphabet, 6), min_size=1, max_size=3))
    groups = st.sampled_from(["", *group_pool])

    def unique_ids(max_size: int) -> list[str]:
        return draw(st.lists(_ids(alphabet), max_size=max_size, unique=True))

    roles = [
        Role(
            id=i,
            name=draw(name),
            group=draw(groups),
            description=draw(text),
            holder=draw(text),
            deputy=draw(text),
        )
        for i in unique_ids(max_roles)
    ]
    activities = [
        Activity(id=i, name=draw(name), group=draw(groups), description=draw(text))
        for i in unique_ids(max_activities)
    ]
    letters: dict[str, dict[str, str]] = {}
    notes: dict[str, dict[str, str]] = {}
    for a in activities:
        for r in roles:
            chosen = draw(st.sets(st.sampled_from(scheme.alphabet), max_size=3))
            if chosen:
                letters.setdefault(a.id, {})[r.id] = scheme.normalise("".join(chosen))
            note = draw(st.one_of(st.just(""), text))
            if note:
                notes.setdefault(a.id, {})[r.id] = note
    rules: dict[str, RuleSetting] = {}
    for rule_id in draw(st.lists(st.sampled_from(list(RULES)), max_size=4, unique=True)):
        setting = _setting(draw, rule_id)
        if setting is not None:
            rules[rule_id] = setting
    waivers: dict[tuple[str, str | None, str | None], Waiver] = {}
    for _ in range(draw(st.integers(0, 3))):
        waiver = Waiver(
            rule=draw(st.sampled_from(list(RULES))),
            activity_id=draw(st.sampled_from([None, *(a.id for a in activities)])),
            role_id=draw(st.sampled_from([None, *(r.id for r in roles)])),
            reason=draw(name),
            by=draw(name),
        )
        waivers.setdefault(waiver.key, waiver)
    matrix = Matrix(
        title=draw(text),
        description=draw(text),
        scheme=scheme,
        roles=roles,
        activities=activities,
        letters=letters,
        notes=notes,
        rules=rules,
        waivers=sorted(waivers.values(), key=lambda w: w.sort_key),
    )
    # The strategy makes only matrices the native format keeps exactly.
    assert native.loads(native.dumps(matrix)) == matrix
    return matrix


any_text_matrices = matrices(_ANY)
"""Like :func:`matrices`, with every character (control characters too)."""


def all_combinations(scheme: Scheme) -> set[str]:
    """Every non-empty set of the scheme's letters, in scheme order (``"RA"``)."""
    alphabet = scheme.alphabet
    return {
        "".join(combo)
        for size in range(1, len(alphabet) + 1)
        for combo in combinations(alphabet, size)
    }


def rich_sample(path: Path = MARKETING) -> Matrix:
    """A sample with what the samples lack: a description, rule settings and waivers."""
    matrix = native.load(path)
    first, second = matrix.activities[0], matrix.activities[1]
    role = matrix.roles[-1]
    rules = {
        "too-many-consulted": RuleSetting(True, Severity.INFO, 5),
        "accountable-is-responsible": RuleSetting(True, Severity.WARNING),
        "unused-role": RuleSetting(False, Severity.WARNING),
    }
    waivers = [
        Waiver("multiple-accountable", first.id, None, "Shared by design", "Li Wei"),
        Waiver("unused-role", None, role.id, "Joins in Q3", "Ana"),
        Waiver("no-responsible", second.id, None, '=HYPERLINK("x")', "@bob"),
    ]
    notes = {a: dict(row) for a, row in matrix.notes.items()}
    notes.setdefault(first.id, {})[role.id] = "a note on a cell without letters"
    rich = Matrix(
        title=matrix.title,
        description="Exported for the Monday meeting.\nSecond line.",
        scheme=matrix.scheme,
        roles=list(matrix.roles),
        activities=list(matrix.activities),
        letters={a: dict(row) for a, row in matrix.letters.items()},
        notes=notes,
        rules=rules,
        waivers=sorted(waivers, key=lambda w: w.sort_key),
    )
    assert native.loads(native.dumps(rich)) == rich
    return rich


def everywhere(text: str) -> Matrix:
    """``text`` in every place a user can type it (stripped where the model strips)."""
    ident = text.strip() or "id"
    return Matrix(
        title=text,
        description=text,
        roles=[
            Role(id=ident, name=text, group=text, description=text, holder=text, deputy=text),
            Role(id="plain", name="Plain role", group=text),
        ],
        activities=[
            Activity(id=ident, name=text, group=text, description=text),
            Activity(id="plain", name="Plain activity"),
        ],
        letters={ident: {ident: "RA", "plain": "C"}, "plain": {ident: "I"}},
        notes={ident: {ident: text}, "plain": {"plain": text}},
        waivers=[Waiver("no-responsible", ident, None, text, text)],
    )
