"""A person's requests under Law 25 and their copy: the register with its 30-day deadline,
the copy holding every table that names the person (checked against the schema it ships
with), notes withheld with a reason, the zip opened only with its passphrase, the readable
PDF, and the headless command."""

from __future__ import annotations

import io
import json
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest
import pyzipper
from pypdf import PdfReader
from sqlalchemy import select

from cjeapp.cli import main
from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import ConflictError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.ids import ClientId
from cjeapp.core.models import AuditEntry
from cjeapp.core.models import Base
from cjeapp.core.people import clients
from cjeapp.core.people import notes
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.privacy import person_export
from cjeapp.core.privacy import requests
from cjeapp.core.privacy.export_fields import SECTIONS
from cjeapp.core.privacy.requests import RequestForm


@pytest.fixture(autouse=True)
def _today() -> None:
    clock.freeze(datetime(2026, 11, 30, 15, 0, tzinfo=UTC))


def _person(db: Database, actor: Actor) -> ClientId:
    person = clients.create_client(db, actor, ClientForm(
        first_name="Imane", last_name="El Amrani", other_names="إيمان العمراني",
        birth_date=date(1990, 5, 3), phone="418 555-0101", mifi_client_number="12345678")).id
    notes.add_note(db, actor, person, "Situation familiale difficile; suivi serré.")
    return person


def test_every_table_that_names_a_person_is_a_section_of_the_copy() -> None:
    """A table added later with a client_id (or under one) must be given to the person."""
    sections = {section.name for section in SECTIONS}
    parents = {section.parent[0] for section in SECTIONS if section.parent}
    for table in Base.metadata.tables.values():
        if "client_id" in table.c:
            assert table.name in sections, table.name
        for key in table.foreign_keys:
            if key.column.table.name in parents and table.name not in sections:
                pytest.fail(f"{table.name} belongs to {key.column.table.name} but is not given")


def test_a_request_has_its_deadline_and_its_answer(db: Database,
                                                   staff: dict[str, Actor]) -> None:
    director = staff["director"]
    person = _person(db, staff["counsellor"])
    with pytest.raises(ValidationError) as refused:
        requests.record_request(db, director, RequestForm(None, "hearing", None))
    assert {e.field for e in refused.value.errors} == {"client_id", "kind", "received_on"}
    early = requests.record_request(db, director, RequestForm(
        person, "access", date(2026, 11, 1), requester="Me Diallo, avocat"))
    assert early.due_on == date(2026, 12, 1) and early.near(clock.today())
    later = requests.record_request(db, director, RequestForm(person, "portability",
                                                              date(2026, 11, 28)))
    assert not later.near(clock.today())
    with pytest.raises(ValidationError):
        requests.answer_request(db, director, early.id, answered_on=date(2026, 10, 1),
                                answer="Copie remise", expected_version=early.version)
    answered = requests.answer_request(db, director, early.id, answered_on=clock.today(),
                                       answer="Copie remise en main propre",
                                       expected_version=early.version)
    assert not answered.open and not answered.near(clock.today())
    with pytest.raises(ConflictError):
        requests.answer_request(db, director, early.id, answered_on=clock.today(),
                                answer="autre", expected_version=early.version)
    register = requests.list_requests(db, director)
    assert [row.kind for row in register] == ["portability", "access"]  # open ones first
    assert [row.kind for row in requests.list_requests(db, director, open_only=True)] == [
        "portability"]
    for role in ("reception", "counsellor", "coordinator", "administrator"):
        with pytest.raises(PermissionDenied):
            requests.list_requests(db, staff[role])


def test_the_copy_holds_everything_and_opens_only_with_its_passphrase(
        db: Database, staff: dict[str, Actor]) -> None:
    director = staff["director"]
    person = _person(db, staff["counsellor"])
    other = clients.create_client(db, staff["counsellor"], ClientForm(
        first_name="Omar", last_name="Tazi")).id
    request = requests.record_request(db, director, RequestForm(person, "portability",
                                                                clock.today()))
    made = person_export.make(db, director, person, request_id=request.id)
    jsonschema.validate(made.document, person_export.schema())
    sections = {s["name"]: s["records"] for s in made.document["sections"]}
    assert sections["clients"][0]["mifi_client_number"] == "12345678"
    assert sections["confidential_notes"][0]["body"].startswith("Situation familiale")
    assert sections["privacy_requests"][0]["kind"] == "portability"
    assert other not in json.dumps(made.document)  # nobody else's file
    with pytest.raises(RuntimeError), pyzipper.AESZipFile(io.BytesIO(made.zip_bytes)) as zipped:
        zipped.setpassword(b"not-the-passphrase")
        zipped.read("person.json")
    with pyzipper.AESZipFile(io.BytesIO(made.zip_bytes)) as archive:
        assert all(info.flag_bits & 1 for info in archive.infolist())  # every member
        archive.setpassword(made.passphrase.encode())
        assert json.loads(archive.read("person.json")) == made.document
        names = set(archive.namelist())
        assert {"person.json", "person_export.schema.json", "dossier.pdf",
                "LISEZ-MOI.txt", "csv/clients.csv", "csv/confidential_notes.csv"} <= names
        assert archive.read("csv/clients.csv").startswith(b"\xef\xbb\xbf")
    text = " ".join(" ".join(page.extract_text() for page in
                             PdfReader(io.BytesIO(made.pdf)).pages).split())
    assert "Les renseignements personnels que nous détenons à votre sujet" in text
    assert "Pour savoir qui vous êtes" in text and "Numéro de client du MIFI 12345678" in text
    with db.read_session() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "clients", AuditEntry.action == "export")).one()
    assert entry.entity_id == person and request.id in (entry.details or "")


