"""The native ``.raci.json`` file: readable, diff-friendly JSON with a schema version.

Layout (keys always in this order, empty optional fields left out)::

    {
      "schema_version": 1,
      "title": "…", "description": "…",
      "scheme": "RACI",                      # or a custom scheme object
      "roles": [{"id": "…", "name": "…", "group": "…", …}, …],
      "activities": [{"id": "…", "name": "…", "group": "…", …}, …],
      "assignments": {"<activity id>": {"<role id>": "R/A",
                                          "<role id>": {"letters": "C", "note": "…"}}},
      "rules": {…}, "waivers": [… ],           # see native_rules
      "snapshots": [{"name": "Before launch review", "taken": "2026-11-27T10:15:00",
                     "matrix": {"title": "…", "scheme": …, "roles": …, …}}]
    }

A snapshot's ``matrix`` is a file's content without ``schema_version`` and
without snapshots of its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from raci_editor.core.errors import (
    AT,
    MUST_BE_TEXT,
    NO_ACTIVITY,
    NO_ROLE,
    NOT_A_LETTER,
    describe_validation_errors,
    format_location,
    message_of,
)
from raci_editor.core.model import (
    NESTED_SNAPSHOTS,
    Activity,
    Matrix,
    Role,
    Snapshot,
    invariant_problems,
)
from raci_editor.core.scheme import BUILTIN_SCHEMES, Scheme, builtin_scheme
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text
from raci_editor.storage.atomic import write_atomic
from raci_editor.storage.collector import collection_paused
from raci_editor.storage.errors import FileError
from raci_editor.storage.native_format import (
    MAX_BYTES,
    SCHEMA_VERSION,
    SURROGATE_ESCAPE,
    DuplicateKeyError,
    read_letters,
    unique_keys,
)
from raci_editor.storage.native_rules import dump_rules, dump_waivers, parse_rules, parse_waivers
from raci_editor.storage.reading import read_bytes

SUFFIXES = (".raci.json",)
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Content(BaseModel):
    """A matrix's content: a snapshot's ``matrix``; unknown keys are refused."""

    model_config = ConfigDict(extra="forbid", strict=True)

    title: str = ""
    description: str = ""
    scheme: Any = "RACI"
    roles: list[Role] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    assignments: dict[str, dict[str, Any]] = Field(default_factory=dict)
    rules: Any = Field(default_factory=dict)
    waivers: Any = Field(default_factory=list)


class _File(_Content):
    """The top level of a native file: the content, its version and its snapshots."""

    schema_version: int
    snapshots: Any = Field(default_factory=list)


class _SnapshotJSON(BaseModel):
    """One of a file's snapshots, its content not yet read."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)  # built when needed

    name: str
    taken: str
    matrix: dict[str, Any]


def load(path: str | Path) -> Matrix:
    """Read a native file; raise FileError naming the file and the place of any problem."""
    return loads(read_bytes(path, MAX_BYTES, _TOO_LARGE), path)


_TOO_LARGE = QT_TRANSLATE_NOOP("FileError", "is larger than {size} MB; not a RACI Editor file?")
_NOT_JSON_FOR_US = QT_TRANSLATE_NOOP("FileError", "is not valid JSON for RACI Editor: {reason}")


def loads(data: bytes | str, path: str | Path = "<data>") -> Matrix:
    """Parse the text of a native file (see :func:`load`), the cycle collector held."""
    with collection_paused():
        return _loads(data, path)


