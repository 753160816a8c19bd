"""what an imported row did to its record: created it, completed an existing file (with the
values it replaced, for the undo), linked to one, or brought back a tombstoned one

Revision ID: 0017_import_actions
Revises: 0016_imports
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_import_actions"
down_revision: str | None = "0016_imports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("import_records") as batch:
        # A literal default: SQLite adds the column in place; earlier rows were creations.
        batch.add_column(sa.Column("action", sa.String(length=10), nullable=False,
                                   server_default="created"))
        batch.add_column(sa.Column("before_values", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_records") as batch:
        batch.drop_column("before_values")
        batch.drop_column("action")
