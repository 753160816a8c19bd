"""who recorded a consent's withdrawal (Law 25: a consent keeps who took it and who
recorded its withdrawal)

Revision ID: 0011_consent_withdrawn_by
Revises: 0010_privacy_requests
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_consent_withdrawn_by"
down_revision: str | None = "0010_privacy_requests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("consents") as batch:
        batch.add_column(sa.Column("withdrawn_by", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("consents") as batch:
        batch.drop_column("withdrawn_by")
