"""A stored value as a person reads it, by what the registry says of its column: a code's
label, yes or no in words, a country's or a language's name, a status in words, a
duration as « 15 min » or « 2 h 15 », a date or a moment in the reader's language (never
« 19 h 00 min 00 s »), a stored message as its sentence."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from datetime import datetime
from decimal import Decimal
from decimal import InvalidOperation
from typing import Any

from cjeapp.core.codelists import codelist
from cjeapp.core.fields import find
from cjeapp.core.fields.kinds import Field
from cjeapp.core.fields.kinds import Shown
from cjeapp.core.fields.words import WORDS
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.locale_format import country_name
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_duration
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_money
from cjeapp.core.locale_format import format_number
from cjeapp.core.locale_format import language_name


def yes_no(value: object, language: str | None = None) -> str:
    return gettext(N_("yes") if value else N_("no"), language)


def as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def as_moment(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) > 10 and value[4:5] == "-":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _said(entry: Field, value: Any, language: str | None,
          names: Mapping[str, str] | None) -> str | None:
    shown = entry.shown
    if shown is Shown.YES_NO or isinstance(value, bool):
        return yes_no(value, language)
    if shown is Shown.CODE and entry.codes and isinstance(value, str):
        try:
            return codelist(entry.codes).label(value, language)
        except (KeyError, ValueError):
            return None
    if shown is Shown.WORDS and entry.codes and isinstance(value, str):
        words = WORDS[entry.codes].get(value)
        return gettext(words, language) if words else None
    if shown is Shown.COUNTRY and isinstance(value, str):
        return country_name(value, language)
    if shown is Shown.LANGUAGE and isinstance(value, str):
        return language_name(value, language)
    if shown in (Shown.STAFF, Shown.NAMED) and names is not None:
        return names.get(str(value))
    if shown is Shown.MESSAGE and isinstance(value, str):
        from cjeapp.core.casework.plans import render_change

        return render_change(value, language)
    if shown is Shown.DURATION and _decimal(value) is not None:
        return format_duration(int(_decimal(value) or 0), language)
    if shown is Shown.MONEY and (amount := _decimal(value)) is not None:
        return format_money(amount, language)
    if shown is Shown.NUMBER and (number := _decimal(value)) is not None:
        return format_number(number, language)
    return None


def value_words(table: str, column: str, value: Any, language: str | None = None,
                names: Mapping[str, str] | None = None) -> str:
    """``value`` of ``table.column`` in words (« — » when empty). Staff and named records
    are said by ``names`` (their ids to names) when given."""
    if value is None or value == "":
        return "—"
    entry = find(table, column)
    said = _said(entry, value, language, names) if entry is not None else (
        yes_no(value, language) if isinstance(value, bool) else None)
    if said is not None:
        return said
    moment = as_moment(value)
    if moment is not None:
        return format_moment(moment, language)
    day = as_date(value)
    if day is not None:
        return format_date(day, language, style="medium")
    if isinstance(value, Decimal):
        return format_number(value, language)
    return str(value)
