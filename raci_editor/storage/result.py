"""What reading a file gives: the matrix and what the reader noticed.

Every reader returns the importer's own result type: the matrix, the
findings met while reading (e.g. ``unknown-code``) and, for spreadsheets,
the import report (None for native files).
"""

from __future__ import annotations

from raci_editor.core.importing.plan import Imported as LoadResult

__all__ = ["LoadResult"]
