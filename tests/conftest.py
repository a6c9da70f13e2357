"""Shared fixtures. Qt runs offscreen so the suite needs no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model.store import WorkshopStore

BUNDLE_TESTS = Path(__file__).resolve().parent / "bundle"


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """tests/bundle needs a built bundle: collected when BRUINPAPIER_BUNDLE names its folder."""
    inside = collection_path == BUNDLE_TESTS or BUNDLE_TESTS in collection_path.parents
    return True if inside and not os.environ.get("BRUINPAPIER_BUNDLE") else None


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WorkshopStore]:
    """A fresh, empty workshop file."""
    s = WorkshopStore.create(tmp_path / "test.bruinpapier", name="Test")
    yield s
    s.close()


@pytest.fixture(autouse=True)
def exceptions_reach_the_test() -> Iterator[None]:
    """An app-wide exception guard left installed would swallow errors into dialogs: refuse."""
    yield
    for hook in (sys.excepthook, threading.excepthook):
        owner = getattr(hook, "__self__", None)
        assert type(owner).__name__ != "ExceptionGuard", "a test left the ExceptionGuard installed"
