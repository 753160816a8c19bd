"""tomorrow's reminders: when the person was called about their appointment

Revision ID: 0023_appointment_reminders
Revises: 0022_key_custody
Create Date: 2026-12-06

The desk calls or texts the next working day's appointments; ticking one as called stamps
``reminded_at`` (who ticked it is the row's ``updated_by`` and the audit). A plain added
column: SQLite adds it in place (the exchange's change-log triggers on the table stay).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023_appointment_reminders"
down_revision: str | None = "0022_key_custody"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("appointments") as table:
        table.add_column(sa.Column("reminded_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("appointments") as table:
        table.drop_column("reminded_at")
