"""Numbers, verification codes and hashes of issued documents."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core.db.locks import one_at_a_time
from cjeapp.core.models import IssuedDocument

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone


def verification_code() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(8))


def next_number(session: Session, year: int) -> str:
    """The year's next number, unique and gapless: on the server, the seats issuing at once
    take their numbers one after the other, each held until its document is registered."""
    one_at_a_time(session, f"document numbers {year}")
    prefix = f"{year}-"
    count = session.scalar(select(func.count()).select_from(IssuedDocument)
                           .where(IssuedDocument.number.like(f"{prefix}%"))) or 0
    return f"{prefix}{count + 1:06d}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
