"""Transport rules (the SAAQ example end to end, overrides, a rule edited by the coordinator),
housing steps, Objectif Intégration completion and allowance."""

from __future__ import annotations

import io
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.groups import activities
from cjeapp.core.groups import activity_documents
from cjeapp.core.models import Attendance
from cjeapp.core.org import settings
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.transport_housing import housing
from cjeapp.core.transport_housing import transport
from cjeapp.core.transport_housing import transport_trips
from cjeapp.core.transport_housing.transport import RuleForm

NEEDED = datetime(2026, 11, 25, 10, 0, tzinfo=LOCAL_ZONE)


@pytest.fixture
def person(db: Database, staff: dict[str, Actor]) -> str:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    return clients.create_client(db, staff["reception"], ClientForm(
        first_name="Andrii", last_name="Shevchenko")).id


@pytest.fixture
def framework(db: Database, staff: dict[str, Actor]) -> None:
    """The Lotbinière framework, as the coordinator enters it."""
    coordinator = staff["coordinator"]
    for form in (
        RuleForm("SAAQ : premier rendez-vous accompagné", "approve", "saaq",
                 first_request_only=True),
        RuleForm("SAAQ : ensuite, la personne y va seule", "refuse", "saaq"),
        RuleForm("Employeur : demander si quelqu'un accompagne", "ask_employer", "employer"),
        RuleForm("Transport si la conseillère doit être présente", "approve",
                 counsellor_presence_needed=True),
        RuleForm("Sinon, référer à un organisme de transport", "refer_transport_org"),
    ):
        transport.save_rule(db, coordinator, form)


def test_saaq_first_accompanied_then_on_their_own(db, staff, person, framework) -> None:
    counsellor = staff["counsellor"]
    first, match = transport.request_transport(
        db, counsellor, person, destination_kind="saaq", needed_at=NEEDED,
        reason="Examen théorique", counsellor_presence_needed=False)
    assert (match.decision, match.rule_name) == ("approve",
                                                 "SAAQ : premier rendez-vous accompagné")
    transport.decide(db, counsellor, first.id, "approve")
    _second, match = transport.request_transport(
        db, counsellor, person, destination_kind="saaq", needed_at=NEEDED,
        reason="Examen pratique", counsellor_presence_needed=False, even_if_same=True)
    assert match.decision == "refuse"
    _medical, match = transport.request_transport(
        db, counsellor, person, destination_kind="medical", needed_at=NEEDED,
        reason="Clinique", counsellor_presence_needed=True)
    assert match.decision == "approve"
    bank, match = transport.request_transport(
        db, counsellor, person, destination_kind="bank", needed_at=NEEDED,
        reason="Ouvrir un compte", counsellor_presence_needed=False)
    assert match.decision == "refer_transport_org"
    assert bank.rule_id == match.rule_id and bank.proposed_decision == "refer_transport_org"


def test_override_needs_a_reason_and_is_kept(db, staff, person, framework) -> None:
    counsellor = staff["counsellor"]
    request, _match = transport.request_transport(
        db, counsellor, person, destination_kind="bank", needed_at=NEEDED,
        reason="Ouvrir un compte", counsellor_presence_needed=False)
    with pytest.raises(ValidationError) as caught:
        transport.decide(db, counsellor, request.id, "approve")
    assert caught.value.errors[0].field == "decision_reason"
    decided = transport.decide(db, counsellor, request.id, "approve",
                               "Personne malvoyante, aucun transport adapté ce jour-là")
    assert (decided.decision, decided.proposed_decision) == ("approve", "refer_transport_org")
    assert decided.decision_reason and decided.decided_by == counsellor.user_id
    with pytest.raises(CjeError, match="already decided"):
        transport.decide(db, counsellor, request.id, "refuse", "x")


