"""Guessing passwords is made slow: the first failures cost nothing more, then each one
locks the user name for longer (30 s, 1 min, 2 min… up to an hour) until a sign-in
succeeds, the time passes, or an administrator unlocks it. Unknown user names are counted
the same way, so the lockout never tells whether a name exists."""

from __future__ import annotations

from datetime import datetime
from datetime import timedelta

from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.models import SignInThrottle

FREE_FAILURES = 3
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(hours=1)


def lock_after(failures: int) -> timedelta | None:
    """How long a user name stays locked after its ``failures``-th failure in a row."""
    if failures <= FREE_FAILURES:
        return None
    return min(FIRST_LOCK * (1 << min(failures - FREE_FAILURES - 1, 16)), LONGEST_LOCK)


def locked_until(session: Session, username: str) -> datetime | None:
    """The end of the current lock of ``username``, or None when it may try now."""
    row = session.get(SignInThrottle, username)
    if row is None or row.locked_until is None or row.locked_until <= clock.now():
        return None
    return row.locked_until


def record_failure(session: Session, username: str) -> SignInThrottle:
    row = session.get(SignInThrottle, username)
    if row is None:
        row = SignInThrottle(username=username, failures=0)
        session.add(row)
    row.failures += 1
    row.last_failure_at = clock.now()
    delay = lock_after(row.failures)
    row.locked_until = clock.now() + delay if delay else None
    return row


def forget(session: Session, username: str) -> None:
    """A successful sign-in, or an administrator's unlock: the count starts again."""
    row = session.get(SignInThrottle, username)
    if row is not None:
        session.delete(row)
