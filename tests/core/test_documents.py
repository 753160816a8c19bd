"""Attestations and letters: the words, the register, copies, revocation, verification,
batches that cancel cleanly, and the CLI."""

from __future__ import annotations

import io
from datetime import UTC
from datetime import date
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func
from sqlalchemy import select

from cjeapp.cli import main
from cjeapp.core import clock
from cjeapp.core.casework import partners
from cjeapp.core.casework import referrals
from cjeapp.core.casework import service_records
from cjeapp.core.casework.partners import PartnerForm
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.documents import batches
from cjeapp.core.documents import issuing
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.groups import activities
from cjeapp.core.models import IssuedDocument
from cjeapp.core.org import organization
from cjeapp.core.people import clients
from cjeapp.core.people import consents
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in
                             PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def oi(db: Database, staff: dict[str, Actor]) -> tuple[str, list[str]]:
    """An Objectif Intégration group: two people completed it, one did not."""
    clock.freeze(datetime(2026, 11, 2, 14, 0, tzinfo=UTC))
    counsellor = staff["counsellor"]
    people = [clients.create_client(db, counsellor, ClientForm(
        first_name=first, last_name=last, preferred_language=lang)).id
        for first, last, lang in (("Hélène", "Côté-Bélanger", "fr"),
                                  ("Priya", "D'Souza", "en"), ("Omar", "Tazi", "fr"))]
    activity = activities.create_activity(db, counsellor, kind="objectif_integration",
                                          title="Objectif Intégration — novembre",
                                          parts_required=3)
    sessions = [activities.add_session(
        db, counsellor, activity.id, part_number=part + 1, hours=Decimal(8),
        starts_at=datetime(2026, 11, 9 + 7 * part, 9, 0, tzinfo=LOCAL_ZONE))
        for part in range(3)]
    for person in people:
        activities.enrol(db, counsellor, activity.id, person)
    for index, sitting in enumerate(sessions):
        clock.freeze(sitting.ends_at)  # attendance is taken once the session is held
        activities.record_attendance(db, counsellor, sitting.id, {
            people[0]: True, people[1]: True, people[2]: index == 0})
    clock.freeze(datetime(2026, 11, 30, 15, 0, tzinfo=UTC))
    return activity.id, people


def _count(db: Database) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(IssuedDocument)) or 0)


def test_attestation_of_participation_in_french_and_english(db, staff, oi) -> None:
    activity_id, people = oi
    counsellor = staff["counsellor"]
    french = issuing.issue(db, counsellor, issuing.participation_draft(
        db, counsellor, people[0], activity_id))
    text = _text(french.pdf)
    assert "Attestation de participation" in text and "Hélène Côté-Bélanger" in text
    assert "30 novembre 2026" in text and "9 nov. 2026" in text
    assert "Heures suivies : 24" in text and "Parties terminées : 3 sur 3" in text
    assert "Carrefour jeunesse-emploi de Frontenac" in text
    assert french.document.number in text and french.document.verification_code in text
    english = issuing.issue(db, counsellor, issuing.participation_draft(
        db, counsellor, people[1], activity_id))
    assert "Attestation of participation" in _text(english.pdf)
    assert "Priya D'Souza" in _text(english.pdf)


def test_each_document_kind_refuses_what_it_cannot_attest(db: Database,
                                                          staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 2, 14, 0, tzinfo=UTC))
    counsellor = staff["counsellor"]
    person, absent = (clients.create_client(db, counsellor, ClientForm(
        first_name=first, last_name="Tazi")).id for first in ("Omar", "Nadia"))
    activity = activities.create_activity(db, counsellor, kind="school_workshop",
                                          title="Atelier école", parts_required=1)
    first, second = (activities.add_session(
        db, counsellor, activity.id, hours=Decimal(3),
        starts_at=datetime(2026, 11, day, 9, 0, tzinfo=LOCAL_ZONE)) for day in (9, 16))
    for someone in (person, absent):
        activities.enrol(db, counsellor, activity.id, someone)
    with pytest.raises(CjeError, match="not begun yet"):  # no attendance in advance
        activities.record_attendance(db, counsellor, first.id, {person: True})
    with pytest.raises(ValidationError, match="attended no session"):
        issuing.participation_draft(db, counsellor, person, activity.id)
    clock.freeze(datetime(2026, 11, 10, 14, 0, tzinfo=UTC))
    activities.record_attendance(db, counsellor, first.id, {person: True, absent: False})
    with pytest.raises(ValidationError, match="Nadia Tazi attended no session"):
        issuing.participation_draft(db, counsellor, absent, activity.id)  # 0 hours attended
    text = _text(issuing.preview(db, counsellor, issuing.participation_draft(
        db, counsellor, person, activity.id)))
    assert "se poursuit jusqu’au 16 novembre 2026" in text and "16 nov. 2026" not in text
    with pytest.raises(CjeError, match="sessions still to come"):  # the group's: once ended
        batches.participation_batch(db, counsellor, activity.id)
    del second
    with pytest.raises(ValidationError, match="after today"):
        issuing.services_draft(db, counsellor, person, date(2026, 12, 1), date(2026, 12, 31))
    partner = partners.save_partner(db, counsellor, PartnerForm(name="Cabinet Lapointe",
                                                               kind="legal"))
    consent = consents.record_consent(db, counsellor, person, purpose="referral",
                                      given_on=date(2026, 11, 10), method="written",
                                      partner_id=partner.id)
    referral = referrals.refer(db, counsellor, person, partner_id=partner.id, reason="Avocat")
    consents.withdraw_consent(db, counsellor, consent.id, date(2026, 11, 10))
    with pytest.raises(ValidationError, match="no longer consents"):
        issuing.referral_draft(db, counsellor, referral.id)


