"""Turn what someone types in the search box into an FTS5 query.

"helene cote" -> names containing words starting with "helene" and "cote" in any order,
accents and case ignored. Digits search phones (whole or local part) and MIFI numbers;
a date (1988-03-14 or 14/03/1988) searches dates of birth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cjeapp.core.search.normalize import fold

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_PHONE_LIKE = re.compile(r"^[\d\s().+-]+$")
_WORD = re.compile(r"\w+")
MAX_TERMS = 8


@dataclass(frozen=True)
class SearchQuery:
    match: str  # FTS5 MATCH expression

    @property
    def is_empty(self) -> bool:
        return not self.match


def parse_date(text: str) -> date | None:
    """A date typed as 2026-11-22 or 22/11/2026 (Quebec order), else None."""
    for pattern, order in ((_ISO_DATE, (0, 1, 2)), (_DMY_DATE, (2, 1, 0))):
        found = pattern.match(text)
        if found:
            parts = [int(part) for part in found.groups()]
            try:
                return date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                return None
    return None


def _prefix(token: str) -> str:
    return '"' + token.replace('"', '""') + '"*'


def parse(text: str) -> SearchQuery:
    cleaned = text.strip()
    if not cleaned:
        return SearchQuery("")
    birth = parse_date(cleaned)
    if birth is not None:
        return SearchQuery(f'contact : "{birth:%Y%m%d}"')
    if _PHONE_LIKE.match(cleaned):
        digits = re.sub(r"\D", "", cleaned)
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if len(digits) >= 3:
            return SearchQuery(f"contact : {_prefix(digits)}")
    words = _WORD.findall(fold(cleaned).replace("_", " "))[:MAX_TERMS]
    return SearchQuery(" AND ".join(_prefix(word) for word in words))


def exact_words(text: str) -> list[str]:
    """Folded whole words of a name, for duplicate detection."""
    return _WORD.findall(fold(text).replace("_", " "))
