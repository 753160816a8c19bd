"""Connecting this PC (a seat) to the office's server, chosen at first run or in
Paramètres: the address is tried before it is kept, and the server role's password, when
the address carries one, is kept the way PostgreSQL's own tools keep it — a password file
(``pgpass``) readable by this account only, in the seat's folder — so that the address the
program remembers in this PC's settings holds no password."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote
from urllib.parse import unquote
from urllib.parse import urlsplit

from cjeapp.core.db.address import seat_folder
from cjeapp.core.db.address import shown_address
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg


def password_file(url: str) -> Path:
    """Where this seat keeps the server role's password (PostgreSQL's pgpass format)."""
    return seat_folder(url) / "pgpass"


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def address_to_keep(url: str) -> str:
    """The address as this PC's settings keep it: without the password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return url.replace(f":{parts.password}@", "@", 1)


def with_password(address: str, password: str) -> str:
    """The address with the server role's password in it (to connect, never to keep)."""
    if not password:
        return address
    parts = urlsplit(address)
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[-1]
    netloc = f"{quote(user, safe='')}:{quote(password, safe='')}@{host}"
    return parts._replace(netloc=netloc).geturl()


def remember_password(url: str) -> None:
    """Keep the address's password (if any) in the seat's password file, this account
    only (0600, as libpq demands of it)."""
    parts = urlsplit(url)
    if parts.password is None:
        return
    path = password_file(url)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = ":".join(_pgpass_field(value) for value in (
        parts.hostname or "localhost", str(parts.port or 5432),
        unquote(parts.path.lstrip("/")) or "*", unquote(parts.username or "*"),
        unquote(parts.password)))
    work = path.with_name(path.name + ".new")
    descriptor = os.open(work, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(line + "\n")
    os.replace(work, path)


def try_server(url: str) -> None:
    """Connect once to the server at ``url`` as a seat would; refused in a sentence when it
    cannot be reached, is not cjeapp's, or has no organization yet (``server-init``)."""
    from cjeapp.core.db.server import open_server
    from cjeapp.core.db.server_logins import refused_by_name
    from cjeapp.core.staff import accounts

    try:
        db = open_server(url)
    except DatabaseOpenError as error:
        if not urlsplit(url).username and refused_by_name(error):
            return  # it answers, and asks each person for their own login: kept
        raise
    try:
        if accounts.needs_first_run(db):
            raise DatabaseOpenError(msg(N_(
                "The server {address} answers, but no organization is set up on it yet: "
                "the person who runs the server sets it up once with cjeapp server-init "
                "(the README says how), then this PC connects."),
                address=shown_address(url)))
    finally:
        db.close()
