"""The creation date written inside a PDF. ReportLab's invariant mode (same input, same
bytes) writes 2000-01-01; a document says the day it was made instead (midnight UTC, so the
bytes stay the same for the same day)."""

from __future__ import annotations

from datetime import date
from typing import Any


class _DayStamp:
    """What ReportLab's PDF info reads from its TimeStamp: the date and the UTC offset."""

    def __init__(self, day: date) -> None:
        self.YMDhms = (day.year, day.month, day.day, 0, 0, 0)
        self.dhh = 0
        self.dmm = 0


def dated(canvas: Any, day: date) -> None:
    """Make ``day`` the creation and modification date of the PDF ``canvas`` writes (call
    it from a page callback: the info dictionary is formatted when the file is saved)."""
    canvas._doc._timeStamp = _DayStamp(day)
