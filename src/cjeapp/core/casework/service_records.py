"""Services given to a person, each counted under the PASI volet the program's rules give
it (``volets``: the person's situation that day and the kind of service)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.casework.volets import volet_for
from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.errors import Inconsistent
from cjeapp.core.i18n import N_
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import PlanItem
from cjeapp.core.models import ServiceRecord
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator

# The services a counsellor logs most, offered as one-click buttons in the file.
COMMON_SERVICES = ("needs_assessment", "government_documents", "immigration_information",
                   "housing_search", "employment_studies", "school_daycare")


@dataclass
class ServiceForm:
    service_type: str
    delivered_on: date | None = None
    duration_minutes: int = 30
    mode: str = "individual"
    language: str = "fr"
    plan_item_id: str | None = None
    notes: str | None = None
    staff_id: str | None = None


@dataclass(frozen=True)
class ServiceRow:
    id: str
    service_type: str
    volet: str
    delivered_on: date
    duration_minutes: int
    mode: str
    staff: str | None
    notes: str | None


def check_service(form: ServiceForm) -> tuple[date, str | None]:
    """(the day, the notes as kept) of a valid service; refuses what is not (the screen's
    form and the spreadsheet import share it)."""
    check = Validator()
    check.code("service_type", form.service_type, "service_types", required=True)
    day = check.past_or_today("delivered_on", form.delivered_on or clock.today(), required=True)
    if not 5 <= form.duration_minutes <= 600:
        check.fail("duration_minutes", N_("A service lasts from 5 minutes to 10 hours."))
    if form.mode not in ("individual", "group"):
        check.fail("mode", N_("Choose individual or group."))
    notes = check.long_text("notes", form.notes, max_length=4000)
    check.raise_if_any()
    if day is None:
        raise Inconsistent("day is not None")
    return day, notes


def record_service(db: Database, actor: Actor, client_id: ClientId,
                   form: ServiceForm) -> ServiceRecord:
    actor.require(Permission.CASEWORK_WRITE)
    day, notes = check_service(form)
    with unit_of_work(db, actor) as uow:
        client = uow.get(Client, client_id, what="client file")
        if form.plan_item_id:
            uow.get(PlanItem, form.plan_item_id, what="plan item")
        return uow.add(ServiceRecord(
            client_id=client_id, service_type=form.service_type,
            volet=volet_for(form.service_type, category=client.immigration_category,
                            status=client.immigration_status,
                            arrival_date=client.arrival_date, delivered_on=day),
            delivered_on=day,
            duration_minutes=form.duration_minutes, staff_id=form.staff_id or actor.user_id,
            mode=form.mode, language=form.language, plan_item_id=form.plan_item_id,
            notes=notes))


def volet_of(db: Database, actor: Actor, client_id: ClientId, service_type: str,
             day: date) -> str | None:
    """The PASI volet a service of that type given to the person that day would count
    under (what the form shows before it is recorded); None for an unknown type."""
    actor.require(Permission.CASEWORK_WRITE)
    if codelist("service_types").get(service_type) is None:
        return None
    with db.read_session() as session:
        client = session.get(Client, client_id)
        if client is None:
            return None
        return volet_for(service_type, category=client.immigration_category,
                         status=client.immigration_status, arrival_date=client.arrival_date,
                         delivered_on=day)


def services_of(db: Database, actor: Actor, client_id: ClientId) -> list[ServiceRow]:
    actor.require(Permission.CASEWORK_WRITE)
    with db.read_session() as session:
        rows = session.execute(
            select(ServiceRecord, User.full_name)
            .outerjoin(User, User.id == ServiceRecord.staff_id)
            .where(ServiceRecord.client_id == client_id, ServiceRecord.deleted_at.is_(None))
            .order_by(ServiceRecord.delivered_on.desc(), ServiceRecord.created_at.desc()))
        return [ServiceRow(record.id, record.service_type, record.volet, record.delivered_on,
                           record.duration_minutes, record.mode, name, record.notes)
                for record, name in rows]