def _loads(data: bytes | str, path: str | Path) -> Matrix:
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        reason = QT_TRANSLATE_NOOP(
            "FileError", "is not UTF-8 text (byte {byte}); not a RACI Editor file?"
        )
        raise FileError(path, Text(reason, byte=exc.start)) from None
    decoded = isinstance(data, bytes)
    del data  # as large as the file: free it before parsing
    if not text or text.isspace():  # as text.strip() would say, without copying the text
        raise FileError(
            path, Text(QT_TRANSLATE_NOOP("FileError", "is empty; not a RACI Editor file"))
        )
    constants: list[_Constant] = []
    try:
        raw = json.loads(
            text, parse_constant=_constant_into(constants), object_pairs_hook=unique_keys
        )
    except json.JSONDecodeError as exc:
        reason = QT_TRANSLATE_NOOP(
            "FileError", "is not valid JSON: {error} at line {line}, column {column}"
        )
        raise FileError(
            path, Text(reason, error=exc.msg, line=exc.lineno, column=exc.colno)
        ) from None
    except RecursionError:
        deep = Text(QT_TRANSLATE_NOOP("FileError", "nested too deeply"))
        raise FileError(path, Text(_NOT_JSON_FOR_US, reason=deep)) from None
    except ValueError as exc:  # a repeated key, or a number too long to convert
        why = (
            message_of(exc)
            if isinstance(exc, DuplicateKeyError)
            else Text(QT_TRANSLATE_NOOP("FileError", "a number is far too long"))
        )
        raise FileError(path, Text(_NOT_JSON_FOR_US, reason=why)) from None
    if constants or _may_hold_surrogates(text, decoded):
        problem = _bad_value(raw)
        if problem is not None:
            raise FileError(path, problem)
    del text  # as large as the file: free it before the matrix is built
    return _matrix(raw, path, owned=True)


def _constant_into(found: list[_Constant]) -> Callable[[str], _Constant]:
    """A ``parse_constant`` that also notes each ``NaN``/``Infinity`` it meets in ``found``."""

    def constant(name: str) -> _Constant:
        value = _Constant(name)
        found.append(value)
        return value

    return constant


def _may_hold_surrogates(text: str, decoded: bool) -> bool:
    """Whether parsing ``text`` may have given an unpaired surrogate; False means it cannot have.

    Looking for one in the parsed values (:func:`_bad_value`) visits every
    value of the file, seconds for a big matrix; this looks at the text
    instead. A surrogate comes from a ``\\udXXX`` escape, or from the text
    itself unless it was ``decoded`` from bytes (strict UTF-8 decoding lets
    none through).
    """
    if SURROGATE_ESCAPE.search(text):
        return True
    if not decoded:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


class _Constant(str):
    """``NaN``/``Infinity`` as parsed, so that :func:`_bad_value` can say where they are."""


_TOP_LEVEL = QT_TRANSLATE_NOOP("FileError", "top level")
_NOT_FINITE = QT_TRANSLATE_NOOP(
    "FileError", "{place}: {value} is not allowed; numbers must be finite"
)
_SURROGATE_VALUE = QT_TRANSLATE_NOOP(
    "FileError", "{place}: holds an unpaired \\u surrogate escape, not a character"
)
_SURROGATE_KEY = QT_TRANSLATE_NOOP(
    "FileError", "{place}: a key holds an unpaired \\u surrogate escape"
)


