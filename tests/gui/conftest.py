"""Fixtures for the desktop tests: a small matrix in code and files on disk."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from pathlib import Path

import pytest

from raci_editor.core.model import Activity, Matrix, Role
from raci_editor.storage.formats import write_matrix


def make_matrix() -> Matrix:
    """Four roles, four activities, a note, two errors on one activity, one unused role."""
    return Matrix(
        title="Small team",
        roles=[
            Role(
                id="director",
                name="Marketing Director",
                group="Strategic",
                description="Sets the strategy and the budget.",
            ),
            Role(id="writer", name="Content Writer", group="Operational"),
            Role(id="finance", name="Finance"),
            Role(id="legal", name="Legal"),
        ],
        activities=[
            Activity(
                id="plan",
                name="Set the annual plan",
                group="Planning",
                description="Goals, budget and calendar for the year.",
            ),
            Activity(id="blog", name="Write the blog"),
            Activity(id="budget", name="Approve the budget"),
            Activity(id="news", name="Publish the newsletter"),
        ],
        letters={
            "plan": {"director": "A", "writer": "R", "finance": "C"},
            "blog": {"director": "I", "writer": "RA"},
            "budget": {"finance": "C"},
            "news": {"writer": "RA", "finance": "I"},
        },
        notes={"blog": {"writer": "Two posts a week, <b>not</b> more"}},
    )


@pytest.fixture
def matrix() -> Matrix:
    """A fresh small matrix."""
    return make_matrix()


@pytest.fixture
def matrix_file(tmp_path: Path) -> Path:
    """The small matrix saved as a native file."""
    path = tmp_path / "small-team.raci.json"
    write_matrix(make_matrix(), path)
    return path


@pytest.fixture
def broken_file(tmp_path: Path) -> Path:
    """A native file that is not JSON."""
    path = tmp_path / "broken.raci.json"
    path.write_text("{ this is not json", encoding="utf-8")
    return path
