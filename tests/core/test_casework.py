"""Case work: assessment, plan items from it, status rules and history, services mapped to
PASI volets, consent-gated referrals, the printable plan."""

from __future__ import annotations

import io
from datetime import UTC
from datetime import date
from datetime import datetime

import pytest
from pypdf import PdfReader

from cjeapp.core import clock
from cjeapp.core.casework import assessments
from cjeapp.core.casework import partners
from cjeapp.core.casework import plans
from cjeapp.core.casework import referrals
from cjeapp.core.casework import service_records
from cjeapp.core.casework.assessments import NeedInput
from cjeapp.core.casework.partners import PartnerForm
from cjeapp.core.casework.plans import ItemForm
from cjeapp.core.casework.referral_email import needs_in_text
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import set_language
from cjeapp.core.people import clients
from cjeapp.core.people import consents
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor

MIFI_EMAIL = ("Bonjour, Mme Benali est arrivée le 2 novembre. Besoins : logement, garderie, "
              "carte RAMQ, NAS. Merci.")


@pytest.fixture
def person(db: Database, staff: dict[str, Actor]) -> str:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    return clients.create_client(db, staff["reception"], ClientForm(
        first_name="Khadija", last_name="Benali", preferred_language="fr")).id


def _assess(db: Database, actor: Actor, person: str) -> str:
    view = assessments.save_assessment(
        db, actor, person, assessed_on=date(2026, 11, 20), source_text=MIFI_EMAIL,
        needs=[NeedInput("housing", "high", "Famille de quatre"), NeedInput("daycare"),
               NeedInput("ramq"), NeedInput("french_course", "normal", "Soirs seulement")])
    return view.assessment.id


def test_assessment_from_a_pasted_email_then_signed(db: Database, staff: dict[str, Actor],
                                                    person: str) -> None:
    counsellor = staff["counsellor"]
    with pytest.raises(PermissionDenied):
        _assess(db, staff["reception"], person)
    with pytest.raises(ValidationError) as caught:
        assessments.save_assessment(db, counsellor, person, assessed_on=date(2026, 11, 20),
                                    needs=[])
    assert caught.value.errors[0].field == "needs"
    named = needs_in_text(MIFI_EMAIL)
    assert named == ["housing", "daycare", "ramq", "sin"]
    view = assessments.save_assessment(
        db, counsellor, person, assessed_on=date(2026, 11, 20), source_text=MIFI_EMAIL,
        needs=[NeedInput(code) for code in named])
    assessment_id = view.assessment.id
    view = assessments.latest_assessment(db, counsellor, person)
    assert view is not None and view.assessment.source_text == MIFI_EMAIL
    assert [need.need_code for need in view.needs] == named
    assessments.save_assessment(db, counsellor, person, assessed_on=date(2026, 11, 20),
                                needs=[NeedInput("housing", "high")],
                                assessment_id=assessment_id)
    signed = assessments.sign_assessment(db, counsellor, assessment_id)
    assert signed.signed_at == clock.now() and signed.counsellor_id == counsellor.user_id
    with pytest.raises(CjeError, match="signed"):
        assessments.save_assessment(db, counsellor, person, assessed_on=date(2026, 11, 20),
                                    needs=[NeedInput("sin")], assessment_id=assessment_id)


@pytest.mark.parametrize(("text", "named"), [
    ("Besoins: LOGEMENT; Numéro d’assurance sociale; cours de francais; CPE.",
     ["housing", "sin", "french_course", "daycare"]),
    ("Needs: health card, a driver's licence, work permit. Sent by Carrefour jeunesse-emploi.",
     ["ramq", "drivers_licence", "work_permit_renewal"]),
    ("Mme Nassima Garderiez arrive lundi; rien d'autre.", []),
    ("Logement, logement et encore logement.", ["housing"]),
])
def test_the_needs_an_email_names(text: str, named: list[str]) -> None:
    """Case, accents, apostrophes and punctuation do not matter; a word inside another
    word (NAS in Nassima) is not a need; each need once, in the order named."""
    assert needs_in_text(text) == named


def test_plan_items_come_from_the_assessment_in_their_areas(db: Database,
                                                           staff: dict[str, Actor],
                                                           person: str) -> None:
    counsellor = staff["counsellor"]
    assessment_id = _assess(db, counsellor, person)
    created = plans.items_from_assessment(db, counsellor, assessment_id)
    assert [(item.area, item.goal) for item in created] == [
        ("installation", "Logement — Famille de quatre"),
        ("installation", "Service de garde"),
        ("installation", "Carte d'assurance maladie (RAMQ)"),
        ("francisation", "Cours de français — Soirs seulement")]
    assert all(item.next_follow_up == date(2026, 12, 4) for item in created)  # 10 bus. days
    with pytest.raises(CjeError, match="already in the plan"):
        plans.items_from_assessment(db, counsellor, assessment_id)


