"""Demo history of one person: visits, appointments, requests, plan, services, referrals,
transport and housing."""

from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from cjeapp.core import clock
from cjeapp.core.casework.plans import ITEM_ADDED
from cjeapp.core.casework.plans import change_description
from cjeapp.core.casework.volets import volet_for
from cjeapp.core.codelists import codelist
from cjeapp.core.demo import names
from cjeapp.core.demo.schedule import add_weekdays
from cjeapp.core.demo.schedule import weekday
from cjeapp.core.demo.schedule import working_moment
from cjeapp.core.errors import Inconsistent

if TYPE_CHECKING:
    from cjeapp.core.demo.generator import _Generator

_COMMON_SERVICES = ("needs_assessment", "government_documents", "bank_account",
                    "employment_studies", "school_daycare", "immigration_information",
                    "activities_information", "housing_search", "referral_procedures")


def person_history(g: _Generator, client: str, counsellor: str, first_contact: date,
                   refugee: bool, category: str) -> None:
    _visits(g, client, counsellor, first_contact)
    _appointments(g, client, counsellor, first_contact)
    _requests(g, client, counsellor, first_contact)
    item_ids = _assessment_and_plan(g, client, counsellor, first_contact)
    _services(g, client, counsellor, first_contact, refugee, category, item_ids)
    if g.rng.random() < 0.3:
        _referral(g, client, first_contact, item_ids)
    if g.rng.random() < 0.12:
        _transport(g, client, counsellor, first_contact)
    if g.rng.random() < 0.1:
        _housing(g, client, first_contact)
    if g.rng.random() < 0.25:
        g.w.add("confidential_notes", {"client_id": client, "author_id": counsellor,
                                       "body": g.rng.choice(names.NOTES)})


def _visits(g: _Generator, client: str, counsellor: str, first_contact: date) -> None:
    now = clock.now()
    for _ in range(g.rng.choice((0, 1, 1, 2, 3))):
        arrived = working_moment(g.rng, g.day_in_history(first_contact))
        if arrived >= now:
            continue
        wait = timedelta(minutes=g.rng.randint(2, 45))
        length = timedelta(minutes=g.rng.randint(10, 60))
        g.w.add("visits", {
            "client_id": client, "office_id": g.offices[0],
            "reason": g.rng.choice(names.VISIT_REASONS), "status": "closed",
            "arrived_at": arrived, "taken_at": arrived + wait, "taken_by": counsellor,
            "closed_at": arrived + wait + length, "outcome": "Information donnée."},
            created=arrived)


def _appointments(g: _Generator, client: str, counsellor: str, first_contact: date) -> None:
    days = [first_contact] + [g.day_in_history(first_contact)
                              for _ in range(g.rng.choice((0, 1, 1, 2, 3)))]
    if g.rng.random() < 0.15:
        days.append(g.today + timedelta(days=g.rng.randint(1, 30)))
    kinds = codelist("appointment_kinds").values()
    for index, day in enumerate(days):
        minutes = g.rng.choice((30, 45, 60))
        starts = g.slots.take(counsellor, day, minutes)
        if starts is None:  # that counsellor's day is full
            continue
        past = starts.date() < g.today
        roll = g.rng.random()
        status = ("booked" if not past else "no_show" if roll < 0.08
                  else "cancelled" if roll < 0.13 else "attended")
        g.w.add("appointments", {
            "client_id": client, "counsellor_id": counsellor, "office_id": g.offices[0],
            "kind": "welcome" if index == 0 else g.rng.choice(kinds),
            "place": g.rng.choice(("office", "office", "point_of_service", "phone", "video")),
            "starts_at": starts, "ends_at": starts + timedelta(minutes=minutes),
            "status": status,
            "cancel_reason": "Maladie d'un enfant" if status == "cancelled" else None,
            "notes": None}, created=starts - timedelta(days=3))


