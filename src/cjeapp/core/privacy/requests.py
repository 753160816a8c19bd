"""The register of a person's requests under Law 25: access to their file (section 27),
a copy in a structured format (27.1), rectification (28), withdrawal of a consent. Each is
answered within 30 calendar days of its receipt (section 32); the register shows the
deadline, in red when it is near, and keeps what was answered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import timedelta

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import PrivacyRequest
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.privacy import audit_viewer
from cjeapp.core.privacy.audit_viewer import AuditRow
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator

DEADLINE_DAYS = 30  # calendar days (section 32 of the Act)
NEAR_DAYS = 7  # the deadline is shown in red from this many days before it


@dataclass
class RequestForm:
    client_id: ClientId | None
    kind: str
    received_on: date | None
    requester: str | None = None  # who asked, when it is not the person (a lawyer, a parent)
    details: str | None = None


@dataclass(frozen=True)
class RequestRow:
    id: str
    version: int
    client_id: ClientId
    person: str
    kind: str
    requester: str | None
    received_on: date
    due_on: date
    details: str | None
    answered_on: date | None
    answer: str | None
    withheld_reason: str | None

    @property
    def open(self) -> bool:
        return self.answered_on is None

    def near(self, today: date) -> bool:
        """Still open with its deadline at most NEAR_DAYS away (or passed)."""
        return self.open and (self.due_on - today).days <= NEAR_DAYS


def due_on(received_on: date) -> date:
    return received_on + timedelta(days=DEADLINE_DAYS)


def record_request(db: Database, actor: Actor, form: RequestForm) -> RequestRow:
    actor.require(Permission.PRIVACY_ADMIN)
    check = Validator()
    check.code("kind", form.kind, "privacy_request_kinds", required=True)
    received = check.past_or_today("received_on", form.received_on, required=True)
    requester = check.text("requester", form.requester)
    details = check.long_text("details", form.details, max_length=4000)
    if not form.client_id:
        check.fail("client_id", N_("Choose the person whose file the request concerns."))
    check.raise_if_any()
    if received is None or form.client_id is None:
        raise ValidationError([FieldError("received_on", msg(N_("Enter a date.")))])
    with unit_of_work(db, actor) as uow:
        client = uow.get(Client, form.client_id, what="client file")
        request = uow.add(PrivacyRequest(
            client_id=client.id, kind=form.kind, requester=requester, received_on=received,
            due_on=due_on(received), details=details))
        return _row(request, client)


def answer_request(db: Database, actor: Actor, request_id: str, *, answered_on: date | None,
                   answer: str, expected_version: int) -> RequestRow:
    """Record what was answered and when (a rectification is made in the file itself, by
    the usual screens; the answer says what changed)."""
    actor.require(Permission.PRIVACY_ADMIN)
    check = Validator()
    day = check.past_or_today("answered_on", answered_on, required=True)
    text = check.long_text("answer", answer, required=True, max_length=4000)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        request = uow.get(PrivacyRequest, request_id, what="request")
        if day is not None and day < request.received_on:
            raise ValidationError([FieldError("answered_on", msg(N_(
                "The answer comes on or after the day the request was received.")))])
        uow.change(request, {"answered_on": day, "answer": text},
                   expected_version=expected_version)
        return _row(request, uow.get(Client, request.client_id, what="client file"))


def note_withheld(db: Database, actor: Actor, request_id: str, reason: str | None) -> None:
    """Keep on the request why part of the file was withheld from the copy given."""
    actor.require(Permission.PRIVACY_ADMIN)
    with unit_of_work(db, actor) as uow:
        request = uow.get(PrivacyRequest, request_id, what="request")
        uow.change(request, {"withheld_reason": reason})


def list_requests(db: Database, actor: Actor, *, open_only: bool = False,
                  client_id: ClientId | None = None) -> list[RequestRow]:
    """Open requests first, by deadline; then the answered ones, newest first. Reading the
    register is audited."""
    actor.require(Permission.PRIVACY_ADMIN)
    query = (select(PrivacyRequest, Client).join(Client, Client.id == PrivacyRequest.client_id)
             .where(PrivacyRequest.deleted_at.is_(None)))
    if open_only:
        query = query.where(PrivacyRequest.answered_on.is_(None))
    if client_id:
        query = query.where(PrivacyRequest.client_id == client_id)
    with unit_of_work(db, actor) as uow:
        rows = [_row(request, client) for request, client in uow.session.execute(query)]
        uow.audit("view", "privacy_requests", None, {"count": len(rows)})
    answered = sorted((r for r in rows if not r.open), key=lambda r: r.received_on,
                      reverse=True)
    return sorted((r for r in rows if r.open), key=lambda r: r.due_on) + answered


def _row(request: PrivacyRequest, client: Client) -> RequestRow:
    return RequestRow(request.id, request.version, request.client_id,
                      f"{client.first_name} {client.last_name}", request.kind,
                      request.requester, request.received_on, request.due_on, request.details,
                      request.answered_on, request.answer, request.withheld_reason)


def changes_since_request(db: Database, actor: Actor, request_id: str) -> list[AuditRow]:
    """What was changed in the person's file since the request was recorded (oldest
    first): the register's link to a rectification, which is made in the file itself."""
    actor.require(Permission.PRIVACY_ADMIN)
    with db.read_session() as session:
        request = session.get(PrivacyRequest, request_id)
        if request is None or request.deleted_at is not None:
            raise ValidationError([FieldError("request_id", msg(N_("Choose the request.")))])
        client_id = request.client_id
    return audit_viewer.changes_after(db, actor, client_id, request_id)
