"""The funder package: profile parsing and errors, validation rules, determinism, tamper
detection, consent and small-count suppression, totals equal to the detail rows."""

from __future__ import annotations

import csv
import io
import json
import time
import zipfile
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest

from cjeapp.cli import main
from cjeapp.core import clock
from cjeapp.core.casework import service_records
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.db.database import Database
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.people import clients
from cjeapp.core.people import consents
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.reporting import package
from cjeapp.core.reporting.profile import ProfileError
from cjeapp.core.reporting.profile import load
from cjeapp.core.reporting.profile import parse
from cjeapp.core.reporting.sources import Sources
from cjeapp.core.reporting.validation import validate
from tests import databases

FIRST, LAST = date(2026, 4, 1), date(2027, 3, 31)
PASI = load("PASI")


def _person(db: Database, actor: Actor, **changes: object) -> str:
    values: dict[str, object] = dict(
        first_name="Hélène", last_name="Côté", birth_date=date(1990, 5, 3), sex="F",
        country_of_birth="CO", immigration_category="skilled_worker",
        arrival_date=date(2026, 5, 1), region_code="12", mifi_client_number="40556677")
    values.update(changes)
    client = clients.create_client(db, actor, ClientForm(**values))  # type: ignore[arg-type]
    service_records.record_service(db, actor, client.id, ServiceForm(
        "government_documents", delivered_on=date(2026, 11, 10), duration_minutes=90))
    return client.id


@pytest.fixture
def year(db: Database, staff: dict[str, Actor]) -> list[str]:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    counsellor = staff["counsellor"]
    people = [_person(db, counsellor, first_name=f"Personne {i}",
                      sex="F" if i % 2 else "M") for i in range(12)]
    consents.record_consent(db, counsellor, people[0], purpose="funder_transmission",
                            given_on=date(2026, 5, 1), method="written")
    return people


def _build(db: Database, out: Path, profile=PASI) -> package.PackageResult:
    return package.build(db, _director(db), profile, FIRST, LAST, out)


def _director(db: Database) -> Actor:
    from cjeapp.core.staff import accounts

    return accounts.sign_in(db, "director", "director-password")


