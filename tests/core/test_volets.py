"""The PASI volet of a service follows the person's situation, not the service type alone."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from cjeapp.core import clock
from cjeapp.core.casework import service_records
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.casework.volets import volet_for
from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor

ARRIVED = date(2026, 3, 1)
SOON, LATER = date(2026, 6, 1), date(2027, 6, 1)

CASES = [
    # service type, category, status, delivered on, volet
    ("housing_search", "skilled_worker", "permanent_resident", SOON, "1"),
    ("housing_search", "asylum_seeker", "asylum_claimant", SOON, "4"),
    ("government_documents", None, "asylum_claimant", SOON, "4"),
    ("referral_lawyer", "asylum_seeker", None, SOON, "4"),
    ("needs_assessment", "asylum_seeker", "protected_person", SOON, "1"),  # claim accepted
    ("intercultural_meeting", "asylum_seeker", "asylum_claimant", SOON, "2"),  # group
    ("objectif_integration", "refugee_government", "permanent_resident", SOON, "2"),
    ("housing_search", "refugee_government", "permanent_resident", SOON, "3"),
    ("housing_search", "refugee_government", "permanent_resident", LATER, "1"),  # a year on
    ("employment_studies", "refugee_government", "permanent_resident", SOON, "1"),
    ("refugee_installation", "refugee_government", "permanent_resident", SOON, "3"),
    ("refugee_installation", "family", "permanent_resident", SOON, "1"),
    ("asylum_support", "asylum_seeker", "asylum_claimant", SOON, "4"),
    ("asylum_support", "skilled_worker", "permanent_resident", SOON, "1"),
    ("housing_search", "refugee_sponsored", "permanent_resident", SOON, "1"),
    ("housing_search", None, None, SOON, "1"),
    ("asylum_support", None, None, SOON, "4"),  # nothing in the file: the service says it
    ("refugee_installation", None, None, SOON, "3"),
]


@pytest.mark.parametrize(("service", "category", "status", "day", "volet"), CASES)
def test_volet_of_a_service(service: str, category: str | None, status: str | None,
                            day: date, volet: str) -> None:
    assert volet_for(service, category=category, status=status, arrival_date=ARRIVED,
                     delivered_on=day) == volet


def test_a_service_to_an_asylum_seeker_is_recorded_under_volet_4(
        db: Database, staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    counsellor = staff["counsellor"]
    person = clients.create_client(db, counsellor, ClientForm(
        first_name="Jean-Baptiste", last_name="Mugisha", immigration_category="asylum_seeker",
        immigration_status="asylum_claimant", arrival_date=date(2026, 9, 2))).id
    record = service_records.record_service(db, counsellor, person, ServiceForm(
        "housing_search", delivered_on=date(2026, 11, 18)))
    assert record.volet == "4"
