"""Issuing documents: the PDF and its register entry (number, verification code, SHA-256)
are made in one transaction. Reprints are marked copies; revoked documents stay listed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.documents import kinds
from cjeapp.core.documents import paper_check
from cjeapp.core.documents import register
from cjeapp.core.documents.layout import Block
from cjeapp.core.documents.layout import Letterhead
from cjeapp.core.documents.layout import Stamp
from cjeapp.core.documents.layout import metadata_of
from cjeapp.core.documents.layout import render
from cjeapp.core.documents.notices import notice_text
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import SUPPORTED_LANGUAGES
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import language_name
from cjeapp.core.models import Client
from cjeapp.core.models import IssuedDocument
from cjeapp.core.models import Office
from cjeapp.core.models import Organization
from cjeapp.core.models import Setting
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting import keys
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work


@dataclass(frozen=True)
class IssuedPdf:
    document: IssuedDocument
    pdf: bytes


@dataclass(frozen=True)
class Verification:
    genuine: bool
    reason: Message
    document: IssuedDocument | None = None


def letterhead(session: Session, language: str) -> Letterhead:
    """The organization's letterhead for a document in ``language``: an English document
    carries the signer's English title when one is set (the French one otherwise)."""
    org = session.scalars(select(Organization).where(Organization.deleted_at.is_(None))
                          .order_by(Organization.created_at)).first()
    if not (org is not None):
        raise Inconsistent("the database has no organization")
    title = (org.signer_title_en or org.signer_title) if language == "en" else org.signer_title
    return Letterhead(organization=org.name, address=org.address, phone=org.phone,
                      email=org.email, signer_name=org.signer_name, signer_title=title,
                      logo_png=org.logo_png, signature_png=org.signature_png)


@dataclass(frozen=True)
class Draft:
    """A document ready to be numbered: what it says and whom it concerns."""

    kind: str
    client_id: ClientId | None
    language: str
    title: str
    blocks: list[Block]
    activity_id: str | None = None
    partner_id: str | None = None
    period_from: date | None = None
    period_to: date | None = None


def _person(client: Client) -> str:
    return f"{client.first_name} {client.last_name}"


def _with_own_script(blocks: list[Block], client: Client, language: str) -> list[Block]:
    """The person's name as written in their own script (Arabic, Chinese, Cyrillic…), when
    the file records it, on a line under the first paragraph that names them."""
    if not client.other_names or language not in SUPPORTED_LANGUAGES:
        return blocks
    line: Block = ("p", gettext(N_("Name in the person's own script: {name}"),
                                language).format(name=client.other_names))
    latin = _person(client)
    at = next((index + 1 for index, block in enumerate(blocks)
               if block[0] == "p" and latin in str(block[1])), 0)
    return [*blocks[:at], line, *blocks[at:]]


def register_draft(uow: UnitOfWork, draft: Draft, head: Letterhead, *,
                   number: str | None = None,
           copy_of: IssuedDocument | None = None) -> IssuedPdf:
    today = clock.today()
    issued_on = copy_of.issued_at.date() if copy_of else today
    number = number or register.next_number(uow.session, today.year)
    code = copy_of.verification_code if copy_of else register.verification_code()
    client = uow.session.get(Client, draft.client_id) if draft.client_id else None
    qr = paper_check.qr_text(keys.document_key_in(uow, draft.kind), number, code, draft.kind,
                             paper_check.subject_of(draft.period_from, draft.period_to),
                             _person(client) if client else "", issued_on,
                             _setting_in(uow.session, paper_check.VERIFY_URL))
    stamp = Stamp(number, code, issued_on, copy=copy_of is not None, qr=qr)
    pdf = render(head, stamp, draft.title, draft.blocks, draft.language)
    document = uow.add(IssuedDocument(
        number=stamp.number, verification_code=stamp.code, kind=draft.kind,
        client_id=draft.client_id, activity_id=draft.activity_id,
        partner_id=draft.partner_id, language=draft.language, issued_at=clock.now(),
        issued_by=uow.actor.user_id, sha256=register.sha256(pdf),
        copy_of_id=copy_of.id if copy_of else None, period_from=draft.period_from,
        period_to=draft.period_to,
        content=json.dumps({"title": draft.title, "blocks": draft.blocks,
                            "issued_on": issued_on.isoformat()}, ensure_ascii=False)))
    uow.audit("print", "issued_documents", document.id,
              {"number": stamp.number, "kind": draft.kind, "copy": copy_of is not None})
    return IssuedPdf(document, pdf)


