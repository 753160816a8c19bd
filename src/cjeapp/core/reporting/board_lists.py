"""The records behind a figure of the board: the people served, the walk-ins with their
wait, the requests answered late, the services of a volet, a counsellor's files...

Each figure names the kind of record it counts (``SOURCES``) and the condition that picks
its records; the list is read with the same period, scope and conditions as the count, so a
count's list holds as many rows as the count says. Only who may read reports and people's
files sees them; no note or case text is listed, only who, when and what kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import replace
from datetime import date
from datetime import timedelta
from typing import Any

from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.fields.words import STATUSES
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_duration
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_number
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.board import check_period
from cjeapp.core.reporting.board_figures import BoardFilter
from cjeapp.core.reporting.board_measures import LIVE
from cjeapp.core.reporting.board_measures import NEW
from cjeapp.core.reporting.board_measures import served_people
from cjeapp.core.reporting.board_queries import PeriodQueries
from cjeapp.core.reporting.board_queries import Scope
from cjeapp.core.reporting.board_queries import as_day
from cjeapp.core.reporting.board_queries import as_utc

SHOWN = 2000  # rows shown at most; the count says how many there are in all

CASELOAD = "caseload"
# The month series' figures: a month's bar lists the same records as its figure, for that
# month alone.
SERIES_FIGURES = {"served": ("people", "served"), "walk_ins": ("desk", "walk_ins"),
                  "requests": ("requests", "requests"), "service_minutes": ("hours", "hours"),
                  "attended": ("appointments", "attended"),
                  "no_show": ("appointments", "no_show")}


@dataclass(frozen=True)
class ListedRow:
    client_id: str | None  # the person's file, when the record is a person's
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Listing:
    headings: tuple[str, ...]
    rows: tuple[ListedRow, ...]  # the first SHOWN
    total: int


Cells = Callable[[Any], tuple[str, ...]]


@dataclass(frozen=True)
class Source:
    headings: tuple[str, ...]
    sql: Callable[[PeriodQueries], str]  # rows begin with the client's id, then cells' data
    cells: Cells


def _person(row: Any) -> str:
    if row.destroyed_on is not None:  # erased at the end of its retention: counted still
        return gettext(N_("A file destroyed"))
    return f"{row.last_name}, {row.first_name}"


def _file_of(row: Any) -> str | None:
    """The file a row opens: none for a group session, nor for a file deleted since."""
    if row[0] is None or getattr(row, "file_deleted", None) is not None:
        return None
    return str(row[0])


def _moment(value: object) -> str:
    return format_moment(as_utc(value)) if value is not None else "—"


def _day(value: object) -> str:
    return format_date(as_day(value), style="medium") if value is not None else "—"


def _status(code: str) -> str:
    return gettext(STATUSES[code]) if code in STATUSES else code


def _coded(codes: str, code: str | None) -> str:
    return codelist(codes).label(code) if code else gettext(N_("Not decided yet"))


_PERSON = N_("Person")
# Who a row is about, and whether their file was destroyed or deleted since.
WHO = "c.last_name, c.first_name, c.destroyed_on, c.deleted_at AS file_deleted"
_STAFF = "LEFT JOIN users u ON u.id = {}"


def _people_sql(q: PeriodQueries) -> str:
    return (f"SELECT c.id AS client_id, {WHO}, c.first_contact_on, "
            f"u.full_name FROM ({served_people(q)}) s JOIN clients c ON c.id = s.client_id "
            f"{_STAFF.format('c.assigned_counsellor_id')} WHERE 1 = 1{q.people()}"
            "{where} ORDER BY c.sort_key")


def _visits_sql(q: PeriodQueries) -> str:
    return (f"SELECT v.client_id, {WHO}, v.arrived_at, v.status, "
            "v.taken_at FROM visits v JOIN clients c ON c.id = v.client_id "
            f"WHERE v.{LIVE} AND v.arrived_at >= :start AND v.arrived_at < :end{q.people()}"
            "{where} ORDER BY v.arrived_at")


def _wait(row: Any) -> str:
    if row.taken_at is None:
        return "—"
    seconds = (as_utc(row.taken_at) - as_utc(row.arrived_at)).total_seconds()
    return format_duration(round(seconds / 60))


def _requests_sql(q: PeriodQueries) -> str:
    return (f"SELECT r.client_id, {WHO}, r.received_at, r.due_at, "
            "r.answered_at FROM requests r JOIN clients c ON c.id = r.client_id "
            f"WHERE r.{LIVE} AND r.received_at >= :start AND r.received_at < :end"
            f"{q.people()}{{where}} ORDER BY r.received_at")


def _services_sql(q: PeriodQueries) -> str:
    return (f"SELECT r.client_id, {WHO}, r.delivered_on, r.service_type, "
            "r.volet, r.duration_minutes, u.full_name FROM service_records r JOIN clients c "
            f"ON c.id = r.client_id {_STAFF.format('r.staff_id')} WHERE r.{LIVE} "
            f"AND r.delivered_on BETWEEN :first AND :last{q.people()}{{where}} "
            "ORDER BY r.delivered_on, c.sort_key")


def _appointments_sql(q: PeriodQueries) -> str:
    return (f"SELECT a.client_id, {WHO}, a.starts_at, u.full_name, "
            "a.status FROM appointments a JOIN clients c ON c.id = a.client_id "
            f"{_STAFF.format('a.counsellor_id')} WHERE a.{LIVE} AND a.starts_at >= :start "
            f"AND a.starts_at < :end{q.people()}{{where}} ORDER BY a.starts_at")


def _referrals_sql(q: PeriodQueries) -> str:
    return (f"SELECT r.client_id, {WHO}, r.referred_on, p.name, "
            "r.outcome FROM referrals r JOIN partners p ON p.id = r.partner_id "
            f"JOIN clients c ON c.id = r.client_id WHERE r.{LIVE} "
            f"AND r.referred_on BETWEEN :first AND :last{q.people()}{{where}} "
            "ORDER BY r.referred_on, c.sort_key")


def _transport_sql(q: PeriodQueries) -> str:
    return (f"SELECT t.client_id, {WHO}, t.needed_at, "
            "t.destination_kind, t.destination_name, t.decision FROM transport_requests t "
            f"JOIN clients c ON c.id = t.client_id WHERE t.{LIVE} AND t.needed_at >= :start "
            f"AND t.needed_at < :end{q.people()}{{where}} ORDER BY t.needed_at")


def _destination(row: Any) -> str:
    kind = codelist("transport_destinations").label(row.destination_kind)
    return f"{kind} — {row.destination_name}" if row.destination_name else kind


def _trips_sql(q: PeriodQueries) -> str:
    return (f"SELECT t.client_id, {WHO}, d.trip_date, d.kilometres "
            "FROM transport_trips d JOIN transport_requests t ON t.id = d.request_id "
            f"JOIN clients c ON c.id = t.client_id WHERE d.{LIVE} "
            f"AND d.trip_date BETWEEN :first AND :last{q.people()}{{where}} "
            "ORDER BY d.trip_date")


def _office(q: PeriodQueries) -> str:
    return " AND a.office_id = :office" if q.scope.office_id else ""


def _sessions_sql(q: PeriodQueries) -> str:
    return ("SELECT NULL AS client_id, a.title, s.starts_at, s.hours FROM activity_sessions s "
            f"JOIN activities a ON a.id = s.activity_id WHERE s.{LIVE} "
            f"AND s.starts_at >= :start AND s.starts_at < :end{_office(q)}{{where}} "
            "ORDER BY s.starts_at")


def _presences_sql(q: PeriodQueries) -> str:
    return (f"SELECT t.client_id, {WHO}, a.title, s.starts_at "
            "FROM attendance t JOIN activity_sessions s ON s.id = t.session_id "
            "JOIN activities a ON a.id = s.activity_id JOIN clients c ON c.id = t.client_id "
            f"WHERE t.{LIVE} AND t.present = :yes AND s.{LIVE} AND s.starts_at >= :start "
            f"AND s.starts_at < :end{_office(q)}{q.people()}{{where}} "
            "ORDER BY s.starts_at, c.sort_key")


def _completions_sql(q: PeriodQueries) -> str:
    ended = ("(SELECT max(s.starts_at) FROM activity_sessions s WHERE s.activity_id = a.id "
             f"AND s.{LIVE})")
    return (f"SELECT e.client_id, {WHO}, a.title, {ended} AS ended "
            "FROM enrolments e JOIN activities a ON a.id = e.activity_id JOIN clients c "
            f"ON c.id = e.client_id WHERE e.{LIVE} AND a.{LIVE} "
            "AND a.kind = 'objectif_integration' AND e.status = 'enrolled' "
            f"AND e.completed = :yes{_office(q)}{q.people()} AND {ended} >= :start "
            f"AND {ended} < :end{{where}} ORDER BY ended, c.sort_key")


def _new_files_sql(q: PeriodQueries) -> str:
    return (f"SELECT c.id AS client_id, {WHO}, c.first_contact_on, "
            f"c.created_at FROM clients c WHERE c.{LIVE} AND (c.first_contact_on IS NULL "
            f"OR c.first_contact_on <= :last) AND {NEW}{q.people()}{{where}} "
            "ORDER BY c.sort_key")


def _follow_ups_sql(q: PeriodQueries) -> str:
    return (f"SELECT p.client_id, {WHO}, i.area, i.next_follow_up "
            "FROM plan_items i JOIN action_plans p ON p.id = i.plan_id JOIN clients c "
            f"ON c.id = p.client_id WHERE i.{LIVE} AND p.{LIVE} AND p.status = 'active' "
            "AND i.status IN ('planned', 'in_progress') AND i.next_follow_up < :due_day"
            f"{q.people()}{{where}} ORDER BY i.next_follow_up")


PEOPLE = Source((_PERSON, N_("First met"), N_("Counsellor")), _people_sql,
                lambda r: (_person(r), _day(r.first_contact_on), r.full_name or "—"))
VISITS = Source((_PERSON, N_("Arrived"), N_("Status"), N_("Wait")), _visits_sql,
                lambda r: (_person(r), _moment(r.arrived_at), _status(r.status), _wait(r)))
REQUESTS = Source((_PERSON, N_("Received"), N_("Answer due"), N_("Answered")), _requests_sql,
                  lambda r: (_person(r), _moment(r.received_at), _moment(r.due_at),
                             _moment(r.answered_at)))
SERVICES = Source((_PERSON, N_("Day"), N_("Service"), N_("PASI volet"), N_("Length"),
                   N_("Given by")), _services_sql,
                  lambda r: (_person(r), _day(r.delivered_on),
                             codelist("service_types").label(r.service_type),
                             codelist("pasi_volets").label(r.volet),
                             format_duration(r.duration_minutes), r.full_name or "—"))
APPOINTMENTS = Source((_PERSON, N_("When"), N_("Counsellor"), N_("Status")),
                      _appointments_sql,
                      lambda r: (_person(r), _moment(r.starts_at), r.full_name or "—",
                                 _status(r.status)))
REFERRALS = Source((_PERSON, N_("Day"), N_("Partner"), N_("Outcome")), _referrals_sql,
                   lambda r: (_person(r), _day(r.referred_on), r.name,
                              codelist("referral_outcomes").label(r.outcome)))
TRANSPORT = Source((_PERSON, N_("Needed on"), N_("Destination"), N_("Decision")),
                   _transport_sql,
                   lambda r: (_person(r), _moment(r.needed_at), _destination(r),
                              _coded("transport_decisions", r.decision)))
TRIPS = Source((_PERSON, N_("Day"), N_("Kilometres")), _trips_sql,
               lambda r: (_person(r), _day(r.trip_date), format_number(r.kilometres)))
SESSIONS = Source((N_("Activity"), N_("When"), N_("Hours")), _sessions_sql,
                  lambda r: (r.title, _moment(r.starts_at), format_number(r.hours)))
PRESENCES = Source((_PERSON, N_("Activity"), N_("Session held on")), _presences_sql,
                   lambda r: (_person(r), r.title, _moment(r.starts_at)))
COMPLETIONS = Source((_PERSON, N_("Activity"), N_("Last session")), _completions_sql,
                     lambda r: (_person(r), r.title, _moment(r.ended)))
NEW_FILES = Source((_PERSON, N_("First met"), N_("File opened")), _new_files_sql,
                   lambda r: (_person(r), _day(r.first_contact_on), _moment(r.created_at)))
FOLLOW_UPS = Source((_PERSON, N_("Area of the plan"), N_("Follow-up due")), _follow_ups_sql,
                    lambda r: (_person(r), codelist("plan_areas").label(r.area),
                               _day(r.next_follow_up)))

_ANSWERED = " AND r.answered_at IS NOT NULL"
_KEPT_OR_MISSED = " AND a.status IN ('attended', 'no_show')"
# (section, figure) → the records it counts and the condition that picks them.
SOURCES: dict[tuple[str, str], tuple[Source, str]] = {
    ("people", "served"): (PEOPLE, ""),
    ("people", "new"): (PEOPLE, f" AND {NEW}"),
    ("people", "continuing"): (PEOPLE, f" AND (CASE WHEN {NEW} THEN 1 ELSE 0 END) = 0"),
    ("desk", "walk_ins"): (VISITS, ""),
    ("desk", "left_unseen"): (VISITS, " AND v.status = 'left'"),
    ("desk", "median_wait"): (VISITS, " AND v.taken_at IS NOT NULL"),
    ("desk", "wait_90"): (VISITS, " AND v.taken_at IS NOT NULL"),
    ("requests", "requests"): (REQUESTS, ""),
    ("requests", "answered"): (REQUESTS, _ANSWERED),
    ("requests", "on_time"): (REQUESTS, " AND r.answered_at <= r.due_at"),
    ("requests", "on_time_share"): (REQUESTS, _ANSWERED),
    ("requests", "median_delay"): (REQUESTS, _ANSWERED),
    ("requests", "overdue"): (REQUESTS, " AND r.answered_at IS NULL AND r.due_at < :now"),
    ("hours", "hours"): (SERVICES, ""),
    ("hours", "people"): (PEOPLE, " AND s.volets > 0"),
    ("hours", "per_person"): (SERVICES, ""),
    ("appointments", "attended"): (APPOINTMENTS, " AND a.status = 'attended'"),
    ("appointments", "no_show"): (APPOINTMENTS, " AND a.status = 'no_show'"),
    ("appointments", "cancelled"): (APPOINTMENTS, " AND a.status = 'cancelled'"),
    ("appointments", "missed_share"): (APPOINTMENTS, _KEPT_OR_MISSED),
    ("transport", "requests"): (TRANSPORT, ""),
    ("transport", "trips"): (TRIPS, ""),
    ("transport", "kilometres"): (TRIPS, ""),
    ("groups", "sessions"): (SESSIONS, ""),
    ("groups", "session_hours"): (SESSIONS, ""),
    ("groups", "presences"): (PRESENCES, ""),
    ("groups", "participants"): (PRESENCES, ""),
    ("groups", "oi_completions"): (COMPLETIONS, ""),
    ("groups", "allowances"): (COMPLETIONS, ""),
    (CASELOAD, "active_files"): (PEOPLE, " AND c.assigned_counsellor_id = :who"),
    (CASELOAD, "new_files"): (NEW_FILES, " AND c.assigned_counsellor_id = :who"),
    (CASELOAD, "minutes"): (SERVICES, " AND r.staff_id = :who"),
    (CASELOAD, "overdue_follow_ups"): (FOLLOW_UPS, " AND p.counsellor_id = :who"),
}
# A breakdown's bar: its figure's key is the code (or the partner) it counts.
BREAKDOWN_SOURCES: dict[str, tuple[Source, str]] = {
    "served_by_volet": (PEOPLE, " AND ((s.volets >> :bit) & 1) = 1"),
    "hours_by_volet": (SERVICES, " AND r.volet = :code"),
    "referrals_by_partner": (REFERRALS, " AND p.id = :code"),
    "referrals_by_partner_kind": (REFERRALS, " AND p.kind = :code"),
    "referrals_by_outcome": (REFERRALS, " AND r.outcome = :code"),
    "transport_by_decision": (TRANSPORT, " AND t.decision = :code"),
    "presences_by_activity": (PRESENCES, " AND a.kind = :code"),
}
UNDECIDED = (TRANSPORT, " AND t.decision IS NULL")


def has_list(section: str, key: str) -> bool:
    return (section, key) in SOURCES or section in BREAKDOWN_SOURCES


def records_behind(db: Database, actor: Actor, chosen: BoardFilter, section: str, key: str,
                   counsellor: str | None = None) -> Listing:
    """The records a figure counts, for the board's period and scope; ``counsellor`` is
    the staff member of a caseload's figure."""
    actor.require(Permission.REPORT_READ)
    actor.require(Permission.CLIENT_READ)
    check_period(chosen.first, chosen.last)
    source, where, extra = _source(section, key)
    if section == CASELOAD:
        if not counsellor:
            raise ValidationError([FieldError("counsellor", msg(N_(
                "Choose whose caseload to list.")))])
        extra["who"] = counsellor
    q = PeriodQueries(db, chosen.first, chosen.last,
                      Scope(chosen.office_id, chosen.counsellor_id))
    q.params.update(extra)
    rows = list(q.rows(source.sql(q).replace("{where}", where)))
    return Listing(tuple(gettext(heading) for heading in source.headings),
                   tuple(ListedRow(_file_of(row), source.cells(row))
                         for row in rows[:SHOWN]), len(rows))


def _source(section: str, key: str) -> tuple[Source, str, dict[str, Any]]:
    if (section, key) in SOURCES:
        source, where = SOURCES[(section, key)]
        return source, where, {}
    if section == "transport_by_decision" and key == "undecided":
        return (*UNDECIDED, {})
    if section in BREAKDOWN_SOURCES:
        source, where = BREAKDOWN_SOURCES[section]
        if section == "served_by_volet":
            volets = codelist("pasi_volets").values()
            return source, where, {"bit": volets.index(key) if key in volets else 62}
        return source, where, {"code": key}
    raise ValidationError([FieldError("figure", msg(N_(
        "This figure has no list of records behind it.")))])


def month_of(chosen: BoardFilter, month: date) -> BoardFilter:
    """The board's filter narrowed to one month of its period (a month series' bar)."""
    following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return replace(chosen, first=max(chosen.first, month),
                   last=min(chosen.last, following - timedelta(days=1)))
