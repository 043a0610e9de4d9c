"""Guards against known defects of the Qt binding that would crash the editor."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_keeps_references_to_true(qapp) -> None:
    """PySide6 6.12.0 lost a reference to True per emit; Python 3.11 then aborts."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.fired.emit(1)
    assert sys.getrefcount(True) - before > -100
