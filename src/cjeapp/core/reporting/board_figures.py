"""The board's plain dataclasses: figures with their words, month series, caseloads.
Numbers are exact; ``small`` marks counts under 5 (« < 5 » outside the organization)."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache


@cache
def small_under() -> int:
    """Counts under this leave the organization as « < n »: the suppression threshold of
    the funder's profile shipped with the program, the one its package applies."""
    from cjeapp.core.reporting.profile import load

    return load("PASI").suppression_threshold


class Kind(StrEnum):
    """What a number is, so that each reader formats it (never shown as such)."""

    COUNT = "count"
    MINUTES = "minutes"
    HOURS = "hours"
    PERCENT = "percent"
    KILOMETRES = "kilometres"
    MONEY = "money"


Number = int | Decimal


def is_small(value: Number | None, kind: Kind) -> bool:
    return kind is Kind.COUNT and value is not None and 0 < value < small_under()


@dataclass(frozen=True)
class Figure:
    key: str  # a stable name for screens and tests (never shown)
    label: str
    kind: Kind
    value: Number | None  # None: nothing to measure (a median of no walk-in)
    previous: Number | None  # the same period a year earlier
    # Withheld from what leaves the organization although not small itself: a small count
    # could be worked out from it (see board_values.for_outside).
    withheld: bool = False
    previous_withheld: bool = False

    @property
    def small(self) -> bool:
        return is_small(self.value, self.kind) or self.withheld

    @property
    def previous_small(self) -> bool:
        return is_small(self.previous, self.kind) or self.previous_withheld


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Series:
    """A figure month by month: ``months`` are the first days of the period's months;
    ``previous`` the same months a year earlier."""

    key: str
    title: str
    kind: Kind
    months: tuple[date, ...]
    values: tuple[Number, ...]
    previous: tuple[Number, ...]
    # Months withheld from what leaves although not small themselves (by their index):
    # the period's figure less the other months would give a small month back.
    withheld: frozenset[int] = frozenset()
    previous_withheld: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Caseload:
    counsellor: str  # the staff member's name
    figures: tuple[Figure, ...]  # active files, new files, hours, follow-ups overdue
    user_id: str = ""  # whose (never shown)


@dataclass(frozen=True)
class BoardFilter:
    first: date
    last: date
    office_id: str | None = None
    counsellor_id: str | None = None


@dataclass(frozen=True)
class Board:
    first: date
    last: date
    previous_first: date
    previous_last: date
    office: str | None  # the office's name when filtered
    counsellor: str | None
    sections: tuple[Section, ...]
    series: tuple[Series, ...]
    caseloads: tuple[Caseload, ...]

    def section(self, key: str) -> Section:
        return next(section for section in self.sections if section.key == key)

    def figure(self, section: str, key: str) -> Figure:
        return next(f for f in self.section(section).figures if f.key == key)


def median(values: list[float]) -> Decimal | None:
    return Decimal(str(round(statistics.median(values), 1))) if values else None


def percentile_90(values: list[float]) -> Decimal | None:
    """The value 90 % of the sorted values do not exceed (nearest rank)."""
    if not values:
        return None
    ordered = sorted(values)
    return Decimal(str(round(ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)], 1)))
