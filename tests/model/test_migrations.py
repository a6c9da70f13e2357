"""The schema under Alembic: an empty file upgrades to head and then matches the ORM exactly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from app.model import schema
from app.model.entities import Base
from app.model.store import WorkshopStore


def upgraded_engine(path: Path):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        schema.upgrade(conn)
    return engine


def test_empty_file_upgrades_to_head_matching_the_orm(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()
    engine = upgraded_engine(path)
    try:
        with engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            assert revision == schema.head_revision()
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()
    assert tables == set(Base.metadata.tables)


def test_known_revisions_are_alembics_own_history() -> None:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    assert script.get_heads() == [schema.head_revision()]
    history = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert history == schema.known_revisions()


def test_created_workshop_is_at_head_and_marked_as_ours(tmp_path: Path) -> None:
    path = tmp_path / "new.bruinpapier"
    WorkshopStore.create(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    assert version == schema.head_revision()
