"""Settings kept in the database: lock delay, dated amounts (e.g. the OI allowance)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import Setting
from cjeapp.core.org import setting_writes
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work

LOCK_MINUTES = "session.lock_minutes"
DEFAULT_LOCK_MINUTES = 10


# The organization's private keys (package signing, pseudonyms) are settings that no screen
# or command reads or writes: only core.reporting.keys uses them.
SECRET_PREFIX = "reporting."


def _refuse_secret(key: str) -> None:
    if key.startswith(SECRET_PREFIX):
        raise PermissionDenied("settings.secret")


def get_value(db: Database, key: str, default: Any = None, *, on: date | None = None) -> Any:
    """The value in force ``on`` a day (the latest dated one not after it, else undated).
    Settings are the organization's, not a person's data; its private keys are refused."""
    _refuse_secret(key)
    day = on or clock.today()
    with db.read_session() as session:
        rows = list(session.scalars(select(Setting).where(Setting.key == key,
                                                          Setting.deleted_at.is_(None))))
    dated = sorted((row for row in rows if row.effective_from and row.effective_from <= day),
                   key=lambda row: row.effective_from or date.min)
    if dated:
        return json.loads(dated[-1].value)
    undated = [row for row in rows if row.effective_from is None]
    return json.loads(undated[-1].value) if undated else default


LAPTOP_OWN = ("backups.policy.",)  # + the laptop's own id


def set_value(db: Database, actor: Actor, key: str, value: Any,
              effective_from: date | None = None) -> None:
    actor.require(Permission.SETTINGS_ADMIN)
    write_value(db, actor, key, value, effective_from)


def write_value(db: Database, actor: Actor, key: str, value: Any,
                effective_from: date | None = None) -> None:
    """``set_value`` for the settings a laptop keeps for itself (``LAPTOP_OWN``: where its
    backups go), which its own counsellor sets once the caller has checked it is them;
    every other key stays the administrator's."""
    if not (isinstance(key, str) and key.startswith(LAPTOP_OWN)):
        actor.require(Permission.SETTINGS_ADMIN)
    actor.require_signed_in()
    _refuse_secret(key)
    with unit_of_work(db, actor) as uow:
        existing = uow.session.scalar(select(Setting).where(
            Setting.key == key, Setting.deleted_at.is_(None),
            Setting.effective_from.is_(None) if effective_from is None
            else Setting.effective_from == effective_from))
        setting_writes.put(uow, existing, key, json.dumps(value), effective_from)


def lock_minutes(db: Database) -> int:
    return int(get_value(db, LOCK_MINUTES, DEFAULT_LOCK_MINUTES))


def set_lock_minutes(db: Database, actor: Actor, minutes: int) -> None:
    actor.require(Permission.SETTINGS_ADMIN)
    if not 1 <= minutes <= 240:
        raise ValidationError([FieldError("lock_minutes", msg(
            N_("Choose a delay between 1 and 240 minutes.")))])
    set_value(db, actor, LOCK_MINUTES, minutes)


VERIFY_URL = "documents.verify_url"


def verify_url(db: Database) -> str:
    """The address printed before the signed text of a document's QR code ("" for none)."""
    return str(get_value(db, VERIFY_URL, "") or "")


def set_verify_url(db: Database, actor: Actor, url: str) -> None:
    """An https:// (or http://) address where the organization lets anyone check a paper;
    the QR code of each new document is that address followed by its signed text."""
    actor.require(Permission.SETTINGS_ADMIN)
    url = url.strip()
    if url and (not url.lower().startswith(("https://", "http://")) or " " in url
                or len(url) > 200):
        raise ValidationError([FieldError("verify_url", msg(N_(
            "Write a web address that begins with https:// (for example "
            "https://www.example.org/verifier?doc=), or leave it empty.")))])
    set_value(db, actor, VERIFY_URL, url)
