"""why the funder's information (sex, country of birth, region) was left for later at intake

Revision ID: 0007_intake_gaps
Revises: 0006_sign_in_throttle
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_intake_gaps"
down_revision: str | None = "0006_sign_in_throttle"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("intake_gaps_reason", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.drop_column("intake_gaps_reason")
