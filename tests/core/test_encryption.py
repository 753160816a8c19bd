"""Encryption at rest: nothing readable in the files, the key file as hostile input, the
passwords and the recovery key that open the database, and the encryption of a plain file
of an earlier version."""

from __future__ import annotations

import json
import os
import re
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from cjeapp.cli import main
from cjeapp.core import clock
from cjeapp.core.db import keyring
from cjeapp.core.db import sqlite_file
from cjeapp.core.db.database import Database
from cjeapp.core.db.database import backups_dir
from cjeapp.core.db.keyring import keys_path
from cjeapp.core.db.maintenance import backup
from cjeapp.core.db.maintenance import check_database
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.core.staff import opening
from cjeapp.core.staff import throttle
from tests import databases
from tests.conftest import ADMIN_PASSWORD
from tests.databases import DIRECTOR

pytestmark = pytest.mark.sqlite_file("the key file and the file's encryption")


def _secrets_of(path: Path) -> list[bytes]:
    """Names, note text and private keys the file holds, read through the key."""
    with databases.edit(path) as connection:
        names = [row[0] for row in connection.execute(
            "SELECT last_name FROM clients WHERE length(last_name) >= 6 LIMIT 40")]
        notes = [row[0][:30] for row in connection.execute(
            "SELECT body FROM confidential_notes WHERE length(body) >= 30 LIMIT 20")]
        keys = [row[0][:40] for row in connection.execute(
            "SELECT sealed FROM key_grants WHERE sealed <> '' LIMIT 10")]
    assert names and notes and len(keys) >= 2
    return [text.encode("utf-8") for text in names + notes + keys]


def test_the_database_its_log_and_its_backup_hold_nothing_readable(
        demo_template: Path, tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite3"
    key = databases.copy(demo_template, live)
    db = Database.open(live, key)
    secrets = _secrets_of(live)
    admin = accounts.sign_in(db, "admin", "demo-admin")
    from cjeapp.core.people import clients
    from cjeapp.core.people.clients import ClientForm

    clients.create_client(db, admin, ClientForm(first_name="Wafaa", last_name="Zerhouni"))
    copy = backup(live, key, tmp_path / "copies" / "copy.sqlite3")
    files = [live, Path(f"{live}-wal"), copy, keys_path(live), keys_path(copy)]
    assert Path(f"{live}-wal").stat().st_size > 0  # the new person is in the log
    for path in files:
        data = path.read_bytes()
        assert not data.startswith(sqlite_file.SQLITE_HEADER), path
        for secret in [*secrets, b"Zerhouni"]:
            assert secret not in data, (path, secret)
    ring = keys_path(live).read_text(encoding="utf-8")
    assert not any(name in ring for name in ("admin", "accueil", "direction"))
    db.close()


def test_each_password_and_the_recovery_key_open_it_and_nothing_else(tmp_path: Path) -> None:
    db, recovery = databases.create(tmp_path / "new.sqlite3")
    key = db.key
    admin = accounts.initialize(db, organization_name="CJE", office_name="Bureau",
                                username="admin", full_name="Admin", password=ADMIN_PASSWORD)
    accounts.create_staff(db, admin, username="marie", full_name="Marie", role="counsellor",
                          password="provisoire-1")
    db.close()
    path = db.path
    assert opening.unlock_key(path, "admin", ADMIN_PASSWORD) == key
    assert opening.unlock_key(path, "Marie ", "provisoire-1") == key
    ring = keyring.load(keys_path(path))
    assert ring.unwrap_recovery(recovery) == key
    assert ring.unwrap_recovery(recovery.lower().replace("-", " ")) == key  # typing slips
    wrong = ("B" if recovery[0] != "B" else "C") + recovery[1:]
    assert ring.unwrap_recovery(wrong) is None
    assert ring.unwrap_recovery("not a key") is None
    for name, password in (("admin", "admin-secret!"), ("nobody", ADMIN_PASSWORD)):
        with pytest.raises(AuthenticationError, match="Unknown user name or wrong password"):
            opening.unlock_key(path, name, password)


def test_password_changes_reset_and_departure_rewrap_the_key(
        db: Database, admin: Actor, staff: dict[str, Actor]) -> None:
    path = db.path
    counsellor = staff["counsellor"]
    assert counsellor.user_id
    with pytest.raises(AuthenticationError):  # the first, temporary password is gone
        opening.unlock_key(path, "counsellor", "counsellor-temporary")
    assert opening.unlock_key(path, "counsellor", "counsellor-password") == db.key
    accounts.reset_password(db, admin, counsellor.user_id, "une-seule-fois", DIRECTOR)
    with pytest.raises(AuthenticationError):
        opening.unlock_key(path, "counsellor", "counsellor-password")
    assert opening.unlock_key(path, "counsellor", "une-seule-fois") == db.key
    reception = staff["reception"]
    assert reception.user_id
    accounts.set_staff_active(db, admin, reception.user_id, False)
    with pytest.raises(AuthenticationError):  # someone who left cannot open a copy
        opening.unlock_key(path, "reception", "reception-password")


def test_failed_openings_lock_the_name_and_reach_the_audit_log(db: Database) -> None:
    db.close()
    path = db.path
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="wrong password"):
            opening.unlock_key(path, "admin", "devinette")
    with pytest.raises(AuthenticationError, match="Too many failed attempts"):
        opening.unlock_key(path, "admin", ADMIN_PASSWORD)  # even the right one, for now
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            opening.unlock_key(path, "intrus", "devinette")
    clock.freeze(clock.now() + timedelta(minutes=5))
    opened, actor = opening.open_database(path, "admin", ADMIN_PASSWORD)
    with databases.edit(path) as connection:
        rows = connection.execute(
            "SELECT entity_id, details FROM audit_log WHERE action = 'open_failed'").fetchall()
    details = sorted(json.loads(text)["failures"] for _user, text in rows)
    assert details == [2, 4]
    assert {user for user, _text in rows} == {actor.user_id, None}
    assert opened.keyring().locked_until("admin") is None  # success clears the count
    opening.report_failures_before_open(opened)  # nothing new: no second entry
    with databases.edit(path) as connection:
        assert connection.execute("SELECT count(*) FROM audit_log "
                                  "WHERE action = 'open_failed'").fetchone()[0] == 2
    opened.close()


