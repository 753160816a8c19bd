"""Households and their members (children with school or daycare needs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import Household
from cjeapp.core.models import HouseholdMember
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


@dataclass(frozen=True)
class MemberRow:
    id: str
    name: str
    relationship: str
    birth_date: date | None
    school_need: str | None
    school_name: str | None
    client_id: ClientId | None

    def age(self, today: date | None = None) -> int | None:
        if self.birth_date is None:
            return None
        day = today or clock.today()
        years = day.year - self.birth_date.year
        return years - ((day.month, day.day) < (self.birth_date.month, self.birth_date.day))


def members(db: Database, actor: Actor, client_id: ClientId) -> list[MemberRow]:
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        household_id = session.scalar(select(Client.household_id).where(Client.id == client_id))
        if household_id is None:
            return []
        rows = session.execute(
            select(HouseholdMember, Client.first_name, Client.last_name, Client.birth_date)
            .outerjoin(Client, Client.id == HouseholdMember.client_id)
            .where(HouseholdMember.household_id == household_id,
                   HouseholdMember.deleted_at.is_(None))
            .order_by(HouseholdMember.created_at))
        return [MemberRow(
            id=member.id,
            name=f"{first or member.first_name or ''} {last or member.last_name or ''}".strip(),
            relationship=member.relationship, birth_date=birth or member.birth_date,
            school_need=member.school_need, school_name=member.school_name,
            client_id=member.client_id) for member, first, last, birth in rows]


def add_dependant(db: Database, actor: Actor, client_id: ClientId, *, first_name: str,
                  last_name: str, birth_date: date | None, relationship: str,
                  school_need: str | None = None, school_name: str | None = None) -> MemberRow:
    """Add someone without a file of their own (e.g. a child) to the person's household."""
    actor.require(Permission.CLIENT_WRITE)
    check = Validator()
    first = check.text("member_first_name", first_name, required=True)
    last = check.text("member_last_name", last_name, required=True)
    check.birth_date("member_birth_date", birth_date)
    check.code("relationship", relationship, "relationships", required=True)
    check.code("school_need", school_need, "school_needs")
    school = check.text("school_name", school_name)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        client = uow.get(Client, client_id, what="client file")
        household_id = _household_of(uow, client)
        member = uow.add(HouseholdMember(
            household_id=household_id, first_name=first, last_name=last,
            birth_date=birth_date, relationship=relationship, school_need=school_need,
            school_name=school))
        return MemberRow(member.id, f"{first} {last}", relationship, birth_date, school_need,
                         school, None)


def _household_of(uow: UnitOfWork, client: Client) -> str:
    """The person's household, made (with the person as its main applicant) if none yet."""
    if client.household_id is None:
        household = uow.add(Household(label=client.last_name, address=client.address,
                                      municipality=client.municipality,
                                      region_code=client.region_code))
        uow.change(client, {"household_id": household.id})
        uow.add(HouseholdMember(household_id=household.id, client_id=client.id,
                                relationship="self"))
    if client.household_id is None:
        raise Inconsistent("client.household_id is not None")
    return client.household_id


def _live_members(uow: UnitOfWork, household_id: str) -> list[HouseholdMember]:
    return list(uow.session.scalars(select(HouseholdMember).where(
        HouseholdMember.household_id == household_id, HouseholdMember.deleted_at.is_(None))))


def link_file(db: Database, actor: Actor, client_id: ClientId, other_id: ClientId,
              relationship: str) -> MemberRow:
    """Bring the file of someone already registered (a spouse, an adult child) into the
    person's household. Someone who lives in another household with other people is
    refused: unlink them there first, so no household is emptied by surprise."""
    actor.require(Permission.CLIENT_WRITE)
    check = Validator()
    check.code("relationship", relationship, "relationships", required=True)
    if relationship == "self":
        check.fail("relationship", N_("The main applicant is the person whose file this "
                                      "is; choose how the other person is related."))
    if other_id == client_id:
        check.fail("member_file", N_("Choose someone else: a person is already in their "
                                     "own household."))
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        client = uow.get(Client, client_id, what="client file")
        other = uow.get(Client, other_id, what="client file")
        household_id = _household_of(uow, client)
        name = f"{other.first_name} {other.last_name}"
        if other.household_id == household_id:
            raise ValidationError([FieldError("member_file", msg(N_(
                "{name} is already in this household."), name=name))])
        if other.household_id is not None:
            elsewhere = _live_members(uow, other.household_id)
            if any(member.client_id != other.id for member in elsewhere):
                raise ValidationError([FieldError("member_file", msg(N_(
                    "{name} lives in another household ({count} people): remove them from "
                    "it in their own file first."), name=name, count=len(elsewhere)))])
            for member in elsewhere:  # their household of one, now empty
                uow.soft_delete(member)
        uow.change(other, {"household_id": household_id})
        member = uow.add(HouseholdMember(household_id=household_id, client_id=other.id,
                                         relationship=relationship))
        return MemberRow(member.id, name, relationship, other.birth_date, None, None,
                         other.id)


def remove_member(db: Database, actor: Actor, member_id: str) -> None:
    """Take someone out of a household; a person with a file keeps it, in no household."""
    actor.require(Permission.CASEWORK_WRITE)
    with unit_of_work(db, actor) as uow:
        member = uow.get(HouseholdMember, member_id, what="household member")
        uow.soft_delete(member)
        if member.client_id is not None:
            person = uow.get(Client, member.client_id, what="client file")
            if person.household_id == member.household_id:
                uow.change(person, {"household_id": None})
