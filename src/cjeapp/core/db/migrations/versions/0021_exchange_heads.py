"""each side of an exchange keeps the other's audit head, and is told back its own

Revision ID: 0021_exchange_heads
Revises: 0020_exchange
Create Date: 2026-12-06

Every exchange file carries its writer's audit head (the chain's last position and hash,
in the signed header). The receiver keeps it (``their_head_*``) and sends it back in its
next file; the writer then keeps what the other side holds of its own chain
(``held_head_*``): an anchor of its log that it did not write alone, held against its chain
by ``cjeapp check``. Someone who rewrites a log with its key cannot rewrite what a laptop
(or the office) keeps, and the next exchange brings it back.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021_exchange_heads"
down_revision: str | None = "0020_exchange"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("their_head_seq", "their_head_hash", "held_head_seq", "held_head_hash")


def upgrade() -> None:
    with op.batch_alter_table("exchange_replicas") as table:
        table.add_column(sa.Column("their_head_seq", sa.BigInteger(), nullable=True))
        table.add_column(sa.Column("their_head_hash", sa.String(length=64), nullable=True))
        table.add_column(sa.Column("held_head_seq", sa.BigInteger(), nullable=True))
        table.add_column(sa.Column("held_head_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exchange_replicas") as table:
        for column in reversed(COLUMNS):
            table.drop_column(column)
