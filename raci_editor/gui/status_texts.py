"""The counts the editor shows in words: the status line's, and those of other windows."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from raci_editor.core.model import Matrix
from raci_editor.core.rules import Severity


def count_text(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated texts with ``{0}``) for ``n``, with ``n`` put in."""
    return (one if n == 1 else many).format(n)


def matrix_summary(matrix: Matrix) -> str:
    """The first part of the status line: ``37 activities · 20 roles · RACI``."""
    return " · ".join(
        (
            count_text(
                len(matrix.activities),
                QCoreApplication.translate("MainWindow", "{0} activity"),
                QCoreApplication.translate("MainWindow", "{0} activities"),
            ),
            count_text(
                len(matrix.roles),
                QCoreApplication.translate("MainWindow", "{0} role"),
                QCoreApplication.translate("MainWindow", "{0} roles"),
            ),
            matrix.scheme.name,
        )
    )


def findings_summary(counts: Mapping[Severity, int]) -> str:
    """The clickable part of the status line: ``0 errors · 2 warnings``."""
    errors, warnings = counts.get(Severity.ERROR, 0), counts.get(Severity.WARNING, 0)
    return " · ".join(
        (
            count_text(
                errors,
                QCoreApplication.translate("MainWindow", "{0} error"),
                QCoreApplication.translate("MainWindow", "{0} errors"),
            ),
            count_text(
                warnings,
                QCoreApplication.translate("MainWindow", "{0} warning"),
                QCoreApplication.translate("MainWindow", "{0} warnings"),
            ),
        )
    )
