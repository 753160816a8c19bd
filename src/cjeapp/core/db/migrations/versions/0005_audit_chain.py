"""the audit log becomes a hash chain that nobody can update or delete

Revision ID: 0005_audit_chain
Revises: 0004_funder_packages
Create Date: 2026-11-23

Existing entries are chained in the order they were written (time, then insertion order).
The hash is computed as ``cjeapp.core.audit_chain.entry_hash`` does; it is copied here so
this migration gives the same result whatever later code does.
"""

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0005_audit_chain"
down_revision: str | None = "0004_funder_packages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
TRIGGERS = {
    "audit_log_no_update": "UPDATE",
    "audit_log_no_delete": "DELETE",
}
# PostgreSQL's triggers call a function; its message is SQLite's.
REFUSE = ("CREATE OR REPLACE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS "
          "$$ BEGIN RAISE EXCEPTION 'audit entries cannot be changed or removed'; END $$")


def _time(at: object) -> str:
    moment = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")


def _hash(previous: str, seq: int, ident: str, at: object, user_id: object, action: object,
          entity: object, entity_id: object, details: object) -> str:
    content = json.dumps([previous, seq, ident, _time(at), user_id, action, entity, entity_id,
                          details], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("chain_hash", sa.String(length=64), nullable=True))
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    rows = connection.execute(sa.text(
        "SELECT id, at, user_id, action, entity, entity_id, details FROM audit_log "
        f"ORDER BY at, {'rowid' if sqlite else 'id'}")).all()
    previous = GENESIS
    for seq, (ident, at, user_id, action, entity, entity_id, details) in enumerate(rows, 1):
        current = _hash(previous, seq, ident, at, user_id, action, entity, entity_id, details)
        connection.execute(sa.text(
            "UPDATE audit_log SET seq = :seq, prev_hash = :prev, chain_hash = :hash "
            "WHERE id = :id"), {"seq": seq, "prev": previous, "hash": current, "id": ident})
        previous = current
    with op.batch_alter_table("audit_log") as batch:
        batch.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch.alter_column("chain_hash", existing_type=sa.String(length=64), nullable=False)
        batch.create_unique_constraint(op.f("uq_audit_log_seq"), ["seq"])
    if not sqlite:
        op.execute(REFUSE)
    for name, statement in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} BEFORE {statement} ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed or removed'); "
                   "END" if sqlite else
                   f"CREATE TRIGGER {name} BEFORE {statement} ON audit_log FOR EACH ROW "
                   "EXECUTE FUNCTION audit_log_refuse()")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + ("" if sqlite else " ON audit_log"))
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_constraint(op.f("uq_audit_log_seq"), type_="unique")
        batch.drop_column("chain_hash")
        batch.drop_column("prev_hash")
        batch.drop_column("seq")
