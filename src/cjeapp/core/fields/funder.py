"""Which fields the funder's package requires, read from a reporting profile (its mandatory
columns of people) and the organization's policy — never listed by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cjeapp.core.db.database import Database
    from cjeapp.core.reporting.profile import Profile


def required_by(profile: Profile) -> frozenset[tuple[str, str]]:
    """The (table, column) pairs a mandatory column of the profile's package needs."""
    from cjeapp.core.reporting.funder_fields import profile_fields

    return frozenset(("clients", name) for name in profile_fields(profile))


def asked(db: Database) -> frozenset[tuple[str, str]]:
    """What the desk marks: the active profile's fields, and the assigned counsellor when
    the organization's policy gives every person one."""
    from cjeapp.core.reporting.funder_fields import asked_fields

    return frozenset(("clients", name) for name in asked_fields(db))


def is_required(db: Database, table: str, column: str) -> bool:
    return (table, column) in asked(db)
