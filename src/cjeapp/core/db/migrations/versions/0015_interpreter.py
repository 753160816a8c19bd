"""whether a person needs an interpreter, and in which language (ISO 639)

Revision ID: 0015_interpreter
Revises: 0014_privacy_officer
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_interpreter"
down_revision: str | None = "0014_privacy_officer"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        # A literal default: SQLite adds the column in place.
        batch.add_column(sa.Column("interpreter_needed", sa.Boolean(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("interpreter_language", sa.String(length=12),
                                   nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.drop_column("interpreter_language")
        batch.drop_column("interpreter_needed")
