"""Automatic backups: verified copies in the chosen folder, the rotation, the warning when
the last good one is old, and restoring one in place of the open file."""

from __future__ import annotations

import random
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest

from cjeapp.core import clock
from cjeapp.core.backups import automatic
from cjeapp.core.backups.automatic import BackupPolicy
from cjeapp.core.backups.folder import listing
from cjeapp.core.backups.folder import name_for
from cjeapp.core.backups.rotation import Rotation
from cjeapp.core.backups.rotation import to_keep
from cjeapp.core.db import keyring
from cjeapp.core.db.database import Database
from cjeapp.core.db.maintenance import check_database
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.search.finder import search_clients

pytestmark = pytest.mark.sqlite_file("backups copy the PC's file (the server's are pg_dump's)")


def new_client(db: Database, actor: Actor, *, first_name: str, last_name: str) -> None:
    clients.create_client(db, actor, ClientForm(first_name=first_name, last_name=last_name))


def _policy(folder: Path | None, **rotation: int) -> BackupPolicy:
    return BackupPolicy(folder, Rotation(**rotation), warn_after_days=3)


def test_a_backup_is_a_verified_encrypted_copy_with_its_key_file(
        db: Database, staff: dict[str, Actor], tmp_path: Path) -> None:
    new_client(db, staff["reception"], first_name="Soraya", last_name="Benali")
    automatic.set_backup_policy(db, staff["administrator"], _policy(tmp_path / "usb"))
    made = automatic.make_backup(db, staff["reception"], "daily")
    assert made.path.parent == tmp_path / "usb"
    assert made.path.name == name_for(db.path, made.made_at)
    assert keyring.keys_path(made.path).is_file()
    assert b"Benali" not in made.path.read_bytes()  # encrypted like the database
    assert db.key is not None and check_database(made.path, db.key).sound
    copy = Database.open(made.path, db.key)
    try:
        found = search_clients(copy, staff["reception"], "Benali")
    finally:
        copy.close()
    assert [c.last_name for c in found] == ["Benali"]
    assert automatic.backup_status(db, staff["reception"]).newest == made


def test_backups_go_beside_the_database_until_a_folder_is_chosen(
        db: Database, staff: dict[str, Actor]) -> None:
    made = automatic.make_backup(db, staff["counsellor"], "closing")
    assert made.path.parent == db.path.with_name(f"{db.path.stem}-backups")


def test_the_rotation_keeps_the_newest_of_each_day_week_and_month() -> None:
    start = datetime(2025, 1, 1, 17, 0)
    stamps = [start + timedelta(hours=12 * i) for i in range(2 * 400)]  # two a day
    kept = to_keep(stamps, Rotation(daily=7, weekly=4, monthly=12))
    newest = max(stamps)
    assert newest in kept
    days = {stamp.date() for stamp in kept}
    last_days = {newest.date() - timedelta(days=i) for i in range(7)}
    assert last_days <= days  # one for each of the last seven days
    for day in last_days:  # and it is the newest of that day
        assert max(s for s in stamps if s.date() == day) in kept
    months = {(s.year, s.month) for s in kept}
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    assert to_keep([], Rotation()) == set()


def test_the_rotation_never_keeps_more_than_it_says_and_always_the_newest() -> None:
    generator = random.Random(7)
    for _ in range(200):
        stamps = [datetime(2024, 1, 1) + timedelta(minutes=generator.randrange(0, 10**6))
                  for _ in range(generator.randrange(1, 80))]
        rotation = Rotation(generator.randrange(1, 9), generator.randrange(0, 6),
                            generator.randrange(0, 14))
        kept = to_keep(stamps, rotation)
        assert max(stamps) in kept and kept <= set(stamps)
        assert len(kept) <= 1 + rotation.daily + rotation.weekly + rotation.monthly


def test_making_backups_removes_those_the_rotation_drops_and_nothing_else(
        db: Database, staff: dict[str, Actor], tmp_path: Path) -> None:
    folder = tmp_path / "share"
    automatic.set_backup_policy(db, staff["administrator"],
                                _policy(folder, daily=2, weekly=0, monthly=0))
    foreign = folder / "notes-de-la-directrice.txt"
    foreign.write_text("garder")
    before_upgrade = folder / f"{db.path.stem}-before-0014-20250101T000000Z.sqlite3"
    before_upgrade.write_bytes(b"x")
    made = []
    for day in range(4):
        clock.freeze(datetime(2026, 3, 10 + day, 15, 0, tzinfo=UTC))
        made.append(automatic.make_backup(db, staff["reception"], "daily"))
    left = listing(folder, db.path)
    assert [backup.path for backup in left] == [made[3].path, made[2].path]
    for gone in made[:2]:
        assert not gone.path.exists() and not keyring.keys_path(gone.path).exists()
    assert foreign.exists() and before_upgrade.exists()


