"""Which backups a rotation keeps: the newest of each of the last days, weeks and months
(the usual "grandfather-father-son" scheme), plus always the newest of all."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Hashable
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _newest_per_period(stamps: list[datetime], count: int,
                       period: Callable[[datetime], Hashable]) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for stamp in stamps:  # newest first
        if len(seen) >= count:
            break
        bucket = period(stamp)
        if bucket not in seen:
            seen.add(bucket)
            kept.add(stamp)
    return kept


def to_keep(stamps: Iterable[datetime], rotation: Rotation) -> set[datetime]:
    """The times of the backups to keep among ``stamps`` (local times of making)."""
    newest_first = sorted(set(stamps), reverse=True)
    if not newest_first:
        return set()
    kept = {newest_first[0]}
    kept |= _newest_per_period(newest_first, rotation.daily, lambda s: s.date())
    kept |= _newest_per_period(newest_first, rotation.weekly,
                               lambda s: s.isocalendar()[:2])
    kept |= _newest_per_period(newest_first, rotation.monthly, lambda s: (s.year, s.month))
    return kept