def _requests(g: _Generator, client: str, counsellor: str, first_contact: date) -> None:
    for _ in range(g.rng.choice((0, 1, 1, 2))):
        received = working_moment(g.rng, g.day_in_history(first_contact))
        due = received + (datetime.combine(add_weekdays(received.date(), 3), received.timetz())
                          - datetime.combine(received.date(), received.timetz()))
        open_now = received.date() > g.today - timedelta(days=5) and g.rng.random() < 0.6
        answered = None if open_now else received + timedelta(hours=g.rng.randint(2, 90))
        g.w.add("requests", {
            "client_id": client, "subject": g.rng.choice(names.REQUEST_SUBJECTS),
            "channel": g.rng.choice(("phone", "email", "walk_in", "mifi_referral")),
            "priority": g.rng.choice(("high", "normal", "normal", "low")),
            "received_at": received, "due_at": due, "assigned_to": counsellor,
            "status": "open" if open_now else "closed", "answered_at": answered,
            "answer": None if open_now else "Réponse donnée par téléphone."}, created=received)


def _assessment_and_plan(g: _Generator, client: str, counsellor: str,
                         first_contact: date) -> list[str]:
    if g.rng.random() > 0.7:
        return []
    day = weekday(min(first_contact + timedelta(days=g.rng.randint(0, 10)), g.today))
    assessment = g.w.add("needs_assessments", {
        "client_id": client, "household_id": None, "counsellor_id": counsellor,
        "assessed_on": day, "source_text": None, "signed_at": working_moment(g.rng, day),
        "notes": None})
    plan = g.w.add("action_plans", {"client_id": client, "counsellor_id": counsellor,
                                    "assessment_id": assessment, "started_on": day,
                                    "status": "active", "revision": 1})
    needs = codelist("needs")
    items: list[str] = []
    for need_code in g.rng.sample(needs.values(), g.rng.randint(2, 4)):
        need = g.w.add("needs", {"assessment_id": assessment, "need_code": need_code,
                                 "priority": g.rng.choice(("high", "normal", "low")),
                                 "notes": None})
        entry = needs.get(need_code)
        if not (entry is not None):
            raise Inconsistent("entry is not None")
        target = day + timedelta(days=g.rng.randint(14, 120))
        if target < g.today - timedelta(days=45):  # old items are settled
            status = "done" if g.rng.random() < 0.85 else "abandoned"
        else:
            status = g.rng.choice(("planned", "in_progress", "in_progress", "done"))
        open_item = status in ("planned", "in_progress")
        # Counsellors keep their reminders ("relances") current: a few are late.
        follow_up = (add_weekdays(g.today, g.rng.randint(-3, 15)) if open_item else None)
        item = g.w.add("plan_items", {
            "plan_id": plan, "need_id": need, "area": entry.extra["area"],
            "goal": entry.label("fr"), "actions": "Accompagner la personne dans la démarche.",
            "responsible": "Conseillère", "target_date": target, "status": status,
            "abandon_reason": "La personne a déménagé." if status == "abandoned" else None,
            "next_follow_up": follow_up})
        g.w.add("plan_changes", {"plan_id": plan, "item_id": item, "changed_by": counsellor,
                                 "description": change_description(
                                     ITEM_ADDED, goal=entry.label("fr")),
                                 "reason": None})
        items.append(item)
    return items


def _services(g: _Generator, client: str, counsellor: str, first_contact: date,
              refugee: bool, category: str, item_ids: list[str]) -> None:
    for _ in range(g.rng.randint(1, 5)):
        service = g.rng.choice(_COMMON_SERVICES)
        if refugee and g.rng.random() < 0.3:
            service = "refugee_installation"
        elif category == "asylum_seeker" and g.rng.random() < 0.3:
            service = "asylum_support"
        day = weekday(g.day_in_history(first_contact))
        volet = volet_for(service, category=category, status=None, arrival_date=first_contact,
                          delivered_on=day)
        g.w.add("service_records", {
            "client_id": client, "service_type": service, "volet": volet,
            "delivered_on": day,
            "duration_minutes": g.rng.choice((15, 30, 45, 60, 90)), "staff_id": counsellor,
            "mode": "individual", "language": "fr",
            "plan_item_id": g.rng.choice(item_ids) if item_ids and g.rng.random() < 0.5 else None,
            "session_id": None, "notes": None})