def _setting_in(session: Session, key: str) -> str | None:
    row = session.scalar(select(Setting).where(Setting.key == key, Setting.deleted_at.is_(None),
                                               Setting.effective_from.is_(None)))
    value = json.loads(row.value) if row is not None else None
    return value if isinstance(value, str) and value else None


def permission_for(kind: str) -> Permission:
    """Reception gives the collection notice; every other document is case work."""
    return Permission.CLIENT_WRITE if kind == "collection_notice" else Permission.DOCUMENT_ISSUE


def issue(db: Database, actor: Actor, draft: Draft) -> IssuedPdf:
    actor.require(Permission.CLIENT_WRITE)  # the least any document needs; then its kind's
    actor.require(permission_for(draft.kind))
    with unit_of_work(db, actor) as uow:
        return register_draft(uow, draft, letterhead(uow.session, draft.language))


def preview(db: Database, actor: Actor, draft: Draft) -> bytes:
    """The draft as it will print, marked PREVIEW and not numbered (nothing registered but
    the audit entry: a preview shows the person's data)."""
    actor.require(Permission.CLIENT_WRITE)
    actor.require(permission_for(draft.kind))
    with unit_of_work(db, actor) as uow:
        head = letterhead(uow.session, draft.language)
        uow.audit("preview", "issued_documents", None,
                  {"kind": draft.kind, "client_id": draft.client_id})
    return render(head, Stamp("", "", clock.today(), preview=True), draft.title, draft.blocks,
                  draft.language)


# -- drafts of each kind ---------------------------------------------------------------------
def notice_draft(db: Database, actor: Actor, client_id: ClientId,
                 language: str | None = None) -> Draft:
    actor.require(permission_for("collection_notice"))
    with db.read_session() as session:
        client = _client(session, client_id)
        org = session.scalars(select(Organization).order_by(Organization.created_at)).first()
        if not (org is not None):
            raise Inconsistent("org is not None")
        # In the person's language when the notice is written in it (else French).
        lang = notice_text(language or client.preferred_language).language
        title, blocks = kinds.collection_notice(
            _person(client), org.privacy_officer_name or "", org.privacy_officer_title or "",
            org.privacy_officer_contact or org.phone or "", lang)
        blocks = _with_own_script(blocks, client, lang)
    return Draft("collection_notice", client_id, lang, title, blocks)


def issue_collection_notice(db: Database, actor: Actor, client_id: ClientId,
                            language: str | None = None) -> IssuedPdf:
    """The Law 25 notice for one person, in their language unless another is asked."""
    return issue(db, actor, notice_draft(db, actor, client_id, language))


def participation_draft(db: Database, actor: Actor, client_id: ClientId, activity_id: str,
                        language: str | None = None) -> Draft:
    actor.require(Permission.DOCUMENT_ISSUE)
    from cjeapp.core.models import Activity
    from cjeapp.core.models import ActivitySession
    from cjeapp.core.models import Attendance
    from cjeapp.core.models import Enrolment

    with db.read_session() as session:
        client = _client(session, client_id)
        activity = session.get(Activity, activity_id)
        enrolment = session.scalar(select(Enrolment).where(
            Enrolment.activity_id == activity_id, Enrolment.client_id == client_id,
            Enrolment.status == "enrolled", Enrolment.deleted_at.is_(None)))
        if activity is None or enrolment is None:
            raise ValidationError([FieldError("activity_id", msg(N_(
                "This person is not enrolled in that activity.")))])
        present = {row.session_id: row.present for row in session.scalars(
            select(Attendance).where(Attendance.client_id == client_id,
                                     Attendance.deleted_at.is_(None)))}
        sittings = list(session.scalars(select(ActivitySession).where(
            ActivitySession.activity_id == activity_id,
            ActivitySession.deleted_at.is_(None)).order_by(ActivitySession.starts_at)))
        now = clock.now()
        held = [s for s in sittings if s.starts_at <= now]
        lines = [kinds.SessionLine(s.starts_at.astimezone(clock.LOCAL_ZONE).date(), s.hours,
                                   s.part_number, present.get(s.id, False)) for s in held]
        if not any(line.present and line.hours > 0 for line in lines):
            raise ValidationError([FieldError("activity_id", msg(N_(
                "{person} attended no session of \"{activity}\" yet: an attestation of "
                "participation needs at least one session attended."),
                person=_person(client), activity=activity.title))])
        to_come = [s for s in sittings if s.starts_at > now]
        until = to_come[-1].starts_at.astimezone(clock.LOCAL_ZONE).date() if to_come else None
        lang = language or client.preferred_language
        title, blocks = kinds.participation(_person(client), activity.title, lines,
                                            activity.parts_required, enrolment.completed, lang,
                                            continues_until=until)
        blocks = _with_own_script(blocks, client, lang)
    return Draft("attestation_participation", client_id, lang, title, blocks,
                 activity_id=activity_id)


