"""The Law 25 notice: a real PDF, in the person's language, registered with its hash."""

from __future__ import annotations

import io
from datetime import UTC
from datetime import datetime

from pypdf import PdfReader
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.documents import issuing
from cjeapp.core.documents.register import sha256
from cjeapp.core.models import AuditEntry
from cjeapp.core.models import IssuedDocument
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_notice_in_french_names_the_person_and_the_privacy_officer(
        db: Database, staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 22, 15, 0, tzinfo=UTC))
    client = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Hélène", last_name="Côté-Bélanger", preferred_language="fr"))
    issued = issuing.issue_collection_notice(db, staff["reception"], client.id)
    text = _text(issued.pdf)
    assert "Hélène Côté-Bélanger" in text
    assert "22 novembre 2026" in text
    assert "Andréane Morin" in text
    assert issued.document.number in text
    assert issued.document.verification_code in text
    with db.read_session() as session:
        row = session.scalar(select(IssuedDocument))
        assert row is not None and row.sha256 == sha256(issued.pdf)
        assert row.number == "2026-000001"
        printed = session.scalar(select(AuditEntry).where(AuditEntry.action == "print"))
        assert printed is not None and printed.entity_id == row.id
        assert printed.details and issued.document.number in printed.details


def test_notice_in_english_for_an_english_speaker(db: Database,
                                                  staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 22, 15, 0, tzinfo=UTC))
    client = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Priya", last_name="D'Souza", preferred_language="en"))
    first = issuing.issue_collection_notice(db, staff["reception"], client.id)
    second = issuing.issue_collection_notice(db, staff["reception"], client.id)
    text = _text(first.pdf)
    assert "Notice at collection of personal information" in text
    assert "November 22, 2026" in text
    assert "Priya D'Souza" in text
    assert second.document.number == "2026-000002"
