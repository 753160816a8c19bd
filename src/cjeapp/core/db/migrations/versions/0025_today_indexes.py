"""the Today page: indexes for what is still open

Revision ID: 0025_today_indexes
Revises: 0024_board_indexes
Create Date: 2026-12-06

The Today page asks for what is still open: visits waiting or with a counsellor, open
requests and plan items due by today, newcomers who arrived in the last 60 days. Without
an index led by the status (or the arrival date), each question walks a whole table: at
100,000 people, seconds on the screen's thread. With these, each is one index range.
Added indexes only: no table is rebuilt.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0025_today_indexes"
down_revision: str | None = "0024_board_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_visits_open": ("visits", ["status", "arrived_at"]),
    "ix_requests_open": ("requests", ["status", "due_at"]),
    "ix_plan_items_open": ("plan_items", ["status", "next_follow_up"]),
    "ix_clients_arrival_date": ("clients", ["arrival_date"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
