"""Schema versions: which revisions this program knows, and running Alembic on a connection."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
APPLICATION_ID = 0x42525550  # "BRUP": marks an SQLite file as a Bruinpapier workshop


def known_revisions() -> list[str]:
    """Revision ids in order, read from file names so opening a file needs no Alembic import."""
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, target)
