"""files destroyed at the end of their retention (Law 25): the day a file was destroyed,
and the register of destructions (what kind of data, for how many people, when, by whom,
under which rule — never the data)

Revision ID: 0013_retention
Revises: 0012_audit_redaction
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_retention"
down_revision: str | None = "0012_audit_redaction"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("destroyed_on", sa.Date(), nullable=True))
    op.create_table(
        "destructions",
        sa.Column("destroyed_on", sa.Date(), nullable=False),
        sa.Column("rule", sa.String(length=300), nullable=False),
        sa.Column("kinds", sa.Text(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destructions")),
    )


def downgrade() -> None:
    op.drop_table("destructions")
    with op.batch_alter_table("clients") as batch:
        batch.drop_column("destroyed_on")
