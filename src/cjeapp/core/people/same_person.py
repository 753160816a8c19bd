"""The one rule that says whether two records are the same person, for the desk (before a
new file is created), the imports (a row that may be a file already, the file a row of
services is about) and any other caller: they ask it, so they cannot disagree.

In order, the first that holds is the reason:
1. the same MIFI client number;
2. a close name (accents, case and the order of the words aside: a given name written as
   the family name is the same name) and the same date of birth;
3. the same phone number and a close name, when the birth dates do not differ (brothers
   and sisters share a phone);
4. the same words of the name (those of one found in the other) when a date of birth is
   missing on either side: nothing tells them apart.
A namesake born another day is another person.

Callers keep their own way of finding the candidates fast (an index in memory for 20,000
rows, the search index at the desk); only the verdict is taken here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.search.query import exact_words
from cjeapp.core.validation import phone_digits

# How alike two names must be (rapidfuzz's token sort ratio, 0 to 100).
LIKENESS_WITH_BIRTH = 85
LIKENESS_WITH_PHONE = 70
MIFI_NAME_LIKENESS = 70  # below this, a MIFI number names someone else (a typing mistake)

Reason = Literal["mifi", "birth_date", "phone", "name"]

REASONS: dict[str, str] = {
    "mifi": N_("The same MIFI client number."),
    "birth_date": N_("A close name and the same date of birth."),
    "phone": N_("The same phone number and a close name."),
    "name": N_("The same name, and a date of birth missing on one side."),
}
NOT_THE_SAME = N_("Nothing shows they are the same person.")


@dataclass(frozen=True)
class Someone:
    """What the rule reads of a record (build it with ``someone``)."""

    words: frozenset[str]
    name: str  # the folded words, sorted
    birth: date | None
    phone: str | None  # ten digits, or None
    mifi: str | None


@dataclass(frozen=True)
class Verdict:
    reason: Reason | None

    @property
    def same(self) -> bool:
        return self.reason is not None

    @property
    def sentence(self) -> Message:
        """Why, as a sentence in the reader's language."""
        return reason_sentence(self.reason)

    def __bool__(self) -> bool:
        return self.same


def reason_sentence(reason: str | None) -> Message:
    return msg(REASONS.get(reason or "", NOT_THE_SAME))


@lru_cache(maxsize=4_096)  # an import looks a row up, then remembers it: folded once
def folded_name(text: str) -> tuple[frozenset[str], str]:
    words = exact_words(text)
    return frozenset(words), " ".join(sorted(words))


def mifi_number(value: str | None) -> str | None:
    """A MIFI number as compared: its digits without spaces (None when empty)."""
    cleaned = "".join((value or "").split())
    return cleaned or None


def ten_digits(phone: str | None) -> str | None:
    """A phone's ten digits (see ``validation.phone_digits``), or None when it has not."""
    digits = phone_digits(phone)
    return digits if digits and len(digits) == 10 else None


def someone(first_name: str, last_name: str = "", birth_date: date | None = None,
            phone: str | None = None, mifi: str | None = None) -> Someone:
    words, name = folded_name(f"{first_name} {last_name}")
    return Someone(words, name, birth_date, ten_digits(phone), mifi_number(mifi))


def likeness(one: Someone, other: Someone) -> float:
    from rapidfuzz import fuzz  # loaded by the first comparison, not at start-up

    return float(fuzz.token_sort_ratio(one.name, other.name))


def same_person(one: Someone, other: Someone) -> Verdict:
    """Whether ``one`` and ``other`` are the same person, and why."""
    if one.mifi and one.mifi == other.mifi:
        return Verdict("mifi")
    births_known = one.birth is not None and other.birth is not None
    if births_known and one.birth != other.birth:
        return Verdict(None)  # a namesake born another day
    if births_known and likeness(one, other) >= LIKENESS_WITH_BIRTH:
        return Verdict("birth_date")
    if one.phone and one.phone == other.phone and likeness(one, other) >= LIKENESS_WITH_PHONE:
        return Verdict("phone")
    if not births_known and len(one.words) >= 2 and len(other.words) >= 2 \
            and (one.words <= other.words or other.words <= one.words):
        return Verdict("name")
    return Verdict(None)
