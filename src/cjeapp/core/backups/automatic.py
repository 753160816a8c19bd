"""Automatic backups of the open database: where they go, when one is due, making one
(verified, then rotated), whether the last good one is too old, and restoring one.

Backups are SQLite online copies encrypted with the database's own key, each checked in
full before it takes its name, with the key file beside it (``maintenance.backup``): a
backup on a USB key is as unreadable without a password as the database itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from typing import Literal

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.backups.folder import BackupFile
from cjeapp.core.backups.folder import listing
from cjeapp.core.backups.folder import name_for
from cjeapp.core.backups.folder import remove
from cjeapp.core.backups.rotation import Rotation
from cjeapp.core.backups.rotation import to_keep
from cjeapp.core.db import maintenance
from cjeapp.core.db.database import Database
from cjeapp.core.db.database import backups_dir
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.models import Replica
from cjeapp.core.models import User
from cjeapp.core.org import settings
from cjeapp.core.permissions import SYSTEM
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.staff.accounts import actor_for
from cjeapp.core.unit_of_work import unit_of_work

POLICY = "backups.policy"
DAILY = timedelta(hours=24)
Reason = Literal["closing", "daily", "asked"]


@dataclass(frozen=True)
class BackupPolicy:
    folder: Path | None  # None: the folder beside the database (NAME-backups)
    rotation: Rotation
    warn_after_days: int = 3


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    newest: BackupFile | None
    reachable: bool  # the folder can be listed (a USB key plugged in, a share mounted)
    warn_after_days: int

    @property
    def stale(self) -> bool:
        """No good backup for longer than the organization accepts (or none at all)."""
        if self.newest is None or not self.reachable:
            return True
        return clock.now() - self.newest.made_at > timedelta(days=self.warn_after_days)


def _laptop(db: Database) -> Replica | None:
    """This database's own registration when it is a counsellor's laptop (None at the
    office, on a PC of its own, or on the server)."""
    with db.read_session() as session:
        return session.scalar(select(Replica).where(
            Replica.is_self.is_(True), Replica.is_hub.is_(False),
            Replica.deleted_at.is_(None)))


def _policy_key(db: Database) -> str:
    """A laptop keeps its own policy under its own name: the office's (which the exchange
    brings down, with its folder on the office's disks) is not the laptop's, and neither is
    another laptop's."""
    laptop = _laptop(db)
    return POLICY if laptop is None else f"{POLICY}.{laptop.id}"


def _require_keeper(db: Database, actor: Actor) -> None:
    """Who sets where backups go: the administrator; on a laptop, its own counsellor too
    (nobody else signs in there)."""
    if actor.can(Permission.SETTINGS_ADMIN):
        return
    laptop = _laptop(db)
    if laptop is not None and actor.user_id is not None \
            and str(actor.user_id) in json.loads(laptop.counsellor_ids or "[]"):
        actor.require_signed_in()
        return
    actor.require(Permission.SETTINGS_ADMIN)


def on_a_laptop(db: Database) -> bool:
    return _laptop(db) is not None


def backup_policy(db: Database) -> BackupPolicy:
    stored: dict[str, Any] = settings.get_value(db, _policy_key(db), {}) or {}
    folder = stored.get("folder")
    defaults = Rotation()
    return BackupPolicy(
        folder=Path(folder) if folder else None,
        rotation=Rotation(int(stored.get("daily", defaults.daily)),
                          int(stored.get("weekly", defaults.weekly)),
                          int(stored.get("monthly", defaults.monthly))),
        warn_after_days=int(stored.get("warn_after_days", 3)))


def folder_of(db: Database) -> Path:
    chosen = backup_policy(db).folder
    return chosen if chosen is not None else backups_dir(db.path)


_LIMITS = {"daily": (1, 60), "weekly": (0, 52), "monthly": (0, 120), "warn_after_days": (1, 30)}


def set_backup_policy(db: Database, actor: Actor, policy: BackupPolicy) -> None:
    """Save where backups go and how many are kept; the folder is created and must take
    files (a share or a USB key that is not there is refused now, not at closing)."""
    _require_keeper(db, actor)
    errors: list[FieldError] = []
    values = {"daily": policy.rotation.daily, "weekly": policy.rotation.weekly,
              "monthly": policy.rotation.monthly, "warn_after_days": policy.warn_after_days}
    for name, (low, high) in _LIMITS.items():
        if not low <= values[name] <= high:
            errors.append(FieldError(name, msg(N_("Choose a number from {low} to {high}."),
                                               low=low, high=high)))
    folder = policy.folder
    if folder is not None:
        problem = _unusable(folder)
        if problem is not None:
            errors.append(FieldError("folder", problem))
    if errors:
        raise ValidationError(errors)
    settings.write_value(db, actor, _policy_key(db), {
        **values, "folder": str(folder) if folder is not None else None})