def test_a_rule_edited_by_the_coordinator_takes_effect(db, staff, person, framework) -> None:
    coordinator, counsellor = staff["coordinator"], staff["counsellor"]
    with pytest.raises(PermissionDenied):
        transport.save_rule(db, counsellor, RuleForm("x", "approve"))
    rules = transport.rules(db, coordinator)
    last = rules[-1]
    transport.save_rule(db, coordinator, RuleForm("Sinon, on refuse", "refuse"), last.id)
    _request, match = transport.request_transport(
        db, counsellor, person, destination_kind="bank", needed_at=NEEDED, reason="Banque",
        counsellor_presence_needed=False)
    assert (match.decision, match.rule_name) == ("refuse", "Sinon, on refuse")
    employer_rule = rules[2]
    transport.move_rule(db, coordinator, rules[3].id, -1)  # presence rule before employer
    _request, match = transport.request_transport(
        db, counsellor, person, destination_kind="employer", needed_at=NEEDED,
        reason="Signature du contrat", counsellor_presence_needed=True)
    assert match.decision == "approve"
    assert [r.id for r in transport.rules(db, coordinator)][3] == employer_rule.id


def test_trips_mileage_and_figures(db, staff, person, framework) -> None:
    counsellor = staff["counsellor"]
    request, _match = transport.request_transport(
        db, counsellor, person, destination_kind="saaq", needed_at=NEEDED, reason="Examen",
        counsellor_presence_needed=False)
    with pytest.raises(CjeError, match="approved"):
        transport_trips.record_trip(db, counsellor, request.id, trip_date=date(2026, 11, 20),
                                    driver_id=None, vehicle="own_car",
                                    kilometres=Decimal("42.5"))
    transport.decide(db, counsellor, request.id, "approve")
    with pytest.raises(ValidationError) as caught:
        transport_trips.record_trip(db, counsellor, request.id, trip_date=date(2026, 12, 1),
                                    driver_id=None, vehicle="bus", kilometres=Decimal(0))
    assert {e.field for e in caught.value.errors} == {"trip_date", "vehicle", "kilometres"}
    administrator = staff["administrator"]
    with pytest.raises(ValidationError):
        transport_trips.set_rate(db, administrator, Decimal(0), date(2026, 1, 1))
    transport_trips.set_rate(db, administrator, Decimal("0.55"), date(2026, 1, 1))
    transport_trips.set_rate(db, administrator, Decimal("0.60"), date(2026, 11, 15))
    for day, km, vehicle in ((date(2026, 11, 10), "42.5", "own_car"),
                             (date(2026, 11, 20), "17.25", "own_car"),
                             (date(2026, 11, 20), "30", "organization")):
        transport_trips.record_trip(db, counsellor, request.id, trip_date=day,
                                    driver_id=None, vehicle=vehicle, kilometres=Decimal(km))
    rows = transport_trips.mileage(db, counsellor, date(2026, 11, 1))
    # 42.5 km at 0.55 $ (before the change) + 17.3 km at 0.60 $; the vehicle's trip is not paid
    assert [(r.staff_name, r.trips, r.kilometres, r.own_car_kilometres, r.amount)
            for r in rows] == [("Test counsellor", 3, Decimal("89.8"), Decimal("59.8"),
                                Decimal("23.38") + Decimal("10.38"))]
    lines = transport_trips.trips_of_month(db, counsellor, date(2026, 11, 1))
    assert [(t.trip_date.day, t.rate, t.amount) for t in lines] == [
        (10, Decimal("0.550"), Decimal("23.38")), (20, Decimal("0.600"), Decimal("10.38")),
        (20, None, None)]
    sheet = load_workbook(io.BytesIO(transport_trips.mileage_xlsx(
        db, counsellor, date(2026, 11, 1)))).active
    assert sheet is not None and sheet["B2"].value == "Test counsellor"
    assert sheet["A2"].value == datetime(2026, 11, 10) and sheet["G2"].value == pytest.approx(23.38)
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold and sheet.auto_filter.ref
    text = PdfReader(io.BytesIO(transport_trips.mileage_pdf(
        db, counsellor, date(2026, 11, 1)))).pages[0].extract_text()
    assert "Test counsellor" in text and "42.5" in text and "$33.76" in text
    figures = transport_trips.figures(db, counsellor, date(2026, 11, 1), date(2026, 11, 30))
    assert figures.per_month == {"2026-11": 1}
    assert figures.decisions == {"approve": 1} and figures.by_destination == {"saaq": 1}


