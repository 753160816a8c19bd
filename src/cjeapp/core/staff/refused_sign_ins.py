"""The sign-ins refused by the office's server, for the administrator: on a server of
personal logins the server checks each password itself (slowed after each failure by its
``auth_delay``), so what was refused is in the server's own log; the server's function reads
it (``cjeapp_server.refused_sign_ins``). On a database file the program's own lockout keeps
them (Unlock after failed sign-ins)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission

UNREADABLE_LOG = "58P01"


@dataclass(frozen=True)
class RefusedSignIn:
    at: datetime | None  # aware; None if the server gave none
    username: str


def refused_sign_ins(db: Database, actor: Actor, limit: int = 50) -> list[RefusedSignIn]:
    """The newest sign-ins the server refused for this office's logins (a wrong password, a
    name that is no one's). Refused in a sentence when the server's log cannot be read."""
    actor.require(Permission.USER_ADMIN)
    if not db.personal_logins:
        raise CjeError(msg(N_("Only the office's server keeps a log of refused sign-ins; "
                              "here the program locks a name after repeated failures.")))
    try:
        with db.engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT refused_at, username FROM cjeapp_server.refused_sign_ins(:limit)"),
                {"limit": max(1, min(limit, 500))}).all()
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != UNREADABLE_LOG:
            raise
        raise CjeError(msg(N_(
            "The server does not let the program read its log, where the refused sign-ins "
            "are: the person who runs the server reads them there (or lets the program read "
            "them: the README says how)."))) from exc
    return [RefusedSignIn(at.astimezone(UTC) if isinstance(at, datetime) else None, str(name))
            for at, name in rows]
