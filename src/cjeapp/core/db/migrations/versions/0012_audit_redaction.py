"""the audit chain covers each entry's details through their SHA-256, so the details of a
destroyed person's entries can be erased (Law 25) while the chain still holds; the only
UPDATE the log accepts is that erasure

Revision ID: 0012_audit_redaction
Revises: 0011_consent_withdrawn_by
Create Date: 2026-12-02
"""

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0012_audit_redaction"
down_revision: str | None = "0011_consent_withdrawn_by"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
# Frozen here: a released migration never imports the program (its chain may change again).
ERASE_ONLY = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "WHEN NOT (NEW.details IS NULL AND OLD.details IS NOT NULL "
    "AND NEW.id = OLD.id AND NEW.seq = OLD.seq AND NEW.at IS OLD.at "
    "AND NEW.user_id IS OLD.user_id AND NEW.action = OLD.action AND NEW.entity = OLD.entity "
    "AND NEW.entity_id IS OLD.entity_id AND NEW.prev_hash = OLD.prev_hash "
    "AND NEW.chain_hash = OLD.chain_hash AND NEW.details_sha256 IS OLD.details_sha256) "
    "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed or removed'); END")
FORBID_ALL = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed or removed'); END")
# The same two on PostgreSQL (``IS`` there is ``IS NOT DISTINCT FROM``; the function that
# refuses is 0005's).
ERASE_ONLY_SERVER = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW "
    "WHEN (NOT (NEW.details IS NULL AND OLD.details IS NOT NULL "
    "AND NEW.id = OLD.id AND NEW.seq = OLD.seq AND NEW.at IS NOT DISTINCT FROM OLD.at "
    "AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id AND NEW.action = OLD.action "
    "AND NEW.entity = OLD.entity AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id "
    "AND NEW.prev_hash = OLD.prev_hash AND NEW.chain_hash = OLD.chain_hash "
    "AND NEW.details_sha256 IS NOT DISTINCT FROM OLD.details_sha256)) "
    "EXECUTE FUNCTION audit_log_refuse()")
FORBID_ALL_SERVER = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW "
    "EXECUTE FUNCTION audit_log_refuse()")


def _drop_update_trigger() -> None:
    server = op.get_bind().dialect.name != "sqlite"
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update" + (" ON audit_log" if server else ""))


def _create(sqlite_statement: str, server_statement: str) -> None:
    op.execute(sqlite_statement if op.get_bind().dialect.name == "sqlite" else server_statement)


def _time(at: object) -> str:
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    if not isinstance(moment, datetime):
        raise ValueError(f"not a time: {at!r}")
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")


def _digest(details: str | None) -> str | None:
    return hashlib.sha256(details.encode("utf-8")).hexdigest() if details is not None else None


def _hash(previous: str, seq: int, ident: str, at: object, user_id: object, action: object,
          entity: object, entity_id: object, covered: object) -> str:
    content = json.dumps([previous, seq, ident, _time(at), user_id, action, entity, entity_id,
                          covered], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _rechain(connection: sa.Connection, *, by_digest: bool) -> None:
    rows = connection.execute(sa.text(
        "SELECT seq, id, at, user_id, action, entity, entity_id, details FROM audit_log "
        "ORDER BY seq")).all()
    previous = GENESIS
    for seq, ident, at, user_id, action, entity, entity_id, details in rows:
        digest = _digest(details)
        current = _hash(previous, seq, ident, at, user_id, action, entity, entity_id,
                        digest if by_digest else details)
        connection.execute(sa.text(
            "UPDATE audit_log SET prev_hash = :prev, chain_hash = :hash, "
            "details_sha256 = :digest WHERE id = :id"),
            {"prev": previous, "hash": current, "digest": digest if by_digest else None,
             "id": ident})
        previous = current


def upgrade() -> None:
    _drop_update_trigger()
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("details_sha256", sa.String(length=64), nullable=True))
    # A trusted, one-time rewrite of the chain under its new formula (as 0005 made it).
    _rechain(op.get_bind(), by_digest=True)
    _create(ERASE_ONLY, ERASE_ONLY_SERVER)


def downgrade() -> None:
    _drop_update_trigger()
    _rechain(op.get_bind(), by_digest=False)
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("details_sha256")
    _create(FORBID_ALL, FORBID_ALL_SERVER)
