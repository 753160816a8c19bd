"""Dates as spreadsheets store them: a day is a number of days since the workbook's epoch
(the 1900 system of Excel and LibreOffice, where 33970 is 1 January 1993, or the 1904
system of old Excel for Mac). A date column whose cells lost their date format shows those
numbers; read back as dates, and said in words in the check so the person sees what was
understood."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from datetime import timedelta

from cjeapp.core.i18n import Message
from cjeapp.core.locale_format import format_date

# Excel counts 29 February 1900, which never was: from 1 March 1900 on, days are counted
# from 30 December 1899 (LibreOffice does the same, to agree).
EPOCHS = {1900: date(1899, 12, 30), 1904: date(1904, 1, 1)}
FIRST_YEAR, LAST_YEAR = 1910, 2099  # a serial outside is no date of a person's life
_SERIAL = re.compile(r"\d{4,5}(?:[.,]\d+)?")


def serial_date(text: str, system: int = 1900) -> date | None:
    """The day a serial number stands for (its fraction, the time of day, aside); None for
    what is no serial or falls outside the years a list's dates take."""
    cleaned = text.strip()
    if not _SERIAL.fullmatch(cleaned):
        return None
    days = int(cleaned.replace(",", ".").split(".")[0])
    day = EPOCHS.get(system, EPOCHS[1900]) + timedelta(days=days)
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


@dataclass(frozen=True)
class DateWords(Message):
    """A date as a message's parameter: written in words in the language rendered."""

    day: date = date(2000, 1, 1)

    def render(self, language: str | None = None) -> str:
        return format_date(self.day, language)


def in_words(day: date) -> DateWords:
    return DateWords("", {}, day)
