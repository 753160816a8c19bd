"""Rapports' dashboard: the package's aggregates for a period (same numbers, same code),
as the PDF summary with charts, with the figures of the desk, requests and appointments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cjeapp.core.db.database import Database
from cjeapp.core.org.organization import organization_name
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.aggregates import AggregateBuilder
from cjeapp.core.reporting.operations import Operations
from cjeapp.core.reporting.operations import operations
from cjeapp.core.reporting.profile import Profile
from cjeapp.core.reporting.sources import Sources
from cjeapp.core.reporting.summary_pdf import summary_pdf
from cjeapp.core.reporting.validation import cell


@dataclass(frozen=True)
class Dashboard:
    pdf: bytes
    counts: dict[str, int]
    operations: Operations


def dashboard(db: Database, actor: Actor, profile: Profile, first: date,
              last: date) -> Dashboard:
    actor.require(Permission.REPORT_READ)
    sources = Sources(db, first, last)
    builder = AggregateBuilder(profile)
    counts: dict[str, int] = {}
    for table in profile.tables:
        count = 0
        for row in sources.rows(table.source):
            builder.add(table.name, {c.name: cell(row, c, profile) for c in table.columns},
                        row.get("pseudonym"))
            count += 1
        counts[table.name] = count
    pdf = summary_pdf(organization_name(db), profile, first, last, counts, builder.rows())
    return Dashboard(pdf, counts, operations(db, actor, first, last))
