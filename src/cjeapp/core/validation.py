"""Field validation shared by every service. Errors name the field and what to fix."""

from __future__ import annotations

import re
from datetime import date

from cjeapp.core import clock
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.fields.derived import phone_digits
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MIFI_NUMBER = re.compile(r"^[0-9]{6,12}$")


__all__ = ["phone_digits"]  # the field registry's, computed there once


def typed_date(field: str, text: str) -> date | None:
    """A date typed by a person (2026-11-22, 22/11/2026, 22 novembre 2026); None when
    left empty. Raises a ValidationError on ``field`` that says how to type it."""
    from cjeapp.core.typed_dates import parse_date

    cleaned = text.strip()
    if not cleaned:
        return None
    parsed = parse_date(cleaned)
    if parsed is None:
        raise ValidationError([FieldError(field, msg(N_(
            "Type the date as 1990-05-31, 31/05/1990 or 31 mai 1990.")))])
    return parsed


def typed_required_date(field: str, text: str) -> date:
    """Like ``typed_date``, but an empty field is refused too."""
    parsed = typed_date(field, text)
    if parsed is None:
        raise ValidationError([FieldError(field, msg(N_("Enter a date.")))])
    return parsed


class Validator:
    """Collects every problem of a form, then raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, field: str, msgid: str, **params: object) -> None:
        self.errors.append(FieldError(field, msg(msgid, **params)))

    def text(self, field: str, value: str | None, *, required: bool = False,
             max_length: int = 200) -> str | None:
        cleaned = " ".join(value.split()) if value else None
        if not cleaned:
            if required:
                self.fail(field, N_("This field is required."))
            return None
        if len(cleaned) > max_length:
            self.fail(field, N_("Keep this under {max} characters (it has {count})."),
                      max=max_length, count=len(cleaned))
        return cleaned

    def long_text(self, field: str, value: str | None, *, required: bool = False,
                  max_length: int = 20000) -> str | None:
        cleaned = value.strip() if value else None
        if not cleaned:
            if required:
                self.fail(field, N_("This field is required."))
            return None
        if len(cleaned) > max_length:
            self.fail(field, N_("Keep this under {max} characters (it has {count})."),
                      max=max_length, count=len(cleaned))
        return cleaned

    def code(self, field: str, value: str | None, list_name: str, *,
             required: bool = False) -> str | None:
        if not value:
            if required:
                self.fail(field, N_("Choose a value from the list."))
            return None
        if value not in codelist(list_name):
            self.fail(field, N_("\"{value}\" is not a value of the list; choose one from it."),
                      value=value)
        return value

    def birth_date(self, field: str, value: date | None, *, required: bool = False) -> date | None:
        if value is None:
            if required:
                self.fail(field, N_("Enter the date of birth."))
            return None
        if value > clock.today():
            self.fail(field, N_("The date of birth cannot be in the future."))
        elif value.year < 1900:
            self.fail(field, N_("The date of birth must be after 1900."))
        return value

    def past_or_today(self, field: str, value: date | None, *,
                      required: bool = False) -> date | None:
        if value is None:
            if required:
                self.fail(field, N_("Enter a date."))
            return None
        if value > clock.today():
            self.fail(field, N_("This date cannot be in the future."))
        return value

    def phone(self, field: str, value: str | None) -> tuple[str | None, str | None]:
        cleaned = self.text(field, value, max_length=40)
        digits = phone_digits(cleaned)
        if cleaned and (digits is None or len(digits) != 10):
            self.fail(field, N_("Enter a 10-digit phone number, e.g. 418 555-0123."))
        return cleaned, digits

    def email(self, field: str, value: str | None) -> str | None:
        cleaned = self.text(field, value, max_length=200)
        if cleaned and not _EMAIL.match(cleaned):
            self.fail(field, N_("Enter an e-mail address such as name@example.org."))
        return cleaned

    def mifi_number(self, field: str, value: str | None) -> str | None:
        cleaned = self.text(field, value, max_length=20)
        if cleaned:
            cleaned = cleaned.replace(" ", "")
            if not _MIFI_NUMBER.match(cleaned):
                self.fail(field, N_("The MIFI client number has 6 to 12 digits."))
        return cleaned

    def country(self, field: str, value: str | None) -> str | None:
        from cjeapp.core.locale_format import country_codes

        if not value:
            return None
        code = value.upper()
        if code not in country_codes():
            self.fail(field,
                      N_("\"{value}\" is not a country code; choose a country from the list."),
                      value=value)
        return code

    def language(self, field: str, value: str | None) -> str | None:
        from cjeapp.core.locale_format import language_codes

        if not value:
            return None
        if value not in language_codes():
            self.fail(field, N_("\"{value}\" is not a language code; choose a language from "
                                "the list."), value=value)
        return value

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