def services_draft(db: Database, actor: Actor, client_id: ClientId, first: date, last: date,
                   language: str | None = None) -> Draft:
    actor.require(Permission.DOCUMENT_ISSUE)
    from cjeapp.core.codelists import codelist
    from cjeapp.core.models import ServiceRecord

    if last < first:
        raise ValidationError([FieldError("period_to", msg(N_(
            "The end of the period comes before its start.")))])
    if first > clock.today():
        raise ValidationError([FieldError("period_from", msg(N_(
            "The period starts after today: an attestation covers services already "
            "received.")))])
    last = min(last, clock.today())
    with db.read_session() as session:
        client = _client(session, client_id)
        lang = language or client.preferred_language
        lines = [kinds.ServiceLine(record.delivered_on,
                                   codelist("service_types").label(record.service_type, lang),
                                   record.duration_minutes)
                 for record in session.scalars(select(ServiceRecord).where(
                     ServiceRecord.client_id == client_id, ServiceRecord.deleted_at.is_(None),
                     ServiceRecord.delivered_on >= first, ServiceRecord.delivered_on <= last)
                     .order_by(ServiceRecord.delivered_on))]
    if not lines:
        raise ValidationError([FieldError("period_from", msg(N_(
            "No service was recorded for this person in that period.")))])
    title, blocks = kinds.services_received(_person(client), first, last, lines, lang)
    blocks = _with_own_script(blocks, client, lang)
    return Draft("attestation_services", client_id, lang, title, blocks,
                 period_from=first, period_to=last)


def referral_draft(db: Database, actor: Actor, referral_id: str,
                   language: str | None = None) -> Draft:
    actor.require(Permission.DOCUMENT_ISSUE)
    from cjeapp.core.models import Consent
    from cjeapp.core.models import Partner
    from cjeapp.core.models import Referral

    with db.read_session() as session:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise ValidationError([FieldError("referral_id", msg(N_("Choose the referral.")))])
        client = _client(session, referral.client_id)
        partner = session.get(Partner, referral.partner_id)
        if not (partner is not None):
            raise Inconsistent("partner is not None")
        consent = next((c for c in session.scalars(select(Consent).where(
            Consent.client_id == client.id, Consent.purpose == "referral",
            Consent.partner_id == partner.id, Consent.deleted_at.is_(None))
            .order_by(Consent.given_on.desc())) if c.is_valid_on(clock.today())), None)
        if consent is None:
            raise ValidationError([FieldError("referral_id", msg(N_(
                "{person} no longer consents to sharing with {partner} (the consent was "
                "withdrawn or has expired): the letter cannot be issued until a new consent "
                "is recorded."), person=_person(client), partner=partner.name))])
        counsellor = session.get(User, client.assigned_counsellor_id) \
            if client.assigned_counsellor_id else None
        lang = language or client.preferred_language
        title, blocks = kinds.referral_letter(
            _person(client), partner.name, partner.contact_person, referral.reason,
            referral.referred_on, counsellor.full_name if counsellor else "",
            consent.given_on, lang, person_contact=_reach(client.phone, client.email),
            interpreter=language_name(client.interpreter_language, lang)
            if client.interpreter_needed and client.interpreter_language else None,
            counsellor_contact=_counsellor_contact(session, counsellor))
        blocks = _with_own_script(blocks, client, lang)
    return Draft("referral_letter", client.id, lang, title, blocks, partner_id=partner.id)


def _reach(phone: str | None, email: str | None) -> str | None:
    """A phone number and an e-mail address, those that are known."""
    return " · ".join(part for part in (phone, email) if part) or None


def _counsellor_contact(session: Session, counsellor: User | None) -> str | None:
    """How to reach the counsellor: their office's phone number and their e-mail address,
    else the organization's."""
    if counsellor is None:
        return None
    office = session.get(Office, counsellor.office_id) if counsellor.office_id else None
    main = session.scalars(select(Organization).where(Organization.deleted_at.is_(None))
                           .order_by(Organization.created_at).limit(1)).first()
    phone = (office.phone if office else None) or (main.phone if main else None)
    return _reach(phone, counsellor.email or (main.email if main else None))


