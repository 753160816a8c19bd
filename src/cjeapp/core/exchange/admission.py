"""What the office admits from a laptop: each incoming row judged as if the laptop's
counsellor made that change at the office — their role as the office knows it (never as the
laptop says), the laptop's share, and every value checked for its column.

A laptop proves who it is (its signature), never what it may do. So:
- what grants power never comes up: the organization, its offices, settings, transport
  rules; of an account, only its own counsellor's password (as a counsellor changes their
  own at the office), never a role, a name, a privacy officer, an office or another person;
- each table is written only with the permission its screens need (a file deleted needs
  the right to delete files, a trip the right to decide transport…);
- rows outside the laptop's share are refused: a person not assigned to its counsellor,
  a row of someone else's file;
- each value has its column's type, length and code; no control character; a reference
  to a record that exists (at the office, or admitted from the same file).

A refused row changes nothing at the office; it is listed for the coordinator with its
reason (no personal value in the reason, in a log or on stderr), the office's own version
goes back down, and the laptop is told at the next exchange. The rest of the file applies:
a counsellor's day of genuine work is not held hostage by one row."""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from decimal import Decimal
from decimal import InvalidOperation
from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy import Boolean
from sqlalchemy import Connection
from sqlalchemy import Date
from sqlalchemy import Integer
from sqlalchemy import LargeBinary
from sqlalchemy import Numeric
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import select

from cjeapp.core.codelists import codelist
from cjeapp.core.db.findings import ORDERED_TIMES
from cjeapp.core.db.server_logins import SERVER_LOGIN
from cjeapp.core.exchange.activity_rules import attendance_problem
from cjeapp.core.exchange.activity_rules import enrolment_problem
from cjeapp.core.exchange.rows import STAMP_COLUMNS
from cjeapp.core.exchange.rows import Row
from cjeapp.core.exchange.rows import content_columns
from cjeapp.core.exchange.rows import table
from cjeapp.core.exchange.rules import NATURAL_KEYS
from cjeapp.core.exchange.share import BY_NATURE
from cjeapp.core.exchange.share import THROUGH_PARENT
from cjeapp.core.fields import name_caption
from cjeapp.core.fields.derived import DERIVED
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.models import UTCDateTime
from cjeapp.core.permissions import ROLE_PERMISSIONS
from cjeapp.core.permissions import Permission
from cjeapp.core.permissions import Role

# Conflicts' ids are derived from what they are about (packages.CONFLICT_NAMESPACE).
CONFLICT_NAMESPACE = uuid.UUID("6f1f5bde-3d5e-4c55-9a43-2a1f0d3c9e41")
# Tables no laptop changes: they grant power or belong to the whole office.
NEVER_FROM_A_LAPTOP = frozenset({"organizations", "offices", "settings", "transport_rules",
                                 # who holds which key: handed on at the office only
                                 "key_holders", "key_grants"})