def test_the_warning_comes_when_the_newest_backup_is_older_than_the_setting(
        db: Database, staff: dict[str, Actor], tmp_path: Path) -> None:
    reception = staff["reception"]
    automatic.set_backup_policy(db, staff["administrator"], _policy(tmp_path / "b"))
    assert automatic.backup_status(db, reception).stale  # none yet
    assert automatic.backup_due(db, reception)
    clock.freeze(datetime(2026, 3, 2, 18, 0, tzinfo=UTC))
    automatic.make_backup(db, reception, "closing")
    assert not automatic.backup_due(db, reception)
    clock.freeze(datetime(2026, 3, 3, 18, 30, tzinfo=UTC))
    assert automatic.backup_due(db, reception)  # a day has passed
    assert not automatic.backup_status(db, reception).stale
    clock.freeze(datetime(2026, 3, 5, 19, 0, tzinfo=UTC))
    assert automatic.backup_status(db, reception).stale  # more than three days


def test_a_folder_that_is_gone_is_said_and_warns(db: Database, staff: dict[str, Actor],
                                                 tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    automatic.set_backup_policy(db, staff["administrator"], _policy(usb))
    automatic.make_backup(db, staff["reception"], "daily")
    usb.rename(tmp_path / "unplugged")
    (tmp_path / "usb").write_text("not a folder")  # the drive letter now holds a file
    status = automatic.backup_status(db, staff["reception"])
    assert status.stale and status.newest is None
    with pytest.raises(DatabaseOpenError) as refused:
        automatic.make_backup(db, staff["reception"], "closing")
    assert str(usb) in str(refused.value) and "plug in the key" in str(refused.value)


def test_the_policy_is_checked_and_only_the_administrator_sets_it(
        db: Database, staff: dict[str, Actor], tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        automatic.set_backup_policy(db, staff["director"], _policy(tmp_path))
    with pytest.raises(ValidationError) as refused:
        automatic.set_backup_policy(db, staff["administrator"],
                                    _policy(Path("relative/folder"), daily=0, monthly=500))
    fields = {error.field for error in refused.value.errors}
    assert fields == {"folder", "daily", "monthly"}
    blocked = tmp_path / "file"
    blocked.write_text("")
    with pytest.raises(ValidationError) as refused:
        automatic.set_backup_policy(db, staff["administrator"], _policy(blocked / "sub"))
    assert "cannot take files" in str(refused.value)
    automatic.set_backup_policy(db, staff["administrator"],
                                _policy(tmp_path / "ok", daily=3, weekly=2, monthly=6))
    assert automatic.backup_policy(db) == _policy(tmp_path / "ok", daily=3, weekly=2,
                                                  monthly=6)


def test_restoring_a_backup_puts_it_in_place_and_keeps_the_current_file_aside(
        db: Database, staff: dict[str, Actor], tmp_path: Path) -> None:
    reception, admin = staff["reception"], staff["administrator"]
    automatic.set_backup_policy(db, admin, _policy(tmp_path / "b"))
    new_client(db, reception, first_name="Avant", last_name="Sauvegarde")
    backup = automatic.make_backup(db, reception, "asked")
    new_client(db, reception, first_name="Apres", last_name="Sauvegarde")
    with pytest.raises(PermissionDenied):
        automatic.restore_backup(db, staff["director"], backup)
    key, path = db.key, db.path
    kept = automatic.restore_backup(db, admin, backup)
    assert kept is not None and kept.exists() and key is not None
    restored = Database.open(path, key)
    try:
        names = {c.first_name for c in search_clients(restored, reception,
                                                              "Sauvegarde")}
        assert names == {"Avant"}
        assert check_database(path, key).sound  # the restore's audit entry chains on
    finally:
        restored.close()
    aside = Database.open(kept, key)
    try:
        names = {c.first_name for c in search_clients(aside, reception, "Sauvegarde")}
        assert names == {"Avant", "Apres"}  # nothing of the day is lost
    finally:
        aside.close()


def test_names_sort_by_time_and_other_databases_backups_are_not_listed(
        tmp_path: Path) -> None:
    db_path = tmp_path / "bureau.sqlite3"
    other = tmp_path / "autre.sqlite3"
    for moment, owner in ((datetime(2026, 1, 5, 8, tzinfo=UTC), db_path),
                          (datetime(2026, 1, 6, 8, tzinfo=UTC), db_path),
                          (datetime(2026, 1, 7, 8, tzinfo=UTC), other)):
        (tmp_path / name_for(owner, moment)).write_bytes(b"")
    found = listing(tmp_path, db_path)
    assert [b.made_at.date() for b in found] == [date(2026, 1, 6), date(2026, 1, 5)]
