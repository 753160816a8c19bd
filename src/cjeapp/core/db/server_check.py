"""``cjeapp check`` on the office's server: what the program itself can vouch for there —
its schema's version, the audit chain from its first entry, codes known, times in order,
no counsellor booked twice at once, and the counts. The pages and indexes are PostgreSQL's
to check (``pg_amcheck``), and its foreign keys are enforced by the server itself."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy import text

from cjeapp.core.audit_chain import ChainRow
from cjeapp.core.audit_chain import first_break
from cjeapp.core.db import migrate
from cjeapp.core.db.anchors import Anchor
from cjeapp.core.db.anchors import judged
from cjeapp.core.db.database import Database
from cjeapp.core.db.maintenance import CheckReport
from cjeapp.core.db.maintenance import consistency
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import AuditEntry
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission


def check_server(db: Database, actor: Actor) -> CheckReport:
    """The consistency report of the server's database (read only)."""
    actor.require(Permission.SETTINGS_ADMIN)
    actor.require(Permission.AUDIT_READ)
    if not db.on_server:
        raise CjeError(msg(N_("This check is the server's; a database file has its own.")))
    report = CheckReport()
    with db.engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision != migrate.head_revision():
            report.errors.append(msg(N_("The schema {revision} is not this program's."),
                                     revision=str(revision)))
            return report

        def chain() -> Iterator[ChainRow]:
            for entry in connection.execute(select(
                    AuditEntry.seq, AuditEntry.id, AuditEntry.at, AuditEntry.user_id,
                    AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
                    AuditEntry.details, AuditEntry.prev_hash, AuditEntry.chain_hash,
                    AuditEntry.details_sha256).order_by(AuditEntry.seq),
                    execution_options={"stream_results": True, "yield_per": 5000}):
                yield ChainRow(*entry)

        broken = first_break(chain())
        if broken is not None:
            report.errors.append(broken)
        last = int(connection.execute(text("SELECT coalesce(max(seq), 0) FROM audit_log"))
                   .scalar() or 0)
        for name, seq, held in connection.execute(text(  # what each laptop holds of it
                "SELECT name, held_head_seq, held_head_hash FROM exchange_replicas "
                "WHERE held_head_seq IS NOT NULL AND held_head_hash IS NOT NULL "
                "AND deleted_at IS NULL ORDER BY name")).all():
            found = connection.execute(text("SELECT chain_hash FROM audit_log WHERE seq = :s"),
                                       {"s": seq}).scalar()
            rewritten = judged(Anchor(int(seq), str(held), str(name)),
                               None if found is None else str(found), last)
            if rewritten is not None:
                report.errors.append(rewritten)
        consistency(lambda sql: connection.exec_driver_sql(sql).all(), report)
    return report