def test_spreadsheet_cells_never_become_formulas() -> None:
    from cjeapp.core.writers.spreadsheets import safe_cell

    assert safe_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert safe_cell("-5") == "'-5" and safe_cell("Élise") == "Élise" and safe_cell(5) == 5


def test_xlsx_text_cells_are_written_as_they_are_and_never_run() -> None:
    """Issue 40: in an XLSX a text cell never runs, so no apostrophe is put before a phone
    written « +1 … », a note « - à revoir » or even « =1+1 » (the CSVs keep theirs)."""
    from openpyxl import load_workbook

    from cjeapp.core.writers.spreadsheets import workbook_bytes

    texts = ["+1 418 555 0104", "- à revoir", "=1+1", "@maison", "bip\x07"]
    book = load_workbook(io.BytesIO(workbook_bytes("t", ["a"], [[text] for text in texts])))
    sheet = book.active
    assert sheet is not None
    cells = [sheet.cell(row=row, column=1) for row in range(2, 7)]
    assert [cell.value for cell in cells] == [*texts[:4], "bip\ufffd"]
    assert {cell.data_type for cell in cells} == {"s"}


def test_housing_steps_follow_the_search(db: Database, staff: dict[str, Actor],
                                         person: str) -> None:
    counsellor = staff["counsellor"]
    with pytest.raises(ValidationError) as caught:
        housing.open_request(db, counsellor, person, household_size=0,
                             monthly_budget=Decimal(-5), deadline=date(2026, 1, 1))
    assert {e.field for e in caught.value.errors} == {"household_size", "monthly_budget",
                                                      "deadline"}
    request = housing.open_request(db, counsellor, person, household_size=4,
                                   monthly_budget=Decimal(1100), area_wanted="Thetford Mines",
                                   needs_public_transit=True, deadline=date(2026, 12, 15))
    with pytest.raises(CjeError, match="already open"):
        housing.open_request(db, counsellor, person, household_size=4)
    with pytest.raises(CjeError, match="first"):
        housing.add_step(db, counsellor, request.id, kind="lease_signed")
    with pytest.raises(ValidationError):
        housing.add_step(db, counsellor, request.id, kind="visit")
    housing.add_step(db, counsellor, request.id, kind="visit",
                     address="412, rue Labbé", result="Trop petit")
    housing.add_step(db, counsellor, request.id, kind="application")
    clock.freeze(datetime(2026, 12, 1, 15, 0, tzinfo=UTC))
    housing.add_step(db, counsellor, request.id, kind="lease_signed")
    with pytest.raises(CjeError, match="closed"):
        housing.add_step(db, counsellor, request.id, kind="visit", address="x")
    [(saved, steps)] = housing.requests_of(db, counsellor, person)
    assert saved.status == "lease_signed" and saved.closed_on == date(2026, 12, 1)
    assert [step.kind for step in steps] == ["searching", "visit", "application",
                                             "lease_signed"]
    figures = housing.figures(db, counsellor, date(2026, 11, 1), date(2026, 11, 30))
    assert (figures.open_searches, figures.leases, figures.median_days_to_lease) == (0, 1, 11.0)


