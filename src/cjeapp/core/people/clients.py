"""Client files: create, read (logged), change with conflict detection, soft delete."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from dataclasses import field
from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.fields.derived import derived_values
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.models import Client
from cjeapp.core.models import ClientLanguage
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.funder_fields import active_profile
from cjeapp.core.reporting.funder_fields import profile_fields
from cjeapp.core.reporting.funder_fields import shipped_fields
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


@dataclass
class ClientForm:
    """What a person's identity and contact form holds."""

    first_name: str = ""
    last_name: str = ""
    other_names: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    gender: str | None = None
    country_of_birth: str | None = None
    citizenship: str | None = None
    preferred_language: str = "fr"
    french_level: str | None = None
    immigration_category: str | None = None
    immigration_status: str | None = None
    arrival_date: date | None = None
    mifi_client_number: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    municipality: str | None = None
    region_code: str | None = None
    assigned_counsellor_id: UserId | None = None
    office_id: str | None = None
    has_sin: bool = False
    has_ramq_card: bool = False
    has_drivers_licence: bool = False
    has_bank_account: bool = False
    languages: list[str] = field(default_factory=list)
    intake_gaps_reason: str | None = None
    interpreter_needed: bool = False
    interpreter_language: str | None = None  # ISO 639, when an interpreter is needed

    @classmethod
    def from_client(cls, client: Client, languages: list[str]) -> ClientForm:
        values = {f.name: getattr(client, f.name) for f in fields(cls) if f.name != "languages"}
        return cls(**values, languages=languages)


def validate(form: ClientForm, asked: Collection[str] | None = None) -> dict[str, Any]:
    """Check every field; return the column values to store. ``asked``: the fields the
    funder's package requires (the active profile's; the shipped profile's by default) —
    once none is missing, the reason they were left for later goes."""
    check = Validator()
    values: dict[str, Any] = {
        "first_name": check.text("first_name", form.first_name, required=True),
        "last_name": check.text("last_name", form.last_name, required=True),
        "other_names": check.text("other_names", form.other_names, max_length=400),
        "birth_date": check.birth_date("birth_date", form.birth_date),
        "sex": check.code("sex", form.sex, "sexes"),
        "gender": check.text("gender", form.gender, max_length=80),
        "country_of_birth": check.country("country_of_birth", form.country_of_birth),
        "citizenship": check.country("citizenship", form.citizenship),
        "preferred_language": form.preferred_language,
        "french_level": check.code("french_level", form.french_level, "french_levels"),
        "immigration_category": check.code("immigration_category", form.immigration_category,
                                           "immigration_categories"),
        "immigration_status": check.code("immigration_status", form.immigration_status,
                                         "immigration_statuses"),
        "arrival_date": check.past_or_today("arrival_date", form.arrival_date),
        "mifi_client_number": check.mifi_number("mifi_client_number", form.mifi_client_number),
        "email": check.email("email", form.email),
        "address": check.text("address", form.address, max_length=400),
        "municipality": check.text("municipality", form.municipality, max_length=120),
        "region_code": check.code("region_code", form.region_code, "regions"),
        "assigned_counsellor_id": form.assigned_counsellor_id or None,
        "office_id": form.office_id or None,
        "has_sin": bool(form.has_sin),
        "has_ramq_card": bool(form.has_ramq_card),
        "has_drivers_licence": bool(form.has_drivers_licence),
        "has_bank_account": bool(form.has_bank_account),
        "intake_gaps_reason": check.text("intake_gaps_reason", form.intake_gaps_reason,
                                         max_length=300),
    }
    values["phone"], values["phone_digits"] = check.phone("phone", form.phone)
    for code in form.languages:
        check.language("languages", code)
    values["interpreter_needed"] = bool(form.interpreter_needed)
    values["interpreter_language"] = (check.language("interpreter_language",
                                                     form.interpreter_language)
                                      if form.interpreter_needed else None)
    if form.interpreter_needed and not form.interpreter_language:
        check.fail("interpreter_language", N_("Choose the language the interpreter must "
                                              "speak."))
    if form.preferred_language not in ("fr", "en"):
        check.fail("preferred_language", N_("Documents can be issued in French or English only."))
    if (form.birth_date and form.arrival_date and form.arrival_date < form.birth_date):
        check.fail("arrival_date", N_("The arrival date cannot be before the date of birth."))
    check.raise_if_any()
    values.update(derived_values("clients", values))  # the phone's digits, the sort key
    if not missing_funder_fields(form, asked):
        values["intake_gaps_reason"] = None  # nothing is left for later any more
    return values


