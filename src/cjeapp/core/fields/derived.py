"""Values computed from others, computed here once: the desk's validation, the exchange's
merge, the demo and the imports all call these."""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Mapping
from typing import Any

from cjeapp.core.search.normalize import sort_key

_NOT_DIGITS = re.compile(r"\D")


def phone_digits(phone: str | None) -> str | None:
    """Digits of a North American phone number (10 digits), or None when empty."""
    if not phone:
        return None
    digits = _NOT_DIGITS.sub("", phone)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits


def name_key(first_name: str | None, last_name: str | None) -> str:
    """How a person's name sorts and is found (accents and case aside)."""
    return sort_key(first_name or "", last_name or "")


Row = Mapping[str, Any]
# {table: {derived column: how it is computed from the row}}
DERIVED: dict[str, dict[str, Callable[[Row], Any]]] = {
    "clients": {
        "phone_digits": lambda row: phone_digits(row.get("phone")),
        "sort_key": lambda row: name_key(row.get("first_name"), row.get("last_name")),
    },
}


def derived_columns(table: str) -> frozenset[str]:
    return frozenset(DERIVED.get(table, {}))


def derived_values(table: str, row: Row) -> dict[str, Any]:
    """The derived columns of ``table`` computed from ``row``'s values."""
    return {column: compute(row) for column, compute in DERIVED.get(table, {}).items()}
