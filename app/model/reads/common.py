"""What every read shares: run one query in a short read session and keep its rows as tuples."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select

from app.model.store import WorkshopStore


def fetch(store: WorkshopStore, query: Select[Any]) -> list[Any]:
    """The rows ``query`` returns, as plain tuples, read in one short session."""
    with store.read() as db:
        return [tuple(row) for row in db.execute(query)]