def test_objectif_integration_completion_waitlist_and_allowance(db: Database,
                                                                staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 2, 14, 0, tzinfo=UTC))
    counsellor, admin = staff["counsellor"], staff["administrator"]
    settings.set_value(db, admin, activities.ALLOWANCE_KEY, "185.00", date(2019, 8, 8))
    settings.set_value(db, admin, activities.ALLOWANCE_KEY, "200.00", date(2026, 11, 15))
    people = [clients.create_client(db, staff["reception"], ClientForm(
        first_name=name, last_name="Test")).id for name in ("Ana", "Bao", "Chloé")]
    oi = activities.create_activity(db, counsellor, kind="objectif_integration",
                                    title="Objectif Intégration — novembre", parts_required=3,
                                    capacity=2)
    sessions = [activities.add_session(
        db, counsellor, oi.id, starts_at=datetime(2026, 11, day, 9, 0, tzinfo=LOCAL_ZONE),
        hours=Decimal(8), place="Salle communautaire", part_number=part)
        for part, day in ((1, 9), (2, 16), (3, 23))]
    with pytest.raises(ValidationError):
        activities.add_session(db, counsellor, oi.id, starts_at=NEEDED, hours=Decimal(8),
                               part_number=4)
    first, second, third = (activities.enrol(db, counsellor, oi.id, p) for p in people)
    assert (first.status, second.status, third.status) == ("enrolled", "enrolled", "waiting")
    assert third.waitlist_position == 1
    promoted = activities.withdraw(db, counsellor, second.id)
    assert promoted is not None and promoted.client_id == people[2]
    clock.freeze(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))  # every session was held
    with pytest.raises(CjeError, match="enrolled people"):
        activities.record_attendance(db, counsellor, sessions[0].id, {people[1]: True})
    for index, sitting in enumerate(sessions):
        activities.record_attendance(db, counsellor, sitting.id,
                                     {people[0]: True, people[2]: index != 1})
    listed = {p.client_id: p for p in activities.participants(db, counsellor, oi.id)}
    assert listed[people[0]].completed and not listed[people[2]].completed
    eligible = activities.eligible_for_allowance(db, counsellor, oi.id)
    assert [(e.name, e.amount) for e in eligible] == [("Ana Test", Decimal("200.00"))]
    activities.record_attendance(db, counsellor, sessions[1].id, {people[2]: True})
    assert len(activities.eligible_for_allowance(db, counsellor, oi.id)) == 2
    text = PdfReader(io.BytesIO(activity_documents.eligible_pdf(
        db, counsellor, oi.id))).pages[0].extract_text()
    assert "Ana Test" in text and "Chloé Test" in text and "$200.00" in text
    sheet = PdfReader(io.BytesIO(activity_documents.attendance_sheet_pdf(
        db, counsellor, sessions[0].id))).pages[0].extract_text()
    assert "Ana Test" in sheet and "Signature" in sheet


def test_the_same_request_twice_is_asked_about(db, staff, person, framework) -> None:
    """The same place on the same day, whatever the hour, the case or the spaces of its
    name, is refused until the counsellor says it is a second trip; another day, another
    place or another person is not the same request."""
    counsellor = staff["counsellor"]
    transport.request_transport(
        db, counsellor, person, destination_kind="medical", needed_at=NEEDED,
        destination_name="Clinique  du Parc", reason="Vaccins",
        counsellor_presence_needed=False)
    later_that_day = NEEDED + timedelta(hours=3)
    with pytest.raises(transport.SameRequest, match="already has a request for the same"):
        transport.request_transport(
            db, counsellor, person, destination_kind="medical", needed_at=later_that_day,
            destination_name="clinique du parc", reason="Vaccins (entrée deux fois)",
            counsellor_presence_needed=False)
    assert len(transport.requests_of(db, counsellor, person)) == 1
    transport.request_transport(
        db, counsellor, person, destination_kind="medical", needed_at=later_that_day,
        destination_name="Clinique du Parc", reason="Retour pour le rappel",
        counsellor_presence_needed=False, even_if_same=True)
    for other in ({"needed_at": NEEDED + timedelta(days=1)},
                  {"destination_name": "Hôpital régional"},
                  {"destination_kind": "bank"}):
        values = {"destination_kind": "medical", "needed_at": NEEDED,
                  "destination_name": "Clinique du Parc"} | other
        transport.request_transport(db, counsellor, person, reason="Autre",
                                    counsellor_presence_needed=False, **values)
    assert len(transport.requests_of(db, counsellor, person)) == 5
    # a refused request may be asked again, the same place the same day
    bank = transport.requests_of(db, counsellor, person)
    refused = next(r for r in bank if r.destination_kind == "bank")
    transport.decide(db, counsellor, refused.id, "refuse", "Pas de transport pour la banque")
    transport.request_transport(db, counsellor, person, destination_kind="bank",
                                needed_at=NEEDED, destination_name="Clinique du Parc",
                                reason="Avec une lettre du médecin",
                                counsellor_presence_needed=False)


