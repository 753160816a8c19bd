"""Importing what organizations keep besides their lists of people — services logs,
attendance sheets, partner directories — and deciding likely duplicate people beside the
existing file: each row finds its person or says why not, the batch is all or nothing
(even killed midway), and undo puts everything back or says what stops it."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func
from sqlalchemy import select

from cjeapp.bench.import_bench import write_list
from cjeapp.core import clock
from cjeapp.core.casework import partners as partner_directory
from cjeapp.core.casework import referrals
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.casework.service_records import record_service
from cjeapp.core.casework.volets import volet_for
from cjeapp.core.db.database import Database
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import ValidationError
from cjeapp.core.groups import activities
from cjeapp.core.ids import ClientId
from cjeapp.core.imports import batches
from cjeapp.core.imports import people
from cjeapp.core.imports import runners
from cjeapp.core.imports import words
from cjeapp.core.imports.batches import UndoRefused
from cjeapp.core.imports.mappings import Mapping
from cjeapp.core.imports.mappings import proposed_mapping
from cjeapp.core.imports.reading import read_sheet
from cjeapp.core.imports.rows import DryRun
from cjeapp.core.imports.services import minutes_in
from cjeapp.core.models import Attendance
from cjeapp.core.models import AuditEntry
from cjeapp.core.models import Client
from cjeapp.core.models import ClientLanguage
from cjeapp.core.models import Enrolment
from cjeapp.core.models import ImportBatch
from cjeapp.core.models import Partner
from cjeapp.core.models import ServiceRecord
from cjeapp.core.people import clients
from cjeapp.core.people import consents
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from tests import databases


def _write_csv(path: Path, rows: list[list[str]], encoding: str = "cp1252",
               delimiter: str = ";") -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def _person(db: Database, actor: Actor, first: str, last: str, born: date, **more: object
            ) -> Client:
    return clients.create_client(db, actor, ClientForm(first_name=first, last_name=last,
                                                       birth_date=born, **more))  # type: ignore[arg-type]


def _fates(checked: DryRun) -> dict[int, str]:
    return {result.row: result.status for result in checked.results}


def _said(checked: DryRun, row: int) -> str:
    """What the check says of a row, in French, as the coordinator reads it."""
    result = next(result for result in checked.results if result.row == row)
    return result.error_text("fr") if result.status == "error" else result.duplicates_text("fr")


def _count(db: Database, model: Any, *where: Any) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(
            model.deleted_at.is_(None), *where)) or 0)


def test_a_duration_is_read_as_people_write_it() -> None:
    assert minutes_in("1,5", unit_minutes=False) == 90
    assert minutes_in("1.25", unit_minutes=False) == 75
    assert minutes_in("1 h 30", unit_minutes=False) == 90
    assert minutes_in("2h", unit_minutes=True) == 120
    assert minutes_in("0:45", unit_minutes=False) == 45
    assert minutes_in("45 min", unit_minutes=False) == 45
    assert minutes_in("90", unit_minutes=True) == 90
    assert minutes_in("une heure", unit_minutes=False) is None
    assert minutes_in("1,5,2", unit_minutes=False) is None


@pytest.fixture
def known(db: Database, staff: dict[str, Actor]) -> dict[str, Client]:
    reception = staff["reception"]
    return {
        "helene": _person(db, reception, "Hélène", "Côté-Bélanger", date(1988, 3, 14),
                          mifi_client_number="12345678", email="helene@example.org",
                          immigration_category="refugee_government",
                          arrival_date=date(2025, 1, 10)),
        "ahmad_young": _person(db, reception, "Ahmad", "Karimi", date(1990, 1, 1)),
        "ahmad_old": _person(db, reception, "Ahmad", "Karimi", date(1975, 6, 2)),
        "omar": _person(db, reception, "Omar", "Haddad", date(1980, 2, 2)),
    }


SERVICES_LOG = [
    ["Client", "Date de naissance", "No MIFI", "Date", "Service", "Durée", "Intervenante",
     "Notes"],
    ["", "", "12345678", "05/03/2025", "Évaluation des besoins", "1,5", "Test counsellor",
     "Premier accueil"],
    ["CÔTÉ-BÉLANGER Hélène", "", "", "6 mars 2025", "Logement", "1 h 30", "", ""],
    ["KARIMI Ahmad", "1975-06-02", "", "2025-03-07", "Évaluation des besoins", "45 min", "",
     ""],
    ["KARIMI Ahmad", "", "", "2025-03-07", "Évaluation des besoins", "1", "", ""],
    ["HADDAD Omar", "", "", "2025-03-05", "Évaluation des besoins", "1", "", ""],
    ["TREMBLAY Inconnue", "", "", "2025-03-05", "Évaluation des besoins", "1", "", ""],
    ["", "", "12345678", "05/03/2025", "Évaluation des besoins", "2", "", ""],
    ["", "", "12345678", "2099-01-01", "Évaluation des besoins", "une heure", "", ""],
    ["Omar Haddad", "", "12345678", "2025-03-08", "Évaluation des besoins", "1", "", ""],
]


def test_a_services_log_finds_each_person_or_says_why_and_imports_as_one_batch(
        db: Database, staff: dict[str, Actor], known: dict[str, Client],
        tmp_path: Path) -> None:
    coordinator = staff["coordinator"]
    record_service(db, staff["counsellor"], ClientId(known["omar"].id),
                   ServiceForm("needs_assessment", date(2025, 3, 5), 60))
    sheet = read_sheet(_write_csv(tmp_path / "services.csv", SERVICES_LOG))
    mapping = proposed_mapping(sheet.headers, "services")
    assert mapping.columns == {"full_name": "Client", "birth_date": "Date de naissance",
                               "mifi_client_number": "No MIFI", "delivered_on": "Date",
                               "service_type": "Service", "hours": "Durée",
                               "staff": "Intervenante", "notes": "Notes"}
    assert words.untranslated(db, coordinator, sheet, mapping) == [("service_type", "Logement")]
    assert ("housing_search", "Help finding housing") in words.choices(
        db, coordinator, "service_type", "services")
    mapping.translate("service_type", "Logement", "housing_search")
    before = _count(db, ServiceRecord)
    checked = runners.dry_run(db, coordinator, sheet, mapping)
    assert _fates(checked) == {2: "ready", 3: "ready", 4: "ready", 5: "error", 6: "duplicate",
                               7: "error", 8: "duplicate", 9: "error", 10: "error"}
    assert _count(db, ServiceRecord) == before  # the check writes nothing
    assert "2 dossiers" in _said(checked, 5) and "date de naissance" in _said(checked, 5)
    assert "Aucun dossier" in _said(checked, 7) and "TREMBLAY Inconnue" in _said(checked, 7)
    assert "Omar Haddad" in _said(checked, 6)  # the service already in his file
    assert "ligne 2" in _said(checked, 8)
    assert "futur" in _said(checked, 9) or "une heure" in _said(checked, 9)
    assert "Hélène Côté-Bélanger" in _said(checked, 10)  # the number is someone else's
    with pytest.raises(ValidationError):
        runners.run_import(db, coordinator, sheet, mapping)  # rows in error, not left out
    done = runners.run_import(db, coordinator, sheet, mapping, leave_out_errors=True,
                              choices={6: "create"})
    assert (done.imported, done.left_out) == (4, 5)
    with db.read_session() as session:
        given = {(row.client_id, row.delivered_on): row for row in session.scalars(
            select(ServiceRecord).where(ServiceRecord.deleted_at.is_(None)))}
        first = given[(known["helene"].id, date(2025, 3, 5))]
        assert (first.duration_minutes, first.notes) == (90, "Premier accueil")
        assert first.staff_id == staff["counsellor"].user_id
        housing = given[(known["helene"].id, date(2025, 3, 6))]
        assert housing.service_type == "housing_search" and housing.staff_id is None
        assert housing.volet == volet_for("housing_search", category="refugee_government",
                                          status=None, arrival_date=date(2025, 1, 10),
                                          delivered_on=date(2025, 3, 6))
        assert given[(known["ahmad_old"].id, date(2025, 3, 7))].duration_minutes == 45
        assert (known["ahmad_young"].id, date(2025, 3, 7)) not in given
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "import"))
        assert entry is not None and entry.entity_id == done.batch_id
    assert batches.undo_batch(db, coordinator, done.batch_id) == 4
    assert _count(db, ServiceRecord) == before


def test_a_stopped_services_import_leaves_nothing(db: Database, staff: dict[str, Actor],
                                                 known: dict[str, Client],
                                                 tmp_path: Path) -> None:
    rows = [SERVICES_LOG[0]] + [["", "", "12345678", f"2025-{month:02d}-{day:02d}",
                                 "Évaluation des besoins", "1", "", ""]
                                for month in range(1, 13) for day in range(1, 28)] * 3
    sheet = read_sheet(_write_csv(tmp_path / "services.csv", rows))
    mapping = proposed_mapping(sheet.headers, "services")
    reported: list[int] = []
    with pytest.raises(Cancelled):
        runners.run_import(db, staff["coordinator"], sheet, mapping, choices={
            number: "create" for number in range(2, len(rows) + 1)},
            report=lambda done, _total: reported.append(done),
            cancelled=lambda: bool(reported))
    assert reported and _count(db, ServiceRecord) == 0 and _count(db, ImportBatch) == 0


def test_a_partner_directory_imports_and_its_undo_stops_at_a_referral(
        db: Database, staff: dict[str, Actor], known: dict[str, Client],
        tmp_path: Path) -> None:
    coordinator = staff["coordinator"]
    partner_directory.save_partner(db, coordinator, partner_directory.PartnerForm(
        "Maison de la Famille", "community"))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Organisme", "Type", "Personne contact", "Téléphone", "Courriel",
                 "Services offerts"],
                ["Centre de francisation de Thetford", "Centre de francisation", "Julie Roy",
                 "418 555-0199", "julie@example.org", "Cours de français"],
                ["Avocats Lemieux", "Avocats et consultants en immigration", "", "",
                 "pas-un-courriel", ""],
                ["CENTRE DE FRANCISATION DE THETFORD", "francisation", "", "", "", ""],
                ["Maison de la famille", "Organisme communautaire", "", "", "", ""],
                ["Garage Roy", "Garage", "", "", "", ""]):
        sheet.append(row)
    book.save(tmp_path / "partenaires.xlsx")
    read = read_sheet(tmp_path / "partenaires.xlsx")
    mapping = proposed_mapping(read.headers, "partners")
    assert mapping.columns == {"name": "Organisme", "kind": "Type",
                               "contact_person": "Personne contact", "phone": "Téléphone",
                               "email": "Courriel", "offers": "Services offerts"}
    checked = runners.dry_run(db, coordinator, read, mapping)
    assert _fates(checked) == {2: "ready", 3: "error", 4: "duplicate", 5: "duplicate",
                               6: "error"}
    assert "courriel" in _said(checked, 3).lower()
    assert "Maison de la Famille" in _said(checked, 5)
    assert "Garage" in _said(checked, 6)
    done = runners.run_import(db, coordinator, read, mapping, leave_out_errors=True)
    assert done.imported == 1
    with db.read_session() as session:
        made = session.scalar(select(Partner).where(Partner.name.like("Centre de%")))
        assert made is not None and (made.kind, made.email) == ("francisation",
                                                                 "julie@example.org")
    omar = ClientId(known["omar"].id)
    consents.record_consent(db, staff["counsellor"], omar, purpose="referral",
                            given_on=clock.today(), method="written", partner_id=made.id)
    referrals.refer(db, staff["counsellor"], omar, partner_id=made.id,
                    reason="Cours de français à temps partiel")
    with pytest.raises(UndoRefused) as refused:
        batches.undo_batch(db, coordinator, done.batch_id)
    assert "Centre de francisation de Thetford" in refused.value.message.render("fr")
    assert _count(db, Partner) == 2


@pytest.fixture
def workshop(db: Database, staff: dict[str, Actor], known: dict[str, Client]) -> str:
    counsellor = staff["counsellor"]
    activity = activities.create_activity(db, counsellor, kind="objectif_integration",
                                          title="Atelier Objectif Intégration", capacity=2)
    for day in (date(2025, 3, 5), date(2025, 3, 12), clock.today() + timedelta(days=14)):
        activities.add_session(db, counsellor, activity.id, starts_at=datetime.combine(
            day, time(13, 0), tzinfo=clock.LOCAL_ZONE), hours=Decimal(3))
    activities.enrol(db, counsellor, activity.id, ClientId(known["helene"].id))
    activities.enrol(db, counsellor, activity.id, ClientId(known["ahmad_young"].id))
    activities.enrol(db, counsellor, activity.id, ClientId(known["omar"].id))  # waiting
    return activity.id


def test_an_attendance_sheet_enrols_who_took_part_and_undoes_then_imports_again(
        db: Database, staff: dict[str, Actor], known: dict[str, Client], workshop: str,
        tmp_path: Path) -> None:
    coordinator = staff["coordinator"]
    later = (clock.today() + timedelta(days=14)).isoformat()
    path = _write_csv(tmp_path / "presences.csv", [
        ["Nom complet", "Date de naissance", "Atelier", "Date", "Présence"],
        ["Hélène Côté-Bélanger", "", "Atelier Objectif Intégration", "2025-03-05", "x"],
        ["Hélène Côté-Bélanger", "", "atelier objectif integration", "12/03/2025", ""],
        ["KARIMI Ahmad", "1975-06-02", "Atelier Objectif Intégration", "5 mars 2025", "P"],
        ["HADDAD Omar", "", "Atelier Objectif Intégration", "2025-03-05", "x"],
        ["Hélène Côté-Bélanger", "", "Atelier Objectif Intégration", "2025-03-06", "x"],
        ["Hélène Côté-Bélanger", "", "Atelier Objectif Intégration", later, "x"],
        ["Hélène Côté-Bélanger", "", "Atelier Objectif Intégration", "2025-03-05", "x"],
        ["Hélène Côté-Bélanger", "", "Cuisine collective", "2025-03-05", "x"],
        ["Hélène Côté-Bélanger", "", "Atelier Objectif Intégration", "2025-03-12", "peut-être"],
    ], encoding="utf-8", delimiter=",")
    sheet = read_sheet(path)
    mapping = proposed_mapping(sheet.headers, "attendance")
    assert mapping.columns == {"full_name": "Nom complet", "birth_date": "Date de naissance",
                               "activity": "Atelier", "session_date": "Date",
                               "present": "Présence"}
    checked = runners.dry_run(db, coordinator, sheet, mapping)
    assert _fates(checked) == {2: "ready", 3: "ready", 4: "ready", 5: "error", 6: "error",
                               7: "error", 8: "duplicate", 9: "error", 10: "error"}
    assert "liste d'attente" in _said(checked, 5)
    assert "aucune rencontre" in _said(checked, 6).lower()
    assert "pas encore eu lieu" in _said(checked, 7)
    assert "Cuisine collective" in _said(checked, 9)
    assert "peut-être" in _said(checked, 10)

    def state() -> tuple[dict[tuple[str, bool], int], int]:
        with db.read_session() as session:
            rows = session.execute(select(Attendance.client_id, Attendance.present).where(
                Attendance.deleted_at.is_(None)))
            seen: dict[tuple[str, bool], int] = {}
            for client_id, present in rows:
                seen[(client_id, present)] = seen.get((client_id, present), 0) + 1
        return seen, _count(db, Enrolment, Enrolment.activity_id == workshop,
                            Enrolment.status == "enrolled")

    done = runners.run_import(db, coordinator, sheet, mapping, leave_out_errors=True)
    assert done.imported == 3
    after = state()
    helene, ahmad = known["helene"].id, known["ahmad_old"].id
    assert after == ({(helene, True): 1, (helene, False): 1, (ahmad, True): 1}, 3)
    assert batches.undo_batch(db, coordinator, done.batch_id) == 3
    assert state() == ({}, 2)  # Ahmad's enrolment came with the import: it goes with it
    again = runners.run_import(db, coordinator, sheet, mapping, leave_out_errors=True)
    assert again.imported == 3 and state() == after  # tombstones brought back, not doubled
    assert batches.undo_batch(db, coordinator, again.batch_id) == 3


def test_a_likely_duplicate_is_completed_or_linked_as_chosen_and_undone_exactly(
        db: Database, staff: dict[str, Actor], known: dict[str, Client],
        tmp_path: Path) -> None:
    coordinator = staff["coordinator"]
    path = _write_csv(tmp_path / "liste.csv", [
        ["Nom", "Prénom", "Date de naissance", "Téléphone", "Courriel", "Langues"],
        ["CÔTÉ-BÉLANGER", "Hélène", "14/03/1988", "418 555-0123", "autre@example.org",
         "espagnol"],
        ["HADDAD", "Omar", "1980-02-02", "418 555-0456", "", ""],
        ["NOUVEAU", "Client", "1990-01-01", "", "", ""],
    ])
    sheet = read_sheet(path)
    mapping = proposed_mapping(sheet.headers)
    checked = runners.dry_run(db, coordinator, sheet, mapping)
    assert _fates(checked) == {2: "duplicate", 3: "duplicate", 4: "ready"}
    row = checked.results[0]
    assert row.matches == (known["helene"].id,) and row.choices == ("create", "merge", "link")
    compared = {line.caption: line for line in people.side_by_side(
        db, coordinator, row.form, row.matches[0])}
    assert compared["Phone"].fills and compared["Phone"].existing == ""
    assert not compared["E-mail"].fills  # the file's e-mail stays as it is
    assert compared["E-mail"].existing == "helene@example.org"
    versions = {name: client.version for name, client in known.items()}
    done = runners.run_import(db, coordinator, sheet, mapping, choices={2: "merge", 3: "link"})
    assert (done.imported, done.merged, done.linked, done.left_out) == (1, 1, 1, 0)
    with db.read_session() as session:
        helene = session.get(Client, known["helene"].id)
        omar = session.get(Client, known["omar"].id)
        assert helene is not None and omar is not None
        assert (helene.phone, helene.email) == ("418 555-0123", "helene@example.org")
        assert omar.version == versions["omar"] and omar.phone is None
        spoken = set(session.scalars(select(ClientLanguage.language_code).where(
            ClientLanguage.client_id == helene.id, ClientLanguage.deleted_at.is_(None))))
        assert spoken == {"es"}
    assert batches.undo_batch(db, coordinator, done.batch_id) == 2
    with db.read_session() as session:
        helene = session.get(Client, known["helene"].id)
        assert helene is not None and helene.phone is None and helene.phone_digits is None
        assert not list(session.scalars(select(ClientLanguage).where(
            ClientLanguage.client_id == helene.id, ClientLanguage.deleted_at.is_(None))))
        assert session.scalar(select(Client).where(Client.last_name == "Nouveau",
                                                   Client.deleted_at.is_(None))) is None
    # Completed again, then worked on: the undo would lose that work, so it refuses.
    done = runners.run_import(db, coordinator, sheet, mapping, choices={2: "merge"})
    client, _missing = clients.open_client(db, coordinator, ClientId(known["helene"].id))
    form = ClientForm(first_name=client.first_name, last_name=client.last_name,
                      birth_date=client.birth_date, phone=client.phone, email=client.email,
                      municipality="Thetford Mines")
    clients.update_client(db, coordinator, ClientId(client.id), form, client.version)
    with pytest.raises(UndoRefused) as refused:
        batches.undo_batch(db, coordinator, done.batch_id)
    assert "Hélène Côté-Bélanger" in refused.value.message.render("fr")


@pytest.mark.parametrize("kind", ["people", "services"])
@pytest.mark.sqlite_file("kills a process writing the file")
def test_a_kill_in_the_middle_of_an_import_leaves_the_database_as_before(
        db: Database, staff: dict[str, Actor], tmp_path: Path, kind: str) -> None:
    listed = tmp_path / "liste.csv"
    who = write_list(listed, 1_500)
    source = listed
    if kind == "services":
        runners.run_import(db, staff["coordinator"], read_sheet(listed),
                           proposed_mapping(read_sheet(listed).headers), leave_out_errors=True)
        source = tmp_path / "services.csv"
        _write_csv(source, [["No MIFI", "Date", "Service", "Heures"]] + [
            [mifi, "2025-03-05", "Évaluation des besoins", "1"] for mifi, *_rest in who])
    path, key = db.path, databases.key_of(db.path)
    counts = (_count(db, Client), _count(db, ServiceRecord), _count(db, ImportBatch))
    db.close()
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from cjeapp.core.db.database import Database\n"
        "from cjeapp.core.imports import runners\n"
        "from cjeapp.core.imports.mappings import proposed_mapping\n"
        "from cjeapp.core.imports.reading import read_sheet\n"
        "from cjeapp.core.staff import accounts\n"
        "db = Database.open(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))\n"
        "actor = accounts.sign_in(db, 'coordinator', 'coordinator-password')\n"
        "sheet = read_sheet(Path(sys.argv[3]))\n"
        "def report(done, total):\n"
        "    if done >= 1000:\n"
        "        os.kill(os.getpid(), 9)\n"
        "runners.run_import(db, actor, sheet, proposed_mapping(sheet.headers, sys.argv[4]),\n"
        "                   leave_out_errors=True, report=report)\n")
    ended = subprocess.run([sys.executable, "-c", script, str(path), key.hex(), str(source),
                            kind], capture_output=True, timeout=120, env=dict(os.environ))
    assert ended.returncode == -9, ended.stderr.decode()
    again = Database.open(path, key)
    try:
        assert (_count(again, Client), _count(again, ServiceRecord),
                _count(again, ImportBatch)) == counts
        with again.read_session() as session:
            assert session.execute(select(func.count()).select_from(
                Client)).scalar_one() >= counts[0]
        actor = accounts.sign_in(again, "coordinator", "coordinator-password")
        sheet = read_sheet(source)
        done = runners.run_import(again, actor, sheet, proposed_mapping(sheet.headers, kind),
                                  leave_out_errors=True)
        assert done.imported > 1_000
    finally:
        again.close()


def test_a_mapping_of_one_kind_is_refused_for_another(db: Database,
                                                     staff: dict[str, Actor]) -> None:
    from cjeapp.core.imports.mappings import save_mapping
    from cjeapp.core.imports.mappings import saved_mappings

    coordinator = staff["coordinator"]
    with pytest.raises(ValidationError):
        save_mapping(db, coordinator, "Journal", Mapping({"delivered_on": "Date"}))
    save_mapping(db, coordinator, "Journal", Mapping({"delivered_on": "Date"}, kind="services"))
    assert list(saved_mappings(db, coordinator, "services")) == ["Journal"]
    assert saved_mappings(db, coordinator, "people") == {}
