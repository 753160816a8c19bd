"""The appointment slip: in the person's language when it is written in it, else French and
English side by side; the interpreter, the office, who they will see; logged; never for an
appointment that will not happen; a damaged language file is named, never a traceback."""

from __future__ import annotations

import io
import json
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.agenda import slip_texts
from cjeapp.core.agenda.slip import appointment_slip
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.models import AuditEntry
from cjeapp.core.org import organization
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor

MONDAY = date(2026, 11, 23)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def _booked(db: Database, staff: dict[str, Actor], **person: object) -> str:
    clock.freeze(datetime(2026, 11, 20, 14, 0, tzinfo=UTC))
    org = organization.get_organization(db)
    organization.update_organization(
        db, staff["administrator"], name=org.name, address="120, rue Principale, Thetford",
        phone="418 555-0140", email=None, agreement_number=None,
        privacy_officer_name="Andréane Morin", privacy_officer_title=None,
        privacy_officer_contact=None, expected_version=org.version)
    client = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Sofía", last_name="Gómez", **person)).id  # type: ignore[arg-type]
    counsellor = staff["counsellor"].user_id
    assert counsellor
    return appointments.book(
        db, staff["reception"], client_id=client, counsellor_id=counsellor,
        kind="needs_assessment", place="office",
        starts_at=datetime(2026, 11, 23, 10, 30, tzinfo=LOCAL_ZONE), minutes=45).id


def test_in_the_persons_language_with_the_interpreter(db: Database,
                                                      staff: dict[str, Actor]) -> None:
    appointment = _booked(db, staff, interpreter_needed=True, interpreter_language="es")
    text = _text(appointment_slip(db, staff["reception"], appointment))
    assert "Su cita" in text and "Para: Sofía Gómez" in text
    assert "lunes, 23 de noviembre de 2026, de 10:30 a 11:15" in text
    assert "Estamos organizando un intérprete (español) para esta cita." in text
    assert "Test counsellor" in text and "120, rue Principale, Thetford" in text
    assert "llámenos al 418 555\u20110140." in text  # a number never broken across lines
    # beside it in French, which the office reads too; not in English
    assert "Votre rendez-vous" in text and "Your appointment" not in text
    with db.read_session() as session:
        printed = list(session.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.action == "print", AuditEntry.entity == "appointments")))
    assert printed == [appointment]


def test_french_and_english_side_by_side_otherwise(db: Database,
                                                   staff: dict[str, Actor]) -> None:
    appointment = _booked(db, staff, interpreter_needed=True, interpreter_language="ti")
    pdf = appointment_slip(db, staff["reception"], appointment)
    text = _text(pdf)
    assert "Votre rendez-vous" in text and "Your appointment" in text
    assert "lundi 23 novembre 2026, de 10 h 30 à 11 h 15" in text
    assert "Monday, November 23, 2026, from 10:30" in text
    assert "Nous prévoyons un interprète (tigrigna) pour ce rendez-vous." in text
    assert "We are arranging an interpreter (Tigrinya) for this appointment." in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert b"/Lang (fr-CA)" in pdf  # BCP 47: French as written in Canada


def test_only_for_an_appointment_to_come(db: Database, staff: dict[str, Actor]) -> None:
    appointment = _booked(db, staff)
    assert "Votre rendez-vous" in _text(appointment_slip(db, staff["counsellor"], appointment))
    appointments.cancel(db, staff["reception"], appointment, "Enfant malade")
    with pytest.raises(CjeError, match="still to come"):
        appointment_slip(db, staff["reception"], appointment)


def test_a_dropped_in_language_file_is_used_and_a_damaged_one_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "slips"
    folder.mkdir()
    for path in slip_texts.resource_path("slips").glob("*.json"):
        (folder / path.name).write_bytes(path.read_bytes())
    words = json.loads((folder / "appointment_slip.es.json").read_text(encoding="utf-8"))
    words |= {"language": "pt", "name": "português", "title": "A sua consulta"}
    (folder / "appointment_slip.pt.json").write_text(json.dumps(words), encoding="utf-8")
    (folder / "appointment_slip.de.json").write_text('{"language": "de"}', encoding="utf-8")
    monkeypatch.setattr(slip_texts, "resource_path",
                        lambda *parts: tmp_path.joinpath(*parts))
    slip_texts.slip_text.cache_clear()
    try:
        assert slip_texts.slip_codes() == ["fr", "en", "de", "es", "pt"]
        assert slip_texts.slip_text("pt")["title"] == "A sua consulta"
        with pytest.raises(CjeError, match=r"appointment_slip\.de\.json cannot be used"):
            slip_texts.slip_text("de")
        # a damaged file is no slip in that language: French and English instead
        assert slip_texts.has_slip("pt") and not slip_texts.has_slip("de")
    finally:
        slip_texts.slip_text.cache_clear()