def _bad_value(raw: Any) -> str | None:
    """``"place: reason"`` for the first NaN/Infinity or unpaired surrogate (``\\ud800``).

    Such values parse, but could not be saved again as JSON or as UTF-8.
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(raw, ())]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, _Constant):
            return Text(_NOT_FINITE, place=_place(loc), value=str(value))
        if isinstance(value, str) and _SURROGATE.search(value):
            return Text(_SURROGATE_VALUE, place=_place(loc))
        if isinstance(value, dict):
            if any(_SURROGATE.search(key) for key in value):
                return Text(_SURROGATE_KEY, place=_place(loc))
            stack.extend((v, (*loc, k)) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((v, (*loc, i)) for i, v in reversed(list(enumerate(value))))
    return None


def _place(loc: tuple[str | int, ...]) -> str:
    return format_location(loc) or Text(_TOP_LEVEL)


def from_data(raw: Any, path: str | Path = "<data>") -> Matrix:
    """Build a matrix from already-parsed JSON (snapshots and all), checking every part of it."""
    return _matrix(raw, path, owned=False)


def _matrix(raw: Any, path: str | Path, owned: bool) -> Matrix:
    """Build a matrix from parsed JSON, as :func:`from_data` does.

    When ``raw`` is ``owned`` (just parsed, nobody else's), its rows of
    plain letters become the matrix's rows instead of copies: a big
    matrix's rows are most of its memory.
    """
    if not isinstance(raw, dict):
        reason = QT_TRANSLATE_NOOP(
            "FileError", "is not a RACI Editor file: the top level must be a JSON object"
        )
        raise FileError(path, Text(reason))
    version = raw.get("schema_version")
    if version is None:
        reason = QT_TRANSLATE_NOOP(
            "FileError", "is not a RACI Editor file: schema_version is missing"
        )
        raise FileError(path, Text(reason))
    if type(version) is not int or version < 1:
        reason = QT_TRANSLATE_NOOP("FileError", "schema_version: must be a whole number from 1 up")
        raise FileError(path, Text(reason))
    if version > SCHEMA_VERSION:
        reason = QT_TRANSLATE_NOOP(
            "FileError",
            "was written by a newer RACI Editor (schema version {version}; this version "
            "reads up to {supported}); please update the program",
        )
        raise FileError(path, Text(reason, version=version, supported=SCHEMA_VERSION))
    matrix = _content(raw, _File, path, owned)
    if "snapshots" in raw:
        matrix.snapshots = _snapshots(raw["snapshots"], path, owned)
    return matrix


def _content(raw: dict[str, Any], model: type[_Content], path: str | Path, owned: bool) -> Matrix:
    """The matrix of a file's content (without its snapshots), ``model`` its top level."""
    top, assignments = _plain_top(raw, model)
    if top is None:  # something is wrong: pydantic and the checks below say what, exactly
        try:
            top = model.model_validate(raw)
        except ValidationError as exc:
            raise FileError(path, describe_validation_errors(exc.errors())) from None
        assignments = top.assignments
        scheme = _scheme(top.scheme, path)
        _check_references(top, path)
    else:
        scheme = _scheme(top.scheme, path)
    letters, notes = _cells(assignments, scheme, path, owned)
    matrix = Matrix.model_construct(
        title=top.title,
        description=top.description,
        scheme=scheme,
        roles=top.roles,
        activities=top.activities,
        letters=letters,
        notes=notes,
        rules=parse_rules(top.rules, path),
        waivers=sorted(parse_waivers(top.waivers, path), key=lambda w: w.sort_key),
    )
    for loc, message in invariant_problems(matrix, cells=False):  # the cells were checked above
        raise FileError(path, Text(AT, place=format_location(loc), problem=message))
    return matrix


def _plain_top(
    raw: dict[str, Any], model: type[_Content]
) -> tuple[_Content | None, dict[str, dict[str, Any]]]:
    """The checked top level and its assignments, or ``(None, {})`` when anything is amiss.

    The assignments are most of a big file: pydantic would check and copy
    every cell of them to find no more than that they are objects of objects
    with text keys, so they are checked here (each key against the set of ids,
    which are text) and the rest of the top level goes through pydantic. An
    assignment naming a missing activity or role is amiss too: the caller
    then reads the file the slow way, which says what is wrong, in the same
    order as ever (the scheme before the references).
    """
    assignments = raw.get("assignments", {})
    if type(assignments) is not dict or not all(type(row) is dict for row in assignments.values()):
        return None, {}
    try:
        top = model.model_validate({k: v for k, v in raw.items() if k != "assignments"})
    except ValidationError:
        return None, {}
    activity_ids = {a.id for a in top.activities}
    role_ids = {r.id for r in top.roles}
    if not activity_ids.issuperset(assignments):
        return None, {}
    if not all(role_ids.issuperset(row) for row in assignments.values()):
        return None, {}
    return top, assignments


_SNAPSHOTS_LIST = QT_TRANSLATE_NOOP("FileError", "snapshots: must be a list")


def _snapshots(value: Any, path: str | Path, owned: bool) -> list[Snapshot]:
    """The file's snapshots; a problem is named by its place (``snapshots[0].matrix.title``)."""
    if type(value) is not list:
        raise FileError(path, Text(_SNAPSHOTS_LIST))
    out = []
    for index, raw in enumerate(value):
        loc = ("snapshots", index)
        try:
            parsed = _SnapshotJSON.model_validate(raw)
        except ValidationError as exc:
            raise FileError(path, _located(loc, exc)) from None
        if "snapshots" in parsed.matrix:
            raise FileError(path, _at((*loc, "matrix", "snapshots"), Text(NESTED_SNAPSHOTS)))
        try:
            content = _content(parsed.matrix, _Content, path, owned)
        except FileError as exc:
            raise FileError(path, _inside((*loc, "matrix"), exc.reason)) from None
        try:
            snapshot = Snapshot(name=parsed.name, taken=parsed.taken, matrix=content)
        except ValidationError as exc:
            raise FileError(path, _located(loc, exc)) from None
        out.append(snapshot)
    return out


def _located(loc: tuple[str | int, ...], exc: ValidationError) -> str:
    """Pydantic's errors, each placed under ``loc``."""
    return describe_validation_errors([{**e, "loc": (*loc, *e["loc"])} for e in exc.errors()])


def _inside(loc: tuple[str | int, ...], reason: str) -> str:
    """A problem of a nested content, placed under ``loc``: ``snapshots[0].matrix.title: …``."""
    place = format_location(loc)
    if isinstance(reason, Text) and reason.source == AT and reason.source.context == AT.context:
        inner = str(reason.params["place"])
        joined = place + inner if inner.startswith("[") else f"{place}.{inner}"
        return Text(AT, place=joined, problem=reason.params["problem"])
    return Text(AT, place=place, problem=reason)


def _cells(
    assignments: dict[str, dict[str, Any]], scheme: Scheme, path: str | Path, owned: bool
) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """The letters (in scheme order) and notes of every assignment, empty cells left out.

    A big matrix has a million cells but only a handful of different texts
    (``"R"``, ``"C"``, ``"R/A"``): each text is read once by :func:`_cell`
    and remembered, and a row whose texts are all known is converted
    without a Python step per cell. A row whose every text is already its
    own letters (as ``"C"`` is) is taken as it is when the rows are
    ``owned``, else copied.
    """
    known: dict[str, str] = {}
    """Cell text -> its letters in scheme order, for texts that give letters."""
    as_is: set[str] = set()
    """Texts that are their own letters."""
    letters: dict[str, dict[str, str]] = {}
    notes: dict[str, dict[str, str]] = {}
    for activity_id, row in assignments.items():
        try:
            if as_is.issuperset(row.values()):
                row_letters = row if owned else dict(row)
            else:
                row_letters = dict(zip(row, map(known.__getitem__, row.values()), strict=True))
        except (KeyError, TypeError):  # a new text, an empty cell, a note or a bad value
            row_letters, row_notes = _row_cells(activity_id, row, scheme, (known, as_is), path)
            if row_notes:
                notes[activity_id] = row_notes
        if row_letters:
            letters[activity_id] = row_letters
    return letters, notes


def _row_cells(
    activity_id: str,
    row: dict[str, Any],
    scheme: Scheme,
    learnt: tuple[dict[str, str], set[str]],
    path: str | Path,
) -> tuple[dict[str, str], dict[str, str]]:
    """One row's letters and notes, cell by cell.

    ``learnt`` is :func:`_cells`'s ``known`` and ``as_is``: each new text that
    gives letters goes into them.
    """
    known, as_is = learnt
    letters: dict[str, str] = {}
    notes: dict[str, str] = {}
    for role_id, value in row.items():
        if type(value) is str and value in known:
            letters[role_id] = known[value]
            continue
        cell, note = _cell(value, scheme, ("assignments", activity_id, role_id), path)
        if cell:
            letters[role_id] = cell
            if type(value) is str:
                known[value] = cell
                if value == cell:
                    as_is.add(value)
        if note:
            notes[role_id] = note
    return letters, notes


def _check_references(top: _Content, path: str | Path) -> None:
    """Every assignment names an existing activity and role, even an empty one."""
    activity_ids = {a.id for a in top.activities}
    role_ids = {r.id for r in top.roles}
    for activity_id, row in top.assignments.items():
        if activity_id not in activity_ids:
            place = format_location(("assignments", activity_id))
            problem = Text(NO_ACTIVITY, id=repr(activity_id))
            raise FileError(path, Text(AT, place=place, problem=problem))
        for role_id in row:
            if role_id not in role_ids:
                place = format_location(("assignments", activity_id, role_id))
                problem = Text(NO_ROLE, id=repr(role_id))
                raise FileError(path, Text(AT, place=place, problem=problem))


def _scheme(value: Any, path: str | Path) -> Scheme:
    if isinstance(value, str):
        try:
            return builtin_scheme(value)
        except KeyError:
            reason = QT_TRANSLATE_NOOP(
                "FileError", "scheme: unknown scheme {name} (built in: {known}; or a custom object)"
            )
            known = ", ".join(BUILTIN_SCHEMES)
            raise FileError(path, Text(reason, name=repr(value), known=known)) from None
    if not isinstance(value, dict):
        reason = QT_TRANSLATE_NOOP("FileError", "scheme: must be a scheme name or a scheme object")
        raise FileError(path, Text(reason))
    try:
        # Lax: JSON has lists where the scheme has tuples; JSON has no other types to coerce.
        return Scheme.model_validate(value)
    except ValidationError as exc:
        errors = [{**e, "loc": ("scheme", *e["loc"])} for e in exc.errors()]
        raise FileError(path, describe_validation_errors(errors)) from None


def _cell(value: Any, scheme: Scheme, loc: tuple[str, ...], path: str | Path) -> tuple[str, str]:
    """Letters (in scheme order) and note of one assignment entry."""
    note = ""
    if isinstance(value, dict):
        unknown = set(value) - {"letters", "note"}
        if unknown:
            key = sorted(unknown)[0]
            problem = Text(QT_TRANSLATE_NOOP("FileError", "is not a known field"))
            raise FileError(path, _at((*loc, key), problem))
        text, note = value.get("letters", ""), value.get("note", "")
        if not isinstance(note, str):
            raise FileError(path, _at((*loc, "note"), Text(MUST_BE_TEXT)))
        if not isinstance(text, str):
            raise FileError(path, _at((*loc, "letters"), Text(MUST_BE_TEXT)))
    elif isinstance(value, str):
        text = value
    else:
        problem = Text(QT_TRANSLATE_NOOP("FileError", 'must be letters like "R/A" or an object'))
        raise FileError(path, _at(loc, problem))
    alphabet = scheme.alphabet
    letters, foreign = read_letters(text, alphabet)
    if foreign is not None:
        problem = Text(
            NOT_A_LETTER, letter=repr(foreign), scheme=scheme.name, alphabet="/".join(alphabet)
        )
        raise FileError(path, _at(loc, problem))
    return letters, note


def _at(loc: tuple[str | int, ...], problem: Text) -> Text:
    return Text(AT, place=format_location(loc), problem=problem)


def to_data(matrix: Matrix, *, snapshots: bool = False) -> dict[str, Any]:
    """The JSON structure of a matrix, keys in their fixed order.

    Its snapshots are left out unless asked for: a file keeps them (:func:`dumps`),
    an export that goes to a meeting does not.
    """
    data = _content_data(matrix, {"schema_version": SCHEMA_VERSION})
    if snapshots and matrix.snapshots:
        data["snapshots"] = [
            {"name": s.name, "taken": s.taken, "matrix": _content_data(s.matrix, {})}
            for s in matrix.snapshots
        ]
    return data


def _content_data(matrix: Matrix, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with the matrix's content (all but its snapshots) added, keys in order."""
    data["title"] = matrix.title
    if matrix.description:
        data["description"] = matrix.description
    scheme = matrix.scheme
    data["scheme"] = (
        scheme.name
        if scheme.is_builtin
        else scheme.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    )
    data["roles"] = [_item(r) for r in matrix.roles]
    data["activities"] = [_item(a) for a in matrix.activities]
    assignments: dict[str, dict[str, Any]] = {}
    for activity in matrix.activities:
        row_letters = matrix.letters.get(activity.id, {})
        row_notes = matrix.notes.get(activity.id, {})
        if not row_letters and not row_notes:
            continue
        row: dict[str, Any] = {}
        for role in matrix.roles:
            letters = scheme.display(row_letters.get(role.id, ""))
            note = row_notes.get(role.id, "")
            if note:
                row[role.id] = {"letters": letters, "note": note}
            elif letters:
                row[role.id] = letters
        assignments[activity.id] = row
    data["assignments"] = assignments
    if matrix.rules:
        data["rules"] = dump_rules(matrix)
    if matrix.waivers:
        data["waivers"] = dump_waivers(matrix)
    return data


def _item(item: Role | Activity) -> dict[str, str]:
    return {k: v for k, v in item.model_dump().items() if v or k in ("id", "name")}


def dumps(matrix: Matrix) -> str:
    """The text of a native file, snapshots and all: two-space indent, UTF-8 names as they are."""
    return json.dumps(to_data(matrix, snapshots=True), indent=2, ensure_ascii=False) + "\n"


def save(matrix: Matrix, path: str | Path) -> None:
    """Write a native file atomically."""
    write_atomic(path, dumps(matrix).encode("utf-8"))
