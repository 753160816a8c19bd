"""Retention and destruction (Law 25): files past their retention are listed, an open
request holds one back, destruction erases the person for good — no search, export,
document or log reveals them, and no decrypted page of the file or its log keeps their
name, phone or MIFI number — while the funder's aggregates for their period do not change.
A register records each destruction without the data."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.ciphers import modes

from cjeapp.cli import main
from cjeapp.core import clock
from cjeapp.core.casework import service_records
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.people import clients
from cjeapp.core.people import notes
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.privacy import audit_viewer
from cjeapp.core.privacy import retention
from cjeapp.core.privacy.audit_viewer import AuditFilter
from cjeapp.core.privacy.requests import RequestForm
from cjeapp.core.privacy.requests import record_request
from cjeapp.core.reporting import package
from cjeapp.core.reporting.profile import load
from cjeapp.core.search.finder import search_clients
from cjeapp.core.staff import accounts
from tests import databases

SECRET_WORDS = (b"Quartz-Ulm", b"Zenobie", b"4185550147", b"418 555-0147", b"77889900",
                "Zénobie".encode())
PAGE, RESERVE = 4096, 80  # SQLCipher 4's defaults: page size; IV and HMAC at each page's end


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    begin = 16 if first else 0  # the first page begins with the salt
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[begin:PAGE - RESERVE]) + decryptor.finalize()


def _plain_pages(path: Path, key: bytes) -> bytes:
    """Every page of an encrypted SQLCipher file and every frame of its write-ahead log,
    decrypted as someone holding the key would read them: freed pages included."""
    raw = path.read_bytes()
    out = bytearray()
    for start in range(0, len(raw) - PAGE + 1, PAGE):
        out += _decrypt(raw[start:start + PAGE], key, start == 0)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        frames = wal.read_bytes()
        for start in range(32, len(frames) - PAGE - 24 + 1, PAGE + 24):
            number = int.from_bytes(frames[start:start + 4], "big")
            out += _decrypt(frames[start + 24:start + 24 + PAGE], key, number == 1)
    return bytes(out)


def _funder_aggregates(db: Database, tmp_path: Path, name: str) -> list[dict[str, str]]:
    director = accounts.sign_in(db, "director", "director-password")
    out = tmp_path / f"{name}.zip"
    package.build(db, director, load("PASI"), date(2017, 4, 1), date(2018, 3, 31), out)
    with zipfile.ZipFile(out) as archive:
        return list(csv.DictReader(io.StringIO(
            archive.read("aggregates.csv").decode("utf-8-sig"))))


@pytest.fixture
def old_file(db: Database, staff: dict[str, Actor]) -> str:
    """A person served in 2017 and not since, and a colleague served in 2017 and today."""
    counsellor = staff["counsellor"]
    clock.freeze(datetime(2017, 9, 12, 15, 0, tzinfo=UTC))
    values = dict(birth_date=date(1988, 11, 20), sex="F", country_of_birth="CO",
                  immigration_category="skilled_worker", arrival_date=date(2017, 8, 14),
                  region_code="12")
    person = clients.create_client(db, counsellor, ClientForm(
        first_name="Zénobie", last_name="Quartz-Ulm", phone="418 555-0147",
        mifi_client_number="77889900", **values)).id  # type: ignore[arg-type]
    other = clients.create_client(db, counsellor, ClientForm(
        first_name="Omar", last_name="Tazi", **{  # type: ignore[arg-type]
            **values, "birth_date": date(1990, 2, 2)})).id
    for ident, note in ((person, "Visite d'un logement avec Zénobie Quartz-Ulm"),
                        (other, "Visite d'un logement")):
        service_records.record_service(db, counsellor, ident, ServiceForm(
            "housing_search", delivered_on=date(2017, 9, 12), duration_minutes=90,
            notes=note))
    notes.add_note(db, counsellor, person, "Zénobie Quartz-Ulm craint pour sa sœur.")
    client, _languages = clients.open_client(db, counsellor, person)
    form = ClientForm.from_client(client, [])
    form.email = "zenobie.quartz@courriel.example"
    clients.update_client(db, counsellor, person, form, client.version)  # old/new in the log
    clock.freeze(datetime(2026, 11, 30, 15, 0, tzinfo=UTC))
    service_records.record_service(db, counsellor, other, ServiceForm(
        "housing_search", delivered_on=date(2026, 11, 30), duration_minutes=30))
    return person


def test_a_file_past_its_retention_is_listed_and_an_open_request_holds_it(
        db: Database, staff: dict[str, Actor], old_file: str) -> None:
    director = staff["director"]
    due = retention.due_files(db, director)
    assert [row.client_id for row in due] == [old_file]  # the colleague was served today
    assert due[0].last_activity == date(2017, 9, 12) and due[0].due_on == date(2024, 9, 12)
    assert due[0].records == 2 and due[0].blocked is None  # a service and a note
    retention.set_retention_years(db, director, 10)
    assert retention.due_files(db, director) == []
    retention.set_retention_years(db, director, 7)
    # A request left unanswered (received long ago) holds the file: answer it first.
    record_request(db, director, RequestForm(old_file, "access", date(2017, 10, 1)))
    assert retention.due_files(db, director)[0].blocked
    with pytest.raises(CjeError, match="can be destroyed"):
        retention.destroy(db, director, [old_file])
    for role in ("reception", "counsellor", "coordinator", "administrator"):
        with pytest.raises(PermissionDenied):
            retention.due_files(db, staff[role])


def test_destruction_leaves_no_trace_of_the_person_and_the_statistics_whole(
        db: Database, staff: dict[str, Actor], old_file: str, tmp_path: Path) -> None:
    """On both engines; on the PC's file, its free pages are read too (below)."""
    director = staff["director"]
    on_file = not db.on_server
    path = Path(db.path)
    key = databases.key_of(path) if on_file else None
    before = _funder_aggregates(db, tmp_path, "before")
    if on_file:
        assert any(word in _plain_pages(path, key) for word in SECRET_WORDS)  # it sees

    report = retention.destroy(db, director, [old_file])
    assert report.persons == 1 and "7" in report.rule

    for query in ("Zénobie", "Quartz", "418 555-0147", "77889900", "1988-11-20"):
        assert search_clients(db, director, query) == [], query
    log = audit_viewer.export_csv(db, director, AuditFilter(client_id=old_file))
    # The phone as written or as digits (not « 418 » alone: a random id may hold it).
    assert b"Quartz" not in log and "Zénobie".encode() not in log
    assert b"555-0147" not in log and b"5550147" not in log
    assert _funder_aggregates(db, tmp_path, "after") == before
    register = retention.destructions(db, director)
    assert len(register) == 1 and register[0].persons == 1 and register[0].by
    assert "Quartz" not in register[0].kinds + register[0].rule
    assert audit_viewer.chain_verdict(db, director).msgid.startswith("The audit log is intact")
    if not on_file or key is None:
        return
    db.close()
    plain = _plain_pages(path, key)
    assert b"client_search" in plain  # decrypted for real: the schema reads back
    for word in SECRET_WORDS:
        at = plain.find(word)
        assert at < 0, (word, plain[max(0, at - 200):at + 100])


@pytest.mark.sqlite_file("the command's --db takes a file, not yet a server's URL")
def test_the_command_lists_then_destroys(db: Database, staff: dict[str, Actor],
                                         old_file: str, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(db.path)
    db.close()
    monkeypatch.setenv("CJEAPP_PASSWORD", "director-password")
    assert main(["retention", "--db", str(path), "--user", "director"]) == 0
    listed = capsys.readouterr()
    assert old_file in listed.out and "Quartz-Ulm" in listed.out
    assert main(["retention", "--db", str(path), "--user", "director", "--apply"]) == 0
    assert "1 file destroyed under the rule" in capsys.readouterr().out
    assert main(["retention", "--db", str(path), "--user", "director"]) == 0
    assert old_file not in capsys.readouterr().out
