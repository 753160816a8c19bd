"""the funder packages sent, with their sequence number, kept in a table of their own

Revision ID: 0004_funder_packages
Revises: 0003_document_content
Create Date: 2026-11-23

Until now the next sequence number was found by reading the audit log's JSON; the packages
already recorded there are copied into the new table.
"""

import json
import uuid
from collections.abc import Sequence
from datetime import date
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0004_funder_packages"
down_revision: str | None = "0003_document_content"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    packages = op.create_table(
        "funder_packages",
        sa.Column("profile", sa.String(length=80), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funder_packages")),
    )
    connection = op.get_bind()
    sent = connection.execute(sa.text(
        "SELECT at, user_id, details FROM audit_log "
        "WHERE action = 'export' AND entity = 'funder_package' ORDER BY at")).all()
    rows = []
    for at, user_id, details in sent:
        try:
            entry = json.loads(details or "{}")
            at = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
            rows.append({
                "id": str(uuid.uuid4()), "created_at": at, "updated_at": at,
                "updated_by": user_id, "deleted_at": None, "version": 1,
                "profile": str(entry["profile"])[:80],
                "period_from": date.fromisoformat(entry["from"]),
                "period_to": date.fromisoformat(entry["to"]),
                "sequence": int(entry.get("sequence", 1)),
                "manifest_sha256": str(entry.get("manifest_sha256", ""))[:64]})
        except (ValueError, KeyError, TypeError):
            continue  # an entry this version never wrote: nothing to carry over
    for row in rows:
        connection.execute(packages.insert().values(**row))


def downgrade() -> None:
    op.drop_table("funder_packages")
