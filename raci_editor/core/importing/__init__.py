"""Find the RACI matrix in a spreadsheet sheet, as people really lay them out (IMPORT.md).

``import_grids`` takes the sheets of a file (as :class:`Grid` values, made
by ``storage.spreadsheet``), picks the sheet, finds the header row, the
activity, group and role columns, group and legend rows and the letter
scheme, and builds the matrix together with the findings met on the way
and an :class:`ImportReport` of every decision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from raci_editor.core.importing.errors import NoMatrixFoundError
from raci_editor.core.importing.grid import CellRange, Grid, column_name, make_grid
from raci_editor.core.importing.plan import (
    ColumnKind,
    Imported,
    ImportOptions,
    ImportReport,
    Layout,
    RowKind,
)

if TYPE_CHECKING:
    from raci_editor.core.importing.reader import import_grids


def __getattr__(name: str) -> Any:
    """``import_grids`` on first use: reading a native file needs none of the importer."""
    if name == "import_grids":
        from raci_editor.core.importing.reader import import_grids

        return import_grids
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CellRange",
    "ColumnKind",
    "Grid",
    "ImportOptions",
    "ImportReport",
    "Imported",
    "Layout",
    "NoMatrixFoundError",
    "RowKind",
    "column_name",
    "import_grids",
    "make_grid",
]