def _referral(g: _Generator, client: str, first_contact: date, item_ids: list[str]) -> None:
    partner, _kind = g.rng.choice(g.partners)
    day = weekday(g.day_in_history(first_contact))
    g.w.add("consents", {"client_id": client, "purpose": "referral", "partner_id": partner,
                         "given_on": day, "recorded_by": g.staff["conseillere"],
                         "method": "written", "language": "fr", "expires_on": None,
                         "withdrawn_on": None})
    g.w.add("referrals", {
        "client_id": client, "partner_id": partner, "reason": "Besoin hors de notre offre.",
        "referred_on": day, "expected_answer_on": add_weekdays(day, 10),
        "outcome": g.rng.choice(("pending", "accepted", "completed", "completed", "refused")),
        "outcome_on": None, "plan_item_id": g.rng.choice(item_ids) if item_ids else None})


def _transport(g: _Generator, client: str, counsellor: str, first_contact: date) -> None:
    destination = g.rng.choice(("saaq", "saaq", "ramq", "service_canada", "bank", "medical",
                                "employer"))
    needed = working_moment(g.rng, g.day_in_history(first_contact))
    presence = g.rng.random() < 0.5
    decision = ("approve" if destination == "saaq" or presence
                else "ask_employer" if destination == "employer" else "refer_transport_org")
    request = g.w.add("transport_requests", {
        "client_id": client, "destination_kind": destination, "destination_name": None,
        "needed_at": needed, "reason": "Rendez-vous pour une démarche d'installation.",
        "counsellor_presence_needed": presence, "proposed_decision": decision,
        "rule_id": None, "decision": decision, "decision_reason": None,
        "decided_by": counsellor, "decided_at": needed - timedelta(days=3)})
    if decision == "approve" and needed.date() <= g.today:
        g.w.add("transport_trips", {
            "request_id": request, "trip_date": needed.date(), "driver_id": counsellor,
            "vehicle": g.rng.choice(("organization", "own_car")),
            "kilometres": Decimal(g.rng.randint(80, 900)) / 10, "passengers": 1})


def _housing(g: _Generator, client: str, first_contact: date) -> None:
    opened = weekday(g.day_in_history(first_contact))
    outcome = g.rng.choice(("lease_signed", "lease_signed", "searching", "abandoned"))
    closed = min(opened + timedelta(days=g.rng.randint(10, 80)), g.today)
    request = g.w.add("housing_requests", {
        "client_id": client, "household_id": None, "household_size": g.rng.randint(1, 6),
        "monthly_budget": Decimal(g.rng.randint(7, 16) * 100), "area_wanted": "Thetford Mines",
        "needs_accessibility": g.rng.random() < 0.05, "has_pets": g.rng.random() < 0.1,
        "needs_public_transit": g.rng.random() < 0.6, "constraints": None,
        "deadline": opened + timedelta(days=30), "opened_on": opened, "status": outcome,
        "closed_on": None if outcome == "searching" else closed})
    steps = [("searching", opened), ("visit", opened + (closed - opened) / 2)]
    if outcome != "searching":
        steps.append((outcome, closed))
    for kind, day in steps:
        g.w.add("housing_steps", {
            "request_id": request, "kind": kind, "occurred_on": day,
            "address": f"{g.rng.randint(10, 999)}, {g.rng.choice(names.STREETS)}"
            if kind == "visit" else None,
            "result": "Logement trop petit" if kind == "visit" else None, "notes": None})
