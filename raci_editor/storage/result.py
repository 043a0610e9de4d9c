"""What reading a file gives: the matrix and what the reader noticed."""

from __future__ import annotations

from dataclasses import dataclass, field

from raci_editor.core.importing import ImportReport
from raci_editor.core.model import Matrix
from raci_editor.core.rules import Finding


@dataclass
class LoadResult:
    """A matrix read from a file, with findings from reading it (e.g. ``unknown-code``)."""

    matrix: Matrix
    findings: list[Finding] = field(default_factory=list)
    report: ImportReport | None = None
    """For spreadsheets: what the importer decided (None for native files)."""