# What the office's services check of an activity's rows, checked of a laptop's too.
ACTIVITY_RULES = {"enrolments": enrolment_problem, "attendance": attendance_problem}
# Of an account, what its own counsellor changes on a laptop (their password).
OWN_ACCOUNT_COLUMNS = frozenset({"password_hash", "must_change_password"}) | STAMP_COLUMNS
# The permission a screen needs to write each table (at the office, for that role).
WRITES: dict[str, Permission] = {
    "households": Permission.CLIENT_WRITE, "clients": Permission.CLIENT_WRITE,
    "client_languages": Permission.CLIENT_WRITE, "household_members": Permission.CLIENT_WRITE,
    "consents": Permission.CONSENT_WRITE, "confidential_notes": Permission.CONFIDENTIAL_WRITE,
    "partners": Permission.PARTNER_WRITE, "activities": Permission.ACTIVITY_WRITE,
    "activity_sessions": Permission.ACTIVITY_WRITE, "enrolments": Permission.ACTIVITY_WRITE,
    "attendance": Permission.ACTIVITY_WRITE, "needs_assessments": Permission.CASEWORK_WRITE,
    "needs": Permission.CASEWORK_WRITE, "action_plans": Permission.CASEWORK_WRITE,
    "plan_items": Permission.CASEWORK_WRITE, "plan_changes": Permission.CASEWORK_WRITE,
    "service_records": Permission.CASEWORK_WRITE, "referrals": Permission.CASEWORK_WRITE,
    "housing_requests": Permission.CASEWORK_WRITE, "housing_steps": Permission.CASEWORK_WRITE,
    "transport_requests": Permission.CASEWORK_WRITE,
    "transport_trips": Permission.TRANSPORT_DECIDE, "visits": Permission.VISIT_WRITE,
    "appointments": Permission.APPOINTMENT_WRITE, "requests": Permission.VISIT_WRITE,
    "issued_documents": Permission.DOCUMENT_ISSUE,
    "exchange_conflicts": Permission.EXCHANGE,
}
# Columns whose change needs more than the table's permission.
COLUMN_WRITES: dict[tuple[str, str], Permission] = {
    ("clients", "deleted_at"): Permission.CLIENT_DELETE,
    ("clients", "destroyed_on"): Permission.PRIVACY_ADMIN,  # Law 25's erasure is the office's
    ("transport_requests", "decision"): Permission.TRANSPORT_DECIDE,
    ("transport_requests", "decided_by"): Permission.TRANSPORT_DECIDE,
    ("transport_requests", "decided_at"): Permission.TRANSPORT_DECIDE,
}
# Who did something: a laptop writes only its own counsellors there (or leaves it as it was).
AUTHOR_COLUMNS = frozenset({"updated_by", "author_id", "recorded_by", "issued_by",
                            "revoked_by", "decided_by", "changed_by", "taken_by",
                            "withdrawn_by", "resolved_by"})
# Of a document the office knows, a laptop changes only its revocation (from none to one).
REVOCATION = frozenset({"revoked_at", "revoked_by", "revoke_reason"}) | STAMP_COLUMNS
CODES: dict[tuple[str, str], str] = {
    ("clients", "sex"): "sexes", ("clients", "french_level"): "french_levels",
    ("clients", "immigration_category"): "immigration_categories",
    ("clients", "immigration_status"): "immigration_statuses",
    ("clients", "region_code"): "regions", ("households", "region_code"): "regions",
    ("partners", "kind"): "partner_kinds", ("activities", "kind"): "activity_kinds",
    ("appointments", "kind"): "appointment_kinds", ("appointments", "place"): "appointment_places",
    ("consents", "purpose"): "consent_purposes", ("consents", "method"): "consent_methods",
    ("household_members", "relationship"): "relationships",
    ("household_members", "school_need"): "school_needs",
    ("housing_steps", "kind"): "housing_steps", ("needs", "need_code"): "needs",
    ("needs", "priority"): "priorities", ("requests", "channel"): "request_channels",
    ("requests", "priority"): "priorities",
    ("transport_requests", "destination_kind"): "transport_destinations",
    ("transport_requests", "decision"): "transport_decisions",
    ("transport_requests", "proposed_decision"): "transport_decisions",
    ("plan_items", "area"): "plan_areas", ("plan_items", "status"): "plan_item_statuses",
    ("referrals", "outcome"): "referral_outcomes",
    ("service_records", "service_type"): "service_types",
    ("service_records", "volet"): "pasi_volets",
    ("issued_documents", "kind"): "document_kinds",
}
STATES: dict[tuple[str, str], frozenset[str]] = {
    ("appointments", "status"): frozenset({"booked", "attended", "no_show", "cancelled"}),
    ("enrolments", "status"): frozenset({"enrolled", "waiting", "withdrawn"}),
    ("exchange_conflicts", "kind"): frozenset({"field", "deletion", "booking", "capacity",
                                               "same_person"}),
}
# Tables whose rows belong to a person: a reference to one must stay in the laptop's share.
SHARED_BY_PERSON = frozenset(set(WRITES) - BY_NATURE - {"exchange_conflicts"})
TEXT_LIMIT = 200_000  # characters of a free text (a long note, a plan's actions)
# A document's content (its blocks as JSON: a year of services listed) may be longer.
TEXT_LIMITS = {("issued_documents", "content"): 2_000_000}
BINARY_LIMIT = 2_000_000  # bytes of an image
EARLIEST, LATEST = 1900, 2100  # years a date or a time may have
# Any control character in a one-line value; in a text, all but tab and line breaks.
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Refusal:
    table: str
    row_id: str
    column: str  # "" when the row as a whole is refused
    client_id: str | None
    reason: Message

    def as_json(self) -> str:
        return json.dumps({"msgid": self.reason.msgid, "params": self.reason.params},
                          ensure_ascii=False, sort_keys=True)