def test_services_attestation_and_referral_letter(db: Database,
                                                  staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    counsellor = staff["counsellor"]
    person = clients.create_client(db, counsellor, ClientForm(
        first_name="Khadija", last_name="Benali", phone="418 555-0123",
        email="khadija@courriel.example", interpreter_needed=True,
        interpreter_language="ar", assigned_counsellor_id=counsellor.user_id)).id
    with pytest.raises(ValidationError):
        issuing.services_draft(db, counsellor, person, date(2026, 1, 1), date(2026, 11, 30))
    service_records.record_service(db, counsellor, person, ServiceForm(
        "government_documents", delivered_on=date(2026, 11, 10), duration_minutes=45))
    text = _text(issuing.issue(db, counsellor, issuing.services_draft(
        db, counsellor, person, date(2026, 11, 1), date(2026, 11, 30))).pdf)
    assert "Attestation de services reçus" in text and "Khadija Benali" in text
    assert "Obtention de documents gouvernementaux" in text
    partner = partners.save_partner(db, counsellor, PartnerForm(
        name="Cabinet Lapointe", kind="legal", contact_person="Me Sophie Lapointe"))
    consents.record_consent(db, counsellor, person, purpose="referral",
                            given_on=date(2026, 11, 20), method="written",
                            partner_id=partner.id)
    referral = referrals.refer(db, counsellor, person, partner_id=partner.id,
                               reason="Résidence permanente")
    letter = _text(issuing.issue(db, counsellor, issuing.referral_draft(
        db, counsellor, referral.id)).pdf)
    assert "Votre contact chez nous" not in letter  # nothing known to reach the counsellor
    org = organization.get_organization(db)
    organization.update_organization(
        db, staff["administrator"], name=org.name, address=None, phone="819 555-0140",
        email="accueil@cje.example", agreement_number=None,
        privacy_officer_name="Andréane Morin",
        privacy_officer_title=None, privacy_officer_contact=None,
        expected_version=org.version)
    letter = _text(issuing.issue(db, counsellor, issuing.referral_draft(
        db, counsellor, referral.id)).pdf)
    assert "Lettre de référence" in letter and "Cabinet Lapointe" in letter
    assert "Résidence permanente" in letter and "20 novembre 2026" in letter
    flat = " ".join(letter.split())
    # With the consent to this referral: how to reach the person, the interpreter they
    # need, and how to reach their counsellor.
    assert "Pour joindre Khadija Benali : 418 555-0123 · khadija@courriel.example." in flat
    assert "Khadija Benali a besoin d'un interprète (arabe)." in flat
    assert ("Votre contact chez nous : Test counsellor, 819 555-0140 · accueil@cje.example."
            in flat)


def test_reprint_revoke_and_verify(db, staff, oi) -> None:
    activity_id, people = oi
    counsellor = staff["counsellor"]
    issued = issuing.issue(db, counsellor, issuing.participation_draft(
        db, counsellor, people[0], activity_id))
    assert issuing.verify(db, issued.pdf).genuine
    altered = issued.pdf.replace(b"/Author (", b"/Author (X")
    result = issuing.verify(db, altered)
    assert not result.genuine and "altered" in result.reason.render()
    assert "not a document" in issuing.verify(db, b"%PDF-1.4 nothing").reason.render()
    copy = issuing.reprint(db, counsellor, issued.document.id)
    assert copy.document.number == f"{issued.document.number}-C1"
    assert copy.document.copy_of_id == issued.document.id
    assert "COPIE" in _text(copy.pdf) and "Hélène Côté-Bélanger" in _text(copy.pdf)
    assert issuing.verify(db, copy.pdf).genuine
    with pytest.raises(ValidationError):
        issuing.revoke(db, counsellor, issued.document.id, " ")
    issuing.revoke(db, counsellor, issued.document.id, "Erreur de date")
    revoked = issuing.verify(db, issued.pdf)
    assert not revoked.genuine and "revoked" in revoked.reason.render()
    copy_now = issuing.verify(db, copy.pdf)  # a copy printed before the revocation
    assert not copy_now.genuine and "revoked" in copy_now.reason.render()
    with pytest.raises(CjeError, match="revoked"):
        issuing.reprint(db, counsellor, issued.document.id)
    listed = issuing.documents_of(db, counsellor, people[0])
    assert {d.number for d in listed} == {issued.document.number, copy.document.number}


def test_reception_sees_and_reprints_only_collection_notices(db, staff, oi) -> None:
    activity_id, people = oi
    counsellor, reception = staff["counsellor"], staff["reception"]
    attestation = issuing.issue(db, counsellor, issuing.participation_draft(
        db, counsellor, people[0], activity_id))
    notice = issuing.issue_collection_notice(db, reception, people[0])
    assert {d.kind for d in issuing.documents_of(db, reception, people[0])} == {
        "collection_notice"}
    assert len(issuing.documents_of(db, counsellor, people[0])) == 2
    with pytest.raises(PermissionDenied):
        issuing.reprint(db, reception, attestation.document.id)
    assert issuing.reprint(db, reception, notice.document.id).document.copy_of_id == \
        notice.document.id


def test_batch_for_those_who_completed_and_cancel_leaves_nothing(db, staff, oi) -> None:
    activity_id, people = oi
    counsellor = staff["counsellor"]
    assert batches.batch_count(db, counsellor, activity_id) == 2
    calls = []
    with pytest.raises(Cancelled):
        batches.participation_batch(
            db, counsellor, activity_id, on_progress=lambda done, total: calls.append(done),
            cancelled=lambda: len(calls) >= 1)
    assert _count(db) == 0
    batch = batches.participation_batch(db, counsellor, activity_id)
    assert [d.document.client_id for d in batch.documents] == people[:2]
    merged = PdfReader(io.BytesIO(batch.combined))
    assert len(merged.pages) == 2
    assert _count(db) == 2


@pytest.mark.sqlite_file("the command's --db takes a file, not yet a server's URL")
def test_cli_issues_and_verifies(db: Database, staff: dict[str, Actor], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    person = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Aïcha", last_name="N'Diaye")).id
    db.close()
    out = tmp_path / "avis.pdf"
    monkeypatch.setenv("CJEAPP_PASSWORD", "reception-password")
    assert main(["document", "--db", str(db.path), "--user", "reception", "--kind",
                 "collection_notice", "--client", person, "--lang", "fr",
                 "--out", str(out)]) == 0
    assert "Aïcha N'Diaye" in _text(out.read_bytes())
    assert main(["verify-document", "--db", str(db.path), "--user", "reception", str(out)]) == 0
    assert "genuine" in capsys.readouterr().out
    out.write_bytes(out.read_bytes().replace(b"/Creator (", b"/Creator (Y"))
    assert main(["verify-document", "--db", str(db.path), "--user", "reception", str(out)]) == 1
    assert "altered" in capsys.readouterr().out
    assert main(["document", "--db", str(db.path), "--user", "reception", "--kind",
                 "attestation_participation", "--client", person, "--out", str(out)]) == 2
    monkeypatch.setenv("CJEAPP_PASSWORD", "wrong")
    before = out.read_bytes()
    assert main(["document", "--db", str(db.path), "--user", "reception", "--kind",
                 "collection_notice", "--client", person, "--out", str(out)]) == 1
    assert "wrong password" in capsys.readouterr().err and out.read_bytes() == before


def test_a_preview_is_marked_unnumbered_and_registers_nothing(db, staff, oi) -> None:
    activity_id, people = oi
    counsellor = staff["counsellor"]
    with pytest.raises(PermissionDenied):  # reception previews notices, not attestations
        issuing.participation_draft(db, staff["reception"], people[0], activity_id)
    draft = issuing.participation_draft(db, counsellor, people[0], activity_id)
    with pytest.raises(PermissionDenied):
        issuing.preview(db, staff["reception"], draft)
    before = _count(db)
    pdf = issuing.preview(db, counsellor, draft)
    text = _text(pdf)
    assert "APERÇU" in text and "Attestation de participation" in text
    assert _count(db) == before  # nothing registered
    issued = issuing.issue(db, staff["counsellor"], draft)
    assert issued.document.number not in text and issued.document.verification_code not in text
    assert "APERÇU" not in _text(issued.pdf)
