"""What the board counts in a period (``measure``): people, the desk, requests, hours,
appointments, referrals, transport, group activities, caseloads. Numbers only, no words.

A scope (an office, a counsellor) keeps the records of the people whose file is at that
office or assigned to that counsellor; group sessions of an office are its activities'."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.reporting.board_queries import Measures
from cjeapp.core.reporting.board_queries import PeriodQueries
from cjeapp.core.reporting.board_queries import Scope
from cjeapp.core.reporting.board_queries import _number
from cjeapp.core.reporting.board_queries import _seconds
from cjeapp.core.reporting.board_queries import as_utc

LIVE = "deleted_at IS NULL"
# A person new in the period: first met in it, or (no first contact recorded, as files the
# program opens itself) whose file was opened in it.
NEW = ("(c.first_contact_on >= :first OR (c.first_contact_on IS NULL "
       "AND c.created_at >= :start AND c.created_at < :end))")


def measure(db: Database, first: date, last: date, scope: Scope) -> Measures:
    q = PeriodQueries(db, first, last, scope)
    result = Measures(months=q.months)
    for part in (_people, _desk, _requests, _services, _appointments, _referrals,
                 _transport, _activities, _caseload):
        part(q, result)
    return result


def desk_measures(db: Database, first: date, last: date) -> Measures:
    """Only the desk's, the requests' and the appointments' numbers (the dashboard's)."""
    q = PeriodQueries(db, first, last, Scope())
    result = Measures(months=q.months)
    for part in (_desk, _requests, _appointments):
        part(q, result)
    return result


def _volet_bit(column: str) -> str:
    """A service's volet as a power of two (its place in the PASI list)."""
    whens = " ".join(f"WHEN '{code}' THEN {index}"
                     for index, code in enumerate(codelist("pasi_volets").values()))
    return f"(CAST(1 AS BIGINT) << (CASE {column} {whens} ELSE 62 END))"


def served_people(q: PeriodQueries) -> str:
    """People served: a service, an appointment attended or a walk-in seen (as the
    funder's package counts them); one row per person with the months they were served as
    the bits of ``months`` and the volets of their services as those of ``volets`` (sums
    of distinct powers of two), so that one grouping gives the people of the period, of
    each month and of each volet."""
    # PostgreSQL sums big integers as numeric: cast back for the bit operators.
    return ("SELECT client_id, CAST(sum(DISTINCT CAST(1 AS BIGINT) << m) AS BIGINT) AS "
            "months, CAST(sum(DISTINCT v) AS BIGINT) AS volets FROM ("
            f"SELECT client_id, {q.bucket('delivered_on', True)} AS m, "
            f"{_volet_bit('volet')} AS v FROM service_records "
            f"WHERE {LIVE} AND delivered_on BETWEEN :first AND :last "
            f"UNION ALL SELECT client_id, {q.bucket('starts_at')}, 0 FROM appointments "
            f"WHERE {LIVE} AND status = 'attended' AND starts_at >= :start AND starts_at < :end "
            f"UNION ALL SELECT client_id, {q.bucket('arrived_at')}, 0 FROM visits WHERE {LIVE} "
            "AND status = 'closed' AND arrived_at >= :start AND arrived_at < :end) u "
            "GROUP BY client_id")


def _people(q: PeriodQueries, m: Measures) -> None:
    volets = codelist("pasi_volets").values()
    months: list[int | Decimal] = [0] * len(q.months)
    by_volet: list[int | Decimal] = [0] * len(volets)
    served = new = with_services = 0
    bits = ", ".join([f"coalesce(sum((s.months >> {i}) & 1), 0)" for i in range(len(months))]
                     + [f"coalesce(sum((s.volets >> {i}) & 1), 0)" for i in range(len(volets))])
    for counsellor, people, newcomers, serviced, *found in q.rows(
            f"SELECT c.assigned_counsellor_id, count(*), coalesce(sum(CASE WHEN {NEW} "
            "THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN "
            f"s.volets > 0 THEN 1 ELSE 0 END), 0), {bits} FROM ({served_people(q)}) s "
            f"JOIN {q.clients_by_board_index()} ON c.id = s.client_id WHERE 1 = 1{q.people()} "
            "GROUP BY c.assigned_counsellor_id"):
        served, new, with_services = served + people, new + newcomers, with_services + serviced
        months = [a + b for a, b in zip(months, found[:len(months)], strict=True)]
        by_volet = [a + b for a, b in zip(by_volet, found[len(months):], strict=True)]
        if counsellor is not None:
            m.caseload.setdefault(str(counsellor), {})["active_files"] = people
    m.counts.update(served=served, new=new, continuing=served - new,
                    people_with_services=with_services)
    m.monthly["served"] = months
    m.by["served_by_volet"] = {code: count for code, count in zip(volets, by_volet,
                                                                  strict=True) if count}


