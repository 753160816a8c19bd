"""Tomorrow's reminders: the next working day's booked appointments with the phone, the
language and the interpreter; ticked as called; the last month's missed appointments
beside them; on paper and in a spreadsheet, logged."""

from __future__ import annotations

import io
from datetime import UTC
from datetime import date
from datetime import datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.agenda import reminders
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.models import AuditEntry
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor

FRIDAY = date(2026, 11, 20)
MONDAY = date(2026, 11, 23)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_ZONE)


@pytest.fixture
def booked(db: Database, staff: dict[str, Actor]) -> dict[str, str]:
    """Three people booked on Monday, one on Tuesday, one missed and one kept last week."""
    clock.freeze(datetime(2026, 11, 10, 14, 0, tzinfo=UTC))
    desk = staff["reception"]
    counsellor = staff["counsellor"].user_id
    assert counsellor
    people = {
        "amal": ClientForm(first_name="Amal", last_name="Haddad", phone="418 555-0101",
                           interpreter_needed=True, interpreter_language="ar"),
        "jose": ClientForm(first_name="José", last_name="Pérez", email="jose@courriel.example",
                           languages=["es", "fr"]),
        "lin": ClientForm(first_name="Lin", last_name="Wang", phone="418 555-0103"),
        "ivan": ClientForm(first_name="Ivan", last_name="Petrov", phone="418 555-0104"),
    }
    ids = {key: clients.create_client(db, desk, form).id for key, form in people.items()}

    def book(key: str, start: datetime) -> str:
        return appointments.book(db, desk, client_id=ids[key], counsellor_id=counsellor,
                                 kind="follow_up", place="office", starts_at=start,
                                 minutes=30).id

    made = {"missed": book("ivan", at(date(2026, 11, 12), 9)),
            "kept": book("lin", at(date(2026, 11, 13), 9)),
            "lin": book("lin", at(MONDAY, 9)), "amal": book("amal", at(MONDAY, 10)),
            "jose": book("jose", at(MONDAY, 11)), "cancelled": book("ivan", at(MONDAY, 14)),
            "tuesday": book("ivan", at(date(2026, 11, 24), 9))}
    appointments.cancel(db, desk, made["cancelled"], "Déménagé")
    clock.freeze(datetime(2026, 11, 13, 20, 0, tzinfo=UTC))
    appointments.mark(db, desk, made["missed"], "no_show")
    appointments.mark(db, desk, made["kept"], "attended")
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # Friday: the next day is Monday
    return made


def test_the_next_working_day_with_what_the_desk_needs(db: Database, staff: dict[str, Actor],
                                                       booked: dict[str, str]) -> None:
    assert reminders.next_working_day(db) == MONDAY
    found = reminders.reminders(db, staff["reception"])
    assert found.day == MONDAY
    assert [(row.person, row.phone, row.email, row.language, row.interpreter)
            for row in found.rows] == [
        ("Lin Wang", "418 555-0103", None, "fr", None),
        ("Amal Haddad", "418 555-0101", None, "ar", "ar"),
        ("José Pérez", None, "jose@courriel.example", "es", None)]
    assert [(row.person, row.starts_at.date()) for row in found.missed] == [
        ("Ivan Petrov", date(2026, 11, 12))]
    assert found.held == 2 and found.called == 0


def test_ticked_as_called_and_only_while_booked(db: Database, staff: dict[str, Actor],
                                                booked: dict[str, str]) -> None:
    desk = staff["reception"]
    reminders.mark_called(db, desk, booked["amal"])
    reminders.mark_called(db, desk, booked["amal"])  # twice: one change
    found = reminders.reminders(db, desk)
    assert found.called == 1
    [amal] = [row for row in found.rows if row.person == "Amal Haddad"]
    assert amal.reminded_at == clock.now()
    reminders.mark_called(db, desk, booked["amal"], called=False)
    assert reminders.reminders(db, desk).called == 0
    with pytest.raises(CjeError, match="no longer booked"):
        reminders.mark_called(db, desk, booked["cancelled"])
    clock.freeze(datetime(2026, 11, 23, 16, 0, tzinfo=UTC))  # Monday 11:00: Lin's is over
    with pytest.raises(CjeError, match="already over"):
        reminders.mark_called(db, desk, booked["lin"])
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    with db.read_session() as session:
        changes = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "appointments", AuditEntry.entity_id == booked["amal"])))
    assert changes.count("update") == 2


def test_on_paper_and_in_a_spreadsheet_in_words(db: Database, staff: dict[str, Actor],
                                                booked: dict[str, str]) -> None:
    desk = staff["reception"]
    reminders.mark_called(db, desk, booked["lin"])
    pdf = reminders.reminders_pdf(db, desk, language="fr")
    text = " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Rappels du lundi 23 novembre 2026" in text
    assert "Rendez-vous manqués dans les 30 derniers jours : 1 sur 2." in text
    assert "Amal Haddad" in text and "arabe" in text and "True" not in text
    book = load_workbook(io.BytesIO(reminders.reminders_xlsx(db, desk, language="fr")))
    rows = [[cell for cell in row] for row in book.active.iter_rows(values_only=True)]
    assert rows[0] == ["Heure", "Personne", "Téléphone", "Langue", "Interprète",
                       "Intervenante ou intervenant", "Appel fait"]
    assert rows[1][1] == "Lin Wang" and rows[1][6] == "oui"
    assert rows[2][3] == "arabe" and rows[2][4] == "arabe"
    assert rows[3][2] == "jose@courriel.example" and rows[3][4] == "non"
    with db.read_session() as session:
        logged = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "appointments", AuditEntry.entity_id.is_(None))))
    assert sorted(logged) == ["export", "print"]
