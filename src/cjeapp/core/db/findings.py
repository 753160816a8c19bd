"""Business findings: what a person resolves, as opposed to damage.

*Damage* (SQLite's integrity, the schema's fingerprint, the audit chain, broken
references) means the file cannot be trusted: it stops a backup, and ``check`` exits 1.
A *finding* is work to do in records that are sound: a counsellor booked twice at once
(two sides of an exchange each booked the slot), an activity enrolled past its capacity,
a code this program does not know, a time before the one it follows. A finding never
stops a backup, the daily check or the closing; it names the record, why, and who fixes
it. The same queries run on the PC's file (a sqlite3 cursor) and on the office's server.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from typing import Any
from typing import Literal

from cjeapp.core import fields
from cjeapp.core.codelists import codelist
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_time

# A query's rows on whichever engine (the file's sqlite3 cursor, the server's connection).
Rows = Callable[[str], Sequence[Any]]
Kind = Literal["double_booking", "over_capacity", "unknown_code", "time_order"]
ACTIVE_APPOINTMENTS = "('booked', 'attended')"
LISTED = 200  # of each kind, at most: more of the same says itself in the count

# (table, column, what the record is) checked by `check`: the code list and the field's
# caption are the field registry's.
CODED_COLUMNS = (
    ("clients", "immigration_category", N_("A person's file")),
    ("clients", "region_code", N_("A person's file")),
    ("clients", "french_level", N_("A person's file")),
    ("service_records", "service_type", N_("A service")),
    ("appointments", "kind", N_("An appointment")),
    ("consents", "purpose", N_("A consent")),
    ("plan_items", "area", N_("An item of an action plan")),
    ("partners", "kind", N_("A partner")),
)

# (table, earlier column, later column, the sentence): the later may not come first.
ORDERED_TIMES = (
    ("visits", "arrived_at", "taken_at",
     N_("A visit at the desk was taken on {later} before the person arrived ({earlier}).")),
    ("visits", "taken_at", "closed_at",
     N_("A visit at the desk was closed on {later} before it was taken ({earlier}).")),
    ("appointments", "starts_at", "ends_at",
     N_("An appointment ends on {later}, before it starts ({earlier}).")),
    ("activity_sessions", "starts_at", "ends_at",
     N_("A session of a group activity ends on {later}, before it starts ({earlier}).")),
    ("requests", "received_at", "due_at",
     N_("A request is due on {later}, before it was received ({earlier}).")),
)


@dataclass(frozen=True)
class Finding:
    kind: Kind
    table: str
    row_id: str
    client_id: str | None
    what: Message  # which record, and why
    fix: Message  # who fixes it, and where
    other_id: str | None = None  # the other appointment of a double booking

    def __str__(self) -> str:
        return f"{self.what} {self.fix}"


def moment(value: Any) -> datetime:
    """A stored time as an aware datetime (SQLite gives UTC text, the server a datetime)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise TypeError(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def business_findings(rows: Rows) -> list[Finding]:
    """Every finding of the database that ``rows`` queries, double bookings first."""
    return (double_bookings(rows) + over_capacity(rows) + unknown_codes(rows)
            + times_out_of_order(rows))


def double_bookings(rows: Rows) -> list[Finding]:
    """Appointments of one counsellor that start before an earlier one has ended, each
    with the earlier appointment it overlaps (one finding a pair)."""
    found: list[Finding] = []
    for row_id, client_id, starts_at, ends_at, counsellor, other_id, other_starts, \
            other_ends in rows(
            "SELECT c.id, c.client_id, c.starts_at, c.ends_at, u.full_name, b.id,"
            " b.starts_at, b.ends_at FROM (SELECT id, client_id, counsellor_id, starts_at,"
            "  ends_at, max(ends_at) OVER (PARTITION BY counsellor_id ORDER BY starts_at, id"
            "  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_end"
            "  FROM appointments WHERE status IN " + ACTIVE_APPOINTMENTS +
            "  AND deleted_at IS NULL) AS c"
            " JOIN users u ON u.id = c.counsellor_id"
            " JOIN appointments b ON b.id = (SELECT e.id FROM appointments e"
            "  WHERE e.counsellor_id = c.counsellor_id AND e.id <> c.id"
            "  AND e.status IN " + ACTIVE_APPOINTMENTS + " AND e.deleted_at IS NULL"
            "  AND e.starts_at <= c.starts_at AND e.ends_at > c.starts_at"
            "  ORDER BY e.starts_at DESC, e.id LIMIT 1)"
            " WHERE c.starts_at < c.previous_end ORDER BY c.starts_at, c.id"):
        start, end = moment(starts_at), moment(ends_at)
        found.append(Finding(
            "double_booking", "appointments", str(row_id), client_id, msg(N_(
                "{counsellor} has two appointments at once: one on {start} to {end}, the "
                "other from {other_start} to {other_end}."),
                counsellor=counsellor, start=format_moment(start), end=format_time(end),
                other_start=format_time(moment(other_starts)),
                other_end=format_time(moment(other_ends))),
            msg(N_("The coordinator or the counsellor moves one of them to a free time, or "
                   "cancels it and tells the person (Agenda, or « Decide » here).")),
            other_id=str(other_id)))
        if len(found) >= LISTED:
            break
    return found


def over_capacity(rows: Rows) -> list[Finding]:
    """Group activities with more people enrolled than they have places."""
    found: list[Finding] = []
    for activity_id, title, capacity, enrolled in rows(
            "SELECT a.id, a.title, a.capacity, count(e.id) FROM activities a"
            " JOIN enrolments e ON e.activity_id = a.id AND e.status = 'enrolled'"
            " AND e.deleted_at IS NULL WHERE a.deleted_at IS NULL AND a.capacity IS NOT NULL"
            " GROUP BY a.id, a.title, a.capacity HAVING count(e.id) > a.capacity"
            " ORDER BY a.title, a.id"):
        found.append(Finding(
            "over_capacity", "activities", str(activity_id), None, msg(N_(
                "The activity « {title} » has {enrolled} people enrolled for {capacity} "
                "places."), title=title, enrolled=int(enrolled), capacity=int(capacity)),
            msg(N_("A counsellor or the coordinator chooses who goes on the waiting list "
                   "(Activités, or « Decide » here)."))))
    return found[:LISTED]


def unknown_codes(rows: Rows) -> list[Finding]:
    found: list[Finding] = []
    for table, column, record in CODED_COLUMNS:
        entry = fields.field(table, column)
        known = set(codelist(str(entry.codes)).values())
        person = "id" if table == "clients" else (
            "client_id" if table in ("service_records", "appointments", "consents")
            else "NULL")
        listed = 0
        for row_id, client_id, value in rows(
                f"SELECT id, {person}, {column} FROM {table} WHERE {column} IS NOT NULL"
                f" AND deleted_at IS NULL ORDER BY id"):
            if value in known:
                continue
            found.append(Finding(
                "unknown_code", table, str(row_id), client_id, msg(N_(
                    "{record}: « {field} » holds a value this program does not know: "
                    "« {value} »."), record=msg(record), field=msg(entry.caption),
                    value=str(value)[:80]),
                _fix_in_file(client_id)))
            listed += 1
            if listed >= LISTED:
                break
    return found


def times_out_of_order(rows: Rows) -> list[Finding]:
    found: list[Finding] = []
    for table, earlier, later, sentence in ORDERED_TIMES:
        person = "client_id" if table in ("visits", "appointments", "requests") else "NULL"
        for row_id, client_id, first, second in rows(
                f"SELECT id, {person}, {earlier}, {later} FROM {table}"
                f" WHERE {later} IS NOT NULL AND {earlier} IS NOT NULL AND {later} < {earlier}"
                f" AND deleted_at IS NULL ORDER BY id LIMIT {LISTED}"):
            found.append(Finding(
                "time_order", table, str(row_id), client_id,
                msg(sentence, earlier=format_moment(moment(first)),
                    later=format_moment(moment(second))),
                _fix_in_file(client_id)))
    return found


def _fix_in_file(client_id: str | None) -> Message:
    if client_id is None:
        return msg(N_("The coordinator corrects it, or asks the administrator."))
    return msg(N_("A counsellor corrects it in the person's file (« Open the file » here)."))