def _desk(q: PeriodQueries, m: Measures) -> None:
    period = f"v.{LIVE} AND v.arrived_at >= :start AND v.arrived_at < :end{q.people()}"
    months: list[int | Decimal] = [0] * len(q.months)
    for month, status, count in q.rows(
            f"SELECT {q.bucket('v.arrived_at')} AS m, v.status, count(*) FROM visits v"
            f"{q.join('v')} WHERE {period} GROUP BY m, v.status"):
        months[int(month)] += count
        if status == "left":
            m.counts["left_unseen"] = m.counts.get("left_unseen", 0) + count
    m.counts.setdefault("left_unseen", 0)
    m.counts["walk_ins"] = sum(months)
    m.monthly["walk_ins"] = months
    m.waits = sorted(float(wait) / 60 for (wait,) in q.rows(
        f"SELECT {_seconds(q.dialect, 'v.arrived_at', 'v.taken_at')} FROM visits v"
        f"{q.join('v')} WHERE {period} AND v.taken_at IS NOT NULL"))


def _requests(q: PeriodQueries, m: Measures) -> None:
    period = f"r.{LIVE} AND r.received_at >= :start AND r.received_at < :end{q.people()}"
    months: list[int | Decimal] = [0] * len(q.months)
    totals = [0, 0, 0]
    for month, received, answered, on_time, late_open in q.rows(
            f"SELECT {q.bucket('r.received_at')} AS m, count(*), "
            "coalesce(sum(CASE WHEN r.answered_at IS NOT NULL THEN 1 ELSE 0 END), 0), "
            "coalesce(sum(CASE WHEN r.answered_at <= r.due_at THEN 1 ELSE 0 END), 0), "
            "coalesce(sum(CASE WHEN r.answered_at IS NULL AND r.due_at < :now THEN 1 "
            f"ELSE 0 END), 0) FROM requests r{q.join('r')} WHERE {period} GROUP BY m"):
        months[int(month)] = received
        totals = [totals[0] + answered, totals[1] + on_time, totals[2] + late_open]
    m.counts.update(requests=sum(months), answered=totals[0], answered_on_time=totals[1],
                    overdue_unanswered=totals[2])
    m.monthly["requests"] = months
    m.delays = sorted(float(delay) / 3600 for (delay,) in q.rows(
        f"SELECT {_seconds(q.dialect, 'r.received_at', 'r.answered_at')} FROM requests r"
        f"{q.join('r')} WHERE {period} AND r.answered_at IS NOT NULL"))


def _services(q: PeriodQueries, m: Measures) -> None:
    period = f"r.{LIVE} AND r.delivered_on BETWEEN :first AND :last{q.people()}"
    months: list[int | Decimal] = [0] * len(q.months)
    by_volet: dict[str, int | Decimal] = {}
    for month, volet, staff, minutes in q.rows(
            f"SELECT {q.bucket('r.delivered_on', True)} AS m, r.volet, r.staff_id, "
            f"sum(r.duration_minutes) FROM service_records r{q.join('r')} WHERE {period} "
            "GROUP BY m, r.volet, r.staff_id"):
        minutes = _number(minutes)
        months[int(month)] += minutes
        by_volet[str(volet)] = by_volet.get(str(volet), 0) + minutes
        if staff is not None and (not q.scope.counsellor_id or staff == q.scope.counsellor_id):
            load = m.caseload.setdefault(str(staff), {})
            load["minutes"] = load.get("minutes", 0) + minutes
    m.monthly["service_minutes"] = months
    m.by["minutes_by_volet"] = by_volet
    m.counts["service_minutes"] = sum(months)


def _appointments(q: PeriodQueries, m: Measures) -> None:
    period = f"a.{LIVE} AND a.starts_at >= :start AND a.starts_at < :end{q.people()}"
    kept: list[int | Decimal] = [0] * len(q.months)
    missed: list[int | Decimal] = [0] * len(q.months)
    statuses: dict[str, int] = {}
    for month, status, count in q.rows(
            f"SELECT {q.bucket('a.starts_at')} AS m, a.status, count(*) FROM appointments a"
            f"{q.join('a')} WHERE {period} GROUP BY m, a.status"):
        statuses[str(status)] = statuses.get(str(status), 0) + count
        if status == "attended":
            kept[int(month)] = count
        elif status == "no_show":
            missed[int(month)] = count
    m.counts.update(attended=statuses.get("attended", 0), no_show=statuses.get("no_show", 0),
                    cancelled=statuses.get("cancelled", 0))
    m.monthly.update(attended=kept, no_show=missed)


def _referrals(q: PeriodQueries, m: Measures) -> None:
    by_partner: dict[str, int | Decimal] = {}
    by_kind: dict[str, int | Decimal] = {}
    by_outcome: dict[str, int | Decimal] = {}
    for partner, name, kind, outcome, count in q.rows(
            "SELECT p.id, p.name, p.kind, r.outcome, count(*) FROM referrals r JOIN partners p "
            "ON p.id = r.partner_id JOIN clients c ON c.id = r.client_id "
            f"WHERE r.{LIVE} AND r.referred_on BETWEEN :first AND :last{q.people()} "
            "GROUP BY p.id, p.name, p.kind, r.outcome"):
        by_partner[str(partner)] = by_partner.get(str(partner), 0) + count
        m.partners[str(partner)] = str(name)
        by_kind[kind] = by_kind.get(kind, 0) + count
        by_outcome[outcome] = by_outcome.get(outcome, 0) + count
    m.by["referrals_by_partner"] = by_partner
    m.by["referrals_by_partner_kind"] = by_kind
    m.by["referrals_by_outcome"] = by_outcome
    m.counts["referrals"] = sum(by_kind.values())