def reason_of(text: str | None) -> Message:
    """A refusal's reason, as the conflict keeps it (a message and its parameters), with
    the field named as people read it, never by the program's name for it."""
    try:
        found = json.loads(text or "{}")
        params: dict[str, Any] = {str(key): str(value) for key, value
                                  in dict(found.get("params") or {}).items()}
        if "column" in params:
            params["column"] = msg(name_caption(params["column"]) or N_("a field"))
        return msg(str(found["msgid"]), **params)
    except (ValueError, KeyError, TypeError, AttributeError):
        return msg(N_("The office refused this change."))


def value_problem(name: str, column: str, value: Any) -> Message | None:
    """Why ``value`` cannot be the ``column`` of a ``name`` row (None when it can). Never
    quotes the value: it may be a person's."""
    target = table(name).columns[column]
    kind = target.type
    if value is None:
        if not target.nullable and not target.primary_key:
            return msg(N_("« {column} » is empty, and it may not be."), column=column)
        return None
    if isinstance(kind, Boolean):
        return None if isinstance(value, bool) else _bad(column)
    if isinstance(kind, Integer | BigInteger):
        bound = 2 ** 63 - 1 if isinstance(kind, BigInteger) else 2 ** 31 - 1
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > bound:
            return _bad(column)
        return None
    if not isinstance(value, str):
        return _bad(column)
    if isinstance(kind, UTCDateTime):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return _bad(column)
        if moment.tzinfo is None:
            return _bad(column)  # a moment without its offset is not a moment
        return None if EARLIEST <= moment.year <= LATEST else _bad(column)
    if isinstance(kind, Date):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return _bad(column)
        return None if EARLIEST <= day.year <= LATEST else _bad(column)
    if isinstance(kind, Numeric):
        try:
            number = Decimal(value)
        except (InvalidOperation, ValueError):
            return _bad(column)
        if not number.is_finite() or len(value) > 30 or abs(number) >= 10 ** 12 \
                or number.as_tuple().exponent < -6:  # type: ignore[operator]
            return _bad(column)
        return None
    if isinstance(kind, LargeBinary):
        if len(value) > BINARY_LIMIT * 4 // 3 + 4:
            return _too_long(column)
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return _bad(column)
        return None
    return _text_problem(name, column, kind, value)


def _text_problem(name: str, column: str, kind: Any, value: str) -> Message | None:
    one_line = isinstance(kind, String) and not isinstance(kind, Text) and kind.length
    limit = kind.length if one_line else TEXT_LIMITS.get((name, column), TEXT_LIMIT)
    if len(value) > limit:
        return _too_long(column)
    if (_LINE_CONTROL if one_line else _TEXT_CONTROL).search(value):
        return msg(N_("« {column} » holds a control character."), column=column)
    code_list = CODES.get((name, column))
    if code_list is not None and value not in set(codelist(code_list).values()):
        return msg(N_("« {column} » holds a code this program does not know."), column=column)
    states = STATES.get((name, column))
    if states is not None and value not in states:
        return msg(N_("« {column} » holds a code this program does not know."), column=column)
    return None


def _bad(column: str) -> Message:
    return msg(N_("« {column} » does not hold a value of its kind."), column=column)


def _too_long(column: str) -> Message:
    return msg(N_("« {column} » is too long."), column=column)


