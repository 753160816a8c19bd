"""the staff account designated person in charge of the protection of personal information
(Law 25): the director by role, or an account an administrator designates

Revision ID: 0014_privacy_officer
Revises: 0013_retention
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_privacy_officer"
down_revision: str | None = "0013_retention"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        # A literal default: SQLite adds the column in place (an expression would make
        # Alembic rebuild the table, and its constraints come back in no fixed order).
        batch.add_column(sa.Column("privacy_officer", sa.Boolean(), nullable=False,
                                   server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("privacy_officer")