def _client(session: Session, client_id: ClientId) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise CjeError(msg(N_("No {what} was found with the identifier {ident}."),
                           what="client file", ident=client_id))
    return client


# -- the register ------------------------------------------------------------------------------
def reprint(db: Database, actor: Actor, document_id: str) -> IssuedPdf:
    """A copy of the same document (same words, number and code), marked COPY. Reception
    may reprint a collection notice; any other document is reprinted by case workers."""
    actor.require(Permission.CLIENT_WRITE)
    with unit_of_work(db, actor) as uow:
        original = uow.get(IssuedDocument, document_id, what="document")
        while original.copy_of_id:
            original = uow.get(IssuedDocument, original.copy_of_id, what="document")
        actor.require(permission_for(original.kind))
        if original.revoked_at is not None:
            raise CjeError(msg(N_("A revoked document cannot be reprinted.")))
        if not original.content:
            raise CjeError(msg(N_("This document was issued before copies were possible.")))
        content: dict[str, Any] = json.loads(original.content)
        copies = uow.session.scalar(select(func.count()).select_from(IssuedDocument).where(
            IssuedDocument.copy_of_id == original.id)) or 0
        draft = Draft(original.kind, original.client_id, original.language, content["title"],
                      [tuple(block) for block in content["blocks"]], original.activity_id,
                      original.partner_id, original.period_from, original.period_to)
        return register_draft(uow, draft, letterhead(uow.session, draft.language),
                      number=f"{original.number}-C{copies + 1}", copy_of=original)


def revoke(db: Database, actor: Actor, document_id: str, reason: str) -> IssuedDocument:
    actor.require(Permission.DOCUMENT_ISSUE)
    if not reason.strip():
        raise ValidationError([FieldError("revoke_reason", msg(N_(
            "Say why the document is revoked.")))])
    with unit_of_work(db, actor) as uow:
        document = uow.get(IssuedDocument, document_id, what="document")
        if document.revoked_at is not None:
            raise CjeError(msg(N_("This document is already revoked.")))
        revoked = {"revoked_at": clock.now(), "revoked_by": actor.user_id,
                   "revoke_reason": reason.strip()}
        # Its marked copies say what it said: they are revoked with it.
        for copy in uow.session.scalars(select(IssuedDocument).where(
                IssuedDocument.copy_of_id == document.id,
                IssuedDocument.revoked_at.is_(None))):
            uow.change(copy, revoked)
        return uow.change(document, revoked)


def verify(db: Database, pdf: bytes) -> Verification:
    """Is this file a document we issued, unchanged and not revoked?"""
    digest = register.sha256(pdf)
    with db.read_session() as session:
        document = session.scalar(select(IssuedDocument).where(IssuedDocument.sha256 == digest))
        if document is None:
            stamp = metadata_of(pdf)
            known = session.scalar(select(IssuedDocument).where(
                IssuedDocument.number == stamp[0])) if stamp else None
            if known is not None:
                return Verification(False, msg(N_(
                    "Document {number} is in the register, but this file was altered: its "
                    "fingerprint does not match."), number=known.number), known)
            return Verification(False, msg(N_("This file is not a document of the register.")))
    if document.revoked_at is not None:
        return Verification(False, msg(N_("Document {number} was revoked: {reason}"),
                                       number=document.number,
                                       reason=document.revoke_reason or ""), document)
    return Verification(True, msg(N_("Document {number} is genuine (issued {date})."),
                                  number=document.number,
                                  date=document.issued_at.date().isoformat()), document)


@dataclass(frozen=True)
class DocumentRow:
    """A line of a person's register of documents, as the Documents section lists it."""

    id: str
    number: str
    kind: str
    issued_at: datetime
    revoked: bool
    is_copy: bool


def documents_of(db: Database, actor: Actor, client_id: ClientId) -> list[DocumentRow]:
    """The person's documents; to those who do no case work, only the collection notices."""
    actor.require(Permission.CLIENT_READ)
    query = select(IssuedDocument).where(IssuedDocument.client_id == client_id)
    if not actor.can(Permission.DOCUMENT_ISSUE):
        query = query.where(IssuedDocument.kind == "collection_notice")
    with db.read_session() as session:
        return [DocumentRow(d.id, d.number, d.kind, d.issued_at, d.revoked_at is not None,
                            d.copy_of_id is not None)
                for d in session.scalars(query.order_by(IssuedDocument.issued_at.desc(),
                                                        IssuedDocument.number.desc()))]



