"""each staff member's form of their title (Conseillère, Conseiller, Conseillère ou
conseiller) and the signer's title for English documents

Revision ID: 0008_title_forms
Revises: 0007_intake_gaps
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_title_forms"
down_revision: str | None = "0007_intake_gaps"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Accounts made before this revision never said their form: the inclusive one until
    # they do ("x"), rather than the fixed feminine the documents printed.
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("title_form", sa.String(length=1), nullable=False,
                                   server_default="x"))
    with op.batch_alter_table("organizations") as batch:
        batch.add_column(sa.Column("signer_title_en", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organizations") as batch:
        batch.drop_column("signer_title_en")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("title_form")
