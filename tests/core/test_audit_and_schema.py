"""The audit log as a chain nobody can quietly rewrite, and the schema fingerprint that
refuses a database whose tables, indexes or triggers are not cjeapp's."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjeapp.cli import main
from cjeapp.core.db import sqlite_file
from cjeapp.core.db.database import Database
from cjeapp.core.db.maintenance import check_database
from cjeapp.core.db.schema import FINGERPRINT
from cjeapp.core.db.schema import built_objects
from cjeapp.core.db.schema import expected_objects
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from tests import databases
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.sqlite_file("tampers with the file through SQLite")


@pytest.fixture
def worked(db: Database, staff: dict[str, Actor]) -> Path:
    """A database with a few dozen audit entries of real work."""
    for number in range(8):
        person = clients.create_client(db, staff["reception"], ClientForm(
            first_name=f"Amina{number}", last_name="Haddad", preferred_language="fr"))
        client, _languages = clients.open_client(db, staff["counsellor"], person.id)
        form = ClientForm.from_client(client, [])
        form.phone = f"418 555-010{number}"
        clients.update_client(db, staff["reception"], person.id, form, client.version)
    path = Path(db.path)
    db.close()
    return path


def _tamper(path: Path, *statements: str) -> None:
    """What an attacker with the file does: lift the triggers, edit, put them back."""
    with databases.edit(path) as connection:
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'audit_log'").fetchall()
        for name, _sql in triggers:
            connection.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            connection.execute(statement)
        for _name, sql in triggers:
            connection.execute(sql)


def test_a_sound_chain_passes(worked: Path) -> None:
    report = check_database(worked, databases.key_of(worked))
    assert report.sound, [str(e) for e in report.errors]


def test_the_audit_log_refuses_update_and_delete(worked: Path) -> None:
    with databases.edit(worked) as connection:
        for statement in ("UPDATE audit_log SET action = 'view' WHERE seq = 3",
                          "DELETE FROM audit_log WHERE seq = 3", "DELETE FROM audit_log"):
            with pytest.raises(sqlite_file.DatabaseError, match="cannot be changed"):
                connection.execute(statement)


COLUMNS = "id, seq, at, user_id, action, entity, entity_id, details, prev_hash, chain_hash"


@pytest.mark.parametrize(("statements", "expected"), [
    (["UPDATE audit_log SET details = '{\"first_name\": \"X\"}' WHERE seq = 4"],
     "entry 4 (create users) was altered"),
    (["UPDATE audit_log SET user_id = 'someone-else' WHERE seq = 5"], "entry 5"),
    (["UPDATE audit_log SET at = '2020-01-01 00:00:00.000000' WHERE seq = 6"], "entry 6"),
    (["DELETE FROM audit_log WHERE seq = 7"], "entry 7 is missing"),
    (["DELETE FROM audit_log WHERE seq >= 2 AND seq <= 3"], "entry 2 is missing"),
    # An entry inserted in the middle: the positions after it are shifted up by one.
    (["UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 5",
      "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1005",
      f"INSERT INTO audit_log ({COLUMNS}) SELECT 'forged', 5, at, user_id, action, entity, "
      "entity_id, details, prev_hash, chain_hash FROM audit_log WHERE seq = 4"],
     "entry 5"),
])
def test_every_rewrite_of_the_log_is_named(worked: Path, statements: list[str],
                                           expected: str, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    _tamper(worked, *statements)
    report = check_database(worked, databases.key_of(worked))
    assert not report.sound
    assert expected in str(report.errors[0])
    monkeypatch.setenv("CJEAPP_PASSWORD", ADMIN_PASSWORD)
    assert main(["check", "--db", str(worked), "--user", "admin"]) == 1
    assert expected in capsys.readouterr().out


def test_a_back_dated_entry_with_a_recomputed_hash_is_still_seen(worked: Path) -> None:
    """Whoever rewrites an entry's time and its hash to match still breaks the link to
    the next entry, and an entry dated before the one it follows is named as back-dated."""
    from cjeapp.core.audit_chain import entry_hash

    with databases.edit(worked) as connection:
        row = connection.execute(f"SELECT {COLUMNS} FROM audit_log ORDER BY seq DESC "
                                 "LIMIT 1").fetchone()
    ident, seq, _at, user, action, entity, entity_id, details, previous, _hash = row
    old = "2020-01-01 08:00:00.000000"
    forged = entry_hash(previous, seq, ident, old, user, action, entity, entity_id, details)
    _tamper(worked, f"UPDATE audit_log SET at = '{old}', chain_hash = '{forged}' "
                    f"WHERE seq = {seq}")
    report = check_database(worked, databases.key_of(worked))
    assert f"entry {seq} is dated before" in str(report.errors[0])


@pytest.mark.parametrize(("change", "named"), [
    ("DROP TABLE funder_packages", "table funder_packages is missing"),
    ("DROP TABLE client_search", "client_search"),
    ("DROP INDEX ix_audit_log_entity_id", "index ix_audit_log_entity_id is missing"),
    ("CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log "
     "WHERE seq < NEW.seq - 10; END", "trigger wipe does not belong"),
    ("DROP TRIGGER audit_log_no_delete", "trigger audit_log_no_delete is missing"),
    ("INSERT INTO alembic_version VALUES ('0004_funder_packages')", "2 rows"),
    ("CREATE TABLE notes_copy (body TEXT)", "table notes_copy does not belong"),
])
def test_a_foreign_schema_is_refused_by_open_check_and_restore(
        demo_template: Path, tmp_path: Path, change: str, named: str,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "odd.sqlite3"
    key = databases.copy(demo_template, odd)
    with databases.edit(odd) as connection:
        connection.execute(change)
    with pytest.raises(DatabaseOpenError, match=named):
        Database.open(odd, key)
    report = check_database(odd, databases.key_of(odd))
    assert not report.sound and named in " ".join(str(e) for e in report.errors)
    live = tmp_path / "live.sqlite3"
    databases.copy(demo_template, live)
    before = live.read_bytes()
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")
    assert main(["restore", "--from", str(odd), "--db", str(live), "--user", "admin"]) == 1
    assert named in capsys.readouterr().err
    assert live.read_bytes() == before


def test_the_shipped_fingerprint_is_what_the_migrations_build() -> None:
    """After a new migration: python -m cjeapp.core.db.schema"""
    assert FINGERPRINT.is_file()
    assert expected_objects() == built_objects()


def test_details_can_be_erased_but_never_changed(worked: Path) -> None:
    """Destroying a person's file erases the details of their entries (the chain covers the
    details' digest, which stays): allowed, and the chain still holds. Any other change to
    an entry, erasure included, is refused by the trigger."""
    with databases.edit(worked) as connection:
        seq = connection.execute("SELECT min(seq) FROM audit_log "
                                 "WHERE details IS NOT NULL").fetchone()[0]
        connection.execute(f"UPDATE audit_log SET details = NULL WHERE seq = {seq}")
        for statement in (f"UPDATE audit_log SET details = '{{}}' WHERE seq = {seq}",
                          "UPDATE audit_log SET details = NULL, action = 'view' "
                          "WHERE seq = 1",
                          "UPDATE audit_log SET action = 'view' WHERE seq = 1",
                          f"UPDATE audit_log SET details_sha256 = NULL WHERE seq = {seq}"):
            with pytest.raises(sqlite_file.DatabaseError, match="cannot be changed"):
                connection.execute(statement)
        erased = connection.execute("SELECT count(*) FROM audit_log WHERE details IS NULL "
                                    "AND details_sha256 IS NOT NULL").fetchone()[0]
    assert erased == 1
    report = check_database(worked, databases.key_of(worked))
    assert report.sound, [str(e) for e in report.errors]