# How the intake asks for each field a funder's profile may require of every person
# served (which ones it requires is read from the active profile: funder_fields).
FIELD_ASKS = {"birth_date": N_("Enter the date of birth"),
              "sex": N_("Choose the person's sex"),
              "country_of_birth": N_("Choose the country of birth"),
              "immigration_category": N_("Choose the immigration category"),
              "arrival_date": N_("Enter the date of arrival in Quebec"),
              "region_code": N_("Choose the administrative region"),
              "languages": N_("Choose a language the person speaks"),
              "mifi_client_number": N_("Enter the MIFI client number")}


def missing_funder_fields(form: ClientForm, asked: Collection[str] | None = None) -> list[str]:
    """The fields of ``asked`` (the shipped profile's by default) the form leaves empty."""
    if asked is None:
        asked = shipped_fields()
    return [name for name in asked if name in FIELD_ASKS and not getattr(form, name)]


def check_intake(form: ClientForm, asked: Collection[str]) -> None:
    """At intake, what the funder's package requires (``asked``: the active profile's
    fields) is asked; a field may be left for later only with a reason (the person prefers
    not to say, no interpreter today…). The rest of the form is checked by ``validate``, as
    for any file."""
    if (form.intake_gaps_reason or "").strip():
        return
    missing = [FieldError(name, msg(N_(
        "{what}, or say below why it is left for later: the funder's year-end report "
        "needs it."), what=msg(FIELD_ASKS[name])))
        for name in missing_funder_fields(form, asked)]
    if missing:
        raise ValidationError(missing)


def _asked(db: Database) -> tuple[str, ...]:
    return profile_fields(active_profile(db))


def create_client(db: Database, actor: Actor, form: ClientForm) -> Client:
    actor.require(Permission.CLIENT_WRITE)
    values = validate(form, _asked(db))
    with unit_of_work(db, actor) as uow:
        client = uow.add(Client(**values))
        for code in dict.fromkeys(form.languages):
            uow.add(ClientLanguage(client_id=client.id, language_code=code))
        return client


def update_client(db: Database, actor: Actor, client_id: ClientId, form: ClientForm,
                  expected_version: int) -> Client:
    """Save the form; refused with ConflictError if the file changed since it was read."""
    actor.require(Permission.CLIENT_WRITE)
    values = validate(form, _asked(db))
    with unit_of_work(db, actor) as uow:
        client = uow.get(Client, client_id, what="client file")
        uow.change(client, values, expected_version=expected_version)
        current = {row.language_code: row for row in uow.session.scalars(
            select(ClientLanguage).where(ClientLanguage.client_id == client_id,
                                         ClientLanguage.deleted_at.is_(None)))}
        wanted = list(dict.fromkeys(form.languages))
        for code, row in current.items():
            if code not in wanted:
                uow.soft_delete(row)
        for code in wanted:
            if code not in current:
                uow.add(ClientLanguage(client_id=client_id, language_code=code))
        return client


def open_client(db: Database, actor: Actor, client_id: ClientId) -> tuple[Client, list[str]]:
    """Read a file (the view is logged, as Law 25 asks) with its languages."""
    actor.require(Permission.CLIENT_READ)
    with unit_of_work(db, actor) as uow:
        client = uow.get(Client, client_id, what="client file")
        languages = list(uow.session.scalars(
            select(ClientLanguage.language_code).where(ClientLanguage.client_id == client_id,
                                                       ClientLanguage.deleted_at.is_(None))))
        uow.audit("view", "clients", client_id)
        return client, languages


def delete_client(db: Database, actor: Actor, client_id: ClientId) -> None:
    """Soft delete: the file leaves every list but a tombstone remains for exchange."""
    actor.require(Permission.CLIENT_DELETE)
    with unit_of_work(db, actor) as uow:
        uow.soft_delete(uow.get(Client, client_id, what="client file"))
