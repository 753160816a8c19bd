"""Turn what someone types in the search box into an FTS5 query.

"helene cote" -> names containing words starting with "helene" and "cote" in any order,
accents and case ignored. Digits search phones (whole or local part) and MIFI numbers;
a date (1988-03-14, 14/03/1988, 14 mars 1988) searches dates of birth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cjeapp.core.search.normalize import fold
from cjeapp.core.typed_dates import parse_date

_PHONE_LIKE = re.compile(r"^[\d\s().+-]+$")
_WORD = re.compile(r"\w+")
MAX_TERMS = 8


@dataclass(frozen=True)
class SearchQuery:
    match: str  # FTS5 MATCH expression

    @property
    def is_empty(self) -> bool:
        return not self.match


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
