"""the whole trajectory: session kinds, meetings, follow-up, measurements, templates

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=16)


SESSION_KIND = _enum(
    "sessionkind",
    "workshop",
    "supportgroep",
    "werksessie",
    "intake",
    "evaluatie",
    "analyse",
    "presentatie",
)
STATUS = _enum("actionstatus", "gepland", "loopt", "klaar", "gestopt")
MOMENT = _enum("momentkind", "nulmeting", "tussenmeting", "eindmeting")
FRAMEWORK = _enum("framework", "richtlijnen", "wetgeving", "aanbesteding", "anders")


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), server_default="", nullable=False)


def _int(name: str, default: str = "0") -> sa.Column:
    return sa.Column(name, sa.Integer(), server_default=default, nullable=False)


def _bool(name: str, default: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), server_default=default, nullable=False)


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _table(name: str, columns: list, links: list[tuple[str, str, str, bool]]) -> None:
    """Create ``name`` with an id, ``columns`` and (column, target, ondelete, nullable) links."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        *(sa.Column(c, sa.Integer(), nullable=nullable) for c, _, _, nullable in links),
        *columns,
        *(_fk(name, c, target, ondelete) for c, target, ondelete, _ in links),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        for column, *_ in links:
            batch_op.create_index(batch_op.f(f"ix_{name}_{column}"), [column], unique=False)


NEW_TABLES = (
    "progress_note",
    "attendee",
    "agenda_item",
    "decision",
    "validation",
    "moment",
    "score",
    "framework_change",
)


def upgrade() -> None:
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.add_column(_text("template"))
        batch_op.add_column(_text("report_sections"))
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", SESSION_KIND, server_default="workshop", nullable=False)
        )
    with op.batch_alter_table("round", schema=None) as batch_op:
        batch_op.add_column(_text("minutes"))
        batch_op.add_column(_text("format"))
        batch_op.add_column(_text("options"))
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("status", STATUS, server_default="gepland", nullable=False))
    _table(
        "progress_note",
        [sa.Column("date", sa.Date(), nullable=False), _text("text")],
        [("action_id", "action", "CASCADE", False)],
    )
    _table(
        "attendee",
        [_text("name"), _text("role"), _bool("present", "1"), _int("position")],
        [
            ("session_id", "session", "CASCADE", False),
            ("group_id", "stakeholder_group", "SET NULL", True),
        ],
    )
    _table(
        "agenda_item",
        [_text("title"), _text("minutes"), _int("position")],
        [("session_id", "session", "CASCADE", False)],
    )
    _table(
        "decision",
        [
            _text("text"),
            _text("owner"),
            sa.Column("due", sa.Date(), nullable=True),
            _bool("done", "0"),
            _int("position"),
        ],
        [("session_id", "session", "CASCADE", False)],
    )
    _table(
        "validation",
        [_text("subject"), _bool("recognised", "1"), _text("changes"), _int("position")],
        [("session_id", "session", "CASCADE", False)],
    )
    _table(
        "moment",
        [
            sa.Column("kind", MOMENT, server_default="nulmeting", nullable=False),
            _text("title"),
            sa.Column("date", sa.Date(), nullable=True),
            _text("yield_staff"),
            _text("yield_pupils"),
            _int("position"),
        ],
        [("session_id", "session", "SET NULL", True)],
    )
    _table(
        "score",
        [_int("value", "3"), _text("comment")],
        [
            ("moment_id", "moment", "CASCADE", False),
            ("theme_id", "theme", "CASCADE", True),
            ("node_id", "logic_node", "CASCADE", True),
            ("group_id", "stakeholder_group", "CASCADE", True),
        ],
    )
    _table(
        "framework_change",
        [
            sa.Column("framework", FRAMEWORK, server_default="richtlijnen", nullable=False),
            _text("description"),
            _int("position"),
        ],
        [("initiative_id", "initiative", "CASCADE", False)],
    )


def downgrade() -> None:
    for name in reversed(NEW_TABLES):
        op.drop_table(name)
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_column("status")
        batch_op.drop_column("due")
    with op.batch_alter_table("round", schema=None) as batch_op:
        batch_op.drop_column("options")
        batch_op.drop_column("format")
        batch_op.drop_column("minutes")
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_column("report_sections")
        batch_op.drop_column("template")
