"""What the desk asks of every person because the funder's package or the organization's
policy requires it — read from the active reporting profile (its mandatory columns of
people), never listed by hand, so a new profile asks for what it needs."""

from __future__ import annotations

import logging
from functools import lru_cache

from cjeapp.core.db.database import Database
from cjeapp.core.org import settings
from cjeapp.core.reporting.profile import Profile
from cjeapp.core.reporting.profile import ProfileError
from cjeapp.core.reporting.profile import load
from cjeapp.core.reporting.validation import FILE_FIELDS

log = logging.getLogger(__name__)

ACTIVE_PROFILE = "funder.profile"  # a shipped profile's name, or a profile file's path
DEFAULT_PROFILE = "PASI"
# The organization's policy (Carrefour Emploi Lotbinière, 2023): each person has an
# assigned counsellor. An organization without that policy sets it to false.
COUNSELLOR_POLICY = "policy.assigned_counsellor_required"
COUNSELLOR_FIELD = "assigned_counsellor_id"


@lru_cache(maxsize=4)
def _loaded(name: str) -> Profile:
    return load(name)


def active_profile(db: Database) -> Profile:
    """The reporting profile the organization's package is written with; the shipped
    one when the chosen profile cannot be read here (a file on another PC, since moved or
    damaged): what the desk asks must never stop a person's file from being saved."""
    chosen = str(settings.get_value(db, ACTIVE_PROFILE, DEFAULT_PROFILE) or DEFAULT_PROFILE)
    try:
        return _loaded(chosen)
    except ProfileError:
        log.warning("the reporting profile %r cannot be read: the shipped one is used", chosen)
        return _loaded(DEFAULT_PROFILE)


def profile_fields(profile: Profile) -> tuple[str, ...]:
    """The person's fields (as the file names them) a mandatory column of people needs."""
    fields: dict[str, None] = {}
    for table in profile.tables:
        if table.source != "persons":
            continue
        for column in table.columns:
            field = FILE_FIELDS.get(column.source_field)
            if column.mandatory and field is not None:
                fields[field] = None
    return tuple(fields)


def shipped_fields() -> tuple[str, ...]:
    """The shipped profile's fields (where no database says which profile is active)."""
    return profile_fields(_loaded(DEFAULT_PROFILE))


def counsellor_required(db: Database) -> bool:
    return bool(settings.get_value(db, COUNSELLOR_POLICY, True))


def asked_fields(db: Database) -> tuple[str, ...]:
    """Every field the desk marks: the active profile's, and the counsellor if the policy
    requires one."""
    asked = profile_fields(active_profile(db))
    return (*asked, COUNSELLOR_FIELD) if counsellor_required(db) else asked
