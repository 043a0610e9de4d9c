"""Where things are in the workbooks we export, shared by the writer and the reader of our own.

Column A of the RACI sheet is hidden and holds ids and row markers; row 3
is hidden and holds the role ids. Both survive editing in Excel and
LibreOffice: rows and columns moved, inserted or deleted carry them along.
"""

from __future__ import annotations

from raci_editor.core.texts import QT_TRANSLATE_NOOP

MATRIX_SHEET = QT_TRANSLATE_NOOP("Export", "RACI")
PROBLEMS_SHEET = QT_TRANSLATE_NOOP("Export", "Problems")
WORKLOAD_SHEET = QT_TRANSLATE_NOOP("Export", "Workload")
ROLES_SHEET = QT_TRANSLATE_NOOP("Export", "Roles")
LEGEND_SHEET = QT_TRANSLATE_NOOP("Export", "Legend")
"""The visible sheets, named in the language of the export (our reader finds none by name)."""
META_SHEET = "_raci"
"""Hidden: the matrix as native JSON (ids, scheme, notes, rules, waivers…); never translated."""
FORMAT = "raci-editor/xlsx"
FORMAT_VERSION = 1
META_CHUNK = 30_000
"""Characters of JSON per cell of the meta sheet (a cell holds at most 32 767)."""

TITLE_ROW = 1
SUBTITLE_ROW = 2
ROLE_ID_ROW = 3
GROUP_ROW = 4
HEADER_ROW = 5
FIRST_DATA_ROW = 6
ID_COL = 1
NAME_COL = 2
FIRST_ROLE_COL = 3

ROLES_MARK = "#roles"
GROUPS_MARK = "#groups"
HEADER_MARK = "#header"
GROUP_MARK = "#group"
COUNT_MARK = "#count"
LEGEND_MARK = "#legend"
COUNT_COLUMN_MARK = "#count"
MARKS = frozenset({ROLES_MARK, GROUPS_MARK, HEADER_MARK, GROUP_MARK, COUNT_MARK, LEGEND_MARK})
TITLE_PLACEHOLDER = QT_TRANSLATE_NOOP("Export", "RACI matrix")
"""Shown in place of an empty title; the hidden cell left of it holds the words shown
(they may be translated), so that reading the file back keeps the title empty."""


def escape_id(item_id: str) -> str:
    """An id as written in the hidden column or row: one starting with ``#`` gets another."""
    return "#" + item_id if item_id.startswith("#") else item_id


def unescape_id(text: str) -> str:
    """The id written by :func:`escape_id`; a marker (one ``#``) comes back unchanged."""
    return text[1:] if text.startswith("##") else text
