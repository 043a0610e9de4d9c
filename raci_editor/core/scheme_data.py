"""The built-in letter schemes as plain data: names, letters, their names and meanings.

:mod:`raci_editor.core.scheme` builds its :class:`~raci_editor.core.scheme.Scheme`
objects from these; a reader that needs no pydantic (``validate`` of a
native file, :mod:`raci_editor.core.plain_matrix`) uses them as they are.
The words are marked for translation in the context ``Letters``.
"""

from __future__ import annotations

from raci_editor.core.texts import QT_TRANSLATE_NOOP

Letter = tuple[str, str, str]
"""A letter, its name and its meaning."""
Builtin = tuple[str, dict[str, str], tuple[Letter, ...]]
"""A scheme's name, which letter plays which part, and its letters in display order."""


def _builtin(name: str, parts: dict[str, str], *letters: Letter) -> Builtin:
    return (name, parts, letters)


_R = (
    "R",
    QT_TRANSLATE_NOOP("Letters", "Responsible"),
    QT_TRANSLATE_NOOP("Letters", "Does the work to complete the activity."),
)
_A = (
    "A",
    QT_TRANSLATE_NOOP("Letters", "Accountable"),
    QT_TRANSLATE_NOOP(
        "Letters", "Answers for the outcome and signs it off; exactly one per activity."
    ),
)
_C = (
    "C",
    QT_TRANSLATE_NOOP("Letters", "Consulted"),
    QT_TRANSLATE_NOOP("Letters", "Gives input before the work is done; two-way communication."),
)
_I = (
    "I",
    QT_TRANSLATE_NOOP("Letters", "Informed"),
    QT_TRANSLATE_NOOP("Letters", "Is kept up to date on progress; one-way communication."),
)
_RACI_PARTS = {"accountable": "A", "responsible": "R", "consulted": "C", "informed": "I"}

_RACI = _builtin("RACI", _RACI_PARTS, _R, _A, _C, _I)
_RASCI = _builtin(
    "RASCI",
    _RACI_PARTS,
    _R,
    _A,
    (
        "S",
        QT_TRANSLATE_NOOP("Letters", "Supportive"),
        QT_TRANSLATE_NOOP("Letters", "Provides resources or help to those responsible."),
    ),
    _C,
    _I,
)
_DACI = _builtin(
    "DACI",
    {"accountable": "A", "responsible": "D", "consulted": "C", "informed": "I"},
    (
        "D",
        QT_TRANSLATE_NOOP("Letters", "Driver"),
        QT_TRANSLATE_NOOP("Letters", "Drives the activity and does the work to get a decision."),
    ),
    (
        "A",
        QT_TRANSLATE_NOOP("Letters", "Approver"),
        QT_TRANSLATE_NOOP("Letters", "Makes the final decision; exactly one per activity."),
    ),
    (
        "C",
        QT_TRANSLATE_NOOP("Letters", "Contributor"),
        QT_TRANSLATE_NOOP("Letters", "Contributes knowledge and input."),
    ),
    (
        "I",
        QT_TRANSLATE_NOOP("Letters", "Informed"),
        QT_TRANSLATE_NOOP("Letters", "Is told about the decision."),
    ),
)
_CAIRO = _builtin(
    "CAIRO",
    _RACI_PARTS,
    _R,
    _A,
    _C,
    _I,
    (
        "O",
        QT_TRANSLATE_NOOP("Letters", "Out of the loop"),
        QT_TRANSLATE_NOOP("Letters", "Explicitly not involved in the activity."),
    ),
)
_RACI_VS = _builtin(
    "RACI-VS",
    _RACI_PARTS,
    _R,
    _A,
    _C,
    _I,
    (
        "V",
        QT_TRANSLATE_NOOP("Letters", "Verifier"),
        QT_TRANSLATE_NOOP("Letters", "Checks that the result meets the acceptance criteria."),
    ),
    (
        "S",
        QT_TRANSLATE_NOOP("Letters", "Signatory"),
        QT_TRANSLATE_NOOP("Letters", "Approves the verifier's decision and signs off the result."),
    ),
)

_DRASCI = _builtin(
    "DRASCI",
    _RACI_PARTS,
    (
        "D",
        QT_TRANSLATE_NOOP("Letters", "Driver"),
        QT_TRANSLATE_NOOP("Letters", "Drives the activity and coordinates those who do the work."),
    ),
    _R,
    _A,
    (
        "S",
        QT_TRANSLATE_NOOP("Letters", "Supportive"),
        QT_TRANSLATE_NOOP("Letters", "Provides resources or help to those responsible."),
    ),
    _C,
    _I,
)

BUILTIN: tuple[Builtin, ...] = (_RACI, _RASCI, _DACI, _CAIRO, _RACI_VS, _DRASCI)
"""The built-in schemes, RACI (the default) first."""


def builtin_named(name: str) -> Builtin | None:
    """The built-in scheme called ``name`` (case and surrounding spaces ignored), or None."""
    wanted = name.strip().casefold()
    return next((b for b in BUILTIN if b[0].casefold() == wanted), None)
