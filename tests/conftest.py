"""Shared fixtures. Qt runs offscreen so the suite needs no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model.store import WorkshopStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WorkshopStore]:
    """A fresh, empty workshop file."""
    s = WorkshopStore.create(tmp_path / "test.bruinpapier", name="Test")
    yield s
    s.close()
