"""Consents per purpose: validity over time, referral consents name a partner."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.models import Partner
from cjeapp.core.people import clients
from cjeapp.core.people import consents
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.unit_of_work import unit_of_work


@pytest.fixture
def client_id(db: Database, staff: dict[str, Actor]) -> str:
    clock.freeze(datetime(2026, 6, 1, 14, 0, tzinfo=UTC))
    return clients.create_client(db, staff["reception"],
                                 ClientForm(first_name="Aïcha", last_name="N'Diaye")).id


def test_consent_is_valid_until_withdrawn(db: Database, staff: dict[str, Actor],
                                          client_id: str) -> None:
    consent = consents.record_consent(db, staff["reception"], client_id,
                                      purpose="funder_transmission",
                                      given_on=date(2026, 5, 1), method="written")
    assert consents.has_consent(db, client_id, "funder_transmission", on=date(2026, 5, 15))
    assert not consents.has_consent(db, client_id, "research", on=date(2026, 5, 15))
    with pytest.raises(PermissionDenied):  # reception records; the counsellor withdraws
        consents.withdraw_consent(db, staff["reception"], consent.id, date(2026, 5, 20))
    consents.withdraw_consent(db, staff["counsellor"], consent.id, date(2026, 5, 20))
    assert consents.has_consent(db, client_id, "funder_transmission", on=date(2026, 5, 19))
    assert not consents.has_consent(db, client_id, "funder_transmission", on=date(2026, 5, 20))


def test_consent_expires(db: Database, staff: dict[str, Actor], client_id: str) -> None:
    consents.record_consent(db, staff["reception"], client_id, purpose="research",
                            given_on=date(2026, 1, 1), method="verbal",
                            expires_on=date(2026, 3, 31))
    assert consents.has_consent(db, client_id, "research", on=date(2026, 3, 31))
    assert not consents.has_consent(db, client_id, "research", on=date(2026, 4, 1))


def test_referral_consent_must_name_the_partner(db: Database, staff: dict[str, Actor],
                                                client_id: str) -> None:
    with pytest.raises(ValidationError) as caught:
        consents.record_consent(db, staff["counsellor"], client_id, purpose="referral",
                                given_on=date(2026, 5, 1), method="written")
    assert caught.value.errors[0].field == "partner_id"
    with unit_of_work(db, staff["counsellor"]) as uow:
        partner = uow.add(Partner(name="Cabinet Lapointe", kind="legal"))
    consents.record_consent(db, staff["counsellor"], client_id, purpose="referral",
                            given_on=date(2026, 5, 1), method="written", partner_id=partner.id)
    assert consents.has_consent(db, client_id, "referral", partner_id=partner.id,
                                on=date(2026, 5, 2))
    assert not consents.has_consent(db, client_id, "referral", partner_id="other",
                                    on=date(2026, 5, 2))


def test_consent_in_the_future_or_with_unknown_purpose_is_refused(
        db: Database, staff: dict[str, Actor], client_id: str) -> None:
    with pytest.raises(ValidationError) as caught:
        consents.record_consent(db, staff["reception"], client_id, purpose="marketing",
                                given_on=date(2027, 1, 1), method="telepathy")
    assert {e.field for e in caught.value.errors} == {"purpose", "method", "given_on"}


def test_a_consent_keeps_its_language_who_took_it_and_who_recorded_its_withdrawal(
        db: Database, staff: dict[str, Actor], client_id: str) -> None:
    reception, counsellor = staff["reception"], staff["counsellor"]
    with pytest.raises(ValidationError) as refused:
        consents.record_consent(db, reception, client_id, purpose="research",
                                given_on=date(2026, 5, 1), method="verbal", language="")
    assert refused.value.errors[0].field == "language"
    consent = consents.record_consent(db, reception, client_id, purpose="research",
                                      given_on=date(2026, 5, 1), method="verbal",
                                      language="ar")
    assert (consent.language, consent.recorded_by) == ("ar", reception.user_id)
    withdrawn = consents.withdraw_consent(db, counsellor, consent.id, date(2026, 5, 20))
    assert (withdrawn.withdrawn_on, withdrawn.withdrawn_by) == (date(2026, 5, 20),
                                                                counsellor.user_id)