@dataclass
class Admission:
    """One import's judge: the laptop's counsellors and their role at the office, the
    laptop's share, and the rows admitted so far (a child row may name a parent admitted
    from the same file)."""

    connection: Connection
    peer_id: str
    counsellors: frozenset[str]
    permissions: frozenset[Permission]
    share: dict[str, set[str]]
    prefix: str = ""  # the laptop's own document series (2026-L1-000001)
    admitted: dict[str, set[str]] = field(default_factory=dict)
    facts: set[tuple[Any, ...]] = field(default_factory=set)  # natural keys admitted
    # Answers already looked up in this import (a file names the same people, the same
    # counsellor, the same activity row after row): one query each, not one a row.
    _shared_before: dict[tuple[str, str], bool] = field(default_factory=dict)
    _existing: dict[tuple[str, str, str], bool] = field(default_factory=dict)

    @classmethod
    def for_laptop(cls, connection: Connection, peer_id: str, counsellors: Iterable[str],
                   share: dict[str, set[str]], prefix: str = "") -> Admission:
        """The laptop's counsellors as the office knows them: an account closed, deleted
        or unknown here writes nothing; a role is the office's, never the laptop's."""
        users = table("users")
        names = frozenset(str(item) for item in counsellors)
        roles = [Role(role) for role, active, deleted in connection.execute(select(
            users.c.role, users.c.active, users.c.deleted_at).where(
            users.c.id.in_(list(names))))
            if active and deleted is None and role in {item.value for item in Role}]
        allowed = frozenset.intersection(*(ROLE_PERMISSIONS[role] for role in roles)) \
            if len(roles) == len(names) and roles else frozenset()
        return cls(connection, peer_id, names, allowed, share, prefix)

    def refusal(self, name: str, theirs: Row, mine: Row | None, known: bool,
                base: Row | None) -> Refusal | None:
        """Why the office refuses this row from the laptop (None: it is admitted).
        ``known``: the office has sent or agreed this row with the laptop before; ``base``:
        the version both last agreed on (what the laptop changed is judged against it)."""
        def changed(column: str) -> bool:
            before = base if base is not None else mine
            if before is None:
                return theirs.get(column) is not None
            return theirs.get(column) != before.get(column)

        row_id = str(theirs.get("id"))
        client_id = self._client_of(name, theirs, mine)

        def refused(reason: Message, column: str = "") -> Refusal:
            return Refusal(name, row_id, column, client_id, reason)

        if name in NEVER_FROM_A_LAPTOP:
            return refused(msg(N_("A laptop does not change the organization's settings, "
                                  "offices or rules: they are changed at the office.")))
        if name == "users":
            return self._account(theirs, mine, {column for column in theirs
                                                if changed(column)}, refused)
        needed = WRITES.get(name)
        if needed is None or needed not in self.permissions:
            return refused(msg(N_("The laptop's counsellor may not make this change: "
                                  "their role at the office does not allow it.")))
        for column in content_columns(name):
            if column in DERIVED.get(name, {}):
                continue  # computed again here from the row's own values
            problem = value_problem(name, column, theirs.get(column))
            if problem is not None:
                return refused(problem, column)
        for (table_name, column), permission in COLUMN_WRITES.items():
            if table_name == name and permission not in self.permissions and changed(column):
                return refused(msg(N_("The laptop's counsellor may not make this change: "
                                      "their role at the office does not allow it.")), column)
        for column in AUTHOR_COLUMNS & set(theirs):
            if changed(column) and theirs.get(column) is not None \
                    and str(theirs.get(column)) not in self.counsellors:
                return refused(msg(N_("« {column} » names someone other than the laptop's "
                                      "counsellor: a laptop records only its own work."),
                                   column=column), column)
        for table_name, earlier, later, _sentence in ORDERED_TIMES:
            first, second = theirs.get(earlier), theirs.get(later)
            if table_name == name and isinstance(first, str) and isinstance(second, str) \
                    and datetime.fromisoformat(second) < datetime.fromisoformat(first):
                return refused(msg(N_("« {column} » comes before the time it follows."),
                                   column=later), later)
        if name == "exchange_conflicts":
            problem = self.conflict_problem(theirs)
            if problem is not None:
                return refused(problem)
        if name == "issued_documents":
            problem = self._document_problem(theirs, mine, changed)
            if problem is not None:
                return refused(problem)
        if not self._in_share(name, theirs, mine, known):
            return refused(msg(N_("This record is not in the laptop's share: the person "
                                  "is not assigned to its counsellor.")))
        missing = self._missing_reference(name, theirs)
        if missing is not None:
            return refused(msg(N_("« {column} » refers to a record the office does not "
                                  "have, or that is not in the laptop's share."),
                               column=missing), missing)
        rule = ACTIVITY_RULES.get(name)
        problem = rule(self.connection, theirs, changed) if rule is not None else None
        if problem is not None:
            return refused(problem)
        fact = self._fact(name, theirs, mine)
        if fact is not None and fact in self.facts:
            return refused(msg(N_("This file records the same fact twice (the same person "
                                  "enrolled, or present, twice).")))
        if fact is not None:
            self.facts.add(fact)
        return None

    def _fact(self, name: str, theirs: Row, mine: Row | None) -> tuple[Any, ...] | None:
        """A new row's natural key (one enrolment a person and activity…), for the rows
        of one file: the same fact twice in a file is refused the second time."""
        columns = NATURAL_KEYS.get(name)
        if columns is None or mine is not None:
            return None
        return (name, *(str(theirs.get(column)) for column in columns))

    def _document_problem(self, theirs: Row, mine: Row | None,
                          changed: Callable[[str], bool]) -> Message | None:
        """A document: a new one numbered in the laptop's own series and not taken; of one
        the office knows, only a revocation (never undone)."""
        if mine is not None:
            if any(changed(column) for column in set(theirs) - REVOCATION) \
                    or (mine.get("revoked_at") is not None and changed("revoked_at")):
                return msg(N_("A document once issued does not change: a laptop may only "
                              "revoke it."))
            return None
        number = theirs.get("number")
        if not (self.prefix and isinstance(number, str)
                and re.fullmatch(rf"\d{{4}}-{re.escape(self.prefix)}-\d{{6}}", number)):
            return msg(N_("A document issued on a laptop is numbered in that laptop's own "
                          "series."))
        documents = table("issued_documents")
        if self.connection.scalar(select(documents.c.id).where(
                documents.c.number == number).limit(1)) is not None:
            return msg(N_("This document number is already taken at the office."))
        return None

    def conflict_problem(self, theirs: Row) -> Message | None:
        """A conflict the laptop found on a field: about a row of its share and a field it
        may change itself, the person it names being that row's, values of that field's
        kind, its id the one its contents give (no id planted to hide another), and not
        decided (the office decides). Double bookings and capacities never come from a
        laptop: the office finds them itself when the rows meet."""
        target, column, row_id = theirs.get("table_name"), theirs.get("field"), \
            theirs.get("row_id")
        if theirs.get("resolved_at") is not None or theirs.get("resolution") is not None \
                or theirs.get("resolved_by") is not None:
            return msg(N_("A laptop does not decide conflicts: the office does."))
        unknown = msg(N_("This conflict is about a record or a field a laptop does not "
                         "change."))
        if theirs.get("kind") not in ("field", "deletion") or target not in WRITES \
                or target == "exchange_conflicts" or WRITES[target] not in self.permissions \
                or column not in content_columns(target) or column in STAMP_COLUMNS \
                or column == "id" or column in DERIVED.get(target, {}) \
                or not self._in(target, row_id):
            return unknown
        needed = COLUMN_WRITES.get((target, column))
        if needed is not None and needed not in self.permissions:
            return msg(N_("The laptop's counsellor may not make this change: their role at "
                          "the office does not allow it."))
        values: list[Any] = []
        for side in ("hub_value", "other_value"):
            try:
                values.append(json.loads(theirs.get(side) or "null"))
            except (TypeError, ValueError):
                return _bad(side)
        person = self._person_of(target, str(row_id))
        if theirs.get("client_id") is not None and theirs.get("client_id") != person:
            return unknown
        expected = uuid.uuid5(CONFLICT_NAMESPACE, "|".join(
            str(part) for part in (theirs.get("kind"), target, row_id, column,
                                   theirs.get("hub_value"), theirs.get("other_value"))))
        if str(expected) != theirs.get("id"):
            return unknown
        return value_problem(target, column, values[1])

    def _person_of(self, name: str, row_id: str) -> str | None:
        if name == "clients":
            return row_id
        target = table(name)
        if "client_id" not in target.c:
            return None
        found = self.connection.scalar(select(target.c.client_id).where(
            target.c.id == row_id))
        return str(found) if found is not None else None

    def admit(self, name: str, row_id: str) -> None:
        self.admitted.setdefault(name, set()).add(row_id)

    def _account(self, theirs: Row, mine: Row | None, changed: set[str],
                 refused: Callable[..., Refusal]) -> Refusal | None:
        """An account: only its own counsellor's password, changed as at the office."""
        if not changed:
            return None  # as agreed: the laptop holds the office's version
        if mine is None or str(theirs.get("id")) not in self.counsellors:
            return refused(msg(N_("A laptop does not change staff accounts: they are "
                                  "managed at the office.")))
        if changed - OWN_ACCOUNT_COLUMNS or (theirs.get("must_change_password") is True \
                and mine.get("must_change_password") is not True):
            return refused(msg(N_("A laptop changes only its counsellor's own password; the "
                                  "role, the name and the rest of an account are managed "
                                  "at the office.")))
        if mine.get("password_hash") == SERVER_LOGIN:
            return refused(msg(N_(
                "The password chosen on the laptop stays the laptop's: at this office each "
                "person's password is their own login on the server, changed at the "
                "office.")), "password_hash")
        hashed = theirs.get("password_hash")
        if "password_hash" in changed and not (
                isinstance(hashed, str) and hashed.startswith("$argon2id$")
                and len(hashed) <= 200 and not _LINE_CONTROL.search(hashed)):
            return refused(msg(N_("« {column} » does not hold a value of its kind."),
                               column="password_hash"), "password_hash")
        return None

    def _client_of(self, name: str, theirs: Row, mine: Row | None) -> str | None:
        """The person the refused row is about, when the office knows them in this
        laptop's share (never a name the file alone gives)."""
        if name == "clients":
            return str(theirs.get("id")) if mine is not None else None
        for value in ((mine or {}).get("client_id"), theirs.get("client_id")):
            if isinstance(value, str) and self._in("clients", value):
                return value
        return None

    def in_share(self, name: str, row_id: str) -> bool:
        return self._in(name, row_id)

    def _in(self, name: str, row_id: Any) -> bool:
        """In the laptop's share now, admitted from this file, or shared with this laptop
        before (a person reassigned away: the work done while they were its own is
        accepted until the laptop has let them go)."""
        if not isinstance(row_id, str):
            return False
        if row_id in self.share.get(name, set()) or row_id in self.admitted.get(name, set()):
            return True
        if (name, row_id) not in self._shared_before:
            bases = table("exchange_bases")
            self._shared_before[(name, row_id)] = self.connection.scalar(
                select(bases.c.row_id).where(
                    bases.c.peer_id == self.peer_id, bases.c.table_name == name,
                    bases.c.row_id == row_id).limit(1)) is not None
        return self._shared_before[(name, row_id)]

    def _in_share(self, name: str, theirs: Row, mine: Row | None, known: bool) -> bool:
        row_id = theirs.get("id")
        if known or row_id in self.share.get(name, set()) \
                or row_id in self.admitted.get(name, set()) or name in BY_NATURE \
                or name == "exchange_conflicts":
            return True  # (``known``: a base with this laptop, looked up by the caller)
        if mine is not None:
            return False  # the office's record, never shared with this laptop
        if name == "clients":
            return str(theirs.get("assigned_counsellor_id")) in self.counsellors
        if name == "households":
            return True  # a new household, reached only through its people
        if name == "household_members":
            return self._in("households", theirs.get("household_id"))
        if name in THROUGH_PARENT:
            column, parent = THROUGH_PARENT[name]
            return self._in(parent, theirs.get(column))
        if "client_id" in table(name).c:
            return self._in("clients", theirs.get("client_id"))
        return False

    def _missing_reference(self, name: str, theirs: Row) -> str | None:
        """The first column naming a record that exists neither at the office nor among
        the rows admitted from this file."""
        for column in table(name).columns:
            value = theirs.get(column.name)
            if value is None or not column.foreign_keys:
                continue
            target = next(iter(column.foreign_keys)).column
            if value in self.admitted.get(target.table.name, set()):
                continue
            if target.table.name in SHARED_BY_PERSON and not self._in(target.table.name, value):
                return column.name  # another person's household, plan, request…
            looked_up = (target.table.name, target.name, str(value))
            if looked_up not in self._existing:
                self._existing[looked_up] = self.connection.scalar(
                    select(target).where(target == value).limit(1)) is not None
            if not self._existing[looked_up]:
                return column.name
        return None
