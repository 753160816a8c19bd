"""Requests that must be answered within a deadline (72 business hours by default)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta

from cjeapp.core import clock
from cjeapp.core.calendar.deadlines import request_due
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.models import Client
from cjeapp.core.models import Request
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


@dataclass(frozen=True)
class ClosedRequest:
    id: str
    answered_at: datetime
    time_taken: timedelta
    on_time: bool


def open_request(db: Database, actor: Actor, client_id: ClientId, *, subject: str, channel: str,
                 priority: str = "normal", assigned_to: UserId | None = None,
                 received_at: datetime | None = None) -> Request:
    actor.require(Permission.CLIENT_WRITE)
    check = Validator()
    text = check.text("subject", subject, required=True, max_length=300)
    check.code("channel", channel, "request_channels", required=True)
    check.code("priority", priority, "priorities", required=True)
    check.raise_if_any()
    if not (text):
        raise Inconsistent("text")
    received = received_at or clock.now()
    with unit_of_work(db, actor) as uow:
        client = uow.get(Client, client_id, what="client file")
        return uow.add(Request(
            client_id=client_id, subject=text, channel=channel, priority=priority,
            received_at=received, due_at=request_due(db, received, client.office_id),
            assigned_to=assigned_to or client.assigned_counsellor_id, status="open"))


def close_request(db: Database, actor: Actor, request_id: str, answer: str) -> ClosedRequest:
    """Record the answer; the time taken is kept for the director's figures."""
    actor.require(Permission.CASEWORK_WRITE)
    check = Validator()
    text = check.long_text("answer", answer, required=True, max_length=4000)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        request = uow.get(Request, request_id, what="request")
        if request.status != "open":
            raise CjeError(msg(N_("This request is already closed.")))
        now = clock.now()
        uow.change(request, {"status": "closed", "answered_at": now, "answer": text})
        return ClosedRequest(request.id, now, now - request.received_at, now <= request.due_at)
