"""Where a setting is written: by the program in the database file, or, on a server with
personal logins, by the server's function, which checks again that the caller's group may
write that key (``core.db.server_rights.SETTING_RIGHTS``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from cjeapp.core.models import Setting
from cjeapp.core.models import new_id
from cjeapp.core.unit_of_work import UnitOfWork


def put(uow: UnitOfWork, existing: Setting | None, key: str, encoded: str,
        effective_from: date | None = None) -> None:
    """``encoded`` (JSON) as the value of ``key`` (from ``effective_from``): ``existing``
    is the row the caller found for it, changed; none, a new row."""
    if not uow.server_writes:
        if existing is None:
            uow.add(Setting(key=key, value=encoded, effective_from=effective_from))
        else:
            uow.change(existing, {"value": encoded})
        return
    if existing is not None and existing.value == encoded:
        return
    uow.wrote("settings")  # by the server's own function: no row flushed by the session
    written = uow.session.execute(text(
        "SELECT cjeapp_server.put_setting(:id, :key, :value, :effective_from)"),
        {"id": new_id(), "key": key, "value": encoded,
         "effective_from": effective_from}).scalar()
    if existing is None:
        uow.audit("create", "settings", written)
    else:
        uow.audit("update", "settings", written, {
            "value": {"old": existing.value, "new": encoded}})
        uow.session.refresh(existing)