def test_the_demo_database_opens_with_its_recovery_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--clients", "20"]) == 0
    found = re.search(r"(?:[A-Z2-7]{4}-){7}[A-Z2-7]{4}", capsys.readouterr().out)
    assert found
    monkeypatch.setenv("CJEAPP_RECOVERY_KEY", "AAAA-" + found.group(0)[5:])
    monkeypatch.setenv("CJEAPP_NEW_PASSWORD", "retrouvé-2026")
    assert main(["recover", "--db", str(path), "--user", "direction"]) == 1
    assert "does not open" in capsys.readouterr().err
    monkeypatch.setenv("CJEAPP_RECOVERY_KEY", found.group(0))
    assert main(["recover", "--db", str(path), "--user", "direction"]) == 0
    db, actor = opening.open_database(path, "direction", "retrouvé-2026")
    assert actor.username == "direction" and not actor.must_change_password
    db.close()


# --- the key file is hostile input -----------------------------------------------------

def _mutations(document: dict[str, object]) -> list[object]:
    slot = document["slots"][0]  # type: ignore[index]
    return [
        [], "texte", None, {**document, "format": "autre"}, {**document, "version": 2},
        {**document, "names": "!!!"}, {**document, "names": "AAAA"},
        {**document, "slots": []}, {**document, "slots": "x"},
        {**document, "slots": [slot, slot]},
        {**document, "slots": [{**slot, "kdf": "argon2id-v19-t1-m8-p1"}]},
        {**document, "slots": [{**slot, "kind": "master"}]},
        {**document, "slots": [{**slot, "who": "x" * 500}]},
        {**document, "slots": [{**slot, "salt": 12}]},
        {**document, "slots": [{**slot, "key": "QUJD"}]},
        {**document, "failures": {"x": {"count": "many"}}},
        {**document, "failures": {"x": {"count": 3, "last": "2026-01-01T00:00:00"}}},
        {**document, "failures": {"x": {"count": 3, "last": "hier"}}},
        {**document, "failures": []},
    ]


def test_a_damaged_key_file_is_one_sentence(db: Database) -> None:
    db.close()
    keys = keys_path(db.path)
    document = json.loads(keys.read_text(encoding="utf-8"))
    variants: list[bytes] = [json.dumps(m).encode() for m in _mutations(document)]
    variants += [b"", b"\xff\xfe", keys.read_bytes()[:100], b"{" * 100_000,
                 b"[" * 100_000 + b"]" * 100_000,
                 b" " * (keyring.MAX_BYTES + 1)]
    for data in variants:
        keys.write_bytes(data)
        with pytest.raises(DatabaseOpenError, match=r"key file .* (is damaged|cannot be read)"):
            opening.unlock_key(db.path, "admin", ADMIN_PASSWORD)
    keys.unlink()
    with pytest.raises(DatabaseOpenError, match=r"key file .* is missing"):
        opening.unlock_key(db.path, "admin", ADMIN_PASSWORD)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_mutated_key_file_never_opens_with_a_wrong_key(tmp_path: Path,
                                                         data: st.DataObject) -> None:
    key = keyring.new_database_key()
    ring, recovery = keyring.Keyring.new(key)
    original = ring.to_json()
    position = data.draw(st.integers(0, len(original) - 1))
    replacement = data.draw(st.binary(min_size=0, max_size=3))
    mutated = original[:position] + replacement + original[position + 1:]
    path = tmp_path / f"mutated-{os.getpid()}.keys"
    path.write_bytes(mutated)
    try:
        loaded = keyring.load(path)
    except DatabaseOpenError:
        return
    assert loaded.unwrap_recovery(recovery) in (key, None)


