"""The demo workshop and its report, built once per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.export.report import ReportResult, write_report
from app.model.demo import build_demo
from app.model.store import WorkshopStore
from tests.helpers.report import pdf_pages


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkshopStore]:
    store = WorkshopStore.create(tmp_path_factory.mktemp("demo") / "demo.bruinpapier")
    build_demo(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def demo_report(
    demo_store: WorkshopStore, tmp_path_factory: pytest.TempPathFactory
) -> tuple[ReportResult, list[str]]:
    path: Path = tmp_path_factory.mktemp("report") / "verslag.pdf"
    result = write_report(demo_store, path)
    return result, pdf_pages(path)
