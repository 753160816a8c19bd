"""The audit log held against a backup made before (issue 34, item 3, first part): a log
rewritten with the key and re-hashed verifies on its own, but `cjeapp check --against
BACKUP` finds it — the tail cut, an entry edited, deleted, inserted or back-dated."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from cjeapp.cli import main
from cjeapp.core.audit_chain import GENESIS
from cjeapp.core.audit_chain import digest_hash
from tests import databases

pytestmark = pytest.mark.sqlite_file("a file's log rewritten with its key")


def _rehashed(connection: sqlite3.Connection, change: Callable[[sqlite3.Connection], None]
              ) -> None:
    """What someone holding the key does: set the log's triggers aside, change it, number
    and hash the whole chain again, put the triggers back."""
    triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                  "AND tbl_name = 'audit_log'").fetchall()
    for name, _sql in triggers:
        connection.execute(f'DROP TRIGGER "{name}"')
    change(connection)
    rows = connection.execute("SELECT rowid, id, at, user_id, action, entity, entity_id, "
                              "details_sha256 FROM audit_log ORDER BY seq, rowid").fetchall()
    connection.execute("UPDATE audit_log SET seq = -seq")
    previous = GENESIS
    for seq, (rowid, ident, at, user_id, action, entity, entity_id, digest) in enumerate(
            rows, start=1):
        chained = digest_hash(previous, seq, ident, at, user_id, action, entity, entity_id,
                              digest)
        connection.execute("UPDATE audit_log SET seq = ?, prev_hash = ?, chain_hash = ? "
                           "WHERE rowid = ?", (seq, previous, chained, rowid))
        previous = chained
    for _name, sql in triggers:
        connection.execute(sql)


def _insert_third(connection: sqlite3.Connection) -> None:
    connection.execute("UPDATE audit_log SET seq = seq + 1000000 WHERE seq >= 3")
    connection.execute("UPDATE audit_log SET seq = seq - 999999 WHERE seq >= 1000000")
    connection.execute(
        "INSERT INTO audit_log (id, seq, at, user_id, action, entity, entity_id, details, "
        "details_sha256, prev_hash, chain_hash) SELECT 'forged', 3, at, user_id, 'read', "
        "entity, entity_id, NULL, NULL, '', '' FROM audit_log WHERE seq = 2")


REWRITES: dict[str, Callable[[sqlite3.Connection], None]] = {
    "tail cut": lambda c: c.execute("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 40 "
                                    "FROM audit_log)"),
    "edited": lambda c: c.execute("UPDATE audit_log SET action = 'read' WHERE seq = 5"),
    "deleted": lambda c: c.execute("DELETE FROM audit_log WHERE seq = 7"),
    "inserted": _insert_third,
    "back-dated": lambda c: c.execute("UPDATE audit_log SET at = '2000-01-01 00:00:00' "
                                      "WHERE seq = 1"),
}


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
def test_a_rewritten_log_is_found_against_an_earlier_backup(
        demo_template: Path, tmp_path: Path, rewrite: str,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")
    live = tmp_path / "live.sqlite3"
    databases.copy(demo_template, live)
    saved = tmp_path / "sauvegardes" / "avant.sqlite3"
    assert main(["backup", "--db", str(live), "--user", "admin", "--to", str(saved)]) == 0
    assert main(["check", "--db", str(live), "--user", "admin",
                 "--against", str(saved)]) in (0, 3)  # the same log: nothing to say
    with databases.edit(live) as connection:
        _rehashed(connection, REWRITES[rewrite])
    capsys.readouterr()
    alone = main(["check", "--db", str(live), "--user", "admin"])
    assert alone in (0, 3), "a re-hashed log verifies on its own: that is the point"
    assert main(["check", "--db", str(live), "--user", "admin", "--against", str(saved)]) == 1
    out = capsys.readouterr().out
    assert "avant.sqlite3" in out and "Audit log" in out


def test_against_a_file_that_is_not_a_backup_of_this_database(
        demo_template: Path, template_db: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")
    live = tmp_path / "live.sqlite3"
    databases.copy(demo_template, live)
    other = tmp_path / "other.sqlite3"
    databases.copy(template_db, other)
    assert main(["check", "--db", str(live), "--user", "admin", "--against", str(other)]) == 1
    assert "not one of its backups" in capsys.readouterr().err


def test_a_backup_whose_log_was_rewritten_does_not_quietly_replace_the_file(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Someone edits a backup's log (re-hashed: it verifies) to hide an entry, then
    restores it: refused, since the live log holds that entry as it was; with --insist the
    restore is done, and recorded as insisted."""
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")
    live = tmp_path / "live.sqlite3"
    key = databases.copy(demo_template, live)
    saved = tmp_path / "sauvegardes" / "avant.sqlite3"
    assert main(["backup", "--db", str(live), "--user", "admin", "--to", str(saved)]) == 0
    from cjeapp.core.db import sqlite_file

    edited = sqlite_file.connect(saved, key)  # a backup opens with the database's key
    try:
        _rehashed(edited, REWRITES["deleted"])
        edited.commit()
    finally:
        edited.close()
    before = live.read_bytes()
    assert main(["restore", "--from", str(saved), "--db", str(live), "--user", "admin"]) == 1
    assert "contradicts" in capsys.readouterr().err
    assert live.read_bytes() == before
    assert main(["restore", "--from", str(saved), "--db", str(live), "--user", "admin",
                 "--insist"]) == 0
    restored = sqlite_file.connect(live, key)
    try:
        action, details = restored.execute(
            "SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        restored.close()
    assert action == "restore" and "insisted" in details


@pytest.mark.parametrize("rewrite", ["tail cut", "edited", "inserted"])
def test_a_rewritten_log_is_found_against_a_seal_and_an_exchange_file(
        demo_template: Path, tmp_path: Path, rewrite: str,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The other witnesses kept away from the file: a seal the director made in Vie privée
    (signed with the organization's key) and an exchange file the office wrote for a laptop
    (its header carries the office's head, signed with the office's exchange key)."""
    from cjeapp.core.db.database import Database
    from cjeapp.core.exchange import packages
    from cjeapp.core.exchange.replicas import create_replica
    from cjeapp.core.privacy.seal import make_seal
    from cjeapp.core.staff import accounts

    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")
    live = tmp_path / "live.sqlite3"
    key = databases.copy(demo_template, live)
    db = Database.open(live, key)
    try:
        director = accounts.sign_in(db, "direction", "demo-direction")
        counsellor = next(account for account in accounts.list_staff(db, director)
                          if account.username == "conseillere")
        laptop = create_replica(db, director, name="Portable", counsellors=[counsellor.id],
                                password="demo-conseil", destination=tmp_path / "p.cjeapp")
        (tmp_path / "vers-portable.cjeapp-echange").write_bytes(
            packages.export_changes(db, director, laptop.replica_id).data)
        (tmp_path / "sceau.json").write_bytes(make_seal(db, director))
    finally:
        db.close()
    witnesses = [tmp_path / "sceau.json", tmp_path / "vers-portable.cjeapp-echange"]
    for witness in witnesses:
        assert main(["check", "--db", str(live), "--user", "admin",
                     "--against", str(witness)]) in (0, 3)
    with databases.edit(live) as connection:
        _rehashed(connection, REWRITES[rewrite])
    capsys.readouterr()
    for witness in witnesses:
        assert main(["check", "--db", str(live), "--user", "admin",
                     "--against", str(witness)]) == 1
        assert witness.name in capsys.readouterr().out
    forged = tmp_path / "faux-sceau.json"  # a seal whose head was moved: not believed
    forged.write_text((tmp_path / "sceau.json").read_text().replace('"seq": ', '"seq": 1'))
    assert main(["check", "--db", str(live), "--user", "admin", "--against", str(forged)]) == 1
    assert "not made by this organization" in capsys.readouterr().err


def test_each_exchange_leaves_the_offices_head_with_the_laptop_and_brings_it_back(
        demo_template: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The office's file carries its head; the laptop keeps it and says it back in its own
    file; the office then holds that anchor of its own log, which it did not write alone:
    a log rewritten with the key and re-hashed fails `cjeapp check` on its own, which names
    the laptop that holds the anchor."""
    from cjeapp.core.db.database import Database
    from cjeapp.core.exchange import packages
    from cjeapp.core.exchange.replicas import create_replica
    from cjeapp.core.models import Replica
    from cjeapp.core.staff import accounts
    from cjeapp.core.staff import opening

    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")
    live = tmp_path / "live.sqlite3"
    key = databases.copy(demo_template, live)
    office = Database.open(live, key)
    try:
        director = accounts.sign_in(office, "direction", "demo-direction")
        counsellor = next(account for account in accounts.list_staff(office, director)
                          if account.username == "conseillere")
        made = create_replica(office, director, name="Portable de Disraeli",
                              counsellors=[counsellor.id], password="demo-conseil",
                              destination=tmp_path / "p.cjeapp")
        laptop, there = opening.open_database(made.path, "conseillere", "demo-conseil")
        try:
            packages.import_changes(laptop, there, packages.export_changes(
                office, director, made.replica_id).data)
            with laptop.read_session() as session:
                hub = session.query(Replica).filter(Replica.is_hub.is_(True)).one()
                assert hub.their_head_seq is not None  # the office's head, kept
            hub_id = hub.id
            packages.import_changes(office, director, packages.export_changes(
                laptop, there, hub_id).data)
            with office.read_session() as session:
                seen = session.get(Replica, made.replica_id)
                assert seen is not None and seen.held_head_seq == hub.their_head_seq
        finally:
            laptop.close()
    finally:
        office.close()
    assert main(["check", "--db", str(live), "--user", "admin"]) in (0, 3)
    with databases.edit(live) as connection:
        _rehashed(connection, REWRITES["edited"])
    capsys.readouterr()
    assert main(["check", "--db", str(live), "--user", "admin"]) == 1
    assert "Portable de Disraeli" in capsys.readouterr().out