def test_status_rules_and_history(db: Database, staff: dict[str, Actor], person: str) -> None:
    counsellor = staff["counsellor"]
    item = plans.add_item(db, counsellor, person, ItemForm(area="employment",
                                                           goal="Refaire le CV"))
    form = ItemForm(area="employment", goal="Refaire le CV", status="in_progress",
                    responsible="Khadija et sa conseillère", target_date=date(2026, 12, 15))
    item = plans.update_item(db, counsellor, item.id, form, item.version)
    form.status = "abandoned"
    with pytest.raises(ValidationError) as caught:
        plans.update_item(db, counsellor, item.id, form, item.version)
    assert caught.value.errors[0].field == "abandon_reason"
    form.abandon_reason = "A trouvé un emploi par un ami"
    item = plans.update_item(db, counsellor, item.id, form, item.version)
    assert item.next_follow_up is None
    form.status = "in_progress"
    with pytest.raises(ValidationError) as caught:
        plans.update_item(db, counsellor, item.id, form, item.version)
    assert caught.value.errors[0].field == "status"
    plans.revise_plan(db, counsellor, person, "Nouvel emploi à temps plein")
    set_language("fr")
    history = plans.history(db, counsellor, person)
    texts = [entry.description for entry in history]
    assert texts[0] == "Plan ajusté (révision 2)"
    assert history[0].reason == "Nouvel emploi à temps plein"
    assert "Refaire le CV : statut En cours → Abandonné" in texts
    assert any(entry.reason == "A trouvé un emploi par un ami" for entry in history)
    assert texts[-1] == "Plan créé"
    assert all(entry.who == "Test counsellor" for entry in history)


def test_services_count_under_their_pasi_volet(db: Database, staff: dict[str, Actor],
                                               person: str) -> None:
    counsellor = staff["counsellor"]
    first = service_records.record_service(db, counsellor, person,
                                           ServiceForm("government_documents"))
    second = service_records.record_service(db, counsellor, person, ServiceForm(
        "asylum_support", delivered_on=date(2026, 11, 19), duration_minutes=90))
    assert (first.volet, second.volet) == ("1", "4")
    assert first.delivered_on == date(2026, 11, 20)
    with pytest.raises(ValidationError) as caught:
        service_records.record_service(db, counsellor, person, ServiceForm(
            "magic", delivered_on=date(2027, 1, 1), duration_minutes=2))
    assert {e.field for e in caught.value.errors} == {"service_type", "delivered_on",
                                                      "duration_minutes"}
    rows = service_records.services_of(db, counsellor, person)
    assert [row.service_type for row in rows] == ["government_documents", "asylum_support"]


def test_referral_refused_without_consent_to_that_partner(db: Database,
                                                         staff: dict[str, Actor],
                                                         person: str) -> None:
    counsellor = staff["counsellor"]
    lawyer = partners.save_partner(db, counsellor, PartnerForm(
        name="Cabinet Lapointe", kind="legal", phone="418 555-0100"))
    housing = partners.save_partner(db, counsellor, PartnerForm(
        name="Office municipal d'habitation", kind="housing"))
    consents.record_consent(db, counsellor, person, purpose="referral",
                            given_on=date(2026, 11, 20), method="written",
                            partner_id=housing.id)
    with pytest.raises(ValidationError) as caught:
        referrals.refer(db, counsellor, person, partner_id=lawyer.id,
                        reason="Résidence permanente")
    message = caught.value.errors[0].render()
    assert "Khadija Benali" in message and "Cabinet Lapointe" in message
    assert "Referral to a named partner" in message
    referral = referrals.refer(db, counsellor, person, partner_id=housing.id,
                               reason="Logement pour quatre",
                               expected_answer_on=date(2026, 12, 4))
    referrals.set_outcome(db, counsellor, referral.id, "accepted")
    rows = referrals.referrals_of(db, counsellor, person)
    assert [(r.partner_name, r.outcome, r.outcome_on) for r in rows] == [
        ("Office municipal d'habitation", "accepted", date(2026, 11, 20))]


def test_partner_directory_validates_and_keeps_removed_partners(db: Database,
                                                                staff: dict[str, Actor]) -> None:
    counsellor = staff["counsellor"]
    with pytest.raises(ValidationError) as caught:
        partners.save_partner(db, counsellor, PartnerForm(name="", kind="bank",
                                                          email="pas-un-courriel"))
    assert {e.field for e in caught.value.errors} == {"name", "kind", "email"}
    with pytest.raises(PermissionDenied):
        partners.save_partner(db, staff["reception"], PartnerForm(name="X", kind="legal"))
    partner = partners.save_partner(db, counsellor, PartnerForm(
        name="Centre de francisation L'Envol", kind="francisation",
        offers="Cours de jour et de soir"))
    assert [p.name for p in partners.list_partners(db, counsellor, "francisation")] == [
        "Centre de francisation L'Envol"]
    partners.remove_partner(db, counsellor, partner.id)
    assert partners.list_partners(db, counsellor) == []


def test_plan_pdf_in_the_persons_language(db: Database, staff: dict[str, Actor],
                                          person: str) -> None:
    counsellor = staff["counsellor"]
    plans.items_from_assessment(db, counsellor, _assess(db, counsellor, person))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(
        plans.plan_pdf(db, counsellor, person))).pages).split())
    assert "Plan d'action individualisé" in text and "Khadija Benali" in text
    assert "Logement — Famille de quatre" in text and "Intégration à la collectivité" in text
    english = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(
        plans.plan_pdf(db, counsellor, person, "en"))).pages)
    assert "Individualized action plan" in english and "Settlement" in english
    assert "Signature of the person: ____" in english and " :" not in english
    assert "Signature de la personne : ____" in text  # its space does not break
    assert "Signature de la conseillère ou du conseiller" in text
