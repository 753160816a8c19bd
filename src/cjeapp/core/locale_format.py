"""The one place that formats dates, numbers, money and CLDR names for the chosen language.

French is written the Quebec way (fr_CA): "22 novembre 2026", "185,00 $".
"""

from __future__ import annotations

import re
from datetime import date
from datetime import datetime
from decimal import Decimal
from functools import cache

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.i18n import current_language

# French and English as written in Canada; other languages of a notice in their own form.
_LOCALES = {"fr": "fr_CA", "en": "en_CA", "es": "es", "ar": "ar"}
_FIRST_DAY = re.compile(r"(?<!\d)1(?=[ \u00a0])")


def locale_name(language: str | None = None) -> str:
    """The Babel locale of a language: French and English of Canada, another language in
    its own form when Babel has its data (a notice dropped in Swahili dates in Swahili),
    else French."""
    code = language or current_language()
    if code in _LOCALES:
        return _LOCALES[code]
    return code if _has_data(code) else "fr_CA"


@cache
def _has_data(code: str) -> bool:
    from babel import localedata

    return code.isalpha() and code.islower() and bool(localedata.exists(code))


def format_date(value: date, language: str | None = None, style: str = "long") -> str:
    """"1er avril 2026" in French (the first of a month is an ordinal), "April 1, 2026"."""
    text = babel_dates.format_date(value, format=style, locale=locale_name(language))
    if value.day == 1 and style in ("medium", "long", "full") and \
            locale_name(language).startswith("fr"):
        text = _FIRST_DAY.sub("1er", text, count=1)
    return text


def format_month(value: date, language: str | None = None) -> str:
    """A month and its year: "avril 2026", "April 2026"."""
    return babel_dates.format_skeleton("yMMMM", value, locale=locale_name(language))


def format_short_month(value: date, language: str | None = None) -> str:
    """A month in few letters, for a chart's axis: "avr. 2026", "Apr 2026"."""
    return babel_dates.format_skeleton("yMMM", value, locale=locale_name(language))


def format_datetime(value: datetime, language: str | None = None, style: str = "medium") -> str:
    """Format an aware datetime in Quebec time."""
    return babel_dates.format_datetime(
        value, format=style, tzinfo=LOCAL_ZONE, locale=locale_name(language)
    )


def format_moment(value: datetime, language: str | None = None) -> str:
    """A moment as people read it in lists: "7 déc. 2026, 10 h 15" (Quebec time)."""
    local = value.astimezone(LOCAL_ZONE)
    pattern = str(babel_dates.get_datetime_format("medium", locale=locale_name(language)))
    return pattern.replace("{1}", format_date(local.date(), language, style="medium")).replace(
        "{0}", format_time(value, language))


def format_time(value: datetime, language: str | None = None) -> str:
    return babel_dates.format_time(value, format="short", tzinfo=LOCAL_ZONE,
                                   locale=locale_name(language))


def format_duration(minutes: int, language: str | None = None) -> str:
    """A length of time as people write it: « 15 min », « 2 h », « 2 h 15 » in French;
    "15 min", "2 h", "2 h 15 min" in English — never « 0,2 heure » for a quarter hour."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    if not hours:
        return f"{rest} min"
    if not rest:
        return f"{format_number(hours, language)} h"
    french = locale_name(language).startswith("fr")
    return f"{format_number(hours, language)} h {rest:02d}" + ("" if french else " min")


def format_number(value: int | float | Decimal, language: str | None = None) -> str:
    return babel_numbers.format_decimal(value, locale=locale_name(language))


def format_money(value: int | float | Decimal, language: str | None = None) -> str:
    return babel_numbers.format_currency(value, "CAD", locale=locale_name(language))


def country_name(code: str, language: str | None = None) -> str:
    """CLDR name of an ISO 3166 country code, or the code itself when unknown."""
    territories = Locale.parse(locale_name(language)).territories
    return str(territories.get(code.upper(), code))


# ISO 639-3 codes CLDR names only as a regional variant of another language.
_NAMED_AS = {"prs": "fa_AF"}  # Dari, the Persian of Afghanistan


def language_name(code: str, language: str | None = None) -> str:
    """CLDR name of an ISO 639 language code (in English when CLDR has no name in the
    language asked), or the code itself when unknown."""
    key = _NAMED_AS.get(code, code)
    for names in (Locale.parse(locale_name(language)).languages, Locale.parse("en").languages):
        if key in names:
            return str(names[key])
    return code


_NOT_COUNTRIES = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}
_NOT_LANGUAGES = {"und", "zxx", "mul", "mis", "root"}


@cache
def language_codes() -> frozenset[str]:
    """Every ISO 639 language CLDR names (two- or three-letter codes; Dari, Kinyarwanda,
    Tigrinya, Urdu… included; no regional variants, no "undetermined")."""
    languages = Locale.parse("en").languages
    return frozenset(code for code in [*languages, *_NAMED_AS] if isinstance(code, str)
                     and 2 <= len(code) <= 3 and code.isalpha() and code.islower()
                     and code not in _NOT_LANGUAGES)


@cache
def country_codes() -> frozenset[str]:
    """Every two-letter country code known to CLDR (groupings like EU left out)."""
    territories = Locale.parse("en").territories
    return frozenset(code for code in territories if isinstance(code, str)
                     and len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES)


@cache
def _codes_by_name(kind: str) -> dict[str, str]:
    """Folded French and English names (and the codes themselves) -> ISO code."""
    from cjeapp.core.search.normalize import words_key

    codes = country_codes() if kind == "country" else language_codes()
    names: dict[str, str] = {}
    for locale in ("fr", "en"):
        data = Locale.parse(locale)
        table = data.territories if kind == "country" else data.languages
        for code, name in table.items():
            if code in codes:
                names.setdefault(words_key(str(name)), code)
    if kind == "language":
        for code, named_as in _NAMED_AS.items():
            for locale in ("fr", "en"):
                names.setdefault(words_key(str(Locale.parse(locale).languages[named_as])), code)
    if kind == "language":  # its own name too, where it is written in Latin letters
        from cjeapp.core.languages import own_names

        for code, own in own_names().items():
            if code in codes and words_key(own):
                names.setdefault(words_key(own), code)
    for code in codes:
        names.setdefault(words_key(code), code)
    return names


def country_named(name: str) -> str | None:
    """The ISO 3166 code of a country written by its French or English name (or code)."""
    from cjeapp.core.search.normalize import words_key

    return _codes_by_name("country").get(words_key(name))


def language_named(name: str) -> str | None:
    """The ISO 639 code of a language written by its French, English or own name (or
    code)."""
    from cjeapp.core.search.normalize import words_key

    return _codes_by_name("language").get(words_key(name))