def test_no_presence_before_the_enrolment(db: Database, staff: dict[str, Actor]) -> None:
    """A person enrolled after a session has no presence at it (refused in a sentence, so
    no attestation certifies it); their absence is not recorded; an enrolment entered late
    takes the day it was made, never a day to come."""
    clock.freeze(datetime(2026, 11, 2, 14, 0, tzinfo=UTC))
    counsellor = staff["counsellor"]
    early, late, backdated = (clients.create_client(db, staff["reception"], ClientForm(
        first_name=name, last_name="Test")).id for name in ("Ana", "Bao", "Chloé"))
    workshop = activities.create_activity(db, counsellor, kind="school_workshop",
                                          title="Atelier emploi")
    first, second = (activities.add_session(
        db, counsellor, workshop.id, starts_at=datetime(2026, 11, day, 9, 0, tzinfo=LOCAL_ZONE),
        hours=Decimal(2), place="Salle 2") for day in (9, 16))
    activities.enrol(db, counsellor, workshop.id, early)
    clock.freeze(datetime(2026, 11, 12, 14, 0, tzinfo=UTC))  # after the first session
    activities.enrol(db, counsellor, workshop.id, late)
    with pytest.raises(ValidationError) as caught:
        activities.enrol(db, counsellor, workshop.id, backdated, since=date(2026, 11, 13))
    assert "day to come" in str(caught.value)
    activities.enrol(db, counsellor, workshop.id, backdated, since=date(2026, 11, 9))
    with pytest.raises(CjeError) as refused:
        activities.record_attendance(db, counsellor, first.id,
                                     {early: True, late: True, backdated: True})
    assert str(refused.value) == (
        "Bao Test was enrolled on November 12, 2026, after this session of November 9, 2026: "
        "their presence cannot be recorded. If they did take part, enrol them again with "
        "the day they truly joined.")
    activities.record_attendance(db, counsellor, first.id,
                                 {early: True, late: False, backdated: True})
    clock.freeze(datetime(2026, 11, 17, 14, 0, tzinfo=UTC))
    activities.record_attendance(db, counsellor, second.id,
                                 {early: True, late: True, backdated: False})
    listed = {p.client_id: p for p in activities.participants(db, counsellor, workshop.id)}
    assert listed[late].before_enrolment == frozenset({first.id})
    assert listed[late].attended == {first.id: False, second.id: True}
    assert listed[backdated].before_enrolment == frozenset()
    assert listed[backdated].attended == {first.id: True, second.id: False}
    with db.read_session() as session:  # the late person's absence was not written
        rows = session.scalars(select(Attendance).where(Attendance.client_id == late)).all()
    assert [row.session_id for row in rows] == [second.id]
    # Bao did take part after all: enrolled again with the day they joined.
    activities.enrol(db, counsellor, workshop.id, late, since=date(2026, 11, 9))
    activities.record_attendance(db, counsellor, first.id, {late: True})
    listed = {p.client_id: p for p in activities.participants(db, counsellor, workshop.id)}
    assert listed[late].attended == {first.id: True, second.id: True}
    with pytest.raises(CjeError, match="already enrolled"):
        activities.enrol(db, counsellor, workshop.id, late, since=date(2026, 11, 10))
