"""The export's status line in words: counts with the language's plural forms and its
thousands separator, never the profile's table names."""

from __future__ import annotations

from cjeapp.core.locale_format import format_number
from cjeapp.core.reporting.package_words import rows_in_words

COUNTS = {"persons": 1218, "services": 1636, "referrals": 1, "group_activities": 36,
          "transport": 0, "housing": 2}


def test_each_table_counted_in_english() -> None:
    assert rows_in_words(COUNTS, "en") == (
        "1,218 people, 1,636 services, 1 referral, 36 group activities, "
        "0 transport requests, 2 housing requests")


def test_french_has_its_plural_rule_and_separator_and_no_table_name() -> None:
    said = rows_in_words(COUNTS, "fr")
    assert f"{format_number(1636, 'fr')} services" in said and "1636" not in said
    assert "_" not in said and "persons" not in said
    assert f"{format_number(1218, 'fr')} personnes" in said and "36 activités de groupe" in said
    assert rows_in_words({"services": 0}, "fr") == "0 service"  # French: 0 is singular
    assert rows_in_words({"services": 0}, "en") == "0 services"


def test_a_table_of_a_profile_of_ones_own_is_counted_among_other_rows() -> None:
    assert rows_in_words({"persons": 1, "my_table": 3, "other_table": 2}, "en") == \
        "1 person, 5 other rows"
