"""issued documents keep what they said, so a reprint is the same document

Revision ID: 0003_document_content
Revises: 0002_client_search
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_document_content"
down_revision: str | None = "0002_client_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("issued_documents") as batch:
        batch.add_column(sa.Column("content", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("issued_documents") as batch:
        batch.drop_column("content")
