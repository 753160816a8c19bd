"""Numbers, verification codes and hashes of issued documents."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core.db.locks import one_at_a_time
from cjeapp.core.models import IssuedDocument
from cjeapp.core.models import Replica

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone


def verification_code() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(8))


def next_number(session: Session, year: int) -> str:
    """The year's next number, unique and gapless: on the server, the seats issuing at once
    take their numbers one after the other, each held until its document is registered. A
    counsellor's laptop numbers in its own series (``2026-L1-000001``), so the office's and
    each laptop's numbers never meet when they are exchanged, and each series stays
    gapless."""
    one_at_a_time(session, f"document numbers {year}")
    laptop = session.scalar(select(Replica.number_prefix).where(
        Replica.is_self.is_(True), Replica.is_hub.is_(False), Replica.deleted_at.is_(None)))
    prefix = f"{year}-{laptop}-" if laptop else f"{year}-"
    last = session.scalar(select(func.max(IssuedDocument.number)).where(
        IssuedDocument.number.like(prefix + "_" * 6)))  # not a copy's (…-C1)
    following = int(last[len(prefix):]) + 1 if last and last[len(prefix):].isdigit() else 1
    return f"{prefix}{following:06d}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
