"""Issuing documents: the PDF and its register entry are made in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.documents import collection_notice, register
from cjeapp.core.models import Client, IssuedDocument, Organization
from cjeapp.core.services.permissions import Actor, Permission
from cjeapp.core.services.unit_of_work import unit_of_work


@dataclass(frozen=True)
class IssuedPdf:
    document: IssuedDocument
    pdf: bytes


def issue_collection_notice(db: Database, actor: Actor, client_id: str,
                            language: str | None = None) -> IssuedPdf:
    """The Law 25 notice for one person, in their language unless another is asked."""
    actor.require(Permission.CLIENT_WRITE)
    with unit_of_work(db, actor) as uow:
        client = uow.get(Client, client_id, what="client file")
        organization = uow.session.scalars(select(Organization).order_by(
            Organization.created_at)).first()
        assert organization is not None
        lang = language or client.preferred_language
        now = clock.now()
        number = register.next_number(uow.session, clock.today().year)
        code = register.verification_code()
        pdf = collection_notice.render(collection_notice.NoticeContent(
            organization=organization.name, organization_address=organization.address,
            person_name=f"{client.first_name} {client.last_name}",
            officer_name=organization.privacy_officer_name or "",
            officer_title=organization.privacy_officer_title or "",
            officer_contact=organization.privacy_officer_contact or organization.phone or "",
            number=number, verification_code=code, issued_on=clock.today(), language=lang))
        document = uow.add(IssuedDocument(
            number=number, verification_code=code, kind="collection_notice",
            client_id=client.id, language=lang, issued_at=now, issued_by=actor.user_id,
            sha256=register.sha256(pdf)))
        uow.audit("print", "clients", client.id, {"document": number})
        return IssuedPdf(document, pdf)