def test_notes_withheld_are_counted_with_their_reason(db: Database,
                                                     staff: dict[str, Actor]) -> None:
    director = staff["director"]
    person = _person(db, staff["counsellor"])
    request = requests.record_request(db, director, RequestForm(person, "access",
                                                                clock.today()))
    made = person_export.make(db, director, person, language="en", request_id=request.id,
                              withhold_notes_reason="Information about a third person (s. 40)")
    jsonschema.validate(made.document, person_export.schema())
    sections = {s["name"]: s["records"] for s in made.document["sections"]}
    assert sections["confidential_notes"] == []
    assert made.document["withheld"] == [{"section": "confidential_notes", "count": 1,
                                          "reason": "Information about a third person (s. 40)"}]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(made.pdf)).pages)
    assert "Counsellors' notes withheld: 1" in " ".join(text.split())
    assert requests.list_requests(db, director)[0].withheld_reason.startswith("Information")
    with pytest.raises(ValidationError):
        person_export.make(db, director, person, passphrase="short")
    with pytest.raises(PermissionDenied):
        person_export.make(db, staff["counsellor"], person)


@pytest.mark.sqlite_file("the command's --db takes a file, not yet a server's URL")
def test_the_command_writes_the_copy_and_says_the_passphrase(
        db: Database, staff: dict[str, Actor], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    person = _person(db, staff["counsellor"])
    path = Path(db.path)
    db.close()
    monkeypatch.setenv("CJEAPP_PASSWORD", "director-password")
    out, pdf = tmp_path / "copie.zip", tmp_path / "copie.pdf"
    assert main(["person-export", "--db", str(path), "--user", "director", "--client",
                 person, "--out", str(out), "--pdf", str(pdf)]) == 0
    said = capsys.readouterr().out
    passphrase = said.strip().splitlines()[-1].rsplit(" ", 1)[-1]
    assert len(passphrase) == 29 and pdf.read_bytes().startswith(b"%PDF")
    with pyzipper.AESZipFile(out) as archive:
        archive.setpassword(passphrase.encode())
        assert json.loads(archive.read("person.json"))["person_id"] == person
    monkeypatch.setenv("CJEAPP_EXPORT_PASSPHRASE", "une phrase de passe choisie")
    assert main(["person-export", "--db", str(path), "--user", "director", "--client",
                 person, "--out", str(out)]) == 0
    assert "une phrase de passe choisie" not in capsys.readouterr().out
    with pyzipper.AESZipFile(out) as archive:
        archive.setpassword(b"une phrase de passe choisie")
        archive.read("person.json")
    assert main(["person-export", "--db", str(path), "--user", "director", "--client",
                 "nobody", "--out", str(out)]) == 1


def test_a_rectification_is_linked_to_its_request(db: Database,
                                                  staff: dict[str, Actor]) -> None:
    director, counsellor = staff["director"], staff["counsellor"]
    person = _person(db, counsellor)
    request = requests.record_request(db, director, RequestForm(
        person, "rectification", clock.today(), details="Nouveau numéro de téléphone"))
    assert requests.changes_since_request(db, director, request.id) == []
    client, _languages = clients.open_client(db, counsellor, person)
    clients.update_client(db, counsellor, person, ClientForm(
        first_name="Imane", last_name="El Amrani", other_names="إيمان العمراني",
        birth_date=date(1990, 5, 3), phone="819 555-0199", mifi_client_number="12345678"),
        expected_version=client.version)
    changed = requests.changes_since_request(db, director, request.id)
    assert len(changed) == 1 and changed[0].who == counsellor.full_name
    assert "418 555-0101 → 819 555-0199" in changed[0].details
    with pytest.raises(PermissionDenied):
        requests.changes_since_request(db, counsellor, request.id)
