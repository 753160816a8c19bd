"""What a written package holds, in the reader's words: « 1 218 personnes, 1 636 services,
36 activités de groupe », never the profile's table names."""

from __future__ import annotations

from collections.abc import Mapping

from cjeapp.core.i18n import Nn_
from cjeapp.core.i18n import ngettext
from cjeapp.core.locale_format import format_number

# Each table of the funder's profile, counted in words (its singular and plural).
COUNTED: dict[str, tuple[str, str]] = {
    "persons": Nn_("{count} person", "{count} people"),
    "services": Nn_("{count} service", "{count} services"),
    "referrals": Nn_("{count} referral", "{count} referrals"),
    "group_activities": Nn_("{count} group activity", "{count} group activities"),
    "transport": Nn_("{count} transport request", "{count} transport requests"),
    "housing": Nn_("{count} housing request", "{count} housing requests"),
}
OTHER = Nn_("{count} other row", "{count} other rows")


def counted(singular: str, plural: str, count: int, language: str | None) -> str:
    return ngettext(singular, plural, count, language).format(
        count=format_number(count, language))


def rows_in_words(row_counts: Mapping[str, int], language: str | None = None) -> str:
    """The rows written, table by table, in the profile's order; a table this program
    does not know (a profile of its own) counted among « other rows »."""
    said = [counted(*COUNTED[name], count, language)
            for name, count in row_counts.items() if name in COUNTED]
    others = sum(count for name, count in row_counts.items() if name not in COUNTED)
    if others:
        said.append(counted(*OTHER, others, language))
    return ", ".join(said)