def _csv(path: Path, name: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(path) as archive:
        return list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"))))


def test_shipped_profile_and_broken_profiles_name_the_line() -> None:
    assert [t.name for t in PASI.tables][:2] == ["persons", "services"]
    with pytest.raises(ProfileError, match="line 3"):
        parse('name = "X"\nversion = "1"\n[[tables]\n')
    broken = PASI.text.replace('from = "sex", codes = "sex"', 'from = "gender"')
    with pytest.raises(ProfileError) as caught:
        parse(broken)
    line = next(n for n, text in enumerate(broken.splitlines(), 1) if '"gender"' in text)
    assert f"line {line}" in str(caught.value) and "gender" in str(caught.value)
    with pytest.raises(ProfileError, match="measure"):
        parse(PASI.text.replace('measure = "sum_hours"', 'measure = "average"'))


def test_validation_rules(db: Database, staff: dict[str, Actor], tmp_path: Path) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    counsellor = staff["counsellor"]
    missing = _person(db, counsellor, sex=None, region_code=None)
    from cjeapp.core.models import Client
    from cjeapp.core.unit_of_work import unit_of_work

    odd = _person(db, counsellor, first_name="Omar")
    with unit_of_work(db, counsellor) as uow:  # data typed before today's rules
        row = uow.get(Client, odd, what="client")
        row.immigration_category = "martian"
        row.arrival_date = date(1980, 1, 1)
    problems = validate(Sources(db, FIRST, LAST), PASI)
    found = {(p.client_id, p.column, p.error) for p in problems}
    assert (missing, "sex", True) in found and (missing, "region", True) in found
    assert (odd, "immigration_category", True) in found
    assert (odd, "arrival_date", True) in found  # before the date of birth
    assert (missing, "mifi_client_number", False) in found  # no consent: a warning
    by_field = {p.column: p for p in problems if p.client_id == missing}
    assert by_field["region"].file_field == "region_code"
    with pytest.raises(package.PackageRefused) as refused:
        staff_director = staff["director"]
        package.build(db, staff_director, PASI, FIRST, LAST, tmp_path / "p.zip")
    assert not (tmp_path / "p.zip").exists()
    assert not (tmp_path / "p.zip.partial").exists()
    assert any(p.error for p in refused.value.problems)


def test_package_is_deterministic_signed_and_tamper_evident(db, staff, year, tmp_path) -> None:
    with pytest.raises(PermissionDenied):
        package.build(db, staff["counsellor"], PASI, FIRST, LAST, tmp_path / "x.zip")
    assert package.next_sequence(db, _director(db), PASI, FIRST, LAST) == 1
    first = _build(db, tmp_path / "a.zip")
    time.sleep(1.1)  # libraries that stamp the wall-clock time would now differ
    _build(db, tmp_path / "b.zip")
    assert package.next_sequence(db, _director(db), PASI, FIRST, LAST) == 2
    # The same data, the same bytes; only the audit log's head (an anchor) moved on.
    with zipfile.ZipFile(tmp_path / "a.zip") as one, zipfile.ZipFile(tmp_path / "b.zip") as two:
        assert one.namelist() == two.namelist()
        for name in one.namelist():
            if name != "manifest.json":
                assert one.read(name) == two.read(name), name
        heads = [json.loads(archive.read("manifest.json")).pop("audit_head")
                 for archive in (one, two)]
        rest = [json.loads(archive.read("manifest.json")) for archive in (one, two)]
        for manifest in rest:
            manifest.pop("audit_head")
        assert rest[0] == rest[1] and heads[0]["seq"] < heads[1]["seq"]
    assert first.row_counts["persons"] == 12 and first.row_counts["services"] == 12
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        public_key = archive.read("public_key.pem")
    assert package.verify(tmp_path / "a.zip", public_key).intact
    unverified = package.verify(tmp_path / "a.zip")  # no key given: the signer is unknown
    assert not unverified.intact and "not verified" in unverified.reason.render()
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        entries = {name: archive.read(name) for name in archive.namelist()}
    assert manifest["period"] == {"from": "2026-04-01", "to": "2027-03-31"}
    assert manifest["profile"]["name"] == "PASI" and manifest["row_counts"]["persons"] == 12

    def rewrite(name: str, changes: dict[str, bytes | None]) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as archive:
            for entry, data in {**entries, **changes}.items():
                if data is not None:
                    archive.writestr(entry, data)
        return path

    altered = rewrite("altered.zip", {"persons.csv": entries["persons.csv"] + b"x,y\r\n"})
    assert "not sealed" in package.verify(altered, public_key).reason.render()
    removed = rewrite("removed.zip", {"referrals.csv": None})
    assert "not sealed" in package.verify(removed, public_key).reason.render()
    added = rewrite("added.zip", {"notes.txt": b"hello"})
    assert "not sealed" in package.verify(added, public_key).reason.render()
    forged = json.loads(entries["manifest.json"])
    forged["sequence"] = 2
    bad_manifest = rewrite("forged.zip", {"manifest.json": json.dumps(forged).encode()})
    assert "signature" in package.verify(bad_manifest, public_key).reason.render()
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    other = Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert not package.verify(tmp_path / "a.zip", other).intact


def test_consent_and_small_counts(db, staff, year, tmp_path) -> None:
    result = _build(db, tmp_path / "p.zip")
    persons = _csv(tmp_path / "p.zip", "persons.csv")
    with_number = [row for row in persons if row["mifi_client_number"]]
    assert len(with_number) == 1  # only the person who consented
    assert {row["sex"] for row in persons} == {"F", "M"}
    assert all(len(row["person_id"]) == 17 and row["person_id"][0] == "P" for row in persons)
    assert "Personne" not in (tmp_path / "p.zip").read_bytes().decode("latin-1")
    aggregates = _csv(tmp_path / "p.zip", "aggregates.csv")
    by_sex = {row["group"]: row for row in aggregates if row["aggregate"] == "people_by_sex"}
    assert by_sex["F"]["value"] == "6" and by_sex["F"]["suppressed"] == "no"
    volet = [row for row in aggregates if row["aggregate"] == "people_by_volet"]
    assert volet == [{"aggregate": "people_by_volet", "group": "V1", "value": "12",
                      "suppressed": "no"}]
    assert len(result.warnings) == 11  # eleven MIFI numbers held back


def test_small_counts_are_suppressed_and_totals_match(db, staff, year, tmp_path) -> None:
    strict = parse(PASI.text.replace("suppression_threshold = 5", "suppression_threshold = 7"))
    _build(db, tmp_path / "s.zip", strict)
    aggregates = _csv(tmp_path / "s.zip", "aggregates.csv")
    by_sex = [row for row in aggregates if row["aggregate"] == "people_by_sex"]
    assert all(row["value"] == "" and row["suppressed"] == "yes" for row in by_sex)
    loose = parse(PASI.text.replace("suppression_threshold = 5", "suppression_threshold = 1"))
    _build(db, tmp_path / "t.zip", loose)
    aggregates = _csv(tmp_path / "t.zip", "aggregates.csv")
    persons = _csv(tmp_path / "t.zip", "persons.csv")
    for name in ("people_by_sex", "people_by_category", "people_by_region",
                 "people_by_age_band"):
        assert sum(int(r["value"]) for r in aggregates if r["aggregate"] == name) == \
            len(persons)
    hours = [r for r in aggregates if r["aggregate"] == "hours_by_volet"]
    assert hours[0]["value"] == "18"  # twelve services of 90 minutes


@pytest.mark.sqlite_file("the command's --db takes a file, not yet a server's URL")
def test_cli_export_and_verify(db, staff, year, tmp_path, capsys, monkeypatch) -> None:
    db.close()
    out = tmp_path / "cli.zip"
    monkeypatch.setenv("CJEAPP_PASSWORD", "counsellor-password")
    assert main(["export", "--db", str(db.path), "--user", "counsellor", "--profile", "PASI",
                 "--from", "2026-04-01", "--to", "2027-03-31", "--out", str(out)]) == 1
    assert "not allow" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("CJEAPP_PASSWORD", "director-password")
    assert main(["export", "--db", str(db.path), "--user", "director", "--profile", "PASI",
                 "--from", "2026-04-01", "--to", "2027-03-31", "--out", str(out)]) == 0
    key = tmp_path / "cle.pem"
    assert main(["public-key", "--db", str(db.path), "--user", "director",
                 "--out", str(key)]) == 0
    capsys.readouterr()
    assert main(["verify-package", str(out)]) == 1  # consistent, but who signed it?
    assert "not verified" in capsys.readouterr().out
    assert main(["verify-package", str(out), "--public-key", str(key)]) == 0
    assert "intact" in capsys.readouterr().out
    out.write_bytes(out.read_bytes()[:-40])
    assert main(["verify-package", str(out), "--public-key", str(key)]) == 1


def test_the_signing_key_is_made_by_the_first_who_signs_and_sealed(tmp_path: Path) -> None:
    """Not at set-up (the administrator does not sign): at the first sign-in of someone who
    issues documents, sealed to them; the settings keep its public half only."""
    from cjeapp.core.models import Setting
    from cjeapp.core.reporting.keys import SIGNING_KEY
    from cjeapp.core.reporting.keys import pem_of
    from cjeapp.core.reporting.keys import public_key_pem
    from cjeapp.core.reporting.keys import signing_key
    from cjeapp.core.staff import accounts

    db = databases.create(tmp_path / "new.sqlite3")[0]
    admin = accounts.initialize(db, organization_name="CJE", office_name="Bureau",
                                username="admin", full_name="Admin", password="long-enough")
    assert public_key_pem(db) is None
    accounts.create_staff(db, admin, username="lea", full_name="Léa", role="counsellor",
                          password="temporaire-1")
    first = accounts.sign_in(db, "lea", "temporaire-1")
    lea = accounts.change_own_password(db, first, "temporaire-1", "lea-mot-de-passe")
    with db.read_session() as session:
        from sqlalchemy import select

        assert session.scalar(select(Setting.value).where(Setting.key == SIGNING_KEY)) is None
    assert public_key_pem(db) == pem_of(signing_key(lea))
    db.close()


def test_a_consent_withdrawn_after_the_period_stops_the_value_at_once(
        db, staff, year, tmp_path) -> None:
    """The package for a past period, made after the person withdrew: their MIFI number
    stays home although the consent was valid all through the period."""
    past_first, past_last = date(2026, 4, 1), date(2026, 11, 30)
    clock.freeze(datetime(2026, 12, 10, 15, 0, tzinfo=UTC))
    sent = Sources(db, past_first, past_last)
    assert sum(1 for row in sent.persons() if row["_consent_funder_transmission"]) == 1
    given = next(c for c in consents.list_consents(db, staff["counsellor"], year[0])
                 if c.purpose == "funder_transmission")
    consents.withdraw_consent(db, staff["counsellor"], given.id, date(2026, 12, 5))
    after = Sources(db, past_first, past_last)
    assert not any(row["_consent_funder_transmission"] for row in after.persons())
    build = package.build(db, _director(db), PASI, past_first, past_last,
                          tmp_path / "after.zip")
    assert build is not None
    assert not any(row["mifi_client_number"] for row in _csv(tmp_path / "after.zip",
                                                               "persons.csv"))


@pytest.mark.sqlite_file("a file's log rewritten with its key")
def test_a_package_is_an_anchor_of_the_audit_log(db, staff, year, tmp_path) -> None:
    """The manifest carries the log's head (signed with the rest): a log later cut at or
    before it is found against the package kept by the funder (cjeapp check --against)."""
    from cjeapp.core.db.anchors import file_anchor
    from cjeapp.core.db.maintenance import check_database
    from tests import databases

    _build(db, tmp_path / "a.zip")
    assert db.key is not None
    anchor = file_anchor(tmp_path / "a.zip", db.key, db.path)
    assert anchor is not None and anchor.seq > 1
    assert check_database(db.path, db.key, [anchor]).sound
    with databases.edit(db.path) as connection:  # the tail cut, its triggers put back
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = "
                                      "'trigger' AND tbl_name = 'audit_log'").fetchall()
        for name, _sql in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
        connection.execute("DELETE FROM audit_log WHERE seq >= ?", (anchor.seq,))
        for _name, sql in triggers:
            connection.execute(sql)
    report = check_database(db.path, db.key, [anchor])
    assert any("a.zip" in str(error) for error in report.errors), report.errors
