"""the dates on which the Commission and the people concerned were notified of a
confidentiality incident (Law 25's register, section 3.8)

Revision ID: 0009_incident_notices
Revises: 0008_title_forms
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_incident_notices"
down_revision: str | None = "0008_title_forms"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("confidentiality_incidents") as batch:
        batch.add_column(sa.Column("commission_notified_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("persons_notified_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("confidentiality_incidents") as batch:
        batch.drop_column("persons_notified_on")
        batch.drop_column("commission_notified_on")
