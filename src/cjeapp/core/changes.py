"""What a user action changed, so that every open screen can refresh what it shows.

Every unit of work knows the tables it wrote (``Touched``): once it has committed, the
database tells whoever listens (``Database.change_listeners``) which kinds of data changed
and for whom (``TABLE_KINDS``), whatever screen, command or thread made the change.
Screens listen for the kinds they display. What is not a table's row (a backup file
made) is still announced by the screen that made it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from cjeapp.core.ids import ClientId

log = logging.getLogger(__name__)


class ChangeKind(StrEnum):
    CLIENTS = "clients"  # identity, household members
    VISITS = "visits"  # the desk's waiting list
    APPOINTMENTS = "appointments"
    REQUESTS = "requests"
    CASEWORK = "casework"  # assessments, plans, services, referrals, transport, housing
    DOCUMENTS = "documents"
    PARTNERS = "partners"
    USERS = "users"
    SETTINGS = "settings"
    BACKUPS = "backups"  # a backup made, the backup folder or rotation changed
    PRIVACY = "privacy"  # the registers of confidentiality incidents and of people's requests


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    client_id: ClientId | None = None
    """The person whose file changed, when the change concerns one person."""
    origin: object | None = None
    """The screen that made the change (it has already refreshed itself)."""

    def concerns(self, client_id: ClientId) -> bool:
        """True when a screen showing ``client_id`` should refresh."""
        return self.client_id is None or self.client_id == client_id


_CASEWORK = ("needs_assessments", "needs", "action_plans", "plan_items", "plan_changes",
             "service_records", "referrals", "housing_requests", "housing_steps",
             "transport_requests", "transport_trips", "activities", "activity_sessions",
             "enrolments", "attendance")
# What screens hear of a write to each table (tables not named here are bookkeeping: the
# audit log, the exchange's and the imports' own records, sign-in throttling...).
TABLE_KINDS: dict[str, tuple[ChangeKind, ...]] = {
    **{table: (ChangeKind.CLIENTS,) for table in (
        "clients", "households", "household_members", "client_languages", "consents",
        "confidential_notes")},
    **{table: (ChangeKind.CASEWORK,) for table in _CASEWORK},
    "visits": (ChangeKind.VISITS,),
    "appointments": (ChangeKind.APPOINTMENTS,),
    "requests": (ChangeKind.REQUESTS,),
    "issued_documents": (ChangeKind.DOCUMENTS,),
    "partners": (ChangeKind.PARTNERS,),
    "users": (ChangeKind.USERS,),
    "offices": (ChangeKind.SETTINGS, ChangeKind.VISITS),  # the desk's list of offices
    "organizations": (ChangeKind.SETTINGS,),
    "settings": (ChangeKind.SETTINGS,),
    "transport_rules": (ChangeKind.SETTINGS,),
    "confidentiality_incidents": (ChangeKind.PRIVACY,),
    "privacy_requests": (ChangeKind.PRIVACY,),
}
MANY = 50  # past this many people in one action, one change for everyone's files


class Touched:
    """The rows a unit of work wrote, gathered after each flush of its session."""

    def __init__(self) -> None:
        self.rows: set[tuple[str, str | None]] = set()  # (table, the person's id or None)

    def after_flush(self, session: Any, _context: Any) -> None:
        for record in (*session.new, *session.deleted,
                       *(r for r in session.dirty if session.is_modified(r))):
            self.note(getattr(record, "__tablename__", ""), _person_of(session, record))

    def note(self, table: str, client_id: str | None) -> None:
        if table in TABLE_KINDS:
            self.rows.add((table, client_id))

    def changes(self) -> tuple[Change, ...]:
        """The changes to announce: a kind for each person, or for everyone."""
        found: dict[ChangeKind, set[str | None]] = {}
        for table, client_id in self.rows:
            for kind in TABLE_KINDS[table]:
                found.setdefault(kind, set()).add(client_id)
        return tuple(change for kind, people in found.items()
                     for change in _changes(kind, people))


def _changes(kind: ChangeKind, people: set[str | None]) -> list[Change]:
    if None in people or len(people) > MANY:
        return [Change(kind)]
    return [Change(kind, ClientId(str(person))) for person in sorted(people, key=str)]


# Rows without the person's id whose parent row holds it: (the parent's key, its table).
PARENTS = {"plan_items": ("plan_id", "action_plans"), "plan_changes": ("plan_id", "action_plans"),
           "needs": ("assessment_id", "needs_assessments"),
           "transport_trips": ("request_id", "transport_requests"),
           "housing_steps": ("request_id", "housing_requests")}


def _person_of(session: Any, record: object, depth: int = 0) -> str | None:
    """Whose file a row belongs to; None for no one or when it cannot be told from the
    rows the session already holds (no query in the middle of a flush)."""
    table = getattr(record, "__tablename__", "")
    if table == "clients":
        return str(record.id)  # type: ignore[attr-defined]
    person = getattr(record, "client_id", None)
    if person is not None or table not in PARENTS or depth:
        return None if person is None else str(person)
    key, parent_table = PARENTS[table]
    ident = getattr(record, key, None)
    parent = None if ident is None else session.identity_map.get(
        session.identity_key(_model_of(parent_table), ident))
    return None if parent is None else _person_of(session, parent, depth + 1)


@cache
def _model_of(table: str) -> Any:
    from cjeapp.core.models import Record  # models import this module's neighbours

    return next(m.class_ for m in Record.registry.mappers if m.class_.__tablename__ == table)


def tell(listeners: Iterable[Any], changes: tuple[Change, ...]) -> None:
    """Give committed changes to each listener (a callable taking the changes). The work
    has committed: a listener that fails is logged, never turned into the work's failure."""
    if not changes:
        return
    for listener in list(listeners):
        try:
            listener(changes)
        except Exception:  # a screen's refresh gone wrong must not undo a saved action
            log.exception("a listener of the database's changes failed")