def _unusable(folder: Path) -> Message | None:
    """Why backups cannot be written in ``folder`` (None when they can)."""
    if not folder.is_absolute():
        return msg(N_("Give the whole path of the folder, from the drive or the share "
                      "(for example E:\\Sauvegardes or /media/cle/sauvegardes)."))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".cjeapp-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return msg(N_("{folder} cannot take files: plug in the key or connect the share, "
                      "or choose another folder."), folder=str(folder))
    return None


def backup_status(db: Database, actor: Actor) -> BackupStatus:
    """What the home screen says about backups (everyone sees whether one is missing)."""
    actor.require_signed_in()
    policy = backup_policy(db)
    folder = folder_of(db)
    try:
        found = listing(folder, db.path)
        reachable = folder.is_dir() or policy.folder is None
    except OSError:
        found, reachable = [], False
    return BackupStatus(folder, found[0] if found else None, reachable,
                        policy.warn_after_days)


def list_backups(db: Database, actor: Actor) -> list[BackupFile]:
    _require_keeper(db, actor)
    try:
        return listing(folder_of(db), db.path)
    except OSError as exc:
        raise _unreachable(folder_of(db)) from exc


def _unreachable(folder: Path) -> DatabaseOpenError:
    return DatabaseOpenError(msg(N_(
        "The backup folder {folder} cannot be reached: plug in the key or connect the "
        "share, or choose another folder in Settings › Backups."), folder=str(folder)))


def backup_due(db: Database, actor: Actor) -> bool:
    """A day has passed since the newest backup (or there is none)."""
    actor.require_signed_in()
    try:
        found = listing(folder_of(db), db.path)
    except OSError:
        return True
    return not found or clock.now() - found[0].made_at >= DAILY


def make_backup(db: Database, actor: Actor, reason: Reason) -> BackupFile:
    """Copy the open database into the backup folder, verify the copy, then remove the
    backups the rotation no longer keeps. Any staff member's session makes them."""
    actor.require_signed_in()
    if db.key is None:
        raise Inconsistent("db.key is not None")
    folder = folder_of(db)
    made_at = clock.now()
    target = folder / name_for(db.path, made_at)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _unreachable(folder) from exc
    try:
        maintenance.backup(db.path, db.key, target)
    except OSError as exc:  # a full key, a share gone midway: the partial copy is gone
        raise DatabaseOpenError(msg(N_("The backup could not be written to {folder}: "
                                       "{reason}"), folder=str(folder),
                                    reason=exc.strerror or type(exc).__name__)) from exc
    made = BackupFile(target, made_at.replace(microsecond=0), target.stat().st_size)
    removed = _rotate(db, folder)
    with unit_of_work(db, actor) as uow:
        uow.audit("backup", "database", None, {"file": target.name, "reason": reason,
                                               "removed": len(removed)})
    return made


def _rotate(db: Database, folder: Path) -> list[BackupFile]:
    found = listing(folder, db.path)
    keep = to_keep([backup.made_at.astimezone(clock.LOCAL_ZONE) for backup in found],
                   backup_policy(db).rotation)
    removed = [backup for backup in found
               if backup.made_at.astimezone(clock.LOCAL_ZONE) not in keep]
    for backup in removed:
        remove(backup)
    return removed


def restore_backup(db: Database, actor: Actor, backup: BackupFile, *,
                   insist: bool = False) -> Path | None:
    """Put a backup in place of the open database. ``db`` is closed first and must not be
    used afterwards: the program signs in again. The current file is kept aside (verified)
    in the folder beside the database; returns where. A backup whose audit log contradicts
    the file's is refused (``ContradictingLog``) unless the administrator ``insist``s."""
    actor.require(Permission.SETTINGS_ADMIN)
    if db.key is None:
        raise Inconsistent("db.key is not None")
    if not backup.path.is_file():
        raise DatabaseOpenError(msg(N_("{path} does not exist."), path=str(backup.path)))
    db.close()
    kept = maintenance.restore(backup.path, db.key, db.path, db.key, insist=insist)
    record_restore(db.path, db.key, actor.username, backup.path.name,
                   kept.name if kept else None, made_at=backup.made_at.isoformat(),
                   **({"insisted": "restored without holding its log against the file's"}
                      if insist else {}))
    return kept


def record_restore(db_path: Path, key: bytes, username: str | None, source: str,
                   kept: str | None, **more: str) -> None:
    """The restore, the first entry the restored log gets after its own: who restored (or
    the recovery key), when, which backup, where the replaced file was set aside. Who is
    read from the restored file itself (the account that restored exists there)."""
    restored = Database.open(db_path, key, verify=False)
    try:
        actor = SYSTEM
        if username is not None:
            with restored.read_session() as session:
                user = session.scalar(select(User).where(User.username == username))
            if user is not None:
                actor = actor_for(user)
        with unit_of_work(restored, actor) as uow:
            uow.audit("restore", "database", None, {
                "file": source, "kept": kept, "by": username or "recovery key", **more})
    finally:
        restored.close()
