"""The organization and its offices (points of service)."""

from __future__ import annotations

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import Office
from cjeapp.core.models import Organization
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


def organization_name(db: Database) -> str:
    with db.read_session() as session:
        name = session.scalar(select(Organization.name).where(Organization.deleted_at.is_(None))
                              .order_by(Organization.created_at))
        return name or ""


def list_offices(db: Database) -> list[Office]:
    with db.read_session() as session:
        return list(session.scalars(select(Office).where(Office.deleted_at.is_(None))
                                    .order_by(Office.is_point_of_service, Office.name)))


def office_region(db: Database, office_id: str | None) -> str | None:
    """The administrative region of an office: where most people it receives live."""
    if not office_id:
        return None
    with db.read_session() as session:
        office = session.get(Office, office_id)
        return office.region_code if office is not None else None


def get_organization(db: Database) -> Organization:
    with db.read_session() as session:
        organization = session.scalars(select(Organization).where(
            Organization.deleted_at.is_(None)).order_by(Organization.created_at)).first()
        if not (organization is not None):
            raise Inconsistent("the database has no organization (run the set-up)")
        return organization


def update_organization(db: Database, actor: Actor, *, name: str, address: str | None,
                        phone: str | None, email: str | None, agreement_number: str | None,
                        privacy_officer_name: str | None, privacy_officer_title: str | None,
                        privacy_officer_contact: str | None, expected_version: int,
                        signer_name: str | None = None,
                        signer_title: str | None = None,
                        signer_title_en: str | None = None) -> None:
    actor.require(Permission.SETTINGS_ADMIN)
    check = Validator()
    values = {
        "name": check.text("name", name, required=True),
        "address": check.text("address", address, max_length=400),
        "email": check.email("email", email),
        "agreement_number": check.text("agreement_number", agreement_number, max_length=60),
        "privacy_officer_name": check.text("privacy_officer_name", privacy_officer_name,
                                           required=True),
        "privacy_officer_title": check.text("privacy_officer_title", privacy_officer_title),
        "privacy_officer_contact": check.text("privacy_officer_contact",
                                              privacy_officer_contact),
        "signer_name": check.text("signer_name", signer_name),
        "signer_title": check.text("signer_title", signer_title),
        "signer_title_en": check.text("signer_title_en", signer_title_en),
    }
    values["phone"], _digits = check.phone("phone", phone)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        organization = uow.get(Organization, get_organization(db).id, what="organization")
        uow.change(organization, values, expected_version=expected_version)


def add_office(db: Database, actor: Actor, *, name: str, municipality: str | None,
               region_code: str | None, is_point_of_service: bool) -> Office:
    actor.require(Permission.SETTINGS_ADMIN)
    check = Validator()
    office_name = check.text("office_name", name, required=True)
    town = check.text("municipality", municipality, max_length=120)
    check.code("region_code", region_code, "regions")
    check.raise_if_any()
    if not (office_name):
        raise Inconsistent("office_name")
    with unit_of_work(db, actor) as uow:
        return uow.add(Office(organization_id=get_organization(db).id, name=office_name,
                              municipality=town, region_code=region_code or None,
                              is_point_of_service=is_point_of_service))


IMAGE_MAX_BYTES = 2_000_000


def set_letterhead_image(db: Database, actor: Actor, which: str, data: bytes | None) -> None:
    """The logo or the scanned signature printed on documents (PNG or JPEG), or None."""
    actor.require(Permission.SETTINGS_ADMIN)
    if which not in ("logo_png", "signature_png"):
        raise ValueError(which)
    if data is not None:
        is_image = data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")
        if not is_image or len(data) > IMAGE_MAX_BYTES:
            raise ValidationError([FieldError(which, msg(N_(
                "Choose a PNG or JPEG image under 2 MB.")))])
    with unit_of_work(db, actor) as uow:
        organization = uow.get(Organization, get_organization(db).id, what="organization")
        uow.change(organization, {which: data})
