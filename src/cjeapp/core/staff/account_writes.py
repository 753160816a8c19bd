"""Where a staff account is written: by the program in the database file (and on a server
still on the shared seat role), or, on a server with personal logins, by the server's own
functions, which check the caller's group again and keep each person's login in step (its
name, password, group and whether it may connect). The services in ``accounts`` decide and
validate first; this is only the last step, the same on every store."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text

from cjeapp.core.ids import UserId
from cjeapp.core.models import User
from cjeapp.core.models import new_id
from cjeapp.core.staff.passwords import hash_password
from cjeapp.core.unit_of_work import UnitOfWork

ACCOUNT_FIELDS = ("id", "username", "full_name", "role", "office_id", "email", "language",
                  "title_form", "privacy_officer", "must_change_password", "updated_by")


def create(uow: UnitOfWork, user: User, password: str) -> User:
    """The new account, with ``password`` as its first (one-time) password."""
    if not uow.server_writes:
        user.password_hash = hash_password(password)
        return uow.add(user)
    from cjeapp.core.db.server_logins import scram_verifier

    user.id = user.id or UserId(new_id())
    row: dict[str, Any] = {name: getattr(user, name) for name in ACCOUNT_FIELDS}
    row["language"] = row["language"] or "fr"
    row["title_form"] = row["title_form"] or "x"
    row["privacy_officer"] = bool(row["privacy_officer"])
    row["must_change_password"] = True if row["must_change_password"] is None \
        else row["must_change_password"]
    uow.wrote("users")  # by the server's own functions: no row flushed by the session
    uow.session.execute(text(
        "SELECT cjeapp_server.create_account(CAST(:row AS jsonb), :verifier)"),
        {"row": json.dumps(row), "verifier": scram_verifier(password)})
    uow.audit("create", "users", user.id)
    made = uow.session.get(User, user.id)
    if made is None:  # pragma: no cover - the function raises instead
        raise LookupError(user.id)
    return made


def change(uow: UnitOfWork, user: User, changes: dict[str, Any]) -> User:
    """``changes`` (attribute -> value) to the account, audited as any change is."""
    if not uow.server_writes:
        return uow.change(user, changes)
    diff = {name: value for name, value in changes.items() if getattr(user, name) != value}
    if not diff:
        return user
    uow.wrote("users")
    uow.session.execute(text("SELECT cjeapp_server.change_account(:id, CAST(:changes AS jsonb))"),
                        {"id": user.id, "changes": json.dumps(diff)})
    uow.audit("update", "users", user.id, {
        name: {"old": getattr(user, name), "new": value} for name, value in diff.items()})
    uow.session.refresh(user)
    return user


def set_password(uow: UnitOfWork, user: User, password: str, *, own: bool) -> None:
    """A new password: the person's own choice (``own``), or a one-time password an
    administrator gives, to be changed at the next sign-in."""
    if not uow.server_writes:
        user.password_hash = hash_password(password)
        user.must_change_password = not own
        user.updated_by = uow.actor.user_id
        return
    from cjeapp.core.db.server_logins import scram_verifier

    uow.session.execute(text("SELECT cjeapp_server.set_password(:id, :verifier, :own)"),
                        {"id": user.id, "verifier": scram_verifier(password), "own": own})
    uow.session.refresh(user)
