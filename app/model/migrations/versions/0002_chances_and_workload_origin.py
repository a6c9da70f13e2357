"""chances on post-its and batenlogica elements; werkdruk origin chosen by hand

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CHANCE = sa.Enum(
    "ict_workload", "ict_purpose", "improvement", name="chance", native_enum=False, length=16
)
ORIGIN = sa.Enum("purpose", "systems", name="workloadorigin", native_enum=False, length=16)


def upgrade() -> None:
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chance", CHANCE, nullable=True))
        batch_op.add_column(sa.Column("workload_origin", ORIGIN, nullable=True))
    with op.batch_alter_table("logic_node", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chance", CHANCE, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("logic_node", schema=None) as batch_op:
        batch_op.drop_column("chance")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_column("workload_origin")
        batch_op.drop_column("chance")
