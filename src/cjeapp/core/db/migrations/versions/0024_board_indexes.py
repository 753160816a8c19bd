"""the director's board: covering indexes for a year's counts

Revision ID: 0024_board_indexes
Revises: 0023_appointment_reminders
Create Date: 2026-12-06

The board counts a fiscal year by month and category. Through the indexes on the date
alone, each row's count reads its whole record from the table (a random page, decrypted,
for each of 230,000 services in a year of 100,000 people: seconds). These indexes hold the
date first, then every column the board reads, so a year is one stretch of one index.
Added indexes only: no table is rebuilt.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0024_board_indexes"
down_revision: str | None = "0023_appointment_reminders"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_service_records_board": ("service_records", ["delivered_on", "client_id", "volet",
                                                     "staff_id", "duration_minutes",
                                                     "deleted_at"]),
    "ix_visits_board": ("visits", ["arrived_at", "client_id", "status", "taken_at",
                                   "deleted_at"]),
    "ix_appointments_board": ("appointments", ["starts_at", "client_id", "status",
                                               "deleted_at"]),
    "ix_requests_board": ("requests", ["received_at", "client_id", "answered_at", "due_at",
                                       "deleted_at"]),
    "ix_plan_items_board": ("plan_items", ["next_follow_up", "status", "plan_id",
                                           "deleted_at"]),
    "ix_clients_board": ("clients", ["id", "first_contact_on", "created_at",
                                     "assigned_counsellor_id", "office_id", "deleted_at"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
