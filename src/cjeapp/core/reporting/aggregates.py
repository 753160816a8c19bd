"""Aggregate tables computed while the detail rows stream by; small counts suppressed."""

from __future__ import annotations

from collections import Counter
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from cjeapp.core.reporting.profile import Aggregate
from cjeapp.core.reporting.profile import Profile


@dataclass(frozen=True)
class AggregateRow:
    aggregate: str
    group: tuple[str, ...]
    value: int | Decimal | None  # None when suppressed
    suppressed: bool


class AggregateBuilder:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.counts: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
        self.people: dict[str, dict[tuple[str, ...], set[str]]] = defaultdict(
            lambda: defaultdict(set))
        self.minutes: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)

    def add(self, table: str, cells: dict[str, Any], person: str | None) -> None:
        for aggregate in self.profile.aggregates:
            if aggregate.table != table:
                continue
            group = tuple("" if cells.get(c) is None else str(cells.get(c))
                          for c in aggregate.group_by)
            if aggregate.measure == "count":
                self.counts[aggregate.name][group] += 1
            elif aggregate.measure == "distinct_persons" and person:
                self.people[aggregate.name][group].add(person)
            elif aggregate.measure == "sum_hours":
                self.minutes[aggregate.name][group] += int(cells.get("duration_minutes") or 0)

    def rows(self) -> list[AggregateRow]:
        threshold = self.profile.suppression_threshold
        result: list[AggregateRow] = []
        for aggregate in self.profile.aggregates:
            values = self._values(aggregate)
            for group in sorted(values):
                value = values[group]
                small = aggregate.measure != "sum_hours" and 0 < int(value) < threshold
                result.append(AggregateRow(aggregate.name, group,
                                           None if small else value, small))
        return result

    def _values(self, aggregate: Aggregate) -> dict[tuple[str, ...], Any]:
        if aggregate.measure == "count":
            return dict(self.counts[aggregate.name]) or ({(): 0} if not aggregate.group_by
                                                         else {})
        if aggregate.measure == "distinct_persons":
            return {g: len(p) for g, p in self.people[aggregate.name].items()}
        return {g: (Decimal(m) / 60).quantize(Decimal("0.1"))
                for g, m in self.minutes[aggregate.name].items()}
