"""The office server's address as people write it (``postgresql://user@host/dbname``) and
read it (host and database, never the password). Nothing here loads the server's driver:
the command line tells a URL from a file name before it knows whether it needs one."""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlsplit

from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_server_url(text_: str) -> bool:
    return urlsplit(text_).scheme in SCHEMES


def engine_url(url: str) -> str:
    """The driver's URL of what a person writes (``postgresql://…``)."""
    scheme, _sep, rest = url.partition("://")
    if scheme not in SCHEMES:
        raise DatabaseOpenError(msg(N_(
            "{url} is not the address of a PostgreSQL server: write it as "
            "postgresql://user@host/database."), url=url))
    return f"postgresql+psycopg://{rest}"


def seat_folder(url: str) -> Path:
    """This seat's own folder for what belongs to it, not to the server (named by the
    address without its password, so the same server is the same folder)."""
    from platformdirs import user_data_path

    parts = urlsplit(engine_url(url))
    where = f"{parts.hostname or 'local'}-{parts.port or 5432}{parts.path}"
    digest = hashlib.sha256(where.encode()).hexdigest()[:16]
    return user_data_path("cjeapp", appauthor=False) / "servers" / digest


def shown_address(url: str) -> str:
    """The server as a person reads it (host and database, never the password)."""
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}{parts.path}"


def without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return url.replace(f":{parts.password}@", ":***@", 1)