def _transport(q: PeriodQueries, m: Measures) -> None:
    m.by["transport_by_decision"] = {
        str(decision or "undecided"): count for decision, count in q.rows(
            "SELECT t.decision, count(*) FROM transport_requests t JOIN clients c "
            f"ON c.id = t.client_id WHERE t.{LIVE} AND t.needed_at >= :start "
            f"AND t.needed_at < :end{q.people()} GROUP BY t.decision")}
    m.counts["transport_requests"] = sum(m.by["transport_by_decision"].values())
    trips, kilometres = q.one(
        "SELECT count(*), coalesce(sum(d.kilometres), 0) FROM transport_trips d "
        "JOIN transport_requests t ON t.id = d.request_id JOIN clients c "
        f"ON c.id = t.client_id WHERE d.{LIVE} AND d.trip_date BETWEEN :first AND :last"
        f"{q.people()}")
    m.counts.update(trips=trips, kilometres=_number(kilometres))


def _activities(q: PeriodQueries, m: Measures) -> None:
    office = " AND a.office_id = :office" if q.scope.office_id else ""
    period = (f"s.{LIVE} AND s.starts_at >= :start AND s.starts_at < :end{office}")
    sessions, hours = q.one(
        "SELECT count(*), coalesce(sum(s.hours), 0) FROM activity_sessions s "
        f"JOIN activities a ON a.id = s.activity_id WHERE {period}")
    present, participants = q.one(
        "SELECT count(*), count(DISTINCT t.client_id) FROM attendance t "
        "JOIN activity_sessions s ON s.id = t.session_id JOIN activities a "
        "ON a.id = s.activity_id JOIN clients c ON c.id = t.client_id "
        f"WHERE t.{LIVE} AND t.present = :yes AND {period}{q.people()}")
    m.counts.update(sessions=sessions, session_hours=_number(hours), presences=present,
                    participants=participants)
    m.by["presences_by_activity"] = {str(kind): count for kind, count in q.rows(
        "SELECT a.kind, count(*) FROM attendance t JOIN activity_sessions s "
        "ON s.id = t.session_id JOIN activities a ON a.id = s.activity_id JOIN clients c "
        f"ON c.id = t.client_id WHERE t.{LIVE} AND t.present = :yes AND {period}"
        f"{q.people()} GROUP BY a.kind")}
    # Objectif Intégration: completed when its last session falls in the period.
    ended = ("(SELECT max(s.starts_at) FROM activity_sessions s WHERE s.activity_id = a.id "
             f"AND s.{LIVE})")
    for last, completed in q.rows(
            f"SELECT {ended}, count(*) FROM enrolments e JOIN activities a "
            "ON a.id = e.activity_id JOIN clients c ON c.id = e.client_id "
            f"WHERE e.{LIVE} AND a.{LIVE} AND a.kind = 'objectif_integration' "
            f"AND e.status = 'enrolled' AND e.completed = :yes{office}{q.people()} "
            f"AND {ended} >= :start AND {ended} < :end GROUP BY a.id"):
        m.allowances.append((_local_day(last), completed))
    m.counts["oi_completions"] = sum(count for _day, count in m.allowances)


def _caseload(q: PeriodQueries, m: Measures) -> None:
    def gather(name: str, sql: str) -> None:
        for user, value in q.rows(sql):
            if user is not None:
                m.caseload.setdefault(str(user), {})[name] = _number(value)

    gather("new_files",
           f"SELECT c.assigned_counsellor_id, count(*) FROM {q.clients_by_board_index()} "
           f"WHERE c.{LIVE} AND (c.first_contact_on IS NULL OR c.first_contact_on <= :last) "
           f"AND {NEW}{q.people()} "
           "GROUP BY c.assigned_counsellor_id")
    mine = " AND p.counsellor_id = :counsellor" if q.scope.counsellor_id else ""
    gather("overdue_follow_ups",
           "SELECT p.counsellor_id, count(*) FROM plan_items i JOIN action_plans p "
           f"ON p.id = i.plan_id{q.join('p')} "
           f"WHERE i.{LIVE} AND p.{LIVE} AND p.status = 'active' "
           "AND i.status IN ('planned', 'in_progress') AND i.next_follow_up < :due_day"
           f"{q.people()}{mine} GROUP BY p.counsellor_id")


def _local_day(moment: object) -> date:
    from cjeapp.core.clock import LOCAL_ZONE

    return as_utc(moment).astimezone(LOCAL_ZONE).date()
