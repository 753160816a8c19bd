"""Dates as people type them: the forms used in Quebec, French and English month names,
and refusals for what is not a date."""

from __future__ import annotations

from datetime import date

import pytest

from cjeapp.core.errors import ValidationError
from cjeapp.core.search.query import parse
from cjeapp.core.typed_dates import parse_date
from cjeapp.core.validation import typed_date

CASES = [
    ("2024-03-05", date(2024, 3, 5)),
    ("2024/03/05", date(2024, 3, 5)),
    ("2024.3.5", date(2024, 3, 5)),
    ("05/03/2024", date(2024, 3, 5)),  # day first, as in French
    ("5-3-2024", date(2024, 3, 5)),
    ("05.03.2024", date(2024, 3, 5)),
    ("5 mars 2024", date(2024, 3, 5)),
    ("1er mars 2024", date(2024, 3, 1)),
    ("  14 Février 1988 ", date(1988, 2, 14)),
    ("14 fevrier 1988", date(1988, 2, 14)),
    ("14 févr. 1988", date(1988, 2, 14)),
    ("15 août 2025", date(2025, 8, 15)),
    ("15 AOUT 2025", date(2025, 8, 15)),
    ("3 déc. 2026", date(2026, 12, 3)),
    ("22 sept. 2026", date(2026, 9, 22)),
    ("22 juil 2026", date(2026, 7, 22)),
    ("March 5, 2024", date(2024, 3, 5)),
    ("Mar. 5 2024", date(2024, 3, 5)),
    ("5 March 2024", date(2024, 3, 5)),
    ("September 1st, 2026", date(2026, 9, 1)),
]
NOT_DATES = ["", "   ", "31/02/2024", "2024-13-01", "mars 2024", "5 mars", "5 marss 2024",
             "05/03/24", "418 555-1234", "hélène", "2024-03-05T10:00", "32 mai 2024"]


@pytest.mark.parametrize(("typed", "expected"), CASES)
def test_the_usual_forms_are_understood(typed: str, expected: date) -> None:
    assert parse_date(typed) == expected
    assert typed_date("birth_date", typed) == expected


@pytest.mark.parametrize("typed", NOT_DATES)
def test_what_is_not_a_date_is_refused_with_how_to_type_it(typed: str) -> None:
    assert parse_date(typed) is None
    if typed.strip():
        with pytest.raises(ValidationError) as refused:
            typed_date("birth_date", typed)
        assert refused.value.errors[0].field == "birth_date"
        assert "31/05/1990" in refused.value.errors[0].render()


def test_the_search_box_takes_a_birth_date_in_words() -> None:
    assert parse("14 mars 1988").match == parse("1988-03-14").match == \
        'contact : "19880314"'
    assert parse("mars").match == '"mars"*'  # a word alone stays a name
