"""Why a sheet or a file holds no matrix."""

from __future__ import annotations

from raci_editor.core.errors import RaciError


class NoLayoutError(Exception):
    """This sheet holds no matrix; ``str()`` says why."""


class NoMatrixFoundError(RaciError):
    """No sheet holds a RACI matrix; ``str()`` says why, for "no RACI matrix found in <file>: …"."""
