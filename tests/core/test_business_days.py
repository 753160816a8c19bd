"""Quebec business days and business-hour deadlines across the hard dates of 2025-2027."""

from __future__ import annotations

from datetime import date
from datetime import datetime

import pytest

from cjeapp.core.calendar.business_days import BusinessCalendar
from cjeapp.core.calendar.business_days import Closure
from cjeapp.core.clock import LOCAL_ZONE

QC = BusinessCalendar()


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LOCAL_ZONE)


@pytest.mark.parametrize("day", [
    date(2025, 1, 1), date(2025, 4, 18), date(2025, 5, 19), date(2025, 6, 24),
    date(2025, 7, 1), date(2025, 9, 1), date(2025, 10, 13), date(2025, 12, 25),
    date(2026, 4, 3), date(2026, 5, 18), date(2026, 9, 7), date(2026, 10, 12),
    date(2027, 3, 26), date(2027, 5, 24), date(2027, 12, 27),  # Christmas 2027 observed
    date(2028, 1, 3),  # New Year 2028 falls on a Saturday: observed on Monday
    date(2029, 6, 25), date(2029, 7, 2),  # 24 June and 1 July on a Sunday
])
def test_statutory_holidays_are_not_business_days(day: date) -> None:
    assert not QC.is_business_day(day)


@pytest.mark.parametrize("day", [
    date(2025, 4, 21),  # Easter Monday is not statutory in Quebec's default calendar
    date(2025, 12, 26), date(2026, 12, 24), date(2027, 6, 25),
    date(2023, 6, 26),  # 24 June 2023 was a Saturday: nothing moves
])
def test_ordinary_weekdays_are_business_days(day: date) -> None:
    assert QC.is_business_day(day)


def test_weekends_are_not_business_days() -> None:
    assert not QC.is_business_day(date(2026, 11, 21))
    assert not QC.is_business_day(date(2026, 11, 22))


def test_add_business_days_skips_weekends_and_holidays() -> None:
    assert QC.add_business_days(date(2026, 11, 20), 1) == date(2026, 11, 23)
    assert QC.add_business_days(date(2025, 4, 17), 1) == date(2025, 4, 21)  # Good Friday
    assert QC.add_business_days(date(2026, 6, 23), 5) == date(2026, 7, 2)  # 24 June, 1 July
    assert QC.add_business_days(date(2026, 7, 2), -5) == date(2026, 6, 23)
    assert QC.add_business_days(date(2026, 11, 20), 0) == date(2026, 11, 20)


def test_first_meeting_within_five_business_days_of_arrival() -> None:
    # 24 December is an ordinary business day by statute; 25 December is not.
    assert QC.add_business_days(date(2026, 12, 23), 5) == date(2026, 12, 31)


def test_friday_1655_plus_72_business_hours_is_wednesday_1655() -> None:
    assert QC.business_deadline(at(2026, 11, 20, 16, 55), 72) == at(2026, 11, 25, 16, 55)


def test_a_holiday_in_between_adds_a_day() -> None:
    # Thursday before Good Friday 2026 (3 April): Thu, Mon, Tue -> due Wednesday 10:00
    assert QC.business_deadline(at(2026, 4, 2, 10, 0), 72) == at(2026, 4, 8, 10, 0)
    # Thanksgiving Monday 2025
    assert QC.business_deadline(at(2025, 10, 10, 16, 55), 72) == at(2025, 10, 16, 16, 55)
    # Labour Day 2027
    assert QC.business_deadline(at(2027, 9, 3, 9, 0), 24) == at(2027, 9, 7, 9, 0)


def test_a_request_on_a_weekend_counts_from_monday_midnight() -> None:
    assert QC.business_deadline(at(2026, 11, 21, 14, 0), 72) == at(2026, 11, 26, 0, 0)


def test_the_christmas_break_and_daylight_saving_change() -> None:
    break_ = BusinessCalendar.for_organization(
        [Closure(date(2026, 12, 21), date(2027, 1, 1), "Congé des fêtes")])
    assert break_.business_deadline(at(2026, 12, 18, 16, 55), 72) == at(2027, 1, 6, 16, 55)
    # DST starts on Sunday 8 March 2026: the wall-clock hour of the deadline stays.
    assert QC.business_deadline(at(2026, 3, 6, 16, 55), 72) == at(2026, 3, 11, 16, 55)


def test_organization_choices_for_easter() -> None:
    monday_too = BusinessCalendar.for_organization(easter_monday=True)
    assert not monday_too.is_business_day(date(2026, 4, 6))
    assert not monday_too.is_business_day(date(2026, 4, 3))
    monday_instead = BusinessCalendar.for_organization(easter_monday=True, good_friday=False)
    assert monday_instead.is_business_day(date(2026, 4, 3))
    assert not monday_instead.is_business_day(date(2026, 4, 6))


def test_training_day_closure() -> None:
    calendar = BusinessCalendar.for_organization([Closure(date(2026, 11, 25),
                                                          date(2026, 11, 25), "Formation")])
    assert calendar.business_deadline(at(2026, 11, 20, 16, 55), 72) == at(2026, 11, 26, 16, 55)


def test_naive_start_is_refused() -> None:
    with pytest.raises(ValueError):
        QC.business_deadline(datetime(2026, 11, 20, 16, 55), 72)
