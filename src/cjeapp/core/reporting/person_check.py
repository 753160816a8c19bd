"""The funder package's checks of one person, run when the file is saved (at the desk's
intake, in the file): what the package would say of this person months later, said now as
a warning. The row is built as the package builds it (``sources.person_row``) and checked
by the package's own ``validation.check_row``, so the two can never disagree. A warning
never stops a save; only a field that is wrong in itself does (``clients.validate``)."""

from __future__ import annotations

from dataclasses import dataclass

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.people.consents import has_consent
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.board import fiscal_year
from cjeapp.core.reporting.funder_fields import COUNSELLOR_FIELD
from cjeapp.core.reporting.funder_fields import active_profile
from cjeapp.core.reporting.funder_fields import counsellor_required
from cjeapp.core.reporting.profile import Profile
from cjeapp.core.reporting.sources import person_row
from cjeapp.core.reporting.validation import FILE_FIELDS
from cjeapp.core.reporting.validation import Problem
from cjeapp.core.reporting.validation import check_row

NO_COUNSELLOR = N_("No counsellor is assigned, and the organization's policy gives every "
                   "person one.")


@dataclass(frozen=True)
class FileWarning:
    """What the package (or the policy) will say of one field of this person's file."""

    field: str  # the file's field
    message: Message
    error: bool  # the package would refuse it (not only leave a warning)


def _field(profile: Profile, problem: Problem) -> str:
    table = profile.table(problem.table)
    column = next((c for c in table.columns if c.name == problem.column), None)
    source = column.source_field if column is not None else problem.column
    return FILE_FIELDS.get(source, FILE_FIELDS.get(problem.column, problem.column))


def form_problems(profile: Profile, form: ClientForm, *, consented: bool,
                  client_id: ClientId | None = None) -> list[FileWarning]:
    """The package's checks of ``form`` as one person served this fiscal year."""
    first, last = fiscal_year(clock.today())
    row = person_row(
        client_id, birth=form.birth_date, sex=form.sex,
        country_of_birth=form.country_of_birth,
        immigration_category=form.immigration_category,
        arrival_date=form.arrival_date.isoformat() if form.arrival_date else None,
        region_code=form.region_code, language=form.languages[0] if form.languages else None,
        first_contact=clock.today(), mifi_client_number=form.mifi_client_number,
        consented=consented, pseudonym="P", first=first, last=last)
    found: dict[tuple[str, str], FileWarning] = {}
    for table in profile.tables:
        if table.source != "persons":
            continue
        for problem in check_row(table, row, profile):
            field = _field(profile, problem)
            found.setdefault((field, problem.message.msgid),
                             FileWarning(field, problem.message, problem.error))
    return list(found.values())


def check_form(db: Database, actor: Actor, form: ClientForm,
               client_id: ClientId | None = None) -> list[FileWarning]:
    """What the active profile's package and the policy will say of this person (the file
    ``client_id``, or a person about to be created): nothing when all is there."""
    actor.require(Permission.CLIENT_READ)
    consented = client_id is not None and has_consent(db, client_id, "funder_transmission")
    warnings = form_problems(active_profile(db), form, consented=consented,
                             client_id=client_id)
    if counsellor_required(db) and not form.assigned_counsellor_id:
        warnings.append(FileWarning(COUNSELLOR_FIELD, msg(NO_COUNSELLOR), False))
    return warnings
