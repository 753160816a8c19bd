"""spreadsheet imports: the batches, and the record each imported row made

Revision ID: 0016_imports
Revises: 0015_interpreter
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_imports"
down_revision: str | None = "0015_interpreter"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _common() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("source_name", sa.String(length=260), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        *_common(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "import_records",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("source_row", sa.Integer(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batches.id"],
                                name=op.f("fk_import_records_batch_id_import_batches")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_records")),
    )
    op.create_index(op.f("ix_import_records_batch_id"), "import_records", ["batch_id"])
    op.create_index(op.f("ix_import_records_record_id"), "import_records", ["record_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_import_records_record_id"), table_name="import_records")
    op.drop_index(op.f("ix_import_records_batch_id"), table_name="import_records")
    op.drop_table("import_records")
    op.drop_table("import_batches")
