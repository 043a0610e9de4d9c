"""Read back a workbook we exported, with what people changed in it in Excel or LibreOffice.

Names, groups and letters come from the visible RACI sheet (a meeting may
have edited them); ids come from the hidden column and row, which move with
their rows and columns; the notes of the cells are the sheet's cell
comments, which people see and edit (read by :mod:`xlsx_comments`). A sheet
without any comments part keeps the metadata's notes: a tool that drops
comments on saving leaves it so, and so does deleting every comment, which
cannot be told apart. Everything else a sheet cannot show — descriptions,
holders, rule settings, waivers — comes from the hidden metadata. Rows and
columns added in Excel become new activities and roles.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raci_editor.core.errors import RaciError
from raci_editor.core.ids import IdMaker
from raci_editor.core.importing import Grid
from raci_editor.core.importing.findings import skipped_row, unknown_code
from raci_editor.core.letters import parse_cell
from raci_editor.core.model import Activity, Matrix, Role, invariant_problems
from raci_editor.core.rules import RULES, Finding
from raci_editor.core.texts import QT_TRANSLATE_NOOP, Text
from raci_editor.storage import native, xlsx_comments
from raci_editor.storage.result import LoadResult
from raci_editor.storage.xlsx_layout import (
    COUNT_COLUMN_MARK,
    COUNT_MARK,
    FIRST_ROLE_COL,
    FORMAT,
    GROUP_MARK,
    GROUPS_MARK,
    HEADER_MARK,
    ID_COL,
    LEGEND_MARK,
    META_SHEET,
    NAME_COL,
    ROLES_MARK,
    TITLE_PLACEHOLDER,
    TITLE_ROW,
    unescape_id,
)

_ID = ID_COL - 1
_NAME = NAME_COL - 1


def read(path: str | Path, grids: Sequence[Grid]) -> LoadResult | None:
    """The matrix of one of our exports; None when it is not one (or its metadata broke)."""
    base = _metadata(path, grids)
    if base is None:
        return None
    sheet = next((g for g in grids if _row_of(g, HEADER_MARK) is not None), None)
    if sheet is None:
        return None
    reader = _Reader(base, sheet, Path(path).name, xlsx_comments.read(path, sheet.name))
    try:
        return reader.read()
    except Exception:  # edited beyond recognition: the general importer takes over
        return None


_READ_AS_OURS = QT_TRANSLATE_NOOP(
    "Finding",
    "Read as a RACI Editor export from sheet {sheet}: ids, notes, descriptions, rule settings "
    "and waivers kept; {activities} activities, {roles} roles.",
)


def _metadata(path: str | Path, grids: Sequence[Grid]) -> Matrix | None:
    meta = next((g for g in grids if g.name == META_SHEET), None)
    if meta is None or meta.text(0, 0).strip() != FORMAT:
        return None
    text = "".join(meta.text(row, 0) for row in range(1, meta.height))
    try:
        data = json.loads(text)
        return native.from_data(data["matrix"], path)
    except (ValueError, KeyError, TypeError, RaciError):
        return None


def _row_of(grid: Grid, mark: str) -> int | None:
    return next((r for r in range(min(grid.height, 50)) if grid.text(r, _ID) == mark), None)


@dataclass
class _Reader:
    base: Matrix
    sheet: Grid
    file_name: str
    comments: xlsx_comments.Comments | None
    """The sheet's cell comments; None when it has none at all (the metadata's notes hold)."""
    findings: list[Finding] = field(default_factory=list)

    def read(self) -> LoadResult:
        base, sheet = self.base, self.sheet
        roles_row = _row_of(sheet, ROLES_MARK)
        groups_row = _row_of(sheet, GROUPS_MARK)
        header_row = _row_of(sheet, HEADER_MARK)
        assert header_row is not None
        columns, roles = self._roles(roles_row, groups_row, header_row)
        activities, letters, notes = self._activities(header_row, columns, roles)
        known_roles = {r.id for r in roles}
        known_activities = {a.id for a in activities}
        waivers = [
            w
            for w in base.waivers
            if (w.activity_id is None or w.activity_id in known_activities)
            and (w.role_id is None or w.role_id in known_roles)
        ]
        top = TITLE_ROW - 1
        matrix = Matrix.model_construct(
            title=_title(base.title, sheet.text(top, _NAME), sheet.text(top, _ID)),
            description=base.description,
            scheme=base.scheme,
            roles=roles,
            activities=activities,
            letters=letters,
            notes=notes,
            rules=dict(base.rules),
            waivers=waivers,
        )
        for _, message in invariant_problems(matrix):
            raise ValueError(message)
        note = Finding(
            "import",
            RULES["import"].severity,
            Text(
                _READ_AS_OURS,
                sheet=repr(sheet.name),
                activities=len(activities),
                roles=len(roles),
            ),
        )
        return LoadResult(matrix, [note, *self.findings], keeps_ids=True)

    def _roles(
        self, roles_row: int | None, groups_row: int | None, header_row: int
    ) -> tuple[list[int], list[Role]]:
        """The role columns in order and their roles (new ones for columns added in Excel)."""
        base, sheet = self.base, self.sheet
        known = {r.id: r for r in base.roles}
        ids = IdMaker("role", known)
        columns: list[int] = []
        roles: list[Role] = []
        seen: set[str] = set()
        for col in range(FIRST_ROLE_COL - 1, sheet.width):
            raw = sheet.text(roles_row, col).strip() if roles_row is not None else ""
            if raw == COUNT_COLUMN_MARK:
                break
            key = unescape_id(raw)
            name = sheet.text(header_row, col).strip()
            if not key and not name:
                continue
            group = self._group(groups_row, col)
            if key in known and key not in seen:
                old = known[key]
                update = {"name": _kept(old.name, name), "group": _kept(old.group, group)}
                role = old.model_copy(update=update)
            else:
                role = Role(id=ids.make(name), name=name or f"Role {len(roles) + 1}", group=group)
            seen.add(role.id)
            columns.append(col)
            roles.append(role)
        return columns, roles

    def _group(self, groups_row: int | None, col: int) -> str:
        if groups_row is None:
            return ""
        text = self.sheet.text(groups_row, col).strip()
        merge = self.sheet.merge_at(groups_row, col)
        if not text and merge is not None:
            text = self.sheet.text(merge.first_row, merge.first_col).strip()
        return text

    def _activities(
        self, header_row: int, columns: list[int], roles: list[Role]
    ) -> tuple[list[Activity], dict[str, dict[str, str]], dict[str, dict[str, str]]]:
        base, sheet, scheme = self.base, self.sheet, self.base.scheme
        known = {a.id: a for a in base.activities}
        ids = IdMaker("activity", known)
        activities: list[Activity] = []
        letters: dict[str, dict[str, str]] = {}
        notes: dict[str, dict[str, str]] = {}
        seen: set[str] = set()
        group = ""
        role_at = dict(zip(columns, roles, strict=True))
        order = {role.id: index for index, role in enumerate(roles)}
        for row in range(header_row + 1, sheet.height):
            mark = sheet.text(row, _ID).strip()
            name = sheet.text(row, _NAME).strip()
            key = unescape_id(mark)
            if mark in (COUNT_MARK, LEGEND_MARK):
                break
            if mark == GROUP_MARK:
                group = name
                continue
            texts = [sheet.text(row, col) for col in columns]
            if not name:
                if any(t.strip() for t in texts):
                    self.findings.append(skipped_row(row + 1))
                continue
            if key in known and key not in seen:
                old_activity = known[key]
                update = {
                    "name": _kept(old_activity.name, name),
                    "group": _kept(old_activity.group, group),
                }
                activity = old_activity.model_copy(update=update)
            else:
                activity = Activity(id=ids.make(name), name=name, group=group)
            seen.add(activity.id)
            activities.append(activity)
            row_notes = self._notes(row, base.notes.get(activity.id, {}), role_at, order)
            for role, text in zip(roles, texts, strict=True):
                parsed = parse_cell(text, scheme)
                if parsed.letters:
                    letters.setdefault(activity.id, {})[role.id] = parsed.letters
                elif parsed.unknown:
                    note = row_notes.get(role.id, "")
                    row_notes[role.id] = f"{note}; {parsed.unknown}" if note else parsed.unknown
                    self.findings.append(
                        unknown_code(parsed.unknown, scheme.name, activity.id, role.id)
                    )
            if row_notes:
                notes[activity.id] = dict(sorted(row_notes.items(), key=lambda n: order[n[0]]))
        return activities, letters, notes

    def _notes(
        self, row: int, kept: dict[str, str], role_at: dict[int, Role], order: dict[str, int]
    ) -> dict[str, str]:
        """The notes of an activity's row by role id: the comments on its letter cells.

        ``kept`` are the row's notes in the metadata: a comment showing one
        of them gives it back exactly; a sheet without any comments keeps
        them all (for the roles still there, ``order``).
        """
        if self.comments is None:
            return {role_id: note for role_id, note in kept.items() if role_id in order}
        notes: dict[str, str] = {}
        for col, comment in self.comments.get(row, {}).items():
            role = role_at.get(col)
            if role is not None and (note := comment.note(kept.get(role.id, ""))):
                notes[role.id] = note
        return notes


def _title(old: str, shown: str, placeholder: str = "") -> str:
    """The title shown, unless it is the placeholder written for a matrix without one.

    ``placeholder`` is the hidden cell left of the title: the words written in
    place of an empty title, in the language of the export.
    """
    shown = shown.strip()
    return old if shown in ("", (old or TITLE_PLACEHOLDER).strip(), placeholder.strip()) else shown


def _kept(old: str, shown: str) -> str:
    """The old text unless the sheet shows another (an emptied cell keeps the old text)."""
    return shown or old