# --- a plain database of an earlier version --------------------------------------------

def test_a_plain_database_is_encrypted_with_its_copies_and_the_plain_bytes_overwritten(
        tmp_path: Path) -> None:
    path = tmp_path / "ancienne.sqlite3"
    databases.build_plain_database(path)
    old_copy = backups_dir(path) / "ancienne-before-upgrade-0003.sqlite3"
    old_copy.parent.mkdir()
    sqlite_file.online_copy(path, None, old_copy)
    assert b"Charest" in path.read_bytes()
    inode = path.stat().st_ino
    db, actor, recovery = opening.encrypt_and_open(path, "admin", "admin-secret")
    assert actor.username == "admin" and db.key is not None
    key = db.key
    db.close()
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == ["ancienne-backups", "ancienne.sqlite3", "ancienne.sqlite3.keys"]
    for file in (path, old_copy):
        assert not sqlite_file.is_plain(file) and b"Charest" not in file.read_bytes()
        assert check_database(file, key).sound
    assert keys_path(old_copy).exists()
    assert path.stat().st_ino != inode
    assert keyring.load(keys_path(path)).unwrap_recovery(recovery) == key
    reopened, _actor = opening.open_database(path, "admin", "admin-secret")
    with reopened.read_session() as session:
        from sqlalchemy import select

        from cjeapp.core.models import AuditEntry
        from cjeapp.core.models import Client

        assert session.scalar(select(Client.last_name)) == "Charest"
        assert "encrypt_database" in session.scalars(select(AuditEntry.action)).all()
    reopened.close()


def test_others_get_their_copy_of_the_key_at_their_first_sign_in(tmp_path: Path) -> None:
    """After the encryption only the person who did it has a copy of the key; a colleague
    who signs in on the open program (checked against the stored hash) gets one."""
    path = tmp_path / "ancienne.sqlite3"
    databases.build_plain_database(path)
    plain = Database.open(path, None)
    admin = accounts.sign_in(plain, "admin", "admin-secret")
    accounts.create_staff(plain, admin, username="luc", full_name="Luc", role="counsellor",
                          password="luc-premier")
    plain.close()
    db, _actor, _recovery = opening.encrypt_and_open(path, "admin", "admin-secret")
    with pytest.raises(AuthenticationError):
        opening.unlock_key(path, "luc", "luc-premier")
    with pytest.raises(AuthenticationError):
        accounts.sign_in(db, "luc", "wrong-password")
    accounts.sign_in(db, "luc", "luc-premier")
    assert opening.unlock_key(path, "luc", "luc-premier") == db.key
    db.close()


def test_what_a_killed_encryption_leaves_is_cleaned_without_harm(tmp_path: Path) -> None:
    """Killed after the second name of the plain file was made but before the swap: that
    name is the live file itself and must not be overwritten; a half-written encrypted
    copy is removed."""
    path = tmp_path / "ancienne.sqlite3"
    databases.build_plain_database(path)
    os.link(path, Path(f"{path}.plain"))
    Path(f"{path}.encrypting").write_bytes(b"half")
    db, _actor, _recovery = opening.encrypt_and_open(path, "admin", "admin-secret")
    db.close()
    assert not Path(f"{path}.plain").exists() and not Path(f"{path}.encrypting").exists()
    reopened, _ = opening.open_database(path, "admin", "admin-secret")
    reopened.close()


def test_guessing_many_user_names_cannot_bloat_the_key_file(tmp_path: Path) -> None:
    ring, _recovery = keyring.Keyring.new(keyring.new_database_key())
    for number in range(keyring.MAX_FAILURE_NAMES + 50):
        ring.record_failure(f"nom-{number}", throttle.lock_after)
    assert len(ring.failures) == keyring.MAX_FAILURE_NAMES
    path = tmp_path / "x.keys"
    keyring.save(ring, path)
    assert len(keyring.load(path).failures) == keyring.MAX_FAILURE_NAMES


def test_a_key_file_removed_while_the_program_runs_does_not_stop_sign_in(
        db: Database) -> None:
    """The idle-lock screen still signs people in (against the stored hash)."""
    keys_path(db.path).unlink()
    assert accounts.sign_in(db, "admin", ADMIN_PASSWORD).username == "admin"
    with pytest.raises(AuthenticationError):
        accounts.sign_in(db, "admin", "wrong-password")


def test_opening_with_the_right_password_still_obeys_the_sign_in_lockout(
        db: Database) -> None:
    """Opening proves the password once; the lock set by failures on the open program
    still refuses, and the file is closed again."""
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            accounts.sign_in(db, "admin", "devinette")
    db.close()
    with pytest.raises(AuthenticationError, match="Too many failed attempts"):
        opening.open_database(db.path, "admin", ADMIN_PASSWORD)
