"""Household members, the timeline, settings and the organization."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.documents import issuing
from cjeapp.core.errors import ConflictError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.org import organization
from cjeapp.core.org import settings
from cjeapp.core.people import clients
from cjeapp.core.people import households
from cjeapp.core.people import timeline
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.reception import visits


def test_children_are_added_to_the_household(db: Database, staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 22, 15, 0, tzinfo=UTC))
    actor = staff["reception"]
    parent = clients.create_client(db, actor, ClientForm(first_name="Rania", last_name="Haddad"))
    households.add_dependant(db, actor, parent.id, first_name="Adam", last_name="Haddad",
                             birth_date=date(2019, 6, 1), relationship="child",
                             school_need="primary", school_name="École Saint-Noël")
    with pytest.raises(ValidationError) as caught:
        households.add_dependant(db, actor, parent.id, first_name="", last_name="Haddad",
                                 birth_date=date(2030, 1, 1), relationship="cousin")
    assert {e.field for e in caught.value.errors} == {"member_first_name",
                                                      "member_birth_date", "relationship"}
    members = households.members(db, actor, parent.id)
    assert [(m.name, m.relationship, m.age()) for m in members] == [
        ("Rania Haddad", "self", None), ("Adam Haddad", "child", 7)]


def test_timeline_is_newest_first(db: Database, staff: dict[str, Actor]) -> None:
    actor = staff["reception"]
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    person = clients.create_client(db, actor, ClientForm(first_name="Omar", last_name="Tazi"))
    visits.check_in(db, actor, person.id, "Carte RAMQ")
    clock.freeze(datetime(2026, 11, 21, 15, 0, tzinfo=UTC))
    issuing.issue_collection_notice(db, actor, person.id)
    entries = timeline.client_timeline(db, actor, person.id)
    assert [entry.kind for entry in entries] == ["document", "visit"]
    assert "Carte RAMQ" in entries[1].summary.render("en")


def test_reception_does_not_see_case_content_in_the_timeline(
        db: Database, staff: dict[str, Actor]) -> None:
    from cjeapp.core.casework import partners
    from cjeapp.core.casework import referrals
    from cjeapp.core.casework import service_records
    from cjeapp.core.casework.partners import PartnerForm
    from cjeapp.core.casework.service_records import ServiceForm
    from cjeapp.core.people import consents

    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    counsellor, reception = staff["counsellor"], staff["reception"]
    person = clients.create_client(db, reception, ClientForm(first_name="Nour",
                                                             last_name="Khalil"))
    visits.check_in(db, reception, person.id, "Rendez-vous")
    partner = partners.save_partner(db, counsellor, PartnerForm(
        name="CLSC des Sources", kind="health"))
    consents.record_consent(db, counsellor, person.id, purpose="referral",
                            given_on=date(2026, 11, 20), method="written",
                            partner_id=partner.id)
    referrals.refer(db, counsellor, person.id, partner_id=partner.id,
                    reason="Soutien psychosocial")
    service_records.record_service(db, counsellor, person.id, ServiceForm(
        "referral_psychosocial", delivered_on=date(2026, 11, 20), duration_minutes=60))
    seen = {entry.kind for entry in timeline.client_timeline(db, counsellor, person.id)}
    assert {"referral", "service", "visit", "consent"} <= seen
    assert {entry.kind for entry in timeline.client_timeline(db, reception, person.id)} == {
        "visit", "consent"}


def test_the_timeline_shows_every_kind_of_case_work_to_the_counsellor(
        db: Database, staff: dict[str, Actor]) -> None:
    from decimal import Decimal

    from cjeapp.core.casework import assessments
    from cjeapp.core.groups import activities
    from cjeapp.core.people import notes
    from cjeapp.core.transport_housing import housing
    from cjeapp.core.transport_housing import transport

    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    counsellor, reception = staff["counsellor"], staff["reception"]
    person = clients.create_client(db, reception, ClientForm(first_name="Amani",
                                                             last_name="Niyonzima")).id
    assessments.save_assessment(db, counsellor, person, assessed_on=date(2026, 11, 20),
                                needs=[assessments.NeedInput("housing")])
    transport.request_transport(db, counsellor, person, destination_kind="saaq",
                                needed_at=datetime(2026, 11, 27, 15, 0, tzinfo=UTC),
                                reason="Examen", counsellor_presence_needed=True)
    search = housing.open_request(db, counsellor, person, household_size=3,
                                  monthly_budget=Decimal(950))
    housing.add_step(db, counsellor, search.id, kind="visit", occurred_on=date(2026, 11, 20),
                     address="12, rue Notre-Dame")
    activity = activities.create_activity(db, counsellor, kind="intercultural",
                                          title="Café des cultures")
    activities.enrol(db, counsellor, activity.id, person)
    notes.add_note(db, counsellor, person, "Situation familiale difficile")
    kinds = {entry.kind for entry in timeline.client_timeline(db, counsellor, person)}
    assert {"assessment", "transport", "housing", "activity", "note"} <= kinds
    text = " ".join(entry.summary.render("en")
                    for entry in timeline.client_timeline(db, counsellor, person))
    assert "Café des cultures" in text and "difficile" not in text  # a note's text stays in Notes
    from cjeapp.core.casework import plans

    assessment = assessments.latest_assessment(db, counsellor, person)
    assert assessment is not None
    plans.items_from_assessment(db, counsellor, assessment.assessment.id)
    events = [entry.summary.render("fr") for entry in
              timeline.client_timeline(db, counsellor, person) if entry.kind == "plan"]
    assert "Plan d’action : Élément ajouté depuis l'évaluation : Logement" in events, events
    assert not any("msgid" in event or "{" in event for event in events), events
    assert {entry.kind for entry in timeline.client_timeline(db, reception, person)} == set()


def test_the_private_keys_are_no_setting_anyone_reads_or_writes(
        db: Database, staff: dict[str, Actor]) -> None:
    from cjeapp.core.reporting.keys import PSEUDONYM_KEY
    from cjeapp.core.reporting.keys import SIGNING_KEY

    for key in (SIGNING_KEY, PSEUDONYM_KEY):
        with pytest.raises(PermissionDenied):
            settings.get_value(db, key)
        with pytest.raises(PermissionDenied):
            settings.set_value(db, staff["administrator"], key, "forged")


def test_lock_delay_setting(db: Database, staff: dict[str, Actor]) -> None:
    assert settings.lock_minutes(db) == 10
    with pytest.raises(PermissionDenied):
        settings.set_lock_minutes(db, staff["counsellor"], 5)
    with pytest.raises(ValidationError):
        settings.set_lock_minutes(db, staff["administrator"], 0)
    settings.set_lock_minutes(db, staff["administrator"], 3)
    settings.set_lock_minutes(db, staff["administrator"], 4)
    assert settings.lock_minutes(db) == 4


def test_dated_settings_apply_from_their_date(db: Database, staff: dict[str, Actor]) -> None:
    admin = staff["administrator"]
    settings.set_value(db, admin, "oi.allowance", "185.00", date(2019, 8, 8))
    settings.set_value(db, admin, "oi.allowance", "200.00", date(2026, 4, 1))
    assert settings.get_value(db, "oi.allowance", on=date(2026, 3, 31)) == "185.00"
    assert settings.get_value(db, "oi.allowance", on=date(2026, 4, 1)) == "200.00"
    assert settings.get_value(db, "oi.allowance", on=date(2018, 1, 1)) is None


def test_organization_and_offices(db: Database, staff: dict[str, Actor]) -> None:
    admin = staff["administrator"]
    org = organization.get_organization(db)
    with pytest.raises(ValidationError) as caught:
        organization.update_organization(
            db, admin, name="", address=None, phone="12", email=None, agreement_number=None,
            privacy_officer_name="", privacy_officer_title=None, privacy_officer_contact=None,
            expected_version=org.version)
    assert {e.field for e in caught.value.errors} == {"name", "phone", "privacy_officer_name"}
    organization.update_organization(
        db, admin, name="CJE de Frontenac", address="37, rue Notre-Dame Ouest",
        phone="418 335-0802", email=None, agreement_number="PASI-2026-1",
        privacy_officer_name="Andréane Morin", privacy_officer_title="Directrice générale",
        privacy_officer_contact="poste 221", expected_version=org.version)
    with pytest.raises(ConflictError):
        organization.update_organization(
            db, admin, name="Autre", address=None, phone=None, email=None,
            agreement_number=None, privacy_officer_name="X", privacy_officer_title=None,
            privacy_officer_contact=None, expected_version=org.version)
    assert organization.organization_name(db) == "CJE de Frontenac"
    organization.add_office(db, admin, name="Point de service de Disraeli",
                            municipality="Disraeli", region_code="12", is_point_of_service=True)
    assert [o.name for o in organization.list_offices(db)] == [
        "Thetford Mines", "Point de service de Disraeli"]
