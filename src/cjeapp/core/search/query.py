"""Turn what someone types in the search box into a query of words: an FTS5 MATCH
expression for SQLite, a ``tsquery`` per word for the PostgreSQL server.

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
class Term:
    word: str  # folded: lower case, no accents
    prefix: bool = True  # the beginning of a word, as someone types it
    column: str | None = None  # "names", "contact", or either


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[Term, ...] = ()  # every one must match

    @property
    def is_empty(self) -> bool:
        return not self.terms

    @property
    def match(self) -> str:
        """The FTS5 MATCH expression (SQLite)."""
        return " AND ".join(
            (f"{term.column} : " if term.column else "")
            + '"' + term.word.replace('"', '""') + '"' + ("*" if term.prefix else "")
            for term in self.terms)


WEIGHTS = {"names": "A", "contact": "B"}  # the server's index: names A, contact details B


def tsquery(term: Term) -> str:
    """One term as PostgreSQL's ``to_tsquery('simple', …)`` reads it (words are \\w+): a
    prefix ``:*``, and the part of the index it must be in as its weight."""
    weight = WEIGHTS.get(term.column or "", "")
    return term.word + ((":*" + weight) if term.prefix else (f":{weight}" if weight else ""))


def parse(text: str) -> SearchQuery:
    cleaned = text.strip()
    if not cleaned:
        return SearchQuery()
    birth = parse_date(cleaned)
    if birth is not None:
        return SearchQuery((Term(f"{birth:%Y%m%d}", prefix=False, column="contact"),))
    if _PHONE_LIKE.match(cleaned):
        digits = re.sub(r"\D", "", cleaned)
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if len(digits) >= 3:
            return SearchQuery((Term(digits, column="contact"),))
    words = _WORD.findall(fold(cleaned).replace("_", " "))[:MAX_TERMS]
    return SearchQuery(tuple(Term(word) for word in words))


def exact_words(text: str) -> list[str]:
    """Folded whole words of a name, for duplicate detection."""
    return _WORD.findall(fold(text).replace("_", " "))
