"""One source of the current time, so tests can freeze it.

Times are stored in UTC and shown to users in America/Toronto (Quebec's zone).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from datetime import date
from datetime import datetime
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("America/Toronto")

_now: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


def now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return _now()


def today() -> date:
    """Today's date in Quebec."""
    return now().astimezone(LOCAL_ZONE).date()


def freeze(moment: datetime | None) -> None:
    """Freeze the clock at ``moment`` (aware), or unfreeze it with ``None``."""
    global _now
    if moment is None:
        _now = lambda: datetime.now(UTC)  # noqa: E731
        return
    if moment.tzinfo is None:
        raise ValueError("freeze() needs a timezone-aware datetime")
    fixed = moment.astimezone(UTC)
    _now = lambda: fixed  # noqa: E731


def to_local(moment: datetime) -> datetime:
    """Convert an aware datetime to Quebec time for display."""
    return moment.astimezone(LOCAL_ZONE)
