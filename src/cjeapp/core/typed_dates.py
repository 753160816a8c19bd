"""Dates as people in Quebec type them, in a form field, the search box or a spreadsheet
cell: 2026-11-22, 22/11/2026 (day first, as in French), 22-11-2026, « 22 novembre 2026 »,
« 1er nov. 2026 », "November 22, 2026". Month names come from Babel's French and English
data, accents and case ignored, abbreviated with or without their dot."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from babel.dates import get_month_names

from cjeapp.core.search.normalize import fold

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:er|re|st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


@cache
def _months() -> dict[str, int]:
    """Folded month names and abbreviations (French and English) -> month number."""
    names: dict[str, int] = {}
    for locale in ("fr_CA", "en_CA"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                names[fold(str(name)).rstrip(".")] = int(number)
    names.update({"juil": 7, "sept": 9, "fev": 2, "aou": 8})  # other usual abbreviations
    return names


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _in_numbers(cleaned: str) -> tuple[bool, date | None]:
    """(whether ``cleaned`` is a date in numbers, the date it is when possible)."""
    found = _ISO.match(cleaned)
    if found:
        return True, _date(int(found[1]), int(found[2]), int(found[3]))
    found = _DAY_FIRST.match(cleaned)
    if found:
        return True, _date(int(found[3]), int(found[2]), int(found[1]))
    return False, None


def parse_date(text: str) -> date | None:
    """The date ``text`` spells, else None (an impossible date such as 31/02 too)."""
    # Numbers first, as written: folding (for accented month names) is the slow part of
    # reading a list's dates, and it changes no digit these patterns read.
    numeric, day = _in_numbers(" ".join(text.split()))
    if numeric:
        return day
    cleaned = " ".join(fold(text).split())
    if not cleaned:
        return None
    numeric, day = _in_numbers(cleaned)
    if numeric:
        return day
    found = _DAY_MONTH_YEAR.match(cleaned)
    if found and found[2] in _months():
        return _date(int(found[3]), _months()[found[2]], int(found[1]))
    found = _MONTH_DAY_YEAR.match(cleaned)
    if found and found[1] in _months():
        return _date(int(found[3]), _months()[found[1]], int(found[2]))
    return None
